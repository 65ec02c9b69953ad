"""The site offline: a service worker that keeps the site on the phone once visited, and a
web app manifest so that it can be added to the home screen (gyms often have no signal).

The worker (``sw.js`` at the top of the site) stores the pages and assets the build lists,
all of them when they fit :data:`OFFLINE_BUDGET`, else the home, list, session and print
index pages and the assets, plus every page as it is visited. It answers from the network
when the network answers within :data:`NETWORK_WAIT_MS` (so a served site never shows stale
pages), else from its store. Its version is a digest of the build's page keys and assets,
so a new build replaces the old store and the same build writes the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from importlib import resources

__all__ = [
    "ICONS",
    "NETWORK_WAIT_MS",
    "OFFLINE_BUDGET",
    "offline_urls",
    "service_worker",
    "web_manifest",
]

#: Bytes of pages and assets the worker stores ahead of a visit.
OFFLINE_BUDGET = 40_000_000
#: How long the worker waits for the network before answering from its store.
NETWORK_WAIT_MS = 2500
#: The home-screen icons (in ``mmc/site/static``), by size.
ICONS = {"192": "icon-192.png", "512": "icon-512.png"}
_SHELL = ("./", "exercises/", "muscles/", "drills/", "sessions/", "print/", "search/")


def _url(path: str) -> str:
    return path.removesuffix("index.html") or "./"


def offline_urls(sizes: Sequence[tuple[str, int]], assets: Sequence[str]) -> list[str]:
    """What the worker stores at install: ``sizes`` holds each page's path and size."""
    pages = sorted(path for path, _ in sizes)
    if sum(size for _, size in sizes) > OFFLINE_BUDGET:
        shell = {_url(p) for p in pages} & set(_SHELL)
        sessions = [_url(p) for p in pages if p.startswith("sessions/")]
        chosen = sorted(shell | set(sessions))
    else:
        chosen = sorted(_url(p) for p in pages)
    return [*chosen, *sorted(assets)]


def service_worker(urls: Sequence[str], keys: Sequence[str]) -> bytes:
    """``sw.js``: stores ``urls`` (relative to the site's top) under a version made from
    the build's page ``keys`` and the list itself."""
    digest = hashlib.sha256()
    for part in (*keys, "\0", *urls):
        digest.update(part.encode("utf-8") + b"\n")
    template = resources.files("mmc.site").joinpath("static", "sw.js").read_text("utf-8")
    text = (
        template.replace("__MMC_VERSION__", json.dumps(digest.hexdigest()[:16]))
        .replace("__MMC_URLS__", json.dumps(list(urls), separators=(",", ":")))
        .replace("__MMC_WAIT__", str(NETWORK_WAIT_MS))
    )
    return text.encode("utf-8")


def web_manifest(title: str, description: str) -> bytes:
    """``manifest.webmanifest``: the name, colours and icons of the installed site."""
    short = title if len(title) <= 12 else "Cue cards"
    data = {
        "name": title,
        "short_name": short,
        "description": description,
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#f7f5f0",
        "theme_color": "#14213d",
        "icons": [
            {"src": f"assets/{name}", "sizes": f"{size}x{size}", "type": "image/png",
             "purpose": "any maskable"}
            for size, name in ICONS.items()
        ]
        + [{"src": "assets/favicon.svg", "sizes": "any", "type": "image/svg+xml"}],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
