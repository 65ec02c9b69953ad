"""`mmc serve` in Chromium: an edit to a content file changes the open page by itself."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import URLError
from urllib.request import urlopen

import pytest

from tests.browser_support import launch
from tests.site_support import write_project

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def mmc_serve(project: Path, home: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "HOME": str(home)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mmc", "serve", "--port", str(port), "--interval", "0.2"],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urlopen(url, timeout=5):
                    break
            except (URLError, ConnectionError, TimeoutError):
                assert proc.poll() is None, proc.communicate()[0]
                assert time.monotonic() < deadline, "mmc serve did not start"
                time.sleep(0.2)
        yield url
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    later = time.time() + 2
    os.utime(path, (later, later))


def test_an_edit_reloads_the_open_page_and_a_settings_error_is_shown(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    project = write_project(tmp_path / "project")
    curl = project / "content" / "exercises" / "dumbbell-curl.md"
    with mmc_serve(project, tmp_path) as url, sync_playwright() as p:
        browser: Any = launch(p)
        try:
            page = browser.new_page()
            page.goto(url + "exercises/dumbbell-curl/")
            assert "feel the biceps shorten" in page.content()
            page.evaluate("window.__notReloaded = true")
            edit(curl, "feel the biceps shorten", "let the biceps do all of it")
            page.wait_for_function(
                "document.body.innerText.includes('let the biceps do all of it')",
                timeout=60_000)
            assert page.evaluate("window.__notReloaded === undefined")  # the page reloaded

            toml = project / "mmc.toml"
            edit(toml, 'title = "Test cues"', 'title = "Test cues')
            page.wait_for_selector("#mmc-serve-error", timeout=60_000)
            assert "invalid TOML" in page.inner_text("#mmc-serve-error")
            edit(toml, 'title = "Test cues', 'title = "Fixed title"')
            page.wait_for_function("document.title.includes('Fixed title')", timeout=60_000)
            assert page.query_selector("#mmc-serve-error") is None

            missing = page.goto(url + "exercises/nothing-here/")
            assert missing is not None and missing.status == 404
            assert (project / "site" / "404.html").read_text(encoding="utf-8")[:200] \
                in missing.text()
        finally:
            browser.close()
