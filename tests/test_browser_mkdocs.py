"""mmc pages inside MkDocs (Material and the default theme) in Chromium: layout boxes at
desktop and phone width, and axe-core on mmc's part of each page kind."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser_support import AXE, serve_directory
from tests.test_mkdocs_plugin import make_site, run

pytestmark = pytest.mark.browser

PAGES = {
    "home": "",
    "index": "cues/",
    "exercises": "cues/exercises/",
    "exercise": "cues/exercises/seated-cable-row/",
    "muscle": "cues/muscles/latissimus-dorsi/",
    "drill": "cues/drills/lat-flex/",
}
WIDTHS = [(1280, 900), (390, 844)]


@pytest.fixture(scope="module", params=["material", "mkdocs"])
def docs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = make_site(tmp_path_factory.mktemp(f"docs-{request.param}"), request.param)
    result = run("mkdocs", site)
    assert result.returncode == 0, result.stderr
    with serve_directory(site / "site") as url:
        yield url


BOXES = """() => {
  const box = s => { const e = document.querySelector(s); if (!e) return null;
    const b = e.getBoundingClientRect(); return {x: b.x, right: b.right, width: b.width, height: b.height}; };
  const li = document.querySelector('.mmc-card__cues li');
  const cue = document.querySelector('.cue-list > li');
  return {
    scroll: document.documentElement.scrollWidth,
    map: box('.map-figure svg'),
    card: box('.card-front .mmc-card'),
    summary: box('.card-back-fold > summary'),
    fold: box('.card-back-fold'),
    pacer: box('.pacer'),
    cardLi: li && [getComputedStyle(li).listStyleType, getComputedStyle(li).marginLeft],
    cueLi: cue && [getComputedStyle(cue).listStyleType, getComputedStyle(cue).marginLeft],
  };
}"""


@pytest.mark.parametrize(("width", "height"), WIDTHS)
def test_theme_does_not_break_cards_maps_or_lists(
    browser: Any, docs: str, width: int, height: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    tab.goto(docs + PAGES["muscle"])
    boxes = tab.evaluate(BOXES)
    assert boxes["scroll"] <= width
    assert boxes["map"]["width"] > 150 and boxes["map"]["height"] > 200, boxes["map"]
    tab.goto(docs + PAGES["exercise"])
    boxes = tab.evaluate(BOXES)
    assert boxes["scroll"] <= width
    card = boxes["card"]
    assert card["x"] >= 0 and card["right"] <= width, card  # the whole A6 card shows
    assert boxes["cardLi"] == ["none", "0px"] and boxes["cueLi"] == ["none", "0px"]
    assert boxes["summary"]["height"] >= 44 and boxes["fold"]["height"] < 60
    tab.click(".card-back-fold > summary")
    back = tab.locator(".card-back .mmc-card").bounding_box()
    assert back is not None and back["height"] > 300  # turning the card over shows the back
    assert boxes["pacer"] is not None and boxes["pacer"]["height"] > 100  # pacer.js ran
    context.close()


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_no_serious_accessibility_violations(browser: Any, docs: str, kind: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(docs + PAGES[kind])
    tab.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    # mmc's part of the page: the theme's own chrome (Material's search dialog, the footer)
    # is the theme's business and has findings of its own.
    result = tab.evaluate(
        "async () => await axe.run({include: [['.mmc']]}, {resultTypes: ['violations']})"
    )
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} - {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    context.close()
