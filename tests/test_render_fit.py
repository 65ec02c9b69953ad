"""Shortening by rule, and the line counts that the card budgets rely on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mmc.render.fit import ELLIPSIS, Column, cut_index, fit_lines, fit_markdown, shorten
from mmc.render.measure import count_lines, text_width
from tests.render_support import check_html

TEXT = (
    "Sit tall with your feet on the platform. Take the handle with straight arms and sit "
    "back until the stack lifts. Chest up, ribs down."
)


def test_shorten_keeps_short_text() -> None:
    assert shorten("Squeeze", 20) == "Squeeze"
    assert shorten("  Squeeze   hard ", 20) == "Squeeze hard"


def test_shorten_cuts_at_a_sentence_end_when_it_keeps_half() -> None:
    out = shorten(TEXT, 60)
    assert out == f"Sit tall with your feet on the platform. {ELLIPSIS}"
    assert len(out) <= 60


def test_shorten_cuts_at_a_word_boundary_otherwise() -> None:
    out = shorten(TEXT, 30)
    assert out == f"Sit tall with your feet on{ELLIPSIS}"
    assert len(out) <= 30


def test_shorten_never_leaves_trailing_punctuation_before_the_ellipsis() -> None:
    assert shorten("Chest up, ribs down, shoulders back", 12) == f"Chest up{ELLIPSIS}"


@given(st.text(alphabet="abc .,!", min_size=0, max_size=200), st.integers(2, 120))
def test_shorten_respects_the_limit(text: str, limit: int) -> None:
    out = shorten(text, limit)
    assert len(out) <= max(limit, 1)
    if out.endswith(ELLIPSIS):
        assert len(" ".join(text.split())) > limit


def test_cut_index_prefers_sentence_then_word() -> None:
    assert cut_index("One two. Three four five", 12) == len("One two.")
    assert cut_index("One two three four", 12) == len("One two")


def test_fit_lines_uses_the_measure() -> None:
    def lines(text: str) -> int:
        return count_lines([(text, False)], 100, 10)

    out = fit_lines(TEXT, 2, lines)
    assert lines(out) <= 2 and out.endswith(ELLIPSIS)
    assert fit_lines("Short", 1, lines) == "Short"


COLUMN = Column(width_pt=150, size_pt=8, gap_pt=1, indent_pt=7)
MISTAKES = (
    "- **Rocking the torso back** to move the weight: the lower back does the work. "
    "Keep the torso still.\n"
    "- **Pulling with the biceps first**: the elbows bend before the blades move. Start "
    "every rep by drawing the blades together.\n"
    "- **Shrugging at the finish**: the upper traps lift the shoulders. Keep them down.\n"
)


def test_fit_markdown_keeps_everything_that_fits() -> None:
    fitted = fit_markdown(MISTAKES, COLUMN, 1000)
    assert not fitted.shortened
    assert (
        fitted.html.count("<li>") == 3 and "<strong>Rocking the torso back</strong>" in fitted.html
    )
    check_html(fitted.html)


def test_fit_markdown_condenses_list_items_to_their_first_sentence() -> None:
    full = fit_markdown(MISTAKES, COLUMN, 1000).height_pt
    fitted = fit_markdown(MISTAKES, COLUMN, full - 12)
    assert fitted.shortened and fitted.height_pt <= full - 12
    assert fitted.html.count("<li>") == 3  # every mistake, briefly
    assert "Keep the torso still" not in fitted.html
    assert f"does the work. {ELLIPSIS}" in fitted.html
    check_html(fitted.html)


def test_fit_markdown_cuts_the_first_block_that_does_not_fit() -> None:
    text = "\n\n".join([TEXT] * 4)
    fitted = fit_markdown(text, COLUMN, 40)
    assert fitted.shortened and fitted.height_pt <= 40
    assert fitted.html.endswith(f"{ELLIPSIS}</p>")
    check_html(fitted.html)


def test_fit_markdown_escapes_text_and_drops_links() -> None:
    fitted = fit_markdown("<b>bold</b> [site](https://example.org) & `code`", COLUMN, 100)
    assert "&lt;b&gt;" in fitted.html and "href" not in fitted.html
    assert "&amp;" in fitted.html and "<code>code</code>" in fitted.html
    check_html(fitted.html)


def test_text_width_is_wider_for_bold_and_unknown_characters() -> None:
    assert text_width("mmm", 10, bold=True) > text_width("mmm", 10)
    assert text_width("\u4e2d", 10) == 10  # not in the table: a full em


def test_count_lines_breaks_at_spaces_and_inside_over_long_words() -> None:
    assert count_lines([("a " * 10, False)], 1000, 10) == 1
    assert count_lines([("w" * 200, False)], 100, 10) > 1
    word = text_width("word", 10)
    assert count_lines([("word word", False)], word * 1.5, 10) == 2


@pytest.mark.pdf
@settings(max_examples=30, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "lats",
                "squeeze",
                "shoulder",
                "blades",
                "WWW",
                "mmmm",
                "iii",
                "Rhomboids,",
                "lengthen.",
                "3",
                "x",
                "(slowly)",
                "—",
                "hold",
                "well-controlled",
            ]
        ),
        min_size=1,
        max_size=60,
    ),
    st.sampled_from([80.0, 120.0, 200.0]),
    st.sampled_from([6.5, 8.0, 10.0]),
    st.booleans(),
)
def test_count_lines_is_never_below_weasyprint(
    words: list[str], width: float, size: float, bold: bool
) -> None:
    """The budgets are only safe if the estimate never undercounts the real layout."""
    import weasyprint

    text = " ".join(words)
    weight = "bold" if bold else "normal"
    for family in ("Liberation Sans", "DejaVu Sans"):
        html = (
            f"<p style=\"margin:0;width:{width}pt;font:{weight} {size}pt/1.22 '{family}';"
            f'overflow-wrap:anywhere">{text}</p>'
        )
        page = weasyprint.HTML(string=html).render().pages[0]._page_box
        body = page.children[0].children[0]
        paragraph = body.children[0]
        real = len(paragraph.children)
        assert count_lines([(text, bold)], width, size) >= real, (family, text)
