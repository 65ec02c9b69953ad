"""Helpers shared by the render and PDF tests: fixtures built from model objects, an HTML
checker, and a layout check over WeasyPrint's box tree."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any

import mmc
from mmc.model.cue import Cue
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.prescription import Prescription
from mmc.model.session import Session, SessionDrill, SessionItem

VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip


@lru_cache(maxsize=1)
def bundled() -> Library:
    return mmc.load_library()


class StrictHTML(HTMLParser):
    """Fails on unbalanced or misnested tags (no end tag is left to be implied), duplicate
    ids and attributes, ``<script>`` and event-handler attributes. Records every element
    carrying ``data-muscle`` with its classes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self.in_svg = 0
        self.doctype = False
        self.muscles: list[tuple[str, set[str]]] = []

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl.lower() == "doctype html"

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = [name for name, _ in attrs]
        if len(names) != len(set(names)):
            self.errors.append(f"duplicate attribute on <{tag}>: {names}")
        for name, value in attrs:
            if name == "id":
                if value in self.ids:
                    self.errors.append(f"duplicate id {value!r}")
                self.ids.add(value or "")
            if name.startswith("on"):
                self.errors.append(f"event handler attribute {name} on <{tag}>")

    def _note(self, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        classes = set((found.get("class") or "").split())
        if found.get("data-muscle"):
            self.muscles.append((found["data-muscle"] or "", classes))
        # A flat map (cards) merges the regions of one paint and lists their muscles.
        for muscle in (found.get("data-muscles") or "").split():
            self.muscles.append((muscle, classes))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)
        self._note(attrs)
        if tag == "script":
            self.errors.append("<script> element in output")
        if tag in VOID and not self.in_svg:
            return
        if tag == "svg":
            self.in_svg += 1
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)
        self._note(attrs)
        if not self.in_svg and tag not in VOID:
            self.errors.append(f"self-closing <{tag}/> outside SVG")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID and not self.in_svg:
            self.errors.append(f"end tag for void element </{tag}>")
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack and self.stack[-1] != tag:
                    self.stack.pop()
                self.stack.pop()
            return
        self.stack.pop()
        if tag == "svg":
            self.in_svg -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check_html(html: str, *, document: bool = False) -> StrictHTML:
    """Parse ``html`` strictly; raise AssertionError listing every problem."""
    parser = StrictHTML()
    parser.feed(html)
    parser.close()
    errors = list(parser.errors)
    if parser.stack:
        errors.append(f"unclosed elements: {parser.stack}")
    if document and not parser.doctype:
        errors.append("no <!DOCTYPE html>")
    assert not errors, "\n".join(errors)
    return parser


# --- layout -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Clip:
    where: str
    text: str
    box: tuple[float, float, float, float]
    limit: tuple[float, float, float, float]


def _classes(box: Any) -> str:
    element = getattr(box, "element", None)
    return (element.get("class") or "") if element is not None else ""


def _rect(box: Any) -> tuple[float, float, float, float]:
    return (
        box.position_x,
        box.position_y,
        box.position_x + box.margin_width(),
        box.position_y + box.margin_height(),
    )


def _content_rect(box: Any) -> tuple[float, float, float, float]:
    x, y = box.content_box_x(), box.content_box_y()
    return (x, y, x + box.width, y + box.height)


def _inside(inner: tuple[float, ...], outer: tuple[float, ...], tol: float = 0.6) -> bool:
    return (
        inner[0] >= outer[0] - tol
        and inner[1] >= outer[1] - tol
        and inner[2] <= outer[2] + tol
        and inner[3] <= outer[3] + tol
    )


def _intersect(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, float, float, float]:
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


def iter_cards(page_box: Any) -> Iterator[Any]:
    stack = [page_box]
    while stack:
        box = stack.pop()
        if "mmc-card " in _classes(box) + " " and "mmc-card--" in _classes(box):
            yield box
            continue
        stack.extend(reversed(list(getattr(box, "children", []))))


