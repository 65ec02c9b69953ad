"""Which kind of day trains a muscle, and which way an exercise counts in push/pull balance."""

from __future__ import annotations

from mmc.model.library import Library
from mmc.plan.structure import PULL_PATTERNS, PUSH_PATTERNS, REGION_OF_GROUP, REGION_OF_MUSCLE

__all__ = ["direction", "region_of"]


def region_of(library: Library, muscle_id: str) -> str:
    """``push``, ``pull`` or ``legs``: which kind of day trains a muscle (see
    :data:`~mmc.plan.structure.REGION_OF_MUSCLE`)."""
    seen: set[str] = set()
    current: str | None = muscle_id
    while current is not None and current not in seen:
        if current in REGION_OF_MUSCLE:
            return REGION_OF_MUSCLE[current]
        seen.add(current)
        muscle = library.muscles.get(current)
        current = muscle.parent if muscle else None
    muscle = library.muscles.get(muscle_id)
    return REGION_OF_GROUP.get(muscle.group, "legs") if muscle else "legs"


def direction(library: Library, exercise_id: str) -> str | None:
    """``push``, ``pull`` or None: the upper-body direction an exercise counts for in the
    push/pull balance (a convention). Presses push and rows and pull-downs pull; a fly
    pushes unless it trains a pulling muscle (a reverse fly for the rear delt pulls); a
    pullover pulls; curls, extensions and everything else count for neither.
    """
    exercise = library.exercises.get(exercise_id)
    if exercise is None:
        return None
    if exercise.pattern in PUSH_PATTERNS:
        return "push"
    if exercise.pattern in PULL_PATTERNS or exercise.pattern == "pullover":
        return "pull"
    if exercise.pattern == "fly":
        pulls = any(region_of(library, m) == "pull" for m in exercise.primary)
        return "pull" if pulls else "push"
    return None
