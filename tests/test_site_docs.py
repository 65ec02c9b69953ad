"""The repository's documentation: the API reference covers the public API, the nav is whole."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

import mmc

ROOT = Path(__file__).resolve().parent.parent


def test_api_reference_covers_every_public_name() -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    missing = [n for n in mmc.__all__ if n != "__version__" and f"### `{n}`" not in text]
    assert missing == []


def test_api_reference_is_current() -> None:
    """docs/api.md is generated from the docstrings: regenerate it after changing one."""
    made = subprocess.run([sys.executable, "-m", "tests.api_reference"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    assert made == (ROOT / "docs" / "api.md").read_text(encoding="utf-8"), (
        "docs/api.md is out of date: python -m tests.api_reference > docs/api.md")


def test_nav_lists_every_hand_written_page() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))

    def pages(items: object) -> list[str]:
        found: list[str] = []
        if isinstance(items, str):
            found.append(items)
        elif isinstance(items, list):
            for item in items:
                found += pages(item)
        elif isinstance(items, dict):
            for value in items.values():
                found += pages(value)
        return found

    listed = set(pages(config["nav"]))
    written = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")}
    assert written <= listed, written - listed
    assert "mmc" in [next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]]