def clipped_text(document: Any) -> list[Clip]:
    """Every text box or image in a card that sits (partly) outside the card's content box or
    outside an ancestor that hides overflow: text the reader would not see."""
    from weasyprint.formatting_structure import boxes

    found: list[Clip] = []

    def walk(box: Any, limit: tuple[float, float, float, float], where: str) -> None:
        if isinstance(box, boxes.TextBox | boxes.ReplacedBox) and box.width > 0:
            rect = (
                box.position_x,
                box.position_y,
                box.position_x + box.width,
                box.position_y + box.height,
            )
            if not _inside(rect, limit):
                text = getattr(box, "text", type(box).__name__)
                found.append(Clip(where, text, rect, limit))
        if (
            getattr(box, "style", None) is not None
            and box.style["overflow"] != "visible"
            and not (isinstance(box, boxes.ReplacedBox))
        ):
            x, y = box.padding_box_x(), box.padding_box_y()
            limit = _intersect(limit, (x, y, x + box.padding_width(), y + box.padding_height()))
        for child in getattr(box, "children", []):
            walk(child, limit, where)

    for number, page in enumerate(document.pages, 1):
        for card in iter_cards(page._page_box):
            element = card.element
            where = f"page {number} {element.get('data-exercise')} {element.get('data-side')}"
            for child in card.children:
                walk(child, _content_rect(card), where)
    return found


# --- fixtures from model objects ---------------------------------------------------------

LONG_WORDS = (
    "Brace your trunk, then let the working muscle lengthen under control while the rest of "
    "your body stays perfectly still; feel the stretch build evenly, count the seconds out "
    "loud, and never let momentum or a neighbouring muscle steal the movement from it. "
)


def long_markdown(kind: str, repeat: int = 6) -> str:
    if kind == "list":
        return "\n".join(
            f"- **Mistake number {i} described at length**: {LONG_WORDS}" for i in range(1, 12)
        )
    if kind == "short-items":
        return "\n".join(f"- Item {i}." for i in range(1, 60))
    return "\n\n".join(LONG_WORDS * 2 for _ in range(repeat))


def worst_exercise(exercise_id: str = "worst-case", *, text: str = LONG_WORDS) -> Exercise:
    """An exercise with every block far over any card's budget."""
    phases = ["setup", "eccentric", "pause", "concentric", "peak", "breathing"]
    cues = [
        Cue(text=(text * 2)[:90].strip(), phase=phases[i % 6], focus="muscle")  # type: ignore[arg-type]
        for i in range(14)
    ]
    return Exercise(
        id=exercise_id,
        name="Single-Arm Half-Kneeling Landmine Press With Isometric Hold And Band Resistance Variant",
        primary=[
            "pectoralis-major-clavicular",
            "deltoid-anterior",
            "triceps-long",
            "serratus-anterior",
            "trapezius-lower",
            "rectus-abdominis",
            "obliques",
        ],
        secondary=[
            "triceps-lateral",
            "triceps-medial",
            "deltoid-lateral",
            "trapezius-upper",
            "gluteus-maximus",
            "quadriceps",
            "biceps-brachii",
        ],
        equipment=["barbell", "band"],
        mechanic="compound",
        pattern="vertical-push",
        tempo="10-10-10-10",
        cues=cues,
        setup=long_markdown("para"),
        visualise=long_markdown("para"),
        mistakes=long_markdown("list"),
    )


def prescription(tempo: str = "3-1-1-0", sets: int = 3) -> Prescription:
    return Prescription.model_validate(
        {
            "sets": sets,
            "reps": "8-12",
            "load": {"percent_1rm": 60, "rir": 2},
            "tempo": tempo,
            "rest_seconds": 90,
        }
    )


def session_of(library: Library, count: int = 8, *, sets: int = 4) -> Session:
    """A session of ``count`` exercises (cycled through the library), with drills."""
    exercises = list(library.exercises.values())
    items = []
    for i in range(count):
        ex = exercises[i % len(exercises)]
        items.append(
            SessionItem(
                exercise=ex.id,
                name=ex.name,
                primary=list(ex.primary),
                prescription=prescription(ex.tempo.format(), sets=sets),
                cues=list(ex.cues),
            )
        )
    return Session(
        title="Upper body: feel every rep",
        goal="mmc-hypertrophy",
        targets=["latissimus-dorsi", "pectoralis-major"],
        equipment=["cable", "dumbbell"],
        minutes=60,
        drills=[
            SessionDrill(drill="lat-flex-hold", name="Lat flex and hold", minutes=3),
            SessionDrill(drill="scapular-squeeze", name="Shoulder-blade squeeze", minutes=2),
        ],
        items=items,
        duration_minutes=58,
    )
