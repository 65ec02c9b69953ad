"""One project model for every command.

A project is the folder holding ``mmc.toml`` (or a ``pyproject.toml`` with ``[tool.mmc]``),
found by walking up from the working directory as git does; without one, a folder whose
``content/`` holds the working directory, else the working directory itself. Every command
reads the same sources, in this order:

1. the bundled library (unless ``bundled = false`` or ``--no-bundled``);
2. installed content packs (``packs = [...]`` picks some, ``--no-packs`` none);
3. the project's content directories: ``content = [...]`` from the settings, by default the
   project's ``content/`` when it exists;
4. directories given on the command line (``--content DIR``).

:func:`project_sources` returns them, and :meth:`ContentSources.describe` says which were
read, for the line every command prints first.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mmc.content.sources import bundled_content_dir
from mmc.errors import ContentErrors, MmcError

if TYPE_CHECKING:
    from mmc.content.loader import CheckResult
    from mmc.content.store import ParseStore
    from mmc.model.library import Library
    from mmc.site.config import SiteConfig

__all__ = [
    "IMPORTED",
    "ContentSources",
    "check_import_target",
    "check_sources",
    "import_library",
    "open_project",
    "project_sources",
]


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it is inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel


@dataclass(frozen=True, slots=True)
class ContentSources:
    """What a command reads: the bundled library, packs, then content directories."""

    config: SiteConfig
    project_dirs: tuple[Path, ...]
    """The project's content directories (``content`` setting, default ``content/``)."""
    extra_dirs: tuple[Path, ...]
    """Directories from the command line, read last."""
    bundled: bool
    packs: bool | list[str]
    """``True`` for every installed pack, ``False`` for none, or the names to load."""

    @property
    def dirs(self) -> tuple[Path, ...]:
        return (*self.project_dirs, *self.extra_dirs)

    def loader_args(self) -> tuple[tuple[Path, ...], bool, bool | list[str]]:
        """``(dirs, bundled, packs)`` for :func:`~mmc.content.loader.check_content`.

        Without the bundled library, the project's content is the library: it is read in
        the bundled library's place, before the packs (which may override its items, as
        they would the bundled ones).
        """
        if self.bundled or self.packs is False or not self.project_dirs:
            return self.dirs, self.bundled, self.packs
        from mmc.content.packs import select_packs

        found, problems = select_packs(None if self.packs is True else self.packs)
        if problems:  # the loader reports them, with the usual order
            return self.dirs, self.bundled, self.packs
        return (*self.project_dirs, *(p.path for p in found), *self.extra_dirs), False, False

    def order(self) -> list[str]:
        """What is read, in order, for people: ``the bundled library``, ``pack 'x'``, ``content/``."""
        packs: list[str] = []
        if self.packs is not False:
            from mmc.content.packs import select_packs

            found, _ = select_packs(None if self.packs is True else self.packs)
            packs = [f"pack '{pack.name}'" for pack in found]
        project = [_shown(path) + "/" for path in self.project_dirs]
        extra = [_shown(path) + "/" for path in self.extra_dirs]
        if self.bundled:
            return ["the bundled library", *packs, *project, *extra]
        return [*project, *packs, *extra]

    def check(self) -> CheckResult:
        """Load and check the sources; every problem, never an exception for content."""
        from mmc.content.loader import check_content

        dirs, bundled, packs = self.loader_args()
        return check_content(*dirs, bundled=bundled, packs=packs, aliases=self.config.aliases,
                             aliases_file=self.config.config_file)

    def load(self, store: ParseStore | None = None) -> Library:
        """The library (raises :class:`~mmc.errors.ContentErrors` listing every problem),
        read through ``store`` (a parse memo) when one is given."""
        from mmc.content.loader import load_library

        dirs, bundled, packs = self.loader_args()
        return load_library(*dirs, bundled=bundled, packs=packs, store=store,
                            aliases=self.config.aliases, aliases_file=self.config.config_file)

    def files(self) -> list[Any]:
        """The files :meth:`load` reads, in the same order (for the build's cache key)."""
        from mmc.content.loader import content_files

        dirs, bundled, packs = self.loader_args()
        return content_files(*dirs, bundled=bundled, packs=packs)

    def describe(self) -> str:
        """One line: the project and every source read, in order."""
        config_file = self.config.config_file
        where = f"project {_shown(Path(self.config.root))}"
        where += f" ({Path(config_file).name})" if config_file else " (no mmc.toml)"
        read = self.order()
        return f"mmc: {where}; reading {', '.join(read) if read else 'nothing'}"


def project_sources(config: SiteConfig, extra: Iterable[str | Path] = ()) -> ContentSources:
    """The sources of the project ``config`` describes, then the ``extra`` directories."""
    seen: set[Path] = set()

    def unique(paths: Iterable[Path]) -> tuple[Path, ...]:
        kept = []
        for path in paths:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                kept.append(path)
        return tuple(kept)

    project = unique(config.content_dirs)
    others = unique(Path(p) for p in extra)
    packs: bool | list[str] = True if config.packs is None else list(config.packs)
    if packs == []:
        packs = False
    return ContentSources(config=config, project_dirs=project, extra_dirs=others,
                          bundled=config.bundled, packs=packs)


