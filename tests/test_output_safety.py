"""Output safety: a build replaces only its own site, never anything else.

Every test works in a temporary directory: the project, the "home directory" (passed to the
build by its explicit path) and every folder a build is pointed at are stand-ins under
``tmp_path``. Refusals are checked by comparing the whole temporary tree before and after.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from mmc.cli import cli
from mmc.errors import MmcError
from mmc.site.build import build_site
from mmc.site.config import load_config
from mmc.site.output import MARKER, check_output
from tests.site_support import write_project


def state(root: Path) -> dict[str, str]:
    """Every entry under ``root`` (links not followed): kind, mode and content hash."""
    found: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in [*dirnames, *filenames]:
            path = Path(dirpath) / name
            info = path.lstat()
            rel = path.relative_to(root).as_posix()
            if stat.S_ISLNK(info.st_mode):
                found[rel] = "link -> " + os.readlink(path)
            elif stat.S_ISDIR(info.st_mode):
                found[rel] = f"dir {info.st_mode:o}"
            else:
                found[rel] = f"file {info.st_mode:o} " + hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.fixture()
def world(tmp_path: Path) -> Path:
    """``tmp_path`` holding home/ (a stand-in home with a file) and home/project/."""
    home = tmp_path / "home"
    (home / "notes").mkdir(parents=True)
    (home / "notes" / "plan.txt").write_text("my plans\n", encoding="utf-8")
    write_project(home / "project")
    return tmp_path


def build(world: Path, out: Path | str) -> None:
    project = world / "home" / "project"
    config = load_config(project / "mmc.toml")
    build_site(config, out=out if isinstance(out, Path) else project / out, home=world / "home")


@pytest.mark.parametrize(
    ("out", "said"),
    [
        ("home/project", "is the project"),
        ("home/project/content", "is the content directory"),
        ("home", "is the home directory"),
        ("", "contains the project"),  # tmp_path itself: contains home and project
        ("home/project/.mmc-cache", "is the cache directory"),
        ("home/notes", "was not written by mmc"),
        ("home/notes/plan.txt", "is not a directory"),
    ],
)
def test_dangerous_outputs_are_refused_and_nothing_changes(
    world: Path, out: str, said: str
) -> None:
    (world / "home" / "project" / ".mmc-cache").mkdir()
    before = state(world)
    with pytest.raises(MmcError) as caught:
        build(world, world / out if out else world)
    message = str(caught.value)
    assert said in message
    assert "fix:" in message
    assert state(world) == before


def test_a_file_system_root_is_refused_without_touching_it(tmp_path: Path) -> None:
    # check_output only looks: it is the first thing a build does, before any write.
    with pytest.raises(MmcError, match="file system root"):
        check_output(Path("/"), home=tmp_path)


def test_a_parent_of_the_project_is_refused(world: Path) -> None:
    (world / "home" / "project" / "deep").mkdir()
    before = state(world)
    with pytest.raises(MmcError, match="is the home directory"):
        build(world, "..")  # home/project/.. is the home directory
    club = write_project(world / "club" / "project")
    before = state(world)
    with pytest.raises(MmcError, match="contains the project"):
        build_site(load_config(club / "mmc.toml"), out=club / "deep" / ".." / "..",
                   home=world / "home")
    assert state(world) == before


def test_out_empty_in_config_is_refused(world: Path) -> None:
    project = world / "home" / "project"
    toml = project / "mmc.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + 'out = ""\n', encoding="utf-8")
    before = state(world)
    with pytest.raises(MmcError) as caught:
        build_site(load_config(toml), home=world / "home")
    assert "out" in str(caught.value)
    assert state(world) == before


def test_a_dangling_link_is_refused(world: Path) -> None:
    link = world / "home" / "project" / "site"
    link.symlink_to(world / "nowhere")
    before = state(world)
    with pytest.raises(MmcError, match="does not exist"):
        build(world, "site")
    assert state(world) == before


def test_empty_folder_is_built_into_and_marked_then_rebuilt(world: Path) -> None:
    out = world / "home" / "project" / "site"
    out.mkdir()
    build(world, "site")
    assert (out / MARKER).is_file()
    assert (out / "index.html").is_file()
    build(world, "site")  # its own site: replaced
    assert (out / "index.html").is_file()


def test_removing_the_old_site_never_follows_its_links(world: Path) -> None:
    out = world / "home" / "project" / "site"
    build(world, "site")
    outside = world / "outside"
    (outside / "keep").mkdir(parents=True)
    (outside / "keep" / "precious.txt").write_text("keep me\n", encoding="utf-8")
    (out / "linked-dir").symlink_to(outside / "keep")
    (out / "assets" / "linked-file").symlink_to(outside / "keep" / "precious.txt")
    before = state(outside)
    build(world, "site")
    from tests.test_build_kill import _leftovers  # the background deleter: wait for it

    project = world / "home" / "project"
    for _ in range(200):
        if not _leftovers(project):
            break
        import time

        time.sleep(0.05)
    assert not (out / "linked-dir").exists()
    assert state(outside) == before


def test_an_output_link_is_built_through(world: Path) -> None:
    webroot = world / "www" / "cues"
    webroot.mkdir(parents=True)
    link = world / "home" / "project" / "site"
    link.symlink_to(webroot)
    build(world, "site")
    assert link.is_symlink() and link.resolve() == webroot.resolve()
    assert (webroot / MARKER).is_file() and (webroot / "index.html").is_file()
    toml = world / "home" / "project" / "mmc.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("Test cues", "Renamed cues"),
                    encoding="utf-8")
    build(world, "site")
    assert link.is_symlink() and link.resolve() == webroot.resolve()
    assert "Renamed cues" in (webroot / "index.html").read_text(encoding="utf-8")


def test_an_output_link_to_a_foreign_folder_is_refused(world: Path) -> None:
    link = world / "home" / "project" / "site"
    link.symlink_to(world / "home" / "notes")
    before = state(world)
    with pytest.raises(MmcError, match="not written by mmc"):
        build(world, "site")
    assert state(world) == before


def test_site_permissions_follow_the_umask(world: Path) -> None:
    old = os.umask(0o022)
    try:
        build(world, "site")
    finally:
        os.umask(old)
    out = world / "home" / "project" / "site"
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
    assert stat.S_IMODE((out / "exercises").stat().st_mode) == 0o755
    assert stat.S_IMODE((out / "index.html").stat().st_mode) == 0o644


def test_cli_refuses_with_the_path_and_a_fix(world: Path) -> None:
    project = world / "home" / "project"
    before = state(world)
    result = CliRunner().invoke(
        cli, ["build", "--config", str(project / "mmc.toml"), "-o", str(project / "content")],
        env={"HOME": str(world / "home")},
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert str(project / "content") in result.output
    assert "fix:" in result.output
    assert state(world) == before


def test_an_output_whose_parent_is_not_writable_is_refused(
    world: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    webroot = world / "www" / "cues"
    webroot.mkdir(parents=True)
    link = world / "home" / "project" / "site"
    link.symlink_to(webroot)
    real_access = os.access

    def access(path: object, mode: int) -> bool:  # as for a web root owned by another user
        return False if Path(str(path)) == world / "www" else real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    before = state(world)
    with pytest.raises(MmcError, match=r"cannot write in .*www"):
        build(world, "site")
    assert state(world) == before
