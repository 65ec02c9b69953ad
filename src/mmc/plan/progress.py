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
from mmc.model.prescription import Prescription, RepRange
from mmc.model.session import Decision, Progression, RuleNote, SetLog
from mmc.model.tempo import EXPLOSIVE, REP_SECONDS_WARN, Tempo
from mmc.plan.increments import Increments, LoadKind, load_kind
from mmc.plan.inputs import LEVELS, check_goal, check_level, resolve_equipment
from mmc.plan.loads import estimate_1rm, reps_to_failure_percent
from mmc.plan.rules import (
    CONNECTION_LOW,
    LOAD_DROP,
    LOAD_FLOOR,
    LOAD_STEP,
    LOAD_STEP_MAX,
    MAX_BODYWEIGHT_REPS,
    MAX_REPS_FOR_1RM,
    REPS_RAISE,
    SWAP_AFTER,
)
from mmc.plan.substitute import resolve_exercise, substitute

__all__ = ["progress", "slower_tempo", "working_weight"]


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


def _estimate(logs: Sequence[SetLog]) -> float | None:
    # R15 needs sets to failure of <= 10 reps; a reported RIR turns a set into one (R13).
    best: float | None = None
    for log in logs:
        if log.rir is None or log.reps < 1:
            continue
        to_failure = log.reps + log.rir
        if to_failure <= MAX_REPS_FOR_1RM and log.weight > 0:
            value = estimate_1rm(log.weight, to_failure)
            best = value if best is None else max(best, value)
    return round(best, 1) if best is not None else None


def working_weight(logs: Sequence[SetLog]) -> float:
    """The weight a session is judged at: the one most sets used, the lighter on a tie."""
    counts = Counter(log.weight for log in logs)
    return min(counts, key=lambda w: (-counts[w], w))


def _increments(value: Increments | Mapping[str, Any] | None) -> Increments:
    return Increments() if value is None else as_model(value, Increments, "increments")


def _history(history: Iterable[Progression | Mapping[str, Any]]) -> list[Progression]:
    if isinstance(history, str | bytes) or not isinstance(history, Iterable):
        raise MmcError(
            f"history must be a list of earlier progressions, not {type(history).__name__}",
            field="history",
            fix="pass the Progression results of earlier sessions of this exercise, oldest first",
        )
    return [as_model(item, Progression, f"history[{i}]") for i, item in enumerate(history)]


class _Context:
    """What one call knows about the exercise: its loading, the library, the lifter's kit."""

    def __init__(
        self,
        exercise: Exercise | None,
        library: Library | None,
        equipment: set[str] | None,
        kind: LoadKind,
        level: int | None = None,
    ) -> None:
        self.exercise = exercise
        self.library = library
        self.equipment = equipment
        self.kind = kind
        self.level = level

    def usable(self, ids: Iterable[str]) -> list[Exercise]:
        if self.library is None:
            return []
        found = []
        for exercise_id in ids:
            candidate = self.library.exercises.get(exercise_id)
            if candidate is None:
                continue
            if self.equipment is not None and not self.equipment.issuperset(candidate.equipment):
                continue
            found.append(candidate)
        return found


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

    Returns a :class:`~mmc.model.session.Progression` with the decision, the prescription,
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
    steps = _increments(increments)
    past = _history(history)
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
    context = _Context(found, library, have, kind, cap)
    strength = goal == "strength" or prescription.tempo.is_explosive
    return _decide(prescription, sets, steps, past, context, strength)


