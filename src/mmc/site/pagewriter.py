"""Rendering pages: each one placed from the page cache or rendered, on every core when
there are enough, into the staging folder of a build."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mmc.render.sheets import render_sheet
from mmc.site.context import BuildContext
from mmc.site.pages import Page, SheetDocument
from mmc.site.pool import fork_map, workers

__all__ = ["render_page", "write_pages"]


def render_page(job: Page, build: BuildContext) -> str:
    """Render one page of ``build`` to HTML.

    The build's library is handed to the card and map renderers for muscle names; it is not
    part of the page's cache key, so every name a page shows must also be in its context.
    """
    if isinstance(job, SheetDocument):
        return render_sheet(job.session, job.paper, library=build.library,
                            templates=build.env.owner)
    with build.env.owner.errors():
        return build.env.get_template(job.template).render(
            **job.context,
            library=build.library,
            fragments=build.fragments,
            standalone=True,
            page_path=job.path,
            page_title=job.title,
            section=job.section,
            site=build.settings,
        )


@dataclass(slots=True)
class _Pages:
    """What placing or rendering a page needs (inherited by forked workers)."""

    build: BuildContext
    jobs: list[Page]
    staged: Path
    folders: set[Path] = field(default_factory=set)


def _one_page(pages: _Pages, index: int) -> tuple[str, bool]:
    """Place page ``index`` from the cache or render it; return its key and if it rendered."""
    job = pages.jobs[index]
    build = pages.build
    key = build.page_key(job.path, job.template, job.context)
    dest = pages.staged / job.path
    if dest.parent not in pages.folders:
        dest.parent.mkdir(parents=True, exist_ok=True)
        pages.folders.add(dest.parent)
    if build.pages.place(key, dest):
        return key, False
    data = render_page(job, build).encode("utf-8")
    dest.write_bytes(data)
    build.pages.put(key, data)
    return key, True


def _chunk(pages: _Pages, indices: list[int]) -> tuple[list[tuple[int, str, bool]], list[int],
                                                       set[str]]:
    """Build pages in a worker: (index, key, rendered) of each, failures, card keys used."""
    done: list[tuple[int, str, bool]] = []
    failed: list[int] = []
    for index in indices:
        try:
            done.append((index, *_one_page(pages, index)))
        except Exception:
            failed.append(index)  # built again by the parent, which raises the error
    cards = pages.build.fragments.store
    touched, cards.touched = cards.touched, set()  # only the new ones
    return done, failed, touched


def _build_pages(pages: _Pages) -> list[tuple[str, bool]]:
    """Key, then place or render, every page; on every core when there are enough.

    Pages are independent files, so the order they are built in cannot change a byte.
    Workers are forked from this process: they share the loaded library and the plan, and
    write their pages themselves.
    """
    count = len(pages.jobs)
    outcome: list[tuple[str, bool] | None] = [None] * count
    procs = workers(count)
    failed = list(range(count))
    if procs > 1:
        # Small chunks in page order: exercise pages render the cards that the card sheets
        # near the end take from the fragment cache.
        size = max(1, min(16, count // (procs * 8)))
        chunks = [failed[i:i + size] for i in range(0, count, size)]
        failed = []
        for done, chunk_failed, touched in fork_map(_chunk, pages, chunks, procs):
            for index, key, rendered in done:
                outcome[index] = (key, rendered)
            failed.extend(chunk_failed)
            pages.build.fragments.store.touched.update(touched)
    for index in sorted(failed):
        (pages.staged / pages.jobs[index].path).unlink(missing_ok=True)
        outcome[index] = _one_page(pages, index)
    return [item for item in outcome if item is not None]


def write_pages(build: BuildContext, pages: list[Page], staged: Path) -> list[tuple[str, bool]]:
    """Place or render every page into ``staged``: each one's key, and whether it rendered."""
    with build.env.owner.fixed():  # templates are read once per build
        return _build_pages(_Pages(build, pages, staged))
