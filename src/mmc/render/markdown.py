"""Markdown to HTML: CommonMark, raw HTML disabled, links only to safe places.

Content is written by coaches and by importers of public datasets, so nothing in it may run
in a reader's browser: raw HTML is escaped, and a link or image may only point to a relative
address, an ``#anchor`` or an ``http``/``https``/``mailto`` URL (no ``javascript:``,
``data:``, ``vbscript:``, ``file:``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

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
    """The shared CommonMark parser (raw HTML off, safe links only)."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False})
    parser.validateLink = is_safe_url  # type: ignore[method-assign]
    return parser


# A site renders the same texts for a page and for its card, and a card tries several cuts
# of one text: parse each text once. Both results are immutable.
@lru_cache(maxsize=8192)
def render_markdown(text: str) -> str:
    """Render Markdown to an HTML fragment. Deterministic; safe to insert unescaped.

    >>> render_markdown("Squeeze **hard**")
    '<p>Squeeze <strong>hard</strong></p>\\n'
    >>> render_markdown("<script>x</script>")
    '<p>&lt;script&gt;x&lt;/script&gt;</p>\\n'
    """
    parser = markdown_parser()
    # From the shared tokens: the card of the same text has parsed it already.
    html: str = parser.renderer.render(list(markdown_tokens(text)), parser.options, {})
    return html


@lru_cache(maxsize=8192)
def markdown_tokens(text: str) -> tuple[Token, ...]:
    """The block tokens of ``text`` (for renderers that lay text out themselves; read-only)."""
    return tuple(markdown_parser().parse(text))
