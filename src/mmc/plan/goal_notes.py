"""The notes a session's rationale starts with: its goal's defaults, true for the rows it prints.

A goal's defaults (:data:`mmc.plan.goal_rules.GOAL_RULES`) describe its typical lift. A
strength session's are about heavy lifts (4-6 reps at 80% 1RM, an explosive concentric, 3 min
of rest), but its accessory work is dosed 8-12 reps at the exercise's own controlled tempo
(:data:`~mmc.plan.goal_rules.ACCESSORY_REPS`), and a session for the shins or the side delts
may hold no heavy lift at all. Its opening lines then say which rows they cover, or give way
to a line on the accessory work, so the summary never contradicts the table under it. A
hypertrophy or technique session's %1RM lines are narrowed the same way (a bodyweight or band
row has no %1RM), and its rest line gives the rests its rows use.
"""

from __future__ import annotations

from collections.abc import Sequence

from mmc.model.prescription import Prescription
from mmc.model.session import RuleNote, SessionItem
from mmc.plan.goal_rules import ACCESSORY_REPS, GoalRules

__all__ = ["goal_notes"]


def goal_notes(rules: GoalRules, items: Sequence[SessionItem]) -> list[RuleNote]:
    """The goal's opening notes for a session of ``items``.

    In a hypertrophy or technique session the %1RM lines (R1, R15) are narrowed to the rows
    that set a %1RM, or say reps in reserve set the effort when none does (bodyweight and
    band rows), and the rest line (R14) gives the rests the rows use. In a strength session the heavy
    load lines (R11, R15) hold for its 4-6 rep rows, the explosive concentric (R6) for the rows
    whose tempo shows ``X`` and the 3 min rest (R14) for its longest rest: a line is narrowed
    to the rows it covers, or left out or replaced when it covers none, and a line on the
    accessory work (8-12 reps) is added when the session has some.
    """
    notes = [RuleNote(rule=r, decision=d, reason=why) for r, d, why in rules.notes]
    if not items:
        return notes
    if rules.goal != "strength":
        return _light_notes(rules, notes, items)
    sets = [item.prescription for item in items if item.prescription.measure == "reps"]
    heavy = [rx for rx in sets if rx.reps == rules.reps]
    accessory = [rx for rx in sets if rx.reps == ACCESSORY_REPS]
    fast = [rx for rx in sets if rx.tempo.is_explosive]
    longest = max(item.prescription.rest_seconds for item in items)
    out: list[RuleNote] = []
    for note in notes:
        if note.rule == "R11" and not heavy:
            out.append(note.model_copy(update={
                "decision": f"no heavy ({rules.reps} reps) lift in this session",
                "reason": "1RM strength favours heavy loads, but none of these exercises is a "
                "two-sided loaded squat, hinge, press or pull: add one for heavy sets",
            }))
        elif note.rule == "R15":
            if heavy:
                out.append(_narrowed(note, len(heavy) < len(sets), " on the heavy lifts"))
            if accessory:
                out.append(_accessory_note(rules, accessory))
        elif note.rule == "R6":
            if fast:
                out.append(_narrowed(note, len(fast) < len(sets), " where the tempo shows X",
                                     "; the other lifts keep a controlled tempo"))
        elif note.rule == "R14" and not heavy and longest < rules.rest_compound:
            out.append(note.model_copy(update={
                "decision": f"rest at most {_duration(longest)} (no heavy lift)",
                "reason": f"3 min beat 1 min for 1RM on heavy lifts; accessory work rests "
                f"{_duration(rules.rest_isolation)}, trunk and small-joint work less (each row "
                "gives its rest)",
            }))
        else:
            out.append(note)
    return out


def _light_notes(
    rules: GoalRules, notes: list[RuleNote], items: Sequence[SessionItem]
) -> list[RuleNote]:
    """A hypertrophy or technique session's notes, true for its rows (see :func:`goal_notes`)."""
    rows = [item.prescription for item in items]
    loaded = [rx for rx in rows if rx.load.percent_1rm is not None]
    rests = sorted({rx.rest_seconds for rx in rows}, reverse=True)
    defaults = {rules.rest_compound, rules.rest_isolation}
    percent = f"{rules.percent_1rm:g}% 1RM"
    out: list[RuleNote] = []
    for note in notes:
        if note.rule in ("R1", "R15") and percent in note.decision and not loaded:
            decision = note.decision.replace(f" at {percent}", "")
            decision = decision if note.rule == "R15" else decision + " on a light load"
            out.append(note.model_copy(update={
                "decision": decision,
                "reason": (note.reason + "; " if note.rule == "R1" else "")
                + "no row here sets a %1RM (bodyweight or band): reps in reserve set the "
                "effort (R13)",
            }))
        elif note.rule in ("R1", "R15") and percent in note.decision:
            out.append(_narrowed(note, len(loaded) < len(rows), " where a %1RM is set"))
        elif note.rule == "R14" and (len(rests) == 1 or not set(rests) <= defaults):
            span = " to ".join(_duration(r) for r in dict.fromkeys((rests[0], rests[-1])))
            out.append(note.model_copy(update={
                "decision": f"rest {span}",
                "reason": note.reason + "; each row gives its rest",
            }))
        else:
            out.append(note)
    return out


def _narrowed(note: RuleNote, partly: bool, rows: str, rest: str = "") -> RuleNote:
    """``note`` as it is when it covers every row, else narrowed to the ``rows`` it does."""
    if not partly:
        return note
    return note.model_copy(
        update={"decision": note.decision + rows, "reason": note.reason + rest}
    )


def _accessory_note(rules: GoalRules, accessory: Sequence[Prescription]) -> RuleNote:
    """The line on a strength session's accessory work: its reps, RIR and tempo."""
    controlled = not any(rx.tempo.is_explosive for rx in accessory)
    return RuleNote(
        rule="convention",
        decision=f"accessory work {ACCESSORY_REPS} reps at {rules.rir} RIR"
        + (", at the exercise's own controlled tempo" if controlled else ""),
        reason="isolation, trunk, one-side, bodyweight and band lifts and compounds outside the "
        "squat, hinge, press and pull are no place for a 4-6RM; a loaded compound among them "
        "gets R15's %1RM for 8-12 reps",
    )


def _duration(seconds: int) -> str:
    """``60`` -> ``1 min``, ``90`` -> ``90 s``."""
    return f"{seconds // 60} min" if seconds % 60 == 0 else f"{seconds} s"
