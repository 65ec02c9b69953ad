"""The page and card cache: entries are shared by the processes of a build, survive a pruner
racing a build and a killed writer, and damage is noticed."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

from mmc.render.templates import Templates
from mmc.site import cachefiles
from mmc.site.cache import PageCache, Summary
from mmc.site.cachefiles import pack_names
from mmc.site.environment import site_environment
from mmc.site.fragments import unpack_card

SECRET = b"k" * 32


def _key(number: int) -> str:
    return hashlib.sha256(b"%d" % number).hexdigest()


def _page(number: int) -> bytes:
    return b"<p>page %d</p>" % number * (1 + number % 50)


def test_an_entry_stored_by_another_process_meanwhile_is_found(tmp_path: Path) -> None:
    # Two workers of one build: each appends to its own pack, and each finds the other's
    # entries, also those stored after it first looked.
    one, two = PageCache(tmp_path, secret=SECRET), PageCache(tmp_path, secret=SECRET)
    assert one.get(_key(1)) is None
    two.put(_key(1), _page(1))
    one.put(_key(2), _page(2))
    assert one.get(_key(1)) == _page(1) and two.get(_key(2)) == _page(2)
    assert one.get(_key(2)) == _page(2) and two.get(_key(1)) == _page(1)
    assert len(pack_names(tmp_path)) == 2
    assert PageCache(tmp_path, secret=b"x" * 32).get(_key(1)) is None  # another user's key


def test_a_miss_lists_the_folder_again_only_when_it_may_have_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listings = []
    real = cachefiles.pack_names
    monkeypatch.setattr(cachefiles, "pack_names", lambda root: listings.append(1) or real(root))
    writer = PageCache(tmp_path, secret=SECRET)
    writer.put(_key(1), _page(1))
    long_ago = time.time_ns() - 10 * 10**9
    os.utime(tmp_path, ns=(long_ago, long_ago))
    reader = PageCache(tmp_path, secret=SECRET)
    assert reader.get(_key(1)) == _page(1) and len(listings) == 1
    for _ in range(3):
        assert reader.get(_key(2)) is None
    assert len(listings) == 1  # the folder's time is settled and has not changed
    writer.put(_key(2), _page(2))  # the same pack: found by reading on in its index
    assert reader.get(_key(2)) == _page(2) and len(listings) == 1
    other = PageCache(tmp_path, secret=SECRET)
    other.put(_key(3), _page(3))  # a new pack: the folder's time changed
    assert reader.get(_key(3)) == _page(3) and len(listings) == 2
    os.utime(tmp_path, ns=(time.time_ns(),) * 2)  # a recent time: listed on every miss
    assert reader.get(_key(4)) is None and reader.get(_key(4)) is None
    assert len(listings) == 4


def test_a_cache_let_go_of_closes_its_files(tmp_path: Path) -> None:
    # mmc serve and MkDocs make a cache per build, for hours: no descriptor may stay open.
    def open_files() -> int:
        return len(os.listdir("/proc/self/fd"))

    PageCache(tmp_path, secret=SECRET).put(_key(1), _page(1))
    before = open_files()
    for number in range(50):
        cache = PageCache(tmp_path, secret=SECRET)
        assert cache.get(_key(1)) == _page(1)
        cache.put(_key(number + 2), _page(number))
        assert cache.get(_key(number + 2)) == _page(number)
        del cache
    assert open_files() == before


def _write_until_killed(root: Path, start: int) -> None:
    cache = PageCache(root, secret=SECRET)
    for number in range(start, start + 100_000):
        cache.put(_key(number), _page(number))
    time.sleep(60)  # not reached: killed while writing


def test_a_killed_writer_leaves_no_entry_that_is_used_wrongly(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    for delay in (0.0, 0.1):
        child = context.Process(target=_write_until_killed, args=(tmp_path, 0))
        child.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any(
                p.stat().st_size for p in tmp_path.glob("*.index")):
            time.sleep(0.005)  # until it has stored something
        time.sleep(delay)
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join()
    reader = PageCache(tmp_path, secret=SECRET)
    found = [number for number in range(100_000) if reader.get(_key(number)) is not None]
    assert found  # whole entries are kept (and checked) ...
    assert all(reader.get(_key(number)) == _page(number) for number in found)
    # ... and a cut-off record or pack is not an entry.
    for name in pack_names(tmp_path):
        index = tmp_path / f"{name}.index"
        index.write_bytes(index.read_bytes()[:-7])
        pack = tmp_path / f"{name}.pack"
        pack.write_bytes(pack.read_bytes()[:-3])
    again = PageCache(tmp_path, secret=SECRET)
    kept = [number for number in found if again.get(_key(number)) is not None]
    assert len(kept) < len(found)
    assert all(again.get(_key(number)) == _page(number) for number in kept)


def _store_many(root: Path, start: int) -> None:
    cache = PageCache(root, secret=SECRET)
    for number in range(start, start + 300):
        cache.put(_key(number), _page(number))
        cache.get(_key(number + 150))  # another process's entry, perhaps not yet there


def test_builds_sharing_a_cache_at_once_keep_every_entry_whole(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    children = [context.Process(target=_store_many, args=(tmp_path, start))
                for start in (0, 150, 300)]
    for child in children:
        child.start()
    for child in children:
        child.join()
        assert child.exitcode == 0
    reader = PageCache(tmp_path, secret=SECRET)
    assert all(reader.get(_key(number)) == _page(number) for number in range(600))


def test_pruning_keeps_the_wanted_entries_and_few_packs(tmp_path: Path) -> None:
    for build in range(12):  # twelve builds, each storing a few pages
        cache = PageCache(tmp_path, secret=SECRET)
        for number in range(build * 5, build * 5 + 8):  # three of them stored twice
            cache.put(_key(number), _page(number))
        cache.close()
    wanted = [_key(number) for number in range(0, 63, 2)]
    assert PageCache(tmp_path, secret=SECRET).prune(wanted, slack=100) == 0  # few stale
    assert len(pack_names(tmp_path)) == 12
    pruned = PageCache(tmp_path, secret=SECRET).prune(wanted, slack=0)
    assert pruned == 12 * 8 - 32
    assert len(pack_names(tmp_path)) == 1
    reader = PageCache(tmp_path, secret=SECRET)
    assert all(reader.get(_key(number)) == _page(number) for number in range(0, 63, 2))
    assert not any(reader.get(_key(number)) for number in range(1, 63, 2))
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [f"{pack_names(tmp_path)[0]}.index", f"{pack_names(tmp_path)[0]}.pack", "CACHEDIR.TAG"])
    # Many packs, all of them live: merged all the same.
    for build in range(20):
        cache = PageCache(tmp_path, secret=SECRET)
        cache.put(_key(1000 + build), _page(build))
        cache.close()
    live = [*wanted, *(_key(1000 + build) for build in range(20))]
    assert PageCache(tmp_path, secret=SECRET).prune(live) == 0
    assert len(pack_names(tmp_path)) <= 2
    assert all(PageCache(tmp_path, secret=SECRET).get(key) for key in live[:50])


def test_pruning_after_a_build_does_not_copy_a_large_pack_for_a_few_stale_pages(
    tmp_path: Path,
) -> None:
    first = PageCache(tmp_path, secret=SECRET)
    for number in range(40):
        first.put(_key(number), _page(number))
    first.close()
    big = pack_names(tmp_path)[0]
    inode = (tmp_path / f"{big}.pack").stat().st_ino
    for number in range(17):  # seventeen builds after an edit each: many small packs
        edit = PageCache(tmp_path, secret=SECRET)
        edit.put(_key(100 + number), _page(100 + number))
        edit.close()
    wanted = [_key(number) for number in (*range(17, 40), *range(100, 117))]
    assert PageCache(tmp_path, secret=SECRET).prune(wanted) == 0  # 17 stale of 57
    assert len(pack_names(tmp_path)) == 2  # the small ones merged
    assert (tmp_path / f"{big}.pack").stat().st_ino == inode  # the large one as it was
    reader = PageCache(tmp_path, secret=SECRET)
    assert all(reader.get(key) for key in wanted)
    assert PageCache(tmp_path, secret=SECRET).prune(wanted, slack=0) == 17
    assert big not in pack_names(tmp_path)
    reader = PageCache(tmp_path, secret=SECRET)
    assert all(reader.get(key) for key in wanted)
    assert not any(reader.get(_key(number)) for number in range(17))


@pytest.mark.parametrize("slack", [0, 1])
def test_the_detached_pruner_prunes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    slack: float) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user"))  # its secret, read again
    root = tmp_path / "pages"
    for build in range(3):
        cache = PageCache(root)
        for number in range(build * 10, build * 10 + 10):
            cache.put(_key(number), _page(number))
        cache.close()
    wanted = [_key(number) for number in range(5)]
    assert PageCache(root).prune(wanted, slack=slack, background=True) == 0  # not yet
    deadline = time.monotonic() + 60
    while len(pack_names(root)) > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    reader = PageCache(root)
    assert all(reader.get(key) == _page(number) for number, key in enumerate(wanted))
    assert not any(reader.get(_key(number)) for number in range(5, 30))
    assert not list(root.glob(".keep-*"))


def test_the_pruner_leaves_a_pack_being_written_alone(tmp_path: Path) -> None:
    writing = PageCache(tmp_path, secret=SECRET)
    writing.put(_key(1), _page(1))
    other = PageCache(tmp_path, secret=SECRET)
    other.put(_key(2), _page(2))
    other.close()
    assert PageCache(tmp_path, secret=SECRET).prune((), slack=0) == 1
    writing.put(_key(3), _page(3))
    assert writing.get(_key(1)) == _page(1) and writing.get(_key(3)) == _page(3)
    writing.close()
    assert PageCache(tmp_path, secret=SECRET).prune((), slack=0) == 2
    assert pack_names(tmp_path) == []


def test_a_damaged_card_fragment_is_not_used() -> None:
    stored = b"5 4\nfrontback"
    assert unpack_card(stored) == ("front", "back")
    assert unpack_card(stored[:-1]) is None  # cut short
    assert unpack_card(stored + b"x") is None
    assert unpack_card(b'["front", "back"]') is None  # an older format
    assert unpack_card(b"5 4\nfr\xffntback") is None


def test_templates_can_write_read_only_summaries_as_json() -> None:
    # Page contexts hold summaries as read-only mappings; a pack template may use |tojson.
    template = site_environment(Templates(())).from_string("{{ s | tojson }}")
    assert template.render(s=Summary({"name": "Lats", "id": "latissimus-dorsi"})) == (
        '{"id": "latissimus-dorsi", "name": "Lats"}'
    )
