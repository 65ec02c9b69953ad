"""The ``mmc`` plugin for ProperDocs, the MkDocs 1.x fork (``properdocs.plugins`` entry point).

The same hooks as :mod:`mmc.mkdocs_plugin`, bound to ProperDocs' own base classes.
"""

from __future__ import annotations

from properdocs.config import base
from properdocs.config import config_options as c
from properdocs.exceptions import PluginError
from properdocs.plugins import BasePlugin
from properdocs.structure.files import File, InclusionLevel

from mmc.site.docs import MmcDocsHooks

__all__ = ["MmcPlugin", "MmcPluginConfig"]


class MmcPluginConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the ``mmc`` plugin (see :class:`mmc.mkdocs_plugin.MmcPluginConfig`)."""

    content = c.ListOfItems(c.Type(str), default=[])
    bundled = c.Type(bool, default=True)
    prefix = c.Type(str, default="cues")
    card_size = c.Choice(("a6", "a7", "3x5", "4x6"), default="a6")
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
