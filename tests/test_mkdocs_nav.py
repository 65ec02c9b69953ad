"""The MkDocs plugin with a site's own ``nav:`` and ``--strict`` omitted-file validation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_mkdocs_plugin import make_site, read, run

STRICT = "validation:\n  omitted_files: warn\n  absolute_links: warn\n  unrecognized_links: warn\n"


def _nav_links(html: str) -> list[str]:
    nav = html[html.index('class="md-nav md-nav--primary"'):]
    return re.findall(r'href="([^"]+)"', nav[: nav.index("</nav>")])


@pytest.mark.parametrize("option", ["", "      nav: append\n"])
def test_an_own_nav_gets_a_cue_section_and_strict_passes(tmp_path: Path, option: str) -> None:
    site = make_site(tmp_path, "material", extra=STRICT + "nav:\n  - Home: index.md\n")
    text = read(site / "mkdocs.yml").replace("      bundled: false\n",
                                            "      bundled: false\n" + option)
    (site / "mkdocs.yml").write_text(text, encoding="utf-8")
    result = run("mkdocs", site)
    assert result.returncode == 0, result.stderr
    home = read(site / "site" / "index.html")
    assert "Cue cards" in home
    links = _nav_links(home)
    assert any(link.rstrip("/").endswith("cues/exercises") for link in links), links
    # The per-exercise pages stay out of the nav, and nothing was reported as omitted.
    assert not any("cues/exercises/" in link and link.count("/") > 3 for link in links)
    assert "not included in the \"nav\"" not in result.stderr


def test_nav_none_leaves_the_nav_alone_under_strict(tmp_path: Path) -> None:
    site = make_site(tmp_path, "material", extra=STRICT + "nav:\n  - Home: index.md\n")
    text = read(site / "mkdocs.yml").replace("      bundled: false\n",
                                            "      bundled: false\n      nav: none\n")
    (site / "mkdocs.yml").write_text(text, encoding="utf-8")
    result = run("mkdocs", site)
    assert result.returncode == 0, result.stderr
    assert "Cue cards" not in "".join(_nav_links(read(site / "site" / "index.html")))
    assert (site / "site" / "cues" / "exercises" / "index.html").is_file()


def test_a_nav_that_lists_some_pages_keeps_just_those(tmp_path: Path) -> None:
    nav = "nav:\n  - Home: index.md\n  - Exercises: cues/exercises.md\n"
    site = make_site(tmp_path, "material", extra=STRICT + nav)
    result = run("mkdocs", site)
    assert result.returncode == 0, result.stderr
    links = _nav_links(read(site / "site" / "index.html"))
    assert any(link.rstrip("/").endswith("cues/exercises") for link in links)
    assert not any(link.rstrip("/").endswith("cues/muscles") for link in links)
