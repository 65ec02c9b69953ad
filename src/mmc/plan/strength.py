"""A strength week's main lifts: the squat, bench press, deadlift and overhead press.

Each day of a strength week opens with the main lifts its kind of day takes in turn
(:data:`~mmc.plan.structure.MAIN_PATTERNS_BY_DAY`): on full-body days a squat and a bench press,
then a deadlift and an overhead press; upper days alternate the bench and the press, lower
days the squat and the deadlift. The lift for a pattern is the first of
:data:`~mmc.plan.structure.MAIN_LIFTS` the equipment and level allow (conventions).
"""

from __future__ import annotations

from collections.abc import Sequence

from mmc.model.library import Library
from mmc.plan.inputs import LEVELS
from mmc.plan.structure import MAIN_LIFTS, MAIN_PATTERNS_BY_DAY

__all__ = ["main_lifts"]


def _lift(library: Library, pattern: str, have: frozenset[str], level: str) -> str | None:
    for exercise_id in MAIN_LIFTS.get(pattern, ()):
        exercise = library.exercises.get(exercise_id)
        if (exercise is not None and have.issuperset(exercise.equipment)
                and LEVELS[exercise.level] <= LEVELS[level]):
            return exercise_id
    return None


def main_lifts(
    library: Library, kinds: Sequence[str], have: frozenset[str], level: str
) -> list[tuple[str, ...]]:
    """The main lifts of each day (exercise ids), for days of ``kinds`` in order."""
    turn: dict[str, int] = {}
    days = []
    for kind in kinds:
        cycle = MAIN_PATTERNS_BY_DAY.get(kind, ((),))
        patterns = cycle[turn.get(kind, 0) % len(cycle)]
        turn[kind] = turn.get(kind, 0) + 1
        lifts = [_lift(library, p, have, level) for p in patterns]
        days.append(tuple(lift for lift in lifts if lift is not None))
    return days
