"""Printing through a headless Chromium driven over its DevTools pipe.

:class:`ChromiumPrinter` starts the browser when it is made and returns at once, so the
browser boots while the caller loads the library and renders the cards. Meanwhile it loads a
one-page warm-up document, and prints it unless the caller's page is ready by then, which
brings up its fonts and print pipeline; :meth:`~ChromiumPrinter.print_pdf` then only loads
and prints the finished page. The commands go over
``--remote-debugging-pipe`` (file descriptors 3 and 4, messages ending in a NUL byte), so
nothing but the standard library is needed and no port is opened.

``Page.printToPDF`` is called with the settings of Chromium's own ``--print-to-pdf``
(background graphics, the CSS ``@page`` size, no header or footer, a tagged PDF), so the
bytes equal what that switch writes for the same page (tests/test_pdf_engine.py).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from mmc.errors import MmcError

__all__ = ["PRINT_SETTINGS", "ChromiumPrinter"]

#: What ``--print-to-pdf`` asks for; the PDF is the same byte for byte.
PRINT_SETTINGS = {
    "printBackground": True,
    "preferCSSPageSize": True,
    "displayHeaderFooter": False,
    "generateTaggedPDF": True,
    "generateDocumentOutline": False,
}
_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--remote-debugging-pipe",
)
# One card-like page: the card fonts in both weights, a rule and a hatched vector shape.
_WARM_UP = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A7 landscape; margin: 0 } body { margin: 4mm;
font-family: "Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif }
</style></head><body><h2>Warm-up</h2><p>Cue · 3 × 8 – <b>tempo</b></p>
<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><defs><pattern id="h"
patternUnits="userSpaceOnUse" width="4" height="4"><path d="M0 4 L4 0" stroke="#c2473d"/>
</pattern></defs><path d="M2 2 L38 2 L20 38 Z" fill="url(#h)" stroke="#8a847d"/></svg>
</body></html>"""


