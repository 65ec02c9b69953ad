"""A session's opening notes (its goal's defaults) are true for the rows it prints.

A strength plan's defaults speak of heavy lifts (4-6 reps at 80% 1RM, an explosive concentric,
3 min of rest); its accessory work is 8-12 reps at the exercise's own tempo. Content review 10
found a band-only plan for the shins whose summary said "4-6 reps at 80% 1RM" and "explosive
concentric" over a table of 8-12 reps at 3-1-1-1.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

import mmc
from mmc.model.session import RuleNote, Session
from mmc.plan.goal_rules import ACCESSORY_REPS, GOAL_RULES
from mmc.plan.text import session_markdown


@lru_cache(maxsize=1)
def library() -> mmc.Library:
    return mmc.load_library()


def _opening(session: Session) -> list[RuleNote]:
    """The goal-level notes: those before the first note about drills or an exercise."""
    rules = {r for r, _, _ in GOAL_RULES[session.goal].notes} | {"convention"}
    found: list[RuleNote] = []
    for note in session.rationale:
        if note.exercise or note.rule not in rules or "drills" in note.decision:
            break
        found.append(note)
    return found


def _text(notes: list[RuleNote]) -> str:
    return "\n".join(f"{n.rule} {n.decision}: {n.reason}" for n in notes)


def test_a_band_only_strength_session_for_the_shins_does_not_promise_heavy_fast_sets() -> None:
    session = mmc.plan_session(library(), targets=["tibialis"], equipment=["band"],
                               minutes=45, goal="strength")
    rows = [item.prescription for item in session.items]
    assert rows and all(rx.reps == ACCESSORY_REPS for rx in rows)
    assert not any(rx.tempo.is_explosive for rx in rows)
    opening = _text(_opening(session))
    assert "4-6 reps at 80% 1RM" not in opening
    assert "explosive" not in opening
    assert "rest 3 min" not in opening
    assert "accessory work 8-12 reps at 2 RIR, at the exercise's own controlled tempo" in opening
    assert "no heavy (4-6 reps) lift in this session" in opening
    longest = max(rx.rest_seconds for rx in rows)
    assert f"rest at most {longest // 60} min" in opening
    # The per-row line names the linked harder variation and the top of the row's range.
    band = next(n for n in session.rationale
                if n.exercise == "band-dorsiflexion" and n.rule == "R13")
    assert "do Tibialis Raise if 12 reps come too easily" in band.reason
    # ... and the printed plan says the same.
    text = session_markdown(session)
    assert "4-6 reps at 80% 1RM" not in text and "**R6**" not in text


def test_a_mixed_strength_session_narrows_the_heavy_lines_to_the_heavy_lifts() -> None:
    session = mmc.plan_session(library(), targets=["chest", "triceps", "side delts"],
                               equipment=["barbell", "dumbbell", "cable"], minutes=60,
                               goal="strength")
    rows = [item.prescription for item in session.items]
    heavy = [rx for rx in rows if rx.reps == GOAL_RULES["strength"].reps]
    assert heavy and len(heavy) < len(rows)  # the case under test: heavy and accessory rows
    decisions = [n.decision for n in _opening(session)]
    assert "4-6 reps at 80% 1RM on the heavy lifts" in decisions
    assert "heavy loads" in decisions
    assert any(d.startswith("accessory work 8-12 reps") for d in decisions)
    fast = [rx for rx in rows if rx.tempo.is_explosive]
    assert fast and len(fast) < len(rows)
    assert "explosive concentric where the tempo shows X" in decisions


@pytest.mark.parametrize(
    "targets, equipment",
    [
        (["quadriceps", "hamstrings"], ["barbell"]),
        (["lats", "biceps"], ["dumbbell", "band"]),
        (["calves", "tibialis"], []),
        (["abs", "obliques"], ["cable"]),
        (["chest", "upper back"], ["barbell", "dumbbell", "cable", "machine"]),
    ],
)
def test_every_strength_opening_line_holds_for_the_rows_printed(
    targets: list[str], equipment: list[str]
) -> None:
    session = mmc.plan_session(library(), targets=targets, equipment=equipment, minutes=50,
                               goal="strength")
    rows = [item.prescription for item in session.items if item.prescription.measure == "reps"]
    decisions = [n.decision for n in _opening(session)]
    if "4-6 reps at 80% 1RM" in decisions:  # unqualified: every row is a heavy one
        assert all(rx.reps == GOAL_RULES["strength"].reps for rx in rows)
    if any(d.startswith("4-6 reps") for d in decisions):
        assert any(rx.reps == GOAL_RULES["strength"].reps for rx in rows)
    if "explosive concentric" in decisions:
        assert all(rx.tempo.is_explosive for rx in rows)
    if any(d.startswith("explosive") for d in decisions):
        assert any(rx.tempo.is_explosive for rx in rows)
    if any(d.startswith("accessory work") for d in decisions):
        assert any(rx.reps == ACCESSORY_REPS for rx in rows)
    elif rows:
        assert not any(rx.reps == ACCESSORY_REPS for rx in rows)
    if "rest 3 min compound, 2 min isolation" in decisions:
        assert any(item.prescription.rest_seconds >= 180 for item in session.items)


@pytest.mark.parametrize("goal", ["mmc-hypertrophy", "technique"])
def test_a_band_only_light_session_does_not_promise_a_percent_1rm_or_default_rests(
    goal: str,
) -> None:
    # Content review 10b (P1): a band plan for the shins said "12-15 reps at 60% 1RM" and
    # "rest 2 min compound, 90 s isolation" over a row with no %1RM that rests 60 s.
    session = mmc.plan_session(library(), targets=["tibialis-anterior"],
                               equipment=["band", "bodyweight"], minutes=20, goal=goal)
    rows = [item.prescription for item in session.items]
    assert rows and all(rx.load.percent_1rm is None for rx in rows)
    opening = _opening(session)
    assert "% 1RM" not in " ".join(n.decision for n in opening)
    r15 = next(n for n in opening if n.rule == "R15")
    assert "reps in reserve set the effort" in r15.reason and "% 1RM" not in r15.reason
    rests = sorted({rx.rest_seconds for rx in rows})
    r14 = next(n for n in opening if n.rule == "R14")
    assert rests == [60] and r14.decision == "rest 1 min"  # the row's own rest
    assert r14.reason.endswith("each row gives its rest")
    text = session_markdown(session)
    assert "reps at 60% 1RM" not in text and "reps at 65% 1RM" not in text
    assert "compound," not in text


def test_a_loaded_hypertrophy_session_keeps_its_percent_line_narrowed_to_loaded_rows() -> None:
    session = mmc.plan_session(library(), targets=["chest"],
                               equipment=["barbell", "dumbbell", "bench"], minutes=45)
    rows = [item.prescription for item in session.items]
    loaded = [rx for rx in rows if rx.load.percent_1rm is not None]
    assert loaded and len(loaded) < len(rows)  # the case under test
    decisions = [n.decision for n in _opening(session)]
    assert "12-15 reps at 60% 1RM, 2 RIR where a %1RM is set" in decisions
    assert "rest 2 min compound, 90 s isolation" in decisions
