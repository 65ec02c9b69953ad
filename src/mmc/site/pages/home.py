"""The home page, the search page and the page for a broken link."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from mmc.model.common import GROUPS
from mmc.site.cache import Summary
from mmc.site.pages.base import GROUP_NAMES, Page
from mmc.site.pages.outline import Outline

__all__ = ["HomePage", "NotFoundPage", "SearchPage", "home_page", "last_pages"]


@dataclass(frozen=True, slots=True, eq=False)
class HomePage(Page):
    kind: ClassVar[str] = "home"

    counts: dict[str, int]
    guides: list[dict[str, Any]]
    groups: list[dict[str, Any]]
    featured: list[Summary]
    sessions: list[dict[str, Any]]


@dataclass(frozen=True, slots=True, eq=False)
class SearchPage(Page):
    kind: ClassVar[str] = "search"

    exercises: list[Summary]
    muscles: list[Summary]
    aliases: dict[str, list[str]]


@dataclass(frozen=True, slots=True, eq=False)
class NotFoundPage(Page):
    kind: ClassVar[str] = "404"


def home_page(o: Outline) -> HomePage:
    lib, memo = o.lib, o.memo
    return HomePage(
        "index.html",
        "index.html",
        o.config.title,
        "home",
        counts={
            "exercises": len(lib.exercises),
            "muscles": len(lib.muscles),
            "drills": len(lib.drills),
            "sessions": len(o.sessions),
        },
        guides=[{"id": p.id, "title": p.title, "summary": p.summary} for p in o.guides],
        groups=[
            {
                "id": g,
                "name": GROUP_NAMES[g],
                "muscles": [memo.muscle(m) for m in o.top_muscles if m.group == g],
            }
            for g in GROUPS
            if any(m.group == g for m in o.top_muscles)
        ],
        featured=o.summaries[:: max(1, len(o.summaries) // 8)][:8],
        sessions=[
            {"id": spec.id, "title": s.title, "minutes": s.minutes} for spec, s in o.sessions
        ],
    )


def last_pages(o: Outline) -> Iterator[Page]:
    """The search page and the 404 page."""
    yield SearchPage(
        "search/index.html",
        "search.html",
        "Search",
        "search",
        exercises=o.summaries,
        muscles=[o.memo.muscle(m) for m in o.muscles],
        aliases={m.id: list(m.aliases) for m in o.muscles},
    )
    yield NotFoundPage("404.html", "404.html", "Page not found", "")


