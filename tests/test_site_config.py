"""Site settings from pyproject.toml / mmc.toml, and the `mmc build` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mmc.cli import cli
from mmc.errors import MmcError
from mmc.site.config import SiteConfig, find_config, load_config
from tests.site_support import tree_digest, write_project


def test_defaults_without_a_config_file(tmp_path: Path) -> None:
    config = load_config(cwd=tmp_path)
    assert config == SiteConfig(root=str(tmp_path.resolve()))
    assert config.bundled and config.out == "site" and config.packs is None


def test_pyproject_tool_mmc_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.mmc]\ntitle = "Coach Sam"\n'
        'base_url = "https://example.org/cues"\npacks = ["gym"]\ncontent = ["more"]\n',
        encoding="utf-8",
    )
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    config = load_config(cwd=tmp_path)
    assert config.title == "Coach Sam"
    assert config.base_url == "https://example.org/cues/"
    assert config.packs == ["gym"]
    assert config.content_dirs == [tmp_path.resolve() / "more"]


def test_pyproject_without_tool_mmc_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(tmp_path) is None


def test_mmc_toml_wins_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.mmc]\ntitle = "A"\n', encoding="utf-8")
    (tmp_path / "mmc.toml").write_text('title = "B"\n', encoding="utf-8")
    assert load_config(cwd=tmp_path).title == "B"


def test_unknown_setting_names_file_line_and_fix(tmp_path: Path) -> None:
    path = tmp_path / "mmc.toml"
    path.write_text('title = "A"\n\ntitel = "B"\n', encoding="utf-8")
    with pytest.raises(MmcError) as info:
        load_config(path)
    assert info.value.file == str(path) and info.value.line == 3
    assert info.value.fix == "did you mean 'title'?"


def test_bad_value_and_bad_toml_are_located(tmp_path: Path) -> None:
    path = tmp_path / "mmc.toml"
    path.write_text('title = "A"\nbase_url = "example.org"\n', encoding="utf-8")
    with pytest.raises(MmcError) as info:
        load_config(path)
    assert info.value.line == 2 and "http" in info.value.message
    path.write_text('title = "A\n', encoding="utf-8")
    with pytest.raises(MmcError) as info:
        load_config(path)
    assert info.value.line == 1 and "invalid TOML" in info.value.message


def test_sample_sessions_from_config(tmp_path: Path) -> None:
    project = write_project(
        tmp_path / "p",
        '\n[[sessions]]\nid = "pull-day"\ntitle = "Pull day"\n'
        'targets = ["latissimus-dorsi"]\nequipment = ["cable"]\nminutes = 30\n',
    )
    from mmc.site.build import build_site

    build_site(load_config(project / "mmc.toml"), out=project / "site")
    page = (project / "site/sessions/pull-day/index.html").read_text(encoding="utf-8")
    assert "Pull day" in page
    assert "Seated Cable Row" in page or "Lat Pulldown" in page
    sheet = project / "site/print/sessions/pull-day/index.html"
    assert sheet.is_file()


def test_cli_build_and_located_error_without_traceback(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p")
    run = subprocess.run([sys.executable, "-m", "mmc", "build"], cwd=project,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "mmc build:" in run.stdout and (project / "site/index.html").is_file()
    before = tree_digest(project / "site")

    row = project / "content/exercises/seated-cable-row.md"
    row.write_text(row.read_text().replace("tempo: 3-1-1-0", "tempo: 3-1-Y-0"))
    run = subprocess.run([sys.executable, "-m", "mmc", "build"], cwd=project,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "seated-cable-row.md:9:" in run.stderr and "tempo" in run.stderr
    assert tree_digest(project / "site") == before


def test_cli_options(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p")
    result = CliRunner().invoke(
        cli, ["build", "--config", str(project / "mmc.toml"), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out/index.html").is_file()
    assert "Test cues" in (tmp_path / "out/index.html").read_text(encoding="utf-8")
    help_text = CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "127.0.0.1" in help_text


def test_session_and_card_settings_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "mmc.toml"
    path.write_text('card_size = "a5"\n', encoding="utf-8")
    with pytest.raises(MmcError) as info:
        load_config(path)
    assert info.value.line == 1 and info.value.field == "card_size"
    path.write_text('[[sessions]]\nid = "x"\ntitle = "X"\nequipment = ["rope"]\n',
                    encoding="utf-8")
    with pytest.raises(MmcError) as info:
        load_config(path)
    assert info.value.field is not None and info.value.field.startswith("sessions.0.equipment")
    assert info.value.line == 1
