"""Cue cards: an exercise on the front and back of a printed card.

Front: the name, the muscles to feel (muscle map and names), one rep at the prescribed
tempo, the prescription if given, and the top cues by phase. Back: what to picture
(visualise), how to set up, and the common mistakes.

Every block of text has a budget computed from the card's geometry and font size (see
:mod:`mmc.render.fit`): over-long text is cut by rule, never clipped by the printer. The
budgets assume the widest font the stylesheet may fall back to (DejaVu Sans).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mmc.errors import MmcError
from mmc.model.exercise import Exercise
from mmc.model.prescription import Prescription
from mmc.render.cardfit import MAP_GROWTH, SAFETY_SHARE, back_columns, fit_front
from mmc.render.cardtext import (
    BACK_SECTIONS,
    PHASE_LABELS,
    card_cues,
    flex_markdown,
    format_rest,
    muscle_label,
    muscle_labels,
    prescription_text,
)
from mmc.render.fit import fit_lines
from mmc.render.geometry import (
    BACK_NAME_SCALE,
    CARD_SIZES,
    PT_PER_MM,
    CardSize,
    CardSizeName,
    card_size,
    fill_css,
    pt,
    size_css,
)
from mmc.render.measure import count_lines

if TYPE_CHECKING:  # pragma: no cover
    from mmc.model.library import Library
    from mmc.render.templates import Templates

# The sizes (mmc.render.geometry), the texts (mmc.render.cardtext) and the fitting
# (mmc.render.cardfit) live in their own modules; their public names stay importable here.
__all__ = [
    "BACK_SECTIONS",
    "CARD_SIZES",
    "MAP_GROWTH",
    "PHASE_LABELS",
    "SAFETY_SHARE",
    "Card",
    "CardSize",
    "CardSizeName",
    "card_css",
    "card_cues",
    "card_size",
    "flex_markdown",
    "format_rest",
    "muscle_label",
    "muscle_labels",
    "prescription_text",
    "render_card",
]


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
    front = fit_front(exercise, prescription, tempo, spec, library)
    columns, cut_sections = back_columns(exercise, spec, library)

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
        "title": front.title,
        "back_title": fit_lines(exercise.name, 1, back_title_lines),
        "primary": front.primary,
        "secondary": front.secondary,
        "rx": front.rx,
        "tempo": tempo,
        "tempo_strip": Markup(front.strip),
        "timed": (exercise if prescription is None else prescription).measure != "reps",
        "muscle_map": Markup(muscle_map),
        # Beside the text on a wide card the map fills the height below the header.
        "map_height": round(spec.inner_h - front.header_pt / PT_PER_MM - 0.3, 2)
        if spec.layout == "wide"
        else front.map_mm,
        "cues": front.cues,
        "side": front.side,
        "safety": front.safety,
        "columns": [[(key, name, Markup(html)) for key, name, html in col] for col in columns],
    }
    templates = templates or Templates.installed()
    front_html = templates.render("card-front.html", **context)
    back_html = templates.render("card-back.html", **context)
    return Card(exercise.id, spec, front_html, back_html, (*front.shortened, *cut_sections))


def card_css(templates: Templates | None = None) -> str:
    """The stylesheet of card fragments: shared rules plus one block per card size.

    ``templates`` (default: those of every installed pack) may replace or extend ``card.css``.
    """
    from mmc.render.templates import Templates

    text = (templates or Templates.installed()).stylesheet("card.css")
    return fill_css(text) + "".join(map(size_css, CARD_SIZES.values()))
