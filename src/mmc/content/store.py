"""A parse store: content files parsed without a problem, kept so that a later load does not
read an unchanged file again.

Whoever wants the memo makes a :class:`ParseStore` and hands it to
:func:`~mmc.content.loader.load_library` (or :func:`~mmc.content.loader.check_content`) as
``store=``; without one, every file is read. Entries are keyed on the file's path, its name
in messages, its kind, size, times and inode, so an edited file is read again. References
between items are never stored: they are checked on every load.

The entries hold the loader's models: keep a store only as long as the loader's code is the
same (the site build's cache, :mod:`mmc.site.libcache`, keys its saved copy on that code).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from mmc.content.parsing import Parsed, read_item
from mmc.content.problems import Collector
from mmc.content.sources import ContentFile, ContentModel

__all__ = ["ParseKey", "ParseStore"]

#: A stored file: ``(path, display, kind, size, mtime_ns, ctime_ns, inode)``.
ParseKey = tuple[Any, ...]


class ParseStore:
    """Parsed files by path and stat (see the module docs).

    ``entries`` may be saved (pickled) and given back to a new store; ``used`` holds the keys
    of the files loads through this store read, found or added (the entries worth saving).
    """

    def __init__(self, entries: Mapping[ParseKey, Parsed] | None = None) -> None:
        self.entries: dict[ParseKey, Parsed] = dict(entries or {})
        self.used: set[ParseKey] = set()

    def __len__(self) -> int:
        return len(self.entries)

    @staticmethod
    def key(kind: str, path: Path, display: str) -> ParseKey | None:
        """The key of a file: its path, display name, kind, size, times and inode (None when
        it cannot be read)."""
        try:
            st = path.stat()
        except OSError:
            return None
        return (str(path), display, kind, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)

    @staticmethod
    def parse(file: ContentFile) -> tuple[ParseKey, Parsed] | None:
        """A file's key and parsed item when it reads without a problem, else None.

        Depends on nothing but the file: a caller may parse files ahead, in other processes,
        and :meth:`add` the results; a file with a problem is left to the load, which reports it.
        """
        kind, model, path, display = file
        key = ParseStore.key(kind, path, display)
        out = Collector()
        found = read_item(kind, model, path, display, out)
        if key is None or found is None or out.problems:
            return None
        return key, found

    def knows(self, file: ContentFile) -> bool:
        """Whether the file, unchanged, is in the store."""
        kind, _, path, display = file
        return self.key(kind, path, display) in self.entries

    def add(self, parsed: Iterable[tuple[ParseKey, Parsed]]) -> None:
        """Store entries made by :meth:`parse`."""
        self.entries.update(parsed)

    def used_entries(self) -> dict[ParseKey, Parsed]:
        """The entries the loads read (a file gone or changed since is not among them)."""
        return {key: self.entries[key] for key in self.used}

    def read(
        self, kind: str, model: type[ContentModel], path: Path, display: str, out: Collector
    ) -> Parsed | None:
        """The file parsed (from the store when it is there unchanged), problems to ``out``.

        A file read without a problem is stored; one with a problem is not.
        """
        key = self.key(kind, path, display)
        if key is None:
            return read_item(kind, model, path, display, out)
        found = self.entries.get(key)
        if found is None:
            before = len(out.problems)
            found = read_item(kind, model, path, display, out)
            if found is None or len(out.problems) != before:
                return found
            self.entries[key] = found
        self.used.add(key)
        return found