class ChromiumPrinter:
    """A headless Chromium, started now, that prints HTML to PDF later (one page at a time).

    Use it as a context manager (or call :meth:`close`): the browser and its temporary
    profile are removed at the end, also after an error.
    """

    def __init__(self, chromium: str, *, timeout: float = 300.0) -> None:
        self.chromium = chromium
        self.timeout = timeout
        self._folder = tempfile.TemporaryDirectory(prefix="mmc-chromium-")
        self._root = Path(self._folder.name)
        self._log = (self._root / "stderr.txt").open("wb")
        self._buffer = b""
        self._last = 0
        self._session: str | None = None
        to_browser, self._to_browser = os.pipe()
        self._from_browser, from_browser = os.pipe()

        def descriptors() -> None:  # in the child: the pipe ends become fds 3 and 4
            # Both are moved above 4 first, so that placing one cannot close the other.
            ends = [fcntl.fcntl(fd, fcntl.F_DUPFD, 5) for fd in (to_browser, from_browser)]
            for target, fd in zip((3, 4), ends, strict=True):
                os.dup2(fd, target)
                os.close(fd)

        try:
            self._process = subprocess.Popen(
                [chromium, *_FLAGS, f"--user-data-dir={self._root / 'profile'}", "about:blank"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
                env=dict(os.environ, TZ="UTC"),
                preexec_fn=descriptors,  # before the opening thread starts
                close_fds=False,
                start_new_session=True,  # its own process group, ended as one by close()
            )
        except OSError as exc:
            self._cleanup()
            raise MmcError(
                f"cannot run Chromium ({chromium}): {exc}",
                fix="check that it is an executable Chromium (or set MMC_CHROMIUM to one), "
                "or use --engine weasyprint",
            ) from None
        finally:
            os.close(to_browser)
            os.close(from_browser)
        # While the caller works, a thread (waiting on the pipe, so not holding the
        # interpreter) opens a tab and prints a warm-up page in it.
        (self._root / "warm-up.html").write_text(_WARM_UP, encoding="utf-8")
        self._problem: BaseException | None = None
        self._wanted = threading.Event()  # set when the caller has a page to print
        self._opening = threading.Thread(target=self._open_tab, daemon=True)
        self._opening.start()

    def __enter__(self) -> ChromiumPrinter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def print_pdf(self, html: str) -> bytes:
        """``html`` (a complete document) printed to PDF bytes.

        Relative links resolve against the document's ``<base>``, if any.
        """
        deadline = time.monotonic() + self.timeout
        self._wanted.set()
        self._opening.join(self.timeout)
        if self._problem is not None:
            raise self._problem
        if self._session is None:  # still opening after the whole timeout
            raise self._timed_out()
        page = self._root / "page.html"
        page.write_text(html, encoding="utf-8")
        self._load(page, deadline, self._session)
        result = self._call("Page.printToPDF", PRINT_SETTINGS, deadline, self._session)
        return base64.b64decode(result["data"])

    def close(self) -> None:
        """End the browser and its helper processes, and remove its profile.

        The browser is killed, not asked to close: its profile is thrown away, so an orderly
        shutdown (which writes the profile's databases and waits for every helper process)
        only delays the command. Its whole process group goes, so no helper outlives it.
        """
        process = getattr(self, "_process", None)
        if process is not None:
            if process.poll() is None:
                with contextlib.suppress(OSError):
                    os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            self._opening.join()  # it stops at the end of the pipe
        self._cleanup()

    # -- the protocol --------------------------------------------------------------------

    def _open_tab(self) -> None:
        deadline = time.monotonic() + self.timeout
        try:
            target = self._call("Target.createTarget", {"url": "about:blank"}, deadline)
            attached = self._call(
                "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True},
                deadline,
            )
            session = str(attached["sessionId"])
            self._call("Page.enable", {}, deadline, session)
            self._load(self._root / "warm-up.html", deadline, session)
            # Printing the warm-up page only helps while the caller is still rendering: once
            # its page is ready, printing that brings up the print pipeline just as well.
            if not self._wanted.is_set():
                self._call("Page.printToPDF", PRINT_SETTINGS, deadline, session)
            self._session = session
        except BaseException as exc:  # handed to print_pdf, in the caller's thread
            self._problem = exc

    def _load(self, page: Path, deadline: float, session: str | None) -> None:
        self._call("Page.navigate", {"url": page.as_uri()}, deadline, session)
        while self._receive(deadline).get("method") != "Page.loadEventFired":
            pass

    def _send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> int:
        self._last += 1
        message: dict[str, Any] = {"id": self._last, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        data = json.dumps(message).encode("utf-8") + b"\0"
        try:
            while data:
                data = data[os.write(self._to_browser, data):]
        except OSError:  # the browser has gone: say why
            raise self._failed() from None
        return self._last

    def _call(
        self, method: str, params: dict[str, Any], deadline: float, session: str | None = None
    ) -> dict[str, Any]:
        return self._reply(self._send(method, params, session), deadline)

    def _reply(self, number: int, deadline: float) -> dict[str, Any]:
        while True:
            message = self._receive(deadline)
            if message.get("id") == number:
                if "error" in message:
                    raise MmcError(
                        f"Chromium ({self.chromium}) could not print the PDF: "
                        f"{message['error'].get('message', message['error'])}",
                        fix="set MMC_CHROMIUM to another Chromium, or use --engine weasyprint",
                    )
                result: dict[str, Any] = message.get("result", {})
                return result

    def _receive(self, deadline: float) -> dict[str, Any]:
        # A PDF comes back as one message of several megabytes, read in pipe-sized chunks:
        # they are joined once, and only the newest is searched for the end.
        chunks = [self._buffer]
        while b"\0" not in chunks[-1]:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._from_browser], [], [], max(left, 0))
            if not ready:
                raise self._timed_out()
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise self._failed()
            chunks.append(chunk)
        message, _, self._buffer = b"".join(chunks).partition(b"\0")
        found: dict[str, Any] = json.loads(message)
        return found

    def _timed_out(self) -> MmcError:
        return MmcError(
            f"Chromium ({self.chromium}) did not finish printing the PDF in {self.timeout:.0f} s",
            fix="print fewer cards at a time, or use --engine weasyprint",
        )

    def _failed(self) -> MmcError:
        """The error for a browser that stopped talking: its exit status and last words."""
        try:
            status = self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            status = self._process.wait()
        self._log.flush()
        text = (self._root / "stderr.txt").read_bytes().decode("utf-8", "replace")
        detail = [line for line in text.strip().splitlines() if line.strip()][-3:]
        return MmcError(
            f"Chromium ({self.chromium}) could not print the PDF (exit status "
            f"{status}){': ' + ' | '.join(detail) if detail else ''}",
            fix="run it by hand to see why, set MMC_CHROMIUM to another Chromium, "
            "or use --engine weasyprint",
        )

    def _cleanup(self) -> None:
        for fd in ("_to_browser", "_from_browser"):
            number = getattr(self, fd, None)
            if number is not None:
                with contextlib.suppress(OSError):
                    os.close(number)
                setattr(self, fd, None)
        with contextlib.suppress(OSError):
            self._log.close()
        self._folder.cleanup()
