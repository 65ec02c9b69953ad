"""The build's parse cache: edits are always seen, and a cache that is not ours is ignored.

``mmc.site.libcache.cached_library`` keeps parsed content files in a signed pickle under
``.mmc-cache`` and, within one process (``mmc serve``), in memory. These tests edit, add and
delete files between loads, in the same process and as a new one, and tamper with the file.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from mmc.content.loader import content_files, load_library
from mmc.model.library import Library
from mmc.site import libcache
from mmc.site.build import BuildMemory, build_site
from mmc.site.config import load_config
from tests.site_support import write_project

ROOT = Path(__file__).resolve().parent.parent


def _generate(count: int, out: Path) -> None:
    spec = importlib.util.spec_from_file_location("mmc_synth", ROOT / "benchmarks" / "synth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(count, out)


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))  # our own signing key
    _new_process()
    _generate(12, tmp_path / "content")
    return tmp_path / "content"


#: What the test's "process" keeps between builds (as mmc serve does); replaced for a new one.
_MEMORY = [libcache.Remembered()]


def _new_process() -> None:
    _MEMORY[0] = libcache.Remembered()


def _load(content: Path, cache: Path) -> Library:
    return libcache.cached_library(
        cache,
        lambda store: load_library(content, bundled=False, packs=False, store=store),
        lambda: content_files(content, bundled=False, packs=False),
        memory=_MEMORY[0],
    )


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    # Same size and a coarse clock must not hide the change: move the time on as well.
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_edits_are_seen_in_the_same_process_and_in_a_new_one(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _load(content, cache)
    assert (cache / "parsed.pickle").is_file()
    target = content / "exercises" / "synthetic-00003.md"
    _edit(target, "Set up for movement 3.", "Set up for movement three.")
    again = _load(content, cache)  # the in-memory store (what mmc serve uses)
    assert again.exercises["synthetic-00003"].setup == "Set up for movement three."
    # Unchanged items are the very objects of the first load: nothing was parsed again.
    assert again.exercises["synthetic-00004"] is first.exercises["synthetic-00004"]

    _new_process()  # a new process: only the file
    _edit(target, "movement three.", "movement 3, edited.")
    fresh = _load(content, cache)
    assert fresh.exercises["synthetic-00003"].setup == "Set up for movement 3, edited."
    assert fresh.exercises["synthetic-00004"] is not first.exercises["synthetic-00004"]
    assert fresh.exercises["synthetic-00004"] == first.exercises["synthetic-00004"]


def test_added_and_deleted_files(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _load(content, cache)
    (content / "exercises" / "synthetic-00011.md").unlink()
    _edit(content / "exercises" / "synthetic-00010.md", "harder: [synthetic-00011]\n", "")
    lib = _load(content, cache)
    assert "synthetic-00011" not in lib.exercises
    copy = (content / "exercises" / "synthetic-00010.md").read_text(encoding="utf-8")
    (content / "exercises" / "synthetic-00020.md").write_text(
        copy.replace("synthetic-00010", "synthetic-00020"), encoding="utf-8"
    )
    _new_process()
    lib = _load(content, cache)
    assert "synthetic-00020" in lib.exercises


def test_a_file_written_by_someone_else_is_read_not_the_memory(content: Path,
                                                               tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _load(content, cache)
    (cache / "parsed.pickle").unlink()  # another build cleared the cache meanwhile
    _edit(content / "exercises" / "synthetic-00002.md", "movement 2.", "movement two.")
    lib = _load(content, cache)
    assert lib.exercises["synthetic-00002"].setup == "Set up for movement two."
    assert (cache / "parsed.pickle").is_file()


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "other key"])
def test_a_damaged_or_foreign_cache_is_ignored(content: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               damage: str) -> None:
    cache = tmp_path / "cache"
    expected = _load(content, cache)
    blob = (cache / "parsed.pickle").read_bytes()
    if damage == "flip a byte":
        blob = blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:]
    elif damage == "truncate":
        blob = blob[: len(blob) // 2]
    else:  # signed by another user's key: never unpickled
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "someone-else"))
    (cache / "parsed.pickle").write_bytes(blob)
    _new_process()
    loaded: list[object] = []
    real_loads = libcache.pickle.loads
    monkeypatch.setattr(libcache.pickle, "loads", lambda data: loaded.append(1) or real_loads(data))
    lib = _load(content, cache)
    assert loaded == []  # the signature failed before anything was unpickled
    assert lib.exercises == expected.exercises


def test_a_build_memory_carries_parsed_items_and_templates_to_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What mmc serve does: one BuildMemory for every rebuild. Nothing is kept in modules, so
    # builds without one share nothing.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    project = write_project(tmp_path / "project")
    config = load_config(project / "mmc.toml")
    memory = BuildMemory()
    build_site(config, out=tmp_path / "site", memory=memory)
    env = next(iter(memory.environments.values()))
    kept = dict(memory.parsed.entries)
    assert kept, "the parsed files are kept"
    edited = project / "content" / "exercises" / "dumbbell-curl.md"
    _edit(edited, "name: Dumbbell Curl", "name: Dumbbell Curl, slow")
    build_site(config, out=tmp_path / "site", memory=memory)
    assert next(iter(memory.environments.values())) is env, "compiled templates are reused"
    again = memory.parsed.entries
    same = [key for key in kept if key in again and again[key] is kept[key]]
    assert len(same) == len(kept) - 1, "every unchanged file's item is the very same object"
    assert "Dumbbell Curl, slow" in (tmp_path / "site" / "exercises" / "dumbbell-curl"
                                     / "index.html").read_text(encoding="utf-8")
    fresh = BuildMemory()
    build_site(config, out=tmp_path / "site", memory=fresh)
    assert all(fresh.parsed.entries[k] is not again[k] for k in fresh.parsed.entries)
