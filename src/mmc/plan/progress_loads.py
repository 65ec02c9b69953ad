"""Progression's load corrections: a load far off the prescription reset from the
estimated 1RM (R15), and double progression on a coarse rack (R16, R17).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mmc.model.prescription import Prescription
from mmc.model.session import RuleNote
from mmc.model.training import Decision, Progression, SetLog
from mmc.plan.increments import Increments
from mmc.plan.loads import estimate_1rm, reps_to_failure_percent
from mmc.plan.progress_context import Context
from mmc.plan.rules import (
    LOAD_STEP,
    LOAD_STEP_MAX,
    MAX_REPS_FOR_1RM,
)

#: Convention: a load is "far off" when the logged reps to failure (reps + RIR) miss what
#: the prescription needs by more than this many reps (below the bottom, or above the top).
LOAD_OFF_BY = 2


def estimate_from_logs(logs: Sequence[SetLog]) -> float | None:
    """The best 1RM estimate (R15) of the logged sets, or None."""
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


def correct_load(
    prescription: Prescription,
    logs: list[SetLog],
    steps: Increments,
    context: Context,
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


#: Convention (double progression on a coarse rack): before a jump of more than 10%, the
#: reps may climb this many past the top of the range.
REPS_PAST_TOP = 5


def _reps_at(percent: float) -> int:
    """Reps to failure at ``percent`` of 1RM by R15's table (at least 1)."""
    reps = 1
    while reps < 60 and reps_to_failure_percent(reps + 1) >= percent:
        reps += 1
    return reps


def reps_after_jump(
    logs: Sequence[SetLog], weight: float, next_weight: float, target_rir: int | None
) -> int:
    """The reps to expect at ``next_weight`` with the target RIR, by R15's table from the
    worst set's reps + RIR at ``weight``."""
    rir = target_rir or 0
    worst = min(log.reps + (log.rir if log.rir is not None else rir) for log in logs)
    one_rm = weight * 100.0 / reps_to_failure_percent(worst)
    return max(1, _reps_at(next_weight * 100.0 / one_rm) - rir)


def reps_before_jump(
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
