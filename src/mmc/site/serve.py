"""``mmc serve``: build, serve, rebuild when a watched file changes, reload open pages.

What is watched, and how a change is noticed, is :mod:`mmc.site.watch`.

Live reload needs no extra service: while serving, every HTML page gets a small script that
long-polls ``/__mmc/live`` on the same server. The answer comes when a build finishes (the
page reloads) or fails (the page shows the error over itself until the next good build).
The built files themselves never contain the script.
"""

from __future__ import annotations

import errno
import http.server
import json
import os
import re
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

from mmc.errors import MmcError
from mmc.project import open_project, project_sources
from mmc.site.build import BuildMemory, BuildReport, build_site
from mmc.site.config import SiteConfig
from mmc.site.watch import Watcher, snapshot, watched_paths

__all__ = ["LIVE_PATH", "Level", "LiveState", "Report", "SiteServer", "Watcher",
           "print_report", "serve", "snapshot", "watched_paths"]

#: The long-poll address of the live-reload script (answered only by ``mmc serve``).
LIVE_PATH = "/__mmc/live"

#: What a line :func:`serve` reports is: ``info`` for standard output (the build summary,
#: the address), ``note`` for standard error (the sources read, a problem found), ``warning``
#: and ``error`` for standard error too, marked as such by the command line.
Level = Literal["info", "note", "warning", "error"]
#: How :func:`serve` tells what happens: called with each line and its :data:`Level`.
Report = Callable[[str, Level], None]


def print_report(text: str, level: Level) -> None:
    """The default :data:`Report`: ``info`` to standard output, the rest to standard error."""
    print(text, file=sys.stdout if level == "info" else sys.stderr, flush=True)


class LiveState:
    """The number of the last good build and the error of the last failed one, if any."""

    def __init__(self) -> None:
        self.build = 0
        self.error = ""
        self._changed = threading.Condition()

    def built(self) -> None:
        with self._changed:
            self.build += 1
            self.error = ""
            self._changed.notify_all()

    def failed(self, message: str) -> None:
        with self._changed:
            self.error = message
            self._changed.notify_all()

    def wait(self, build: int, showing_error: bool, timeout: float) -> tuple[int, str]:
        """Wait until the build differs from ``build`` or the error appears or goes."""
        with self._changed:
            self._changed.wait_for(
                lambda: self.build != build or bool(self.error) != showing_error, timeout)
            return self.build, self.error


_SCRIPT = """<script>/* mmc serve: live reload (not part of the built site) */
(function () {
  var build = %d, box = null;
  function show(text) {
    if (!box) {
      box = document.createElement("pre");
      box.id = "mmc-serve-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;top:0;z-index:99999;margin:0;" +
        "padding:1em;max-height:60vh;overflow:auto;white-space:pre-wrap;font:14px/1.4 " +
        "monospace;background:#fff0f0;color:#600;border-bottom:3px solid #c00";
      document.body.appendChild(box);
    }
    box.textContent = "mmc serve: the last build failed; this is the previous site.\\n\\n" + text;
  }
  function poll() {
    fetch("%s?build=" + build + "&error=" + (box ? 1 : 0), {cache: "no-store"})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.build !== build) { location.reload(); return; }
        if (s.error) { show(s.error); } else if (box) { box.remove(); box = null; }
        poll();
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>"""


#: Served for the site's service worker while serving: the preview must always be the latest
#: build, never a stored copy, so a worker a browser registered is replaced by one that
#: removes itself.
_NO_SERVICE_WORKER = b"""/* mmc serve: no offline copy while previewing (the built sw.js is not served) */
self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) {
  event.waitUntil(self.registration.unregister());
});
"""


#: A ``<base>`` element pointing anywhere but this server (an absolute or scheme-relative URL).
_LIVE_BASE = re.compile(rb"""<base\s+href\s*=\s*["']?(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)[^>]*>""",
                        re.IGNORECASE)


class _Handler(http.server.SimpleHTTPRequestHandler):
    live: LiveState | None = None
    poll_seconds = 25.0

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == LIVE_PATH and self.live is not None:
            self._live()
            return
        if path == "/sw.js":
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript; charset=utf-8")
            self.send_header("Content-Length", str(len(_NO_SERVICE_WORKER)))
            self.end_headers()
            self.wfile.write(_NO_SERVICE_WORKER)
            return
        page = self._page(path)
        if page is not None:
            self._send_page(page, 200)
            return
        super().do_GET()

    def _page(self, path: str) -> Path | None:
        """The HTML file a GET of ``path`` returns, when it is one (None: the default)."""
        local = Path(self.translate_path(path))
        if local.is_dir():
            if not path.endswith("/"):
                return None  # the default handler redirects to the slash
            local = local / "index.html"
        return local if local.suffix == ".html" and local.is_file() else None

    def _send_page(self, page: Path, status: int) -> None:
        try:
            body = page.read_bytes()
        except OSError:
            self.send_error(404)
            return
        # A page's <base href> names the published address (the 404 page's does): a preview
        # resolves its links here instead, so nothing is ever loaded from the live site.
        body = _LIVE_BASE.sub(b'<base href="/">', body)
        if self.live is not None:
            script = (_SCRIPT % (self.live.build, LIVE_PATH)).encode("utf-8")
            at = body.rfind(b"</body>")
            body = body[:at] + script + body[at:] if at >= 0 else body + script
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _live(self) -> None:
        assert self.live is not None
        query = parse_qs(urlsplit(self.path).query)
        try:
            build = int(query.get("build", ["-1"])[0])
        except ValueError:
            build = -1
        showing = query.get("error", ["0"])[0] == "1"
        current, error = self.live.wait(build, showing, self.poll_seconds)
        body = json.dumps({"build": current, "error": error}).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        page = Path(str(self.directory)) / "404.html"
        if code == 404 and page.is_file():
            self._send_page(page, 404)
            return
        super().send_error(code, message, explain)


