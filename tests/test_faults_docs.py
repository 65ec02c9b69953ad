"""Fault suite (issue #17), MkDocs: a card marker the Markdown check cannot see (inside an
indented list item) naming an unknown exercise fails the build with a located error, not a
KeyError from the plugin."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_mkdocs_plugin import make_site, run


@pytest.mark.parametrize(
    "marker", ["<!-- mmc:card seated-cable-rwo -->", "<!-- mmc:card seated-cable-row a9 -->"]
)
def test_a_marker_in_an_indented_list_item_is_checked(tmp_path: Path, marker: str) -> None:
    doc = f"# Home\n\n- A list item\n\n    {marker}\n\n- another\n"
    site = make_site(tmp_path, doc=doc)
    result = run("mkdocs", site)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "KeyError" not in result.stderr
    assert "index.md" in result.stderr
    assert "did you mean 'seated-cable-row'?" in result.stderr or "a6, a7" in result.stderr


def test_a_known_marker_in_an_indented_list_item_renders(tmp_path: Path) -> None:
    doc = "# Home\n\n- A list item\n\n    <!-- mmc:card seated-cable-row -->\n"
    site = make_site(tmp_path, doc=doc)
    result = run("mkdocs", site)
    assert result.returncode == 0, result.stderr
    assert "card-front" in (site / "site/index.html").read_text(encoding="utf-8")
