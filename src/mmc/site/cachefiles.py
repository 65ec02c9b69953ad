"""The files of a page cache: append-only packs of entries, each with an index.

Creating a file costs far more than writing its bytes (on the development VM about 0.4 ms of
system time per file, whatever its size), and a cold build stores thousands of entries. So
each process that stores entries appends them to one pack of its own, ``<name>.pack``, and
appends a fixed-size record for each to ``<name>.index``: the key, where its bytes are in the
pack, and their signature. A record is written after the bytes it points to, so a process
killed between the two leaves bytes that no record names. Nothing is synced to disk: an entry
lost or damaged by a crash or power loss fails its signature check and is rendered again.

A process holds an exclusive ``flock`` on the pack it writes for as long as it writes it: the
pruner rewrites or deletes only packs it can lock itself, so never one being written.
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Found", "Packs", "Writer", "index_records", "locked", "pack_names", "read_index"]

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no lock, a pruner may race a writer
    fcntl = None  # type: ignore[assignment]

#: The first bytes of an index; then one record per entry.
MAGIC = b"mmc-index-1\n"
#: key (32 bytes), offset and length in the pack, signature (32 bytes).
RECORD = struct.Struct("<32sQQ32s")
#: The names the pruner may delete (with the cache's tag in the folder): a pack, its index,
#: and the temporary file of a pruner's keep-list.
PACK = re.compile(r"^([0-9a-f]{16})\.(pack|index)$")
#: How old (in ns) a folder's time must be when the folder is listed for an unchanged time
#: to mean that no file was made in it since.
_SETTLED = 1_000_000_000


@dataclass(frozen=True, slots=True)
class Found:
    """Where an entry's bytes are, and the signature they must have."""

    pack: str
    offset: int
    length: int
    mac: bytes


def _create(path: Path) -> int:
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND | os.O_CLOEXEC,
                   0o666)


def _lock(fd: int) -> bool:
    """Take the exclusive lock of a pack without waiting; False when another process holds it."""
    if fcntl is None:  # pragma: no cover - not POSIX
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class Writer:
    """The pack one process appends its entries to (created on first use, locked while open)."""

    def __init__(self, root: Path) -> None:
        self.pid = os.getpid()
        self.name = ""
        self._pack = self._index = -1
        self._size = 0
        for _ in range(8):
            name = os.urandom(8).hex()
            try:
                pack = _create(root / f"{name}.pack")
            except FileExistsError:
                continue
            if not _lock(pack):  # a pruner took it between the two calls: not ours
                os.close(pack)
                continue
            try:
                index = _create(root / f"{name}.index")
                _write_all(index, MAGIC)
            except OSError:
                os.close(pack)
                raise
            self.name, self._pack, self._index = name, pack, index
            return
        raise FileExistsError(root)

    def append(self, key: bytes, data: bytes, mac: bytes) -> Found | None:
        """Store ``data``; where it went, or None (and no more) when the disk refused."""
        if self._pack < 0:
            return None
        offset = self._size
        try:
            _write_all(self._pack, data)
            self._size += len(data)
            _write_all(self._index, RECORD.pack(key, offset, len(data), mac))
        except OSError:
            self.close()
            return None
        return Found(self.name, offset, len(data), mac)

    def close(self) -> None:
        for fd in (self._pack, self._index):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._pack = self._index = -1

    def __del__(self) -> None:
        if self.pid == os.getpid():  # a forked child leaves its parent's files alone
            self.close()


def pack_names(root: Path) -> list[str]:
    """The names of the packs whose index is in ``root``, sorted."""
    try:
        with os.scandir(root) as entries:
            return sorted(m.group(1) for e in entries
                          if (m := PACK.match(e.name)) and m.group(2) == "index")
    except OSError:
        return []


def read_index(data: bytes, name: str) -> Iterator[tuple[bytes, Found]]:
    """The whole records in ``data``, the bytes of an index after its first :data:`MAGIC`."""
    usable = len(data) - len(data) % RECORD.size
    for key, offset, length, mac in RECORD.iter_unpack(data[:usable]):
        yield key, Found(name, offset, length, mac)


