"""Card geometry, in one place: the card sizes, the spacing of the card stylesheet, and the
stylesheet values made from them.

The layout budgets of :mod:`mmc.render.cards` and the stylesheet (``templates/card.css``)
must agree to the tenth of a millimetre, or text the budget lets in is clipped in print.
So every length both use is a constant here: the budgets compute with it, and the
stylesheet's ``${name}`` placeholders are filled from :func:`css_values` (the per-size rules
come from :func:`size_css`). Nothing here imports more than the standard library, so the
size names are cheap to use in configuration and command-line choices.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from typing import Literal, get_args

from mmc.errors import MmcError

__all__ = [
    "CARD_SIZES",
    "CARD_SIZE_NAMES",
    "PT_PER_MM",
    "CardSize",
    "CardSizeName",
    "card_size",
    "css_values",
    "fill_css",
    "pt",
    "size_css",
]

#: The card formats, by name. The one list of them: configuration, the command line and the
#: MkDocs plugin take their choices from :data:`CARD_SIZE_NAMES`.
CardSizeName = Literal["a6", "a7", "3x5", "4x6"]
CARD_SIZE_NAMES: tuple[CardSizeName, ...] = get_args(CardSizeName)

PT_PER_MM = 72 / 25.4
#: CSS line-height of all card text.
LINE = 1.22
#: Points kept free at the bottom of every text area, against rounding in the layout engine.
SLACK_PT = 1.5

# Lengths of the card stylesheet, in mm (``em`` where named so).
RULE = 0.25  # the thin rules (prescription, safety notes, the back's name)
HEAD_GAP = 1.2  # below the front header
TARGETS_GAP = 0.3  # above the targets line
TEMPO_GAP = 1.2  # below the tempo strip
RX_PAD = 0.5  # above and below the prescription, inside its rules
RX_MARGIN = 1.0  # below the prescription
CUE_GAP = 0.7  # above each cue
SAFETY_MARGIN = 1.2  # above the safety notes' rule
SAFETY_ITEM_GAP = 0.5  # above each safety note
SIDE_EXTRA = 0.8  # below the per-side line
MAP_GAP = 3  # between the map and the text on a wide card
TALL_MAP_GAP = 2  # below the map on a tall card
BACK_HEAD_PAD = 0.6  # between the back's name and its rule
SECTION_GAP = 1.1  # above a section heading
BLOCK_GAP = 0.4  # above a paragraph or list item
LIST_GAP = 0.3  # above a list
LIST_INDENT_EM = 0.9  # hanging indent of a list item on the back
COLUMN_SHARE = 0.48  # width of each back column on a two-column card
LABEL_EM, LABEL_SPACING = 0.82, 0.04  # the cue's phase label: size and letter-spacing
HEADING_EM = 0.86  # section headings on the back
BACK_NAME_SCALE = 1.3  # the back's name, against the small type size

# What the budgets reserve, made from the lengths above.
RX_EXTRA = RULE * 2 + RX_PAD * 2 + RX_MARGIN  # rules, padding and margin of the prescription
#: Above the safety notes: margin and rule, rounded up to the next half millimetre.
SAFETY_GAP = math.ceil((SAFETY_MARGIN + RULE) * 2) / 2
BACK_HEAD_EXTRA = RULE + BACK_HEAD_PAD + HEAD_GAP  # rule, padding and margin below the name


def pt(mm: float) -> float:
    """Millimetres to points."""
    return mm * PT_PER_MM


@dataclass(frozen=True, slots=True)
class CardSize:
    """A card format: its trim size, layout and type sizes (points).

    ``wide`` cards (A7, 4x6 in) are landscape with the muscle map left of the cues; ``tall``
    cards (A6, 3x5 in) are portrait with the map above them.
    """

    name: CardSizeName
    label: str
    width_mm: float
    height_mm: float
    layout: Literal["wide", "tall"]
    pad_mm: float
    title_pt: float
    title_lines: int
    small_pt: float
    body_pt: float
    back_pt: float
    map_mm: float  # wide: width of the map column; tall: height of the map
    tempo_mm: float  # height of the tempo strip

    @property
    def inner_w(self) -> float:
        return self.width_mm - 2 * self.pad_mm

    @property
    def inner_h(self) -> float:
        return self.height_mm - 2 * self.pad_mm

    @property
    def main_w(self) -> float:
        """Width of the text column of the front, in mm."""
        return self.inner_w - self.map_mm - MAP_GAP if self.layout == "wide" else self.inner_w

    @property
    def targets_lines(self) -> int:
        return 2 if self.layout == "tall" else 1

    @property
    def back_columns(self) -> int:
        return 2 if self.layout == "wide" else 1


#: The four card formats (trim sizes are ISO 216 and US index cards), in the order their
#: stylesheet rules are written. Type grows with the card (A6 has twice the area of A7: its
#: cue text is 10 pt against 7.4 pt). A tall card's body map starts small (A6: 40 mm) so
#: that long cues fit, then grows into the height the cues leave (see
#: :data:`mmc.render.cards.MAP_GROWTH`), so a card with few cues is not left half empty.
CARD_SIZES: dict[str, CardSize] = {
    "a7": CardSize("a7", "A7", 105, 74, "wide", 4.5, 10.5, 1, 6.4, 7.4, 6.8, 29, 10.5),
    "4x6": CardSize("4x6", "4 x 6 in", 152.4, 101.6, "wide", 6.5, 15, 1, 8.8, 10, 9.4, 44, 14),
    "a6": CardSize("a6", "A6", 105, 148, "tall", 6.5, 15, 2, 8.8, 10, 9.2, 40, 14),
    "3x5": CardSize("3x5", "3 x 5 in", 76.2, 127, "tall", 5, 11.5, 2, 7.2, 8.2, 7.6, 42, 11),
}


def card_size(size: str) -> CardSize:
    """The :class:`CardSize` called ``size`` (``a6``, ``a7``, ``3x5``, ``4x6``)."""
    try:
        return CARD_SIZES[size.lower().replace(" ", "")]
    except (KeyError, AttributeError, TypeError):
        raise MmcError(
            f"unknown card size {size!r}",
            field="size",
            fix=f"use one of {', '.join(CARD_SIZES)}",
        ) from None


def _num(value: float) -> str:
    """A length as the stylesheet writes it: ``1.2``, ``1`` (not ``1.0``), ``0.25``."""
    return f"{value:g}"


def css_values() -> dict[str, str]:
    """The values of the ``${name}`` placeholders in ``card.css``."""
    values = {
        "line": LINE,
        "rule": RULE,
        "head_gap": HEAD_GAP,
        "targets_gap": TARGETS_GAP,
        "tempo_gap": TEMPO_GAP,
        "rx_pad": RX_PAD,
        "rx_margin": RX_MARGIN,
        "cue_gap": CUE_GAP,
        "safety_margin": SAFETY_MARGIN,
        "safety_item_gap": SAFETY_ITEM_GAP,
        "side_gap": SIDE_EXTRA,
        "tall_map_gap": TALL_MAP_GAP,
        "back_head_pad": BACK_HEAD_PAD,
        "section_gap": SECTION_GAP,
        "block_gap": BLOCK_GAP,
        "list_gap": LIST_GAP,
        "list_indent": LIST_INDENT_EM,
        "column_percent": COLUMN_SHARE * 100,
        "label_em": LABEL_EM,
        "label_spacing": LABEL_SPACING,
        "heading_em": HEADING_EM,
    }
    return {name: _num(value) for name, value in values.items()}


def fill_css(text: str) -> str:
    """``text`` (a card stylesheet) with its ``${name}`` placeholders filled in.

    Unknown placeholders and a stylesheet without any (a content pack's own ``card.css``)
    are left as they are.
    """
    return string.Template(text).safe_substitute(css_values())


def size_css(spec: CardSize) -> str:
    """The stylesheet rules of one card size: trim size, padding, type sizes, map width."""
    sel = f".mmc-card--{spec.name}"
    out = (
        f"{sel}{{width:{spec.width_mm}mm;height:{spec.height_mm}mm;"
        f"padding:{spec.pad_mm}mm;font-size:{spec.body_pt}pt}}\n"
        f"{sel} .mmc-card__name{{font-size:{spec.title_pt}pt}}\n"
        f"{sel} .mmc-card__targets{{font-size:{spec.small_pt}pt}}\n"
        f"{sel} .mmc-card__side,{sel} .mmc-card__safety{{font-size:{spec.small_pt}pt}}\n"
        f"{sel} .mmc-card__tempo{{height:{spec.tempo_mm}mm}}\n"
        f"{sel}.mmc-card--back{{font-size:{spec.back_pt}pt}}\n"
        f"{sel}.mmc-card--back .mmc-card__name"
        f"{{font-size:{spec.small_pt * BACK_NAME_SCALE:.2f}pt}}\n"
    )
    if spec.layout == "wide":
        out += (
            f"{sel} .mmc-card__map{{width:{spec.map_mm}mm}}\n"
            f"{sel} .mmc-card__main{{margin-left:{spec.map_mm + MAP_GAP}mm}}\n"
        )
    return out
