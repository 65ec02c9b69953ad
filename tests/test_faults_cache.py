"""Fault suite (issue #17), caches and files: the pruner deletes only its own entries; the
page and card caches live in the user's cache folder, are checked before use and share no
file with the site; a tampered cache gives the same bytes as a clean build; a file where a
folder must be, or a full disk, is an MmcError, never a traceback."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mmc.errors import MmcError
from mmc.site.build import build_site
from mmc.site.cache import PageCache, project_cache
from mmc.site.config import load_config
from tests.site_support import tree_digest, write_project


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    return write_project(tmp_path / "project")


def _build(project: Path, out: str = "site", **kwargs: Any) -> Any:
    config = load_config(project / "mmc.toml")
    return build_site(config, out=project / out, **kwargs)


def _clean(project: Path) -> dict[str, str]:
    _build(project, "clean", cache=False)
    return tree_digest(project / "clean")


def _pages(project: Path) -> Path:
    return project_cache(project / ".mmc-cache") / "pages"


def _entries(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and len(p.name) == 64)


def _photos(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index in range(count):
        path = folder / f"IMG_{index:04d}.jpg"
        path.write_bytes(b"\xff\xd8 not really a photo %d" % index)
        made.append(path)
    return made


def test_the_pruner_never_touches_files_under_cache_dir(project: Path) -> None:
    # The reproduction: cache_dir = "some/folder" with a photo folder under some/folder/pages.
    (project / "mmc.toml").write_text(
        (project / "mmc.toml").read_text() + 'cache_dir = "some/folder"\n', encoding="utf-8")
    photos = _photos(project / "some/folder/pages/photos", 60)
    cards = _photos(project / "some/folder/cards/ab", 5)
    for _ in range(2):
        _build(project)
        store = PageCache(project_cache(project / "some/folder") / "pages")
        store.prune((), slack=0)
        PageCache(project_cache(project / "some/folder") / "cards").prune((), slack=0)
    assert all(p.is_file() for p in [*photos, *cards])


def test_the_pruner_deletes_only_its_own_entries(project: Path) -> None:
    _build(project)
    root = _pages(project)
    entries = _entries(root)
    assert entries
    folder = entries[0].parent
    strangers = [
        *_photos(root / "photos", 3),
        *_photos(folder / "holiday", 2),  # a folder inside a key folder
        folder / "notes.txt",
        folder / ("f" * 64),  # a key's name in the wrong folder (unless it is ff)
        root / ("0" * 64),  # a key's name outside any key folder
    ]
    for path in strangers[-3:]:
        path.write_bytes(b"mine")
    removed = PageCache(root).prune((), slack=0)
    assert removed == len(entries) + (folder.name == "ff")
    assert set(_entries(root)) == {p for p in strangers if p.exists() and len(p.name) == 64}
    assert all(p.exists() for p in strangers if not (folder.name == "ff" and p.name == "f" * 64))


def test_a_folder_without_mmcs_tag_is_never_pruned(tmp_path: Path) -> None:
    key = "ab" + "0" * 62
    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / key).write_bytes(b"looks like an entry")
    assert PageCache(tmp_path).prune((), slack=0) == 0
    assert (tmp_path / "ab" / key).exists()


def test_caches_live_in_the_user_cache_not_in_the_project(project: Path) -> None:
    report = _build(project)
    assert report.rendered
    assert not (project / ".mmc-cache" / "pages").exists()
    assert not (project / ".mmc-cache" / "cards").exists()
    assert _entries(_pages(project))


def test_a_cache_shipped_with_a_repository_is_not_used(project: Path, tmp_path: Path) -> None:
    clean = _clean(project)
    _build(project)
    # The repository ships every page's entry, each carrying a script.
    shipped = project / ".mmc-cache" / "pages"
    for entry in _entries(_pages(project)):
        target = shipped / entry.parent.name / entry.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"<script>alert(1)</script>")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path / "a-fresh-user-cache")  # a new user
    report = _build(project)
    assert report.reused == []
    assert tree_digest(project / "site") == clean


@pytest.mark.parametrize("damage", ["truncate", "empty", "flip", "append", "replace", "swap"])
def test_a_tampered_cache_gives_the_site_of_a_clean_build(project: Path, damage: str) -> None:
    clean = _clean(project)
    _build(project)
    cards = project_cache(project / ".mmc-cache") / "cards"
    entries = _entries(_pages(project)) + _entries(cards)
    assert len(entries) > 10
    first = entries[0].read_bytes()
    for index, entry in enumerate(entries):
        data = entry.read_bytes()
        if damage == "truncate":
            data = data[: len(data) // 2]
        elif damage == "empty":
            data = b""
        elif damage == "flip":
            data = data[:-5] + bytes([data[-5] ^ 1]) + data[-4:]
        elif damage == "append":
            data += b"<script>alert(1)</script>"
        elif damage == "replace":
            data = data.replace(b"<body", b"<body onload=alert(1)")
        elif damage == "swap" and index:  # a valid entry under another key
            data = first
        entry.write_bytes(data)
    report = _build(project)
    assert tree_digest(project / "site") == clean
    if damage != "swap":
        assert report.reused == []


def test_the_site_shares_no_file_with_the_cache(project: Path) -> None:
    _build(project)
    report = _build(project)
    assert report.reused and not report.rendered
    files = [p for p in (project / "site").rglob("*") if p.is_file()]
    assert all(p.stat().st_nlink == 1 for p in files)
    cached = {(p.stat().st_dev, p.stat().st_ino) for p in _entries(_pages(project))}
    assert not cached & {(p.stat().st_dev, p.stat().st_ino) for p in files}


def test_an_edit_to_the_site_does_not_survive_a_rebuild(project: Path) -> None:
    clean = _clean(project)
    _build(project)
    with (project / "site" / "index.html").open("ab") as handle:
        handle.write(b"<script>alert(1)</script>")
    _build(project)
    assert tree_digest(project / "site") == clean


def test_no_usable_user_cache_still_builds(project: Path, tmp_path: Path) -> None:
    clean = _clean(project)
    (tmp_path / "not-a-folder").write_text("x")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path / "not-a-folder")
    report = _build(project)
    assert report.rendered and not report.reused
    assert tree_digest(project / "site") == clean


@pytest.mark.parametrize("setting", ['cache_dir = "cache"\n', ""])
def test_a_cache_dir_that_is_a_file_is_an_error(project: Path, setting: str) -> None:
    (project / "mmc.toml").write_text(
        (project / "mmc.toml").read_text() + setting, encoding="utf-8")
    name = "cache" if setting else ".mmc-cache"
    (project / name).write_text("my notes", encoding="utf-8")
    with pytest.raises(MmcError) as caught:
        _build(project)
    assert caught.value.field == "cache_dir"
    assert caught.value.fix and name in caught.value.message
    assert (project / name).read_text(encoding="utf-8") == "my notes"


def test_a_cache_dir_under_a_file_is_an_error(project: Path) -> None:
    (project / "mmc.toml").write_text(
        (project / "mmc.toml").read_text() + 'cache_dir = "notes.txt/cache"\n', encoding="utf-8")
    (project / "notes.txt").write_text("my notes", encoding="utf-8")
    with pytest.raises(MmcError) as caught:
        _build(project)
    assert caught.value.field == "cache_dir"


def test_the_parent_of_out_being_a_file_is_an_error(project: Path) -> None:
    (project / "public").write_text("a file", encoding="utf-8")
    with pytest.raises(MmcError) as caught:
        _build(project, "public/site")
    assert caught.value.fix
    assert (project / "public").read_text(encoding="utf-8") == "a file"


def _cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mmc", *args], cwd=project,
                          capture_output=True, text=True, timeout=300)


def test_the_cli_says_so_without_a_traceback(project: Path) -> None:
    (project / ".mmc-cache").write_text("x", encoding="utf-8")
    (project / "public").write_text("a file", encoding="utf-8")
    for args in (["build"], ["build", "--no-cache", "--out", "public/site"]):
        run = _cli(project, *args)
        assert run.returncode == 1, run.stderr
        assert "Traceback" not in run.stderr and "fix:" in run.stderr


def _full_disk(monkeypatch: pytest.MonkeyPatch, where: str, suffix: str = "") -> None:
    """Writes of files whose path contains ``where`` (and ends with ``suffix``) fail as on a
    full disk."""
    real = Path.write_bytes

    def write_bytes(self: Path, data: Any) -> int:
        if where in str(self) and str(self).endswith(suffix):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)


def test_a_full_disk_under_the_site_is_an_error_and_keeps_the_old_site(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _build(project)
    before = tree_digest(project / "site")
    monkeypatch.setenv("MMC_BUILD_JOBS", "1")
    _full_disk(monkeypatch, ".site.tmp-", ".html")
    with pytest.raises(MmcError) as caught:
        _build(project, cache=False)
    assert "No space left" in caught.value.message
    assert caught.value.fix and "space" in caught.value.fix
    monkeypatch.undo()
    assert tree_digest(project / "site") == before
    assert not list(project.glob(".site.tmp-*"))


def test_a_full_disk_under_the_cache_only_skips_caching(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean = _clean(project)
    monkeypatch.setenv("MMC_BUILD_JOBS", "1")
    _full_disk(monkeypatch, str(_pages(project).parent))  # pages and cards
    report = _build(project)
    assert report.rendered
    monkeypatch.undo()
    assert tree_digest(project / "site") == clean


def test_pruning_a_project_cache_leaves_other_projects_alone(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    one = write_project(tmp_path / "one")
    two = write_project(tmp_path / "two")
    _build(one)
    _build(two)
    theirs = _entries(_pages(two))
    PageCache(_pages(one)).prune((), slack=0)
    assert _entries(_pages(two)) == theirs and theirs
    shutil.rmtree(tmp_path / "one")
