"""Helpers for the real-browser tests: a local static server and Debian's Chromium.

Run ``python -m tests.browser_support screenshots`` to refresh the screenshots under
``docs/img/`` from a fresh build of the bundled content.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # The browser drops connections it no longer needs (a page left mid-download):
        # that is not a failure of the test, and its traceback only hid real output.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve_directory(root: Path) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 from a thread; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def launch(playwright: Any) -> Any:
    """Chromium from Debian, driven by Playwright."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


SCREENSHOTS = [
    ("", "site-index"),
    ("exercises/seated-cable-row/", "site-exercise"),
    ("muscles/latissimus-dorsi/", "site-muscle"),
]
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def take_screenshots(site: Path, dest: Path) -> list[Path]:
    """Full-page PNGs of the index, an exercise and a muscle page at desktop and phone width."""
    from playwright.sync_api import sync_playwright

    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with serve_directory(site) as base, sync_playwright() as p:
        browser = launch(p)
        for label, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height},
                                    device_scale_factor=1 if label == "desktop" else 2)
            for path, name in SCREENSHOTS:
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                target = dest / f"{name}-{label}.png"
                page.screenshot(path=str(target), full_page=label == "desktop")
                written.append(target)
            page.close()
        browser.close()
    return written


PACER_SPEECH_STUB = """
window.speechSynthesis.speak = () => {};
window.speechSynthesis.getVoices = () => [];
"""


def take_gym_screenshots(site: Path, dest: Path) -> list[Path]:
    """A session page on a phone, and its tempo pacer partway through a rep."""
    from playwright.sync_api import sync_playwright

    written = []
    with serve_directory(site) as base, sync_playwright() as p:
        browser = launch(p)
        context = browser.new_context(viewport={"width": 390, "height": 844},
                                      device_scale_factor=2)
        page = context.new_page()
        page.goto(base + "sessions/back-and-biceps/")
        page.wait_for_load_state("networkidle")
        written.append(dest / "site-session-phone.png")
        page.screenshot(path=str(written[-1]))
        page.add_init_script(PACER_SPEECH_STUB)
        page.clock.install(time=0)
        page.goto(base + "exercises/seated-cable-row/")
        page.click("[data-pacer-start]")
        page.clock.run_for(3000 + 1000 + 1000 + 1200)  # into the lowering of rep 1
        page.evaluate("document.querySelector('[data-pacer-bar]').style.width = '40%'")
        written.append(dest / "site-pacer-phone.png")
        page.locator(".pacer").screenshot(path=str(written[-1]))
        context.close()
        browser.close()
    return written


def take_material_screenshot(work: Path, dest: Path) -> Path:
    """An exercise page of the bundled library inside MkDocs Material."""
    import subprocess

    from playwright.sync_api import sync_playwright

    (work / "docs").mkdir(parents=True, exist_ok=True)
    (work / "docs" / "index.md").write_text("# Coach Sam's notes\n\nSee the cue cards.\n",
                                            encoding="utf-8")
    (work / "mkdocs.yml").write_text(
        "site_name: Coach Sam\ntheme:\n  name: material\n  font: false\n"
        "nav:\n  - Home: index.md\nplugins:\n  - search\n  - mmc\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f",
                    str(work / "mkdocs.yml"), "-d", str(work / "site")], check=True)
    target = dest / "mkdocs-material-exercise.png"
    with serve_directory(work / "site") as base, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "cues/exercises/seated-cable-row/")
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(target))
        browser.close()
    return target


def main(argv: list[str]) -> int:
    if argv[1:] != ["screenshots"]:
        print("usage: python -m tests.browser_support screenshots", file=sys.stderr)
        return 2
    from mmc.site.build import build_site
    from mmc.site.config import SiteConfig

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        build_site(SiteConfig(cache_dir=str(Path(tmp) / "cache")), out=out)
        shots = take_screenshots(out, ROOT / "docs" / "img")
        shots += take_gym_screenshots(out, ROOT / "docs" / "img")
        shots.append(take_material_screenshot(Path(tmp) / "mkdocs", ROOT / "docs" / "img"))
        for path in shots:
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
