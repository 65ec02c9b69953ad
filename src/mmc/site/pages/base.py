"""What every page kind shares: the page type, the names lists show, and the summaries.

A page is an output path, a template, a title, a section and the typed data its template
reads. That data (:attr:`Page.context`) is everything the template reads, so its hash
decides whether the page must be rendered again (see :mod:`mmc.site.cache`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any, ClassVar

from mmc.model.common import EQUIPMENT, GROUPS, PATTERNS
from mmc.model.drill import Drill
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.muscle import Muscle
from mmc.site.cache import Summary

__all__ = [
    "EQUIPMENT_NAMES",
    "GROUP_NAMES",
    "PATTERN_NAMES",
    "Page",
    "PlanMemo",
    "drill_summary",
    "exercise_summary",
    "muscle_name",
    "muscle_summary",
]

EQUIPMENT_NAMES = {e: e.replace("-", " ").capitalize() for e in EQUIPMENT} | {
    "ez-bar": "EZ bar",
    "pull-up-bar": "Pull-up bar",
}
PATTERN_NAMES = {p: p.replace("-", " ").capitalize() for p in PATTERNS}
GROUP_NAMES = {g: g.capitalize() for g in GROUPS}

_PAGE_FIELDS = ("path", "template", "title", "section")


@dataclass(frozen=True, slots=True, eq=False)
class Page:
    """One page to write: where, with which template, under which title and section.

    Each kind of page is a subclass (:mod:`mmc.site.pages`) whose own fields are the data
    its template reads; ``kind`` names it (the MkDocs adapter maps pages by kind). Pages are
    never compared (``eq=False``: a build imports them, and each generated method costs it).
    """

    kind: ClassVar[str] = "page"

    path: str
    template: str
    title: str
    section: str

    @property
    def context(self) -> Mapping[str, Any]:
        """What the template reads: the fields of the page's kind, by name."""
        kind: type = type(self)
        return {name: getattr(self, name) for name in _context_fields(kind)}

    @property
    def item(self) -> str | None:
        """The id of the item a page of one item shows (None for other pages)."""
        return None


@functools.cache
def _context_fields(kind: type) -> tuple[str, ...]:
    """The names of the fields of a kind of page that its template reads, in order (a pure
    function of the class: each page is keyed and rendered from them)."""
    return tuple(f.name for f in fields(kind) if f.name not in _PAGE_FIELDS)


def muscle_name(lib: Library, muscle_id: str) -> str:
    muscle = lib.muscles.get(muscle_id)
    return muscle.name if muscle else muscle_id


def _ancestors(ids: Iterable[str], lib: Library) -> list[str]:
    """The ids and every muscle they are heads of (``deltoid-anterior`` -> ``deltoid``)."""
    found: dict[str, None] = {}
    for muscle_id in ids:
        current: str | None = muscle_id
        while current is not None and current not in found:
            found[current] = None
            muscle = lib.muscles.get(current)
            current = muscle.parent if muscle else None
    return list(found)


def exercise_summary(exercise: Exercise, lib: Library) -> dict[str, Any]:
    """The few facts an exercise list shows, as plain data."""
    return {
        "id": exercise.id,
        "name": exercise.name,
        "primary": [muscle_name(lib, m) for m in exercise.primary],
        "primary_ids": list(exercise.primary),
        "secondary_ids": list(exercise.secondary),
        "muscle_tags": _ancestors([*exercise.primary, *exercise.secondary], lib),
        "groups": sorted({lib.muscles[m].group for m in exercise.primary if m in lib.muscles}),
        "equipment": list(exercise.equipment),
        "pattern": exercise.pattern,
        "mechanic": exercise.mechanic,
        "level": exercise.level,
        "tempo": str(exercise.tempo),
        "measure": exercise.measure,
        "cue": next((c.text for c in exercise.cues if c.focus == "muscle"), ""),
        "imported": exercise.imported,
    }


def muscle_summary(muscle: Muscle) -> dict[str, Any]:
    return {
        "id": muscle.id,
        "name": muscle.name,
        "latin": muscle.latin,
        "group": muscle.group,
        "side": muscle.side,
        "parent": muscle.parent,
        # Exercises without cues (imported ones) show how to find their targets instead.
        "flex": muscle.flex,
        "touch": muscle.touch,
    }


def drill_summary(drill: Drill, lib: Library) -> dict[str, Any]:
    return {
        "id": drill.id,
        "name": drill.name,
        "kind": drill.kind,
        "minutes": drill.minutes,
        "targets": [muscle_name(lib, m) for m in drill.targets],
    }


class PlanMemo:
    """What planning the pages of one library computes once: lists repeat the same exercises
    and muscles many times over, each summarised once (read-only, so page keys can hash it
    once: :class:`~mmc.site.cache.Summary`)."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self._summaries: dict[str, Summary] = {}
        self._muscles: dict[str, Summary] = {}
        self._ranked: dict[str, tuple[list[Exercise], dict[str, list[Exercise]]]] = {}

    def summary(self, exercise: Exercise) -> Summary:
        found = self._summaries.get(exercise.id)
        if found is None:
            found = self._summaries[exercise.id] = Summary(exercise_summary(exercise, self.lib))
        return found

    def muscle(self, muscle: Muscle) -> Summary:
        """:func:`muscle_summary`, once per muscle and read-only."""
        found = self._muscles.get(muscle.id)
        if found is None:
            found = self._muscles[muscle.id] = Summary(muscle_summary(muscle))
        return found

    def summaries(self, exercises: Iterable[Exercise]) -> list[Summary]:
        """Summaries of ``exercises``, by (name, id)."""
        return [self.summary(e) for e in sorted(exercises, key=lambda e: (e.name, e.id))]

    def ranked(self, target: str) -> tuple[list[Exercise], dict[str, list[Exercise]]]:
        """Exercises with ``target`` as primary, by (name, id), and the same split by pattern."""
        found = self._ranked.get(target)
        if found is None:
            ordered = sorted(self.lib.exercises_for(target, "primary"),
                             key=lambda e: (e.name, e.id))
            by_pattern: dict[str, list[Exercise]] = {}
            for e in ordered:
                by_pattern.setdefault(e.pattern, []).append(e)
            found = self._ranked[target] = (ordered, by_pattern)
        return found
