"""Writing a site safely: a lock, a temporary directory, and an atomic swap.

The build writes everything into a fresh directory next to the output and only then swaps
it in. On Linux the swap is one ``renameat2(RENAME_EXCHANGE)`` call, so at every instant
``site/`` is either the old complete site or the new one; elsewhere two renames are used,
and a later build restores the old site if a crash fell between them.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from mmc.errors import MmcError

__all__ = ["build_lock", "recover", "staging_dir", "swap_in"]

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux only); False when not supported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _old_name(out: Path) -> Path:
    return out.with_name(f".{out.name}.old")


def _trash_name(out: Path) -> Path:
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.trash-", dir=out.parent))


def discard(path: Path, *, background: bool = True) -> None:
    """Delete a directory tree, by default in a detached process.

    Deleting thousands of files is slow on some file systems (milliseconds per file) and
    nothing waits for it: the new site is already in place. A crash leaves a
    ``.<out>.trash-*`` directory that the next build removes.
    """
    if background and path.exists():
        try:
            subprocess.Popen(
                [sys.executable, "-c", "import shutil, sys; shutil.rmtree(sys.argv[1], True)",
                 str(path)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            return
        except OSError:
            pass
    shutil.rmtree(path, ignore_errors=True)


def recover(out: Path) -> None:
    """Put back the previous site if a crash left it under its temporary old name."""
    old = _old_name(out)
    if old.is_dir() and not out.exists():
        os.replace(old, out)
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)
    for pattern in (f".{out.name}.tmp-*", f".{out.name}.trash-*"):
        for stale in out.parent.glob(pattern):
            discard(stale)


def staging_dir(out: Path) -> Path:
    """A new empty directory next to ``out`` (same file system, so renames are atomic)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))


def swap_in(staged: Path, out: Path, *, background: bool = True) -> None:
    """Make ``staged`` the output directory and delete the previous one (in the background)."""
    if out.exists() and not out.is_dir():
        raise MmcError(f"{out} exists and is not a directory", file=out,
                       fix="choose another --out or remove the file")
    if out.is_dir() and _exchange(staged, out):
        # ``staged`` now holds the previous site: rename it out of the way, delete it later.
        trash = _trash_name(out)
        os.replace(staged, trash)
        discard(trash, background=background)
        return
    old = _old_name(out)
    if out.exists():
        shutil.rmtree(old, ignore_errors=True)
        os.replace(out, old)
    os.replace(staged, out)
    shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Hold an exclusive lock for building ``out``; a second build fails with a clear error."""
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out.with_name(f".{out.name}.lock")
    handle = open(lock_path, "a+b")  # noqa: SIM115 - held for the whole block
    try:
        try:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - not POSIX
            pass
        except BlockingIOError:
            raise MmcError(
                f"another build of {out} is running",
                file=lock_path,
                fix="wait for it to finish, or build into another --out directory",
            ) from None
        yield
    finally:
        handle.close()