def open_project(
    config_path: Path | None, no_bundled: bool = False, no_packs: bool = False,
    *, start: Path | None = None, **overrides: Any,
) -> SiteConfig:
    """The settings of the project a command runs in, with its command-line overrides."""
    from mmc.site.config import load_config

    return load_config(
        config_path,
        cwd=start,
        bundled=False if no_bundled else None,
        packs=[] if no_packs else None,
        **overrides,
    )


def check_sources(paths: Sequence[Path], config_path: Path | None = None,
                  no_bundled: bool = False, no_packs: bool = False) -> ContentSources:
    """The sources ``mmc check PATH...`` reads: the project around the first PATH, plus each
    content folder a PATH is, or holds a kind folder or file of."""
    from mmc.content.sources import KINDS
    from mmc.site.config import SiteConfig, find_config

    extra: list[Path] = []
    start: Path | None = None
    standalone: Path | None = None  # a folder holding content/ but no settings: its root
    for path in paths:
        if not path.exists():
            raise MmcError(
                f"{path} does not exist",
                file=path,
                fix="pass a project folder, a content folder (holding exercises/, muscles/, "
                "drills/ or pages/), one of those folders, or one .md file",
            )
        if path.is_file():
            if path.suffix != ".md" or path.parent.name not in KINDS:
                raise MmcError(
                    f"{path} is not a content file",
                    file=path,
                    fix="content files are .md files in a muscles/, exercises/, drills/ or "
                    "pages/ folder of a content folder",
                )
            folder = path.parent.parent
        elif path.name in KINDS and not any((path / kind).is_dir() for kind in KINDS):
            folder = path.parent
        elif find_config(path) is not None or (
            (path / "content").is_dir() and not any((path / kind).is_dir() for kind in KINDS)
        ):
            if start is None and find_config(path) is None:
                standalone = path
            start = start or path
            continue
        else:
            folder = path
        extra.append(folder)
        start = start or folder
    if standalone is not None and config_path is None:
        overrides: dict[str, Any] = {"root": str(standalone.resolve())}
        if no_bundled:
            overrides["bundled"] = False
        if no_packs:
            overrides["packs"] = []
        config = SiteConfig(**overrides)
    else:
        config = open_project(config_path, no_bundled, no_packs, start=start)
    return project_sources(config, extra)


def import_library(config: SiteConfig, out: Path) -> Library:
    """The project's library (bundled, packs, its content directories and its ``aliases``
    setting) for ``mmc import``: muscle names and aliases added there count, and its
    exercises are not imported twice.

    Files in ``out`` itself are judged by the importer (they may be a damaged earlier import
    it is about to repair), so when the project does not load, it is loaded without ``out``.
    """
    from mmc.content.loader import check_content

    packs: bool | list[str] = True if config.packs is None else list(config.packs)
    dirs = [d for d in config.content_dirs if d.is_dir()]
    aliases, aliases_file = config.aliases, config.config_file
    result = check_content(*dirs, bundled=config.bundled, packs=packs, aliases=aliases,
                           aliases_file=aliases_file)
    if result.library is not None and not result.errors:
        return result.library
    target = out.resolve()
    kept = [d for d in dirs if d.resolve() != target]
    if kept != dirs:
        again = check_content(*kept, bundled=config.bundled, packs=packs, aliases=aliases,
                              aliases_file=aliases_file)
        if again.library is not None and not again.errors:
            return again.library
    raise ContentErrors(result.errors)


#: The folder of a project that ``mmc import`` writes into without ``--out``.
IMPORTED = "imported"


def check_import_target(out: Path, *, project: Path | None = None) -> None:
    """Refuse an ``--out`` an import must not write into: a file system root, the home
    directory, the project folder itself, mmc's bundled content, or a folder holding one of
    them (an import adds ``exercises/`` and report files to the folder it is given)."""
    real = Path(os.path.abspath(out)).resolve()
    if real.exists() and not real.is_dir():
        raise MmcError(f"--out {out} exists and is not a directory", file=out,
                       fix="choose another --out, or move the file away")
    if real == Path(real.anchor):
        raise MmcError(f"--out {out} is a file system root", file=out,
                       fix=f"import into a folder of its own, such as {IMPORTED}/ in a project")
    guarded = [("home directory", Path.home()), ("bundled content of mmc",
                                                 bundled_content_dir())]
    if project is not None:
        guarded.append(("project folder", project))
    for what, path in guarded:
        danger = Path(os.path.abspath(path)).resolve()
        inside = what == "bundled content of mmc" and real.is_relative_to(danger)
        if danger == real or danger.is_relative_to(real) or inside:
            verb = "is" if danger == real else ("is inside" if inside else "contains")
            raise MmcError(
                f"--out {out} {verb} the {what} {danger}; an import writes exercises/ and its "
                "report files into the folder it is given",
                file=out,
                fix=f"import into a folder of its own, such as {IMPORTED}/ in the project "
                "(the default inside a project)",
            )
