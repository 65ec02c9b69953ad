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
from pathlib import Path
from typing import Any

from mmc.model.library import Library

__all__ = ["cached_library"]

_FORMAT = b"mmc-parsed-files-1"
_DIGEST = 32


def _secret() -> bytes | None:
    """A random per-user key (created on first use); None when it cannot be kept."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "mmc" / "cache-secret"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            data = path.read_bytes()
        except OSError:
            return None
        else:
            data = os.urandom(_DIGEST)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
    except OSError:
        return None
    return data if len(data) == _DIGEST else None


def _code_key() -> bytes:
    """The digest of the code that turns files into models."""
    from mmc._version import __version__

    digest = hashlib.sha256(_FORMAT)
    digest.update(f"{sys.version}\0{__version__}\0".encode())
    code = Path(__file__).resolve().parent.parent
    for path in [code / "errors.py",
                 *sorted((code / "content").rglob("*.py")),
                 *sorted((code / "model").rglob("*.py"))]:
        st = os.stat(path)
        digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\n".encode())
    return digest.digest()


def cached_library(cache_dir: Path, load: Callable[[], Library]) -> Library:
    """``load()``, reading again only the content files changed since the last call."""
    from mmc.content.loader import remember_parsed

    try:
        key = _code_key()
        secret = _secret()
    except OSError:
        return load()
    if secret is None:
        return load()
    path = cache_dir / "parsed.pickle"
    try:
        blob = path.read_bytes()
    except OSError:
        blob = b""
    mac, stored_key, payload = blob[:_DIGEST], blob[_DIGEST:2 * _DIGEST], blob[2 * _DIGEST:]
    store: dict[Any, Any] = {}
    if stored_key == key and hmac.compare_digest(
        mac, hmac.new(secret, key + payload, hashlib.sha256).digest()
    ):
        try:
            found = pickle.loads(payload)
        except Exception:  # an unreadable cache is only a slower build
            found = None
        if isinstance(found, dict):
            store = found
    known = set(store)
    with remember_parsed(store) as used:
        lib = load()
    if used != known:  # files added, changed or gone: keep exactly the ones this build read
        keep = {k: store[k] for k in used}
        payload = pickle.dumps(keep, protocol=pickle.HIGHEST_PROTOCOL)
        mac = hmac.new(secret, key + payload, hashlib.sha256).digest()
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(mac + key + payload)
            os.replace(tmp, path)
        except OSError:
            pass
    return lib
