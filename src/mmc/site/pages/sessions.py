"""Sample session pages (the sessions come from :mod:`mmc.site.samples`): the list, a page
per session, its printable sheets and its card sheets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from mmc.model.session import Session
from mmc.site.cache import Summary
from mmc.site.pages.base import Page, muscle_name
from mmc.site.pages.outline import Outline
from mmc.site.pages.printing import SHEET_PAPERS, card_sheets

__all__ = [
    "EVIDENCE_PATH",
    "SHEET_TEMPLATE",
    "SessionIndexPage",
    "SessionPage",
    "SessionSheetPage",
    "SheetDocument",
    "session_pages",
]

#: Session sheets are whole printable documents from :func:`mmc.render.render_sheet`;
#: a page whose template is ``@sheet:<paper>`` is rendered by it, not by a site template.
SHEET_TEMPLATE = "@sheet:"
#: Site path of the bundled page that explains the rule ids of a plan (content page "evidence").
EVIDENCE_PATH = "guide/evidence/"


@dataclass(frozen=True, slots=True, eq=False)
class SessionIndexPage(Page):
    kind: ClassVar[str] = "sessions"

    sessions: list[dict[str, Any]]


@dataclass(frozen=True, slots=True, eq=False)
class SessionSheetPage(Page):
    """A session's printable sheet, shown in the site."""

    kind: ClassVar[str] = "session-sheet"

    spec_id: str
    session: Session
    names: dict[str, str]


@dataclass(frozen=True, slots=True, eq=False)
class SheetDocument(SessionSheetPage):
    """A session's sheet as a whole document on one paper (``@sheet:<paper>``)."""

    kind: ClassVar[str] = "sheet"

    @property
    def paper(self) -> str:
        return self.template.removeprefix(SHEET_TEMPLATE)


@dataclass(frozen=True, slots=True, eq=False)
class SessionPage(SessionSheetPage):
    kind: ClassVar[str] = "session"

    exercises: list[Summary]
    evidence_page: str | None

    @property
    def item(self) -> str:
        return self.spec_id


def session_pages(o: Outline) -> Iterator[Page]:
    """The sample sessions, then each one's page, printable sheets and card sheets."""
    lib = o.lib
    yield SessionIndexPage(
        "sessions/index.html", "sessions.html", "Sample sessions", "sessions",
        sessions=[{"id": spec.id, "session": s} for spec, s in o.sessions],
    )
    for spec, session in o.sessions:
        exercises = {
            i.exercise: lib.exercises[i.exercise]
            for i in session.items
            if i.exercise in lib.exercises
        }
        names = {m: muscle_name(lib, m) for m in session.targets}
        yield SessionPage(
            f"sessions/{spec.id}/index.html", "session.html", session.title, "sessions",
            spec_id=spec.id, session=session, names=names,
            exercises=o.memo.summaries(exercises.values()),
            evidence_page=EVIDENCE_PATH if "evidence" in lib.pages else None,
        )
        yield SessionSheetPage(
            f"print/sessions/{spec.id}/index.html", "print_sheet.html",
            f"Session sheet: {session.title}", "print",
            spec_id=spec.id, session=session, names=names,
        )
        for paper in SHEET_PAPERS:
            yield SheetDocument(
                f"print/sessions/{spec.id}/{paper}.html", f"{SHEET_TEMPLATE}{paper}",
                session.title, "print",
                spec_id=spec.id, session=session, names=names,
            )
        yield from card_sheets(
            f"print/sessions/{spec.id}/cards/", f"Cards: {session.title}", lib,
            heading=session.title,
            exercises=list(exercises.values()),
            prescriptions={i.exercise: i.prescription for i in session.items},
            back=f"sessions/{spec.id}/",
        )
