"""Which pages a site has and the data each one shows: pure functions of the library.

One module per kind of page, each yielding typed pages (:class:`~mmc.site.pages.base.Page`
subclasses, named by their ``kind``) whose fields are what their template reads:

- :mod:`~mmc.site.pages.home`: the home page, search, 404
- :mod:`~mmc.site.pages.exercises`: exercise lists (all, by equipment, by pattern), exercises
- :mod:`~mmc.site.pages.muscles`, :mod:`~mmc.site.pages.drills`, :mod:`~mmc.site.pages.guides`
- :mod:`~mmc.site.pages.sessions`: the sample sessions (:mod:`mmc.site.samples`), their
  sheets and card sheets
- :mod:`~mmc.site.pages.printing`: the print index and the group card sheets

A new kind of page is a module with a ``Page`` subclass, a template, and a line in
:func:`plan_pages`.
"""

from __future__ import annotations

from collections.abc import Sequence

from mmc.model.library import Library
from mmc.model.session import Session
from mmc.site.config import SampleSession, SiteConfig
from mmc.site.pages.base import Page, exercise_summary
from mmc.site.pages.drills import drill_pages
from mmc.site.pages.exercises import exercise_pages
from mmc.site.pages.guides import guide_pages
from mmc.site.pages.home import home_page, last_pages
from mmc.site.pages.muscles import muscle_pages
from mmc.site.pages.outline import CARDS_PER_SHEET, outline
from mmc.site.pages.printing import print_pages
from mmc.site.pages.sessions import EVIDENCE_PATH, SHEET_TEMPLATE, SheetDocument, session_pages

__all__ = [
    "CARDS_PER_SHEET",
    "EVIDENCE_PATH",
    "SHEET_TEMPLATE",
    "Page",
    "SheetDocument",
    "exercise_summary",
    "plan_pages",
]


def plan_pages(
    lib: Library, config: SiteConfig, sessions: Sequence[tuple[SampleSession, Session]] = ()
) -> list[Page]:
    """Every page of the site, in a stable order."""
    o = outline(lib, config, sessions)
    return [
        home_page(o),
        *exercise_pages(o),
        *muscle_pages(o),
        *drill_pages(o),
        *session_pages(o),
        *guide_pages(o),
        *print_pages(o),
        *last_pages(o),
    ]
