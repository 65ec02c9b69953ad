"""Muscle pages: the muscles by group, and a page per muscle."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from mmc.model.common import GROUPS
from mmc.model.drill import Drill
from mmc.model.library import Library
from mmc.model.muscle import Muscle
from mmc.site.cache import Summary
from mmc.site.pages.base import GROUP_NAMES, Page, drill_summary, muscle_summary
from mmc.site.pages.outline import Outline

__all__ = ["MuscleIndexPage", "MusclePage", "muscle_pages"]


@dataclass(frozen=True, slots=True, eq=False)
class MuscleIndexPage(Page):
    kind: ClassVar[str] = "muscles"

    groups: list[dict[str, Any]]


@dataclass(frozen=True, slots=True, eq=False)
class MusclePage(Page):
    kind: ClassVar[str] = "muscle"

    muscle: Muscle
    parent: Summary | None
    heads: list[Summary]
    compensations: list[Summary]
    primary: list[Summary]
    secondary: list[Summary]
    """Exercises with the muscle as a helper, apart from those it or its heads lead."""
    drills: list[dict[str, Any]]
    family: list[str]

    @property
    def item(self) -> str:
        return self.muscle.id


def muscle_pages(o: Outline) -> Iterator[Page]:
    """The muscles by group, then a page per muscle."""
    lib, memo = o.lib, o.memo
    yield MuscleIndexPage(
        "muscles/index.html", "muscles.html", "Muscles", "muscles",
        groups=[
            {
                "id": g,
                "name": GROUP_NAMES[g],
                "muscles": [
                    {
                        **muscle_summary(m),
                        "count": len(lib.exercises_for(m.id)),
                        "heads": [memo.muscle(lib.muscles[h]) for h in lib.heads(m.id)],
                    }
                    for m in o.top_muscles
                    if m.group == g
                ],
            }
            for g in GROUPS
            if any(m.group == g for m in o.top_muscles)
        ],
    )
    for muscle in o.muscles:
        family = lib.family(muscle.id)
        parent = lib.muscles.get(muscle.parent) if muscle.parent else None
        yield MusclePage(
            f"muscles/{muscle.id}/index.html", "muscle.html", muscle.name, "muscles",
            muscle=muscle,
            parent=memo.muscle(parent) if parent else None,
            heads=[memo.muscle(lib.muscles[h]) for h in lib.heads(muscle.id)],
            compensations=[
                memo.muscle(lib.muscles[m]) for m in muscle.compensations if m in lib.muscles
            ],
            primary=memo.summaries(lib.exercises_for(muscle.id, "primary")),
            secondary=[
                s
                for s in memo.summaries(lib.exercises_for(muscle.id, "secondary"))
                if not set(s["primary_ids"]) & set(family)
            ],
            drills=[drill_summary(d, lib) for d in _drills_for(family, lib)],
            family=list(family),
        )


def _drills_for(muscle_ids: Sequence[str], lib: Library) -> list[Drill]:
    wanted = set(muscle_ids)
    return [d for d in lib.drills.values() if wanted & set(d.targets)]
