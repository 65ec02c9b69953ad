"""The ``mmc`` MkDocs plugin: cue-card pages generated from content inside an MkDocs site.

A thin adapter: the hooks live in :mod:`mmc.site.docs` and the HTML comes from the same
templates and renderers as ``mmc build``. Enable it in ``mkdocs.yml``::

    plugins:
      - search
      - mmc:
          content: [content]      # extra content directories (the bundled content is included)
          prefix: cues            # where the generated pages go

and embed a card in any hand-written page with ``<!-- mmc:card seated-cable-row -->``.

The same class is the plugin of ProperDocs, the MkDocs 1.x fork: ProperDocs reads the
``mkdocs.plugins`` entry points too, and its command line redirects every ``mkdocs.*`` import
to ``properdocs.*`` before loading plugins, so the imports below bind to whichever runs.
"""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, InclusionLevel

from mmc.render.geometry import CARD_SIZE_NAMES
from mmc.site.docs import MmcDocsHooks

__all__ = ["MmcPlugin", "MmcPluginConfig"]


class MmcPluginConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the ``mmc`` plugin."""

    content = c.ListOfItems(c.Type(str), default=[])
    """Content directories read after the bundled content (relative to mkdocs.yml)."""
    bundled = c.Type(bool, default=True)
    """Include the content shipped with mmc."""
    prefix = c.Type(str, default="cues")
    """Folder of the generated pages inside the site."""
    card_size = c.Choice(CARD_SIZE_NAMES, default="a6")
    """Size of cards embedded with ``<!-- mmc:card ID -->``."""
    cache_dir = c.Type(str, default=".mmc-cache")
    """Names the project's page cache, kept in the user's cache folder (~/.cache/mmc); ""
    turns it off."""
    nav = c.Choice(("auto", "append", "none"), default="auto")
    """Put the index pages in the navigation: ``auto`` (the theme's own navigation lists them;
    a ``nav:`` that names none of them gets a section of them at its end; one that names some
    keeps just those), ``append`` (always add the section) or ``none``."""
    nav_title = c.Type(str, default="Cue cards")
    """Title of the added navigation section."""


class MmcPlugin(MmcDocsHooks, BasePlugin[MmcPluginConfig]):  # type: ignore[no-untyped-call]
    """Generate exercise, muscle and drill pages from mmc content."""

    plugin_error = PluginError
    file_class = File
    not_in_nav = InclusionLevel.NOT_IN_NAV
