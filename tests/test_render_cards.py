"""Cue cards as HTML: every bundled exercise, every size; structure, muscles, escaping."""

from __future__ import annotations

import html as htmllib

import pytest

import mmc
from mmc.model.cue import Cue
from mmc.model.exercise import Exercise
from mmc.render.cards import (
    CARD_SIZES,
    Card,
    card_css,
    card_cues,
    format_rest,
    prescription_text,
    render_card,
)
from mmc.render.fit import ELLIPSIS
from tests.render_support import bundled, check_html, prescription, worst_exercise

SIZES = sorted(CARD_SIZES)


def exercises() -> list[Exercise]:
    return list(bundled().exercises.values())


def test_the_bundled_library_has_exercises_to_render() -> None:
    assert len(exercises()) >= 10


@pytest.mark.parametrize("size", SIZES)
def test_every_bundled_exercise_renders_valid_html_with_its_muscles_highlighted(size: str) -> None:
    library = bundled()
    for exercise in exercises():
        card = render_card(exercise, size=size, library=library)
        front = check_html(card.front)
        back = check_html(card.back)
        text = " ".join(" ".join(front.text).split())
        assert 'data-side="front"' in card.front and 'data-side="back"' in card.back
        assert f'data-exercise="{exercise.id}"' in card.front
        # The name (shortened by rule at most) and the muscle map are on the front.
        assert exercise.name.startswith(text_of_name(card.front).rstrip(ELLIPSIS).rstrip())
        assert 'class="muscle-map"' in card.front and 'class="mmc-tempo"' in card.front
        # Every primary muscle's region (the muscle itself or its heads) is highlighted.
        highlighted = {m for m, classes in front.muscles if "primary" in classes}
        for muscle in exercise.primary:
            assert set(library.family(muscle)) & highlighted, (exercise.id, muscle)
        for muscle in exercise.secondary:
            marked = {m for m, classes in front.muscles if classes & {"primary", "secondary"}}
            assert set(library.family(muscle)) & marked, (exercise.id, muscle)
        assert "Feel it in:" in text
        # The back has the sections the exercise has.
        for key, heading in (
            ("visualise", "Visualise"),
            ("setup", "Set up"),
            ("mistakes", "Common mistakes"),
        ):
            assert (f">{heading}</h3>" in card.back) == bool(getattr(exercise, key).strip())
        assert back.errors == []


def text_of_name(fragment: str) -> str:
    start = fragment.index('<h2 class="mmc-card__name">') + len('<h2 class="mmc-card__name">')
    return htmllib.unescape(fragment[start : fragment.index("</h2>", start)])


def hostile() -> Exercise:
    script = "<script>alert('x')</script>"
    return Exercise(
        id="hostile",
        name=f"Row {script}",
        primary=["latissimus-dorsi"],
        secondary=["biceps-brachii"],
        equipment=["cable"],
        mechanic="compound",
        pattern="horizontal-pull",
        tempo="3-1-1-0",
        cues=[Cue(text=f"Pull {script} & squeeze", phase="concentric", focus="muscle")],
        setup=f"Sit tall {script} <img src=x onerror=alert(1)> [x](javascript:alert(1))",
        visualise=f"Picture it {script}",
        mistakes=f"- **Bold {script}** and more",
    )


@pytest.mark.parametrize("size", SIZES)
def test_text_is_escaped(size: str) -> None:
    card = render_card(hostile(), prescription(), size, bundled())
    for fragment in (card.front, card.back):
        parser = check_html(fragment)  # raises on a <script> element or on* attribute
        assert "<script" not in fragment and "<img" not in fragment
        assert "javascript:" not in fragment.replace("javascript:alert(1))", "")
        assert "&lt;script&gt;" in fragment
        assert parser.errors == []
    assert "&lt;script&gt;" in card.front and "&amp; squeeze" in card.front


