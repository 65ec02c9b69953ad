"""The rationale notes of one planned exercise: why it, its load, tempo, rest and cues.
"""

from __future__ import annotations

from collections.abc import Sequence

from mmc.model.cue import Cue
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.prescription import Prescription
from mmc.model.session import RuleNote
from mmc.plan.goal_rules import GoalRules
from mmc.plan.picks import Pick
from mmc.plan.rules import LOADABLE, SHORT_REST_PATTERNS


def item_notes(
    library: Library,
    exercise: Exercise,
    pick: Pick,
    prescription: Prescription,
    cues: Sequence[Cue],
    rules: GoalRules,
    tempo_note: RuleNote,
) -> list[RuleNote]:
    target = library.muscles[pick.reason_target].name
    if pick.main:
        return [RuleNote(
            rule="convention",
            decision=f"{exercise.name}: a main lift of the week",
            reason="a strength week is built on the squat, bench press, deadlift and overhead "
            "press, each day's in turn; a main lift comes first, after its ramp sets",
            exercise=exercise.id,
        ), *_dose_notes(library, exercise, prescription, cues, rules, tempo_note)]
    fresh = (
        "a movement pattern not used yet"
        if pick.fresh_pattern
        else "repeats a pattern: no exercise with a new pattern is left for it"
    )
    notes = [
        RuleNote(
            rule="convention",
            decision=f"{exercise.name} ({exercise.pattern}, {exercise.mechanic})",
            reason=f"the best fit for {target} (a primary mover; compound before isolation, "
            f"R16); {fresh}",
            exercise=exercise.id,
        )
    ]
    return notes + _dose_notes(library, exercise, prescription, cues, rules, tempo_note)


def _dose_notes(
    library: Library,
    exercise: Exercise,
    prescription: Prescription,
    cues: Sequence[Cue],
    rules: GoalRules,
    tempo_note: RuleNote,
) -> list[RuleNote]:
    """The notes on an item's load, tempo, rest, cues and time under tension."""
    notes: list[RuleNote] = []
    notes.append(_load_note(library, exercise, prescription, rules))
    notes.append(tempo_note)
    notes.append(_rest_note(exercise, prescription, rules))
    notes.append(_cue_note(exercise, cues, rules))
    tut = prescription.set_seconds()
    notes.append(
        RuleNote(
            rule="R8",
            decision=f"about {tut:g} s under tension a set",
            reason="shown for information; TUT targets are lore",
            exercise=exercise.id,
        )
    )
    return notes


def _load_note(
    library: Library, exercise: Exercise, prescription: Prescription, rules: GoalRules
) -> RuleNote:
    """Why the load is what it is."""
    load = prescription.load
    if load.effort is not None and prescription.measure == "reps":
        rule, why = "convention", (
            "an eccentric-only negative has no lifting phase, so no reps in reserve: the set "
            "ends when the lowering can no longer be slowed")
    elif load.effort is not None:
        rule, why = "convention", (
            f"a {'hold' if prescription.measure == 'seconds' else 'carry'} is dosed by "
            f"{prescription.measure} with an effort in words: reps in reserve mean nothing "
            "without reps")
    elif load.percent_1rm is None and LOADABLE.intersection(exercise.equipment) and (
            "bodyweight" not in exercise.equipment):
        kind = ("isolation, trunk or small-joint work" if exercise.mechanic != "compound"
                or exercise.pattern in SHORT_REST_PATTERNS else "a dumbbell or kettlebell lift")
        rule, why = "R13", f"{kind}: nobody tests its 1RM, so reps in reserve set the effort"
    elif load.percent_1rm is None:
        rule, why = "R13", "bodyweight or band: no %1RM to set, so reps in reserve set the effort"
        if rules.goal == "strength":
            harder = [library.exercises[e].name for e in exercise.harder
                      if e in library.exercises]
            why += (f"; do {harder[0] if harder else 'a harder variation'} if "
                    f"{prescription.reps.high} reps come too easily")
        easier = [library.exercises[e].name for e in exercise.easier if e in library.exercises]
        if easier:
            why += f"; if the bottom of the range is out of reach, do {easier[0]} instead"
    elif rules.goal == "mmc-hypertrophy":
        rule, why = "R1", ("<= 60% 1RM keeps the muscle cue effective (R11: light loads grew "
                           "muscle like heavy ones in trials taken to failure; stopping with "
                           "reps in reserve is an extrapolation)")
    elif rules.goal == "strength":
        rule, why = "R15", "the %1RM that leaves the reps in reserve; heavy loads build 1RM (R11)"
    else:
        rule, why = "R13", "light and far from failure: the pattern, not the load, is trained"
    return RuleNote(
        rule=rule,
        decision=f"{prescription.sets} x {prescription.dose()} at {load}",
        reason=why,
        exercise=exercise.id,
    )


def _rest_note(exercise: Exercise, prescription: Prescription, rules: GoalRules) -> RuleNote:
    """Why the rest is what it is (R14, conventions)."""
    if exercise.pattern in SHORT_REST_PATTERNS:
        rest_rule, rest_why = "R14", "low-load trunk or small-joint work: the 1-minute end"
    elif rules.goal == "technique":
        rest_rule, rest_why = "convention", "light sets far from failure need little recovery"
    elif prescription.rest_seconds >= 180:
        rest_rule, rest_why = "R14", "3 min beat 1 min for strength and size"
    elif exercise.mechanic == "compound":
        rest_rule, rest_why = "R14", (
            "R14 says about 3 min on compound lifts; this shorter rest is a convention to fit "
            "the session, and growth held where the total load lifted was kept (Longo 2022), "
            "so keep the sets and loads")
    else:
        rest_rule, rest_why = "R14", "1-2 min on isolation lifts (the exact time is a convention)"
    return RuleNote(
        rule=rest_rule,
        decision=f"rest {prescription.rest_seconds} s",
        reason=f"{exercise.mechanic} lift: {rest_why}",
        exercise=exercise.id,
    )


def _cue_note(exercise: Exercise, cues: Sequence[Cue], rules: GoalRules) -> RuleNote:
    """Which cues are shown, and the rule that picks them."""
    if cues:
        focus = sorted({c.focus for c in cues})
        rule = "R1" if "muscle" in focus else ("R3" if "environment" in focus else "R5")
        reason = {
            "R3": "attention on the load or the floor gives more force (R2: no muscle cue)",
            "R1": "attention on the muscle raises its activity at this load",
            "R5": "setup and phase cues; attention cues help at every training age",
        }[rule]
        return RuleNote(
            rule=rule,
            decision=f"{len(cues)} {'/'.join(focus)} cue(s) for "
            + ", ".join(sorted({c.phase for c in cues})),
            reason=reason,
            exercise=exercise.id,
        )
    rule = "R3" if "muscle" not in rules.focus else "R1"
    kind = "" if len(rules.focus) == 3 else f"{'/'.join(rules.focus)} "
    return RuleNote(
        rule=rule,
        decision="no cues shown",
        reason=f"the exercise has no {kind}cues for this goal's phases",
        exercise=exercise.id,
    )
