"""Progression at the top of the range without a load step: a slower tempo, the harder
variation, then more reps (R7, R17).
"""

from __future__ import annotations

from typing import Any

from mmc.model.exercise import Exercise
from mmc.model.prescription import Prescription, RepRange
from mmc.model.session import RuleNote
from mmc.model.tempo import EXPLOSIVE, REP_SECONDS_WARN, Tempo
from mmc.model.training import Progression
from mmc.plan.inputs import LEVELS
from mmc.plan.progress_context import Context, felt, shared
from mmc.plan.rules import (
    MAX_BODYWEIGHT_REPS,
    REPS_RAISE,
)


def slower_tempo(tempo: Tempo) -> Tempo:
    """A tempo that gives the muscle more time, keeping a rep within 8 s (R7).

    An explosive concentric becomes 2 s (R2); then the eccentric grows by a second, then a
    one-second squeeze after the concentric is added, while the rep stays <= 8 s.
    """
    candidate = tempo
    for phase in ("concentric", "eccentric"):
        if getattr(candidate, phase) == EXPLOSIVE:
            candidate = candidate.model_copy(update={phase: 2})
    eccentric = candidate.eccentric
    # The coaching idea asks for a 3-5 s eccentric; stop growing it at 5 s.
    if (
        isinstance(eccentric, int)
        and eccentric < 5
        and candidate.rep_seconds + 1 <= REP_SECONDS_WARN
    ):
        candidate = candidate.model_copy(update={"eccentric": eccentric + 1})
    if candidate.pause_after_concentric == 0 and candidate.rep_seconds + 1 <= REP_SECONDS_WARN:
        candidate = candidate.model_copy(update={"pause_after_concentric": 1})
    return candidate


def bodyweight_top(
    prescription: Prescription,
    context: Context,
    weight: float,
    mean: float,
    notes: list[RuleNote],
    common: dict[str, Any],
    *,
    reason: str = "no load to add",
) -> Progression:
    """At the top of the range with no load step: slower tempo, harder variation, more reps."""
    top = prescription.reps.high
    tempo = slower_tempo(prescription.tempo)
    if tempo != prescription.tempo:
        notes.append(
            RuleNote(
                rule="R7",
                decision=f"slow the tempo to {tempo}",
                reason=f"{reason}: more time per rep, a rep still <= 8 s (R17: more work at the "
                "same load also progresses)",
            )
        )
        explanation = (
            f"Every set reached {top} reps with the muscle {felt(mean)} (average {mean:.1f} of "
            f"5). Next time use the tempo {tempo} and work back up to {top} reps."
        )
        return Progression(decision="slower-tempo",
                           prescription=prescription.model_copy(update={"tempo": tempo}),
                           weight=weight, explanation=explanation, rationale=notes, **common)
    harder = _harder(context)
    if harder and context.exercise is not None:
        chosen = harder[0]
        own = chosen.tempo
        new_tempo = own if not own.is_explosive else prescription.tempo
        rx = prescription.model_copy(update={
            "tempo": new_tempo, "per_side": chosen.per_side, "measure": chosen.measure})
        notes.append(
            RuleNote(
                rule="R17",
                decision=f"move on to {chosen.name}",
                reason="the slowest tempo is reached at the top of the range: the harder "
                "variation is the next step",
                exercise=chosen.id,
            )
        )
        explanation = (
            f"Every set reached {top} reps at the slowest tempo with the muscle {felt(mean)}. "
            f"Next time do {chosen.name} at {new_tempo}, starting at the bottom of the range."
        )
        return Progression(decision="harder-variation", prescription=rx, weight=weight,
                           next_exercise=chosen.id, explanation=explanation, rationale=notes,
                           **common)
    return _more_reps(prescription, weight, notes, common)


def _more_reps(
    prescription: Prescription, weight: float, notes: list[RuleNote], common: dict[str, Any]
) -> Progression:
    """No slower tempo and no harder variation: raise the rep range (R17), or keep it at the
    cap."""
    top = prescription.reps.high
    low = min(prescription.reps.low + REPS_RAISE, MAX_BODYWEIGHT_REPS)
    high = min(top + REPS_RAISE, MAX_BODYWEIGHT_REPS)
    if prescription.measure != "reps" or high <= top:
        notes.append(
            RuleNote(
                rule="convention",
                decision="keep the prescription",
                reason=f"no slower tempo, no harder variation and the reps are at "
                f"{MAX_BODYWEIGHT_REPS}: choose a loaded exercise to progress further",
            )
        )
        explanation = (
            f"Every set reached {top} at the slowest tempo; there is no harder variation "
            "here. Keep it as it is, or change to a loaded exercise for the same muscle."
        )
        return Progression(decision="keep-load", prescription=prescription, weight=weight,
                           explanation=explanation, rationale=notes, **common)
    reps = RepRange(low=low, high=high)
    notes.append(
        RuleNote(
            rule="R17",
            decision=f"raise the range to {reps} reps",
            reason="no slower tempo and no harder variation at hand: more reps at the same load "
            f"also grow muscle (up to {MAX_BODYWEIGHT_REPS}, a convention)",
        )
    )
    explanation = (
        f"Every set reached {top} at the slowest tempo and there is no harder variation at "
        f"hand. Next time aim for {reps} reps."
    )
    return Progression(decision="add-reps", prescription=prescription.model_copy(
        update={"reps": reps}), weight=weight, explanation=explanation, rationale=notes, **common)


def _harder(context: Context) -> list[Exercise]:
    """The exercise's harder variations the lifter may take, best first."""
    harder = context.usable(context.exercise.harder) if context.exercise else []
    if harder and context.exercise is not None:
        # One level at a time: never more than one level above the exercise itself, nor
        # above the lifter's next level (an archer push-up is not the push-up's next step),
        # and for the same target muscle (a diamond push-up is for the triceps).
        # Then the same pattern, the same primary muscles, the easiest, the file's order.
        mine = context.exercise
        cap = LEVELS[mine.level] + 1
        if context.level is not None:
            cap = min(cap, context.level + 1)
        harder = [e for e in harder if LEVELS[e.level] <= cap
                  and shared(context.library, mine.primary, e.primary) > 0]
        harder.sort(key=lambda e: (e.pattern != mine.pattern,
                                   -shared(context.library, mine.primary, e.primary),
                                   LEVELS[e.level], mine.harder.index(e.id)))
    return harder
