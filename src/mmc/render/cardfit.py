"""Fitting a cue card's text to its size: every block gets a height budget from the card's
geometry (:mod:`mmc.render.geometry`) and its text is shortened by rule to fit it
(:mod:`mmc.render.fit`), never clipped by the printer. The budgets assume the widest font
the stylesheet may fall back to (DejaVu Sans)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mmc.model.cue import Cue
from mmc.model.exercise import Exercise
from mmc.model.prescription import Prescription
from mmc.model.tempo import Tempo
from mmc.render.cardtext import (
    BACK_SECTIONS,
    PHASE_LABELS,
    card_cues,
    flex_markdown,
    muscle_labels,
    prescription_text,
    rep_order,
)
from mmc.render.fit import Column, fit_lines, fit_markdown, markdown_height
from mmc.render.geometry import (
    BACK_HEAD_EXTRA,
    BACK_NAME_SCALE,
    BLOCK_GAP,
    COLUMN_SHARE,
    CUE_GAP,
    HEAD_GAP,
    HEADING_EM,
    LABEL_EM,
    LABEL_SPACING,
    LINE,
    LIST_GAP,
    LIST_INDENT_EM,
    PT_PER_MM,
    RX_EXTRA,
    SAFETY_GAP,
    SAFETY_ITEM_GAP,
    SECTION_GAP,
    SIDE_EXTRA,
    SLACK_PT,
    TALL_MAP_GAP,
    TARGETS_GAP,
    TEMPO_GAP,
    CardSize,
    pt,
)
from mmc.render.measure import count_lines, text_width
from mmc.render.tempo import render_dose_strip, render_tempo_strip

if TYPE_CHECKING:  # pragma: no cover
    from mmc.model.library import Library

__all__ = ["MAP_GROWTH", "SAFETY_SHARE", "Front", "Section", "back_columns", "fit_front"]

#: How much a tall card's body map may grow into room the cues leave.
MAP_GROWTH = 1.5
#: Share of the room left for cues that safety notes may take.
SAFETY_SHARE = 0.45

Section = tuple[str, str, str]  # key, heading, HTML


@dataclass(frozen=True, slots=True)
class Front:
    """The front of a card, fitted: its texts, the heights they set, what was shortened."""

    title: str
    primary: str
    secondary: str
    header_pt: float  # the height of the name and the targets
    strip: str  # the tempo strip, or the time or distance of a hold or carry
    rx: str | None
    side: str
    safety: list[str]
    cues: list[tuple[str, str]]
    map_mm: float  # a tall card's map height
    shortened: list[str]


def _header(
    exercise: Exercise, spec: CardSize, library: Library | None, shortened: list[str]
) -> tuple[str, str, str, float]:
    """The name and the targets, fitted, and the height they take (points)."""

    def title_lines(text: str) -> int:
        return count_lines([(text, True)], pt(spec.inner_w), spec.title_pt)

    title = fit_lines(exercise.name, spec.title_lines, title_lines)
    if title != exercise.name:
        shortened.append("name")
    primary, secondary, cut = _targets(exercise, spec, library)
    if cut:
        shortened.append("targets")
    header = (
        title_lines(title) * spec.title_pt * LINE
        + pt(TARGETS_GAP)
        + spec.targets_lines * spec.small_pt * LINE
        + pt(HEAD_GAP)
    )
    return title, primary, secondary, header


def _rx(
    prescription: Prescription, tempo: Tempo, measure: str, spec: CardSize
) -> tuple[str, float]:
    """The prescription line, fitted to two lines, and the height it takes (points)."""
    code = f" \u00b7 tempo {tempo.format()}" if measure == "reps" else ""

    def rx_lines(text: str) -> int:
        runs = [(text, True), (code, False)]
        return count_lines(runs, pt(spec.main_w), spec.body_pt)

    rx = fit_lines(prescription_text(prescription), 2, rx_lines)
    return rx, rx_lines(rx) * spec.body_pt * LINE + pt(RX_EXTRA)


def fit_front(
    exercise: Exercise,
    prescription: Prescription | None,
    tempo: Tempo,
    spec: CardSize,
    library: Library | None,
) -> Front:
    """The front: the header, then (beside or below the map) the tempo strip, the
    prescription, the per-side line, the safety notes and as many cues as the height left
    allows; a tall card's map grows into what the cues leave."""
    shortened: list[str] = []
    title, primary, secondary, header = _header(exercise, spec, library, shortened)
    left = pt(spec.inner_h) - header - pt(spec.tempo_mm + TEMPO_GAP) - SLACK_PT
    if spec.layout == "tall":
        left -= pt(spec.map_mm + TALL_MAP_GAP)
    rx = None
    # A hold or a carry shows its time or distance instead of a rep tempo (the tempo only
    # covers getting into and out of position).
    measure = prescription.measure if prescription is not None else exercise.measure
    if measure == "reps":
        strip = render_tempo_strip(tempo)
    else:
        strip = render_dose_strip(measure, prescription.dose() if prescription else None)
    if prescription is not None:
        rx, used = _rx(prescription, tempo, measure, spec)
        left -= used
    per_side = prescription.per_side if prescription is not None else exercise.per_side
    side = ""
    if per_side and not (rx and "each side" in rx):
        side = "Each side: every set on one side, then the other"
        left -= spec.small_pt * LINE + pt(SIDE_EXTRA)
    safety, cut = _fit_safety(list(exercise.safety), spec, left * SAFETY_SHARE)
    if cut:
        shortened.append("safety")
    if safety:
        left -= pt(SAFETY_GAP) + sum(
            pt(SAFETY_ITEM_GAP) + _safety_lines(note, spec) * spec.small_pt * LINE for note in safety
        )
    cues, cut, spare = _fit_cues(card_cues(exercise.cues, tempo), spec, left, rep_order(tempo))
    map_mm = spec.map_mm
    if spec.layout == "tall":  # the map takes what the text leaves, up to MAP_GROWTH
        map_mm = round(spec.map_mm + min(spare / PT_PER_MM, spec.map_mm * (MAP_GROWTH - 1)), 2)
    if cut:
        shortened.append("cues")
    return Front(title, primary, secondary, header, strip, rx, side, safety, cues, map_mm,
                 shortened)


