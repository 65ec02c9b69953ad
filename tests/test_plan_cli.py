"""``mmc plan`` and ``mmc plan-week``: Markdown and JSON that validates against the schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

import mmc
from mmc.cli import cli
from tests.test_plan_library import small_library


@pytest.fixture(autouse=True)
def outside_any_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder: in the repository, its content/ would be read too."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture library written out as content files, for the CLI to load."""
    root = tmp_path_factory.mktemp("content")
    lib = small_library()
    kinds = {"muscles": lib.muscles, "exercises": lib.exercises, "drills": lib.drills}
    for folder, items in kinds.items():
        (root / folder).mkdir()
        for item_id, item in items.items():
            data = item.model_dump(mode="json", exclude_defaults=True)
            if "tempo" in data:
                data["tempo"] = str(item.tempo)  # type: ignore[attr-defined]
            text = "---\n" + yaml.safe_dump(data, sort_keys=False) + "---\n"
            (root / folder / f"{item_id}.md").write_text(text, encoding="utf-8")
    return root


def run(content: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        cli, [*args, "--no-bundled", "--content", str(content)], catch_exceptions=False
    )
    return result.exit_code, result.stdout, result.stderr


def test_plan_json_matches_the_api_and_validates(content: Path) -> None:
    code, out, err = run(
        content, "plan", "--targets", "pecs,lats", "--equipment", "cable", "-e", "dumbbell,bench",
        "--minutes", "45", "--goal", "strength", "--format", "json",
    )
    assert code == 0, err
    payload = json.loads(out)
    jsonschema.validate(payload, mmc.Session.model_json_schema(mode="serialization"))
    lib = mmc.load_library(content, bundled=False)
    expected = mmc.plan_session(
        lib, targets=["pecs", "lats"], equipment=["cable", "dumbbell", "bench"], minutes=45,
        goal="strength",
    )
    assert mmc.Session.model_validate(payload) == expected
    assert expected == mmc.plan_session(
        small_library(), targets=["pecs", "lats"], equipment=["cable", "dumbbell", "bench"],
        minutes=45, goal="strength",
    )


def test_plan_markdown(content: Path) -> None:
    code, out, err = run(content, "plan", "-t", "biceps-brachii", "-e", "band", "-m", "30")
    assert code == 0, err
    assert out.startswith("# Mind-muscle hypertrophy: Biceps\n")
    assert "| # | exercise | sets x dose | load | tempo | rest |" in out
    assert "## Activation" in out and "Arm flex" in out
    assert "## Why" in out and "**R1**" in out
    # Byte-identical on a second run.
    assert run(content, "plan", "-t", "biceps-brachii", "-e", "band", "-m", "30")[1] == out


def test_plan_user_errors_print_without_traceback(content: Path) -> None:
    code, out, err = run(content, "plan", "--targets", "bicep-brachii")
    assert out == ""
    assert code == 1
    assert "unknown target muscle 'bicep-brachii'; did you mean 'biceps-brachii'" in err
    assert "Traceback" not in err
    code, _, err = run(content, "plan", "--targets", "lats", "--equipment", "kettelbell")
    assert code == 1 and "did you mean 'kettlebell'" in err
    code, _, err = run(content, "plan", "--targets", "lats,pecs,quadriceps", "-e", "band", "--minutes", "4")
    assert code == 1 and "needs at least" in err and "fix:" in err


def test_plan_week_json_validates(content: Path) -> None:
    code, out, err = run(
        content, "plan-week", "--days", "3", "--minutes", "45", "-e", "band,dumbbell,bench",
        "-t", "pecs", "-t", "lats", "--format", "json",
    )
    assert code == 0, err
    payload = json.loads(out)
    jsonschema.validate(payload, mmc.Week.model_json_schema(mode="serialization"))
    week = mmc.Week.model_validate(payload)
    assert len(week.days) == 3
    assert week.targets == ["pectoralis-major", "latissimus-dorsi"]


def test_plan_week_markdown(content: Path) -> None:
    code, out, err = run(content, "plan-week", "--days", "2", "-e", "band")
    assert code == 0, err
    assert "## Weekly hard sets (R10: primary 1, secondary 0.5)" in out
    assert "## Day 1 (full):" in out and "## Day 2 (full):" in out
    assert "## Flags" in out


def test_plan_week_bad_days(content: Path) -> None:
    code, _, err = run(content, "plan-week", "--days", "9")
    assert code == 1 and "days must be" in err


def test_plan_block_json_matches_the_api_and_validates(content: Path) -> None:
    code, out, err = run(
        content, "plan-block", "--weeks", "5", "--days", "2", "-e", "cable,dumbbell,bench",
        "--minutes", "40", "--format", "json",
    )
    assert code == 0, err
    payload = json.loads(out)
    jsonschema.validate(payload, mmc.json_schema("block"))
    expected = mmc.plan_block(
        mmc.load_library(content, bundled=False), weeks=5, days=2, minutes=40,
        equipment=["cable", "dumbbell", "bench"],
    )
    assert mmc.Block.model_validate(payload) == expected
    assert [w["kind"] for w in payload["weeks"]] == ["loading"] * 4 + ["deload"]


def test_plan_block_markdown_and_a_bad_length(content: Path) -> None:
    code, out, err = run(content, "plan-block", "--days", "2", "-e", "band", "-m", "30")
    assert code == 0, err
    assert "| week | kind | sets | reps in reserve |" in out and "deload" in out
    code, out, err = run(content, "plan-block", "--weeks", "8", "--days", "2", "-e", "band")
    assert code == 1 and "a block is 4 to 6 weeks" in err and "Traceback" not in err
