"""The MkDocs plugin, under MkDocs and under ProperDocs (the MkDocs 1.x fork, which loads the
same plugin through its ``mkdocs.plugins`` entry point): real builds of small sites."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.site_support import write_content

ROOT = Path(__file__).resolve().parent.parent

DOC = """\
# Home

A hand-written page with a card:

<!-- mmc:card seated-cable-row -->

The marker syntax, shown as code, is left alone:

```
<!-- mmc:card not-an-exercise -->
```
"""


def make_site(tmp: Path, theme: str = "mkdocs", extra: str = "", doc: str = DOC) -> Path:
    write_content(tmp / "content")
    (tmp / "docs").mkdir(parents=True, exist_ok=True)
    (tmp / "docs" / "index.md").write_text(doc, encoding="utf-8")
    (tmp / "mkdocs.yml").write_text(
        f"site_name: Plugin test\ntheme:\n  name: {theme}\n"
        "plugins:\n  - search\n  - mmc:\n      content: [content]\n      bundled: false\n"
        + extra,
        encoding="utf-8",
    )
    return tmp


def run(tool: str, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", tool, "build", "--strict", "-f", str(site / "mkdocs.yml"),
         "-d", str(site / "site")],
        capture_output=True, text=True, cwd=site, timeout=300,
    )


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("tool", "theme"), [("mkdocs", "mkdocs"), ("mkdocs", "material"), ("properdocs", "mkdocs")]
)
def test_build_generates_pages_with_cards(tmp_path: Path, tool: str, theme: str) -> None:
    site = make_site(tmp_path, theme)
    result = run(tool, site)
    assert result.returncode == 0, result.stderr
    out = site / "site"
    page = read(out / "cues/exercises/seated-cable-row/index.html")
    assert 'class="mmc-card' in page and "Drive your elbows back toward your hips" in page
    assert 'href="../../muscles/latissimus-dorsi/"' in page  # links between generated pages
    assert (out / "cues/muscles/biceps-brachii/index.html").is_file()
    assert (out / "cues/drills/lat-flex/index.html").is_file()
    assert (out / "cues/the-method/index.html").is_file()
    css = read(out / "cues/assets/mmc.css")
    assert ".mmc-card" in css and ".mmc .tile" in css
    assert re.search(r'href="[./]*assets/mmc.css"', page)
    home = read(out / "index.html")
    # The marker became a card; the one in a code block stayed text.
    assert 'data-exercise="seated-cable-row"' in home
    assert "&lt;!-- mmc:card not-an-exercise --&gt;" in home


def _nav_links(html: str) -> set[str]:
    """Links of Material's primary navigation (before the page content starts)."""
    start = html.index('class="md-nav md-nav--primary"')
    end = html.index('class="md-content"')
    return set(re.findall(r'href="([^"]+)"', html[start:end]))


def test_item_pages_stay_out_of_the_nav(tmp_path: Path) -> None:
    site = make_site(tmp_path, "material")
    assert run("mkdocs", site).returncode == 0
    home = read(site / "site/index.html")
    links = _nav_links(home)
    assert any(link.endswith("cues/exercises/") for link in links)
    assert any(link.endswith("cues/muscles/") for link in links)
    assert not any("seated-cable-row" in link for link in links)
    assert not any("latissimus-dorsi" in link for link in links)
    index = read(site / "site/cues/exercises/index.html")
    assert 'href="seated-cable-row/"' in index  # reachable behind the index page


@pytest.mark.parametrize("tool", ["mkdocs", "properdocs"])
def test_content_error_names_file_and_line(tmp_path: Path, tool: str) -> None:
    site = make_site(tmp_path)
    bad = site / "content/exercises/lat-pulldown.md"
    bad.write_text(read(bad).replace("primary: [latissimus-dorsi]", "primary: [latisimus]"))
    result = run(tool, site)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(r"lat-pulldown\.md:4:\d+: error in primary\[0\]: unknown muscle 'latisimus'",
                     result.stderr), result.stderr


@pytest.mark.parametrize("tool", ["mkdocs", "properdocs"])
def test_unknown_card_marker_names_page_and_line(tmp_path: Path, tool: str) -> None:
    site = make_site(tmp_path, doc="# Home\n\nText\n\n<!-- mmc:card seated-cable-rwo -->\n")
    result = run(tool, site)
    assert result.returncode == 1
    assert "index.md:5: unknown exercise 'seated-cable-rwo'" in result.stderr
    assert "did you mean 'seated-cable-row'?" in result.stderr


def _cards(html: str) -> list[str]:
    return re.findall(r'<section class="mmc-card .*?</section>', html, flags=re.S)


def test_properdocs_builds_the_same_pages(tmp_path: Path) -> None:
    built = {}
    for tool in ("mkdocs", "properdocs"):
        site = make_site(tmp_path / tool)
        result = run(tool, site)
        assert result.returncode == 0, result.stderr
        built[tool] = site / "site"
    for page in ("cues/exercises/seated-cable-row/index.html", "index.html"):
        mkdocs, properdocs = (_cards(read(built[t] / page)) for t in ("mkdocs", "properdocs"))
        assert mkdocs and mkdocs == properdocs, page
    assert read(built["mkdocs"] / "cues/assets/mmc.css") == read(
        built["properdocs"] / "cues/assets/mmc.css"
    )


