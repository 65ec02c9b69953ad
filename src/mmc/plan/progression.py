"""Progression: double progression, once the mind-muscle connection holds.

The coaching idea says "master the connection first, then add load while keeping it". Made
precise here, for the sets logged against one prescription:

* **A load far off** the prescription (reps + RIR more than 2 short of the bottom of the
  range, or more than 2 past its top): the next load comes from the estimated 1RM by R15's
  table at the prescription's top reps and RIR, rounded to a real load.
* **Strength** prescriptions (goal ``"strength"``, or an explosive concentric) are judged on
  reps and RIR only: the connection rating is recorded but never cuts the load, slows the
  tempo or swaps the lift (R3, external focus for strength).
* **Low connection** (average rating under 3, i.e. 1-2): the helpers lead the set. Take
  about 10% off and slow the tempo (R1, R7; an explosive concentric becomes controlled, R2),
  at most twice in a row and never below 80% of the load before the first cut; a third low
  session in a row suggests a **swap**: the same movement pattern (or, when the set was felt
  in a helper, an isolation exercise for the target: a fly for a bench press felt in the
  front delt), a primary muscle in common, no harder than the lifter's level, ranked away
  from the muscles the lifter felt instead (``felt_in``), with a set-up check first
  (conventions).
* **Not yet at the top** of the rep range on every set, at tempo, no closer to failure than
  prescribed, no set rated under 3: **keep the load** and add reps (double progression,
  R16, R17). A rating of 3 does not block progress.
* **At the top**: a loaded exercise **adds load**, the smallest
  step its equipment allows at or above 2% (:class:`~mmc.plan.increments.Increments`, R16);
  when that step is more than 10% (a coarse dumbbell rack, a 10 kg pin) and R15's table says
  the reps would fall more than one under the range, the reps **climb past the top** first
  (at most 5 past), so the load never bounces back; a bodyweight exercise takes a **slower tempo** (R7), then its **harder variation** (at
  most one level above the exercise, and the lifter's level plus one), then **more reps**
  (R17); a band exercise moves to the **next band**.

Mixed weights: the session is judged at its working weight, the weight most sets used (the
lighter on a tie); a lighter set counts as short of the range.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from mmc.errors import MmcError
from mmc.model.common import as_model
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.prescription import Prescription
from mmc.model.session import RuleNote
from mmc.model.training import Progression, SetLog
from mmc.plan.increments import Increments, load_kind
from mmc.plan.inputs import LEVELS, check_goal, check_level, resolve_equipment
from mmc.plan.progress_context import Context, felt, parse_history, parse_increments
from mmc.plan.progress_loads import (
    correct_load,
    estimate_from_logs,
    held_for_jump,
    reps_after_jump,
    reps_before_jump,
)
from mmc.plan.progress_low import low_connection
from mmc.plan.progress_top import bodyweight_top, slower_tempo
from mmc.plan.rules import (
    CONNECTION_LOW,
    LOAD_STEP,
    LOAD_STEP_MAX,
)
from mmc.plan.substitution import resolve_exercise

__all__ = ["progress", "slower_tempo", "working_weight"]


def working_weight(logs: Sequence[SetLog]) -> float:
    """The weight a session is judged at: the one most sets used, the lighter on a tie."""
    counts = Counter(log.weight for log in logs)
    return min(counts, key=lambda w: (-counts[w], w))


def progress(
    prescription: Prescription | Mapping[str, Any],
    logs: Sequence[SetLog | Mapping[str, Any]],
    *,
    exercise: Exercise | str | None = None,
    library: Library | None = None,
    equipment: Iterable[str] | None = None,
    increments: Increments | Mapping[str, Any] | None = None,
    history: Iterable[Progression | Mapping[str, Any]] = (),
    goal: str | None = None,
    level: str | None = None,
) -> Progression:
    """Decide the next session of one exercise from the sets logged against ``prescription``.

    ``exercise`` (an :class:`~mmc.model.exercise.Exercise`, or its id with ``library``)
    says how the exercise is loaded: barbell, EZ-bar, machine or cable steps, a dumbbell or
    kettlebell rack, a band, or bodyweight. ``increments`` gives the steps and the unit
    (default: :class:`~mmc.plan.increments.Increments`, kg); without an exercise the load
    moves in barbell steps. ``equipment`` (what the lifter has) filters harder variations
    and swaps; ``history`` is this exercise's earlier results, oldest first, so that a cut
    has a floor and a run of low connection ends in a swap suggestion. ``goal`` is the
    plan's goal: a ``"strength"`` prescription (or any with an explosive concentric) is
    judged on reps and RIR only, the connection rating is recorded but never cuts the
    load, slows the tempo or swaps the lift (R3). ``level`` (the lifter's: beginner,
    intermediate, advanced; default the exercise's own) caps harder variations and swaps.
    A load far off the prescription (reps well short at low RIR, or far past the range
    with many in reserve) is reset from the estimated 1RM by R15's table.

    Returns a :class:`~mmc.model.training.Progression` with the decision, the prescription,
    weight (and exercise) for next time, an estimated 1RM when a logged set allows one
    (R15), and the rules behind it. Every argument may be a model or a mapping of its
    fields; an invalid one raises :class:`~mmc.errors.MmcError`.
    """
    prescription = as_model(prescription, Prescription, "prescription")
    if isinstance(logs, str | bytes) or not isinstance(logs, Iterable):
        raise MmcError(
            f"logs must be a list of sets, not {type(logs).__name__}",
            field="logs",
            fix="pass a list of SetLog objects (or mappings with weight, reps, connection)",
        )
    sets = [as_model(log, SetLog, f"logs[{index}]") for index, log in enumerate(logs)]
    if not sets:
        raise MmcError(
            "no sets logged: progression needs at least one set",
            field="logs",
            fix="log each set's weight, reps and connection rating (1-5)",
        )
    steps = parse_increments(increments)
    past = parse_history(history)
    if library is not None and not isinstance(library, Library):
        raise MmcError(f"library must be a Library, not {type(library).__name__}",
                       field="library", fix="pass mmc.load_library()")
    found: Exercise | None = None
    if isinstance(exercise, str):
        if library is None:
            raise MmcError(
                f"exercise {exercise!r} is an id, but no library was given to look it up",
                field="library",
                fix="pass library=mmc.load_library(), or the Exercise itself",
            )
        found = resolve_exercise(library, exercise)
    elif exercise is not None:
        found = resolve_exercise(library, exercise) if library is not None else as_model(
            exercise, Exercise, "exercise"
        )
    have: set[str] | None = None
    if equipment is not None:
        have = {*resolve_equipment(equipment), "bodyweight"}
    if found is not None:
        kind = load_kind(found)
    elif all(log.weight == 0 for log in sets):
        kind = "bodyweight"
    else:
        kind = "barbell"
    if goal is not None:
        check_goal(goal)
    cap = None if level is None else LEVELS[check_level(level)]
    context = Context(found, library, have, kind, cap)
    strength = goal == "strength" or prescription.tempo.is_explosive
    return _decide(prescription, sets, steps, past, context, strength)


def _decide(
    prescription: Prescription,
    logs: list[SetLog],
    steps: Increments,
    past: list[Progression],
    context: Context,
    strength: bool = False,
) -> Progression:
    weight = working_weight(logs)
    ratings = [log.connection for log in logs]
    mean = sum(ratings) / len(ratings)
    target_rir = prescription.load.rir
    if target_rir is None and prescription.load.rpe is not None:
        target_rir = round(10 - prescription.load.rpe)
    notes, estimated = _opening_notes(logs, weight)
    exercise_id = context.exercise.id if context.exercise else None
    common: dict[str, Any] = {
        "last_weight": weight,
        "estimated_1rm": estimated,
        "exercise": exercise_id,
        "connection": round(mean, 2),
        "unit": steps.unit if context.kind not in ("bodyweight", "band") else None,
    }
    corrected = correct_load(prescription, logs, steps, context, weight, target_rir, notes,
                              common)
    if corrected is not None:
        return corrected
    if strength:
        notes.append(
            RuleNote(
                rule="R3",
                decision=f"connection {mean:.1f} of 5 recorded, not used for the load",
                reason="a strength set is judged on load, reps and RIR; attention stays on "
                "the lift's outcome (external focus), so a low rating neither cuts the load, "
                "slows the tempo nor swaps the lift",
            )
        )
    elif mean < CONNECTION_LOW:
        return low_connection(prescription, logs, steps, past, context, weight, mean, notes, common)
    missing, short = _missing(prescription, logs, weight, target_rir, strength, notes)
    if missing:
        return _keep(prescription, weight, missing, bool(short), target_rir, strength, notes,
                     common)
    if context.kind == "bodyweight":
        return bodyweight_top(prescription, context, weight, mean, notes, common)
    if context.kind == "band":
        return _next_band(prescription, weight, mean, notes, common)
    return _add_load(prescription, logs, steps, context, weight, mean, target_rir, strength,
                     notes, common)


def _opening_notes(logs: Sequence[SetLog], weight: float) -> tuple[list[RuleNote], float | None]:
    """The estimated 1RM (R15) and the working weight of a mixed-weight session, as notes."""
    notes: list[RuleNote] = []
    estimated = estimate_from_logs(logs)
    if estimated is not None:
        notes.append(
            RuleNote(
                rule="R15",
                decision=f"estimated 1RM {estimated:g}",
                reason="from a set of <= 10 reps to failure (reps + RIR), Epley and Brzycki averaged",
            )
        )
    if len({log.weight for log in logs}) > 1:
        notes.append(
            RuleNote(
                rule="convention",
                decision=f"judged at the working weight {weight:g}",
                reason="mixed weights: the weight most sets used (the lighter on a tie); a "
                "lighter set counts as short of the range",
            )
        )
    return notes, estimated


def _missing(
    prescription: Prescription,
    logs: Sequence[SetLog],
    weight: float,
    target_rir: int | None,
    strength: bool,
    notes: list[RuleNote],
) -> tuple[list[str], list[int]]:
    """What keeps the session from progressing (double progression, R16), and the reps of
    the sets short of the top."""
    top = prescription.reps.high
    ratings = [log.connection for log in logs]
    missing: list[str] = []
    if len(logs) < prescription.sets:
        missing.append(f"only {len(logs)} of {prescription.sets} sets were logged")
    short = [log.reps for log in logs if log.reps < top or log.weight < weight]
    if short:
        missing.append(f"{len(short)} set(s) stopped short of {top} reps")
    if not all(log.tempo_kept for log in logs):
        missing.append(f"the tempo {prescription.tempo} was not held on every set")
    if not strength and min(ratings) < CONNECTION_LOW:
        missing.append(f"a set was rated below {CONNECTION_LOW:g} for feeling the muscle")
    if target_rir is not None:
        hard = [log for log in logs if log.rir is not None and log.rir < target_rir]
        if hard:
            missing.append(f"{len(hard)} set(s) ended closer to failure than {target_rir} RIR")
            notes.append(
                RuleNote(
                    rule="R13",
                    decision="effort checked against the RIR target",
                    reason="reps in reserve below the target mean the load is already heavy",
                )
            )
    return missing, short


def _keep(
    prescription: Prescription,
    weight: float,
    missing: Sequence[str],
    short: bool,
    target_rir: int | None,
    strength: bool,
    notes: list[RuleNote],
    common: dict[str, Any],
) -> Progression:
    """Keep the load and add reps (double progression, R16, R17)."""
    top = prescription.reps.high
    notes.append(
        RuleNote(
            rule="R16",
            decision=f"keep the load at {weight:g}: add reps",
            reason="double progression: the reps climb to the top of the range first; "
            + "; ".join(missing),
        )
    )
    aim = (f"aim for one more rep on the sets short of {top}" if short
           else "repeat it")
    explanation = (
        f"Keep {weight:g} next time and {aim}: "
        + "; ".join(missing)
        + f". Progress once every set reaches {top} reps at {prescription.tempo}"
        + (f" with {target_rir} RIR or more" if target_rir is not None else "")
        + ("." if strength else f", no set rated under {CONNECTION_LOW:g}.")
    )
    return Progression(decision="keep-load", prescription=prescription, weight=weight,
                       explanation=explanation, rationale=notes, **common)


def _next_band(
    prescription: Prescription,
    weight: float,
    mean: float,
    notes: list[RuleNote],
    common: dict[str, Any],
) -> Progression:
    """A band exercise at the top of its range moves to the next band (R16)."""
    top = prescription.reps.high
    notes.append(
        RuleNote(
            rule="R16",
            decision="move to the next heavier band",
            reason="a band has no small load steps; the next band, or standing further "
            "from the anchor, is its step",
        )
    )
    explanation = (
        f"Every set reached {top} reps with the muscle {felt(mean)} (average {mean:.1f} "
        "of 5). Next time use the next heavier band (or stand further from the anchor) and "
        "work back up the range."
    )
    return Progression(decision="next-band", prescription=prescription, weight=weight,
                       explanation=explanation, rationale=notes, **common)


def _add_load(
    prescription: Prescription,
    logs: Sequence[SetLog],
    steps: Increments,
    context: Context,
    weight: float,
    mean: float,
    target_rir: int | None,
    strength: bool,
    notes: list[RuleNote],
    common: dict[str, Any],
) -> Progression:
    """Every set at the top: the smallest load step of the equipment (R16), unless a coarse
    step asks for more reps first; at the end of the rack, what a bodyweight lift does."""
    top = prescription.reps.high
    next_weight = steps.next_up(context.kind, weight, at_least=weight * (1 + LOAD_STEP))
    if next_weight is None:
        return bodyweight_top(prescription, context, weight, mean, notes, common,
                               reason=f"the heaviest {context.kind} of the rack is in use")
    rise = next_weight / weight - 1 if weight else 0.0
    if rise > LOAD_STEP_MAX and prescription.measure == "reps":
        held = reps_before_jump(prescription, logs, weight, next_weight, target_rir)
        if held is not None:
            return held_for_jump(prescription, steps, weight, next_weight, held, notes, common)
    notes.append(
        RuleNote(
            rule="R16",
            decision=f"add load: {weight:g} -> {next_weight:g} {steps.unit} "
            f"(+{100 * rise:.0f}%)" if weight else f"add load: {next_weight:g} {steps.unit}",
            reason="every set at the top of the range"
            + ("" if strength else " with the connection held")
            + "; the smallest "
            f"{context.kind} step at or above {100 * LOAD_STEP:g}%"
            + (f" (more than R16's {100 * LOAD_STEP_MAX:g}%: expect fewer reps, then build back"
               " up)" if rise > LOAD_STEP_MAX else ""),
        )
    )
    notes.append(
        RuleNote(
            rule="R12",
            decision=f"expect fewer reps at {next_weight:g}, back within the range",
            reason="work up to the top again; failure is not required",
        )
    )
    felt_text = ("" if strength
                 else f" with the muscle {felt(mean)} (average {mean:.1f} of 5)")
    reached = min(log.reps for log in logs)
    explanation = (
        f"Every set reached {max(top, reached)} reps at {prescription.tempo}{felt_text}. Add "
        f"load: lift {next_weight:g} {steps.unit} next time and keep the same tempo and cues."
    )
    if rise > LOAD_STEP_MAX and prescription.measure == "reps" and weight:
        # A coarse jump: say first how many reps to expect, so fewer is not read as failure.
        expect = reps_after_jump(logs, weight, next_weight, target_rir)
        explanation += (
            f" That is +{100 * rise:.0f}%: expect about {expect} reps a set at "
            f"{next_weight:g}; that is not a failure. Stay there until every set is back at "
            f"{top}.")
    return Progression(decision="add-load", prescription=prescription, weight=next_weight,
                       explanation=explanation, rationale=notes, **common)


