"""Guide pages: a page per content page (``content/pages/*.md``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from mmc.model.page import Page as GuideText
from mmc.site.pages.base import Page
from mmc.site.pages.outline import Outline

__all__ = ["GuidePage", "guide_pages"]


@dataclass(frozen=True, slots=True, eq=False)
class GuidePage(Page):
    kind: ClassVar[str] = "guide"

    page: GuideText

    @property
    def item(self) -> str:
        return self.page.id


def guide_pages(o: Outline) -> Iterator[Page]:
    for page in o.guides:
        yield GuidePage(f"guide/{page.id}/index.html", "guide.html", page.title, "guide",
                        page=page)
