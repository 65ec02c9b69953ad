"""A content-hash cache of rendered pages.

A page's key hashes the code fingerprint, its path, its template and every piece of data its
template reads. Same key, same bytes: so a page whose key is in the cache is copied, not
rendered. Editing one exercise changes the keys of the few pages that show it and no others.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel

__all__ = ["PageCache", "item_digest", "page_key"]


_DIGESTS: dict[int, tuple[Any, str]] = {}


def item_digest(value: Any) -> str:
    """The hash of an item (a pydantic model) or a read-only summary, once per object.

    The same exercise (or its summary) appears in hundreds of page contexts; a key holds its
    digest instead of the whole item. Keyed by identity, holding the object so that its id
    cannot be reused while the entry lives; only immutable objects come here.
    """
    found = _DIGESTS.get(id(value))
    if found is None or found[0] is not value:
        if len(_DIGESTS) > 100_000:
            _DIGESTS.clear()
        if isinstance(value, BaseModel):
            text = type(value).__qualname__ + "\0" + value.model_dump_json()
        else:
            text = "mapping\0" + json.dumps(dict(value), sort_keys=True, default=_plain,
                                            separators=(",", ":"))
        found = _DIGESTS[id(value)] = (value, hashlib.sha256(text.encode("utf-8")).hexdigest())
    return found[1]


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel | MappingProxyType):
        return item_digest(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, Path):
        return value.as_posix()
    return str(value)


def page_key(fingerprint: str, path: str, template: str, context: Mapping[str, Any]) -> str:
    """The hash that decides whether a page must be rendered again."""
    text = json.dumps(context, sort_keys=True, default=_plain, separators=(",", ":"))
    digest = hashlib.sha256()
    for part in (fingerprint, path, template, text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


class PageCache:
    """Rendered pages stored by key under ``root`` (``.mmc-cache/pages``)."""

    def __init__(self, root: Path, *, enabled: bool = True) -> None:
        self.root = root
        self.enabled = enabled
        self.touched: set[str] = set()
        """Keys read or written by this object (what a build used, for pruning)."""
        self._folders: set[Path] = set()

    def _blob(self, key: str) -> Path:
        return self.root / key[:2] / key

    def get(self, key: str) -> bytes | None:
        """The bytes stored for ``key``, or None."""
        if not self.enabled:
            return None
        self.touched.add(key)
        try:
            return self._blob(key).read_bytes()
        except OSError:
            return None

    def put(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key`` (written to a temporary name, then renamed)."""
        if not self.enabled:
            return
        self.touched.add(key)
        blob = self._folder(key) / key
        tmp = blob.with_name(f"{blob.name}.{os.getpid()}.tmp")
        try:
            tmp.write_bytes(data)
        except FileNotFoundError:  # a pruner of an earlier build removed the emptied folder
            self._folder(key, again=True)
            tmp.write_bytes(data)
        os.replace(tmp, blob)

    def adopt(self, key: str, path: Path) -> None:
        """Store the complete file at ``path`` under ``key`` by linking it (else copying).

        A link is atomic, so the entry holds the whole file or nothing, without writing
        the bytes twice.
        """
        if not self.enabled:
            return
        self.touched.add(key)
        for again in (False, True):  # again: a pruner removed the emptied folder (see put)
            try:
                os.link(path, self._folder(key, again=again) / key)
                return
            except FileExistsError:
                return
            except FileNotFoundError:
                continue
            except OSError:  # another file system, or links not supported
                break
        self.put(key, path.read_bytes())

    def _folder(self, key: str, *, again: bool = False) -> Path:
        """The folder of ``key``'s entry, made once per build (or ``again`` when it went)."""
        folder = self.root / key[:2]
        if again or folder not in self._folders:
            folder.mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)
        return folder

    def place(self, key: str, target: Path) -> bool:
        """Put the bytes stored for ``key`` at ``target``; False when there are none.

        A hard link when possible: no bytes are copied, and deleting the previous site later
        frees no blocks (the cache still holds them), which is what makes a warm build cheap.
        """
        if not self.enabled:
            return False
        blob = self._blob(key)
        try:
            os.link(blob, target)
            return True
        except FileNotFoundError:
            return False
        except OSError:  # another file system, or links not supported: copy
            try:
                shutil.copyfile(blob, target)
            except OSError:
                return False
            return True

    def prune(self, keep: Iterable[str], *, slack: float = 1.0, background: bool = False) -> int:
        """Delete every entry not in ``keep``; return how many were deleted.

        With ``slack`` > 0 nothing is deleted until stale entries outnumber ``slack`` times
        the live ones: deleting files is slow on some file systems, and stale pages are
        often wanted again (an edit undone, a branch switched back).
        """
        if not self.enabled or not self.root.is_dir():
            return 0
        wanted = set(keep)
        if slack > 0:
            stored = sum(len(os.listdir(f)) for f in self.root.iterdir() if f.is_dir())
            if stored - len(wanted) <= slack * len(wanted):
                return 0
        if background:
            return self._prune_later(wanted)
        removed = 0
        for folder in self.root.iterdir():
            if not folder.is_dir():
                continue
            for blob in folder.iterdir():
                if blob.name not in wanted:
                    blob.unlink(missing_ok=True)
                    removed += 1
            if not any(folder.iterdir()):
                folder.rmdir()
        return removed

    def _prune_later(self, wanted: set[str]) -> int:
        """Hand the deletion to a detached process (deleting is slow on some file systems).

        A build running meanwhile may lose a cache entry it was about to reuse; it then
        renders that page again, so the race costs time, never correctness.
        """
        import subprocess
        import sys
        import tempfile

        with tempfile.NamedTemporaryFile("w", delete=False, dir=self.root, prefix=".keep-",
                                         suffix=".txt", encoding="utf-8") as handle:
            handle.write("\n".join(sorted(wanted)))
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
        shutil.rmtree(self.root, ignore_errors=True)


if __name__ == "__main__":  # the detached pruner started by PageCache._prune_later
    import sys

    _root, _keep = Path(sys.argv[1]), Path(sys.argv[2])
    _wanted = set(_keep.read_text(encoding="utf-8").split())
    _keep.unlink(missing_ok=True)
    PageCache(_root).prune(_wanted, slack=0)
