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
from mmc.site.cachefiles import MAGIC, PACK, RECORD, Found, index_records, pack_names
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


def _packs(root: Path) -> list[Path]:
    """The pack files under a cache folder."""
    return sorted(p for p in root.glob("*.pack") if PACK.match(p.name))


def _records(root: Path) -> list[tuple[bytes, Found]]:
    """Every entry stored under a cache folder: its key and where it is."""
    return [record for name in pack_names(root) for record in index_records(root, name)]


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
    stored = _records(root)
    assert stored and _packs(root)
    # Entries of the older layout (one file per entry, in the folder of its key's first two
    # digits) are the cache's own too: pruned with the rest.
    legacy = [root / "ab" / ("ab" + "0" * 62), root / "ab" / ("ab" + "1" * 62 + ".77.tmp")]
    (root / "ab").mkdir()
    for path in legacy:
        path.write_bytes(b"an entry of the older layout")
    name = _packs(root)[0].stem
    strangers = [
        *_photos(root / "photos", 3),
        *_photos(root / "ab" / "holiday", 2),  # a folder inside a key folder
        root / "ab" / "notes.txt",
        root / "ab" / ("f" * 64),  # a key's name in the wrong folder
        root / ("0" * 64),  # a key's name outside any key folder
        root / f"{name}.pack.bak",  # a copy of a pack under another name
        root / "photos" / f"{name}.pack",  # a pack's name in another folder
        root / "photos" / f"{name}.index",
        root / "ABCDEF0123456789.pack",  # not a name the cache gives
    ]
    for path in strangers:
        if path.suffix != ".jpg":
            path.write_bytes(b"mine")
    removed = PageCache(root).prune((), slack=0)
    assert removed == len(stored) + len(legacy)
    assert not _packs(root) and not pack_names(root) and not _records(root)
    assert all(p.read_bytes() == b"mine" or p.suffix == ".jpg" for p in strangers)
    assert all(not p.exists() for p in legacy)


def test_a_folder_without_mmcs_tag_is_never_pruned(tmp_path: Path) -> None:
    key = "ab" + "0" * 62
    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / key).write_bytes(b"looks like an entry")
    (tmp_path / "0123456789abcdef.pack").write_bytes(b"looks like a pack")
    (tmp_path / "0123456789abcdef.index").write_bytes(MAGIC)
    assert PageCache(tmp_path).prune((), slack=0) == 0
    assert PageCache(tmp_path).prune((), slack=1) == 0
    assert (tmp_path / "ab" / key).exists()
    assert (tmp_path / "0123456789abcdef.pack").exists()
    assert (tmp_path / "0123456789abcdef.index").exists()


def test_caches_live_in_the_user_cache_not_in_the_project(project: Path) -> None:
    report = _build(project)
    assert report.rendered
    assert not (project / ".mmc-cache" / "pages").exists()
    assert not (project / ".mmc-cache" / "cards").exists()
    assert _records(_pages(project))


