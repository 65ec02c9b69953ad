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
from typing import Any

from pydantic import BaseModel

__all__ = ["PageCache", "page_key"]


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
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

    def _blob(self, key: str) -> Path:
        return self.root / key[:2] / key

    def get(self, key: str) -> bytes | None:
        """The bytes stored for ``key``, or None."""
        if not self.enabled:
            return None
        try:
            return self._blob(key).read_bytes()
        except OSError:
            return None

    def put(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key`` (written to a temporary name, then renamed)."""
        if not self.enabled:
            return
        blob = self._blob(key)
        blob.parent.mkdir(parents=True, exist_ok=True)
        tmp = blob.with_name(f"{blob.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, blob)

    def prune(self, keep: Iterable[str]) -> int:
        """Delete every entry not in ``keep``; return how many were deleted."""
        if not self.enabled or not self.root.is_dir():
            return 0
        wanted = set(keep)
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

    def clear(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
