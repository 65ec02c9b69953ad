"""The standalone builder: pages, safety, determinism, atomic output and the cache."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mmc.errors import ContentErrors, MmcError
from mmc.site.build import build_site
from mmc.site.config import load_config
from mmc.site.environment import relative_url
from tests.site_support import tree_digest, write_project


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return write_project(tmp_path / "project")


def _build(project: Path, out: str = "site", **kwargs: object):  # type: ignore[no-untyped-def]
    config = load_config(project / "mmc.toml")
    return build_site(config, out=project / out, **kwargs)  # type: ignore[arg-type]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_every_kind_of_page_is_written(project: Path) -> None:
    report = _build(project)
    site = project / "site"
    expected = [
        "index.html",
        "exercises/index.html",
        "exercises/seated-cable-row/index.html",
        "muscles/index.html",
        "muscles/latissimus-dorsi/index.html",
        "drills/index.html",
        "drills/lat-flex/index.html",
        "guide/the-method/index.html",
        "equipment/cable/index.html",
        "patterns/vertical-pull/index.html",
        "print/index.html",
        "print/groups/back/index.html",
        "sessions/index.html",
        "search/index.html",
        "search-index.json",
        "assets/site.css",
        "assets/site.js",
        "assets/cards.css",
        "404.html",
    ]
    for name in expected:
        assert (site / name).is_file(), name
    assert report.rendered and not report.reused


def test_exercise_page_has_card_content_and_related(project: Path) -> None:
    _build(project)
    html = read(project / "site/exercises/seated-cable-row/index.html")
    assert 'class="mmc-card' in html and 'data-side="back"' in html  # the card, both sides
    assert "Drive your elbows back toward your hips" in html  # cues
    assert "<h2>Set up</h2>" in html and "<h2>Visualise</h2>" in html
    assert "<h2>Common mistakes</h2>" in html
    assert 'href="../../exercises/lat-pulldown/"' in html  # related: also trains the lats
    assert 'href="../../muscles/latissimus-dorsi/"' in html


def test_muscle_page_lists_primary_and_secondary_exercises(project: Path) -> None:
    _build(project)
    html = read(project / "site/muscles/biceps-brachii/index.html")
    primary, _, secondary = html.partition("Exercises where it helps")
    assert "Dumbbell Curl" in primary
    assert "Seated Cable Row" in secondary and "Lat Pulldown" in secondary
    assert "Squeeze it hard without weight" in html  # flex
    assert "feel it harden" in html  # touch
    assert "<svg" in html and "muscle-map" in html  # the map


def test_pages_link_only_to_local_assets(project: Path) -> None:
    _build(project)
    for page in (project / "site").rglob("*.html"):
        html = read(page)
        for attr in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert not attr.startswith(("http:", "https:", "//")), (page, attr)
        assert "@import" not in html and "fonts.googleapis" not in html
        assert 'media="print"' in html or "@media print" in read(project / "site/assets/site.css")


def test_every_page_has_the_print_stylesheet(project: Path) -> None:
    _build(project)
    css = read(project / "site/assets/site.css")
    assert "@media print" in css and ".site-header" in css.split("@media print", 1)[1]
    for page in (project / "site").rglob("*.html"):
        html = read(page)
        # Site pages share site.css; session sheets are print documents with their own @page.
        assert "assets/site.css" in html or ("@page" in html and "mmc-session" in html), page


def test_search_index_matches_muscle_aliases(project: Path) -> None:
    _build(project)
    index = json.loads(read(project / "site/search-index.json"))
    rows = {row["t"]: row for row in index}
    assert "lats" in rows["Seated Cable Row"]["p"].split(" | ")
    assert "lats" in rows["Latissimus dorsi"]["p"].split(" | ")
    assert rows["Seated Cable Row"]["u"] == "exercises/seated-cable-row/"


def test_two_builds_are_byte_identical(project: Path) -> None:
    _build(project, "one", cache=False)
    _build(project, "two", cache=False)
    one, two = tree_digest(project / "one"), tree_digest(project / "two")
    assert one == two and len(one) > 20


def test_failed_build_leaves_previous_site_untouched(project: Path) -> None:
    _build(project)
    before = tree_digest(project / "site")
    broken = project / "content/exercises/lat-pulldown.md"
    broken.write_text(read(broken).replace("pattern: vertical-pull", "pattern: [oops"))
    with pytest.raises(ContentErrors) as info:
        _build(project)
    assert info.value.problems[0].file is not None
    assert info.value.problems[0].file.endswith("lat-pulldown.md")
    assert info.value.problems[0].line is not None
    assert tree_digest(project / "site") == before
    leftovers = [p.name for p in project.iterdir() if p.name.startswith(".site.")]
    # The lock, and perhaps the previous build's old site, still being deleted in the background.
    assert ".site.lock" in leftovers
    assert all(n == ".site.lock" or n.startswith(".site.trash-") for n in leftovers)


def test_render_error_mid_build_keeps_previous_site(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _build(project)
    before = tree_digest(project / "site")
    import mmc.site.pagewriter as writer

    calls = {"n": 0}
    real = writer.render_page

    def flaky(*args: object, **kwargs: object) -> str:
        calls["n"] += 1
        if calls["n"] == 3:
            raise MmcError("renderer broke", file="x.md", line=1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "render_page", flaky)
    with pytest.raises(MmcError):
        _build(project, cache=False)
    assert tree_digest(project / "site") == before
    assert not list(project.glob(".site.tmp-*"))


def test_second_build_only_renders_what_changed(project: Path) -> None:
    first = _build(project)
    assert len(first.rendered) == first.pages

    unchanged = _build(project)
    assert unchanged.rendered == []
    assert len(unchanged.reused) == first.pages

    curl = project / "content/exercises/dumbbell-curl.md"
    curl.write_text(read(curl).replace("Curl up and feel the biceps shorten",
                                       "Curl up slowly and feel the biceps bunch up"))
    warm = _build(project)
    # The curl's own page, the pages that list it (biceps, its equipment and pattern, the
    # exercise index, home, search) and its card sheet: not the other exercises or muscles.
    assert "exercises/dumbbell-curl/index.html" in warm.rendered
    assert "exercises/seated-cable-row/index.html" not in warm.rendered
    assert "muscles/latissimus-dorsi/index.html" not in warm.rendered
    assert "drills/lat-flex/index.html" not in warm.rendered
    must = {"index.html", "exercises/index.html", "exercises/dumbbell-curl/index.html",
            "equipment/dumbbell/index.html", "patterns/elbow-flexion/index.html",
            "muscles/biceps-brachii/index.html", "print/groups/arms/index.html",
            "print/groups/arms/letter/index.html", "search/index.html"}
    assert must <= set(warm.rendered)
    # Anything else is a sample session that includes the curl.
    assert all(p.startswith(("sessions/", "print/sessions/")) for p in set(warm.rendered) - must)
    assert len(warm.rendered) < first.pages / 2
    assert "Curl up slowly and feel the biceps bunch up" in read(
        project / "site/exercises/dumbbell-curl/index.html")

    # The incremental result is exactly what a clean build gives.
    _build(project, "clean", cache=False)
    assert tree_digest(project / "site") == tree_digest(project / "clean")


def test_content_markdown_cannot_inject_script(project: Path) -> None:
    row = project / "content/exercises/seated-cable-row.md"
    row.write_text(read(row).replace(
        "Sit tall and brace.",
        'Sit tall. <script>alert(1)</script> [tap](javascript:alert(2)) '
        '<img src=x onerror=alert(3)>',
    ))
    _build(project)
    html = read(project / "site/exercises/seated-cable-row/index.html")
    assert "<script>alert" not in html
    assert not re.search(r"(href|src)=\"\s*javascript:", html, re.IGNORECASE)
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_relative_urls() -> None:
    assert relative_url("index.html", "") == "./"
    assert relative_url("index.html", "exercises/") == "exercises/"
    assert relative_url("exercises/row/index.html", "") == "../../"
    assert relative_url("exercises/row/index.html", "muscles/lats/") == "../../muscles/lats/"
    assert relative_url("exercises/row/index.html", "assets/site.css") == "../../assets/site.css"
    assert relative_url("exercises/row/index.html", "exercises/row/") == "../../exercises/row/"
    assert relative_url("a/b/index.html", "print/x/#card-1") == "../../print/x/#card-1"
