"""Printable pages: the print index and the card sheets (of each muscle group and of each
sample session), each on A4 and on US Letter."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.site.pages.base import GROUP_NAMES, Page, muscle_name
from mmc.site.pages.outline import CARDS_PER_SHEET, Outline, group_sheet

__all__ = ["SHEET_PAPERS", "CardSheetPage", "PrintIndexPage", "card_sheets", "print_pages"]

SHEET_PAPERS = ("a4", "letter")


@dataclass(frozen=True, slots=True, eq=False)
class PrintIndexPage(Page):
    kind: ClassVar[str] = "print"

    groups: list[dict[str, Any]]
    sessions: list[dict[str, Any]]


@dataclass(frozen=True, slots=True, eq=False)
class CardSheetPage(Page):
    """A card sheet: it prints exactly the pages of ``mmc cards --paper`` (fronts, mirrored
    backs, crop marks)."""

    kind: ClassVar[str] = "card-sheet"

    heading: str
    exercises: list[Exercise]
    names: dict[str, str]
    """Names of every muscle the cards print (part of the cache key)."""
    prescriptions: dict[str, Any]
    back: str
    """The page the sheet belongs to."""
    paper: str
    papers: dict[str, str]
    """The same sheet on each paper, by paper."""
    previous: str | None = None
    next: str | None = None
    """The group's sheet pages before and after this one."""


def card_sheets(path: str, title: str, lib: Library, *, heading: str,
                exercises: list[Exercise], prescriptions: dict[str, Any], back: str,
                previous: str | None = None, next: str | None = None) -> list[CardSheetPage]:
    """A card sheet page on A4 at ``path`` and the same on US Letter at ``path/letter/``."""
    papers = {p: path if p == "a4" else f"{path}{p}/" for p in SHEET_PAPERS}
    ids = {m for e in exercises for m in (*e.primary, *e.secondary)}
    names = {m: muscle_name(lib, m) for m in sorted(ids)}
    return [
        CardSheetPage(
            f"{papers[paper]}index.html", "print_cards.html",
            title if paper == "a4" else f"{title} (US Letter)", "print",
            heading=heading, exercises=exercises, names=names, prescriptions=prescriptions,
            back=back, paper=paper, papers=papers, previous=previous, next=next,
        )
        for paper in SHEET_PAPERS
    ]


def print_pages(o: Outline) -> Iterator[Page]:
    """The print index, then the card sheets of each muscle group.

    A sheet page holds a bounded number of cards: one page of every card of a big library
    would be tens of megabytes that no browser prints comfortably.
    """
    yield PrintIndexPage(
        "print/index.html", "print_index.html", "Print", "print",
        groups=[
            {"id": g, "name": GROUP_NAMES[g], "count": len(items)}
            for g, items in o.by_group.items()
        ],
        sessions=[{"id": spec.id, "title": s.title} for spec, s in o.sessions],
    )
    for group, items in o.by_group.items():
        chunks = [items[i : i + CARDS_PER_SHEET] for i in range(0, len(items), CARDS_PER_SHEET)]
        sheets = [group_sheet(group, n) for n in range(len(chunks))]
        for n, chunk in enumerate(chunks):
            part = f" ({n + 1} of {len(chunks)})" if len(chunks) > 1 else ""
            yield from card_sheets(
                sheets[n], f"Cards: {GROUP_NAMES[group]}{part}", o.lib,
                heading=f"{GROUP_NAMES[group]} cue cards{part}",
                exercises=chunk,
                prescriptions={},
                back="print/",
                previous=sheets[n - 1] if n else None,
                next=sheets[n + 1] if n + 1 < len(sheets) else None,
            )
