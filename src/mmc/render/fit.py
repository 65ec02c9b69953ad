"""Shortening text by rule so that it always fits its box on a printed card.

A card has a fixed size, so every block of text on it has a budget: a number of lines for
one-line fields such as the name, a height for Markdown sections. Line counts come from
:mod:`mmc.render.measure` (real font metrics, greedy line breaking), never from the layout
engine, so a card is the same whether or not WeasyPrint is installed.

The rule: text over budget is cut at the last sentence end that keeps at least half of what
would fit, else at the last word boundary, and ends with an ellipsis. In a Markdown section,
blocks are kept in order while they fit; the first that does not is cut by the same rule
(or, with too little room left for a useful piece, dropped, and the last shown block ends
with an ellipsis instead). A list that does not fit whole is first condensed to the first
sentence of each item, so that a card shows every common mistake briefly rather than the
first two at length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from typing import TYPE_CHECKING

from mmc.render.markdown import markdown_tokens
from mmc.render.measure import Run, count_lines

if TYPE_CHECKING:  # pragma: no cover
    from markdown_it.token import Token

__all__ = [
    "ELLIPSIS",
    "Column",
    "FittedMarkdown",
    "cut_index",
    "fit_lines",
    "fit_markdown",
    "markdown_height",
    "shorten",
]

ELLIPSIS = "\u2026"
_SENTENCE_END = re.compile(r"[.!?][\"')\u201d\u2019]?(?=\s)")
_TRAILING = " ,;:-\u2013\u2014(/"


def _squash(text: str) -> str:
    return " ".join(text.split())


def cut_index(text: str, limit: int) -> int:
    """Where to cut ``text`` so that it and an ellipsis fit in ``limit`` characters.

    Prefers the end of a sentence that keeps at least half the budget, then the last word
    boundary that keeps at least a third, then a hard cut.
    """
    room = max(limit - 1, 1)
    if len(text) <= room:
        return len(text)
    head = text[: room + 1]
    ends = [m.end() for m in _SENTENCE_END.finditer(head) if m.end() <= room]
    if ends and ends[-1] >= room / 2:
        return ends[-1]
    space = head.rfind(" ", 0, room + 1)
    if space >= room / 3:
        return space
    return room


def _with_ellipsis(kept: str) -> str:
    kept = kept.rstrip()
    while kept and kept[-1] in _TRAILING:
        kept = kept[:-1].rstrip()
    return f"{kept} {ELLIPSIS}" if kept.endswith((".", "!", "?")) else f"{kept}{ELLIPSIS}"


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut by rule to at most ``limit`` characters.

    >>> shorten("Sit tall. Take the handle with straight arms and sit back.", 30)
    'Sit tall. Take the handle\u2026'
    >>> shorten("Sit tall with your feet flat. Take the handle.", 36)
    'Sit tall with your feet flat. \u2026'
    """
    text = _squash(text)
    if len(text) <= limit:
        return text
    out = _with_ellipsis(text[: cut_index(text, limit)])
    if len(out) > limit:  # the space before an ellipsis after a full stop
        out = out.replace(f" {ELLIPSIS}", ELLIPSIS)
    return out if len(out) <= limit else text[: max(limit - 1, 0)] + ELLIPSIS


def _largest_fitting(length: int, fits: Callable[[int], bool]) -> int:
    """The largest ``n <= length`` with ``fits(n)`` (``fits`` grows false with ``n``), or 0."""
    low, high = 0, length
    while low < high:
        mid = (low + high + 1) // 2
        if fits(mid):
            low = mid
        else:
            high = mid - 1
    return low


def fit_lines(text: str, lines: int, measure: Callable[[str], int]) -> str:
    """``text`` shortened by rule to at most ``lines`` lines, as counted by ``measure``."""
    text = _squash(text)
    if measure(text) <= lines:
        return text
    best = _largest_fitting(len(text), lambda n: measure(_with_ellipsis(text[:n])) <= lines)
    return _with_ellipsis(text[: cut_index(text, best + 1)]) if best else ELLIPSIS


# --- Markdown blocks ------------------------------------------------------------------

_OPEN = {"strong_open": "strong", "em_open": "em"}
_CLOSE = {"strong_close": "strong", "em_close": "em"}


def _visible(token: Token) -> str:
    if token.type in ("text", "code_inline", "image"):
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return " "
    return ""