def test_properdocs_loads_the_one_plugin_through_the_mkdocs_entry_point() -> None:
    """No ``properdocs.plugins`` twin: ProperDocs finds ``mmc`` among the ``mkdocs.plugins``
    entry points, and once its command line has redirected ``mkdocs.*`` imports the class
    is a ProperDocs plugin."""
    probe = (
        "import properdocs.replacement\n"
        "from importlib.metadata import entry_points\n"
        "from properdocs.plugins import BasePlugin, get_plugins\n"
        "assert 'mmc' not in {e.name for e in entry_points(group='properdocs.plugins')}\n"
        "point = get_plugins()['mmc']\n"
        "assert point.group == 'mkdocs.plugins', point\n"
        "cls = point.load()\n"
        "assert issubclass(cls, BasePlugin), cls.__mro__\n"
        "print(cls.__module__, cls.config_class.__module__)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["mmc.mkdocs_plugin", "mmc.mkdocs_plugin"]


def test_plugin_config_is_typed_and_serve_watches_content(tmp_path: Path) -> None:
    from mkdocs.config.base import Config, load_config

    from mmc.mkdocs_plugin import MmcPlugin, MmcPluginConfig

    assert issubclass(MmcPluginConfig, Config)
    assert MmcPlugin.config_class is MmcPluginConfig
    site = make_site(tmp_path)
    config = load_config(str(site / "mkdocs.yml"))
    plugin = config.plugins["mmc"]
    assert isinstance(plugin, MmcPlugin)
    assert plugin.config.prefix == "cues" and plugin.config.content == ["content"]
    plugin.on_config(config)

    class Server:
        def __init__(self) -> None:
            self.watched: list[str] = []

        def watch(self, path: str, *args: Any) -> None:
            self.watched.append(path)

    server = Server()
    assert plugin.on_serve(server, config=config, builder=lambda: None) is server
    assert str(site / "content") in server.watched


def test_repository_mkdocs_yml_builds_strict(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site/api/index.html").is_file()
    assert (tmp_path / "site/cues/exercises/index.html").is_file()
    # The evidence page is in the docs, and the explainer's and the planner doc's links reach it.
    evidence = read(tmp_path / "site/cues/evidence/index.html")
    assert "R15. Percent of 1RM and reps" in evidence
    assert 'href="../evidence/"' in read(tmp_path / "site/cues/mind-muscle-connection/index.html")
    assert 'href="../cues/evidence/"' in read(tmp_path / "site/planner/index.html")


def test_second_build_reuses_cached_pages_and_sees_edits(tmp_path: Path) -> None:
    site = make_site(tmp_path)
    assert run("mkdocs", site).returncode == 0
    page = site / "site/cues/exercises/dumbbell-curl/index.html"
    first = read(page)
    from mmc.site.cache import project_cache
    from mmc.site.cachefiles import index_records, pack_names

    assert not (site / ".mmc-cache").exists()  # pages are cached in the user's cache folder
    cached = project_cache(site / ".mmc-cache") / "mkdocs"
    assert sum(len(index_records(cached, name)) for name in pack_names(cached)) >= 10
    assert run("mkdocs", site).returncode == 0
    assert read(page) == first
    curl = site / "content/exercises/dumbbell-curl.md"
    curl.write_text(read(curl).replace("feel the biceps shorten", "feel the biceps bunch up"))
    assert run("mkdocs", site).returncode == 0
    assert "feel the biceps bunch up" in read(page)


def test_a_build_merges_many_packs_and_keeps_every_entry(tmp_path: Path) -> None:
    # Each build that renders something adds a pack; ``mkdocs serve --dirty`` renders only
    # the pages it rebuilds, so the others' entries must stay: packs are merged, not pruned.
    import hashlib
    import time

    from mmc.site.cache import PageCache, project_cache
    from mmc.site.cachefiles import pack_names

    site = make_site(tmp_path)
    cached = project_cache(site / ".mmc-cache") / "mkdocs"
    keys = [hashlib.sha256(b"%d" % n).hexdigest() for n in range(20)]
    for key in keys:  # twenty earlier builds' pages (not this build's: pruning drops them)
        cache = PageCache(cached)
        cache.put(key, key.encode())
        cache.close()
    assert run("mkdocs", site).returncode == 0
    deadline = time.monotonic() + 60
    while len(pack_names(cached)) > 8 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(pack_names(cached)) <= 8
    reader = PageCache(cached)
    assert all(reader.get(key) == key.encode() for key in keys)
    assert run("mkdocs", site).returncode == 0  # and this build's pages are found in them
    assert "mmc:end" in read(site / "site/cues/exercises/dumbbell-curl/index.html")
