"""The printing commands: ``mmc cards`` and ``mmc sheet``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from mmc.cli.common import command_sources, project_options, split, user_errors
from mmc.render.geometry import CARD_SIZE_NAMES
from mmc.render.pdf import PdfPrinter, pdf_printer
from mmc.runtime import collector_paused

if TYPE_CHECKING:
    from mmc.project import ContentSources
    from mmc.render.templates import Templates

# The renderers, the templates and the content models are imported in the commands, after
# Chromium is started: they take about 0.5 s to import on a loaded machine, which the
# browser's start-up can then overlap (``mmc cards --pdf`` is timed against Chromium alone
# by benchmarks/pdf_bench.py).

__all__ = ["cards_command", "sheet_command"]

PAPERS = ("a4", "letter")


@contextlib.contextmanager
def _printer(pdf: bool, engine: str) -> Iterator[PdfPrinter | None]:
    """The PDF printer (None for HTML), opened before the library is read: Chromium boots
    while the cards render (:func:`mmc.render.pdf.pdf_printer`)."""
    if not pdf:
        yield None
        return
    with pdf_printer(engine) as printer:
        if printer.chromium is not None:
            click.echo(f"mmc: PDF by Chromium ({printer.chromium})", err=True)
        else:
            why = " (no Chromium found)" if engine.lower() == "auto" else ""
            click.echo(f"mmc: PDF by WeasyPrint{why}", err=True)
        yield printer


def _templates(sources: ContentSources) -> Templates:
    """The templates of the packs ``sources`` reads (none with ``--no-packs``), as a site
    build uses those of its configured packs."""
    from mmc.content.packs import pack_template_dirs, select_packs
    from mmc.render.templates import Templates

    if sources.packs is True:
        return Templates.installed()
    if sources.packs is False:
        return Templates(())
    chosen, _ = select_packs(sources.packs)  # a missing pack is the loader's error to report
    return Templates(pack_template_dirs(chosen))


def _write(out: Path, html: str, printer: PdfPrinter | None) -> None:
    if printer is not None:
        data = printer.print(html, base_url=str(out.parent.resolve()))
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")


def _wants_pdf(out: Path | None, pdf: bool, stem: str) -> tuple[Path, bool]:
    if out is None:
        return Path(f"{stem}.pdf" if pdf else f"{stem}.html"), pdf
    return out, pdf or out.suffix.lower() == ".pdf"


content_option = click.option(
    "--content",
    "content_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Extra content directory, read after the project's content (repeatable).",
)
paper_option = click.option(
    "--paper",
    type=click.Choice(PAPERS, case_sensitive=False),
    default="a4",
    show_default=True,
    help="Paper size (portrait).",
)
pdf_option = click.option(
    "--pdf",
    is_flag=True,
    help="Write PDF (with headless Chromium, or WeasyPrint: pip install weasyprint).",
)
engine_option = click.option(
    "--engine",
    type=click.Choice(("auto", "chromium", "weasyprint"), case_sensitive=False),
    default="auto",
    show_default=True,
    help="PDF engine: chromium (found on PATH or by MMC_CHROMIUM), weasyprint, or auto "
    "(Chromium when found, else WeasyPrint).",
)


@click.command("cards")
@click.argument("exercise_ids", nargs=-1)
@click.option(
    "--muscle",
    "muscles",
    multiple=True,
    help="Exercises that target this muscle "
    "(id or name; a muscle includes its heads). Repeatable, or comma-separated.",
)
@click.option(
    "--group",
    "groups",
    multiple=True,
    help="Exercises whose target muscles are in "
    "this group (chest, back, shoulders, arms, core, hips, legs, neck).",
)
@click.option(
    "--session",
    "session_file",
    type=click.Path(path_type=Path),
    default=None,
    help="Cards for the exercises of a session file, with their prescriptions.",
)
@click.option(
    "--size",
    type=click.Choice(CARD_SIZE_NAMES, case_sensitive=False),
    default="a7",
    show_default=True,
    help="Card size.",
)
@paper_option
@click.option("--no-backs", is_flag=True, help="Print fronts only (single-sided).")
@pdf_option
@engine_option
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Output file (default cards.html, or cards.pdf with --pdf; a .pdf name implies --pdf).",
)
@content_option
@project_options
@user_errors
def cards_command(
    exercise_ids: tuple[str, ...],
    muscles: tuple[str, ...],
    groups: tuple[str, ...],
    session_file: Path | None,
    size: str,
    paper: str,
    no_backs: bool,
    pdf: bool,
    engine: str,
    out: Path | None,
    content_dirs: tuple[Path, ...],
    config_path: Path | None,
    no_bundled: bool,
    no_packs: bool,
) -> None:
    """Print cue cards, N-up with crop marks; backs mirrored for long-edge duplex.

    EXERCISE_IDS pick exercises by id; --muscle and --group add the exercises that target
    them. With none of these, every exercise gets a card.
    """
    target, as_pdf = _wants_pdf(out, pdf, "cards")
    with _printer(as_pdf, engine) as printer, collector_paused():
        from mmc.render.cards import card_size
        from mmc.render.cardsheet import render_card_sheet, sheet_grid
        from mmc.render.deck import choose_exercises

        sources = command_sources(config_path, no_bundled, no_packs, content_dirs)
        library = sources.load()
        exercises, prescriptions = choose_exercises(
            library,
            split(exercise_ids) if exercise_ids else None,
            split(muscles) if muscles else None,
            split(groups) if groups else None,
            session_file,
        )
        html = render_card_sheet(
            exercises,
            size,
            paper,
            prescriptions=prescriptions,
            library=library,
            backs=not no_backs,
            title=f"mmc cue cards ({len(exercises)})",
            templates=_templates(sources),
        )
        replaced = target.exists()
        _write(target, html, printer)
    spec = card_size(size)
    grid = sheet_grid(spec, paper)
    sheets = -(-len(exercises) // grid.per_page)
    duplex = "" if no_backs else "; print double-sided, flip on the long edge"
    every = "" if (exercise_ids or muscles or groups or session_file) else (
        " (every exercise of the library: name ids, --muscle or --group for fewer)")
    click.echo(
        f"{'replaced' if replaced else 'wrote'} {target}: {len(exercises)} "
        f"card{'s' if len(exercises) != 1 else ''}{every}, "
        f"{spec.label} {grid.per_page}-up on {paper.upper() if paper == 'a4' else 'Letter'}, "
        f"{sheets} sheet{'s' if sheets != 1 else ''}{duplex}"
    )


@click.command("sheet")
@click.argument("session_file", type=click.Path(path_type=Path))
@click.option(
    "--day",
    type=click.IntRange(min=1),
    default=None,
    help="For a week file (mmc plan-week --format json): the day to print.",
)
@paper_option
@pdf_option
@engine_option
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Output file (default session.html, or session.pdf with --pdf; a .pdf "
    "name implies --pdf).",
)
@content_option
@project_options
@user_errors
def sheet_command(
    session_file: Path,
    day: int | None,
    paper: str,
    pdf: bool,
    engine: str,
    out: Path | None,
    content_dirs: tuple[Path, ...],
    config_path: Path | None,
    no_bundled: bool,
    no_packs: bool,
) -> None:
    """Print a one-page gym-bag sheet for a session.

    SESSION_FILE is YAML or JSON: the output of 'mmc plan --format json' (or '-' to read
    it from a pipe), a day of 'mmc plan-week --format json' (with --day), or a session
    written by hand (exercise ids with a prescription each; names, cues and the duration
    are filled in from the library).
    """
    target, as_pdf = _wants_pdf(out, pdf, "session")
    with _printer(as_pdf, engine) as printer, collector_paused():
        from mmc.render.sheets import load_session, render_sheet

        sources = command_sources(config_path, no_bundled, no_packs, content_dirs)
        library = sources.load()
        session = load_session(session_file, library, day=day)
        html = render_sheet(session, paper, library=library, templates=_templates(sources))
        replaced = target.exists()
        _write(target, html, printer)
    items, drills = len(session.items), len(session.drills)
    click.echo(
        f"{'replaced' if replaced else 'wrote'} {target}: {session.title!r}, {items} exercise{'s' if items != 1 else ''}, "
        f"{drills} drill{'s' if drills != 1 else ''}"
    )
