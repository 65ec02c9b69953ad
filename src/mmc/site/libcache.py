"""Parsed content files, kept between builds while a file and the loader's code are unchanged.

Reading and validating a thousand Markdown files takes most of a rebuild after a one-file
edit; unpickling the validated models takes a few milliseconds. So the build keeps every
cleanly parsed file under its path, size, times and inode, and the loader reads only the
files that changed; references between items are checked again on every build. The whole
store is keyed on the loader's and models' code, and is dropped when any of it changes.

The pickle lives in the project's cache directory, which a cloned repository could bring
along: so it is signed with a secret kept in the user's own cache directory, and a file
without a valid signature is ignored, never unpickled.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mmc._version import __version__
from mmc.content.store import ParseStore
from mmc.model.library import Library
from mmc.site.cache import cache_secret
from mmc.site.pool import fork_map, workers

__all__ = ["Remembered", "cached_library"]

_FORMAT = b"mmc-parsed-files-1"
_DIGEST = 32


def _code_key() -> bytes:
    """The digest of the code that turns files into models."""
    digest = hashlib.sha256(_FORMAT)
    digest.update(f"{sys.version}\0{__version__}\0".encode())
    code = Path(__file__).resolve().parent.parent
    for path in [code / "errors.py",
                 *sorted((code / "content").rglob("*.py")),
                 *sorted((code / "model").rglob("*.py"))]:
        st = os.stat(path)
        digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\n".encode())
    return digest.digest()


def _parse_chunk(files: list[Any], indices: list[int]) -> list[Any]:
    found = (ParseStore.parse(files[i]) for i in indices)
    return [entry for entry in found if entry is not None]


def _parse_ahead(store: ParseStore, files: list[Any]) -> None:
    """Parse the files ``store`` lacks on every core (forked workers), into ``store``.

    The loader then finds them there; a file with a problem is left for the loader, which
    reports it.
    """
    missing = [i for i, file in enumerate(files) if not store.knows(file)]
    count = workers(len(missing) // 4)
    if count < 2:
        return
    size = max(1, len(missing) // (count * 4))
    chunks = [missing[i:i + size] for i in range(0, len(missing), size)]
    for entries in fork_map(_parse_chunk, files, chunks, count):
        store.add(entries)


def cached_library(
    cache_dir: Path,
    load: Callable[[ParseStore | None], Library],
    files: Callable[[], list[Any]] | None = None,
    *,
    memory: Remembered | None = None,
) -> Library:
    """``load(store)``, reading again only the content files changed since the last call.

    ``load`` passes the :class:`~mmc.content.store.ParseStore` it is given to the loader
    (``load_library(..., store=store)``). ``files()`` lists the files ``load`` reads (see
    :func:`mmc.content.loader.content_files`): those not in the store are parsed ahead on
    every core. ``memory`` is what this process kept from its last call, if it keeps any
    (see :class:`Remembered`).
    """
    try:
        key = _code_key()
        secret = cache_secret()
    except OSError:
        return load(None)
    if secret is None:
        return load(None)
    path = cache_dir / "parsed.pickle"
    entries = memory.recall(path, key) if memory is not None else None
    if entries is None:
        entries = _read_store(path, key, secret)
    store = ParseStore(entries)
    known = set(store.entries)
    if files is not None and not store.entries:  # a first build: no file is known yet
        _parse_ahead(store, files())
    lib = load(store)
    entries = store.entries
    if store.used != known:  # files added, changed or gone: keep exactly the ones this build read
        entries = store.used_entries()
        payload = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
        mac = hmac.new(secret, key + payload, hashlib.sha256).digest()
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(mac + key + payload)
            os.replace(tmp, path)
        except OSError:
            pass
    if memory is not None:
        memory.keep(path, key, entries)
    return lib


@dataclass(slots=True)
class Remembered:
    """The entries a process last read or wrote, with the stat of their file then.

    A process that builds again (``mmc serve``) hands the same object to every build: it
    reuses the entries instead of unpickling the file it wrote itself, and so keeps the same
    item objects, whose digests it has already computed.
    """

    path: str = ""
    stamp: tuple[int, ...] | None = None
    key: bytes = b""
    entries: dict[Any, Any] = field(default_factory=dict)

    def recall(self, path: Path, key: bytes) -> dict[Any, Any] | None:
        if self.path != str(path) or self.key != key or self.stamp is None:
            return None
        return self.entries if self.stamp == _stamp(path) else None

    def keep(self, path: Path, key: bytes, entries: dict[Any, Any]) -> None:
        self.path, self.stamp, self.key, self.entries = str(path), _stamp(path), key, entries


def _stamp(path: Path) -> tuple[int, ...] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _read_store(path: Path, key: bytes, secret: bytes) -> dict[Any, Any]:
    """The parsed files stored at ``path``, if written by this code with this user's key."""
    try:
        blob = path.read_bytes()
    except OSError:
        blob = b""
    mac, stored_key, payload = blob[:_DIGEST], blob[_DIGEST:2 * _DIGEST], blob[2 * _DIGEST:]
    if stored_key == key and hmac.compare_digest(
        mac, hmac.new(secret, key + payload, hashlib.sha256).digest()
    ):
        try:
            found = pickle.loads(payload)
        except Exception:  # an unreadable cache is only a slower build
            found = None
        if isinstance(found, dict):
            return found
    return {}
