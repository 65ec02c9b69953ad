"""The site away from a server: search from file://, and offline once visited (a service
worker, which needs http://localhost)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from mmc.site.build import build_site
from mmc.site.config import SiteConfig
from mmc.site.offline import OFFLINE_BUDGET, offline_urls
from tests.browser_support import serve_directory

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("offline")
    out = tmp / "site"
    build_site(SiteConfig(cache_dir=str(tmp / "cache")), out=out)
    return out


def test_search_works_from_disk(browser: Any, site: Path) -> None:
    context = browser.new_context()
    tab = context.new_page()
    tab.goto((site / "index.html").as_uri())
    tab.fill("#site-search-input", "lats")
    results = tab.locator("[data-search-results] a")
    results.first.wait_for()
    assert any("Pulldown" in t or "Row" in t for t in results.all_inner_texts())
    tab.goto((site / "search" / "index.html").as_uri() + "?q=glutes")
    found = tab.locator("[data-search-page-results] a")
    found.first.wait_for()
    assert found.count() > 3
    context.close()


def test_search_explains_when_it_cannot_read_its_index(
    browser: Any, site: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copied"
    shutil.copytree(site, copy)
    (copy / "search-index.js").unlink()
    context = browser.new_context()
    tab = context.new_page()
    tab.goto((copy / "index.html").as_uri())
    tab.fill("#site-search-input", "lats")
    note = tab.locator("[data-search-results] [data-search-unavailable]")
    note.wait_for()
    assert "search-index.js" in note.inner_text()
    tab.goto((copy / "search" / "index.html").as_uri() + "?q=lats")
    summary = tab.locator("[data-search-summary][data-search-unavailable]")
    summary.wait_for()
    assert "search-index.js" in summary.inner_text()
    assert tab.locator("[data-search-fallback]").is_visible()  # the A to Z list instead
    context.close()


def test_the_site_reloads_offline_once_visited(browser: Any, site: Path) -> None:
    manifest = json.loads((site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["display"] == "standalone" and manifest["start_url"] == "./"
    assert {i["sizes"] for i in manifest["icons"]} >= {"192x192", "512x512"}
    for icon in manifest["icons"]:
        assert (site / icon["src"]).is_file()
    with serve_directory(site) as base:
        base = base.replace("127.0.0.1", "localhost")  # a secure context for the worker
        context = browser.new_context(viewport={"width": 390, "height": 844})
        tab = context.new_page()
        tab.goto(base + "sessions/back-and-biceps/")
        tab.evaluate("navigator.serviceWorker.ready.then(() => true)")
        # Installed: every page of the site is stored, not only the one visited.
        stored = tab.evaluate(
            """async () => { const names = await caches.keys();
                 const cache = await caches.open(names[0]);
                 return (await cache.keys()).length; }"""
        )
        pages = len([p for p in site.rglob("*.html") if p.name != "404.html"])
        assert stored >= pages
        # What asks not to be stored (mmc serve's live-reload poll) goes past the store.
        tab.wait_for_function("navigator.serviceWorker.controller !== null")
        passed = tab.evaluate(
            """async () => {
                 const url = new URL(document.body.dataset.root + 'search-index.json', location.href).href;
                 const response = await fetch(url, {cache: 'no-store'});
                 await new Promise(done => setTimeout(done, 500));
                 const names = await caches.keys();
                 const cache = await caches.open(names[0]);
                 return response.ok && (await cache.match(url)) === undefined; }"""
        )
        assert passed
        context.set_offline(True)
        tab.reload()
        assert tab.locator("h1").inner_text().startswith("Back and biceps")
        assert tab.locator("[data-pacer]").is_visible()  # scripts came from the store too
        tab.goto(base + "exercises/lat-pulldown/")  # never visited
        assert tab.locator(".cue-list .cue").count() >= 2
        assert tab.evaluate("getComputedStyle(document.body).backgroundColor") != "rgba(0, 0, 0, 0)"
        context.close()


def test_a_big_site_stores_its_shell_ahead_and_the_rest_as_visited() -> None:
    small = [("index.html", 1000), ("exercises/a/index.html", 1000)]
    assert offline_urls(small, ["assets/site.css"]) == ["./", "exercises/a/", "assets/site.css"]
    big = [("index.html", 10), ("exercises/index.html", 10),
           ("exercises/a/index.html", OFFLINE_BUDGET), ("sessions/s/index.html", 10)]
    assert offline_urls(big, []) == ["./", "exercises/", "sessions/s/"]