def _label_pt(label: str, size: CardSize) -> float:
    """Width of a cue's phase label and the space after it, in points."""
    em = size.body_pt * LABEL_EM
    return text_width(label.upper(), em, bold=True, spacing_em=LABEL_SPACING) + text_width(
        " ", size.body_pt
    )


def _fit_cues(
    cues: list[Cue], size: CardSize, height_pt: float, order: list[str]
) -> tuple[list[tuple[str, str]], bool, float]:
    """Cues with their phase labels, in the order given (best first) as many as fit in
    ``height_pt`` (the last one shortened by rule when a useful part of it fits), then put
    in the order a rep meets them; whether any was cut, and the height left over."""
    width = pt(size.main_w)
    line = size.body_pt * LINE
    out: list[tuple[Cue, str]] = []
    left = height_pt
    for cue in cues:
        label = PHASE_LABELS[cue.phase]
        first = _label_pt(label, size)

        def lines(text: str, first: float = first) -> int:
            return count_lines([(text, False)], width, size.body_pt, first_line_pt=first)

        need = pt(CUE_GAP) + lines(cue.text) * line
        if need <= left:
            out.append((cue, cue.text))
            left -= need
            continue
        room = int((left - pt(CUE_GAP)) // line)
        if room >= 1:
            text = fit_lines(cue.text, room, lines)
            if len(text) >= 24:
                out.append((cue, text))
        return _in_rep_order(out, cues, order), True, 0.0
    return _in_rep_order(out, cues, order), False, left


def _in_rep_order(
    fitted: list[tuple[Cue, str]], ranked: list[Cue], order: list[str]
) -> list[tuple[str, str]]:
    fitted = sorted(fitted, key=lambda pair: (order.index(pair[0].phase), ranked.index(pair[0])))
    return [(PHASE_LABELS[cue.phase], text) for cue, text in fitted]


def _safety_lines(note: str, size: CardSize) -> int:
    label = text_width("SAFETY", size.small_pt * LABEL_EM, bold=True, spacing_em=LABEL_SPACING)
    first = label + text_width(" ", size.small_pt)
    return count_lines([(note, False)], pt(size.main_w), size.small_pt, first_line_pt=first)


def _fit_safety(notes: list[str], size: CardSize, height_pt: float) -> tuple[list[str], bool]:
    """The safety notes that fit in ``height_pt``, in order (a note is never cut short: half
    a safety note could mislead)."""
    out: list[str] = []
    used = pt(SAFETY_GAP)
    for note in notes:
        need = pt(SAFETY_ITEM_GAP) + _safety_lines(note, size) * size.small_pt * LINE
        if used + need > height_pt:
            return out, True
        out.append(note)
        used += need
    return out, False


def _allocate(needs: list[float], weights: list[float], available: float) -> list[float]:
    """Share ``available`` among blocks that need ``needs``: each gets up to its weighted
    share, and what one leaves unused goes to the others in order."""
    if sum(needs) <= available:
        return list(needs)
    total = sum(weights) or 1.0
    given = [min(n, available * w / total) for n, w in zip(needs, weights, strict=True)]
    spare = available - sum(given)
    for i, need in enumerate(needs):
        extra = min(spare, need - given[i])
        given[i] += extra
        spare -= extra
    return given


def back_columns(
    exercise: Exercise, size: CardSize, library: Library | None
) -> tuple[list[list[Section]], list[str]]:
    """The back's sections, laid out in columns, each fitted to its share of the height.

    A wide card puts visualise and set-up on the left and the mistakes (then "feel it
    first") on the right; with two sections each gets a column, and a lone section spans
    the card. Space is shared by weight, and what a section leaves unused goes to the
    others in order of importance, "feel it first" last.
    """
    texts = {key: getattr(exercise, key, "") for key, _ in BACK_SECTIONS[:3]}
    texts["flex"] = flex_markdown(exercise, library)
    present = [key for key, _ in BACK_SECTIONS if texts[key].strip()]
    titles = dict(BACK_SECTIONS)
    core = [k for k in present if k != "flex"]
    if size.back_columns == 1 or len(present) == 1:
        layout = [present]
    elif len(core) == 3:
        layout = [["visualise", "setup"], [k for k in ("mistakes", "flex") if k in present]]
    else:
        half = (len(present) + 1) // 2
        layout = [present[:half], present[half:]]
    weights = {"visualise": 0.36, "setup": 0.26, "mistakes": 0.38}
    width = pt(size.inner_w) * (COLUMN_SHARE if len(layout) == 2 else 1.0)
    column = Column(
        width_pt=width,
        size_pt=size.back_pt,
        line_height=LINE,
        gap_pt=pt(BLOCK_GAP),
        indent_pt=LIST_INDENT_EM * size.back_pt,
    )
    name_h = size.small_pt * BACK_NAME_SCALE * LINE + pt(BACK_HEAD_EXTRA)
    heading_h = pt(SECTION_GAP) + size.back_pt * HEADING_EM * LINE
    columns: list[list[Section]] = []
    shortened: list[str] = []
    for keys in layout:
        main = [k for k in keys if k != "flex"]

        def room(keys: list[str]) -> float:
            gaps = pt(LIST_GAP) * sum(1 for k in keys if "- " in texts[k])
            return pt(size.inner_h) - name_h - SLACK_PT - heading_h * len(keys) - gaps

        needs = [markdown_height(texts[k], column) for k in main]
        shares = _allocate(needs, [weights[k] for k in main], room(main))
        heights = dict(zip(main, shares, strict=True))
        if "flex" in keys:
            spare = room([*main, "flex"]) - sum(heights.values())
            if spare >= column.height(3):  # enough room left to be of use
                heights["flex"] = spare
        out: list[Section] = []
        for key in keys:
            if key not in heights:
                continue
            fitted = fit_markdown(texts[key], column, heights[key])
            if fitted.shortened and key != "flex":
                shortened.append(key)
            if fitted.html:
                out.append((key, titles[key], fitted.html))
        columns.append(out)
    return columns, shortened


def _targets(exercise: Exercise, size: CardSize, library: Library | None) -> tuple[str, str, bool]:
    """The primary and secondary muscle names, shortened to fit the targets line(s).

    A tall card gives each list its own line; a wide card puts both on one.
    """
    primary = ", ".join(muscle_labels(exercise.primary, library))
    secondary = ", ".join(muscle_labels(exercise.secondary, library))
    width = pt(size.inner_w)
    # The swatches are about an em wide each; the helpers start half an em further on.
    lead = "\u25a0 Feel it in: "
    helpers = "\u25a0\u25a0Helpers: "

    def lines_of(first: str, second: str) -> int:
        runs = [(lead, False), (first, True)] + (
            [(" " + helpers + second, False)] if second else []
        )
        return count_lines(runs, width, size.small_pt)

    def primary_lines(text: str) -> int:
        return count_lines([(lead, False), (text, True)], width, size.small_pt)

    def secondary_lines(text: str) -> int:
        return count_lines([(helpers + text, False)], width, size.small_pt)

    if size.layout == "tall":
        short_primary = fit_lines(primary, 1, primary_lines)
        short_secondary = fit_lines(secondary, 1, secondary_lines) if secondary else ""
        cut = (short_primary, short_secondary) != (primary, secondary)
        return short_primary, short_secondary, cut
    if lines_of(primary, secondary) <= 1:
        return primary, secondary, False
    if secondary:
        short = fit_lines(secondary, 1, lambda t: lines_of(primary, t))
        if len(short) >= 12:
            return primary, short, True
    return fit_lines(primary, 1, primary_lines), "", True
