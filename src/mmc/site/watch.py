"""What ``mmc serve`` watches, and the poller that notices a change.

Changes are found by polling file sizes and modification times: no extra dependency, and it
works the same on every file system (network drives and containers included). What is
watched is what a build reads: the settings file, the ``.md`` files of every content folder
(bundled, packs, the project's), and the packs' template folders; never the output or the
cache, so a build cannot trigger the next one.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from mmc.site.config import SiteConfig

__all__ = ["Snapshot", "Watcher", "snapshot", "watched_paths"]

Snapshot = dict[str, tuple[int, int]]
_KIND_FOLDERS = ("muscles", "exercises", "drills", "pages")


def watched_paths(config: SiteConfig) -> list[Path]:
    """The settings file and every folder a build of ``config`` reads.

    Content folders (the bundled library, packs, the project's) and pack template folders;
    the settings file even when it does not exist yet (creating it changes the site).
    """
    from mmc.content.loader import bundled_content_dir
    from mmc.project import project_sources

    sources = project_sources(config)
    paths: list[Path] = [*sources.dirs]
    if config.bundled:
        paths.append(bundled_content_dir())
    if sources.packs is not False:
        from mmc.content.packs import select_packs

        found, _ = select_packs(None if sources.packs is True else sources.packs)
        for pack in found:
            paths.append(pack.path)
            if pack.templates is not None:
                paths.append(pack.templates)
    paths.append(config.path(config.static))  # files copied into the site as they are
    paths.append(Path(config.config_file) if config.config_file else config.path("mmc.toml"))
    return paths


def _stat_into(state: Snapshot, path: str) -> None:
    try:
        info = os.stat(path)
    except OSError:  # gone between listing and looking: it will be missing next time too
        return
    state[path] = (info.st_size, info.st_mtime_ns)


def _scan(folder: str, state: Snapshot, recursive: bool) -> None:
    """Files of ``folder`` into ``state``; hidden names skipped; a vanished folder is empty."""
    try:
        with os.scandir(folder) as entries:
            listed = [(e.name, e.path, e.is_dir(follow_symlinks=False)) for e in entries]
    except OSError:  # vanished or unreadable mid-scan (a clean-up deleting it, say)
        return
    for name, path, is_dir in sorted(listed):
        if name.startswith("."):
            continue
        if is_dir:
            if recursive:
                _scan(path, state, recursive)
        elif recursive or name.endswith(".md"):
            _stat_into(state, path)


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """``{file: (size, mtime_ns)}`` of every file a build reads under ``paths``.

    A content folder (one holding muscles/, exercises/, drills/ or pages/) contributes the
    ``.md`` files of those folders, as the loader reads them; any other folder (a template
    folder) every file under it; a file itself. Missing paths contribute nothing.
    """
    state: Snapshot = {}
    for base in paths:
        text = str(base)
        if os.path.isfile(text):
            _stat_into(state, text)
            continue
        kinds = [os.path.join(text, kind) for kind in _KIND_FOLDERS]
        present = [kind for kind in kinds if os.path.isdir(kind)]
        if present:
            for kind in present:
                _scan(kind, state, recursive=False)
        elif os.path.isdir(text) and os.path.basename(text) not in _KIND_FOLDERS:
            _scan(text, state, recursive=True)
    return state


class Watcher:
    """Polls ``paths`` and calls ``on_change`` after files changed."""

    def __init__(self, paths: list[Path], on_change: Callable[[], Any], interval: float = 1.0):
        self.paths = paths
        self.on_change = on_change
        self.interval = interval
        self.changed: list[str] = []
        """The files that changed (added, edited or removed) before the last ``on_change``."""
        self._state = snapshot(paths)
        self._stop = threading.Event()

    def check(self) -> bool:
        """Look once; run ``on_change`` and return True when something changed."""
        state = snapshot(self.paths)
        if state == self._state:
            return False
        before = self._state
        self.changed = sorted(k for k in state.keys() | before.keys()
                              if state.get(k) != before.get(k))
        self._state = state
        self.on_change()
        self._state = snapshot(self.paths)  # paths may have changed with the settings
        return True

    def run(self) -> None:
        while not self._stop.wait(self.interval):
            self.check()

    def stop(self) -> None:
        self._stop.set()
