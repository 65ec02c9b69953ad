"""Rendering: Markdown, cue cards, card sheets, session sheets, tempo strips, PDF.

Nothing heavy is imported here: Jinja2, markdown-it-py and WeasyPrint load only when a
function that needs them is first used, so ``import mmc.render`` stays cheap.

No module here keeps state between calls: the templates in use are a
:class:`~mmc.render.templates.Templates` passed in, and the few ``lru_cache`` decorators are
value-keyed caches of pure functions (text measurements, fitted layouts, tempo strips, map
figures, parsed Markdown, the packaged body chart), each marked as such.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from mmc.render.cards import Card, CardSize, card_css, render_card
    from mmc.render.cardsheet import render_card_sheet
    from mmc.render.markdown import render_markdown
    from mmc.render.musclemap import render_muscle_map
    from mmc.render.pdf import html_to_pdf
    from mmc.render.sheets import load_session, render_sheet
    from mmc.render.tempo import render_tempo_strip

__all__ = [
    "Card",
    "CardSize",
    "card_css",
    "html_to_pdf",
    "load_session",
    "render_card",
    "render_card_sheet",
    "render_markdown",
    "render_muscle_map",
    "render_sheet",
    "render_tempo_strip",
]

#: Public name -> the module that defines it.
EXPORTS: dict[str, str] = {
    "Card": "mmc.render.cards",
    "CardSize": "mmc.render.cards",
    "card_css": "mmc.render.cards",
    "render_card": "mmc.render.cards",
    "render_card_sheet": "mmc.render.cardsheet",
    "render_markdown": "mmc.render.markdown",
    "render_muscle_map": "mmc.render.musclemap",
    "html_to_pdf": "mmc.render.pdf",
    "load_session": "mmc.render.sheets",
    "render_sheet": "mmc.render.sheets",
    "render_tempo_strip": "mmc.render.tempo",
}


def __getattr__(name: str) -> Any:
    module = EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mmc.render' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
