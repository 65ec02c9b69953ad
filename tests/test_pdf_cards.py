"""Cue cards and card sheets laid out by WeasyPrint: nothing clipped, duplex backs mirrored,
every printed cue in the PDF text, crop marks on the page."""

from __future__ import annotations

import io
import math
import re
import subprocess
from pathlib import Path

import pypdf
import pytest
import weasyprint
from PIL import Image

from mmc.model.exercise import Exercise
from mmc.render.cards import CARD_SIZES, PHASE_LABELS, render_card
from mmc.render.cardsheet import crop_marks, render_card_sheet, sheet_grid
from mmc.render.pdf import html_to_pdf
from tests.render_support import bundled, check_html, clipped_text, prescription, worst_exercise

pytestmark = pytest.mark.pdf
SIZES = sorted(CARD_SIZES)
MM = 72 / 25.4


def layout(html: str) -> weasyprint.Document:
    return weasyprint.HTML(string=html).render()


@pytest.mark.parametrize("size", SIZES)
def test_no_text_is_clipped_on_any_bundled_card(size: str) -> None:
    library = bundled()
    exercises = list(library.exercises.values())
    # Every other card carries a prescription, which takes room from the cues.
    cards = [
        render_card(
            ex, prescription("3-1-X-0") if i % 2 else None, size, library, id_prefix=f"c{i}"
        )
        for i, ex in enumerate(exercises)
    ]
    html = render_card_sheet(cards, size, "a4")
    document = layout(html)
    per_page = sheet_grid(CARD_SIZES[size], "a4").per_page
    assert len(document.pages) == 2 * math.ceil(len(cards) / per_page)
    assert clipped_text(document) == []


@pytest.mark.parametrize("font", ["Liberation Sans", "DejaVu Sans"])
@pytest.mark.parametrize("size", SIZES)
def test_worst_case_content_is_shortened_not_clipped(size: str, font: str) -> None:
    library = bundled()
    cards = [
        render_card(worst_exercise(), None, size, library, id_prefix="w1"),
        render_card(worst_exercise("w2"), prescription("3-1-X-0"), size, library, id_prefix="w2"),
        render_card(
            worst_exercise("w3", text="Wmmm WWWW mmmm. " * 8),
            prescription(),
            size,
            library,
            id_prefix="w3",
        ),
    ]
    html = render_card_sheet(cards, size, "letter")
    html = html.replace("</style>", f'.mmc-card{{font-family:"{font}" !important}}</style>')
    document = layout(html)
    assert clipped_text(document) == []
    per_page = sheet_grid(CARD_SIZES[size], "letter").per_page
    assert len(document.pages) == 2 * math.ceil(len(cards) / per_page)


def test_the_clip_check_catches_overflow() -> None:
    """The check above must be able to fail: squeeze a card and it reports the lost text."""
    card = render_card(worst_exercise(), None, "a6", bundled())
    html = render_card_sheet([card], "a6", "a4")
    html = html.replace("</style>", ".mmc-card--a6{height:60mm !important}</style>")
    assert clipped_text(layout(html))


def eight() -> list[Exercise]:
    return list(bundled().exercises.values())[:8]


