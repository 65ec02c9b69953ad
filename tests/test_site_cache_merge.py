"""Merging a page cache's packs (for builders that cannot tell which entries are stale:
``mkdocs serve --dirty``, and the cards of a build that reused pages): the packs stay few,
no entry is lost, a pack being written and anything that is not the cache's are left alone."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mmc.site.build import build_site
from mmc.site.cache import PageCache, project_cache
from mmc.site.cachefiles import index_records, pack_names
from mmc.site.config import load_config
from tests.site_support import write_project

SECRET = b"k" * 32


def _key(number: int) -> str:
    return hashlib.sha256(b"%d" % number).hexdigest()


def _page(number: int) -> bytes:
    return b"<p>page %d</p>" % number * (1 + number % 50)


def _even(number: int) -> bytes:
    return b"<p>page %06d</p>" % number  # packs of one entry of this are all small


def _build(root: Path, numbers: range, page: Callable[[int], bytes] = _page) -> None:
    cache = PageCache(root, secret=SECRET)
    for number in numbers:
        cache.put(_key(number), page(number))
    cache.close()


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() if p.is_file() else b"<dir>"
            for p in sorted(root.rglob("*"))}


def test_many_builds_keep_few_packs_and_every_entry(tmp_path: Path) -> None:
    _build(tmp_path, range(200))  # a first, cold build
    most = 0
    for build in range(60):  # then a build after each edit, storing three pages
        _build(tmp_path, range(1000 + 2 * build, 1003 + 2 * build))  # one stored twice
        PageCache(tmp_path, secret=SECRET).merge()
        most = max(most, len(pack_names(tmp_path)))
    assert most <= 16
    stored = [*range(200), *range(1000, 1121)]
    reader = PageCache(tmp_path, secret=SECRET)
    assert all(reader.get(_key(number)) == _page(number) for number in stored)
    records = sum(len(index_records(tmp_path, name)) for name in pack_names(tmp_path))
    assert records < len(stored) + 3 * 17  # a key held twice is copied once


def test_a_merge_leaves_out_only_a_damaged_entry(tmp_path: Path) -> None:
    for build in range(17):
        _build(tmp_path, range(10 * build, 10 * build + 10))
    name = pack_names(tmp_path)[3]
    key, found = index_records(tmp_path, name)[0]
    pack = tmp_path / f"{name}.pack"
    data = bytearray(pack.read_bytes())
    data[found.offset] ^= 1
    pack.write_bytes(bytes(data))
    assert PageCache(tmp_path, secret=SECRET).merge() >= 10
    assert len(pack_names(tmp_path)) <= 8
    reader = PageCache(tmp_path, secret=SECRET)
    kept = [n for n in range(170) if reader.get(_key(n)) == _page(n)]
    assert [n for n in range(170) if n not in kept] == [
        n for n in range(170) if _key(n) == key.hex()]  # the damaged one, and only it
    assert len(kept) == 169


def test_a_merge_leaves_a_pack_being_written_alone(tmp_path: Path) -> None:
    writing = PageCache(tmp_path, secret=SECRET)
    writing.put(_key(1), _even(1))
    for build in range(20):
        _build(tmp_path, range(100 + build, 101 + build), _even)
    own = [name for name in pack_names(tmp_path)
           if any(key.hex() == _key(1) for key, _ in index_records(tmp_path, name))]
    before = (tmp_path / f"{own[0]}.pack").stat().st_ino
    assert PageCache(tmp_path, secret=SECRET).merge() == 20
    assert sorted(pack_names(tmp_path)) == sorted([own[0], *(
        n for n in pack_names(tmp_path) if n != own[0])]) and len(pack_names(tmp_path)) == 2
    assert (tmp_path / f"{own[0]}.pack").stat().st_ino == before
    writing.put(_key(2), _page(2))  # still its own pack, still whole
    writing.close()
    reader = PageCache(tmp_path, secret=SECRET)
    assert reader.get(_key(2)) == _page(2)
    assert all(reader.get(_key(n)) == _even(n) for n in (1, *range(100, 120)))


def test_a_reader_finds_an_entry_whose_pack_was_merged_meanwhile(tmp_path: Path) -> None:
    for build in range(17):
        _build(tmp_path, range(build, build + 1), _even)
    reader = PageCache(tmp_path, secret=SECRET)
    assert reader.get(_key(0)) == _even(0)  # the indexes read, but not every pack opened
    assert PageCache(tmp_path, secret=SECRET).merge() == 17
    assert all(reader.get(_key(n)) == _even(n) for n in range(17))


def test_a_merge_deletes_nothing_that_is_not_the_caches(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    for build in range(20):
        _build(root, range(build, build + 1), _even)
    for name in ("notes.txt", "0123456789abcdef.txt", "abc.pack", "0123456789abcdef.old"):
        (root / name).write_text("mine")
    (root / "ff").mkdir()
    (root / "ff" / ("f" * 64)).write_text("not touched by a merge")
    (root / "0123456789abcdee.pack").mkdir()  # a folder with a pack's name, no index
    untagged = tmp_path / "untagged"
    for build in range(20):
        _build(untagged, range(build, build + 1))
    (untagged / "CACHEDIR.TAG").write_text("someone else's tag")
    before = _tree(untagged)
    assert PageCache(untagged, secret=SECRET).merge() == 0
    assert _tree(untagged) == before
    assert PageCache(root, secret=SECRET).merge() == 20
    left = {p.name for p in root.iterdir()}
    assert {"notes.txt", "0123456789abcdef.txt", "abc.pack", "0123456789abcdef.old", "ff",
            "0123456789abcdee.pack", "CACHEDIR.TAG"} < left
    assert (root / "ff" / ("f" * 64)).read_text() == "not touched by a merge"
    assert len(pack_names(root)) == 1


def test_the_detached_merge_merges(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user"))  # its secret, read again
    root = tmp_path / "cards"
    for build in range(18):
        cache = PageCache(root)
        cache.put(_key(build), _even(build))
        cache.close()
    assert PageCache(root).merge(background=True) == 0  # not yet
    deadline = time.monotonic() + 60
    while len(pack_names(root)) > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(pack_names(root)) == 1
    reader = PageCache(root)
    assert all(reader.get(_key(n)) == _even(n) for n in range(18))


def test_a_build_that_reuses_pages_keeps_its_cards_in_few_packs(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project")
    config = load_config(project / "mmc.toml")
    build_site(config, out=tmp_path / "site")
    cards = project_cache(config.path(config.cache_dir)) / "cards"
    stored = {key for name in pack_names(cards) for key, _ in index_records(cards, name)}
    for build in range(18):  # cards of other builds' pages (another branch, say)
        cache = PageCache(cards)
        cache.put(_key(build), _page(build))
        cache.close()
    report = build_site(config, out=tmp_path / "site")
    assert report.reused and not report.rendered
    deadline = time.monotonic() + 60
    while len(pack_names(cards)) > 16 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(pack_names(cards)) <= 8
    reader = PageCache(cards)
    assert all(reader.get(key.hex()) is not None for key in stored)
    assert all(reader.get(_key(n)) == _page(n) for n in range(18))
