"""Writing a site safely: a refusal of dangerous outputs, a lock, a temporary directory,
and an atomic swap.

Only a directory that is absent, empty, or holds the marker file :data:`MARKER` (which every
build writes) is ever replaced, and never one that is or contains the project, a content
directory, the config's directory, the home directory or a file system root
(:func:`check_output`). An output that is a symbolic link to a directory is built through:
the directory it points to is replaced, atomically, and the link is left as it is.

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
from collections.abc import Iterable, Iterator
from pathlib import Path

from mmc.errors import ContentErrors, MmcError, Problem

__all__ = [
    "MANIFEST",
    "MARKER",
    "build_lock",
    "check_output",
    "copy_static",
    "foreign_files",
    "recover",
    "staging_dir",
    "swap_in",
    "write_manifest",
]

#: The file every build writes at the top of the site: only a directory holding it (or an
#: empty or absent one) is replaced by the next build.
MARKER = ".mmc-site"
MARKER_TEXT = (
    b"This directory was written by 'mmc build', which replaces all of it on the next build.\n"
    b"Keep nothing else here: mmc refuses to build into a directory without this file.\n"
)

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
    if path.is_symlink():  # never followed: only mmc's own directories are deleted
        return
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
    if _is_ours(old) and not out.exists() and not out.is_symlink():
        os.replace(old, out)
    elif _is_ours(old):
        shutil.rmtree(old, ignore_errors=True)
    for pattern in (f".{out.name}.tmp-*", f".{out.name}.trash-*"):
        for stale in out.parent.glob(pattern):
            if _is_ours(stale):
                discard(stale)


def _is_ours(path: Path) -> bool:
    """A real directory (not a link) that mmc wrote: it holds the marker, or nothing."""
    if path.is_symlink() or not path.is_dir():
        return False
    marker = path / MARKER
    if marker.is_file() and not marker.is_symlink():
        return True
    try:
        return not any(path.iterdir())
    except OSError:
        return False


def _umask() -> int:
    """The process's umask, read without changing it where Linux allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # pragma: no cover - not Linux
    os.umask(mask)  # pragma: no cover
    return mask  # pragma: no cover


def check_output(
    out: Path, *, protected: Iterable[tuple[str, Path]] = (), home: Path | None = None
) -> Path:
    """The directory a build may replace for ``out``, or an :class:`MmcError` saying why not.

    ``protected`` are ``(what, path)`` pairs (the project, content and config directories)
    that the output may neither be nor contain; the home directory ``home`` (default: the
    user's) and every file system root are always protected. A link to a directory is
    followed: the directory it points to is returned and checked.
    """
    out = Path(os.path.abspath(out))
    shown = str(out)
    target = out
    if out.is_symlink():
        real = out.resolve()
        if not real.exists():
            raise MmcError(
                f"output {shown} is a link to {real}, which does not exist",
                file=out,
                fix=f"create the directory {real}, or remove the link",
            )
        target = real
    real = target.resolve()
    if real.exists() and not real.is_dir():
        raise MmcError(f"output {shown} exists and is not a directory", file=out,
                       fix="choose another --out, or move the file away")
    guarded = [*protected, ("home directory", home if home is not None else Path.home())]
    if real.parent == real or real == Path(real.anchor):
        raise MmcError(f"output {shown} is a file system root", file=out,
                       fix="build into a folder of its own, such as site/ in the project")
    dangers: list[tuple[str, Path]] = []
    for what, path in guarded:
        try:
            dangers.append((what, Path(os.path.abspath(path)).resolve()))
        except (OSError, RuntimeError):
            continue
    # What the output is, named before what it contains.
    for what, danger in sorted(dangers, key=lambda pair: pair[1] != real):
        if danger == real or danger.is_relative_to(real):
            verb = "is" if danger == real else "contains"
            raise MmcError(
                f"output {shown} {verb} the {what} {danger}; a build replaces all of its output",
                file=out,
                fix="build into a folder of its own, such as site/ in the project "
                "(--out site, or out = \"site\" in mmc.toml)",
            )
    folder = real.parent
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise MmcError(
            f"cannot write in {folder}, where the new site of {shown} is prepared: a build "
            "writes the whole site next to the output and then swaps it in",
            file=out,
            fix=f"make {folder} writable for you, or build into a folder you own",
        )
    if real.is_dir() and not _is_ours(real):
        raise MmcError(
            f"output {shown} is not empty and was not written by mmc (it has no {MARKER} "
            "file); a build replaces all of its output",
            file=out,
            fix="build into a new or empty folder (--out site), or move this folder's files "
            "away yourself",
        )
    return target


