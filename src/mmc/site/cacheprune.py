"""Pruning a page cache: packs rewritten without their stale entries, or deleted; or, for a
build that cannot tell which entries are stale, small packs merged into one.

Only files the cache itself writes are ever deleted, and only under a root holding the
cache's tag (checked by the caller, :meth:`mmc.site.cache.PageCache.prune`): packs and their
indexes (:mod:`mmc.site.cachefiles`), and the entries of the older layout, one file per entry
named by its key in the folder named by the key's first two digits. A pack another process
is writing (it holds the pack's lock) is left as it is.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from mmc.site.cachefiles import PACK, Found, Writer, index_records, locked

__all__ = ["compact", "crowded", "many", "merge", "prune_legacy"]

#: More packs than this and the small ones are merged.
_PACKS = 16
#: A pack smaller than this share of all the packs' bytes is merged into a new one.
_SMALL = 1 / 16
#: An entry of the older layout, or the temporary file of one being written, and its folder.
_ENTRY = re.compile(r"^([0-9a-f]{64})(?:\.[0-9]+\.tmp)?$")
_FOLDER = re.compile(r"^[0-9a-f]{2}$")

Check = Callable[[bytes, bytes, bytes], bool]


def _survey(root: Path) -> tuple[list[str], list[str], bool]:
    """The index names, the pack names and whether folders of the older layout are there."""
    indexes: list[str] = []
    packs: list[str] = []
    legacy = False
    try:
        with os.scandir(root) as entries:
            for entry in entries:
                match = PACK.match(entry.name)
                if match:
                    (indexes if match.group(2) == "index" else packs).append(match.group(1))
                elif _FOLDER.match(entry.name) and entry.is_dir(follow_symlinks=False):
                    legacy = True
    except OSError:
        pass
    return sorted(indexes), sorted(packs), legacy


def crowded(root: Path, wanted: set[bytes], slack: float) -> bool:
    """Whether pruning is due: stale entries outnumber ``slack`` times the ``wanted`` ones,
    the packs are many, or entries of the older layout are left."""
    indexes, _, legacy = _survey(root)
    if legacy or len(indexes) > _PACKS:
        return True
    stored = sum(len(index_records(root, name)) for name in indexes)
    return stored - len(wanted) > slack * len(wanted)


def compact(root: Path, wanted: set[bytes], check: Check, *, thorough: bool = True) -> int:
    """Drop the entries not ``wanted`` (or not passing ``check`` of their signature) from the
    packs no other process is writing; return how many were dropped.

    A pack that is not small stays as it is when it holds only wanted entries, none held by
    a pack kept before it (or, unless ``thorough``, when fewer than half of its entries are
    stale: a pack of a thousand pages is not copied for a few pages edited since). The wanted
    entries of the others are copied into a new pack, and they are deleted (index first: a
    reader never finds an index whose pack is gone and takes it for its own).
    """
    indexes, packs, _ = _survey(root)
    dropped = 0
    with ExitStack() as stack:
        free = {name: fd for name in sorted(set(indexes) | set(packs))
                if (fd := stack.enter_context(locked(root, name))) is not None}
        # Read under the lock: a writer that finished since the survey added no records after.
        records = {name: index_records(root, name) for name in free}
        sizes = {name: sum(found.length for _, found in records.get(name, [])) for name in free}
        total = sum(sizes.values())
        kept: set[bytes] = set()
        again: list[str] = []
        for name in sorted(free, key=lambda n: (-sizes[n], n)):
            keys = [key for key, _ in records.get(name, [])]
            live = {key for key in keys if key in wanted and key not in kept}
            stale = len(keys) - len(live)
            if keys and sizes[name] >= _SMALL * total and (
                    stale == 0 if thorough else 2 * stale < len(keys)):
                kept.update(live)
            else:
                again.append(name)
        writer: Writer | None = None
        stack.callback(lambda: writer.close() if writer is not None else None)
        for name in again:
            for key, found in records.get(name, []):
                if key not in wanted or key in kept:
                    dropped += 1
                    continue
                data = _read(free[name], found)
                if data is None or not check(key, data, found.mac):
                    dropped += 1
                    continue
                try:
                    writer = writer or Writer(root)
                except OSError:
                    return dropped  # nothing deleted that was not copied
                if writer.append(key, data, found.mac) is None:
                    return dropped
                kept.add(key)
            for suffix in ("index", "pack"):
                with contextlib.suppress(OSError):
                    (root / f"{name}.{suffix}").unlink()
    # An index whose pack is gone (a pack is made before its index, deleted after it).
    for name in set(indexes) - set(packs):
        if not (root / f"{name}.pack").exists():
            with contextlib.suppress(OSError):
                (root / f"{name}.index").unlink()
    return dropped


def many(root: Path) -> bool:
    """Whether the packs under ``root`` are many enough to be merged."""
    return len(_survey(root)[0]) > _PACKS


def merge(root: Path, check: Check) -> int:
    """Merge the small packs no other process is writing into one, keeping every entry;
    return how many packs were merged.

    Nothing is dropped that a build could use: each entry is copied (one copy of a key held
    twice), and only one that fails ``check`` (damaged: it would be rendered again) is
    left out. The packs smaller than a share of all the packs' bytes are merged, and as many
    more of the smallest as bring the count down to half the limit, so a large pack is not
    copied again for each small one. A merged pack is deleted (index first) only once all
    its entries are in the new one; a pack being written, or made since, is left alone.
    """
    indexes = _survey(root)[0]
    if len(indexes) <= _PACKS:
        return 0
    with ExitStack() as stack:
        free = {name: fd for name in indexes
                if (fd := stack.enter_context(locked(root, name))) is not None}
        records = {name: index_records(root, name) for name in free}
        sizes = {name: sum(found.length for _, found in records[name]) for name in free}
        total = sum(sizes.values())
        order = sorted(free, key=lambda n: (sizes[n], n))
        small = sum(1 for name in order if sizes[name] < _SMALL * total)
        chosen = order[:max(small, len(indexes) - _PACKS // 2 + 1)]
        if len(chosen) < 2:
            return 0
        writer: Writer | None = None
        stack.callback(lambda: writer.close() if writer is not None else None)
        copied: set[bytes] = set()
        for name in chosen:
            for key, found in records[name]:
                if key in copied:
                    continue
                data = _read(free[name], found)
                if data is None or not check(key, data, found.mac):
                    continue
                try:
                    writer = writer or Writer(root)
                except OSError:
                    return 0  # nothing deleted
                if writer.append(key, data, found.mac) is None:
                    return 0
                copied.add(key)
        for name in chosen:
            for suffix in ("index", "pack"):
                with contextlib.suppress(OSError):
                    (root / f"{name}.{suffix}").unlink()
    return len(chosen)


def _read(fd: int, found: Found) -> bytes | None:
    try:
        data = os.pread(fd, found.length, found.offset)
    except OSError:
        return None
    return data if len(data) == found.length else None


def prune_legacy(root: Path) -> int:
    """Delete the entries of the older layout (one file per entry) and the folders they
    emptied; return how many."""
    removed = 0
    try:
        with os.scandir(root) as entries:
            folders = [Path(e.path) for e in entries
                       if _FOLDER.match(e.name) and e.is_dir(follow_symlinks=False)]
    except OSError:
        return 0
    for folder in sorted(folders):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            match = _ENTRY.match(name)
            if match and match.group(1)[:2] == folder.name:
                try:
                    (folder / name).unlink()
                except OSError:  # gone already, or a folder of that name: not an entry
                    continue
                removed += 1
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty: never anything it did not write
    return removed
