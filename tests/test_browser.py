"""The built site in a real browser: Debian's Chromium driven by Playwright.

The site is built once from the bundled content and served on 127.0.0.1 from a thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import urlopen

import pytest

from mmc.site.build import build_site
from mmc.site.config import SiteConfig
from tests.browser_support import AXE

pytestmark = pytest.mark.browser

KEY_PAGES = [
    "",
    "exercises/seated-cable-row/",
    "muscles/latissimus-dorsi/",
    "print/groups/back/",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    out = tmp / "site"
    build_site(SiteConfig(cache_dir=str(tmp / "cache")), out=out)
    return out


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def _watch(tab: Any) -> list[str]:
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    tab.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    tab.on("response", lambda r: problems.append(f"{r.status}: {r.url}") if r.status >= 400 else None)
    return problems


@pytest.mark.parametrize("path", KEY_PAGES)
def test_key_pages_load_without_errors(page: Any, base: str, path: str) -> None:
    problems = _watch(page)
    page.goto(base + path)
    page.wait_for_load_state("networkidle")
    assert problems == []
    assert page.locator("h1").count() >= 1
    if path.startswith(("exercises/", "print/")):
        assert page.locator(".mmc-card").count() >= 1


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.outbound: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for name in ("href", "src", "action"):
            value = values.get(name)
            if not value or tag not in (
                "a", "link", "script", "img", "source", "use", "form", "iframe"
            ):
                continue
            if tag == "a" and value.startswith("https://"):
                # A citation link (a DOI, PubMed) is followed only when the reader clicks it;
                # no page loads anything from outside the site.
                self.outbound.append(value)
            else:
                self.links.append(value)


#: Hosts a page may link out to: where the evidence page's citations live.
CITATION_HOSTS = {"doi.org", "pubmed.ncbi.nlm.nih.gov"}


def _fetch(url: str) -> tuple[int, bytes, str]:
    try:
        with urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get_content_type()
    except HTTPError as exc:
        return exc.code, b"", ""


def test_crawl_every_internal_link_and_asset_resolves(base: str, site: Path) -> None:
    seen: dict[str, set[str]] = {}
    fragments: list[tuple[str, str, str]] = []
    broken: list[str] = []
    queue = [base]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        status, body, kind = _fetch(url)
        if status != 200:
            broken.append(f"{status} {url}")
            seen[url] = set()
            continue
        if kind != "text/html":
            seen[url] = set()
            continue
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        seen[url] = parser.ids
        for link in parser.outbound:
            assert urlsplit(link).netloc in CITATION_HOSTS, f"outbound link {link} on {url}"
        for link in parser.links:
            target = urljoin(url, link)
            assert urlsplit(target).netloc == urlsplit(base).netloc, f"external link {link} on {url}"
            target, fragment = urldefrag(target)
            if fragment:
                fragments.append((url, target, fragment))
            if target not in seen:
                queue.append(target)
    assert broken == []
    for source, target, fragment in fragments:
        assert fragment in seen.get(target, set()), f"#{fragment} missing on {target} ({source})"
    html_pages = [u for u, ids in seen.items() if u.endswith("/") or u.endswith(".html")]
    built = list(site.rglob("*.html"))
    # Every page but the 404 page is reachable by following links from the home page.
    assert len(html_pages) >= len(built) - 1 > 100


def test_search_finds_an_exercise_by_muscle_alias(page: Any, base: str) -> None:
    page.goto(base)
    page.fill("#site-search-input", "lats")
    results = page.locator("[data-search-results] a")
    results.first.wait_for()
    titles = results.all_inner_texts()
    assert any("exercise" in t.lower() and ("pull" in t.lower() or "row" in t.lower())
               for t in titles), titles
    # The search page reads ?q= and lists exercises whose target muscle is called 'lats'.
    page.goto(base + "search/?q=lats")
    found = page.locator("[data-search-page-results] a")
    found.first.wait_for()
    hrefs = [found.nth(i).get_attribute("href") or "" for i in range(found.count())]
    assert any("exercises/lat-pulldown/" in h for h in hrefs), hrefs
    assert page.locator("[data-search-fallback]").is_hidden()


def test_filters_narrow_the_list(page: Any, base: str) -> None:
    page.goto(base + "exercises/")
    total = page.locator(".exercise-tile:visible").count()
    page.select_option("#filter-equipment", "cable")
    shown = page.locator(".exercise-tile:visible")
    assert 0 < shown.count() < total
    for i in range(shown.count()):
        assert "cable" in (shown.nth(i).get_attribute("data-equipment") or "").split()
    page.select_option("#filter-muscle", "latissimus-dorsi")
    for i in range(shown.count()):
        assert "latissimus-dorsi" in (shown.nth(i).get_attribute("data-muscles") or "").split()


def test_pages_work_without_javascript(browser: Any, base: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(base + "exercises/")
    assert tab.locator(".exercise-tile").count() > 20
    assert tab.locator("[data-filter-form]").is_hidden()  # only with JS
    assert tab.locator(".filter-links a[href*='equipment/cable/']").count() == 1
    tab.goto(base + "equipment/cable/")
    assert tab.locator(".exercise-tile").count() > 0
    tab.goto(base + "search/")
    assert tab.locator("[data-search-fallback] a[href*='muscles/latissimus-dorsi/']").count() == 1
    context.close()


@pytest.mark.parametrize(
    "path",
    [*KEY_PAGES, "exercises/", "muscles/", "search/", "sessions/", "drills/",
     "drills/home-activation-routine/", "guide/mind-muscle-connection/",
     "sessions/back-and-biceps/", "print/sessions/back-and-biceps/",
     "print/sessions/back-and-biceps/a4.html", "equipment/cable/", "print/groups/back/letter/",
     "print/sessions/back-and-biceps/cards/", "exercises/barbell-back-squat/",
     "exercises/bulgarian-split-squat/"],
)
def test_no_serious_accessibility_violations(page: Any, base: str, path: str) -> None:
    page.goto(base + path)
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_print_shows_cards_without_site_chrome(page: Any, base: str) -> None:
    page.goto(base + "print/groups/back/")
    page.emulate_media(media="print")
    for chrome in (".site-header", ".site-footer", ".breadcrumbs", ".page-head"):
        assert page.locator(chrome).first.is_hidden(), chrome
    cards = page.locator(".mmc-card")
    assert cards.count() >= 2 and cards.first.is_visible()
    page.goto(base + "exercises/seated-cable-row/")
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    assert page.locator(".mmc-card").first.is_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_phone_width_has_no_horizontal_scroll(browser: Any, base: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    tab = context.new_page()
    for path in ("", "exercises/", "muscles/latissimus-dorsi/", "sessions/"):
        tab.goto(base + path)
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (path, width)
    context.close()


def test_no_requests_leave_the_site(page: Any, base: str) -> None:
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    for path in KEY_PAGES:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
    outside = [u for u in requested if not u.startswith(base) and not u.startswith("data:")]
    assert outside == []
    assert re.match(r"http://127\.0\.0\.1:\d+/", base)
