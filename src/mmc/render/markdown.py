"""Markdown to HTML: CommonMark, raw HTML disabled, links only to safe places.

Content is written by coaches and by importers of public datasets, so nothing in it may run
in a reader's browser: raw HTML is escaped, and a link or image may only point to a relative
address, an ``#anchor`` or an ``http``/``https``/``mailto`` URL (no ``javascript:``,
``data:``, ``vbscript:``, ``file:``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # pragma: no cover
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = ["SAFE_SCHEMES", "is_safe_url", "markdown_parser", "markdown_tokens", "render_markdown"]

#: URL schemes a rendered link may use. Anything else with a scheme is dropped.
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
# Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
_IGNORED = re.compile(r"[\x00-\x20\x7f]+")


def is_safe_url(url: str) -> bool:
    """True for relative URLs, ``#anchors`` and the schemes in :data:`SAFE_SCHEMES`."""
    cleaned = _IGNORED.sub("", url).lower()
    match = _SCHEME.match(cleaned)
    if match is None:
        # No scheme: relative. A colon before any slash would still read as a scheme.
        head = cleaned.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
        return ":" not in head and not cleaned.startswith("%")
    return match.group(1) in SAFE_SCHEMES


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """The shared CommonMark parser (raw HTML off, safe links only).

    Made once and never changed after (markdown-it only reads its settings while parsing):
    a constant built lazily, not state.
    """
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False})
    parser.validateLink = is_safe_url  # type: ignore[method-assign]
    return parser


# A site renders the same texts for a page and for its card, and a card tries several cuts
# of one text: parse each text once. Both results are immutable, and both functions are
# pure: these caches are keyed by the text alone and hold no state.
def render_markdown(text: str) -> str:
    """Render Markdown to an HTML fragment. Deterministic; safe to insert unescaped.

    >>> render_markdown("Squeeze **hard**")
    '<p>Squeeze <strong>hard</strong></p>\\n'
    >>> render_markdown("<script>x</script>")
    '<p>&lt;script&gt;x&lt;/script&gt;</p>\\n'
    """
    if not isinstance(text, str):
        from mmc.errors import MmcError

        raise MmcError(f"text must be a string, not {type(text).__name__}", field="text",
                       fix="pass the Markdown as a string")
    return _rendered(text)


@lru_cache(maxsize=8192)
def _rendered(text: str) -> str:
    parser = markdown_parser()
    # From the shared tokens: the card of the same text has parsed it already.
    html: str = parser.renderer.render(list(markdown_tokens(text)), parser.options, {})
    return html


@lru_cache(maxsize=8192)
def markdown_tokens(text: str) -> tuple[Token, ...]:
    """The block tokens of ``text`` (for renderers that lay text out themselves; read-only)."""
    simple = _plain_tokens(text)
    return simple if simple is not None else tuple(markdown_parser().parse(text))


# Most coaching text is plain sentences and "- " lists. For those the tokens are built here,
# exactly as markdown-it builds them (tests/test_render_markdown_plain.py compares the two),
# at a fraction of the cost; anything else goes to markdown-it. The Token shape is an
# internal of markdown-it-py, hence its upper bound in pyproject.toml.
_CHARS = re.compile(r"[\w .,;:'\"()?/%+\-\u2018\u2019\u201c\u201d\u2013\u2014\u2026!]+")
# A line that starts with a bold label, as in the "feel it first" list of a card.
_LABELLED = re.compile(r"\*\*([^*]+)\*\*(?:: ([^*]+))?")


def _plain(text: str, *, starts_line: bool = True) -> bool:
    """Words of letters, digits and punctuation without Markdown meaning, one space apart.

    A line must not start with a digit, ``+`` or ``-`` (list markers and rules).
    """
    return (
        _CHARS.fullmatch(text) is not None
        and "_" not in text
        and "  " not in text
        and text[0] != " "
        and text[-1] != " "
        and not (starts_line and (text[0].isdigit() or text[0] in "+-"))
    )


def _label(text: str) -> re.Match[str] | None:
    """``**label**`` or ``**label**: words``, the label and the words plain; else None."""
    found = _LABELLED.fullmatch(text)
    if found is None or not _plain(found.group(1)):
        return None
    if found.group(2) is not None and not _plain(found.group(2), starts_line=False):
        return None
    return found


def _plain_tokens(text: str) -> tuple[Token, ...] | None:
    """Tokens of paragraphs of plain words and tight "- " lists apart by blank lines, or None.

    A one-line paragraph or a list item may start with a bold label (``**Lats**: ...``).
    """
    from markdown_it.token import Token

    lines = text.split("\n")
    count = len(lines) - 1 if text.endswith("\n") else len(lines)
    blocks: list[tuple[str, int, list[str]]] = []  # kind, first line, texts
    for number, line in enumerate(lines[:count]):
        if not line:
            continue
        kind, body = ("li", line[2:]) if line.startswith("- ") else ("p", line)
        if not (_plain(body) if body[:2] != "**" else _label(body) is not None):
            return None
        previous = blocks[-1] if blocks else None
        if previous is not None and previous[1] + len(previous[2]) == number:  # no gap
            if previous[0] != kind or (kind == "p" and "**" in body + previous[2][0]):
                return None  # a list after a paragraph, a lazy line, a label mid-paragraph
            previous[2].append(body)
            continue
        if previous is not None and previous[0] == kind == "li":
            return None  # two lists apart by blank lines: one loose list
        blocks.append((kind, number, [body]))
    tokens: list[Token] = []

    def block(kind: str, tag: str, nesting: Literal[-1, 0, 1], level: int,
              where: list[int] | None, markup: str = "", hidden: bool = False) -> Token:
        token = Token(kind, tag, nesting, map=where, level=level, markup=markup, block=True,
                      hidden=hidden)
        tokens.append(token)
        return token

    def paragraph(texts: list[str], first: int, level: int, hidden: bool) -> None:
        where = [first, first + len(texts)]
        block("paragraph_open", "p", 1, level, where, hidden=hidden)
        children: list[Token] = []
        for index, part in enumerate(texts):
            if index:
                children.append(Token("softbreak", "br", 0))
            label = _label(part) if part.startswith("**") else None
            if label is None:
                children.append(Token("text", "", 0, content=part))
                continue
            children += [
                Token("text", "", 0),
                Token("strong_open", "strong", 1, markup="**"),
                Token("text", "", 0, content=label.group(1), level=1),
                Token("strong_close", "strong", -1, markup="**"),
                Token("text", "", 0, content=f": {label.group(2)}" if label.group(2) else ""),
            ]
        inline = block("inline", "", 0, level + 1, list(where))
        inline.content = "\n".join(texts)
        inline.children = children
        block("paragraph_close", "p", -1, level, None, hidden=hidden)

    for index, (kind, first, texts) in enumerate(blocks):
        if kind == "p":
            paragraph(texts, first, 0, False)
            continue
        end = blocks[index + 1][1] if index + 1 < len(blocks) else count
        block("bullet_list_open", "ul", 1, 0, [first, end], "-")
        for offset, item in enumerate(texts):
            row = first + offset
            last = offset == len(texts) - 1
            block("list_item_open", "li", 1, 1, [row, end if last else row + 1], "-")
            paragraph([item], row, 2, True)
            block("list_item_close", "li", -1, 1, None, "-")
        block("bullet_list_close", "ul", -1, 0, None, "-")
    return tuple(tokens)
