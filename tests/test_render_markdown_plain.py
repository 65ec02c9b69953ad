"""The plain-text fast path of ``markdown_tokens`` builds exactly markdown-it's tokens.

``mmc.render.markdown`` builds the tokens of plain paragraphs and tight "- " lists itself and
hands everything else to markdown-it. Whenever it answers, its tokens (every field, children
included) must equal markdown-it's, so the HTML and the card layout cannot differ.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mmc.content.loader import load_library
from mmc.render.markdown import _plain_tokens, markdown_parser, markdown_tokens, render_markdown

_words = st.text(
    alphabet=st.sampled_from(list("abcXYZ019.,;:'\"()?/%+-!\u2019\u2014*_`[]<>&#=~\\ \t\u00e9")),
    min_size=1,
    max_size=12,
)
_lines = st.lists(
    st.one_of(
        st.just(""),
        _words,
        _words.map(lambda w: "- " + w),
        _words.map(lambda w: w + "  "),
        _words.map(lambda w: "    " + w),
        st.sampled_from(["---", "===", "1. one", "* star", "> quote", "# head", "-", "- ", "\r"]),
    ),
    max_size=8,
)


_plain_words = st.lists(
    st.text(alphabet=st.sampled_from(list("abXY09.,()'\u2019-")), min_size=1, max_size=6),
    min_size=1,
    max_size=4,
).map(" ".join)
_labelled = st.tuples(_plain_words, st.one_of(st.just(""), _plain_words, st.just("x*"))).map(
    lambda p: f"**{p[0]}**" + (f": {p[1]}" if p[1] else "")
)
_plain_lines = st.lists(
    st.one_of(
        st.just(""),
        _plain_words,
        _plain_words.map(lambda w: "- " + w),
        _labelled,
        _labelled.map(lambda w: "- " + w),
        _labelled.map(lambda w: w.replace(": ", "")),
    ),
    max_size=8,
)


def _dicts(tokens: object) -> list[dict[str, object]]:
    return [t.as_dict() for t in tokens]  # type: ignore[attr-defined]


def _check(text: str) -> bool:
    ours = _plain_tokens(text)
    if ours is None:
        return False
    assert _dicts(ours) == _dicts(markdown_parser().parse(text)), repr(text)
    return True


@settings(max_examples=1500, deadline=None)
@given(_lines, st.booleans())
def test_generated_texts(lines: list[str], newline: bool) -> None:
    _check("\n".join(lines) + ("\n" if newline else ""))


@settings(max_examples=1500, deadline=None)
@given(_plain_lines, st.booleans())
def test_generated_plain_texts(lines: list[str], newline: bool) -> None:
    _check("\n".join(lines) + ("\n" if newline else ""))


def test_the_path_is_taken_for_plain_text_and_lists() -> None:
    assert _check("Sit tall. Pull the handle to your ribs.\nHold (one count).")
    assert _check("Set up.\n\n- Shrugging the shoulders.\n- Yanking with the arms \u2014 slow down.")
    assert _check("- one\n- two\n\n\nThen a sentence.")
    assert _check("- **Lats**: arms overhead, pull the elbows down.\n- **Biceps (long head)**")
    assert _check("**Set up**: sit tall.")


def test_markdown_features_go_to_markdown_it() -> None:
    for text in ["**bold** text", "a_b", "`code`", "[x](y)", "<b>", "A &amp; B", "# Title",
                 "1. first", "* item", "> q", "line  \nbreak", "    code", "a\n- b", "- a\nb",
                 "- a\n\n- b", "a\n===", "---", "- - x", "+ x", "x\\y", "2024. A year",
                 "**a** b", "**a**: b\nc", "a\n**b**", "**(a)**b", "- **a**: **b**", "***a***"]:
        assert _plain_tokens(text) is None, text


def test_every_bundled_text_matches() -> None:
    lib = load_library()
    texts = [e.setup for e in lib.exercises.values()]
    texts += [e.visualise for e in lib.exercises.values()]
    texts += [e.mistakes for e in lib.exercises.values()]
    texts += [m.flex for m in lib.muscles.values()] + [m.touch for m in lib.muscles.values()]
    taken = sum(_check(t) for t in texts)
    assert taken > 0
    for text in texts:  # and through the public functions
        assert render_markdown(text) == markdown_parser().render(text)
        assert _dicts(markdown_tokens(text)) == _dicts(markdown_parser().parse(text))


def test_every_content_file_body_matches() -> None:
    root = Path(__file__).resolve().parent.parent / "content"
    for path in sorted(root.rglob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        for part in body.split("\n## "):
            _check(part)
