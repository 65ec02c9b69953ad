"""The tempo strip: one rep drawn as a row of phases (rule R6 of the evidence page).

Each phase is a band as wide as its seconds, labelled ``lower 3 s``, ``pause 1 s``,
``lift 1 s``; a line across the bands traces the load going down and up. The strip starts
with the phase the lift starts with (``Tempo.phases``): a squat starts lowering, a curl
starts lifting. An explosive phase ("X", as fast as good technique allows) has a heavier dashed outline,
is traced with a thick arrow, and is labelled ``fast`` instead of a number of seconds. Phases of 0 s are
left out.

Pure string building (no Jinja2) so that the strip costs next to nothing per card.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from mmc.errors import MmcError
from mmc.model.common import Measure, as_model, as_text
from mmc.model.tempo import EXPLOSIVE, PhaseName, PhaseSeconds, Tempo

__all__ = [
    "PHASE_WORDS",
    "TempoSegment",
    "dose_words",
    "render_dose_strip",
    "render_tempo_strip",
    "tempo_segments",
    "tempo_text",
]

#: The lifter's word for each phase.
PHASE_WORDS: dict[PhaseName, str] = {
    "eccentric": "lower",
    "pause_after_eccentric": "pause",
    "concentric": "lift",
    "pause_after_concentric": "pause",
}
WIDTH = 320.0
HEIGHT = 54.0
#: The narrowest band that still holds its label; narrower phases are widened to this and
#: the others share the rest in proportion to their seconds.
MIN_BAND = 40.0
#: An explosive phase is drawn as if it took this long (it is "as fast as possible").
EXPLOSIVE_DRAWN_SECONDS = 0.5
_FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
_INK = "#1a1a1a"
_LINE_TOP, _LINE_BOTTOM = 7.0, 25.0


@dataclass(frozen=True, slots=True)
class TempoSegment:
    """One drawn phase: where it sits on the strip and what it says."""

    phase: PhaseName
    seconds: PhaseSeconds
    x: float
    width: float

    @property
    def explosive(self) -> bool:
        return self.seconds == EXPLOSIVE

    @property
    def word(self) -> str:
        return PHASE_WORDS[self.phase]

    @property
    def amount(self) -> str:
        return "fast" if self.explosive else f"{self.seconds} s"

    @property
    def label(self) -> str:
        """``lower 3 s``, ``pause 1 s``, ``lift fast``."""
        return f"{self.word} {self.amount}"


def _drawn_seconds(value: PhaseSeconds) -> float:
    return EXPLOSIVE_DRAWN_SECONDS if value == EXPLOSIVE else float(value)


def tempo_segments(tempo: Tempo, width: float = WIDTH) -> list[TempoSegment]:
    """The phases of one rep in the order performed, with their place on the strip.

    Widths are proportional to seconds, except that no band is narrower than
    :data:`MIN_BAND` (so its label fits); the widths always add up to ``width``.
    """
    phases = [(name, value) for name, value in tempo.phases if value != 0]
    seconds = [_drawn_seconds(value) for _, value in phases]
    floor = min(MIN_BAND, width / len(phases))
    widened: set[int] = set()
    while True:
        free = width - floor * len(widened)
        rest = sum(s for i, s in enumerate(seconds) if i not in widened)
        narrow = {i for i, s in enumerate(seconds) if i not in widened and free * s / rest < floor}
        if not narrow:
            break
        widened |= narrow
    free = width - floor * len(widened)
    rest = sum(s for i, s in enumerate(seconds) if i not in widened)
    segments: list[TempoSegment] = []
    x = 0.0
    for i, (name, value) in enumerate(phases):
        w = floor if i in widened else free * seconds[i] / rest
        segments.append(TempoSegment(phase=name, seconds=value, x=x, width=w))
        x += w
    return segments


def tempo_text(tempo: Tempo) -> str:
    """A sentence for screen readers: ``One rep: lower 3 s, pause 1 s, lift 1 s.``"""
    parts = [
        f"{PHASE_WORDS[name]} {'as fast as you can' if value == EXPLOSIVE else f'{value} s'}"
        for name, value in tempo.phases
        if value != 0
    ]
    return f"One rep, tempo {tempo.format()}: {', '.join(parts)}."


def _f(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _arrow(x1: float, y1: float, x2: float, y2: float) -> str:
    """A thick line with an arrowhead: the explosive phase."""
    dx, dy = x2 - x1, y2 - y1
    length = max((dx * dx + dy * dy) ** 0.5, 1e-9)
    ux, uy = dx / length, dy / length
    head = 7.0
    bx, by = x2 - ux * head, y2 - uy * head
    px, py = -uy * head * 0.55, ux * head * 0.55
    return (
        f'<g class="fast"><line x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(bx)}" y2="{_f(by)}" '
        f'stroke="{_INK}" stroke-width="3.2" stroke-linecap="round" />'
        f'<polygon points="{_f(x2)},{_f(y2)} {_f(bx + px)},{_f(by + py)} '
        f'{_f(bx - px)},{_f(by - py)}" fill="{_INK}" /></g>'
    )


def render_tempo_strip(tempo: Tempo, *, width: float = WIDTH, css_class: str = "") -> str:
    """An inline SVG of one rep at ``tempo`` (a Tempo, or notation such as ``3-1-X-0``);
    scales to its container's width."""
    if isinstance(tempo, str):
        tempo = Tempo.parse(tempo)
    elif not isinstance(tempo, Tempo):
        tempo = as_model(tempo, Tempo, "tempo")
    if isinstance(width, bool) or not isinstance(width, int | float) or not (
        math.isfinite(width) and width > 0
    ):
        raise MmcError(f"width must be a positive number, not {width!r}", field="width",
                       fix="leave it out, or give the width in pixels, e.g. 320")
    css_class = as_text(css_class, "css_class")
    # A library uses a handful of tempos over and over: draw each once.
    return _strip(tempo, float(width), css_class)