def _decide(
    prescription: Prescription,
    logs: list[SetLog],
    steps: Increments,
    past: list[Progression],
    context: _Context,
    strength: bool = False,
) -> Progression:
    weight = working_weight(logs)
    ratings = [log.connection for log in logs]
    mean = sum(ratings) / len(ratings)
    top = prescription.reps.high
    target_rir = prescription.load.rir
    if target_rir is None and prescription.load.rpe is not None:
        target_rir = round(10 - prescription.load.rpe)
    notes: list[RuleNote] = []
    estimated = _estimate(logs)
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
    exercise_id = context.exercise.id if context.exercise else None
    common: dict[str, Any] = {
        "last_weight": weight,
        "estimated_1rm": estimated,
        "exercise": exercise_id,
        "connection": round(mean, 2),
        "unit": steps.unit if context.kind not in ("bodyweight", "band") else None,
    }
    corrected = _correct_load(prescription, logs, steps, context, weight, target_rir, notes,
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
        return _low(prescription, logs, steps, past, context, weight, mean, notes, common)

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
    if missing:
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
    if context.kind == "bodyweight":
        return _bodyweight_top(prescription, context, weight, mean, notes, common)
    if context.kind == "band":
        notes.append(
            RuleNote(
                rule="R16",
                decision="move to the next heavier band",
                reason="a band has no small load steps; the next band, or standing further "
                "from the anchor, is its step",
            )
        )
        explanation = (
            f"Every set reached {top} reps with the muscle clearly felt (average {mean:.1f} "
            "of 5). Next time use the next heavier band (or stand further from the anchor) and "
            "work back up the range."
        )
        return Progression(decision="next-band", prescription=prescription, weight=weight,
                           explanation=explanation, rationale=notes, **common)
    next_weight = steps.next_up(context.kind, weight, at_least=weight * (1 + LOAD_STEP))
    if next_weight is None:
        return _bodyweight_top(prescription, context, weight, mean, notes, common,
                               reason=f"the heaviest {context.kind} of the rack is in use")
    rise = next_weight / weight - 1 if weight else 0.0
    if rise > LOAD_STEP_MAX and prescription.measure == "reps":
        held = _reps_before_jump(prescription, logs, weight, next_weight, target_rir)
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
                 else f" with the muscle clearly felt (average {mean:.1f} of 5)")
    explanation = (
        f"Every set reached {top} reps at {prescription.tempo}{felt_text}. Add load: lift "
        f"{next_weight:g} {steps.unit} next time and keep the same tempo and cues."
    )
    return Progression(decision="add-load", prescription=prescription, weight=next_weight,
                       explanation=explanation, rationale=notes, **common)


#: Convention: a load is "far off" when the logged reps to failure (reps + RIR) miss what
#: the prescription needs by more than this many reps (below the bottom, or above the top).
LOAD_OFF_BY = 2


def _correct_load(
    prescription: Prescription,
    logs: list[SetLog],
    steps: Increments,
    context: _Context,
    weight: float,
    target_rir: int | None,
    notes: list[RuleNote],
    common: dict[str, Any],
) -> Progression | None:
    """A load far off the prescription, reset from the estimated 1RM (R15); else None."""
    if (context.kind in ("bodyweight", "band") or target_rir is None or weight <= 0
            or prescription.measure != "reps"):
        return None
    at_weight = [log for log in logs if log.weight == weight and log.rir is not None]
    if not at_weight:
        return None
    capacity = [log.reps + (log.rir or 0) for log in at_weight]
    low_need = prescription.reps.low + target_rir
    high_need = prescription.reps.high + target_rir
    # On a coarse rack the reps may climb past the top before the jump (held_for_jump):
    # that is not a load far too light.
    step = steps.next_up(context.kind, weight, at_least=weight * (1 + LOAD_STEP))
    past = REPS_PAST_TOP if step is not None and step / weight - 1 > LOAD_STEP_MAX else 0
    if max(capacity) < low_need - LOAD_OFF_BY:
        direction = "heavy"
    elif min(capacity) > high_need + LOAD_OFF_BY + past:
        direction = "light"
    else:
        return None
    best = max(capacity) if direction == "heavy" else min(capacity)
    one_rm = weight * 100.0 / reps_to_failure_percent(best)
    target = one_rm * reps_to_failure_percent(high_need) / 100.0
    down = steps.next_down(context.kind, weight, at_most=target, floor=0.0)
    up = steps.next_up(context.kind, 0.0, at_least=target)
    options = [w for w in (down, up) if w is not None
               and (w < weight if direction == "heavy" else w > weight)]
    if not options:
        return None
    next_weight = min(options, key=lambda w: (abs(w - target), w))
    low, high = prescription.reps.low, prescription.reps.high
    reps_text = "/".join(str(log.reps) for log in at_weight)
    rirs = "/".join(str(log.rir) for log in at_weight)
    notes.append(
        RuleNote(
            rule="R15",
            decision=f"reset the load: {weight:g} -> {next_weight:g} {steps.unit}",
            reason=f"{reps_text} reps at {rirs} RIR is about {best} reps to failure, "
            f"{'well short of' if direction == 'heavy' else 'far past'} the {low}-{high} at "
            f"{target_rir} RIR prescribed; the estimated 1RM ({one_rm:.1f}) gives "
            f"{target:.1f} for {high} reps at {target_rir} RIR, rounded to a real load (the "
            "table is a rough guide past 10 reps)",
        )
    )
    explanation = (
        f"{weight:g} {steps.unit} was far too {direction} for {low}-{high} reps at "
        f"{target_rir} RIR ({reps_text} reps at {rirs} RIR). Next time use {next_weight:g} "
        f"{steps.unit}, the load your estimated 1RM gives for the top of the range, and work "
        "the reps up from there."
    )
    decision: Decision = "lower-load" if next_weight < weight else "add-load"
    return Progression(decision=decision, prescription=prescription, weight=next_weight,
                       explanation=explanation, rationale=notes, **common)


