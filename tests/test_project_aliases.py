"""A coach adds names for muscles in mmc.toml (``[aliases]``), without copying any muscle
file, and every command sees them: ``mmc plan -t``, ``mmc check``, ``mmc list``, the site's
search, and ``load_library(aliases=...)`` from Python. A wrong alias is an error naming the
settings file, its line, the field and a fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mmc.cli import cli
from mmc.content.loader import check_content, load_library

SETTINGS = (
    'title = "Coach Sam"\n'
    "\n"
    "[aliases]\n"
    'latissimus-dorsi = ["wings", "breiter Rückenmuskel"]\n'
    'gluteus-maximus = ["booty", "Glutes"]\n'
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "coach"
    (folder / "content" / "exercises").mkdir(parents=True)
    (folder / "mmc.toml").write_text(SETTINGS, encoding="utf-8")
    (folder / "notes").mkdir()
    monkeypatch.chdir(folder / "notes")  # the project is found from below, as git does
    return folder


def test_plan_check_and_list_see_the_projects_aliases(project: Path) -> None:
    run = CliRunner().invoke(cli, ["plan", "-t", "wings", "-t", "BOOTY", "--minutes", "30",
                                   "--format", "json"])
    assert run.exit_code == 0, run.output
    plan = json.loads(run.stdout)
    assert plan["targets"] == ["latissimus-dorsi", "gluteus-maximus"]
    check = CliRunner().invoke(cli, ["check"])
    assert check.exit_code == 0, check.output
    listed = CliRunner().invoke(cli, ["list", "muscles"])
    assert "wings, breiter Rückenmuskel" in listed.stdout
    # A name the muscle already has ('glutes', any case) is not added twice.
    assert listed.stdout.lower().count("glutes") == 1


def test_the_site_searches_the_projects_aliases(project: Path) -> None:
    run = CliRunner().invoke(cli, ["build", "--out", str(project / "site")])
    assert run.exit_code == 0, run.output
    assert "| booty |" in (project / "site" / "search-index.js").read_text(encoding="utf-8")


def test_a_wrong_alias_names_the_file_the_line_and_a_fix(project: Path) -> None:
    (project / "mmc.toml").write_text(
        SETTINGS + 'latisimus-dorsi = ["flappers"]\nbiceps-brachii = ["lats", "guns"]\n',
        encoding="utf-8")
    run = CliRunner().invoke(cli, ["check"])
    assert run.exit_code == 1
    settings = str(project / "mmc.toml")
    assert (f"{settings}:6: error in aliases.latisimus-dorsi: no muscle has the id "
            "'latisimus-dorsi'") in run.output
    assert "did you mean 'latissimus-dorsi'?" in run.output
    assert (f"{settings}:7: error in aliases.biceps-brachii[0]: 'lats' already names the "
            "muscle 'latissimus-dorsi'") in run.output
    assert "Traceback" not in run.output
    plan = CliRunner().invoke(cli, ["plan", "-t", "guns"])
    assert plan.exit_code == 1 and "latisimus-dorsi" in plan.output


def test_load_library_takes_aliases_from_python() -> None:
    lib = load_library(aliases={"biceps-brachii": ["guns"]})
    found = lib.find_muscle("Guns")
    assert found is not None and found.id == "biceps-brachii"
    assert load_library().find_muscle("guns") is None  # nothing kept between loads
    result = check_content(aliases={"biceps-brachii": "guns"}, aliases_file="my.toml")
    assert result.library is None
    assert [(p.file, p.field) for p in result.errors] == [("my.toml", "aliases.biceps-brachii")]


def test_import_refuses_an_alias_that_finds_another_muscle(project: Path) -> None:
    (project / "mmc.toml").write_text(SETTINGS + 'biceps-brachii = ["lats"]\n', encoding="utf-8")
    data = project.parent / "rows.json"
    data.write_text(json.dumps([{"n": "Wing Row", "t": "wings", "e": "cable"}]),
                    encoding="utf-8")
    (project.parent / "rows.toml").write_text(
        '[dataset]\nname = "rows"\nlicense = "CC0-1.0"\n[fields]\nname = "n"\nprimary = "t"\n'
        'equipment = "e"\n', encoding="utf-8")
    run = CliRunner().invoke(cli, ["import", "json", str(data), "--map",
                                   str(project.parent / "rows.toml"), "--out", "../content"])
    assert run.exit_code == 1
    assert (f"{project / 'mmc.toml'}:6: error in aliases.biceps-brachii[0]: 'lats' already "
            "names the muscle 'latissimus-dorsi'") in run.output
    assert not (project / "content" / "exercises" / "wing-row.md").exists()
    (project / "mmc.toml").write_text(SETTINGS, encoding="utf-8")
    run = CliRunner().invoke(cli, ["import", "json", str(data), "--map",
                                   str(project.parent / "rows.toml"), "--out", "../content"])
    assert run.exit_code == 0, run.output
    wing = (project / "content" / "exercises" / "wing-row.md").read_text(encoding="utf-8")
    assert "primary:\n- latissimus-dorsi\n" in wing
