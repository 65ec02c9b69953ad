"""The site's static files: its stylesheets, scripts and icons, and the card stylesheet."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from mmc.render.cards import card_css
from mmc.render.templates import Templates, pack_file

__all__ = ["STATIC_FILES", "card_stylesheet", "docs_stylesheet", "static_files"]

#: Static files copied into ``assets/`` of every site.
STATIC_FILES = ("site.css", "site.js", "pacer.js", "favicon.svg", "icon-192.png", "icon-512.png")


def static_files(pack_dirs: Sequence[Path]) -> list[tuple[str, bytes]]:
    """``(name, bytes)`` of the site's static assets, including the card stylesheet.

    A file of the same name in one of ``pack_dirs`` (the template folders of the packs the
    site uses, highest priority first) replaces mmc's own.
    """
    folder = resources.files("mmc.site").joinpath("static")
    files = []
    for name in STATIC_FILES:
        override = next((found for d in pack_dirs if (found := pack_file(d, name))), None)
        files.append(
            (name, override.read_bytes() if override else folder.joinpath(name).read_bytes())
        )
    files.append(("cards.css", card_stylesheet(Templates(pack_dirs)).encode("utf-8")))
    return files


def card_stylesheet(templates: Templates) -> str:
    """The stylesheet of cards and muscle maps from :mod:`mmc.render`, with the changes
    ``templates``' packs make to it."""
    return card_css(templates)


def docs_stylesheet() -> str:
    """Component styles for mmc pages inside an MkDocs theme (scoped under ``.mmc``)."""
    return resources.files("mmc.site").joinpath("static", "docs.css").read_text(encoding="utf-8")
