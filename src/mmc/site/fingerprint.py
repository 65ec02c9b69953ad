"""What the cache keys of pages and cards start from: the code and templates that render them.

A page's key is this fingerprint, its path, its template and its data (see
:mod:`mmc.site.cache`): change the code, a template, a selected pack's template or a
site-wide setting, and every page is rendered again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from mmc._version import __version__
from mmc.render.templates import pack_file

__all__ = ["code_fingerprint", "fingerprint"]

_SUFFIXES = {".py", ".html", ".css", ".js", ".svg", ".j2"}


@lru_cache(maxsize=1)
def _package_digest() -> bytes:
    """The hash of mmc's own site and render code and templates (fixed for a process)."""
    digest = hashlib.sha256(__version__.encode())
    for package in ("mmc.site", "mmc.render"):
        root = Path(str(resources.files(package)))
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in _SUFFIXES:
                name = f"{package}/{path.relative_to(root).as_posix()}"
                digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.digest()


def code_fingerprint(pack_dirs: Sequence[Path]) -> str:
    """A hash of the code and templates that turn data into pages, with the template
    folders of the packs the site uses (highest priority first)."""
    digest = hashlib.sha256(_package_digest())
    for index, folder in enumerate(pack_dirs):
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder).as_posix()
            if pack_file(folder, name) is not None:
                digest.update(f"pack{index}/{name}".encode() + b"\0"
                              + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def fingerprint(code: str, settings: dict[str, Any]) -> str:
    """The code fingerprint combined with the site-wide settings every page shows."""
    text = json.dumps(settings, sort_keys=True, default=str)
    return hashlib.sha256((code + text).encode()).hexdigest()
