"""Content packs: installed packages that add or override content, templates and CSS.

A package declares a pack with an entry point in the group ``mmc.packs``::

    [project.entry-points."mmc.packs"]
    kettlebell = "mmc_kettlebell_pack"

The entry point's object names the pack's directory in one of three ways:

- a **module or package**: its directory's ``content/`` sub-directory if there is one,
  otherwise the package directory itself;
- a **path** (``str`` or :class:`os.PathLike`), e.g. ``"mmc_kettlebell_pack:CONTENT"``; a
  relative path is taken relative to the module that defines it;
- a **callable** taking no arguments that returns such a path.

The directory holds ``muscles/``, ``exercises/``, ``drills/`` and ``pages/`` like any content
directory, and may hold ``templates/`` with Jinja templates and stylesheets that replace the
defaults of the same name (see :func:`pack_template_dirs`).

Load order (see :func:`mmc.load_library`): the bundled content, then the installed packs
sorted by entry point name (then distribution name), then the directories given. A later
source may add items; it replaces an earlier item of the same id only with ``overrides: true``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from types import ModuleType

from mmc.content.frontmatter import parse_document
from mmc.errors import ContentErrors, MmcError, Problem

__all__ = [
    "ENTRY_POINT_GROUP",
    "Pack",
    "PackContents",
    "describe_pack",
    "discover_packs",
    "installed_packs",
    "pack_template_dirs",
    "select_packs",
]

#: The entry point group a package registers its pack under.
ENTRY_POINT_GROUP = "mmc.packs"
_KIND_DIRS = {"muscles": "muscle", "exercises": "exercise", "drills": "drill", "pages": "page"}


@dataclass(frozen=True, slots=True)
class Pack:
    """An installed content pack: its entry point and the directory it contributes."""

    name: str
    path: Path
    entry_point: str
    distribution: str | None = None
    version: str | None = None

    @property
    def origin(self) -> str:
        """How the loader names this source in messages: ``pack 'kettlebell'``."""
        return f"pack '{self.name}'"

    @property
    def templates(self) -> Path | None:
        """The pack's ``templates/`` directory (templates and CSS), if it has one."""
        folder = self.path / "templates"
        return folder if folder.is_dir() else None


@dataclass(frozen=True, slots=True)
class PackContents:
    """What a pack contributes: item ids per kind, those that override, template files."""

    pack: Pack
    items: dict[str, tuple[str, ...]] = field(default_factory=dict)
    overrides: tuple[tuple[str, str], ...] = ()
    templates: tuple[str, ...] = ()

    def count(self, kind: str) -> int:
        """How many items of a kind (``exercise``) the pack holds."""
        return len(self.items.get(kind, ()))


def _entry_points() -> list[EntryPoint]:
    found = entry_points(group=ENTRY_POINT_GROUP)
    return sorted(
        found,
        key=lambda ep: (ep.name, ep.dist.name if ep.dist else "", ep.value),
    )


def _module_dir(module: ModuleType) -> Path | None:
    if module.__file__:
        return Path(module.__file__).resolve().parent
    locations = list(getattr(module, "__path__", []))
    return Path(locations[0]).resolve() if locations else None


def _resolve(ep: EntryPoint) -> Path:
    """The directory an entry point names; raises ``ValueError``/``ImportError`` if none."""
    obj = ep.load()
    if isinstance(obj, ModuleType):
        base = _module_dir(obj)
        if base is None:
            raise ValueError(f"module {obj.__name__} has no directory on disk")
        return base / "content" if (base / "content").is_dir() else base
    if callable(obj):
        obj = obj()
    if not isinstance(obj, str | os.PathLike):
        raise ValueError(
            f"{ep.value} is a {type(obj).__name__}, not a directory, a module or a callable "
            "returning a directory"
        )
    path = Path(os.fspath(obj))
    if not path.is_absolute():
        module = sys.modules.get(ep.module)
        base = _module_dir(module) if module is not None else None
        if base is not None:
            path = base / path
    return path


def discover_packs() -> tuple[list[Pack], list[Problem]]:
    """Every installed pack in load order, and a problem for each broken entry point.

    Never raises for a broken pack: :func:`mmc.check_content` reports it with the others.
    """
    packs, broken = _discover()
    return packs, [problem for _, problem in broken]


