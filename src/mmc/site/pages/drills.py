"""Drill pages: every drill, and a page per drill."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from mmc.model.drill import Drill
from mmc.site.cache import Summary
from mmc.site.pages.base import Page, drill_summary
from mmc.site.pages.outline import Outline

__all__ = ["DrillIndexPage", "DrillPage", "drill_pages"]


@dataclass(frozen=True, slots=True, eq=False)
class DrillIndexPage(Page):
    kind: ClassVar[str] = "drills"

    drills: list[dict[str, Any]]


@dataclass(frozen=True, slots=True, eq=False)
class DrillPage(Page):
    kind: ClassVar[str] = "drill"

    drill: Drill
    targets: list[Summary]

    @property
    def item(self) -> str:
        return self.drill.id


def drill_pages(o: Outline) -> Iterator[Page]:
    """Every drill (by kind, name and id), then a page per drill."""
    lib = o.lib
    ordered = sorted(lib.drills.values(), key=lambda d: (d.kind, d.name, d.id))
    yield DrillIndexPage(
        "drills/index.html", "drills.html", "Drills", "drills",
        drills=[drill_summary(d, lib) for d in ordered],
    )
    for drill in lib.drills.values():
        yield DrillPage(
            f"drills/{drill.id}/index.html", "drill.html", drill.name, "drills",
            drill=drill,
            targets=[o.memo.muscle(lib.muscles[m]) for m in drill.targets if m in lib.muscles],
        )
