"""Dataset text made safe for mmc: one line of whitespace-collapsed text, Markdown that renders
as exactly that text, and ids (slugs) made from names."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text", "markdown_text", "same_exercise_key", "slugify"]

_MAX_SLUG = 80


def slugify(name: str) -> str:
    """An mmc id from a name: ASCII, lower-case, single hyphens, at most 80 characters."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > _MAX_SLUG:
        slug = slug[:_MAX_SLUG].rsplit("-", 1)[0]
    return slug


def same_exercise_key(slug: str) -> str:
    """What two ids share when they name the same exercise: words without a plural ending."""
    return "-".join(
        word[:-1] if len(word) > 3 and word.endswith("s") else word for word in slug.split("-")
    )


def clean_text(text: str) -> str:
    """One line of dataset text with whitespace (including no-break spaces) collapsed."""
    return " ".join(text.replace("\u00a0", " ").split())


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_LIST_START = re.compile(r"^(\d+)([.)])")


def markdown_text(text: str) -> str:
    """Dataset text as Markdown that renders as exactly that text (no markup, no HTML)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", clean_text(text))
    escaped = _LIST_START.sub(r"\1\\\2", escaped)
    if escaped[:1] in ("-", "+", "=", "~"):
        escaped = "\\" + escaped
    return escaped

