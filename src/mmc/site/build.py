"""``mmc build``: content in, a complete static site out.

The build loads and checks the library, plans every page (:mod:`mmc.site.pages`), renders
the pages whose content hash is not in the cache, and writes the whole site into a staging
directory that replaces the output only when everything succeeded. The same input always
gives the same bytes: lists are sorted and nothing records the time.
"""

from __future__ import annotations

import functools
import html
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from mmc.content.store import ParseStore
from mmc.errors import MmcError, from_os_error
from mmc.model.library import Library
from mmc.project import project_sources
from mmc.runtime import collector_paused
from mmc.site.cache import PageCache, project_cache
from mmc.site.config import SiteConfig
from mmc.site.context import BuildContext, BuildMemory, build_context
from mmc.site.libcache import cached_library
from mmc.site.offline import offline_urls, service_worker, web_manifest
from mmc.site.output import (
    build_lock,
    check_output,
    copy_static,
    foreign_files,
    recover,
    staging_dir,
    swap_in,
    write_manifest,
)
from mmc.site.pages import Page, plan_pages
from mmc.site.pagewriter import write_pages
from mmc.site.samples import sample_sessions
from mmc.site.search import search_json, search_script
from mmc.site.static import static_files

__all__ = ["BuildMemory", "BuildReport", "build_site", "load_site_library"]

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(slots=True)
class BuildReport:
    """What a build did: the pages it rendered and the ones it took from the cache."""

    out: Path
    rendered: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    files: int = 0
    static: int = 0
    """Files copied from the project's static folder."""
    foreign: list[str] = field(default_factory=list)
    """Files of the site this build replaced that no build wrote (someone put them there);
    they are gone with the old site (see :meth:`warnings`)."""
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)
    """Seconds spent loading, planning, writing pages, and swapping the output in."""

    @property
    def pages(self) -> int:
        return len(self.rendered) + len(self.reused)

    def warnings(self) -> list[str]:
        """What the user should know: files of the previous site that mmc did not write."""
        if not self.foreign:
            return []
        shown = ", ".join(self.foreign[:5])
        more = len(self.foreign) - 5
        if more > 0:
            shown += f" and {more} more"
        count = len(self.foreign)
        return [
            f"the previous site in {self.out} held {count} file{'s' if count != 1 else ''} "
            f"mmc did not write, removed with it: {shown}. Put files that belong in the site "
            "(a CNAME, a logo) in the project's static/ folder ('static' in mmc.toml): every "
            "build copies them in"
        ]

    def summary(self) -> str:
        return (
            f"mmc build: {self.pages} pages ({len(self.rendered)} rendered, {len(self.reused)} "
            f"from cache), {self.files} files in {self.out} in {self.seconds:.2f} s"
        )


def load_site_library(config: SiteConfig, store: ParseStore | None = None) -> Library:
    """The library a site shows: the project's sources (:func:`mmc.project.project_sources`),
    read through ``store`` when one is given."""
    return project_sources(config).load(store)


def _content_files(config: SiteConfig) -> list[Any]:
    """The files :func:`load_site_library` reads (same sources, same order)."""
    return project_sources(config).files()


def protected_paths(config: SiteConfig) -> list[tuple[str, Path]]:
    """What a site's output may neither be nor contain: the project and its content."""
    paths = [("project", Path(config.root)), ("config directory", Path(config.root))]
    paths += [("content directory", path) for path in config.content_dirs]
    paths.append(("cache directory", config.path(config.cache_dir)))
    paths.append(("static folder", config.path(config.static)))
    return paths


def _write(root: Path, relative: str, data: bytes) -> None:
    target = root / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def _check_cache_dir(config: SiteConfig) -> None:
    """A ``cache_dir`` that is not a folder is a mistake to report, not to build around."""
    path = config.path(config.cache_dir)
    for place in (path, *path.parents):
        if place.exists() or place.is_symlink():
            if not place.is_dir():
                raise MmcError(
                    f"the cache folder {path} cannot be made: {place} is a file",
                    file=config.config_file,
                    field="cache_dir",
                    fix=f"remove or rename {place}, or set cache_dir to another folder",
                )
            return


def _check_paths(jobs: list[Page]) -> None:
    seen: dict[str, str] = {}
    for job in jobs:
        parts = job.path.split("/")
        if job.path.startswith("/") or any(p in ("", ".", "..") for p in parts):
            raise MmcError(f"page path {job.path!r} leaves the output directory",
                           fix="ids must be slugs: lower-case letters, digits and hyphens")
        folded = job.path.casefold()
        if folded in seen and seen[folded] != job.path:
            raise MmcError(f"pages {seen[folded]!r} and {job.path!r} differ only in case",
                           fix="rename one of the items")
        seen[folded] = job.path


def _os_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Let ``func`` raise the operating system's refusals as :class:`MmcError`."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except OSError as exc:
            raise from_os_error(exc, doing="building the site") from exc

    return wrapper


