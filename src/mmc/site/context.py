"""What one build of a site works with, made once in :func:`mmc.site.build.build_site` and
handed to whoever needs it: no module keeps any of it.

:class:`BuildContext` holds the settings, the library, the template environment of the
packs the site uses, the page and card stores and the memos of one build.
:class:`BuildMemory` is what a process that builds again and again (``mmc serve``) keeps
between builds, passed to each one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mmc.model.library import Library
from mmc.render.templates import TemplateEnvironment, Templates
from mmc.site.cache import Digests, PageCache
from mmc.site.config import SiteConfig
from mmc.site.environment import site_environment, site_pack_dirs
from mmc.site.fingerprint import code_fingerprint, fingerprint
from mmc.site.fragments import Fragments
from mmc.site.libcache import Remembered

__all__ = ["BuildContext", "BuildMemory", "build_context", "site_settings"]


@dataclass(slots=True)
class BuildMemory:
    """What a process keeps from one build of a site to the next (``mmc serve``).

    The parsed content files (the same item objects from build to build), the digests of
    those items, and the template environments (with their compiled templates) by the pack
    template folders they read.
    """

    parsed: Remembered = field(default_factory=Remembered)
    digests: Digests = field(default_factory=Digests)
    environments: dict[tuple[tuple[Path, ...], str], TemplateEnvironment] = field(
        default_factory=dict)

    def environment(self, pack_dirs: tuple[Path, ...], code: str) -> TemplateEnvironment:
        """The site's environment over ``pack_dirs``; its ``owner`` (a
        :class:`~mmc.render.templates.Templates`) renders the cards and sheets.

        ``code`` is the fingerprint of the code and of those folders' templates: a template
        edited between two builds (a pack author running ``mmc serve``) gets a new
        environment, since the build's environment does not check files for changes.
        """
        key = (pack_dirs, code)
        found = self.environments.get(key)
        if found is None:
            self.environments.clear()  # one set of packs and templates at a time
            found = self.environments[key] = site_environment(Templates(pack_dirs))
        return found


@dataclass(slots=True)
class BuildContext:
    """Everything rendering the pages of one build reads."""

    config: SiteConfig
    library: Library
    pack_dirs: tuple[Path, ...]
    """Template folders of the packs the site uses, highest priority first."""
    env: TemplateEnvironment
    settings: dict[str, Any]
    """Site-wide values every page shows (part of every page's key)."""
    stamp: str
    """The fingerprint of code, templates and settings that starts every page's key."""
    digests: Digests
    pages: PageCache
    fragments: Fragments

    def page_key(self, path: str, template: str, context: Any) -> str:
        return self.digests.page_key(self.stamp, path, template, context)


def site_settings(config: SiteConfig, lib: Library) -> dict[str, Any]:
    """Site-wide values every page shows (part of every page's cache key)."""
    pages = sorted(lib.pages.values(), key=lambda p: (p.order, p.title, p.id))
    return {
        "title": config.title,
        "description": config.description,
        "base_url": config.base_url,
        "guide": pages[0].id if pages else None,
    }


def build_context(
    config: SiteConfig,
    library: Library,
    *,
    pages: PageCache | None = None,
    cards: PageCache | None = None,
    memory: BuildMemory | None = None,
) -> BuildContext:
    """The context of one build of ``config``'s site of ``library``.

    ``pages`` and ``cards`` store rendered pages and cards between builds (none given: a
    disabled store); ``memory`` is what this process kept from its previous builds.
    """
    memory = memory if memory is not None else BuildMemory()
    pack_dirs = site_pack_dirs(config)
    code = code_fingerprint(pack_dirs)
    settings = site_settings(config, library)
    pages = pages if pages is not None else PageCache(Path(), enabled=False)
    cards = cards if cards is not None else PageCache(Path(), enabled=False)
    return BuildContext(
        config=config,
        library=library,
        pack_dirs=pack_dirs,
        env=memory.environment(pack_dirs, code),
        settings=settings,
        stamp=fingerprint(code, settings),
        digests=memory.digests,
        pages=pages,
        fragments=Fragments(cards, memory.digests, code),
    )
