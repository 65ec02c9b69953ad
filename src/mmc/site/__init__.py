"""The standalone site builder behind ``mmc build`` and ``mmc serve``.

Content in, a static site out: plain HTML and CSS that work without JavaScript, a small
client-side search, print stylesheets on every page, and builds that are atomic,
deterministic and incremental. Importing this package is cheap; Jinja2 and the renderers
load with the builder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from mmc.site.build import BuildReport, build_site, load_site_library
    from mmc.site.config import SiteConfig, load_config

__all__ = ["BuildReport", "SiteConfig", "build_site", "load_config", "load_site_library"]

_HOMES = {
    "BuildReport": "mmc.site.build",
    "build_site": "mmc.site.build",
    "load_site_library": "mmc.site.build",
    "SiteConfig": "mmc.site.config",
    "load_config": "mmc.site.config",
}


def __getattr__(name: str) -> Any:
    # Loaded on first use, so that importing mmc.site (as every CLI command does through
    # mmc.site.config) does not load Jinja2, the renderers and the builder.
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'mmc.site' has no attribute {name!r}")
