"""Printable group sheets are split into pages of a bounded number of cards."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mmc.cli import cli
from mmc.site.pages import CARDS_PER_SHEET

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synth import generate


def test_big_groups_are_split_and_linked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate(300, tmp_path / "content")
    (tmp_path / "mmc.toml").write_text('content = ["content"]\nbundled = false\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "--out", "site"])
    assert result.exit_code == 0, result.output
    groups = tmp_path / "site" / "print" / "groups"
    sheets = sorted(groups.rglob("index.html"))
    cards_on = {
        p: len(re.findall(r'class="card-slot"', p.read_text(encoding="utf-8"))) for p in sheets
    }
    assert sum(cards_on.values()) == 300
    assert max(cards_on.values()) <= CARDS_PER_SHEET
    assert any(p.parent.name == "2" for p in sheets), "a group of more than 48 cards has a page 2"
    second = next(p for p in sheets if p.parent.name == "2")
    html = second.read_text(encoding="utf-8")
    group = second.parent.parent.name
    assert f'rel="prev" href="../../../../print/groups/{group}/"' in html
    # An exercise links to the sheet page that holds its card.
    card_id = re.search(r'id="card-([a-z0-9-]+)"', html).group(1)  # type: ignore[union-attr]
    page = (tmp_path / "site" / "exercises" / card_id / "index.html").read_text(encoding="utf-8")
    assert f"print/groups/{group}/2/#card-{card_id}" in page
