"""What a new coach met after `mmc new`: schema files for the editor, an honest install
line, a .gitignore for every default output, a warning for a nested project, `mmc list`,
and cards/sheet output that says what it wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from mmc.cli import cli
from mmc.model.schema import SCHEMA_KINDS, json_schema
from mmc.scaffold import DISTRIBUTION


def _new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[Path, str, str]:
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(cli, ["new", *args])
    assert run.exit_code == 0, run.output
    return tmp_path / args[0], run.stdout, run.stderr


@pytest.mark.parametrize("bundled", [False, True])
def test_new_writes_the_schema_and_counts_what_it_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bundled: bool
) -> None:
    project, out, err = _new(tmp_path, monkeypatch, "cues", *(["--from-bundled"] if bundled else []))
    files = [p for p in project.rglob("*") if p.is_file()]
    in_content = [p for p in files if "content" in p.relative_to(project).parts]
    assert f"({len(files)} files, {len(in_content)} in content/)" in out
    assert "nested" not in err
    for kind in SCHEMA_KINDS:
        written = json.loads((project / "content" / "schema" / f"{kind}.schema.json").read_text())
        assert written == json_schema(kind), kind
    for folder, kind in (("exercises", "exercise"), ("drills", "drill")):
        for path in (project / "content" / folder).glob("*.md"):
            lines = path.read_text(encoding="utf-8").splitlines()
            assert lines[:2] == ["---", f"# yaml-language-server: $schema=../schema/{kind}"
                                        ".schema.json"], path
            assert (path.parent / "../schema" / f"{kind}.schema.json").resolve().is_file()


def test_new_inside_a_project_warns_that_it_is_nested(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outer, _, _ = _new(tmp_path, monkeypatch, "outer")
    monkeypatch.chdir(outer)
    run = CliRunner().invoke(cli, ["new", "inner"])
    assert run.exit_code == 0, run.output
    assert "nested project" in run.stderr and str(outer / "mmc.toml") in run.stderr
    assert (outer / "inner" / "mmc.toml").is_file()


def test_gitignore_workflow_and_readme_are_honest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, _, _ = _new(tmp_path, monkeypatch, "cues")
    ignored = (project / ".gitignore").read_text(encoding="utf-8").split()
    assert {"cards.html", "cards.pdf", "session.html", "session.pdf", "site/"} <= set(ignored)
    text = (project / ".github/workflows/publish.yml").read_text(encoding="utf-8")
    steps = yaml.safe_load(text)["jobs"]["build"]["steps"]
    installs = [s["run"] for s in steps if "pip install" in s.get("run", "")]
    assert installs == [f"python -m pip install {DISTRIBUTION}"]  # one clearly marked line
    before = text.split(installs[0])[0].rstrip(" -run:\n").splitlines()[-4:]
    assert "INSTALL MMC" in before[0] and "not published" in before[0] + before[1]
    assert any("git+https://" in line for line in before)
    readme = (project / "README.md").read_text(encoding="utf-8")
    assert "not published on PyPI yet" in readme and "pypi.org/project" not in readme
    assert "static/" in readme
    config = (project / "mmc.toml").read_text(encoding="utf-8")
    assert "pypi.org" not in config and '# static = "static"' in config


def test_list_muscles_exercises_and_drills(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    project, _, _ = _new(tmp_path, monkeypatch, "cues")
    monkeypatch.chdir(project)
    run = CliRunner().invoke(cli, ["list", "muscles", "--group", "shoulders"])
    assert run.exit_code == 0, run.output
    ids = [line.split()[0] for line in run.stdout.splitlines()]
    assert "deltoid-lateral" in ids and "gluteus-maximus" not in ids
    run = CliRunner().invoke(cli, ["list", "exercises", "--format", "json"])
    rows = json.loads(run.stdout)
    assert {"id": "frog-pump", "name": "Frog Pump"}.items() <= next(
        r for r in rows if r["id"] == "frog-pump").items()  # the project's own exercise
    run = CliRunner().invoke(cli, ["list", "drills", "--group", "hips"])
    assert "glute-wake-up" in run.stdout
    run = CliRunner().invoke(cli, ["list", "muscles", "--group", "shoulderz"])
    assert run.exit_code == 1 and "did you mean 'shoulders'?" in run.stderr


def test_cards_name_a_bad_id_and_say_what_they_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(cli, ["cards", "frog-pmup", "--no-packs"])
    assert run.exit_code == 1
    assert "unknown exercise id 'frog-pmup'" in run.stderr
    assert "EXERCISE_IDS" not in run.stderr
    run = CliRunner().invoke(cli, ["cards", "seated-cable-row", "--no-packs"])
    assert run.exit_code == 0 and run.stdout.startswith("wrote cards.html: 1 card,")
    run = CliRunner().invoke(cli, ["cards", "--no-packs"])
    assert run.exit_code == 0
    assert run.stdout.startswith("replaced cards.html: ") and "every exercise" in run.stdout
