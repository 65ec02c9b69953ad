"""The CLI skeleton: check, schema, version, help; no tracebacks for user errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import mmc
from mmc.cli import cli
from mmc.model.schema import SCHEMA_KINDS, json_schema
from tests.content_fixtures import write_tree

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mmc", *args], capture_output=True, text=True, cwd=cwd
    )


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and mmc.__version__ in result.output


@pytest.mark.parametrize("command", [[], ["check"], ["schema"]])
def test_help_everywhere(command: list[str]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_check_bundled_content_is_clean() -> None:
    result = run("check", "content", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("mmc check: ok:")
    assert len(result.stdout.strip().splitlines()) == 1


def test_check_prints_every_error_without_traceback(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    ex = root / "exercises" / "cable-row.md"
    ex.write_text(ex.read_text().replace("primary: [lat-muscle]", "primary: [lat]"))
    drill = root / "drills" / "lat-flex.md"
    drill.write_text(drill.read_text().replace("minutes: 2", "minutes: soon"))
    result = run("check", "--no-bundled", str(root))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "cable-row.md:4:" in result.stderr and "unknown muscle 'lat'" in result.stderr
    assert "lat-flex.md:6:" in result.stderr and "minutes" in result.stderr
    assert "2 errors" in result.stderr


def test_check_missing_directory(tmp_path: Path) -> None:
    result = run("check", "--no-bundled", str(tmp_path / "missing"))
    assert (
        result.returncode == 1
        and "does not exist" in result.stderr
        and "Traceback" not in result.stderr
    )


def test_schema_written_and_committed_copy_is_fresh(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["schema", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for kind in SCHEMA_KINDS:
        written = json.loads((tmp_path / f"{kind}.schema.json").read_text())
        assert written == json_schema(kind)
        committed = ROOT / "content" / "schema" / f"{kind}.schema.json"
        assert json.loads(committed.read_text()) == written, (
            f"run: mmc schema --out content/schema ({kind})"
        )


def test_exercise_schema_describes_front_matter() -> None:
    schema = json_schema("exercise")
    assert schema["additionalProperties"] is False
    assert "setup" not in schema["properties"]  # body sections are not front matter
    assert {"id", "primary", "tempo", "cues"} <= set(schema["properties"])


def test_content_files_point_editors_at_the_schema() -> None:
    for path in (ROOT / "content").glob("*/*.md"):
        kind = path.parent.name.rstrip("s")
        if path.parent.name == "pages":
            kind = "page"
        assert f"$schema=../schema/{kind}.schema.json" in path.read_text(), path


def test_a_mistyped_command_gets_a_suggestion() -> None:
    """Commands are imported when they run; a typo still finds its closest name."""
    result = run("bulid")
    assert result.returncode == 2
    assert "No such command 'bulid'. Did you mean 'build'?" in result.stderr