def _bodyweight_top(
    prescription: Prescription,
    context: _Context,
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
            f"Every set reached {top} reps with the muscle clearly felt (average {mean:.1f} of "
            f"5). Next time use the tempo {tempo} and work back up to {top} reps."
        )
        return Progression(decision="slower-tempo",
                           prescription=prescription.model_copy(update={"tempo": tempo}),
                           weight=weight, explanation=explanation, rationale=notes, **common)
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
                  and _shared(context.library, mine.primary, e.primary) > 0]
        harder.sort(key=lambda e: (e.pattern != mine.pattern,
                                   -_shared(context.library, mine.primary, e.primary),
                                   LEVELS[e.level], mine.harder.index(e.id)))
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
            f"Every set reached {top} reps at the slowest tempo with the muscle clearly felt. "
            f"Next time do {chosen.name} at {new_tempo}, starting at the bottom of the range."
        )
        return Progression(decision="harder-variation", prescription=rx, weight=weight,
                           next_exercise=chosen.id, explanation=explanation, rationale=notes,
                           **common)
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


def _low(
    prescription: Prescription,
    logs: list[SetLog],
    steps: Increments,
    past: list[Progression],
    context: _Context,
    weight: float,
    mean: float,
    notes: list[RuleNote],
    common: dict[str, Any],
) -> Progression:
    """A weak connection: cut (with a floor) and slow down; a run of them ends in a swap."""
    streak = 1
    start = weight
    for earlier in reversed(past):
        if earlier.connection is None or earlier.connection >= CONNECTION_LOW:
            break
        streak += 1
        if earlier.last_weight is not None:
            start = earlier.last_weight
    felt = Counter(m for log in logs for m in log.felt_in)
    where = ", ".join(m for m, _ in sorted(felt.items(), key=lambda kv: (-kv[1], kv[0])))
    instead = f" It was felt in {where} instead." if where else ""
    if streak >= SWAP_AFTER:
        swaps = _swaps(context, felt)
        notes.append(
            RuleNote(
                rule="convention",
                decision="swap the exercise" + (f": {swaps[0].name}" if swaps else ""),
                reason=f"the connection stayed under {CONNECTION_LOW:g} for {streak} sessions in "
                "a row after lighter loads and a slower tempo: another exercise may let the "
                "muscle lead (an easier variation first, then a substitute)",
            )
        )
        names = ", ".join(e.name for e in swaps[:3])
        helpers = [m for m in felt if context.exercise is not None
                   and m not in context.exercise.primary]
        setup = (" First check the set-up and the common mistakes on its page: a helper "
                 "taking over is often a set-up fault." if helpers else "")
        why = "the same movement"
        if helpers and swaps and context.exercise is not None:
            spared = (_felt_load(context.library, helpers, swaps[0])
                      < _felt_load(context.library, helpers, context.exercise))
            why = ("chosen to work " + ", ".join(sorted(helpers)) + " less" if spared
                   else "none of them spares " + ", ".join(sorted(helpers)))
        explanation = (
            f"The connection has been weak for {streak} sessions (average {mean:.1f} of 5 "
            f"today).{instead}{setup} Lighter loads and a slower tempo did not bring it back: "
            "try "
            + (f"{names} instead ({why})." if swaps else "another exercise for the same muscle.")
        )
        return Progression(decision="swap", prescription=prescription, weight=weight,
                           next_exercise=swaps[0].id if swaps else None,
                           alternatives=[e.id for e in swaps], explanation=explanation,
                           rationale=notes, **common)
    tempo = slower_tempo(prescription.tempo)
    rx = prescription.model_copy(update={"tempo": tempo})
    floor = start * LOAD_FLOOR
    if context.kind in ("bodyweight", "band"):
        next_weight = weight
        cut_note = RuleNote(
            rule="R1",
            decision="keep the load, slow down",
            reason=f"average connection {mean:.1f} of 5; a {context.kind} exercise has no load "
            "to take off",
        )
    else:
        next_weight = steps.next_down(context.kind, weight, at_most=weight * (1 - LOAD_DROP),
                                      floor=floor)
        if next_weight < weight:
            cut_note = RuleNote(
                rule="R1",
                decision=f"lower the load to {next_weight:g}",
                reason=f"average connection {mean:.1f} of 5: the target muscle is not leading "
                f"(about 10% off, never below {100 * LOAD_FLOOR:g}% of {start:g}, a convention)",
            )
        else:
            cut_note = RuleNote(
                rule="convention",
                decision=f"keep the load at {weight:g}",
                reason=f"no lighter {context.kind} step lies between 10% off and the floor of "
                f"{100 * LOAD_FLOOR:g}% of {start:g}",
            )
    notes.append(cut_note)
    if tempo != prescription.tempo:
        notes.append(
            RuleNote(
                rule="R7",
                decision=f"slow the tempo to {tempo}",
                reason="more time in each phase to feel the muscle; a rep stays <= 8 s",
            )
        )
    else:
        notes.append(
            RuleNote(
                rule="R7",
                decision=f"keep the tempo at {tempo}",
                reason="a rep already takes 8 s; slower adds nothing for growth",
            )
        )
    if prescription.tempo.is_explosive:
        notes.append(
            RuleNote(
                rule="R2",
                decision="controlled concentric instead of X",
                reason="a muscle cue adds nothing to an explosive concentric",
            )
        )
    load_text = f"lift {next_weight:g}" if context.kind not in ("bodyweight", "band") else (
        "keep the same variation")
    explanation = (
        f"The connection was weak (average {mean:.1f} of 5).{instead} Next time {load_text} "
        f"at {tempo} and flex the target muscle before each set; progress again only once it "
        "is clearly felt."
    )
    decision: Decision = "lower-load" if next_weight < weight else "keep-load"
    return Progression(decision=decision, prescription=rx, weight=next_weight,
                       explanation=explanation, rationale=notes, **common)