def positions(page: pypdf.PageObject, names: list[str]) -> dict[str, tuple[float, float]]:
    found: dict[str, tuple[float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip() in names and text.strip() not in found:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found[text.strip()] = (x, y)

    page.extract_text(visitor_text=visit)
    return found


def test_eight_a7_cards_on_a4_give_one_front_and_one_mirrored_back_page() -> None:
    exercises = eight()
    pdf = html_to_pdf(render_card_sheet(exercises, "a7", "a4", library=bundled()))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    width = float(reader.pages[0].mediabox.width)
    assert width == pytest.approx(210 * MM, abs=0.5)
    assert float(reader.pages[0].mediabox.height) == pytest.approx(297 * MM, abs=0.5)
    names = [e.name for e in exercises]
    front = positions(reader.pages[0], names)
    back = positions(reader.pages[1], names)
    assert set(front) == set(back) == set(names)
    card_w = 105 * MM
    for index, name in enumerate(names):
        row, col = divmod(index, 2)
        fx, fy = front[name]
        bx, by = back[name]
        assert int(fx // card_w) == col  # fronts in reading order
        assert int(bx // card_w) == 1 - col  # backs in mirrored columns
        # Long-edge flip: the back's card box is the mirror image of the front's.
        assert bx - (width - (col + 1) * card_w) == pytest.approx(fx - col * card_w, abs=1)
        assert abs(fy - by) < 5  # same row
        assert fy == pytest.approx(reader.pages[0].mediabox.height - (row * 74 + 10) * MM, abs=8)


def normal(text: str) -> str:
    # Undo line breaks (including those after a hyphen) so that phrases can be found.
    text = re.sub(r"-\n", "-", text)
    return " ".join(text.replace("\u00ad", "").split())


@pytest.mark.parametrize("size", ["a6", "a7"])
def test_pdf_text_contains_every_cue_printed_on_the_cards(size: str) -> None:
    library = bundled()
    exercises = eight()
    cards = [
        render_card(e, None, size, library, id_prefix=f"c{i}") for i, e in enumerate(exercises)
    ]
    pdf = html_to_pdf(render_card_sheet(cards, size, "a4"))
    text = normal("\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))
    shown = 0
    for card, exercise in zip(cards, exercises, strict=True):
        for cue in exercise.cues:
            if cue.text in card.front.replace("&#39;", "'").replace("&amp;", "&"):
                assert normal(cue.text) in text, cue.text
                shown += 1
    assert shown >= 2 * len(exercises)
    for label in {"SET UP", "LIFT", "LOWER"}:
        assert label in text


def test_an_a6_card_prints_every_cue_of_a_typical_exercise() -> None:
    library = bundled()
    row = library.exercises["seated-cable-row"]
    card = render_card(row, prescription(), "a6", library)
    assert "cues" not in card.shortened
    pdf = html_to_pdf(render_card_sheet([card], "a6", "a4"))
    text = normal(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))
    for cue in row.cues:
        assert normal(cue.text) in text
        assert PHASE_LABELS[cue.phase].upper() in text


def render_png(pdf: bytes, tmp_path: Path, dpi: int = 150) -> list[Image.Image]:
    source = tmp_path / "sheet.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(tmp_path / "p")], check=True
    )
    return [Image.open(p).convert("L") for p in sorted(tmp_path.glob("p-*.png"))]


def dark_near(image: Image.Image, x_mm: float, y_mm: float, dpi: int = 150, r: int = 3) -> bool:
    px, py = round(x_mm / 25.4 * dpi), round(y_mm / 25.4 * dpi)
    box = image.crop((px - r, py - r, px + r + 1, py + r + 1))
    return min(box.tobytes()) < 160  # mode L: one byte per pixel


@pytest.mark.parametrize(("size", "paper"), [("a7", "a4"), ("a7", "letter"), ("3x5", "letter")])
def test_crop_marks_are_printed(size: str, paper: str, tmp_path: Path) -> None:
    grid = sheet_grid(CARD_SIZES[size], paper)
    marks = crop_marks(grid)
    assert marks.count("<line") >= grid.cols + grid.rows
    html = render_card_sheet(eight()[: grid.per_page], size, paper, library=bundled())
    check_html(html, document=True)
    assert html.count('class="crop-marks"') == 2  # on the fronts and on the backs
    images = render_png(html_to_pdf(html), tmp_path)
    assert len(images) == 2
    xs = [grid.x0 + i * grid.card_w for i in range(grid.cols + 1)]
    ys = [grid.y0 + j * grid.card_h for j in range(grid.rows + 1)]
    for image in images:
        # Where inner cut lines cross, a small cross is drawn on the cut.
        for x in xs[1:-1]:
            for y in ys[1:-1]:
                assert dark_near(image, x, y)
        # In the margins (where there is room), ticks continue every cut line.
        if grid.y0 >= 2.5:
            for x in xs:
                assert dark_near(image, x, grid.y0 - 2.5)
                assert dark_near(image, x, ys[-1] + 2.5)
        if grid.x0 >= 2.5:
            for y in ys:
                assert dark_near(image, grid.x0 - 2.5, y)
        # And nothing is drawn at a margin point away from the cut lines.
        assert not dark_near(image, grid.x0 / 2 + 0.1, (ys[0] + ys[1]) / 2) or grid.x0 < 1


def test_backs_only_when_asked_and_sizes_checked() -> None:
    html = render_card_sheet(eight(), "a7", "a4", library=bundled(), backs=False)
    assert html.count('data-side="back"') == 0 and html.count('class="mmc-page ') == 1


def test_card_sheet_pdf_is_deterministic() -> None:
    html = render_card_sheet(eight()[:2], "a6", "letter", library=bundled())
    assert html_to_pdf(html) == html_to_pdf(html)