def _discover() -> tuple[list[Pack], list[tuple[str, Problem]]]:
    packs: list[Pack] = []
    problems: list[tuple[str, Problem]] = []
    for ep in _entry_points():
        dist = ep.dist.name if ep.dist else None
        version = ep.dist.version if ep.dist else None
        where = f"entry point '{ep.name} = {ep.value}' ({ENTRY_POINT_GROUP}"
        where += f", from {dist})" if dist else ")"
        try:
            path = _resolve(ep)
        except Exception as exc:  # a third-party module may fail in any way on import
            problems.append(
                (
                    ep.name,
                    Problem(
                        f"content pack cannot be loaded: {type(exc).__name__}: {exc}",
                        file=where,
                        fix=f"fix or uninstall the package{f' {dist}' if dist else ''}",
                    ),
                )
            )
            continue
        if not path.is_dir():
            problems.append(
                (
                    ep.name,
                    Problem(
                        f"content pack directory {path} does not exist",
                        file=where,
                        fix="point the entry point at a directory holding muscles/, exercises/, "
                        "drills/, pages/ or templates/",
                    ),
                )
            )
            continue
        packs.append(Pack(ep.name, path, ep.value, dist, version))
    return packs, problems


def select_packs(names: Iterable[str] | None = None) -> tuple[list[Pack], list[Problem]]:
    """The installed packs named (all of them for ``None``), in load order, and problems.

    A name that is not installed is a problem; so is a broken entry point among those chosen.
    """
    if names is not None and not isinstance(names, str):
        names = list(names)
        if not names:  # none wanted: nothing to look up
            return [], []
    packs, broken = _discover()
    if names is None:
        return packs, [problem for _, problem in broken]
    wanted = list(dict.fromkeys(names))
    chosen = [pack for pack in packs if pack.name in wanted]
    # A broken entry point of a pack nobody asked for does not matter here.
    problems = [problem for name, problem in broken if name in wanted]
    present = {pack.name for pack in packs} | {name for name, _ in broken}
    for name in wanted:
        if name not in present:
            known = ", ".join(sorted(present)) or "none"
            problems.append(
                Problem(
                    f"content pack '{name}' is not installed (installed: {known})",
                    file=f"entry point group {ENTRY_POINT_GROUP}",
                    fix=f"pip install the package that provides '{name}', or remove it from packs",
                )
            )
    return chosen, problems


def installed_packs() -> tuple[Pack, ...]:
    """Every installed content pack, in load order.

    Raises :class:`~mmc.errors.ContentErrors` if an entry point of the group is broken.
    """
    packs, problems = discover_packs()
    if problems:
        raise ContentErrors(problems)
    return tuple(packs)


def pack_template_dirs(packs: Iterable[Pack] | None = None) -> list[Path]:
    """The ``templates/`` directories of the installed packs, highest priority first.

    A pack loaded later wins over one loaded earlier, as with content. Put these before the
    default templates in a search path (Jinja's ``FileSystemLoader`` takes the first match).
    Broken packs are left out here; ``mmc check`` reports them.
    """
    chosen = list(packs) if packs is not None else discover_packs()[0]
    return [pack.templates for pack in reversed(chosen) if pack.templates is not None]


def describe_pack(pack: Pack) -> PackContents:
    """Read a pack's files (front matter only) to list what it contributes.

    Files that do not parse are left out; ``mmc check`` reports them.
    """
    items: dict[str, list[str]] = {}
    overrides: list[tuple[str, str]] = []
    for sub, kind in _KIND_DIRS.items():
        for path in sorted((pack.path / sub).glob("*.md")):
            try:
                doc = parse_document(path.read_text(encoding="utf-8"), str(path))
            except (OSError, UnicodeError, MmcError):  # reported by `mmc check`, not here
                continue
            item_id = str(doc.data.get("id", path.stem))
            items.setdefault(kind, []).append(item_id)
            if doc.data.get("overrides") is True:
                overrides.append((kind, item_id))
    templates: Sequence[str] = ()
    if pack.templates is not None:
        templates = sorted(
            p.relative_to(pack.templates).as_posix()
            for p in pack.templates.rglob("*")
            if p.is_file()
        )
    return PackContents(
        pack=pack,
        items={kind: tuple(ids) for kind, ids in items.items()},
        overrides=tuple(overrides),
        templates=tuple(templates),
    )