def _shared(library: Library | None, mine: Iterable[str], theirs: Iterable[str]) -> int:
    """How many of ``mine`` (primary muscles) ``theirs`` trains: the same muscle, or a part
    of it (the clavicular head for the whole pectoralis major)."""
    theirs = list(theirs)
    count = 0
    for muscle in mine:
        for other in theirs:
            seen = set()
            while other is not None and other not in seen:
                if other == muscle:
                    count += 1
                    break
                seen.add(other)
                parent = library.muscles[other].parent if (
                    library is not None and other in library.muscles) else None
                other = parent  # type: ignore[assignment]
            else:
                continue
            break
    return count


def _felt_load(library: Library | None, felt: Iterable[str], exercise: Exercise) -> tuple[int, int]:
    """How many of the ``felt`` muscles ``exercise`` trains, as a primary and as a
    secondary mover."""
    felt = list(felt)
    return (_shared(library, felt, exercise.primary), _shared(library, felt, exercise.secondary))


def _swaps(context: _Context, felt: Iterable[str] = ()) -> list[Exercise]:
    """Easier variations and substitutes for a low connection: a primary muscle in common,
    no higher level than the lifter's (or the exercise's own), usable with the lifter's
    equipment, and the same movement pattern; when the set was felt in other muscles
    (``felt_in``), an isolation exercise for the target too (a fly for a bench press felt
    in the front delt and triceps). Ranked away from where the set was felt: fewest felt
    muscles as primary movers; then, when a helper was felt, isolation lifts first; then
    fewest felt muscles as helpers; then the same pattern, linked easier variations, then the
    substitute order."""
    if context.exercise is None or context.library is None:
        return []
    original = context.exercise
    cap = context.level if context.level is not None else LEVELS[original.level]
    equipment = None if context.equipment is None else sorted(context.equipment)
    pool = context.usable(original.easier)
    for candidate in substitute(context.library, original, equipment=equipment, limit=40):
        if candidate.id not in {e.id for e in pool}:
            pool.append(candidate)
    felt_set = set(felt) - set(original.primary)
    isolation = bool(felt_set) and original.mechanic == "compound"
    kept = [e for e in pool
            if (e.pattern == original.pattern or (
                isolation and e.mechanic == "isolation"
                and _shared(context.library, original.primary, e.primary) == len(e.primary)))
            and LEVELS[e.level] <= cap
            and _shared(context.library, original.primary, e.primary) > 0]
    order = {e.id: i for i, e in enumerate(kept)}
    kept.sort(key=lambda e: (
        _felt_load(context.library, felt_set, e)[0],
        # A helper took over a compound lift: the target alone, in an isolation lift, first.
        isolation and e.mechanic != "isolation",
        _felt_load(context.library, felt_set, e)[1],
        e.pattern != original.pattern,
        order[e.id],
    ))
    return kept[:5]


