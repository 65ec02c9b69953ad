"""The site a coach publishes: `~` in the output, a static/ folder copied as it is, a warning
for files someone put in the site by hand, and previews that load nothing from outside.

Every path is a stand-in under ``tmp_path``: the home directory is a temporary one (HOME is
set to it for the test), never the real one.
"""

from __future__ import annotations

from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest
from click.testing import CliRunner

from mmc.cli import cli
from mmc.errors import ContentErrors, MmcError
from mmc.site.build import build_site
from mmc.site.config import load_config
from mmc.site.output import MANIFEST, MARKER
from mmc.site.serve import SiteServer
from tests.site_support import write_project
from tests.test_output_safety import state


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in home directory, set as HOME, holding a file of its own and project/."""
    home = tmp_path / "home"
    (home / "notes").mkdir(parents=True)
    (home / "notes" / "plan.txt").write_text("my plans\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    assert Path.home() == home and Path("~").expanduser() == home
    write_project(home / "project")
    return home


def test_tilde_in_the_settings_is_the_home_directory(home: Path) -> None:
    project = home / "project"
    (project / "mmc.toml").write_text(
        (project / "mmc.toml").read_text(encoding="utf-8") + 'out = "~/cue-site"\n',
        encoding="utf-8")
    report = build_site(load_config(project / "mmc.toml"))
    assert report.out == home / "cue-site"
    assert (home / "cue-site" / "index.html").is_file()
    assert not (project / "~").exists()


def test_tilde_on_the_command_line_is_the_home_directory(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = home / "project"
    monkeypatch.chdir(project)
    run = CliRunner().invoke(cli, ["build", "--out", "~/cue-site"])
    assert run.exit_code == 0, run.output
    assert (home / "cue-site" / "index.html").is_file() and not (project / "~").exists()


@pytest.mark.parametrize("how", ["settings", "option"])
def test_tilde_alone_is_refused_as_the_home_directory(
    home: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    project = home / "project"
    before = state(home)
    if how == "settings":
        (project / "mmc.toml").write_text(
            (project / "mmc.toml").read_text(encoding="utf-8") + 'out = "~"\n', encoding="utf-8")
        before = state(home)
        with pytest.raises(MmcError, match="is the home directory"):
            build_site(load_config(project / "mmc.toml"))
    else:
        monkeypatch.chdir(project)
        run = CliRunner().invoke(cli, ["build", "-o", "~"])
        assert run.exit_code == 1 and "is the home directory" in run.stderr
    assert state(home) == before
    assert not (project / "~").exists()


def _static(project: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = project / "static" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def test_static_files_are_copied_into_every_build(home: Path) -> None:
    project = home / "project"
    files = {"CNAME": b"cues.example.org\n", "assets/my-logo.png": b"\x89PNG fake",
             ".well-known/security.txt": b"Contact: mailto:sam@example.org\n"}
    _static(project, files)
    config = load_config(project / "mmc.toml")
    for _ in range(2):
        report = build_site(config)
        assert report.static == 3 and report.foreign == []
        for name, data in files.items():
            assert (project / "site" / name).read_bytes() == data
    assert (project / "site" / "assets" / "site.css").is_file()  # mmc's assets stay


@pytest.mark.parametrize(("name", "clash"), [
    ("index.html", "index.html"),
    ("assets/site.css", "assets/site.css"),
    ("exercises", "exercises"),  # a file where the build writes a folder
    ("search-index.json/x.txt", "search-index.json"),  # a folder where it writes a file
    (MARKER, MARKER),
])
def test_a_static_file_may_not_replace_what_mmc_writes(home: Path, name: str,
                                                       clash: str) -> None:
    project = home / "project"
    config = load_config(project / "mmc.toml")
    build_site(config)
    _static(project, {"CNAME": b"cues.example.org\n", name: b"mine"})
    before = state(project / "site")
    with pytest.raises(ContentErrors) as caught:
        build_site(config)
    [problem] = caught.value.problems
    assert f"static/{name} would replace '{clash}'" in problem.message
    assert problem.fix and "rename or move" in problem.fix
    assert state(project / "site") == before  # the previous site is untouched
    assert not any(p.name.startswith(".site.tmp-") for p in project.iterdir())


def test_a_build_names_files_it_did_not_write_and_the_fix(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = home / "project"
    monkeypatch.chdir(project)
    build_site(load_config(project / "mmc.toml"))
    site = project / "site"
    assert (site / MANIFEST).is_file()
    (site / "CNAME").write_text("cues.example.org\n", encoding="utf-8")
    (site / "assets" / "my-logo.png").write_bytes(b"logo")
    run = CliRunner().invoke(cli, ["build"])
    assert run.exit_code == 0, run.output
    assert "warning" in run.stderr and "CNAME, assets/my-logo.png" in run.stderr
    assert "static/" in run.stderr
    run = CliRunner().invoke(cli, ["build"])  # the next build has nothing to say
    assert run.exit_code == 0 and "warning" not in run.stderr
    for index in range(7):
        (site / f"extra-{index}.txt").write_text("x", encoding="utf-8")
    report = build_site(load_config(project / "mmc.toml"))
    assert len(report.foreign) == 7
    [warning] = report.warnings()
    assert "extra-0.txt, extra-1.txt, extra-2.txt, extra-3.txt, extra-4.txt and 2 more" in warning


def test_a_site_without_a_manifest_is_compared_with_the_new_one(home: Path) -> None:
    project = home / "project"
    config = load_config(project / "mmc.toml")
    build_site(config)
    (project / "site" / MANIFEST).unlink()
    (project / "site" / "CNAME").write_text("cues.example.org\n", encoding="utf-8")
    assert build_site(config).foreign == ["CNAME"]


def test_a_static_folder_holding_the_output_is_refused(home: Path) -> None:
    project = home / "project"
    (project / "mmc.toml").write_text(
        (project / "mmc.toml").read_text(encoding="utf-8") + 'static = "public"\n'
        'out = "public/site"\n', encoding="utf-8")
    (project / "public").mkdir()
    with pytest.raises(MmcError, match="static folder"):
        build_site(load_config(project / "mmc.toml"))


def test_previews_never_point_base_at_the_live_site(home: Path) -> None:
    project = home / "project"
    (project / "mmc.toml").write_text(
        (project / "mmc.toml").read_text(encoding="utf-8")
        + 'base_url = "https://sam.example.org/cues/"\n', encoding="utf-8")
    out = project / "site"
    build_site(load_config(project / "mmc.toml"), out=out)
    assert b'<base href="https://sam.example.org/cues/">' in (out / "404.html").read_bytes()
    server = SiteServer(out).start()
    try:
        with pytest.raises(HTTPError) as missing:
            urlopen(server.url + "exercises/no-such-exercise/")
        assert missing.value.code == 404
        body = missing.value.read()
        assert b'<base href="/">' in body and b"sam.example.org/cues/\">" not in body
        for path in ("", "exercises/seated-cable-row/", "404.html"):
            with urlopen(server.url + path) as response:
                assert b"<base href=\"https://" not in response.read(), path
    finally:
        server.stop()