@_os_errors
def build_site(
    config: SiteConfig | None = None,
    *,
    out: str | Path | None = None,
    library: Library | None = None,
    cache: bool = True,
    home: str | Path | None = None,
    memory: BuildMemory | None = None,
) -> BuildReport:
    """Build the site described by ``config`` into ``out`` (default ``config.out``).

    The output must be absent, empty, or a site an earlier build wrote, and may neither be
    nor contain the project, a content directory or ``home`` (default: the user's home
    directory); see :func:`mmc.site.output.check_output`. An output that is a link to a
    directory is built through: the directory it points to is replaced. A process that
    builds again and again passes the same ``memory`` to each build (it keeps the parsed
    content and compiled templates between them).

    Raises :class:`~mmc.errors.MmcError` (content problems as
    :class:`~mmc.errors.ContentErrors`; a full disk or a file where a folder must be as well)
    and leaves the previous output untouched on failure.
    """
    started = time.perf_counter()
    config = config or SiteConfig()
    memory = memory if memory is not None else BuildMemory()
    shown = Path(out).expanduser() if out is not None else config.path(config.out)
    shown = shown.absolute()
    target = check_output(shown, protected=protected_paths(config),
                          home=Path(home) if home is not None else None)
    report = BuildReport(out=shown)
    clock = [time.perf_counter()]

    def lap(name: str) -> None:
        now = time.perf_counter()
        report.phases[name] = report.phases.get(name, 0.0) + now - clock[0]
        clock[0] = now

    with build_lock(target), collector_paused():
        recover(target)
        lib = _library(config, library, cache, memory)
        lap("load")
        jobs = plan_pages(lib, config, sample_sessions(lib, config))
        _check_paths(jobs)
        caches = project_cache(config.path(config.cache_dir))
        store = PageCache(caches / "pages", enabled=cache)
        cards = PageCache(caches / "cards", enabled=store.enabled)
        build = build_context(config, lib, pages=store, cards=cards, memory=memory)
        staged = staging_dir(target)
        lap("plan")
        try:
            keys = _write_site(build, jobs, staged, target, report)
            lap("pages")
            swap_in(staged, target)
            lap("swap")
        except BaseException:
            shutil.rmtree(staged, ignore_errors=True)
            raise
        store.prune(keys, background=True)
        if not report.reused:  # every card was asked for: the others are stale
            cards.prune(cards.touched, background=True)
        else:  # the cards of reused pages were not asked for: keep every card, in few packs
            cards.merge(background=True)
        lap("prune")
    report.seconds = time.perf_counter() - started
    return report


def _library(config: SiteConfig, library: Library | None, cache: bool,
             memory: BuildMemory) -> Library:
    """The library given, else the project's, from the parsed-file store when caching."""
    if library is not None:
        return library
    if not cache:
        return load_site_library(config)
    _check_cache_dir(config)
    return cached_library(config.path(config.cache_dir),
                          lambda store: load_site_library(config, store),
                          lambda: _content_files(config), memory=memory.parsed)


def _write_site(build: BuildContext, jobs: list[Page], staged: Path, target: Path,
                report: BuildReport) -> list[str]:
    """Write every page and file of the site into ``staged``; return the pages' keys."""
    outcome = write_pages(build, jobs, staged)
    keys: list[str] = []
    for job, (key, rendered) in zip(jobs, outcome, strict=True):
        keys.append(key)
        (report.rendered if rendered else report.reused).append(job.path)
    extra = [(f"assets/{name}", data) for name, data in static_files(build.pack_dirs)]
    index = search_json(build.library)
    extra.append(("search-index.json", index))
    extra.append(("search-index.js", search_script(index)))
    if build.config.base_url:
        extra.append(("sitemap.xml", _sitemap(build.config.base_url, jobs)))
    extra.extend(_offline(build.config, jobs, keys, extra, staged))
    for name, data in extra:
        _write(staged, name, data)
    report.static = copy_static(build.config.path(build.config.static), staged, target)
    # page paths are unique (_check_paths), static files never replace one
    report.files = len(jobs) + len(extra) + report.static
    report.foreign = foreign_files(target, staged)
    write_manifest(staged)
    return keys


def _offline(
    config: SiteConfig,
    jobs: list[Page],
    keys: list[str],
    extra: list[tuple[str, bytes]],
    staged: Path,
) -> list[tuple[str, bytes]]:
    """The service worker and the web app manifest (:mod:`mmc.site.offline`)."""
    pages = [(job.path, (staged / job.path).stat().st_size) for job in jobs if job.path != "404.html"]
    manifest = ("manifest.webmanifest", web_manifest(config.title, config.description))
    assets = [name for name, _ in extra if name != "search-index.json"] + [manifest[0]]
    worker = service_worker(offline_urls(pages, assets), [*keys, *(name for name, _ in extra)])
    return [manifest, ("sw.js", worker)]


def _sitemap(base_url: str, jobs: list[Page]) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for job in sorted(jobs, key=lambda j: j.path):
        if job.path == "404.html":
            continue
        loc = base_url + job.path.removesuffix("index.html")
        lines.append(f"  <url><loc>{html.escape(loc, quote=False)}</loc></url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")
