"""Read content directories into a checked, immutable :class:`~mmc.model.library.Library`.

Sources are read in order: the bundled content, then installed content packs, then the
directories given. A later source may add items; it may replace an item of the same id only
when the new file says ``overrides: true``. Every problem of every file is collected; nothing
stops at the first.

The loader's steps each have a module: :mod:`.sources` (which files, and which are safe to
read), :mod:`.parsing` (one file into one item), :mod:`.problems` (the collector, and
pydantic's errors translated), :mod:`.references` and :mod:`.loops` (checks across items),
:mod:`.aliases` (names the project adds to muscles) and :mod:`.store` (the optional parse memo
a caller passes in as ``store=``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mmc.content.aliases import add_aliases
from mmc.content.loops import check_difficulty_loops, check_parent_loops
from mmc.content.parsing import read_item
from mmc.content.problems import Collector
from mmc.content.references import Item, check_references, check_visible
from mmc.content.sources import (
    KINDS,
    ContentFile,
    Source,
    bundled_content_dir,
    find_sources,
    source_files,
)
from mmc.content.store import ParseStore
from mmc.errors import ContentErrors, Problem
from mmc.model.library import Library

__all__ = [
    "CheckResult",
    "ParseStore",
    "bundled_content_dir",
    "check_content",
    "content_files",
    "load_library",
]


@dataclass(slots=True)
class CheckResult:
    """What :func:`check_content` found: the library (if it loaded) and every problem."""

    library: Library | None
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]


def content_files(
    *dirs: str | Path, bundled: bool = True, packs: bool | Iterable[str] | None = True
) -> list[ContentFile]:
    """``(kind, model, path, display)`` of the files :func:`load_library` reads, in order."""
    out = Collector()
    return [f for source in find_sources(dirs, bundled, packs, out)
            for f in source_files(source, out)]


def check_content(
    *dirs: str | Path,
    bundled: bool = True,
    packs: bool | Iterable[str] | None = True,
    store: ParseStore | None = None,
    aliases: Mapping[str, Iterable[str]] | None = None,
    aliases_file: str | None = None,
) -> CheckResult:
    """Load and check content; never raises for content problems, returns them all.

    ``bundled`` loads the content shipped with mmc first; ``packs`` then the installed content
    packs (:mod:`mmc.content.packs`): ``True`` or ``None`` all of them, ``False`` none, or the
    packs named in a list; a directory equal to an earlier source is read once. ``store``
    (a :class:`~mmc.content.store.ParseStore`) keeps parsed files for the next load; without
    it every file is read. ``aliases`` adds names to muscles without copying their files
    (muscle id -> names: the ``aliases`` setting of ``mmc.toml``, read from ``aliases_file``,
    which problems name).
    """
    out = Collector()
    items, files = _read_items(find_sources(dirs, bundled, packs, out), store, out)
    check_references(items, out, out.unvalidated)
    check_parent_loops(items["muscle"], out)
    check_difficulty_loops(items["exercise"], out)
    for group in items.values():
        for entry in group.values():
            check_visible(entry, out)
    if aliases is not None:
        add_aliases(items["muscle"], aliases, aliases_file, out)
    library = None
    if not any(not p.warning for p in out.problems):
        library = Library(
            muscles=(e.model for e in items["muscle"].values()),
            exercises=(e.model for e in items["exercise"].values()),
            drills=(e.model for e in items["drill"].values()),
            pages=(e.model for e in items["page"].values()),
            sources={
                (kind, item_id): e.doc.path
                for kind, group in items.items()
                for item_id, e in group.items()
            },
        )
    return CheckResult(library=library, problems=out.problems, files=files)


def _read_items(
    sources: list[Source], store: ParseStore | None, out: Collector
) -> tuple[dict[str, dict[str, Item]], int]:
    """Every item of ``sources`` by kind and id (a later one replaces an earlier one only
    when it says ``overrides: true``), and the number of files read."""
    items: dict[str, dict[str, Item]] = {kind: {} for kind, _ in KINDS.values()}
    files = 0
    for source in sources:
        for kind, model, path, display in source_files(source, out):
            files += 1
            if store is None:
                read = read_item(kind, model, path, display, out)
            else:
                read = store.read(kind, model, path, display, out)
            if read is None:
                continue
            item, doc = read
            existing = items[kind].get(item.id)
            if existing is not None and not item.overrides:
                out.add(
                    doc,
                    ("id",),
                    f"duplicate {kind} id '{item.id}', also defined in {existing.doc.path}"
                    + ("" if existing.origin == "path" else f" ({existing.origin})"),
                    "rename one of them, or set 'overrides: true' in the later file to replace "
                    "the earlier one"
                    + (
                        "; if your content is a copy of the bundled library, set "
                        "'bundled = false' in mmc.toml (or pass --no-bundled)"
                        if existing.origin == "bundled"
                        else ""
                    ),
                )
                continue
            items[kind][item.id] = Item(kind, item, doc, source.origin)
    return items, files


def load_library(
    *dirs: str | Path,
    bundled: bool = True,
    packs: bool | Iterable[str] | None = True,
    store: ParseStore | None = None,
    aliases: Mapping[str, Iterable[str]] | None = None,
    aliases_file: str | None = None,
) -> Library:
    """Load the bundled content, then installed packs, then each directory given.

    Later sources add items, or replace an item of the same id when the later file says
    ``overrides: true``; any other clash is an error naming both files. ``store`` and
    ``aliases`` are as for :func:`check_content`.

    Raises :class:`~mmc.errors.ContentErrors` listing every problem (file, line, column,
    field and fix) when anything is wrong.

    >>> lib = load_library()
    >>> lib.exercises["seated-cable-row"].primary[0]
    'latissimus-dorsi'
    """
    result = check_content(*dirs, bundled=bundled, packs=packs, store=store, aliases=aliases,
                           aliases_file=aliases_file)
    if result.library is None:
        raise ContentErrors(result.errors)
    return result.library
