"""A content-hash cache of rendered pages.

A page's key hashes the code fingerprint, its path, its template and every piece of data its
template reads. Same key, same bytes: so a page whose key is in the cache is copied, not
rendered. Editing one exercise changes the keys of the few pages that show it and no others.

The cache lives in the user's own cache directory (``$XDG_CACHE_HOME/mmc``, else
``~/.cache/mmc``), one folder per project, never in the project, where a repository could
ship one. Entries are appended to a few pack files, one per process that writes (see
:mod:`mmc.site.cachefiles`: a file per entry cost more than rendering some pages). Every
entry is signed with a per-user secret and checked before it is used: a damaged, cut short or
edited entry is rendered again. Pages are copied out of the cache, never linked, so an edit to
the published site cannot reach the cache. The pruner deletes only the cache's own packs and
indexes (and entries of the older one-file-per-entry layout), under a cache folder that holds
mmc's cache tag (see :mod:`mmc.site.cacheprune`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from mmc.cachedir import user_cache_dir
from mmc.site.cachefiles import Packs, Writer
from mmc.site.cacheprune import compact, crowded, many, merge, prune_legacy

__all__ = [
    "Digests",
    "PageCache",
    "Summary",
    "cache_secret",
    "project_cache",
]

_MAC = 32
#: The tag of a cache folder (https://bford.info/cachedir/): backup tools skip the folder,
#: and the pruner works only in a folder that holds it, with mmc's line.
_TAG_NAME = "CACHEDIR.TAG"
_TAG = (b"Signature: 8a477f597d28d172789f06886806bc55\n"
        b"# A cache of pages rendered by mmc. Deleting this folder only slows the next build.\n")
_KEY = re.compile(r"^[0-9a-f]{64}$")


def cache_secret() -> bytes | None:
    """A random per-user key (created on first use) that signs cache entries; None when it
    cannot be kept (no writable cache directory): then nothing is cached."""
    path = user_cache_dir() / "cache-secret"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            try:
                data = path.read_bytes()
            except OSError:
                return None
        except OSError:
            return None
        else:
            data = os.urandom(_MAC)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
            except OSError:
                return None
    except OSError:
        return None
    return data if len(data) == _MAC else None


def project_cache(cache_dir: Path) -> Path:
    """The user-cache folder of the project whose ``cache_dir`` setting is ``cache_dir``."""
    where = str(Path(os.path.abspath(cache_dir)))
    name = hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return user_cache_dir() / "projects" / name


class Summary(Mapping[str, Any]):
    """Read-only plain data a page shows about an item (see :mod:`mmc.site.pages`).

    Lists repeat the same summaries on many pages; its digest is computed once, by the
    summary itself, and stands for it in every page key.
    """

    __slots__ = ("_data", "_digest")

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)
        self._digest: str | None = None

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"Summary({self._data!r})"

    @property
    def digest(self) -> str:
        if self._digest is None:
            text = "mapping\0" + json.dumps(self._data, sort_keys=True, default=str,
                                            separators=(",", ":"))
            self._digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return self._digest


class Digests:
    """Digests of the items pages show, each computed once for as long as this object lives.

    The same exercise appears in hundreds of page contexts; a key holds its digest instead
    of the whole item. An item is known by its type and id, and the object itself is held
    so that another object of the same id (a library built again) is digested again.
    """

    def __init__(self) -> None:
        self._found: dict[tuple[str, str], tuple[Any, str]] = {}

    def of(self, value: Any) -> str:
        """The hash of an item (a pydantic model) or a :class:`Summary`."""
        if isinstance(value, Summary):
            return value.digest
        ident = getattr(value, "id", None)
        key = (type(value).__qualname__, ident) if isinstance(ident, str) else None
        if key is not None:
            found = self._found.get(key)
            if found is not None and found[0] is value:
                return found[1]
        if isinstance(value, BaseModel):
            text = type(value).__qualname__ + "\0" + value.model_dump_json()
        else:
            text = "mapping\0" + json.dumps(dict(value), sort_keys=True, default=self._plain,
                                            separators=(",", ":"))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if key is not None:
            self._found[key] = (value, digest)
        return digest

    def _plain(self, value: Any) -> Any:
        if isinstance(value, BaseModel | Summary):
            return self.of(value)
        if isinstance(value, set | frozenset):
            return sorted(value, key=str)
        if isinstance(value, Path):
            return value.as_posix()
        return str(value)

    def page_key(self, fingerprint: str, path: str, template: str,
                 context: Mapping[str, Any]) -> str:
        """The hash that decides whether a page must be rendered again."""
        text = json.dumps(context, sort_keys=True, default=self._plain, separators=(",", ":"))
        digest = hashlib.sha256()
        for part in (fingerprint, path, template, text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        return digest.hexdigest()


class PageCache:
    """Signed entries stored by key under ``root`` (see the module's notes).

    ``secret`` signs the entries (default: :func:`cache_secret`); without one, or with
    ``enabled=False``, nothing is stored or found.
    """

    def __init__(self, root: Path, *, enabled: bool = True, secret: bytes | None = None) -> None:
        self.root = root
        self._secret = (secret or cache_secret()) if enabled else None
        self.enabled = enabled and self._secret is not None
        self.touched: set[str] = set()
        """Keys read or written by this object (what a build used, for pruning)."""
        self._packs = Packs(root)
        self._writer: Writer | None = None
        self._refused = 0  # the process in which the cache could not be written

    def _mac(self, key: str, data: bytes) -> bytes:
        assert self._secret is not None
        return hmac.digest(self._secret, key.encode("ascii", "replace") + b"\0" + data,
                           "sha256")

    def get(self, key: str) -> bytes | None:
        """The bytes stored for ``key`` if the entry is whole and signed by this user, else
        None (and the caller renders them again)."""
        if not self.enabled or not _KEY.match(key):
            return None
        self.touched.add(key)
        raw = bytes.fromhex(key)
        found = self._packs.find(raw)
        if found is None:
            return None
        data = self._packs.read(found)
        if data is None:  # its pack merged into another since it was read: look again
            self._packs.refresh()
            moved = self._packs.entries.get(raw)
            if moved is None or moved == found:
                return None
            found, data = moved, self._packs.read(moved)
        if data is None or not hmac.compare_digest(found.mac, self._mac(key, data)):
            return None
        return data

    def put(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key``, in this process's pack (see :mod:`.cachefiles`).

        A cache that cannot be written (a full disk, a read-only folder) only makes the
        next build slower: nothing is raised.
        """
        if not self.enabled or not _KEY.match(key):
            return
        self.touched.add(key)
        writer = self._writer_here()
        if writer is None:
            return
        raw = bytes.fromhex(key)
        found = writer.append(raw, data, self._mac(key, data))
        if found is not None:
            self._packs.entries[raw] = found

    def _writer_here(self) -> Writer | None:
        """This process's pack, made on its first entry (a forked worker makes its own)."""
        pid = os.getpid()
        if self._writer is not None and self._writer.pid == pid:
            return self._writer
        if self._refused == pid:
            return None
        try:
            if not self._tagged():
                self.root.mkdir(parents=True, exist_ok=True)
                tag = self.root / _TAG_NAME
                tmp = tag.with_name(f"{_TAG_NAME}.{pid}.tmp")
                tmp.write_bytes(_TAG)
                os.replace(tmp, tag)
            self._writer = Writer(self.root)
        except OSError:
            self._refused = pid
            return None
        self._packs.own = self._writer.name
        return self._writer

    def close(self) -> None:
        """Finish this process's pack and let go of the packs it read (a later call to
        :meth:`get` or :meth:`put` opens them again)."""
        if self._writer is not None and self._writer.pid == os.getpid():
            self._writer.close()
            self._writer = None
        self._packs.close()

    def _tagged(self) -> bool:
        """Whether ``root`` holds mmc's cache tag (the pruner's licence to delete entries)."""
        try:
            return (self.root / _TAG_NAME).read_bytes() == _TAG
        except OSError:
            return False

    def place(self, key: str, target: Path) -> bool:
        """Write the bytes stored for ``key`` to ``target``; False when there are none.

        A copy, never a link: the published file shares nothing with the cache, so an edit
        to the site cannot reach the next build.
        """
        data = self.get(key)
        if data is None:
            return False
        target.write_bytes(data)
        return True

    def prune(self, keep: Iterable[str], *, slack: float = 1.0, background: bool = False) -> int:
        """Drop the entries not in ``keep``; return how many were dropped.

        Packs holding dropped entries are written again without them, or deleted; only
        packs and their indexes (and entries of the older layout: files named by a key, in
        the folder of that key) are deleted, under a root holding mmc's cache tag, never
        anything else. A pack being written is left alone. With ``slack`` 0 every stale entry
        goes. With ``slack`` > 0 nothing is done until stale entries outnumber ``slack`` times
        the live ones, or the packs are many (stale pages are often wanted again: an edit
        undone, a branch switched back), and then only small packs and packs mostly stale
        are written again (see :func:`mmc.site.cacheprune.compact`).
        """
        if not self.enabled or not self._tagged():
            return 0
        self.close()
        wanted = {bytes.fromhex(key) for key in keep if _KEY.match(key)}
        if slack > 0 and not crowded(self.root, wanted, slack):
            return 0
        if background:
            return self._prune_later(wanted, thorough=slack == 0)
        return self._prune_now(wanted, thorough=slack == 0)

    def merge(self, *, background: bool = False) -> int:
        """Merge small packs into one when the packs are many; return how many were merged.

        For a builder that cannot tell which entries are stale (``mkdocs serve --dirty``
        renders only the pages it rebuilds): every entry is kept, each checked as it is
        copied, so the packs a lookup reads stay few however many builds add one. Only packs
        no other process is writing, under a root holding mmc's cache tag, are merged and
        deleted (see :func:`mmc.site.cacheprune.merge`); with ``background`` a detached
        process does it.
        """
        if not self.enabled or not self._tagged():
            return 0
        self.close()
        if not many(self.root):
            return 0
        if background and self._detach("-", "merge"):
            return 0
        return merge(self.root, self._check)

    def _prune_now(self, wanted: set[bytes], *, thorough: bool) -> int:
        return (compact(self.root, wanted, self._check, thorough=thorough)
                + prune_legacy(self.root))

    def _check(self, key: bytes, data: bytes, mac: bytes) -> bool:
        return hmac.compare_digest(mac, self._mac(key.hex(), data))

    def _prune_later(self, wanted: set[bytes], *, thorough: bool) -> int:
        """Hand the work to a detached process (rewriting and deleting files takes time).

        A build running meanwhile may lose a cache entry it was about to reuse; it then
        renders that page again, so the race costs time, never correctness.
        """
        try:
            with tempfile.NamedTemporaryFile("w", delete=False, dir=self.root, prefix=".keep-",
                                             suffix=".txt", encoding="utf-8") as handle:
                handle.write("\n".join(sorted(key.hex() for key in wanted)))
        except OSError:
            return 0
        if self._detach(handle.name, "thorough" if thorough else "light"):
            return 0
        Path(handle.name).unlink(missing_ok=True)
        return self._prune_now(wanted, thorough=thorough)

    def _detach(self, keep: str, how: str) -> bool:
        """Start ``python -m mmc.site.cache ROOT KEEP HOW`` detached; False when it cannot."""
        try:
            subprocess.Popen(
                [sys.executable, "-m", "mmc.site.cache", str(self.root), keep, how],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError:
            return False
        return True

    def clear(self) -> None:
        """Delete every entry (and nothing else)."""
        self.prune((), slack=0)


if __name__ == "__main__":  # the detached pruner started by PageCache._detach
    _root, _how = Path(sys.argv[1]), sys.argv[3:]
    _cache = PageCache(_root)
    if _how == ["merge"]:
        if _cache.enabled and _cache._tagged():
            merge(_root, _cache._check)
    else:
        _keep = Path(sys.argv[2])
        _wanted = {bytes.fromhex(key) for key in _keep.read_text(encoding="utf-8").split()
                   if _KEY.match(key)}
        _keep.unlink(missing_ok=True)
        if _cache.enabled and _cache._tagged():
            _cache._prune_now(_wanted, thorough=_how != ["light"])
