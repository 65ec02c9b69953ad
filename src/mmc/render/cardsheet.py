"""Card sheets: cue cards N-up on A4 or Letter, with crop marks and duplex backs.

Cards sit edge to edge in a grid centred on the page, so one straight cut separates two
neighbours. Crop marks are drawn along every cut line: ticks in the page margin where there
is room, and small crosses where cut lines meet. Each page of fronts is followed by a page
of backs in which the columns are mirrored: printed double-sided with a long-edge flip,
each back lands behind its own front. Every page is its own absolutely positioned grid
(WeasyPrint slows down badly on one grid spanning many pages).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from mmc.errors import MmcError
from mmc.model.exercise import Exercise
from mmc.model.prescription import Prescription
from mmc.render.cards import Card, CardSize, card_css, card_size, render_card

if TYPE_CHECKING:  # pragma: no cover
    from mmc.model.library import Library
    from mmc.render.templates import Templates

__all__ = [
    "PAPERS",
    "Paper",
    "SheetGrid",
    "card_groups",
    "crop_marks",
    "paper_size",
    "render_card_sheet",
    "render_sheet_pages",
    "sheet_grid",
]

Paper = Literal["a4", "letter"]
#: Paper sizes in mm (portrait).
PAPERS: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
_CSS_PAGE = {"a4": "A4", "letter": "letter"}
#: Crop-mark geometry (mm): tick length in the margin, gap to the card, cross arm length.
TICK, TICK_GAP, ARM = 5.0, 1.0, 2.0


def card_groups(library: Library) -> dict[str, list[Exercise]]:
    """The exercises whose cards belong to each muscle group, by name, in the order of
    :data:`mmc.model.common.GROUPS`; groups without exercises are left out.

    An exercise belongs to every group of its primary muscles (a face pull is a shoulder
    and a back card). The site's group sheets and ``mmc cards --group`` both use this, so
    they always hold the same cards.
    """
    from mmc.model.common import GROUPS

    found: dict[str, list[Exercise]] = {}
    for exercise in library.exercises.values():
        groups = {library.muscles[m].group for m in exercise.primary if m in library.muscles}
        for group in groups:
            found.setdefault(group, []).append(exercise)
    return {g: sorted(found[g], key=lambda e: (e.name, e.id)) for g in GROUPS if g in found}


def paper_size(paper: str) -> tuple[float, float]:
    """Width and height in mm of ``a4`` or ``letter``."""
    try:
        return PAPERS[paper.lower()]
    except (KeyError, AttributeError, TypeError):  # not a paper name, or not text at all
        raise MmcError(
            f"unknown paper {paper!r}", field="paper", fix=f"use one of {', '.join(PAPERS)}"
        ) from None


@dataclass(frozen=True, slots=True)
class SheetGrid:
    """Where the cards of one page sit: ``cols`` x ``rows`` cards from (``x0``, ``y0``) mm."""

    paper: str
    page_w: float
    page_h: float
    card_w: float
    card_h: float
    cols: int
    rows: int
    x0: float
    y0: float

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    def slot(self, index: int, *, back: bool = False) -> tuple[float, float]:
        """Top-left corner (mm) of card ``index`` of a page; backs mirror the columns."""
        row, col = divmod(index, self.cols)
        if back:
            col = self.cols - 1 - col
        return self.x0 + col * self.card_w, self.y0 + row * self.card_h


def sheet_grid(size: CardSize, paper: str) -> SheetGrid:
    """The largest grid of ``size`` cards that fits on ``paper``, centred."""
    page_w, page_h = paper_size(paper)
    cols = math.floor(page_w / size.width_mm + 1e-9)
    rows = math.floor(page_h / size.height_mm + 1e-9)
    if cols < 1 or rows < 1:  # pragma: no cover - every bundled size fits
        raise MmcError(f"{size.label} cards do not fit on {paper}", fix="choose a smaller card")
    x0 = (page_w - cols * size.width_mm) / 2
    y0 = (page_h - rows * size.height_mm) / 2
    return SheetGrid(
        paper.lower(), page_w, page_h, size.width_mm, size.height_mm, cols, rows, x0, y0
    )


def _mm(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def crop_marks(grid: SheetGrid) -> str:
    """An SVG, the size of the page, with the crop marks of ``grid``."""
    xs = [grid.x0 + i * grid.card_w for i in range(grid.cols + 1)]
    ys = [grid.y0 + j * grid.card_h for j in range(grid.rows + 1)]
    right, bottom = xs[-1], ys[-1]
    lines: list[tuple[float, float, float, float]] = []
    # Ticks in the margins, continuing each cut line outwards.
    if grid.y0 >= TICK_GAP + 1.5:  # room for ticks above and below the grid
        length = min(TICK, grid.y0 - TICK_GAP)
        for x in xs:
            lines.append((x, grid.y0 - TICK_GAP - length, x, grid.y0 - TICK_GAP))
            lines.append((x, bottom + TICK_GAP, x, bottom + TICK_GAP + length))
    if grid.x0 >= TICK_GAP + 1.5:
        length = min(TICK, grid.x0 - TICK_GAP)
        for y in ys:
            lines.append((grid.x0 - TICK_GAP - length, y, grid.x0 - TICK_GAP, y))
            lines.append((right + TICK_GAP, y, right + TICK_GAP + length, y))
    # Where cut lines meet inside the grid: short arms along the cuts (trimmed away). On the
    # grid's edge they stand in for the ticks when the margin is too narrow for them.
    x_ticks = grid.x0 >= TICK_GAP + 1.5
    y_ticks = grid.y0 >= TICK_GAP + 1.5
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            inner_x, inner_y = 0 < i < grid.cols, 0 < j < grid.rows
            if inner_x and (inner_y or not y_ticks):
                lines.append((x, max(y - ARM, grid.y0), x, min(y + ARM, bottom)))
            if inner_y and (inner_x or not x_ticks):
                lines.append((max(x - ARM, grid.x0), y, min(x + ARM, right), y))
    body = "".join(
        f'<line x1="{_mm(a)}" y1="{_mm(b)}" x2="{_mm(c)}" y2="{_mm(d)}" />'
        for a, b, c, d in sorted(set(lines))
    )
    return (
        f'<svg class="crop-marks" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" '
        f'width="{_mm(grid.page_w)}mm" height="{_mm(grid.page_h)}mm" '
        f'viewBox="0 0 {_mm(grid.page_w)} {_mm(grid.page_h)}">'
        f'<g stroke="#000" stroke-width="0.12" fill="none">{body}</g></svg>'
    )


def render_card_sheet(
    items: Sequence[Exercise | Card],
    size: str = "a7",
    paper: str = "a4",
    *,
    prescriptions: Mapping[str, Prescription] | None = None,
    library: Library | None = None,
    backs: bool = True,
    title: str = "mmc cue cards",
    templates: Templates | None = None,
) -> str:
    """A printable HTML document of cards, N-up, fronts then mirrored backs per sheet.

    ``items`` are exercises (rendered at ``size``, with ``prescriptions[exercise.id]`` when
    given) or cards already rendered at that size. Without ``backs`` only fronts are printed.
    ``templates`` (default: those of every installed pack) render the cards and the sheet.
    """
    from markupsafe import Markup

    from mmc.render.templates import Templates

    templates = templates or Templates.installed()
    spec = card_size(size)
    grid = sheet_grid(spec, paper)
    cards: list[Card] = []
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        raise MmcError(f"items must be a list of exercises or cards, not {type(items).__name__}",
                       field="items", fix="pass e.g. list(library.exercises.values())")
    if prescriptions is not None and not isinstance(prescriptions, Mapping):
        raise MmcError("prescriptions must map exercise ids to prescriptions",
                       field="prescriptions", fix="pass e.g. {'seated-cable-row': rx}")
    for item in items:
        if isinstance(item, Card):
            if item.size.name != spec.name:
                raise MmcError(
                    f"card {item.exercise!r} is {item.size.label}, the sheet is {spec.label}",
                    field="size",
                    fix="render every card of a sheet at the sheet's size",
                )
            cards.append(item)
        else:
            if not isinstance(item, Exercise):
                raise MmcError(f"a sheet holds exercises or cards, not {type(item).__name__}",
                               field="items", fix="pass Exercise or Card objects")
            rx = prescriptions.get(item.id) if prescriptions else None
            cards.append(render_card(item, rx, spec.name, library, templates=templates))
    return templates.render(
        "card-sheet.html",
        title=title,
        page_size=_CSS_PAGE[grid.paper],
        grid=grid,
        size=spec,
        pages=Markup(render_sheet_pages(cards, grid, backs=backs, templates=templates)),
        css=Markup(card_css(templates) + templates.stylesheet("card-sheet.css")),
    )


def render_sheet_pages(
    cards: Sequence[Card],
    grid: SheetGrid,
    *,
    backs: bool = True,
    templates: Templates | None = None,
) -> str:
    """The pages of a card sheet as an HTML fragment (no document around it): each page of
    fronts, then its backs with the columns mirrored, each with its crop marks.

    :func:`render_card_sheet` wraps them in a document; the site's group sheets print them
    as they are. Each slot carries ``--order`` (front ``2n``, back ``2n + 1``) so that a
    screen layout can show each card's back beside its front.
    """
    from markupsafe import Markup

    from mmc.render.templates import Templates

    marks = Markup(crop_marks(grid))
    # Every page has the same slots: their positions are written once.
    where = {
        (index, mirrored): tuple(map(_mm, grid.slot(index, back=mirrored)))
        for index in range(grid.per_page)
        for mirrored in (False, True)
    }
    pages: list[dict[str, Any]] = []
    for start in range(0, len(cards), grid.per_page):
        chunk = cards[start : start + grid.per_page]
        sides = [("front", False)] + ([("back", True)] if backs else [])
        for side, mirrored in sides:
            slots = []
            for index, card in enumerate(chunk):
                x, y = where[index, mirrored]
                html = card.back if mirrored else card.front
                slots.append(
                    {
                        "x": x,
                        "y": y,
                        "html": Markup(html),
                        "index": start + index,
                        "order": 2 * (start + index) + int(mirrored),
                    }
                )
            pages.append({"side": side, "number": len(pages) + 1, "slots": slots})
    return (templates or Templates.installed()).render(
        "card-sheet-pages.html", grid=grid, pages=pages, marks=marks
    )