#: Convention (double progression on a coarse rack): before a jump of more than 10%, the
#: reps may climb this many past the top of the range.
REPS_PAST_TOP = 5


def _reps_at(percent: float) -> int:
    """Reps to failure at ``percent`` of 1RM by R15's table (at least 1)."""
    reps = 1
    while reps < 60 and reps_to_failure_percent(reps + 1) >= percent:
        reps += 1
    return reps


def _reps_before_jump(
    prescription: Prescription,
    logs: Sequence[SetLog],
    weight: float,
    next_weight: float,
    target_rir: int | None,
) -> int | None:
    """The reps every set needs at ``weight`` before a jump to ``next_weight`` of more than
    10% leaves the lifter inside the range, or one rep under it (R15's table, from the
    worst set's reps + RIR), or None when the logged sets already reach it. At most :data:`REPS_PAST_TOP` past the
    top: the jump is taken there whatever the table says."""
    rir = target_rir or 0
    top = prescription.reps.high
    worst = min(log.reps + (log.rir if log.rir is not None else rir) for log in logs)
    one_rm = weight * 100.0 / reps_to_failure_percent(worst)
    predicted = _reps_at(next_weight * 100.0 / one_rm) - rir
    # Convention: landing one rep under the range after a jump is fine (the reps climb back).
    enough = prescription.reps.low - 1
    if predicted >= enough or min(log.reps for log in logs) >= top + REPS_PAST_TOP:
        return None
    for extra in range(1, REPS_PAST_TOP + 1):
        capacity = top + extra + rir
        one_rm = weight * 100.0 / reps_to_failure_percent(capacity)
        if _reps_at(next_weight * 100.0 / one_rm) - rir >= enough:
            return top + extra
    return top + REPS_PAST_TOP


def held_for_jump(
    prescription: Prescription,
    steps: Increments,
    weight: float,
    next_weight: float,
    reps: int,
    notes: list[RuleNote],
    common: dict[str, Any],
) -> Progression:
    """Keep the load and climb past the top of the range before a coarse jump."""
    rise = 100 * (next_weight / weight - 1)
    low, high = prescription.reps.low, prescription.reps.high
    notes.append(
        RuleNote(
            rule="R16",
            decision=f"keep the load at {weight:g}: reach {reps} reps before {next_weight:g}",
            reason=f"the next step is +{rise:.0f}%, more than R16's {100 * LOAD_STEP_MAX:g}%: "
            f"at {next_weight:g} the reps would fall under {low} (R15's table), so the reps "
            f"climb past {high} first (at most {REPS_PAST_TOP} past the top, a convention); "
            "more reps at the same load also progress (R17)",
        )
    )
    explanation = (
        f"Every set reached {high} reps, but the next {steps.unit} step is {next_weight:g} "
        f"(+{rise:.0f}%), too big a jump to stay in {low}-{high}. Keep {weight:g} and add "
        f"reps until every set reaches {reps}; then move to {next_weight:g}."
    )
    return Progression(decision="add-reps", prescription=prescription, weight=weight,
                       explanation=explanation, rationale=notes, **common)
