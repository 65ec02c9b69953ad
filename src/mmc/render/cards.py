"""Cue cards: an exercise on the front and back of a printed card.

Front: the name, the muscles to feel (muscle map and names), one rep at the prescribed
tempo, the prescription if given, and the top cues by phase. Back: what to picture
(visualise), how to set up, and the common mistakes.

Every block of text has a budget computed from the card's geometry and font size (see
:mod:`mmc.render.fit`): over-long text is cut by rule, never clipped by the printer. The
budgets assume the widest font the stylesheet may fall back to (DejaVu Sans).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mmc.errors import MmcError
from mmc.model.cue import Cue
from mmc.model.exercise import Exercise
from mmc.model.prescription import Prescription
from mmc.model.tempo import Tempo
from mmc.render.fit import Column, fit_lines, fit_markdown, markdown_height
from mmc.render.geometry import (
    BACK_HEAD_EXTRA,
    BACK_NAME_SCALE,
    BLOCK_GAP,
    CARD_SIZES,
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
    CardSizeName,
    card_size,
    fill_css,
    pt,
    size_css,
)
from mmc.render.measure import count_lines, text_width
from mmc.render.tempo import render_dose_strip, render_tempo_strip

if TYPE_CHECKING:  # pragma: no cover
    from mmc.model.library import Library
    from mmc.render.templates import Templates

__all__ = [
    "CARD_SIZES",
    "Card",
    "CardSize",
    "CardSizeName",
    "card_css",
    "card_cues",
    "card_size",
    "format_rest",
    "muscle_label",
    "muscle_labels",
    "prescription_text",
    "render_card",
]

#: How much a tall card's body map may grow into room the cues leave.
MAP_GROWTH = 1.5
#: Share of the room left for cues that safety notes may take.
SAFETY_SHARE = 0.45


#: How a card names each cue phase.
PHASE_LABELS = {
    "setup": "Set up",
    "eccentric": "Lower",
    "pause": "Pause",
    "concentric": "Lift",
    "peak": "Squeeze",
    "breathing": "Breathe",
}
#: Section headings on the back, in the order printed. "Feel it first" (how to flex each
#: target muscle without weight, from the library's muscles) gets whatever room is left.
BACK_SECTIONS = (
    ("visualise", "Visualise"),
    ("setup", "Set up"),
    ("mistakes", "Common mistakes"),
    ("flex", "Feel it first"),
)
_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


def muscle_label(muscle_id: str, library: Library | None) -> str:
    """A short name for a muscle: the library's name without its bracketed gloss.

    Without a library (or for an unknown id) the id is turned into words.
    """
    muscle = library.muscles.get(muscle_id) if library is not None else None
    if muscle is None:
        return muscle_id.replace("-", " ").capitalize()
    return _PAREN.sub("", muscle.name) or muscle.name


def muscle_labels(muscle_ids: Sequence[str], library: Library | None) -> list[str]:
    """Short names for a list of muscles, where a muscle whose heads (two or more) are all
    listed is named once, as the whole muscle (an overhead extension's three triceps heads
    read "Triceps"), at the place of its first head."""
    shown: list[str] = []
    for muscle_id in muscle_ids:
        muscle = library.muscles.get(muscle_id) if library is not None else None
        parent = muscle.parent if muscle is not None else None
        if library is not None and parent is not None:
            heads = library.heads(parent)
            if len(heads) > 1 and set(heads) <= set(muscle_ids):
                muscle_id = parent
        if muscle_id not in shown:
            shown.append(muscle_id)
    return [muscle_label(m, library) for m in shown]


def format_rest(seconds: int) -> str:
    """``90 s``, ``2 min``, ``2 min 30 s``."""
    if seconds < 120 or seconds % 30:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def prescription_text(rx: Prescription) -> str:
    """``3 × 8-12 · 60% 1RM, 2 RIR · rest 90 s`` (the tempo has its own strip); a per-side
    set or one dosed in seconds or metres says so: ``3 × 10 reps each side · ...``."""
    dose = rx.dose() if rx.per_side or rx.measure != "reps" else str(rx.reps)
    return f"{rx.sets} \u00d7 {dose} \u00b7 {rx.load} \u00b7 rest {format_rest(rx.rest_seconds)}"


def _rep_order(tempo: Tempo) -> list[str]:
    body = ["eccentric", "pause", "concentric", "peak"]
    if tempo.starts_with == "concentric":
        body = body[2:] + body[:2]
    return ["setup", *body, "breathing"]


def card_cues(cues: Sequence[Cue], tempo: Tempo, limit: int | None = None) -> list[Cue]:
    """The top cues by phase, best first.

    The first cue of each phase is taken first (content lists its best cue first), in the
    order a rep meets the phases, then the second of each phase, and so on, up to ``limit``. With an explosive concentric,
    muscle cues for the concentric are left out (R2: no benefit at explosive speed).
    """
    order = _rep_order(tempo)
    usable = [
        c
        for c in cues
        if not (tempo.is_explosive and c.phase == "concentric" and c.focus == "muscle")
    ]
    by_phase: dict[str, list[Cue]] = {p: [] for p in order}
    for cue in usable:
        by_phase[cue.phase].append(cue)
    picked: list[Cue] = []
    rank = 0
    while len(picked) < len(usable) and (limit is None or len(picked) < limit):
        for phase in order:
            if rank < len(by_phase[phase]) and (limit is None or len(picked) < limit):
                picked.append(by_phase[phase][rank])
        rank += 1
    return picked


@dataclass(frozen=True, slots=True)
class Card:
    """A rendered card: two HTML fragments, one per side, styled by :func:`card_css`."""

    exercise: str
    size: CardSize
    front: str
    back: str
    shortened: tuple[str, ...] = ()
    """Names of the blocks whose text was cut to fit (``visualise``, ``cues`` ...)."""

    def __str__(self) -> str:
        return self.front + self.back

    def __html__(self) -> str:
        return str(self)


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


Section = tuple[str, str, str]  # key, heading, HTML


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


def flex_markdown(exercise: Exercise, library: Library | None) -> str:
    """A list of how to flex each primary muscle without weight (from the library)."""
    if library is None:
        return ""
    items = []
    for muscle_id in exercise.primary:
        muscle = library.muscles.get(muscle_id)
        if muscle is not None and muscle.flex.strip():
            flex = " ".join(muscle.flex.split())
            items.append(f"- **{muscle_label(muscle_id, library)}**: {flex}")
    return "\n".join(items)


def _back_columns(
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


def render_card(
    exercise: Exercise,
    prescription: Prescription | None = None,
    size: CardSizeName | str = "a6",
    library: Library | None = None,
    *,
    id_prefix: str | None = None,
    templates: Templates | None = None,
) -> Card:
    """Render the two sides of ``exercise``'s cue card.

    ``prescription`` adds sets x reps, load and rest, and its tempo replaces the exercise's
    default tempo (keeping the phase the exercise starts with). ``library`` supplies muscle
    names; without it names are made from the ids. Text over a block's budget is shortened
    by rule (:mod:`mmc.render.fit`); :attr:`Card.shortened` says which blocks were. A hold or
    a carry (``measure`` seconds or metres) shows its time or distance instead of a tempo.
    ``id_prefix`` starts the ids inside the muscle map; give each card on one page its own.
    ``templates`` (a :class:`mmc.render.templates.Templates`; default: those of every
    installed pack) are the templates to render with; pass one object when rendering many.
    """
    from markupsafe import Markup

    from mmc.model.common import as_model
    from mmc.model.library import Library
    from mmc.render.musclemap import render_muscle_map
    from mmc.render.templates import Templates

    exercise = as_model(exercise, Exercise, "exercise")
    if prescription is not None:
        prescription = as_model(prescription, Prescription, "prescription")
    if library is not None and not isinstance(library, Library):
        raise MmcError(f"library must be a Library, not {type(library).__name__}",
                       field="library", fix="pass mmc.load_library() or leave it out")
    spec = card_size(size)
    tempo = exercise.tempo
    if prescription is not None:
        tempo = prescription.tempo.model_copy(update={"starts_with": exercise.starts_with})
    shortened: list[str] = []

    # Front: the header, then (beside or below the map) the tempo strip, the prescription
    # and as many cues as the height left allows.
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
        code = f" \u00b7 tempo {tempo.format()}" if measure == "reps" else ""

        def rx_lines(text: str) -> int:
            runs = [(text, True), (code, False)]
            return count_lines(runs, pt(spec.main_w), spec.body_pt)

        rx = fit_lines(prescription_text(prescription), 2, rx_lines)
        left -= rx_lines(rx) * spec.body_pt * LINE + pt(RX_EXTRA)
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
    cues, cut, spare = _fit_cues(card_cues(exercise.cues, tempo), spec, left, _rep_order(tempo))
    map_mm = spec.map_mm
    if spec.layout == "tall":  # the map takes what the text leaves, up to MAP_GROWTH
        map_mm = round(spec.map_mm + min(spare / PT_PER_MM, spec.map_mm * (MAP_GROWTH - 1)), 2)
    if cut:
        shortened.append("cues")
    columns, cut_sections = _back_columns(exercise, spec, library)
    shortened.extend(cut_sections)

    def back_title_lines(text: str) -> int:
        return count_lines([(text, True)], pt(spec.inner_w), spec.small_pt * BACK_NAME_SCALE)

    muscle_map = render_muscle_map(
        exercise.primary,
        exercise.secondary,
        library=library,
        title=f"Muscles of the {exercise.name}",
        id_prefix=id_prefix or f"mm-{spec.name.replace('x', '-')}-{exercise.id}",
        legend=False,
        flat=True,
    )
    context = {
        "ex": exercise,
        "size": spec,
        "title": title,
        "back_title": fit_lines(exercise.name, 1, back_title_lines),
        "primary": primary,
        "secondary": secondary,
        "rx": rx,
        "tempo": tempo,
        "tempo_strip": Markup(strip),
        "timed": measure != "reps",
        "muscle_map": Markup(muscle_map),
        # Beside the text on a wide card the map fills the height below the header.
        "map_height": round(spec.inner_h - header / PT_PER_MM - 0.3, 2)
        if spec.layout == "wide"
        else map_mm,
        "cues": cues,
        "side": side,
        "safety": safety,
        "columns": [[(key, name, Markup(html)) for key, name, html in col] for col in columns],
    }
    templates = templates or Templates.installed()
    front = templates.render("card-front.html", **context)
    back = templates.render("card-back.html", **context)
    return Card(exercise.id, spec, front, back, tuple(shortened))


def card_css(templates: Templates | None = None) -> str:
    """The stylesheet of card fragments: shared rules plus one block per card size.

    ``templates`` (default: those of every installed pack) may replace or extend ``card.css``.
    """
    from mmc.render.templates import Templates

    text = (templates or Templates.installed()).stylesheet("card.css")
    return fill_css(text) + "".join(map(size_css, CARD_SIZES.values()))