# A value-keyed cache of a pure function (a frozen Tempo, a width and a class in, a string
# out): no state, only answers remembered.
@lru_cache(maxsize=256)
def _strip(tempo: Tempo, width: float, css_class: str) -> str:
    segments = tempo_segments(tempo, width)
    title = escape(tempo_text(tempo))
    classes = " ".join(c for c in ("mmc-tempo", css_class) if c)
    out = [
        f'<svg class="{escape(classes)}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {_f(width)} {_f(HEIGHT)}" role="img" aria-label="{title}" '
        f'font-family="{_FONT}" data-tempo="{escape(tempo.format())}" '
        f'data-starts-with="{tempo.starts_with}">',
        f"<title>{title}</title>",
    ]
    # The load goes down during the eccentric and up during the concentric; a rep that
    # starts with the concentric (a curl) starts at the bottom.
    y = _LINE_BOTTOM if tempo.starts_with == "concentric" else _LINE_TOP
    points: list[str] = [f"{_f(0.5)},{_f(y)}"]
    fast_lines: list[str] = []
    for seg in segments:
        kind = "pause" if seg.phase.startswith("pause") else seg.phase
        band_class = f"band {kind}" + (" explosive" if seg.explosive else "")
        fill = {"eccentric": "#ececec", "concentric": "#ffffff", "pause": "#f7f7f7"}[kind]
        out.append(
            f'<g class="{band_class}" data-phase="{seg.phase}" data-seconds="{seg.seconds}">'
        )
        dash = ' stroke-dasharray="3 2"' if seg.explosive else ""
        out.append(
            f'<rect x="{_f(seg.x + 0.5)}" y="0.5" width="{_f(seg.width - 1)}" '
            f'height="{_f(HEIGHT - 1)}" rx="3" fill="{fill}" stroke="#8a8a8a" '
            f'stroke-width="{1.6 if seg.explosive else 0.8}"{dash} />'
        )
        cx = seg.x + seg.width / 2
        out.append(
            f'<text x="{_f(cx)}" y="{_f(HEIGHT - 17)}" text-anchor="middle" '
            f'font-size="10.5" fill="{_INK}"><tspan x="{_f(cx)}">{seg.word}</tspan>'
            f'<tspan x="{_f(cx)}" dy="10.5" font-weight="bold">{escape(seg.amount)}</tspan>'
            "</text>"
        )
        out.append("</g>")
        start = (seg.x + (2.0 if seg.explosive else 0.0), y)
        if seg.phase == "eccentric":
            y = _LINE_BOTTOM
        elif seg.phase == "concentric":
            y = _LINE_TOP
        end_x = seg.x + seg.width - (2.0 if seg.explosive else 0.0)
        if seg.explosive:
            points.append(f"{_f(start[0])},{_f(start[1])}")
            fast_lines.append(_arrow(start[0], start[1], end_x, y))
        points.append(f"{_f(end_x)},{_f(y)}")
    points[-1] = f"{_f(width - 0.5)},{_f(y)}"
    out.append(
        f'<polyline class="path" points="{" ".join(points)}" fill="none" stroke="{_INK}" '
        'stroke-width="1.6" stroke-linejoin="round" />'
    )
    out.extend(fast_lines)
    out.append("</svg>")
    return "".join(out)


#: What a set dosed in seconds or metres is, and what it asks for when no dose is given.
_TIMED = {"seconds": ("hold", "for time"), "metres": ("carry", "for distance")}


def dose_words(measure: Measure, dose: str | None = None) -> str:
    """``Hold 20-40 s``, ``Carry 20 m each side``; ``Hold for time`` with no dose. Printed in
    place of a rep tempo: the tempo of a hold or a carry only covers getting into and out of
    position, and the set itself is the time or the distance."""
    word, open_dose = _TIMED[measure]
    return f"{word.capitalize()} {dose or open_dose}"


def render_dose_strip(measure: Measure, dose: str | None = None, *, width: float = WIDTH) -> str:
    """An inline SVG the size of a tempo strip for a set dosed in seconds or metres (a hold
    or a carry): one band, ``hold`` over ``20-40 s`` (or ``for time`` with no dose)."""
    if measure not in _TIMED:
        raise MmcError(f"measure must be 'seconds' or 'metres', not {measure!r}",
                       field="measure", fix="draw a set of reps with render_tempo_strip")
    word, open_dose = _TIMED[measure]
    amount = escape(dose or open_dose)
    title = escape(dose_words(measure, dose)) + "."  # "Hold 20-40 s.", "Hold for time."
    cx = width / 2
    return (
        f'<svg class="mmc-tempo" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {_f(width)} {_f(HEIGHT)}" role="img" aria-label="{title}" '
        f'font-family="{_FONT}" data-measure="{measure}"><title>{title}</title>'
        f'<rect x="0.5" y="0.5" width="{_f(width - 1)}" height="{_f(HEIGHT - 1)}" rx="3" '
        f'fill="#f7f7f7" stroke="#8a8a8a" stroke-width="0.8" />'
        f'<text x="{_f(cx)}" y="{_f(HEIGHT - 17)}" text-anchor="middle" font-size="10.5" '
        f'fill="{_INK}"><tspan x="{_f(cx)}">{word}</tspan>'
        f'<tspan x="{_f(cx)}" dy="10.5" font-weight="bold">{amount}</tspan></text></svg>'
    )