def test_a_cache_shipped_with_a_repository_is_not_used(project: Path, tmp_path: Path) -> None:
    clean = _clean(project)
    _build(project)
    # The repository ships every page's entry, each carrying a script, where the cache was
    # once kept; and another user's whole cache (valid, but signed with their secret) lands
    # in the new user's cache folder.
    theirs = project_cache(project / ".mmc-cache")
    shipped = project / ".mmc-cache" / "pages"
    shutil.copytree(_pages(project), shipped)
    for pack in _packs(shipped):
        pack.write_bytes(b"<script>alert(1)</script>" * (pack.stat().st_size // 25 + 1))
    os.environ["XDG_CACHE_HOME"] = str(tmp_path / "a-fresh-user-cache")  # a new user
    mine = project_cache(project / ".mmc-cache")
    assert mine != theirs
    shutil.copytree(theirs, mine)
    report = _build(project)
    assert report.reused == []
    assert tree_digest(project / "site") == clean


def _damaged(root: Path, change: Any) -> None:
    """Write every pack under ``root`` again with ``change(index, data, mac)`` -> (data, mac)
    applied to each entry, its index pointing to the changed bytes."""
    for name in pack_names(root):
        pack = root / f"{name}.pack"
        old = pack.read_bytes()
        body, index = bytearray(), bytearray(MAGIC)
        for number, (key, found) in enumerate(index_records(root, name)):
            data = old[found.offset:found.offset + found.length]
            data, mac = change(number, data, found.mac)
            index += RECORD.pack(key, len(body), len(data), mac)
            body += data
        pack.write_bytes(bytes(body))
        (root / f"{name}.index").write_bytes(bytes(index))


@pytest.mark.parametrize("damage", ["truncate", "empty", "flip", "append", "replace", "swap",
                                    "cut-pack", "cut-index", "garbled-index", "lost-pack"])
def test_a_tampered_cache_gives_the_site_of_a_clean_build(project: Path, damage: str) -> None:
    clean = _clean(project)
    _build(project)
    pages, cards = _pages(project), project_cache(project / ".mmc-cache") / "cards"
    assert len(_records(pages)) + len(_records(cards)) > 10
    first: list[tuple[bytes, bytes]] = []

    def change(number: int, data: bytes, mac: bytes) -> tuple[bytes, bytes]:
        if damage == "truncate":
            return data[: len(data) // 2], mac
        if damage == "empty":
            return b"", mac
        if damage == "flip":
            return data[:-5] + bytes([data[-5] ^ 1]) + data[-4:], mac
        if damage == "append":
            return data + b"<script>alert(1)</script>", mac
        if damage == "replace":
            return data.replace(b"<", b"<b "), mac
        first.append((data, mac))  # "swap": a valid entry under another key
        return first[0]

    for root in (pages, cards):
        if damage == "cut-pack":  # a build killed, or the power lost, before the bytes landed
            for pack in _packs(root):
                pack.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
        elif damage == "cut-index":  # the last record cut short: read as absent
            for index in root.glob("*.index"):
                index.write_bytes(index.read_bytes()[:-RECORD.size // 2])
        elif damage == "garbled-index":  # offsets and lengths that point anywhere
            for index in root.glob("*.index"):
                data = index.read_bytes()
                index.write_bytes(MAGIC + bytes(b ^ 0x5A for b in data[len(MAGIC):]))
        elif damage == "lost-pack":
            for pack in _packs(root):
                pack.unlink()
        else:
            _damaged(root, change)
    report = _build(project)
    assert tree_digest(project / "site") == clean
    if damage not in ("swap", "cut-pack", "cut-index"):
        assert report.reused == []
    if damage in ("cut-pack", "cut-index"):
        assert report.rendered and report.reused  # only what was damaged is rendered again


def test_the_site_shares_no_file_with_the_cache(project: Path) -> None:
    _build(project)
    report = _build(project)
    assert report.reused and not report.rendered
    files = [p for p in (project / "site").rglob("*") if p.is_file()]
    assert all(p.stat().st_nlink == 1 for p in files)
    cached = {(p.stat().st_dev, p.stat().st_ino) for p in _packs(_pages(project))}
    assert cached
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


@pytest.mark.parametrize("when", ["tag", "create", "write", "later"])
def test_a_full_disk_under_the_cache_only_skips_caching(
    project: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    clean = _clean(project)
    monkeypatch.setenv("MMC_BUILD_JOBS", "1")
    caches = str(_pages(project).parent)  # pages and cards
    if when == "tag":
        _full_disk(monkeypatch, caches)
    real_open, real_write = os.open, os.write
    writes = [0]

    def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if when == "create" and flags & os.O_CREAT and str(path).startswith(caches):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real_open(path, flags, *args, **kwargs)

    def write(fd: int, data: Any) -> int:
        where = os.readlink(f"/proc/self/fd/{fd}")
        if (when == "write" and where.startswith(caches)) or (
                when == "later" and where.startswith(str(_pages(project)))):
            writes[0] += 1
            if when == "write" or writes[0] > 5:  # the index's head and two pages went in
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "write", write)
    report = _build(project)
    assert report.rendered
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", caches.split("/mmc/projects/")[0])  # undone too
    assert tree_digest(project / "site") == clean
    report = _build(project)  # what was stored whole is used, the rest rendered again
    assert tree_digest(project / "site") == clean
    assert len(report.reused) == (2 if when == "later" else 0)


def test_pruning_a_project_cache_leaves_other_projects_alone(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    one = write_project(tmp_path / "one")
    two = write_project(tmp_path / "two")
    _build(one)
    _build(two)
    theirs = _records(_pages(two))
    PageCache(_pages(one)).prune((), slack=0)
    assert _records(_pages(two)) == theirs and theirs
    assert not _records(_pages(one))
    shutil.rmtree(tmp_path / "one")
