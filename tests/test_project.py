"""One project model: every command finds the project and reads the same sources.

A coach's folder (temporary) holding content/exercises/my-lift.md, with or without an
mmc.toml: check, build, cards, plan and export all read it and say so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mmc.cli import cli
from mmc.site.config import find_project, load_config

MY_LIFT = """\
---
id: my-lift
name: My Lift
primary: [latissimus-dorsi]
equipment: [cable]
mechanic: compound
pattern: vertical-pull
tempo: 3-1-1-0
cues:
  - text: Pull your elbows down into your back pockets
    phase: concentric
    focus: muscle
    muscle: latissimus-dorsi
---

## Set up

Kneel under the bar, thighs locked.
"""


@pytest.fixture()
def coach(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A coach's folder: content/exercises/my-lift.md, no settings file; the working dir."""
    folder = tmp_path / "cues"
    (folder / "content" / "exercises").mkdir(parents=True)
    (folder / "content" / "exercises" / "my-lift.md").write_text(MY_LIFT, encoding="utf-8")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("HOME", str(tmp_path))
    return folder


def mmc(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_the_project_is_found_from_inside_it(coach: Path) -> None:
    deep = coach / "content" / "exercises"
    assert find_project(deep) == (coach, None)
    (coach / "mmc.toml").write_text('title = "Sam"\n', encoding="utf-8")
    assert find_project(deep) == (coach, coach / "mmc.toml")
    assert load_config(cwd=deep).title == "Sam"
    elsewhere = coach.parent / "other"
    elsewhere.mkdir()
    assert find_project(elsewhere) == (elsewhere, None)


def test_check_reads_the_projects_content_and_says_so(coach: Path) -> None:
    run = mmc("check")
    assert run.exit_code == 0, run.output
    assert "reading the bundled library" in run.stderr and "content/" in run.stderr
    bare = mmc("check", "--no-bundled", "--no-packs")
    assert bare.exit_code == 1  # my-lift names a muscle only the bundled library has
    assert "unknown muscle 'latissimus-dorsi'" in bare.stderr


def test_check_path_takes_a_project_a_content_folder_a_kind_folder_or_a_file(
    coach: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(coach.parent)
    for path in ("cues", "cues/content", "cues/content/exercises",
                 "cues/content/exercises/my-lift.md"):
        run = mmc("check", path)
        assert run.exit_code == 0, (path, run.output)
        assert "content/" in run.stderr, path
    broken = coach / "content" / "exercises" / "broken.md"
    broken.write_text(MY_LIFT.replace("my-lift", "broken").replace("vertical-pull", "yank"),
                      encoding="utf-8")
    for path in ("cues", "cues/content", "cues/content/exercises",
                 "cues/content/exercises/broken.md"):
        run = mmc("check", path)
        assert run.exit_code == 1, path
        assert "broken.md" in run.stderr and "pattern" in run.stderr, path
    assert "does not exist" in mmc("check", "cues/nothing.md").stderr
    (coach / "notes.txt").write_text("not content\n", encoding="utf-8")
    assert "is not a content file" in mmc("check", "cues/notes.txt").stderr


def test_every_command_reads_the_same_sources(coach: Path) -> None:
    cards = mmc("cards", "my-lift", "--out", "cards.html")
    assert cards.exit_code == 0, cards.output
    assert "My Lift" in (coach / "cards.html").read_text(encoding="utf-8")
    exported = mmc("export", "json")
    assert exported.exit_code == 0
    assert any(e["id"] == "my-lift" for e in json.loads(exported.stdout)["exercises"])
    plan = mmc("plan", "--targets", "lats", "--equipment", "cable")
    assert plan.exit_code == 0, plan.output
    assert "content/" in plan.stderr
    (coach / "session.json").write_text(plan_json(), encoding="utf-8")
    sheet = mmc("sheet", "session.json", "--out", "session.html")
    assert sheet.exit_code == 0, sheet.output
    assert "My Lift" in (coach / "session.html").read_text(encoding="utf-8")
    week = mmc("plan-week", "--days", "2", "--equipment", "cable,dumbbell,bench")
    assert week.exit_code == 0, week.output
    packs = mmc("packs")
    assert packs.exit_code == 0, packs.output
    for run in (cards, exported, plan, sheet, week, packs):
        assert run.stderr.startswith("mmc: project . (no mmc.toml); reading the bundled "
                                     "library"), run.stderr
        assert "content/" in run.stderr.splitlines()[0]
    build = mmc("build")
    assert build.exit_code == 0, build.output
    assert (coach / "site" / "exercises" / "my-lift" / "index.html").is_file()


def plan_json() -> str:
    """A one-exercise session of my-lift, as 'mmc plan --format json' writes sessions."""
    planned = mmc("plan", "--targets", "lats", "--equipment", "cable", "--format", "json")
    assert planned.exit_code == 0, planned.output
    data = json.loads(planned.stdout)
    data["items"] = [{**data["items"][0], "exercise": "my-lift", "name": "My Lift"}]
    return json.dumps(data)


def test_running_inside_content_builds_the_project(coach: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (coach / "mmc.toml").write_text('title = "Sam"\n', encoding="utf-8")
    monkeypatch.chdir(coach / "content" / "exercises")
    cards = mmc("cards", "my-lift", "--out", str(coach / "cards.html"))
    assert cards.exit_code == 0, cards.output
    assert f"project {coach}" in cards.stderr or "project ../.." in cards.stderr


def test_settings_choose_the_sources(coach: Path) -> None:
    (coach / "mmc.toml").write_text('content = ["more"]\n', encoding="utf-8")
    (coach / "more" / "exercises").mkdir(parents=True)
    run = mmc("cards", "my-lift")
    assert run.exit_code == 1  # content = [...] replaces the default content/
    assert "more/" in run.stderr


def test_a_copy_of_the_bundled_library_points_at_bundled_false(coach: Path) -> None:
    import shutil

    from mmc.content.loader import bundled_content_dir

    shutil.copytree(bundled_content_dir() / "muscles", coach / "content" / "muscles")
    run = mmc("check")
    assert run.exit_code == 1
    assert "duplicate muscle id" in run.stderr
    assert "bundled = false" in run.stderr
    (coach / "mmc.toml").write_text("bundled = false\n", encoding="utf-8")
    run = mmc("check")
    assert run.exit_code == 0, run.output
    assert "bundled library" not in run.stderr
