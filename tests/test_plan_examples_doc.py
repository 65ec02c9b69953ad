"""docs/planner-examples.md is the current output of scripts/planner_examples.py."""

from __future__ import annotations

from pathlib import Path

import mmc
from mmc.plan.examples import SCENARIOS, examples_markdown

PAGE = Path(__file__).resolve().parent.parent / "docs" / "planner-examples.md"


def test_the_worked_examples_page_is_current() -> None:
    expected = examples_markdown(mmc.load_library())
    assert PAGE.read_text(encoding="utf-8") == expected, (
        "docs/planner-examples.md is stale: run python scripts/planner_examples.py"
    )


def test_every_scenario_is_on_the_page() -> None:
    text = PAGE.read_text(encoding="utf-8")
    for scenario in SCENARIOS:
        assert f"## {scenario.title}\n" in text


def test_the_page_is_in_the_docs_navigation() -> None:
    config = (PAGE.parent.parent / "mkdocs.yml").read_text(encoding="utf-8")
    assert "planner-examples.md" in config
