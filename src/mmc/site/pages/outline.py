"""The facts of a library that pages of several kinds show, gathered once per plan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mmc.model.common import EQUIPMENT, GROUPS, PATTERNS
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.muscle import Muscle
from mmc.model.page import Page as GuideText
from mmc.model.session import Session
from mmc.render.cardsheet import card_groups
from mmc.site.cache import Summary
from mmc.site.config import SampleSession, SiteConfig
from mmc.site.pages.base import EQUIPMENT_NAMES, PATTERN_NAMES, PlanMemo

__all__ = ["CARDS_PER_SHEET", "Outline", "group_sheet", "outline"]

#: Cards on one printable group sheet page (6 pages of 8 A7 cards, or 12 of 4 A6).
CARDS_PER_SHEET = 48


def group_sheet(group: str, index: int) -> str:
    """Site path of the ``index``-th (0-based) card sheet page of a muscle group."""
    return f"print/groups/{group}/" if index == 0 else f"print/groups/{group}/{index + 1}/"


@dataclass(frozen=True, slots=True, eq=False)
class Outline:
    """What the pages of one site are planned from."""

    lib: Library
    config: SiteConfig
    sessions: Sequence[tuple[SampleSession, Session]]
    memo: PlanMemo
    muscles: list[Muscle]
    """Every muscle, by group, name and id."""
    top_muscles: list[Muscle]
    """The muscles that are not a head of another."""
    equipment: list[str]
    """The equipment some exercise uses, in the model's order."""
    patterns: list[str]
    guides: list[GuideText]
    """The content pages, by order, title and id."""
    by_group: dict[str, list[Exercise]]
    """The cards of each group sheet: the same as ``mmc cards --group``."""
    group_of: dict[str, str]
    sheet_of: dict[str, str]
    """An exercise's own group, and its card sheet page there."""
    summaries: list[Summary]
    """Every exercise, summarised, by name and id."""
    filters: dict[str, list[Any]]
    """What the exercise lists filter by."""


def outline(lib: Library, config: SiteConfig,
            sessions: Sequence[tuple[SampleSession, Session]]) -> Outline:
    memo = PlanMemo(lib)
    muscles = sorted(lib.muscles.values(), key=lambda m: (GROUPS.index(m.group), m.name, m.id))
    top_muscles = [m for m in muscles if m.parent is None]
    used_equipment = [e for e in EQUIPMENT if lib.exercises_using(e)]
    used_patterns = [p for p in PATTERNS if any(e.pattern == p for e in lib.exercises.values())]
    by_group = card_groups(lib)
    # An exercise's own sheet is that of the group of its first primary muscle (it may be
    # on other groups' sheets too).
    group_of: dict[str, str] = {}
    sheet_of: dict[str, str] = {}
    for g, items in by_group.items():
        for index, e in enumerate(items):
            first = lib.muscles.get(e.primary[0])
            if e.id not in group_of or (first is not None and first.group == g):
                group_of[e.id] = g
                sheet_of[e.id] = group_sheet(g, index // CARDS_PER_SHEET)
    summaries = memo.summaries(lib.exercises.values())
    return Outline(
        lib=lib,
        config=config,
        sessions=sessions,
        memo=memo,
        muscles=muscles,
        top_muscles=top_muscles,
        equipment=used_equipment,
        patterns=used_patterns,
        guides=sorted(lib.pages.values(), key=lambda p: (p.order, p.title, p.id)),
        by_group=by_group,
        group_of=group_of,
        sheet_of=sheet_of,
        summaries=summaries,
        filters={
            "muscles": [memo.muscle(m) for m in top_muscles if lib.exercises_for(m.id)],
            "equipment": [{"id": e, "name": EQUIPMENT_NAMES[e]} for e in used_equipment],
            "patterns": [{"id": p, "name": PATTERN_NAMES[p]} for p in used_patterns],
        },
    )
