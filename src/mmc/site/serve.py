"""``mmc serve``: build, serve on 127.0.0.1, and rebuild when content changes.

Changes are found by polling file sizes and modification times: no extra dependency, and it
works the same on every file system (network drives and containers included).
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from mmc.content.loader import bundled_content_dir
from mmc.errors import MmcError
from mmc.site.build import BuildReport, build_site
from mmc.site.config import SiteConfig, find_config

__all__ = ["SiteServer", "Watcher", "serve", "snapshot", "watched_paths"]

Snapshot = dict[str, tuple[int, int]]


def watched_paths(config: SiteConfig) -> list[Path]:
    """Content directories and the config file a site depends on."""
    paths = list(config.content_dirs)
    if config.bundled:
        paths.append(bundled_content_dir())
    found = find_config(Path(config.root))
    if found is not None:
        paths.append(found)
    return paths


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """``{file: (size, mtime_ns)}`` of every file under ``paths``."""
    state: Snapshot = {}
    for base in paths:
        files = [base] if base.is_file() else sorted(base.rglob("*")) if base.is_dir() else []
        for file in files:
            try:
                stat = file.stat()
            except OSError:
                continue
            if file.is_file():
                state[str(file)] = (stat.st_size, stat.st_mtime_ns)
    return state


class Watcher:
    """Polls ``paths`` and calls ``on_change`` after files changed (debounced)."""

    def __init__(self, paths: list[Path], on_change: Callable[[], Any], interval: float = 1.0):
        self.paths = paths
        self.on_change = on_change
        self.interval = interval
        self._state = snapshot(paths)
        self._stop = threading.Event()

    def check(self) -> bool:
        """Look once; run ``on_change`` and return True when something changed."""
        state = snapshot(self.paths)
        if state == self._state:
            return False
        self._state = state
        self.on_change()
        return True

    def run(self) -> None:
        while not self._stop.wait(self.interval):
            self.check()

    def stop(self) -> None:
        self._stop.set()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


class SiteServer:
    """A threaded static file server for a built site, bound to 127.0.0.1 only."""

    def __init__(self, root: Path, port: int = 0) -> None:
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> SiteServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _rebuild(config: SiteConfig, out: Path | None) -> BuildReport | None:
    try:
        report = build_site(config, out=out)
    except MmcError as exc:
        for problem in exc.problems:
            click.echo(str(problem), err=True)
        click.secho("mmc serve: build failed; still serving the previous site", fg="red",
                    err=True)
        return None
    click.echo(report.summary())
    return report


def serve(config_path: Path | None = None, *, out: Path | None = None, port: int = 8000,
          host: str = "127.0.0.1", interval: float = 1.0, no_bundled: bool = False,
          no_packs: bool = False, live_reload: bool = True) -> None:
    """Build, then serve until interrupted, rebuilding whenever watched files change."""
    from mmc.project import open_project, project_sources

    config = open_project(config_path, no_bundled, no_packs)
    project_sources(config).announce()
    target = (out or config.path(config.out)).absolute()
    report = build_site(config, out=target)  # the first build must succeed
    click.echo(report.summary())
    server = SiteServer(target, port).start()
    watcher = Watcher(watched_paths(config), lambda: _rebuild(config, target), interval)
    click.echo(f"mmc serve: {server.url} (Ctrl+C to stop)")
    try:
        watcher.run()
    except KeyboardInterrupt:
        pass
    finally:
        watcher.stop()
        server.stop()
