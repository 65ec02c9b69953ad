"""A content-hash cache of rendered pages.

A page's key hashes the code fingerprint, its path, its template and every piece of data its
template reads. Same key, same bytes: so a page whose key is in the cache is copied, not
rendered. Editing one exercise changes the keys of the few pages that show it and no others.

The cache lives in the user's own cache directory (``$XDG_CACHE_HOME/mmc``, else
``~/.cache/mmc``), one folder per project, never in the project, where a repository could
ship one. Every entry is signed with a per-user secret and checked before it is used: a
damaged, cut short or edited entry is rendered again. Pages are copied out of the cache, never
linked, so an edit to the published site cannot reach the cache. The pruner deletes only
entries: files named by a key, in the folder of that key, under a cache folder that holds
mmc's cache tag.
"""

from __future__ import annotations

import contextlib
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

__all__ = [
    "Digests",
    "PageCache",
    "Summary",
    "cache_secret",
    "project_cache",
]

_MAGIC = b"mmc-entry-1\n"
_MAC = 32
#: The tag of a cache folder (https://bford.info/cachedir/): backup tools skip the folder,
#: and the pruner works only in a folder that holds it, with mmc's line.
_TAG_NAME = "CACHEDIR.TAG"
_TAG = (b"Signature: 8a477f597d28d172789f06886806bc55\n"
        b"# A cache of pages rendered by mmc. Deleting this folder only slows the next build.\n")
#: What the pruner may delete: an entry, or the temporary file of one being written.
_ENTRY = re.compile(r"^([0-9a-f]{64})(?:\.[0-9]+\.tmp)?$")
_FOLDER = re.compile(r"^[0-9a-f]{2}$")


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
        self._folders: set[Path] = set()

    def _blob(self, key: str) -> Path:
        return self.root / key[:2] / key

    def _mac(self, key: str, data: bytes) -> bytes:
        assert self._secret is not None
        return hmac.digest(self._secret, key.encode("ascii", "replace") + b"\0" + data,
                           "sha256")

    def get(self, key: str) -> bytes | None:
        """The bytes stored for ``key`` if the entry is whole and signed by this user, else
        None (and the caller renders them again)."""
        if not self.enabled:
            return None
        self.touched.add(key)
        try:
            blob = self._blob(key).read_bytes()
        except OSError:
            return None
        head = len(_MAGIC) + _MAC
        if len(blob) < head or not blob.startswith(_MAGIC):
            return None
        data = blob[head:]
        if not hmac.compare_digest(blob[len(_MAGIC):head], self._mac(key, data)):
            return None
        return data

    def put(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key`` (a temporary file, then renamed: whole or absent).

        A cache that cannot be written (a full disk, a read-only folder) only makes the
        next build slower: nothing is raised.
        """
        if not self.enabled or not _ENTRY.match(key):
            return
        self.touched.add(key)
        payload = _MAGIC + self._mac(key, data) + data
        tmp: Path | None = None
        for again in (False, True):  # again: a pruner removed the emptied folder meanwhile
            try:
                blob = self._folder(key, again=again) / key
                tmp = blob.with_name(f"{blob.name}.{os.getpid()}.tmp")
                tmp.write_bytes(payload)
                os.replace(tmp, blob)
                return
            except FileNotFoundError:
                continue
            except OSError:
                break
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)

    def _folder(self, key: str, *, again: bool = False) -> Path:
        """The folder of ``key``'s entry, made once per build (or ``again`` when it went)."""
        folder = self.root / key[:2]
        if again or folder not in self._folders:
            if not self._tagged():
                self.root.mkdir(parents=True, exist_ok=True)
                tag = self.root / _TAG_NAME
                tmp = tag.with_name(f"{_TAG_NAME}.{os.getpid()}.tmp")
                tmp.write_bytes(_TAG)
                os.replace(tmp, tag)
            folder.mkdir(exist_ok=True)
            self._folders.add(folder)
        return folder

    def _tagged(self) -> bool:
        """Whether ``root`` holds mmc's cache tag (the pruner's licence to delete entries)."""
        try:
            return (self.root / _TAG_NAME).read_bytes() == _TAG
        except OSError:
            return False

    def place(self, key: str, target: Path) -> bool:
        """Write the bytes stored for ``key`` to ``target``; False when there are none.

        A copy, never a link: the published file shares nothing with the cache, so an edit
        to the site cannot reach the next build. The entry is read whole to be checked, so
        writing it out is the only cost a link would have saved.
        """
        data = self.get(key)
        if data is None:
            return False
        target.write_bytes(data)
        return True

    def prune(self, keep: Iterable[str], *, slack: float = 1.0, background: bool = False) -> int:
        """Delete every entry not in ``keep``; return how many were deleted.

        Only entries are deleted (files named by a key, in the folder of that key, under a
        root holding mmc's cache tag), and the folders they emptied: nothing else, whatever
        else is there. With ``slack`` > 0 nothing is deleted until stale entries outnumber
        ``slack`` times the live ones: deleting files is slow on some file systems, and stale
        pages are often wanted again (an edit undone, a branch switched back).
        """
        if not self.enabled or not self._tagged():
            return 0
        wanted = set(keep)
        folders = self._entry_folders()
        if slack > 0:
            stored = sum(len(entries) for _, entries in folders)
            if stored - len(wanted) <= slack * len(wanted):
                return 0
        if background:
            return self._prune_later(wanted)
        removed = 0
        for folder, entries in folders:
            for name in entries:
                match = _ENTRY.match(name)
                if match and match.group(1)[:2] == folder.name and name not in wanted:
                    try:
                        (folder / name).unlink()
                    except OSError:  # gone already, or a folder of that name: not an entry
                        continue
                    removed += 1
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty: never anything it did not write
        return removed

    def _entry_folders(self) -> list[tuple[Path, list[str]]]:
        """The key folders under ``root`` (real folders, not links) and the names in each."""
        found = []
        try:
            with os.scandir(self.root) as entries:
                folders = [e for e in entries
                           if _FOLDER.match(e.name) and e.is_dir(follow_symlinks=False)]
        except OSError:
            return []
        for entry in sorted(folders, key=lambda e: e.name):
            try:
                found.append((Path(entry.path), os.listdir(entry.path)))
            except OSError:
                continue
        return found

    def _prune_later(self, wanted: set[str]) -> int:
        """Hand the deletion to a detached process (deleting is slow on some file systems).

        A build running meanwhile may lose a cache entry it was about to reuse; it then
        renders that page again, so the race costs time, never correctness.
        """
        try:
            with tempfile.NamedTemporaryFile("w", delete=False, dir=self.root, prefix=".keep-",
                                             suffix=".txt", encoding="utf-8") as handle:
                handle.write("\n".join(sorted(wanted)))
        except OSError:
            return 0
        try:
            subprocess.Popen(
                [sys.executable, "-m", "mmc.site.cache", str(self.root), handle.name],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError:
            Path(handle.name).unlink(missing_ok=True)
            return self.prune(wanted, slack=0)
        return 0

    def clear(self) -> None:
        """Delete every entry (and nothing else)."""
        self.prune((), slack=0)


if __name__ == "__main__":  # the detached pruner started by PageCache._prune_later
    _root, _keep = Path(sys.argv[1]), Path(sys.argv[2])
    _wanted = set(_keep.read_text(encoding="utf-8").split())
    _keep.unlink(missing_ok=True)
    PageCache(_root).prune(_wanted, slack=0)
