"""Printing a card sheet page from Chromium gives the same pages as ``mmc cards --pdf``."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

import mmc
from mmc.cli import cli
from mmc.site.build import build_site
from mmc.site.config import SiteConfig
from tests.browser_support import launch, serve_directory

pytestmark = [pytest.mark.browser, pytest.mark.pdf]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("print")
    out = tmp / "site"
    build_site(SiteConfig(cache_dir=str(tmp / "cache")), out=out)
    return out


def _pages(pdf: Path) -> list[str]:
    """The text of each page, one string per page."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def _size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)
    assert found is not None
    return float(found.group(1)), float(found.group(2))


@pytest.mark.parametrize(("paper", "path"), [("a4", ""), ("letter", "letter/")])
def test_printing_a_group_page_gives_the_pages_of_mmc_cards(
    site: Path, tmp_path: Path, paper: str, path: str
) -> None:
    from playwright.sync_api import sync_playwright

    browser_pdf = tmp_path / "browser.pdf"
    with serve_directory(site) as base, sync_playwright() as p:
        chromium = launch(p)
        tab = chromium.new_page()
        tab.goto(base + "print/groups/back/" + path)
        tab.wait_for_load_state("networkidle")
        browser_pdf.write_bytes(tab.pdf(prefer_css_page_size=True, print_background=True))
        chromium.close()
    cli_pdf = tmp_path / "cli.pdf"
    result = CliRunner().invoke(cli, ["cards", "--group", "back", "--size", "a6", "--paper",
                                      paper, "--pdf", "--out", str(cli_pdf)])
    assert result.exit_code == 0, result.output
    ours, theirs = _pages(browser_pdf), _pages(cli_pdf)
    assert len(ours) == len(theirs) >= 4
    width, height = _size(browser_pdf)
    cli_width, cli_height = _size(cli_pdf)
    assert abs(width - cli_width) < 1.5 and abs(height - cli_height) < 1.5
    # The same cards on every page: fronts, then their backs.
    names = [e.name for e in mmc.load_library().exercises.values()]
    for page, (mine, cli_page) in enumerate(zip(ours, theirs, strict=True), start=1):
        on_mine = {n for n in names if n in " ".join(mine.split())}
        on_cli = {n for n in names if n in " ".join(cli_page.split())}
        assert on_mine == on_cli and on_mine, page
        assert ("VISUALISE" in mine) == ("VISUALISE" in cli_page) == (page % 2 == 0), page
    # No site chrome on paper.
    assert "Skip to content" not in ours[0] and "Exercises" not in ours[0].split("\n")[0]


FILL = """() => [...document.querySelectorAll('.mmc-card--front')].map(card => {
  const box = card.getBoundingClientRect();
  const pad = parseFloat(getComputedStyle(card).paddingBottom);
  let bottom = box.top;
  for (const el of card.querySelectorAll('.mmc-card__main > *, .mmc-card__map'))
    bottom = Math.max(bottom, el.getBoundingClientRect().bottom);
  return (bottom - box.top) / (box.height - pad);
})"""


def test_a6_fronts_are_filled_and_nothing_spills(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    with serve_directory(site) as base, sync_playwright() as p:
        chromium = launch(p)
        tab = chromium.new_page(viewport={"width": 1280, "height": 900})
        fills: list[float] = []
        for group in ("back", "legs", "arms"):
            tab.goto(base + f"print/groups/{group}/")
            fills += tab.evaluate(FILL)
        chromium.close()
    fills.sort()
    assert len(fills) > 60
    assert fills[-1] <= 1.0, "text runs past the card's padding"
    assert fills[len(fills) // 2] >= 0.85, "a typical A6 front is mostly blank"
    assert fills[len(fills) // 10] >= 0.75