def test_front_shows_prescription_and_its_tempo_keeping_the_start_phase() -> None:
    library = bundled()
    row = library.exercises["seated-cable-row"]
    assert row.starts_with == "concentric"
    card = render_card(row, prescription("4-1-2-1"), "a6", library)
    assert prescription_text(prescription("4-1-2-1")) in htmllib.unescape(card.front)
    assert 'data-tempo="4-1-2-1"' in card.front
    assert 'data-starts-with="concentric"' in card.front
    plain = render_card(row, None, "a6", library)
    assert "mmc-card__rx" not in plain.front
    assert f'data-tempo="{row.tempo.format()}"' in plain.front


def test_top_cues_by_phase_in_rep_order() -> None:
    tempo = mmc.Tempo.parse("3-1-1-0")
    cues = [
        Cue(text="Second lift cue", phase="concentric", focus="muscle"),
        Cue(text="Sit tall first", phase="setup", focus="environment"),
        Cue(text="First lift cue", phase="concentric", focus="muscle"),
        Cue(text="Lower for three", phase="eccentric", focus="muscle"),
        Cue(text="Breathe out on the way up", phase="breathing", focus="muscle"),
    ]
    picked = card_cues(cues, tempo, limit=4)
    # One cue per phase first (the first listed), then second cues.
    assert [c.text for c in picked] == [
        "Sit tall first",
        "Lower for three",
        "Second lift cue",
        "Breathe out on the way up",
    ]
    curl = tempo.model_copy(update={"starts_with": "concentric"})
    assert [c.phase for c in card_cues(cues, curl, limit=3)] == ["setup", "concentric", "eccentric"]


def test_no_internal_cue_on_an_explosive_concentric_r2() -> None:
    cues = [
        Cue(text="Squeeze the lats hard", phase="concentric", focus="muscle"),
        Cue(text="Drive the bar fast", phase="concentric", focus="environment"),
    ]
    picked = card_cues(cues, mmc.Tempo.parse("3-1-X-0"))
    assert [c.text for c in picked] == ["Drive the bar fast"]


def test_cues_shown_on_the_front_follow_the_rep() -> None:
    library = bundled()
    row = library.exercises["seated-cable-row"]
    card = render_card(row, None, "a6", library)
    text = htmllib.unescape(card.front)
    positions = [text.index(c.text) for c in row.cues if c.text in text]
    assert len(positions) >= 3
    # The row starts with the pull: set-up (when shown), then lift and squeeze, then lowering.
    labels = [part.split("</span>")[0] for part in text.split('class="mmc-card__phase">')[1:]]
    assert "Set up" not in labels or labels[0] == "Set up"
    assert labels.index("Lift") < labels.index("Lower")


@pytest.mark.parametrize("size", SIZES)
def test_long_content_is_shortened_by_rule(size: str) -> None:
    card = render_card(worst_exercise(), prescription(), size, bundled())
    assert set(card.shortened) >= {"name", "cues", "visualise", "setup", "mistakes"}
    assert ELLIPSIS in card.front and ELLIPSIS in card.back
    check_html(card.front)
    check_html(card.back)


def test_rendering_is_deterministic_and_card_is_html() -> None:
    library = bundled()
    row = library.exercises["seated-cable-row"]
    a = render_card(row, prescription(), "a7", library)
    b = render_card(row, prescription(), "a7", library)
    assert a == b
    assert isinstance(a, Card) and str(a) == a.front + a.back == a.__html__()


def test_unknown_size_is_a_clear_error() -> None:
    with pytest.raises(mmc.MmcError, match="unknown card size") as info:
        render_card(bundled().exercises["seated-cable-row"], size="b5")
    assert info.value.fix is not None and "a7" in info.value.fix


def test_css_has_a_block_per_size() -> None:
    css = card_css()
    for size in CARD_SIZES.values():
        assert f".mmc-card--{size.name}{{width:{size.width_mm}mm;height:{size.height_mm}mm" in css


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (60, "60 s"),
        (90, "90 s"),
        (120, "2 min"),
        (150, "2 min 30 s"),
        (180, "3 min"),
        (125, "125 s"),
    ],
)
def test_format_rest(seconds: int, text: str) -> None:
    assert format_rest(seconds) == text


