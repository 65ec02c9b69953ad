"""mmc's own templates, compiled to Python by python scripts/compile_templates.py; do not edit.

See :mod:`mmc.render.templates`: a module here is used only for the very template source,
Jinja version and environment settings it was made from.
"""

from typing import Any

from markupsafe import Markup, escape

try:
    from markupsafe import _escape_inner  # type: ignore[attr-defined]  # private: see below
except ImportError:  # pragma: no cover - a markupsafe without it: escape's own text
    def _escape_inner(s: str, /) -> str:
        return str(escape(s))


def output_escape(s: Any, /) -> str:
    """The text ``markupsafe.escape(s)`` holds, for what a template writes out.

    The modules here write through this instead of ``escape``: what a template writes is
    only joined into its page, so a plain string need not be wrapped in a new ``Markup``
    (nor a ``Markup`` copied into another, nor a number's text escaped: it has no character
    to escape). The characters are escape's own, every time.
    """
    if type(s) is str:
        return _escape_inner(s)
    if type(s) is Markup:
        return s
    if type(s) is int or type(s) is float:  # digits, ".", "-", "+", "e", "inf", "nan"
        return str(s)
    return escape(s)
