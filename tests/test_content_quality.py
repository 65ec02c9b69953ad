"""Coaching quality of the bundled exercises (issue 14): safety notes, cue focus, per-side marks
and prose written for each exercise rather than from a template.

Like tests/test_content_library.py these read ``content/`` exactly as shipped.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from mmc.content.loader import check_content
from mmc.model.exercise import Exercise
from mmc.model.library import Library

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"


@cache
def library() -> Library:
    result = check_content(CONTENT, bundled=False, packs=False)
    assert not result.problems, [str(p) for p in result.problems]
    assert result.library is not None
    return result.library


def _exercises() -> list[Exercise]:
    return sorted(library().exercises.values(), key=lambda e: e.id)


# -- safety -----------------------------------------------------------------------------------

#: A note that tells the lifter how a failed rep is caught.
_CATCH = re.compile(r"\bspotter\b|\bsafety (?:pins|arms|bars|stops)\b|\bpins\b", re.I)


def _barbell_family(exercise: Exercise) -> str | None:
    """'squat', 'bench' or 'deadlift' for a barbell variant of those lifts, else None."""
    if "barbell" not in exercise.equipment:
        return None
    name = exercise.name.lower()
    if exercise.pattern in {"squat", "lunge"} or "squat" in name:
        return "squat"
    if "bench" in name or (exercise.pattern == "horizontal-push" and "bench" in exercise.equipment):
        return "bench"
    if exercise.pattern == "hinge" or "deadlift" in name:
        return "deadlift"
    return None


def test_barbell_squat_bench_and_deadlift_variants_carry_safety_notes() -> None:
    families: dict[str, list[str]] = {"squat": [], "bench": [], "deadlift": []}
    missing: list[str] = []
    for exercise in _exercises():
        family = _barbell_family(exercise)
        if family is None:
            continue
        families[family].append(exercise.id)
        if not exercise.safety:
            missing.append(f"{exercise.id}: no safety notes")
        elif family in {"squat", "bench"} and not any(_CATCH.search(n) for n in exercise.safety):
            missing.append(f"{exercise.id}: no spotter or safety-pin note")
    assert not missing, missing
    # The rule guards real exercises: the library has at least one of each.
    assert all(families.values()), families


def test_the_back_squat_bar_position_matches_its_quad_cues() -> None:
    squat = library().exercises["barbell-back-squat"]
    assert "quadriceps" in squat.primary
    setup = " ".join(squat.setup.split()).lower()
    assert "high-bar" in setup or "high on" in setup
    assert any("high on your traps" in c.text for c in squat.cues if c.phase == "setup")


def test_loaded_spinal_flexion_is_not_taught_to_beginners() -> None:
    """Crunching against a load (a cable, a plate) is not a beginner exercise."""
    for exercise in _exercises():
        loaded = bool(set(exercise.equipment) - {"bodyweight", "bench", "other"})
        if exercise.pattern == "trunk-flexion" and loaded:
            assert exercise.level != "beginner", exercise.id


# -- cue focus --------------------------------------------------------------------------------

_OLD_FOCUS = re.compile(r"^\s*-?\s*focus:\s*['\"]?(internal|external)\b", re.M)


def test_no_cue_carries_the_old_focus_values() -> None:
    """'internal' and 'external' are refused by the model; no shipped file may still use them."""
    shipped = [*CONTENT.glob("**/*.md"), *(ROOT / "src" / "mmc").glob("**/*.md"),
               *(ROOT / "src" / "mmc").glob("**/*.yaml"), *(ROOT / "docs").glob("**/*.md")]
    assert len(shipped) > 100
    old = [f"{p.relative_to(ROOT)}: {m.group(0).strip()}" for p in shipped
           for m in _OLD_FOCUS.finditer(p.read_text(encoding="utf-8"))]
    assert not old, old


def test_every_exercise_mixes_muscle_and_technique_cues() -> None:
    """MMC plans show muscle + body cues, strength plans environment + body cues: every exercise
    needs at least two mind-muscle cues and one technique (body) cue."""
    for exercise in _exercises():
        foci = [c.focus for c in exercise.cues]
        assert foci.count("muscle") >= 2, exercise.id
        assert "body" in foci, exercise.id


def test_muscle_cues_point_at_a_worked_muscle() -> None:
    lib = library()
    for exercise in _exercises():
        worked = {f for m in (*exercise.primary, *exercise.secondary) for f in lib.family(m)}
        for cue in exercise.cues:
            if cue.focus == "muscle":
                assert cue.muscle in worked, (exercise.id, cue.text)


def test_feel_only_where_a_sensation_is_the_point() -> None:
    """Cues are actions a coach says mid-set; at most one cue in six leans on 'feel'."""
    cues = [c for e in _exercises() for c in e.cues]
    feel = [c.text for c in cues if re.search(r"\bfeel", c.text, re.I)]
    assert len(feel) <= len(cues) / 6, (len(feel), len(cues), feel)


# -- per side ---------------------------------------------------------------------------------

#: Names that say one limb works at a time.
_UNILATERAL_NAME = re.compile(
    r"single[- ](?:leg|arm)|one[- ](?:leg|arm)|split squat|lunge|side-lying|half-kneeling|"
    r"kickback|clamshell|knee drive|pallof|woodchop|step-up", re.I)
#: Setups that say so.
_UNILATERAL_SETUP = re.compile(
    r"then the other|for the other|then switch|switch sides|swap hands|each side|per side|"
    r"in one hand|stand(?:ing)? on one (?:leg|foot)", re.I)


def test_unilateral_exercises_are_marked_per_side() -> None:
    unmarked: list[str] = []
    for exercise in _exercises():
        setup = " ".join(exercise.setup.split())
        says = _UNILATERAL_NAME.search(exercise.name) or _UNILATERAL_SETUP.search(setup)
        if says and not exercise.per_side:
            unmarked.append(f"{exercise.id}: {says.group(0)!r} but per_side is false")
        if exercise.per_side and not says:
            unmarked.append(f"{exercise.id}: per_side but neither name nor setup says one side")
    assert not unmarked, unmarked
    assert sum(e.per_side for e in _exercises()) >= 11
