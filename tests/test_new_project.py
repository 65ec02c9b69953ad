"""``mmc new``: a project that checks, builds and documents every setting."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from mmc.cli import cli
from mmc.scaffold import DISTRIBUTION
from mmc.site.config import SiteConfig


def test_new_project_checks_and_comments_every_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(cli, ["new", "sam-cues"])
    assert run.exit_code == 0, run.output
    project = tmp_path / "sam-cues"
    for name in ("mmc.toml", ".gitignore", "README.md", ".github/workflows/publish.yml",
                 "content/exercises/frog-pump.md",
                 "content/muscles/gluteus-maximus.md", "content/drills/glute-wake-up.md"):
        assert (project / name).is_file(), name
    text = (project / "mmc.toml").read_text(encoding="utf-8")
    assert tomllib.loads(text) == {"title": "Sam Cues cue cards"}
    for setting in set(SiteConfig.model_fields) - {"root", "config_file"}:
        assert f"# {setting} = " in text or f"[[{setting}]]" in text, setting
    ignored = (project / ".gitignore").read_text(encoding="utf-8").split()
    assert {"site/", ".mmc-cache/", ".site.lock"} <= set(ignored)
    workflow = yaml.safe_load((project / ".github/workflows/publish.yml").read_text())
    steps = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    assert f"python -m pip install {DISTRIBUTION}" in steps and "mmc build" in steps
    monkeypatch.chdir(project / "content")
    check = CliRunner().invoke(cli, ["check", "--strict"])
    assert check.exit_code == 0, check.output
    assert "reading the bundled library" in check.stderr
    lib = CliRunner().invoke(cli, ["export", "json"])
    assert '"frog-pump"' in lib.stdout
    assert "We practise the squeeze" in lib.stdout  # the muscle override replaced the page


def test_new_from_bundled_is_its_own_library(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(cli, ["new", "own", "--from-bundled"])
    assert run.exit_code == 0, run.output
    assert tomllib.loads((tmp_path / "own" / "mmc.toml").read_text())["bundled"] is False
    assert (tmp_path / "own" / "content" / "exercises" / "seated-cable-row.md").is_file()
    monkeypatch.chdir(tmp_path / "own")
    check = CliRunner().invoke(cli, ["check", "--strict"])
    assert check.exit_code == 0, check.output
    assert "bundled library" not in check.stderr


def test_new_never_writes_into_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("mine\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["new", str(tmp_path / "mine")])
    assert run.exit_code == 1
    assert "not an empty folder" in run.stderr
    assert [p.name for p in (tmp_path / "mine").iterdir()] == ["notes.txt"]


def test_new_projects_muscle_override_keeps_the_bundled_aliases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The example override replaces the bundled gluteus maximus whole: it keeps every
    bundled alias, so a dataset that names the muscle so (everkinetic's 'glutaeus maximus')
    still finds it in a fresh project."""
    import mmc

    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli, ["new", "sam-cues"]).exit_code == 0
    bundled = mmc.load_library(packs=False).muscles["gluteus-maximus"]
    project = mmc.load_library(tmp_path / "sam-cues" / "content", packs=False)
    muscle = project.muscles["gluteus-maximus"]
    assert "athletes" in muscle.description  # the override is in use
    assert set(bundled.aliases) <= set(muscle.aliases)
    for alias in bundled.aliases:
        found = project.find_muscle(alias)
        assert found is not None and found.id == "gluteus-maximus", alias
