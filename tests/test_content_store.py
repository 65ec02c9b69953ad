"""The loader's parse store: passed in by the caller, never hidden in the loader.

A :class:`~mmc.content.store.ParseStore` given to ``load_library(store=...)`` keeps each file
parsed without a problem, so a second load of unchanged files reuses the very items; an edited
file is read again; a file with a problem is never stored; two stores share nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

from mmc.content.loader import check_content, content_files, load_library
from mmc.content.store import ParseStore
from mmc.model.library import Library

MUSCLE = "---\nid: {id}\nname: {name}\nlatin: Musculus {id}\ngroup: arms\nside: front\n---\n"


def _content(tmp_path: Path) -> Path:
    folder = tmp_path / "content" / "muscles"
    folder.mkdir(parents=True)
    for muscle_id in ("alpha", "beta"):
        (folder / f"{muscle_id}.md").write_text(
            MUSCLE.format(id=muscle_id, name=muscle_id.title()), encoding="utf-8")
    return tmp_path / "content"


def _load(content: Path, store: ParseStore | None) -> Library:
    return load_library(content, bundled=False, packs=False, store=store)


def test_a_second_load_through_the_store_reuses_unchanged_items(tmp_path: Path) -> None:
    content = _content(tmp_path)
    store = ParseStore()
    first = _load(content, store)
    assert len(store) == 2 and len(store.used) == 2
    path = content / "muscles" / "beta.md"
    path.write_text(MUSCLE.format(id="beta", name="Beta Edited"), encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    # The next build's store starts from what the last one used (what libcache saves).
    again_store = ParseStore(store.used_entries())
    again = _load(content, again_store)
    assert again.muscles["alpha"] is first.muscles["alpha"]
    assert again.muscles["beta"].name == "Beta Edited"
    # The edited file's old entry is still there, but not used: it is not worth saving.
    assert len(again_store) == 3 and len(again_store.used) == 2
    assert {v[0].name for v in again_store.used_entries().values()} == {"Alpha", "Beta Edited"}


def test_without_a_store_nothing_is_kept(tmp_path: Path) -> None:
    content = _content(tmp_path)
    first = load_library(content, bundled=False, packs=False)
    again = load_library(content, bundled=False, packs=False)
    assert again.muscles["alpha"] == first.muscles["alpha"]
    assert again.muscles["alpha"] is not first.muscles["alpha"]
    # Two stores share nothing either.
    one, two = ParseStore(), ParseStore()
    load_library(content, bundled=False, packs=False, store=one)
    assert len(one) == 2 and len(two) == 0


def test_a_file_with_a_problem_is_reported_every_time_and_never_stored(tmp_path: Path) -> None:
    content = _content(tmp_path)
    (content / "muscles" / "gamma.md").write_text("---\nid: gamma\n---\n", encoding="utf-8")
    store = ParseStore()
    for _ in range(2):
        result = check_content(content, bundled=False, packs=False, store=store)
        assert result.library is None
        assert any(p.file and p.file.endswith("gamma.md") for p in result.errors)
    assert len(store) == 2
    assert not any(ParseStore.parse(f) for f in content_files(content, bundled=False,
                                                              packs=False)
                   if f[2].name == "gamma.md")


def test_files_parsed_ahead_are_used_by_the_load(tmp_path: Path) -> None:
    content = _content(tmp_path)
    files = content_files(content, bundled=False, packs=False)
    store = ParseStore()
    assert not any(store.knows(f) for f in files)
    store.add(entry for entry in map(ParseStore.parse, files) if entry is not None)
    assert all(store.knows(f) for f in files)
    ahead = {key: value[0] for key, value in store.entries.items()}
    lib = load_library(content, bundled=False, packs=False, store=store)
    assert {m.id for m in ahead.values()} == set(lib.muscles)
    assert all(lib.muscles[m.id] is m for m in ahead.values())
