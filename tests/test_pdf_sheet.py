"""The gym-bag session sheet: one page for up to eight exercises, legible, ink-friendly."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pypdf
import pytest
from PIL import Image

import mmc
from mmc.model.cue import Cue
from mmc.model.session import Session, SessionItem
from mmc.render.pdf import html_to_pdf
from mmc.render.sheets import key_cue, load_session, render_sheet, set_groups, tempo_words
from tests.render_support import bundled, check_html, prescription, session_of

pytestmark = pytest.mark.pdf


def pdf_pages(pdf: bytes) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def normal(text: str) -> str:
    return " ".join(text.replace("-\n", "-").split())


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("sets", [3, 4, 6])
def test_eight_exercises_fit_on_exactly_one_page(paper: str, sets: int) -> None:
    session = session_of(bundled(), 8, sets=sets)
    html = render_sheet(session, paper, library=bundled())
    check_html(html, document=True)
    pages = pdf_pages(html_to_pdf(html))
    assert len(pages) == 1
    width = float(pages[0].mediabox.width)
    height = float(pages[0].mediabox.height)
    assert width < height  # portrait
    expected = {"a4": (595.3, 841.9), "letter": (612.0, 792.0)}[paper]
    assert (width, height) == pytest.approx(expected, abs=0.5)


def long_session() -> Session:
    """Eight exercises with the longest names, cues and safety notes the model allows, and
    5 drills."""
    base = session_of(bundled(), 8, sets=5)
    cue = Cue(
        text=("Feel the working muscle lengthen slowly and evenly " * 3)[:90].strip(),
        phase="eccentric",
        focus="muscle",
    )
    items = [
        item.model_copy(
            update={"name": f"Single-Arm Half-Kneeling Landmine Press Variant {i}", "cues": [cue],
                    "safety": [("Set the safety pins just below your lowest depth or use a "
                                "spotter who knows the lift well " * 3)[:140].strip(),
                               "Stop at sharp pain."]}
        )
        for i, item in enumerate(base.items)
    ]
    drills = [
        d.model_copy(update={"name": f"{d.name} with a long descriptive name"})
        for d in base.drills * 3
    ]
    return base.model_copy(update={"items": items, "drills": drills})


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_long_names_and_cues_still_fit_one_page(paper: str) -> None:
    html = render_sheet(long_session(), paper, library=bundled())
    assert len(pdf_pages(html_to_pdf(html))) == 1


def test_nine_exercises_continue_on_a_second_page() -> None:
    html = render_sheet(session_of(bundled(), 9), "a4", library=bundled())
    pages = pdf_pages(html_to_pdf(html))
    assert len(pages) == 2
    assert "page 2 of 2" in pages[1].extract_text()


def test_sheet_text_has_drills_prescriptions_cues_and_write_in_rows() -> None:
    library = bundled()
    session = session_of(library, 8, sets=4)
    text = normal(
        pdf_pages(html_to_pdf(render_sheet(session, "a4", library=library)))[0].extract_text()
    )
    for drill in session.drills:
        assert drill.name in text
    for item in session.items:
        assert item.name in text
        rx = item.prescription
        assert f"{rx.sets} \u00d7 {rx.reps}" in text
        assert str(rx.load) in text
        cue = key_cue(item)
        assert cue is not None and normal(cue.text) in text
    for label in ("Weight", "Reps", "RIR", "Feel", "1 2 3 4 5"):
        assert text.count(label) >= 8


def test_each_set_gets_a_box_per_measure() -> None:
    session = session_of(bundled(), 3, sets=4)
    html = render_sheet(session, "a4", library=bundled())
    # 3 exercises x 4 rows (weight, reps, RIR, feel) x 4 sets.
    assert html.count("<td>") == 3 * 4 * 4
    assert html.count('<span class="mmc-scale mmc-scale--4"><span>1</span>') == 3 * 4


@pytest.mark.parametrize(
    ("sets", "rows"), [(1, [1]), (6, [6]), (7, [4, 3]), (8, [4, 4]), (12, [6, 6])]
)
def test_many_sets_wrap_into_even_rows_of_boxes(sets: int, rows: list[int]) -> None:
    assert [len(g) for g in set_groups(sets)] == rows
    html = render_sheet(session_of(bundled(), 1, sets=sets), "a4", library=bundled())
    assert html.count('<table class="mmc-log">') == len(rows)
    assert html.count("<td>") == 4 * sets


def test_ink_friendly(tmp_path: Path) -> None:
    """No large dark fills: little of the page is dark, and no region is solid dark."""
    pdf = html_to_pdf(render_sheet(session_of(bundled(), 8), "a4", library=bundled()))
    (tmp_path / "s.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(tmp_path / "s.pdf"), str(tmp_path / "s")], check=True
    )
    image = Image.open(next(tmp_path.glob("s-*.png"))).convert("L")
    pixels = image.tobytes()  # one byte per pixel in mode L
    dark = sum(1 for p in pixels if p < 128) / len(pixels)
    assert dark < 0.06, dark
    # No 5 mm x 5 mm block is mostly dark.
    block = 10  # pixels at 50 dpi
    width, height = image.size
    for top in range(0, height - block, block):
        for left in range(0, width - block, block):
            tile = image.crop((left, top, left + block, top + block)).tobytes()
            assert sum(1 for p in tile if p < 128) < block * block * 0.5


def test_key_cue_prefers_a_cue_said_during_the_rep_and_respects_r2() -> None:
    setup = Cue(text="Sit tall", phase="setup", focus="environment")
    lift = Cue(text="Squeeze the lats", phase="concentric", focus="muscle")
    lower = Cue(text="Lower for three", phase="eccentric", focus="muscle")
    item = SessionItem(
        exercise="x", name="X", prescription=prescription(), cues=[setup, lift, lower]
    )
    assert key_cue(item) == lift
    explosive = item.model_copy(update={"prescription": prescription("3-1-X-0")})
    assert key_cue(explosive) == lower
    assert key_cue(item.model_copy(update={"cues": [setup]})) == setup
    assert key_cue(item.model_copy(update={"cues": []})) is None


def test_tempo_words_follow_the_rep() -> None:
    assert tempo_words(mmc.Tempo.parse("3-1-X-0")) == "lower 3 s \u00b7 pause 1 s \u00b7 lift fast"
    curl = mmc.Tempo.parse("3-0-1-2", starts_with="concentric")
    assert tempo_words(curl) == "lift 1 s \u00b7 pause 2 s \u00b7 lower 3 s"


def test_escaped_text() -> None:
    session = session_of(bundled(), 1)
    evil = session.model_copy(update={"title": "<script>alert(1)</script>"})
    html = render_sheet(evil, "a4")
    check_html(html, document=True)
    assert "&lt;script&gt;" in html


def test_plan_output_round_trips_through_a_file(tmp_path: Path) -> None:
    library = bundled()
    planned = mmc.plan_session(
        library, targets=["latissimus-dorsi"], equipment=["cable"], minutes=45
    )
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(planned.model_dump(mode="json")), encoding="utf-8")
    assert load_session(path, library) == planned
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"session": planned.model_dump(mode="json")}))
    assert load_session(wrapped, library) == planned


def test_a_hand_written_yaml_session_is_completed_from_the_library(tmp_path: Path) -> None:
    library = bundled()
    path = tmp_path / "today.yaml"
    path.write_text(
        "title: Pull day\n"
        "drills:\n  - {drill: lat-flex, name: Lat flex, minutes: 2}\n"
        "items:\n"
        "  - exercise: seated-cable-row\n"
        "    prescription: {sets: 3, reps: 10-12, load: {rir: 2}, tempo: 3-1-1-1, rest_seconds: 90}\n",
        encoding="utf-8",
    )
    session = load_session(path, library)
    item = session.items[0]
    row = library.exercises["seated-cable-row"]
    assert item.name == row.name and item.cues == row.cues
    assert item.prescription.tempo.starts_with == "concentric"
    assert session.duration_minutes == pytest.approx(
        2 + item.prescription.total_seconds() / 60, abs=0.1
    )
    html = render_sheet(session, "letter", library=library)
    assert "Seated Cable Row" in html and "Lat flex" in html


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("title: [unclosed\n", "invalid YAML"),
        ("- just\n- a list\n", "must hold a mapping"),
        (
            "title: X\nitems:\n  - exercise: seated-cable-row\n    prescription: {sets: 0}\n",
            "items.0.prescription",
        ),
    ],
)
def test_bad_session_files_are_located_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(mmc.MmcError) as info:
        load_session(path, bundled())
    assert info.value.file == str(path)
    assert message in str(info.value)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(mmc.MmcError, match="cannot read session file"):
        load_session(tmp_path / "nope.json")


def test_sheet_is_deterministic() -> None:
    session = session_of(bundled(), 4)
    html = render_sheet(session, "a4", library=bundled())
    assert html == render_sheet(session, "a4", library=bundled())
    assert html_to_pdf(html) == html_to_pdf(html)


def test_the_sheet_carries_each_exercises_first_safety_note() -> None:
    # A squat planned from the bundled library: its safety-pin note reaches the gym bag.
    lib = bundled()
    plan = mmc.plan_session(lib, targets=["quadriceps", "gluteus-maximus"],
                            equipment=["barbell"], minutes=40)
    html = render_sheet(plan, "a4", library=lib)
    check_html(html, document=True)
    with_notes = [item for item in plan.items if item.safety]
    assert with_notes  # the back squat, the RDL... carry safety notes
    for item in with_notes:
        assert item.safety == list(lib.exercises[item.exercise].safety)
        words = normal(item.safety[0]).split()
        assert " ".join(words[:6]) in normal(html)
    assert "Safety:" in html
    # A hand-written session without safety notes gets them from the library.
    bare = plan.model_copy(update={"items": [i.model_copy(update={"safety": []})
                                             for i in plan.items]})
    assert normal(with_notes[0].safety[0]).split()[0] in normal(
        render_sheet(bare, "a4", library=lib))