class SiteServer:
    """A threaded static file server for a built site (127.0.0.1 unless told otherwise).

    With ``live``, HTML pages get the live-reload script and ``/__mmc/live`` answers it.
    A missing page gets the site's ``404.html`` with status 404; ``/sw.js`` is a service
    worker that removes itself, so that a browser never shows a stored copy of the site.
    """

    def __init__(self, root: Path, port: int = 0, host: str = "127.0.0.1",
                 live: LiveState | None = None) -> None:
        handler: type[_Handler] = type("Handler", (_Handler,), {"live": live})

        def make(*args: Any, **kwargs: Any) -> _Handler:
            return handler(*args, directory=str(root), **kwargs)

        try:
            self.httpd = http.server.ThreadingHTTPServer((host, port), make)
        except socket.gaierror:
            raise MmcError(f"cannot listen on host {host!r}: no such address",
                           fix="use --host 127.0.0.1 (this computer) or 0.0.0.0 (every network)"
                           ) from None
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise MmcError(
                    f"port {port} on {host} is already in use (another mmc serve, or "
                    "another server)",
                    fix=f"stop the other server, or choose another port: mmc serve --port "
                    f"{port + 1 if port else 8001}",
                ) from None
            raise MmcError(f"cannot listen on {host}:{port}: {exc.strerror}",
                           fix="choose a port above 1024 with --port, or another --host"
                           ) from None
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
        return f"http://{shown!s}:{port}/"

    def start(self) -> SiteServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _problems_text(exc: MmcError) -> str:
    return "\n".join(str(problem) for problem in exc.problems)


class _Session:
    """What a running ``mmc serve`` rebuilds: settings read again, then the site."""

    def __init__(self, load: Callable[[], SiteConfig], config: SiteConfig, target: Path,
                 live: LiveState | None, report: Report = print_report) -> None:
        self.load = load
        self.config = config
        self.target = target
        self.live = live
        self.report = report
        self.watcher: Watcher | None = None
        self.memory = BuildMemory()  # kept between builds: parsed files, compiled templates

    def _failed(self, exc: MmcError, what: str) -> None:
        for problem in exc.problems:
            self.report(str(problem), "note")
        self.report(f"mmc serve: {what}; still serving the previous site", "error")
        if self.live is not None:
            self.live.failed(_problems_text(exc))

    def tell(self, report: BuildReport) -> None:
        """Report a build's summary and its warnings."""
        self.report(report.summary(), "info")
        for warning in report.warnings():
            self.report(f"mmc serve: warning: {warning}", "warning")

    def rebuild(self) -> BuildReport | None:
        if self.watcher is not None and self.watcher.changed:
            shown = ", ".join(os.path.relpath(p) if not os.path.relpath(p).startswith("..")
                              else p for p in self.watcher.changed[:3])
            more = len(self.watcher.changed) - 3
            self.report(f"mmc serve: changed: {shown}" + (f" and {more} more" if more > 0
                                                           else ""), "info")
        try:
            config = self.load()
        except MmcError as exc:
            self._failed(exc, "the settings have an error")
            return None
        self.config = config
        if self.watcher is not None:
            self.watcher.paths = watched_paths(config)
        try:
            report = build_site(config, out=self.target, memory=self.memory)
        except MmcError as exc:
            self._failed(exc, "build failed")
            return None
        self.tell(report)
        if self.live is not None:
            self.live.built()
        return report


def serve(config_path: Path | None = None, *, out: Path | None = None, port: int = 8000,
          host: str = "127.0.0.1", interval: float = 0.5, no_bundled: bool = False,
          no_packs: bool = False, live_reload: bool = True,
          report: Report = print_report) -> None:
    """Build, then serve until interrupted, rebuilding whenever watched files change.

    The settings are read again before every rebuild; an error in them, like a content
    error, is reported and shown in open pages while the previous site stays served. The
    output folder is the one chosen at the start. What happens is told to ``report``, line
    by line (:data:`Report`); a first build that fails raises its :class:`MmcError`.
    """

    def load() -> SiteConfig:
        return open_project(config_path, no_bundled, no_packs)

    config = load()
    report(project_sources(config).describe(), "note")
    target = (Path(out).expanduser().absolute() if out is not None
              else config.path(config.out).absolute())
    live = LiveState() if live_reload else None
    server = SiteServer(target, port, host, live)  # a busy port fails before the build
    session = _Session(load, config, target, live, report)
    try:
        first = build_site(config, out=target, memory=session.memory)  # must succeed
    except BaseException:
        server.httpd.server_close()
        raise
    session.tell(first)
    server.start()
    watcher = Watcher(watched_paths(config), session.rebuild, interval)
    session.watcher = watcher
    report(f"mmc serve: {server.url} (Ctrl+C to stop)", "info")
    try:
        watcher.run()
    except KeyboardInterrupt:
        pass
    finally:
        watcher.stop()
        server.stop()
        report("mmc serve: stopped", "info")