def _inline(children: list[Token], limit: int | None) -> tuple[str, list[Run]]:
    """Inline tokens as HTML and as measured runs, keeping ``limit`` visible characters.

    Whitespace collapses as in :func:`_squash`, so character counts agree with the plain text.
    """
    html: list[str] = []
    runs: list[Run] = []
    stack: list[str] = []
    used = 0
    space = False  # whitespace seen since the last visible character
    for token in children:
        if token.type in _OPEN:
            if space and used:
                html.append(" ")
                runs.append((" ", "strong" in stack))
                used += 1
                space = False
            html.append(f"<{_OPEN[token.type]}>")
            stack.append(_OPEN[token.type])
            continue
        if token.type in _CLOSE:
            if stack and stack[-1] == _CLOSE[token.type]:
                html.append(f"</{stack.pop()}>")
            continue
        text = _visible(token)
        squashed = _squash(text)
        if not squashed:
            space = space or bool(text)
            continue
        piece = (" " if (space or text[0].isspace()) and used else "") + squashed
        space = text[-1].isspace()
        stop = limit is not None and used + len(piece) >= limit
        if stop:
            assert limit is not None
            piece = piece[: max(limit - used, 0)]
        used += len(piece)
        if token.type == "code_inline":
            lead = " " if piece.startswith(" ") else ""
            html.append(f"{lead}<code>{escape(piece[len(lead) :], quote=False)}</code>")
        else:
            html.append(escape(piece, quote=False))
        runs.append((piece, "strong" in stack))
        if stop:
            break
    while stack:
        html.append(f"</{stack.pop()}>")
    return "".join(html), runs


@dataclass(slots=True)
class _Block:
    """A paragraph, heading or list item: its inline tokens and the list it belongs to."""

    kind: str  # "p", "h" or "li"
    children: list[Token]
    list_id: int | None = None
    #: Visible characters kept when the block is condensed to its first sentence.
    condensed: int | None = None

    def plain(self) -> str:
        return _squash("".join(_visible(t) for t in self.children))

    def render(self, limit: int | None = None) -> tuple[str, list[Run]]:
        """HTML and runs of the block, cut to ``limit`` characters (then an ellipsis)."""
        cut = self.condensed if limit is None else limit
        html, runs = _inline(self.children, cut)
        if self.kind == "h":
            runs = [(text, True) for text, _ in runs]
        if cut is None or cut >= len(self.plain()):
            return html, runs
        kept = self.plain()[:cut]
        tail = _with_ellipsis(kept)[len(kept.rstrip(_TRAILING)) :]
        html = _trim_html(html, len(kept) - len(kept.rstrip(_TRAILING))) + tail
        return html, [*runs, (tail, False)]


def _trim_html(html: str, chars: int) -> str:
    """Drop the last ``chars`` visible characters (trailing spaces/punctuation) of ``html``."""
    closing = ""
    while chars > 0 and html:
        if html.endswith(">"):
            start = html.rfind("<")
            closing = html[start:] + closing
            html = html[:start]
            continue
        html = html[:-1]
        chars -= 1
    return html + closing


def _blocks(markdown: str) -> list[_Block]:
    from markdown_it.token import Token as _Token

    blocks: list[_Block] = []
    lists: list[int] = []
    counter = 0
    kind = "p"
    new_item = False
    for token in markdown_tokens(markdown):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            counter += 1
            lists.append(counter)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "list_item_open":
            new_item = True
        elif token.type == "heading_open":
            kind = "h"
        elif token.type == "paragraph_open":
            kind = "p"
        elif token.type == "inline":
            children = list(token.children or [])
            if lists and not new_item and blocks and blocks[-1].list_id == lists[-1]:
                # A later paragraph of the same list item continues that item.
                blocks[-1].children.extend([_Token("softbreak", "br", 0), *children])
            elif lists:
                blocks.append(_Block("li", children, lists[-1]))
            else:
                blocks.append(_Block(kind, children))
            new_item = False
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(_Block("p", [_Token("text", "", 0, content=token.content.strip())]))
    return [b for b in blocks if b.plain()]


def _first_sentence(plain: str) -> int | None:
    for match in _SENTENCE_END.finditer(plain):
        if match.end() < len(plain.rstrip()):
            return match.end()
    return None


