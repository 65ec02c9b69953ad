"""Text measurement for print: how many lines a run of text takes at a given width.

Cards have fixed sizes, so :mod:`mmc.render.fit` must know, without a layout engine, whether
a block of text fits. The advance widths below are, per character, the wider of Liberation
Sans and DejaVu Sans (the first and the widest fonts of the card stylesheet), in thousandths
of an em; characters not in the table count a full em. Lines are broken greedily at spaces
and after hyphens, as the layout engine does, and a piece wider than a line is broken
anywhere (the stylesheet sets ``overflow-wrap: anywhere``). A test compares the counts
with WeasyPrint's layout: they are never fewer than the printed lines.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

__all__ = ["Run", "count_lines", "text_width"]

#: A piece of text and whether it is bold.
Run = tuple[str, bool]

_CHARS = (
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ["
    "\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—‘’“”…×·•éèêëáàâäóòôöúùû"
    "üíìîïçñÉÀ°½¼¾±→←↑↓≤≥µ"
)
_REGULAR = (  # one advance width per character of _CHARS, in order
    318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337,
    637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 557,
    1016, 685, 687, 723, 771, 667, 611, 778, 752, 295, 500, 667, 558, 863, 749, 788,
    667, 788, 723, 667, 611, 732, 685, 989, 686, 667, 686, 391, 337, 391, 838, 557,
    500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612,
    635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838, 557,
    1000, 318, 318, 519, 519, 1000, 838, 318, 590, 616, 616, 616, 616, 613, 613, 613,
    613, 612, 612, 612, 612, 634, 634, 634, 634, 278, 278, 278, 278, 550, 634, 667,
    685, 500, 970, 970, 970, 838, 1000, 1000, 838, 838, 838, 838, 637,
)
_BOLD = (  # one advance width per character of _CHARS, in order
    349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366,
    696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 611,
    1000, 774, 763, 734, 831, 684, 684, 821, 837, 373, 557, 775, 638, 996, 837, 851,
    733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 366, 458, 838, 557,
    500, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666, 343, 1042, 712, 688,
    716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838, 557,
    1000, 380, 380, 658, 658, 1000, 838, 380, 640, 679, 679, 679, 679, 675, 675, 675,
    675, 688, 688, 688, 688, 712, 712, 712, 712, 343, 343, 343, 343, 593, 712, 684,
    774, 500, 1036, 1036, 1036, 838, 1000, 1000, 838, 838, 838, 838, 736,
)

REGULAR: dict[str, int] = dict(zip(_CHARS, _REGULAR, strict=True))
BOLD: dict[str, int] = dict(zip(_CHARS, _BOLD, strict=True))
UNKNOWN = 1000


def text_width(text: str, size_pt: float, *, bold: bool = False, spacing_em: float = 0.0) -> float:
    """Width in points of ``text`` at ``size_pt`` (``spacing_em``: CSS letter-spacing)."""
    table = BOLD if bold else REGULAR
    units = sum(table.get(ch, UNKNOWN) for ch in text) + 1000 * spacing_em * len(text)
    return size_pt * units / 1000


#: Characters after which a line may break inside a word (hyphens).
BREAK_AFTER = frozenset("-\u2010")
#: Lines are filled to this share of their width. The layout engine follows the Unicode
#: line-breaking rules, which forbid some breaks at spaces (before a closing bracket, around
#: quotation marks and dashes) that this simple model allows; the margin absorbs that.
FILL = 0.95


# A token of a run's text: a space, or characters up to and including a hyphen, or others.
_BREAKS = "".join(re.escape(ch) for ch in sorted(BREAK_AFTER))
_TOKEN = re.compile(f" |[^ {_BREAKS}]*[{_BREAKS}]|[^ {_BREAKS}]+")


# Cards repeat their words, and every size a fit tries measures a text again: the tokens of
# a text and the advances of a word are remembered (pure functions of their arguments).
@functools.lru_cache(maxsize=1 << 14)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text))


@functools.lru_cache(maxsize=1 << 16)
def _advances(word: str, bold: bool, size_pt: float) -> tuple[float, ...]:
    """The advance of each character of ``word``, as :func:`_pieces` adds them up."""
    table = BOLD if bold else REGULAR
    scale = size_pt / 1000
    return tuple(table.get(ch, UNKNOWN) * scale for ch in word)


def _pieces(runs: tuple[Run, ...], size_pt: float) -> list[tuple[tuple[float, ...], float]]:
    """Unbreakable pieces as (character widths, space before); after a hyphen no space.

    A piece may go on from one run into the next (a bold word and its comma)."""
    pieces: list[tuple[tuple[float, ...], float]] = []
    current: tuple[float, ...] = ()
    gap = 0.0
    scale = size_pt / 1000
    for text, bold in runs:
        space = (BOLD if bold else REGULAR).get(" ", UNKNOWN) * scale
        for token in _tokens(text):
            if token == " ":
                if current:
                    pieces.append((current, gap))
                    current = ()
                gap = space
                continue
            current += _advances(token, bold, size_pt)
            if token[-1] in BREAK_AFTER:
                pieces.append((current, gap))
                current, gap = (), 0.0
    if current:
        pieces.append((current, gap))
    return pieces


def count_lines(
    runs: Sequence[Run], width_pt: float, size_pt: float, *, first_line_pt: float = 0.0
) -> int:
    """Lines that ``runs`` fill in a column ``width_pt`` wide at ``size_pt``.

    ``first_line_pt`` is taken from the first line (an inline label before the text).
    Lines break at spaces and after hyphens; a piece wider than a line breaks between any
    two characters.
    """
    return _count_lines(tuple(runs), width_pt, size_pt, first_line_pt)


# Fitting a card measures the same texts at the same widths many times over (every cut it
# tries, every card, every page): remember the answers of this pure function (no state).
@functools.lru_cache(maxsize=1 << 16)
def _count_lines(
    runs: tuple[Run, ...], width_pt: float, size_pt: float, first_line_pt: float
) -> int:
    width = width_pt * FILL
    lines = 1
    used = first_line_pt
    fresh = first_line_pt == 0.0
    for chars, space in _pieces(runs, size_pt):
        piece = sum(chars)
        needed = piece if fresh else used + space + piece
        if needed <= width:
            used, fresh = needed, False
            continue
        if not fresh:
            lines += 1
            used = 0.0
        if piece <= width:
            used, fresh = piece, False
            continue
        # Too wide for any line: break between characters.
        used = 0.0
        for advance in chars:
            if used and used + advance > width:
                lines += 1
                used = 0.0
            used += advance
        fresh = False
    return lines
