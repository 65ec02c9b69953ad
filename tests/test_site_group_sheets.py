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
    ids_on = {
        p: re.findall(r'class="sheet-anchor" id="card-([a-z0-9-]+)"', p.read_text(encoding="utf-8"))
        for p in sheets
    }
    # Every exercise has a card on the sheet of each group it trains.
    assert len({card for cards in ids_on.values() for card in cards}) == 300
    cards_on = {p: len(cards) for p, cards in ids_on.items()}
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


def test_group_sheets_hold_the_same_cards_as_mmc_cards_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One source of truth: the site's group sheet, its count on the print page and
    ``mmc cards --group`` agree for every group of the bundled library."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "--out", "site"])
    assert result.exit_code == 0, result.output
    index = (tmp_path / "site" / "print" / "index.html").read_text(encoding="utf-8")
    groups = sorted(p.name for p in (tmp_path / "site" / "print" / "groups").iterdir())
    assert "back" in groups and len(groups) >= 6
    for group in groups:
        sheet = (tmp_path / "site" / "print" / "groups" / group / "index.html").read_text(
            encoding="utf-8"
        )
        on_site = re.findall(r'class="sheet-anchor" id="card-([a-z0-9-]+)"', sheet)
        out = tmp_path / f"{group}.html"
        result = CliRunner().invoke(cli, ["cards", "--group", group, "--out", str(out)])
        assert result.exit_code == 0, result.output
        from_cli = re.findall(
            r'data-exercise="([a-z0-9-]+)" data-side="front"', out.read_text(encoding="utf-8")
        )
        assert on_site == from_cli, group
        count = re.search(rf'groups/{group}/"[^>]*>.*?(\d+) cards?', index, re.S)
        assert count is not None and int(count.group(1)) == len(on_site), group
    # A face pull trains the rear delts and the middle trapezius: a shoulder and a back card.
    assert "face-pull" in (tmp_path / "site/print/groups/back/index.html").read_text("utf-8")
