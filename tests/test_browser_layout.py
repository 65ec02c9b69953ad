"""Layout in a real browser, measured as boxes (not pixels): the pages used in the gym on
a phone, and the header of a site with a long title on a desktop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mmc.site.build import build_site
from mmc.site.config import SiteConfig

pytestmark = pytest.mark.browser

GYM_PAGES = [
    "sessions/back-and-biceps/",
    "exercises/seated-cable-row/",
    "exercises/barbell-back-squat/",
    "print/sessions/back-and-biceps/",
    "print/groups/back/",
    "guide/mind-muscle-connection/",
    "guide/evidence/",  # long citations and DOI links
]
PHONES = [(360, 740), (390, 844), (414, 896)]
#: Everything a thumb is meant to hit on these pages (links inside running text excepted).
TARGETS = (
    ".site-header a, .site-header input, .site-header button, .breadcrumbs a, main .button,"
    " main button, main select, main summary, main a.chip, .tile-link, .session-table th a,"
    " .pacer button, .pacer select, .pacer-field input, .pacer-toggle"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("layout")
    out = tmp / "site"
    build_site(SiteConfig(title="Cue cards by Coach Sam", cache_dir=str(tmp / "cache")), out=out)
    return out


def _phone(browser: Any, width: int, height: int) -> Any:
    return browser.new_context(
        viewport={"width": width, "height": height}, device_scale_factor=2, has_touch=True
    )


OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    // Content inside a box that scrolls or clips sideways on its own is not the page's.
    let clipped = false;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') { clipped = true; break; }
    }
    if (!clipped && (box.right > width + 0.5 || box.left < -0.5))
      out.push(el.tagName + '.' + el.className + ' ' + Math.round(box.left) + '..' + Math.round(box.right));
  }
  return out.slice(0, 5);
}"""


@pytest.mark.parametrize(("width", "height"), PHONES)
def test_gym_pages_fit_a_phone(browser: Any, base: str, width: int, height: int) -> None:
    context = _phone(browser, width, height)
    tab = context.new_page()
    for path in GYM_PAGES:
        tab.goto(base + path)
        tab.wait_for_load_state("networkidle")
        assert tab.evaluate("document.documentElement.scrollWidth") <= width, path
        assert tab.evaluate(OVERFLOWING) == [], path
    context.close()


def _box(tab: Any, selector: str) -> dict[str, float]:
    box = tab.locator(selector).first.bounding_box()
    assert box is not None, selector
    return dict(box)


@pytest.mark.parametrize(("width", "height"), PHONES)
def test_cue_and_prescription_on_the_first_screen(
    browser: Any, base: str, width: int, height: int
) -> None:
    context = _phone(browser, width, height)
    tab = context.new_page()
    tab.goto(base + "exercises/seated-cable-row/")
    tempo = _box(tab, ".tempo-box")
    cue = _box(tab, ".cue-list .cue-text")
    assert tempo["y"] + 40 < height, "the tempo starts on the first screen"
    assert cue["y"] + cue["height"] <= height + 40 or tempo["y"] + tempo["height"] <= height
    # The print card comes after the readable cues, not before them.
    assert _box(tab, ".card-figure")["y"] > cue["y"]
    tab.goto(base + "sessions/back-and-biceps/")
    rx = _box(tab, ".session-table tbody .col-rx")
    key = _box(tab, ".session-table tbody .col-cue")
    assert rx["y"] + rx["height"] <= height, "sets x reps of the first exercise"
    assert key["y"] < height, "its key cue starts on the first screen"
    context.close()


@pytest.mark.parametrize("path", GYM_PAGES)
def test_tap_targets_are_at_least_44_px(browser: Any, base: str, path: str) -> None:
    context = _phone(browser, 390, 844)
    tab = context.new_page()
    tab.goto(base + path)
    small = tab.evaluate(
        """(selector) => [...document.querySelectorAll(selector)]
          .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
          .map(el => [el.outerHTML.slice(0, 60), el.getBoundingClientRect()])
          .filter(([, b]) => b.width > 0 && (b.height < 43.5 || b.width < 43.5))
          .map(([html, b]) => `${html} ${Math.round(b.width)}x${Math.round(b.height)}`)""",
        TARGETS,
    )
    assert small == []
    context.close()


@pytest.mark.parametrize("width", [1920, 1280, 1100])
def test_a_long_site_title_keeps_the_header_on_one_row(
    browser: Any, base: str, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.goto(base)
    header = _box(tab, ".site-header")
    assert header["height"] < 80
    brand = _box(tab, ".brand-name")
    assert tab.evaluate(
        "(() => { const n = document.querySelector('.brand-name'); "
        "return n.scrollWidth <= n.clientWidth; })()"
    ), "the title is not cut"
    middle = brand["y"] + brand["height"] / 2
    for selector in (".main-nav li:last-child a", "#site-search-input"):
        box = _box(tab, selector)
        assert box["y"] < middle < box["y"] + box["height"], selector
    context.close()


def test_safety_notes_and_per_side_sets_show_on_the_page(browser: Any, base: str) -> None:
    import mmc

    lib = mmc.load_library()
    context = _phone(browser, 390, 844)
    tab = context.new_page()
    squat = lib.exercises["barbell-back-squat"]
    tab.goto(base + "exercises/barbell-back-squat/")
    assert tab.locator(".safety-box li").all_inner_texts() == list(squat.safety)
    tab.goto(base + "exercises/bulgarian-split-squat/")
    assert "Each side" in tab.inner_text(".tempo-box")
    # A session shows each exercise's first safety note with its key cue.
    tab.goto(base + "sessions/legs-and-glutes/")
    notes = tab.locator(".session-table .cue-safety").all_inner_texts()
    assert notes and all(n.startswith("Safety:") for n in notes)
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
