"""What one :func:`~mmc.plan.progression.progress` call knows about the exercise, and how
many of one exercise's muscles another trains.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from mmc.errors import MmcError
from mmc.model.common import as_model
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.training import Progression
from mmc.plan.increments import Increments, LoadKind
from mmc.plan.rules import CONNECTION_HIGH, NEVER_PLANNED_PATTERNS


class Context:
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
            if candidate is None or candidate.pattern in NEVER_PLANNED_PATTERNS:
                continue
            if self.equipment is not None and not self.equipment.issuperset(candidate.equipment):
                continue
            found.append(candidate)
        return found


def shared(library: Library | None, mine: Iterable[str], theirs: Iterable[str]) -> int:
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


def felt(mean: float) -> str:
    """How the muscle was felt, in words, for an average rating of 3 or more: 4-5 is
    "clearly felt", 3 "felt" (the rating's own scale, a convention)."""
    return "clearly felt" if mean >= CONNECTION_HIGH else "felt"


def parse_increments(value: Increments | Mapping[str, Any] | None) -> Increments:
    """The ``increments`` argument of :func:`~mmc.plan.progression.progress`, checked."""
    return Increments() if value is None else as_model(value, Increments, "increments")


def parse_history(history: Iterable[Progression | Mapping[str, Any]]) -> list[Progression]:
    """The ``history`` argument of :func:`~mmc.plan.progression.progress`, checked."""
    if isinstance(history, str | bytes) or not isinstance(history, Iterable):
        raise MmcError(
            f"history must be a list of earlier progressions, not {type(history).__name__}",
            field="history",
            fix="pass the Progression results of earlier sessions of this exercise, oldest first",
        )
    return [as_model(item, Progression, f"history[{i}]") for i, item in enumerate(history)]
