"""A planning run's picks: an exercise with its sets, its time cost, and the session's ramp
sets (see :mod:`mmc.plan.planner`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mmc.model.exercise import Exercise
from mmc.model.session import Goal
from mmc.plan.goal_rules import GoalRules
from mmc.plan.prescribe import is_accessory, main_lift_rank
from mmc.plan.rules import (
    HYPERTROPHY_WARMUP_SETS,
    RAMP_SETS_LATER,
    WARMUP_SETS,
    changeover_seconds,
)


@dataclass(slots=True)
class Pick:
    exercise: Exercise
    sets: int
    reason_target: str
    fresh_pattern: bool
    main: bool = False


@dataclass(frozen=True, slots=True)
class Cost:
    set_seconds: float
    rest: int
    heavy: bool = False

    def seconds(self, sets: int) -> float:
        return (sets * self.set_seconds + (sets - 1) * self.rest
                + changeover_seconds(self.rest, self.heavy))


def warmup_sets(
    exercises: Sequence[Exercise], order: Sequence[int], goal: Goal, rules: GoalRules
) -> dict[int, int]:
    """Ramp sets by pick index (conventions), ``exercises`` being the picks' exercises in
    session ``order``: in a strength session, the first heavy lift of each pattern (a loaded
    squat, hinge or press, or a heavy barbell row): WARMUP_SETS for the session's first,
    RAMP_SETS_LATER after; in a mind-muscle session, one set before the first barbell lift."""
    found: dict[int, int] = {}
    if goal == "strength":
        patterns: set[str] = set()
        for i, exercise in zip(order, exercises, strict=True):
            heavy = not is_accessory(exercise, rules) and (
                main_lift_rank(exercise) > 0 or "barbell" in exercise.equipment)
            if heavy and exercise.pattern not in patterns:
                found[i] = RAMP_SETS_LATER if patterns else WARMUP_SETS
                patterns.add(exercise.pattern)
    elif goal == "mmc-hypertrophy":
        first = next(
            (i for i, exercise in zip(order, exercises, strict=True)
             if main_lift_rank(exercise) == 2),
            None,
        )
        if first is not None:
            found[first] = HYPERTROPHY_WARMUP_SETS
    return found