def staging_dir(out: Path) -> Path:
    """A new directory next to ``out`` (same file system, so renames are atomic).

    It holds only the :data:`MARKER` file, and gets the mode a new directory gets under the
    umask (``mkdtemp`` alone would make it private, unreadable to a web server).
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    os.chmod(staged, 0o777 & ~_umask())
    (staged / MARKER).write_bytes(MARKER_TEXT)
    return staged


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
        if _is_ours(old):
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
            import fcntl  # here: POSIX only, and a build elsewhere runs without the lock

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


#: The list of files a build wrote (one relative path a line), next to :data:`MARKER`: the
#: next build tells the files someone else put in the site from its own.
MANIFEST = ".mmc-files"
#: Files an operating system leaves in folders: never copied from the static folder.
_STATIC_SKIPPED = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".git"})


def _files(root: Path) -> list[str]:
    """Relative paths (with ``/``) of the files under ``root``, links not followed, sorted.

    A link is listed, never walked into. The kind of each entry comes with the directory
    listing, so a site of a thousand folders is walked without a ``stat`` call per folder
    (``os.walk`` makes two, its own and the link check).
    """
    found: list[str] = []
    folders = [(str(root), "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append((entry.path, f"{prefix}{entry.name}/"))
                    else:
                        found.append(prefix + entry.name)
        except OSError:  # unreadable, or gone meanwhile: skipped, as os.walk does
            continue
    return sorted(found)


def copy_static(static: Path, staged: Path, out: Path | None = None) -> int:
    """Copy the files of the project's ``static`` folder into the new site ``staged``, as
    they are; return how many. Nothing is copied, and an error lists every clash, when a
    file would replace a file or folder the build wrote (a page, an asset, the search index)."""
    if not static.exists():
        return 0
    if not static.is_dir():
        raise MmcError(f"static folder {static} is not a folder", file=static,
                       fix="make it a folder of files to copy into the site, or set "
                       "'static' in mmc.toml to another folder")
    root = static.resolve()
    if out is not None and (out.resolve() == root or out.resolve().is_relative_to(root)):
        raise MmcError(
            f"the static folder {static} contains the output {out}: its files are copied "
            "into the site", file=static,
            fix="set 'static' in mmc.toml to a folder of its own, such as static/")
    problems: list[Problem] = []
    copies: list[tuple[Path, Path, str]] = []
    for rel in _files(static):
        parts = rel.split("/")
        if any(part in _STATIC_SKIPPED for part in parts):
            continue
        source = static / rel
        shown = f"{static.name}/{rel}"
        real = source.resolve()
        if not real.is_relative_to(root) or not real.is_file():
            problems.append(Problem(
                f"{shown} is a link to {real}, outside the static folder or not a file",
                file=str(source), fix="copy the file into the static folder instead"))
            continue
        target = staged / rel
        # The file itself, or a folder of its path, is a file the build wrote.
        clash = target if target.exists() or parts[0] in (MARKER, MANIFEST) else next(
            (p for p in target.parents
             if p != staged and p.is_relative_to(staged) and p.is_file()), None)
        if clash is not None:
            what = clash.relative_to(staged).as_posix()
            problems.append(Problem(
                f"{shown} would replace '{what}', which mmc writes into the site",
                file=str(source),
                fix=f"rename or move {shown}: static files are added to the site, they cannot "
                "replace its pages, assets or search index (an exercise's page comes from "
                "content/exercises/)"))
            continue
        copies.append((real, target, rel))
    if problems:
        raise ContentErrors(problems)
    for real, target, _ in copies:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(real, target)
    return len(copies)


def write_manifest(staged: Path) -> None:
    """List the files of the new site in its :data:`MANIFEST`."""
    names = [name for name in _files(staged) if name not in (MARKER, MANIFEST)]
    (staged / MANIFEST).write_text("".join(f"{name}\n" for name in names), encoding="utf-8")


def foreign_files(out: Path, staged: Path) -> list[str]:
    """Files of the site at ``out`` (about to be replaced) that no build wrote.

    The files its :data:`MANIFEST` does not list; for a site written before builds kept a
    manifest, the files the new site ``staged`` does not have.
    """
    if out.is_symlink() or not out.is_dir() or not (out / MARKER).is_file():
        return []
    try:
        old = [name for name in _files(out) if name not in (MARKER, MANIFEST)]
        listed = out / MANIFEST
        if listed.is_file() and not listed.is_symlink():
            known = set(listed.read_text(encoding="utf-8").splitlines())
        else:
            known = set(_files(staged))
    except (OSError, UnicodeDecodeError):
        return []
    return [name for name in old if name not in known]