def test_lazy_exports_from_mmc() -> None:
    assert mmc.render_card is render_card
    assert callable(mmc.render_card_sheet) and callable(mmc.render_sheet)
    assert callable(mmc.render_tempo_strip) and callable(mmc.render_muscle_map)
    assert callable(mmc.render_markdown) and callable(mmc.html_to_pdf)
    with pytest.raises(AttributeError):
        _ = mmc.render_nothing  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("size", "paper", "cols", "rows"),
    [
        ("a7", "a4", 2, 4),
        ("a7", "letter", 2, 3),
        ("a6", "a4", 2, 2),
        ("a6", "letter", 2, 1),
        ("3x5", "letter", 2, 2),
        ("3x5", "a4", 2, 2),
        ("4x6", "letter", 1, 2),
        ("4x6", "a4", 1, 2),
    ],
)
def test_sheet_grid_and_mirrored_slots(size: str, paper: str, cols: int, rows: int) -> None:
    from mmc.render.cardsheet import paper_size, sheet_grid

    grid = sheet_grid(CARD_SIZES[size], paper)
    assert (grid.cols, grid.rows) == (cols, rows)
    width, height = paper_size(paper)
    assert grid.x0 == pytest.approx((width - cols * grid.card_w) / 2)
    assert grid.y0 >= 0 and grid.y0 + rows * grid.card_h <= height + 1e-6
    for index in range(grid.per_page):
        fx, fy = grid.slot(index)
        bx, by = grid.slot(index, back=True)
        assert by == fy
        # Long-edge flip mirrors left and right: the back sits exactly behind the front.
        assert bx == pytest.approx(width - fx - grid.card_w)


def test_unknown_paper_is_a_clear_error() -> None:
    from mmc.render.cardsheet import render_card_sheet

    with pytest.raises(mmc.MmcError, match="unknown paper 'a3'"):
        render_card_sheet([], "a7", "a3")


def test_mixed_card_sizes_on_one_sheet_are_refused() -> None:
    from mmc.render.cardsheet import render_card_sheet

    card = render_card(bundled().exercises["seated-cable-row"], size="a6", library=bundled())
    with pytest.raises(mmc.MmcError, match="the sheet is A7"):
        render_card_sheet([card], "a7", "a4")


def test_render_package_exports() -> None:
    import mmc.render as render

    for name in render.__all__:
        assert callable(getattr(render, name)) or isinstance(getattr(render, name), type)


def test_type_grows_with_the_card() -> None:
    from mmc.render.cards import CARD_SIZES

    a7, a6 = CARD_SIZES["a7"], CARD_SIZES["a6"]
    assert a6.body_pt >= 1.3 * a7.body_pt and a6.small_pt >= 1.3 * a7.small_pt
    assert CARD_SIZES["3x5"].body_pt > a7.body_pt  # a 3x5 in card is larger than A7


def test_per_side_sets_and_safety_notes_are_on_the_card() -> None:
    import mmc
    from mmc.model.prescription import Prescription

    lib = mmc.load_library()
    split = lib.exercises["bulgarian-split-squat"]
    assert split.per_side
    card = render_card(split, None, "a6", lib)
    assert "Each side" in card.front
    rx = Prescription.model_validate(
        {"sets": 3, "reps": "10", "load": {"rir": 2}, "tempo": "3-1-1-0", "rest_seconds": 90,
         "per_side": True}
    )
    assert prescription_text(rx).startswith("3 \u00d7 10 reps each side")
    with_rx = render_card(split, rx, "a6", lib)
    assert "each side" in htmllib.unescape(with_rx.front)
    assert "Each side:" not in with_rx.front  # said once
    squat = lib.exercises["barbell-back-squat"]
    assert squat.safety
    front = htmllib.unescape(render_card(squat, None, "a6", lib).front)
    assert "Safety" in front and squat.safety[0] in front