def index_records(root: Path, name: str) -> list[tuple[bytes, Found]]:
    """The records of the index of pack ``name`` under ``root`` (none when unreadable)."""
    try:
        data = (root / f"{name}.index").read_bytes()
    except OSError:
        return []
    if not data.startswith(MAGIC):
        return []
    return list(read_index(data[len(MAGIC):], name))


@dataclass(slots=True)
class Packs:
    """What one process knows of the packs under ``root``: every entry, and open packs.

    The indexes are read when an entry is first asked for, and read on (only the records
    added since) when one is not found: another worker of the same build may have stored it.
    """

    root: Path
    entries: dict[bytes, Found] = field(default_factory=dict)
    _read: dict[str, int] = field(default_factory=dict)  # index name -> bytes read
    _files: dict[str, int] = field(default_factory=dict)  # pack name -> open descriptor
    _indexes: dict[str, int] = field(default_factory=dict)  # index name -> open descriptor
    own: str = ""
    _listed: list[str] = field(default_factory=list)
    _listed_at: tuple[int, int] = (0, -_SETTLED)  # the folder's mtime, and when it was listed

    def find(self, key: bytes) -> Found | None:
        found = self.entries.get(key)
        if found is None:
            self.refresh()
            found = self.entries.get(key)
        return found

    def _names(self) -> list[str]:
        """The packs with an index, listed again only when the folder may have changed.

        A folder's time changes when a file is made in it, in steps as coarse as a few
        milliseconds; once it is older than :data:`_SETTLED` at the time of a listing, any
        later pack gives it another time. A cold build looks for thousands of entries that
        are not there: one ``stat`` each instead of a listing.
        """
        try:
            changed = os.stat(self.root).st_mtime_ns
        except OSError:
            return []
        mtime, when = self._listed_at
        if changed != mtime or when - mtime < _SETTLED:
            when = time.time_ns()
            self._listed = pack_names(self.root)
            self._listed_at = (changed, when)
        return self._listed

    def refresh(self) -> None:
        for name in self._names():
            if name == self.own:
                continue
            done = self._read.get(name, 0)
            try:
                fd = self._indexes.get(name)
                if fd is None:
                    fd = os.open(self.root / f"{name}.index", os.O_RDONLY | os.O_CLOEXEC)
                    self._indexes[name] = fd
                size = os.fstat(fd).st_size
                if size - max(done, len(MAGIC)) < RECORD.size:
                    continue
                data = os.pread(fd, size - done, done)
            except OSError:
                continue
            if not done:
                if not data.startswith(MAGIC):
                    self._read[name] = size + (1 << 62)  # not an index: never read again
                    continue
                data, done = data[len(MAGIC):], len(MAGIC)
            whole = len(data) - len(data) % RECORD.size
            self.entries.update(read_index(data[:whole], name))
            self._read[name] = done + whole

    def read(self, found: Found) -> bytes | None:
        """The bytes ``found`` points to, or None when its pack is gone or cut short."""
        fd = self._files.get(found.pack)
        try:
            if fd is None:
                fd = os.open(self.root / f"{found.pack}.pack", os.O_RDONLY | os.O_CLOEXEC)
                self._files[found.pack] = fd
            data = os.pread(fd, found.length, found.offset)
        except OSError:
            return None
        return data if len(data) == found.length else None

    def close(self) -> None:
        for fd in (*self._files.values(), *self._indexes.values()):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._files.clear()
        self._indexes.clear()
        self._read.clear()
        self._listed_at = (0, -_SETTLED)

    def __del__(self) -> None:  # a build's cache dropped without close(): mmc serve, MkDocs
        self.close()


@contextlib.contextmanager
def locked(root: Path, name: str) -> Iterator[int | None]:
    """The pack ``name`` opened and locked for the pruner; None when a writer holds it (or
    it is gone)."""
    try:
        fd = os.open(root / f"{name}.pack", os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        yield None
        return
    try:
        yield fd if _lock(fd) else None
    finally:
        os.close(fd)
