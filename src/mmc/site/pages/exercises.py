"""Exercise pages: the list of every exercise, lists by equipment and by movement pattern,
and a page per exercise."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from mmc.model.exercise import Exercise
from mmc.site.cache import Summary
from mmc.site.pages.base import EQUIPMENT_NAMES, PATTERN_NAMES, Page, PlanMemo, muscle_name
from mmc.site.pages.outline import Outline

__all__ = [
    "EquipmentPage",
    "ExerciseListPage",
    "ExercisePage",
    "PatternPage",
    "exercise_pages",
]


@dataclass(frozen=True, slots=True, eq=False)
class ExerciseListPage(Page):
    """Every exercise, with filters."""

    kind: ClassVar[str] = "exercises"

    exercises: list[Summary]
    filters: dict[str, list[Any]]
    heading: str
    lead: str
    active: dict[str, str | None]


@dataclass(frozen=True, slots=True, eq=False)
class EquipmentPage(ExerciseListPage):
    """The exercises that use one piece of equipment."""

    kind: ClassVar[str] = "equipment"


@dataclass(frozen=True, slots=True, eq=False)
class PatternPage(ExerciseListPage):
    """The exercises of one movement pattern."""

    kind: ClassVar[str] = "pattern"


@dataclass(frozen=True, slots=True, eq=False)
class ExercisePage(Page):
    kind: ClassVar[str] = "exercise"

    exercise: Exercise
    muscles: dict[str, Summary]
    related: list[dict[str, Any]]
    group: str | None
    group_sheet: str | None
    card_size: str

    @property
    def item(self) -> str:
        return self.exercise.id


def exercise_pages(o: Outline) -> Iterator[Page]:
    """The list of every exercise, a page per exercise, then the equipment and pattern lists."""
    lib = o.lib
    yield ExerciseListPage(
        "exercises/index.html", "exercises.html", "Exercises", "exercises",
        exercises=o.summaries,
        filters=o.filters,
        heading="All exercises",
        lead="Filter by muscle, equipment or movement pattern.",
        active={"equipment": None, "pattern": None},
    )
    for exercise in lib.exercises.values():
        yield ExercisePage(
            f"exercises/{exercise.id}/index.html", "exercise.html", exercise.name, "exercises",
            exercise=exercise,
            muscles=_muscles_of(exercise, o.memo),
            related=_related(exercise, o.memo),
            group=o.group_of.get(exercise.id),
            group_sheet=o.sheet_of.get(exercise.id),
            card_size=o.config.card_size,
        )
    for equipment in o.equipment:
        yield EquipmentPage(
            f"equipment/{equipment}/index.html", "exercises.html",
            f"{EQUIPMENT_NAMES[equipment]} exercises", "exercises",
            exercises=o.memo.summaries(lib.exercises_using(equipment)),
            filters=o.filters,
            heading=f"Exercises with: {EQUIPMENT_NAMES[equipment].lower()}",
            lead="",
            active={"equipment": equipment, "pattern": None},
        )
    for pattern in o.patterns:
        found = [e for e in lib.exercises.values() if e.pattern == pattern]
        yield PatternPage(
            f"patterns/{pattern}/index.html", "exercises.html",
            f"{PATTERN_NAMES[pattern]} exercises", "exercises",
            exercises=o.memo.summaries(found),
            filters=o.filters,
            heading=f"Movement pattern: {PATTERN_NAMES[pattern].lower()}",
            lead="",
            active={"equipment": None, "pattern": pattern},
        )


def _muscles_of(exercise: Exercise, memo: PlanMemo) -> dict[str, Summary]:
    ids = {*exercise.primary, *exercise.secondary}
    ids.update(c.muscle for c in exercise.cues if c.muscle)
    lib = memo.lib
    return {m: memo.muscle(lib.muscles[m]) for m in sorted(ids) if m in lib.muscles}


def _related(exercise: Exercise, memo: PlanMemo) -> list[dict[str, Any]]:
    """Easier, harder and variations as the exercise names them, then up to six others
    with the same first target (same movement pattern first)."""
    lib = memo.lib
    groups: list[dict[str, Any]] = []
    linked: set[str] = {exercise.id}
    for label, ids in (
        ("Easier", exercise.easier),
        ("Harder", exercise.harder),
        ("Variations", exercise.variations),
    ):
        found = [lib.exercises[i] for i in ids if i in lib.exercises]
        if found:
            groups.append({"label": label, "exercises": memo.summaries(found)})
            linked.update(e.id for e in found)
    target = exercise.primary[0]
    ordered, by_pattern = memo.ranked(target)
    # The six first by (other pattern, name, id), without sorting every exercise of the
    # muscle for every exercise (quadratic on big libraries).
    same = [e for e in by_pattern.get(exercise.pattern, ()) if e.id not in linked][:6]
    if len(same) < 6:
        for e in ordered:
            if e.pattern != exercise.pattern and e.id not in linked:
                same.append(e)
                if len(same) == 6:
                    break
    if same:
        name = muscle_name(lib, target)
        groups.append(
            {"label": f"Also trains the {name.lower()}", "exercises": memo.summaries(same)}
        )
    return groups