@dataclass(frozen=True, slots=True)
class Column:
    """A column of text: its width, type size, line height, and the space before blocks."""

    width_pt: float
    size_pt: float
    line_height: float = 1.22
    gap_pt: float = 0.0
    indent_pt: float = 0.0

    @property
    def line_pt(self) -> float:
        return self.size_pt * self.line_height

    def lines(self, runs: list[Run], *, indented: bool = False) -> int:
        width = self.width_pt - (self.indent_pt if indented else 0.0)
        return count_lines(runs, width, self.size_pt)

    def height(self, lines: int) -> float:
        return self.gap_pt + lines * self.line_pt


@dataclass(frozen=True, slots=True)
class FittedMarkdown:
    """Markdown laid out within a height: its HTML, the height it needs, whether it was cut."""

    html: str
    height_pt: float
    shortened: bool


def markdown_height(markdown: str, column: Column) -> float:
    """The height ``markdown`` needs in ``column`` when nothing is cut."""
    return fit_markdown(markdown, column, float("inf")).height_pt


def fit_markdown(markdown: str, column: Column, height_pt: float) -> FittedMarkdown:
    """Render ``markdown`` into at most ``height_pt`` of ``column``.

    Paragraphs become ``<p>``, list items ``<li>`` inside ``<ul>``, headings bold
    paragraphs (``<p class="h">``); links keep only their text, since a card is paper.
    """
    whole = _fit_whole(markdown, column)
    if height_pt >= whole.height_pt:
        # Everything fits: the layout below would take the same steps as for the unbounded
        # height (no block condensed, none cut), so its result is the same.
        return whole
    return _fit(markdown, column, height_pt)


# A value-keyed cache of a pure function (the text and a frozen Column in, an immutable
# layout out): no state, only answers remembered.
@lru_cache(maxsize=2048)
def _fit_whole(markdown: str, column: Column) -> FittedMarkdown:
    """``markdown`` laid out with no height limit (measured once, then placed)."""
    return _fit(markdown, column, float("inf"))


def _fit(markdown: str, column: Column, height_pt: float) -> FittedMarkdown:
    blocks = _blocks(markdown)
    reserve: list[Run] = [(" " + ELLIPSIS, False)]

    def cost(block: _Block, runs: list[Run]) -> float:
        return column.height(column.lines(runs, indented=block.kind == "li"))

    def laid_out() -> tuple[list[str], list[float]]:
        """Each block's HTML and its height with room for an ellipsis that a later,
        dropped block may add."""
        rendered = [block.render() for block in blocks]
        needs = [cost(block, [*runs, *reserve])
                 for block, (_, runs) in zip(blocks, rendered, strict=True)]
        return [html for html, _ in rendered], needs

    htmls, needs = laid_out()
    if sum(needs) > height_pt:
        for block in blocks:
            if block.kind == "li":
                block.condensed = _first_sentence(block.plain())
        htmls, needs = laid_out()
    used = 0.0  # summed up rather than subtracted, so that a height measured here fits here
    shown: list[tuple[_Block, str]] = []
    shortened = any(b.condensed is not None for b in blocks)
    for block, whole, need in zip(blocks, htmls, needs, strict=True):
        if used + need <= height_pt:
            shown.append((block, whole))
            used += need
            continue
        left = height_pt - used
        shortened = True
        plain = block.plain()
        limit = len(plain) if block.condensed is None else block.condensed

        def fits(n: int, block: _Block = block, room: float = left) -> bool:
            return cost(block, block.render(n)[1]) <= room

        best = _largest_fitting(limit, fits)
        if best >= min(24, limit):
            html, runs = block.render(cut_index(plain, best + 1))
            shown.append((block, html))
            used += cost(block, runs)
        elif shown:
            prev, html = shown[-1]
            if not html.endswith(ELLIPSIS):
                shown[-1] = (prev, f"{html} {ELLIPSIS}")
        break
    out: list[str] = []
    open_list: int | None = None
    for block, html in shown:
        if block.kind == "li":
            if open_list != block.list_id:
                if open_list is not None:
                    out.append("</ul>")
                out.append("<ul>")
                open_list = block.list_id
            out.append(f"<li>{html}</li>")
            continue
        if open_list is not None:
            out.append("</ul>")
            open_list = None
        out.append('<p class="h">' if block.kind == "h" else "<p>")
        out.append(f"{html}</p>")
    if open_list is not None:
        out.append("</ul>")
    return FittedMarkdown("".join(out), used, shortened)
