"""Where content comes from, and which files of it may be read.

Sources are the bundled content, then installed content packs, then the directories given.
Each source holds ``muscles/``, ``exercises/``, ``drills/`` and ``pages/`` folders of
Markdown files. A file is read only when it is safe to read and to publish under its name:
inside its content directory (a link out is refused), a regular file (never a FIFO or a
device), not over the size limit, not a name Windows reserves, not a case-only twin.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from mmc.content.frontmatter import MAX_FILE_BYTES
from mmc.content.packs import select_packs
from mmc.content.problems import Collector
from mmc.errors import MmcError, Problem
from mmc.model.drill import Drill
from mmc.model.exercise import Exercise
from mmc.model.muscle import Muscle
from mmc.model.page import Page

__all__ = [
    "KINDS",
    "ContentFile",
    "ContentModel",
    "NotRegular",
    "Source",
    "TooLarge",
    "bundled_content_dir",
    "find_sources",
    "read_regular",
    "source_files",
    "unsafe_path",
]

ContentModel = Muscle | Exercise | Drill | Page

#: Sub-directory of a content directory -> (kind, model).
KINDS: dict[str, tuple[str, type[ContentModel]]] = {
    "muscles": ("muscle", Muscle),
    "exercises": ("exercise", Exercise),
    "drills": ("drill", Drill),
    "pages": ("page", Page),
}
#: One file to read: ``(kind, model, path, display)``; display is the name in messages.
ContentFile = tuple[str, type[ContentModel], Path, str]
#: Names Windows reserves for devices: a page called con.html cannot be written there.
_RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)


@dataclass(frozen=True, slots=True)
class Source:
    """A content directory and where it came from (``bundled``, a pack name, or ``path``)."""

    path: Path
    origin: str = "path"


def bundled_content_dir() -> Path:
    """The content shipped with mmc (inside the wheel, or the repository's ``content/``)."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_content"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "content"


def find_sources(
    dirs: Sequence[str | Path], bundled: bool, packs: bool | Iterable[str] | None, out: Collector
) -> list[Source]:
    """Bundled content, then installed packs (entry point name order), then ``dirs`` in order."""
    sources: list[Source] = []
    if bundled:
        sources.append(Source(bundled_content_dir(), "bundled"))
    if packs is not False:
        found, problems = select_packs(None if packs is True else packs)
        out.problems.extend(problems)
        sources.extend(Source(pack.path, pack.origin) for pack in found)
    for directory in dirs:
        if not isinstance(directory, str | os.PathLike):
            raise MmcError(f"a content directory must be a path, not {type(directory).__name__}",
                           fix="pass folders as strings or pathlib.Path objects")
        path = Path(directory)
        if any(
            path.exists() and s.path.exists() and path.resolve() == s.path.resolve()
            for s in sources
        ):
            continue
        sources.append(Source(path, "path"))
    return sources


def source_files(source: Source, out: Collector) -> Iterator[ContentFile]:
    """The Markdown files of ``source`` that may be read, kind by kind, in name order; every
    file refused is reported to ``out``."""
    base = source.path
    if not base.is_dir():
        out.problems.append(
            Problem(
                f"content directory {base} does not exist",
                file=str(base),
                fix="pass a directory holding muscles/, exercises/, drills/ or pages/",
            )
        )
        return
    root = base.resolve()
    for sub, (kind, model) in KINDS.items():
        folder = base / sub
        if not folder.is_dir():
            continue
        seen: dict[str, Path] = {}
        real_folder = folder.resolve()
        prefix = _display_prefix(folder)
        for name, link in _markdown_names(folder):
            path = folder / name
            display = prefix + name
            # Only a link needs resolving on its own: other files are in the real folder.
            resolved = path.resolve() if link else real_folder / name
            problem = unsafe_path(path, root, seen, resolved)
            if problem:
                message, fix = problem
                out.problems.append(
                    Problem(message, file=display, line=1, column=1, field="id", fix=fix)
                )
                continue
            yield kind, model, path, display


def _display_prefix(folder: Path) -> str:
    """How files of ``folder`` are named in messages: relative to the working directory
    when inside it, with a trailing separator."""
    try:
        prefix = str(folder.relative_to(Path.cwd()))
    except ValueError:
        prefix = str(folder)
    return "" if prefix == "." else prefix + os.sep


def _markdown_names(folder: Path) -> list[tuple[str, bool]]:
    """``(name, is a link)`` of the visible ``*.md`` entries of ``folder``, sorted.

    One directory read: names and link flags (what ``folder.glob("*.md")`` would list).
    """
    with os.scandir(folder) as entries:
        return sorted(
            (entry.name, entry.is_symlink())
            for entry in entries
            if entry.name.endswith(".md") and not entry.name.startswith(".")
        )


def unsafe_path(
    path: Path, root: Path, seen: dict[str, Path], resolved: Path | None = None
) -> tuple[str, str] | None:
    """Why a content file may not be read or published under its name, if it may not."""
    resolved = path.resolve() if resolved is None else resolved
    if not resolved.is_relative_to(root):
        return (
            f"file links outside the content directory (to {resolved})",
            "copy the file into the content directory instead of linking to it",
        )
    stem = path.name.removesuffix(".md")
    if stem.split(".")[0].lower() in _RESERVED_NAMES:
        return (
            f"'{stem}' is a reserved file name on Windows",
            "choose another id and file name",
        )
    folded = stem.casefold()
    if folded in seen:
        return (
            f"'{path.name}' and '{seen[folded].name}' differ only in case and would clash on "
            "case-insensitive file systems",
            "rename one of them (ids are lower-case slugs)",
        )
    seen[folded] = path
    return None


class NotRegular(Exception):
    """A content path that is a FIFO, a device, a socket or a folder: never read."""


class TooLarge(Exception):
    """A content file over :data:`MAX_FILE_BYTES` (its size in bytes)."""


def read_regular(path: Path) -> bytes:
    """The bytes of the regular file at ``path``.

    Opened without blocking and checked on the open file: a FIFO named ``x.md`` would
    otherwise wait forever for a writer, and a device would be read without end.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
    except OSError:
        os.close(fd)
        raise
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISDIR, "a folder"),
                 (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                 (stat.S_ISBLK, "a device"))
        raise NotRegular(next((name for test, name in kinds if test(st.st_mode)),
                              "a special file"))
    with open(fd, "rb", closefd=True) as handle:
        if st.st_size > MAX_FILE_BYTES:
            raise TooLarge(st.st_size)
        return handle.read(MAX_FILE_BYTES + 1)
