"""The commands that move content in and out: ``mmc import`` and ``mmc export json|schema``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import click

from mmc.cli.common import command_sources, project_options, user_errors
from mmc.cli.content import plural
from mmc.content.export import export_json, library_schema
from mmc.errors import MmcError
from mmc.project import IMPORTED, check_import_target, import_library
from mmc.site.config import find_project, load_config

__all__ = ["export", "import_command"]


@click.command("import")
@click.argument(
    "format",
    metavar="FORMAT",
    type=click.Choice(["free-exercise-db", "wger", "exercemus", "everkinetic", "json", "csv"]),
)
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Content directory to write exercises/<id>.md into (default inside a project: its "
    "imported/ folder).",
)
@click.option(
    "--map",
    "mapping",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Mapping file (TOML) naming the dataset's fields and values; required for json and "
    "csv (see docs/importing.md, 'Import any dataset').",
)
@click.option(
    "--keep-unclassified",
    is_flag=True,
    help="Keep records whose pattern or equipment cannot be inferred, with a placeholder "
    "listed in provenance.unclassified (review them), instead of skipping them.",
)
@click.option(
    "--force", is_flag=True, help="Overwrite imported files you edited since the last import."
)
@user_errors
def import_command(
    format: str, source: Path, out: Path | None, mapping: Path | None, keep_unclassified: bool,
    force: bool,
) -> None:
    """Import an exercise dataset as mmc content files.

    FORMAT is a built-in dataset format (free-exercise-db, wger, exercemus, everkinetic), or
    json or csv with --map MAP.toml for any other dataset. SOURCE is the dataset's directory
    or data file (see docs/importing.md). Every record is either written to OUT/exercises/ or
    listed with its reasons in OUT/import-report-NAME.json; values that map to nothing are
    counted there too. Running it again changes no file; files you edited are left alone.

    The import reads the project (mmc.toml, found from the working directory up): its content
    (muscle names and aliases added there count; its exercises are not imported twice) and
    its 'aliases' setting. Without --out, a project's imported/ folder is used (one folder
    for every dataset, so that none writes an exercise another one already wrote).
    """
    # Imported here: the importers (inference tables, mappings) cost mmc export about 50 ms.
    from mmc.content.importers import GENERIC_FORMATS, import_dataset, import_mapped

    config = load_config()
    root, settings = find_project()
    in_project = settings is not None or (root / "content").is_dir()
    if out is None:
        if not in_project:
            raise MmcError(
                "no --out, and no project here to import into (no mmc.toml, no content/ "
                "folder from here up)",
                fix="pass --out DIR, or run it inside a project ('mmc new' makes one)",
            )
        out = root / IMPORTED
        click.echo(f"no --out: importing into the project's {IMPORTED}/ folder ({out})",
                   err=True)
    check_import_target(out, project=root if in_project else None)
    library = import_library(config, out)
    options: dict[str, Any] = {
        "library": library,
        "keep_unclassified": keep_unclassified,
        "force": force,
        "aliases": config.aliases,
        "aliases_file": config.config_file,
    }
    if format in GENERIC_FORMATS:
        if mapping is None:
            raise MmcError(
                f"'mmc import {format}' needs a mapping file",
                fix="pass --map MAP.toml naming the dataset's fields (docs/importing.md, "
                "'Import any dataset')",
            )
        report = import_mapped(mapping, source, out, format=format, **options)
    else:
        if mapping is not None:
            raise MmcError(
                f"--map is for json and csv; '{format}' has its own mapping",
                fix=f"drop --map, or use 'mmc import json {source} --map {mapping}'",
            )
        report = import_dataset(format, source, out, **options)
    click.echo(report.summary())
    click.echo(f"report: {out / f'import-report-{report.dataset}.json'}")
    read = {d.resolve() for d in config.content_dirs}
    if in_project and out.resolve() not in read and report.written:
        shown = os.path.relpath(out.resolve(), root.resolve())
        click.echo(
            f"the project does not read {shown} yet: add it to its content folders to use "
            f"these exercises (content = [\"content\", \"{Path(shown).as_posix()}\"] in "
            "mmc.toml)",
            err=True,
        )


@click.group("export")
def export() -> None:
    """Export the library for other tools."""


@export.command("json")
@click.argument("dirs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file (default: standard output).",
)
@project_options
@user_errors
def export_json_command(
    dirs: tuple[Path, ...], out: Path | None, config_path: Path | None, no_bundled: bool,
    no_packs: bool
) -> None:
    """Write the whole library (bundled, packs, the project's content, then DIRS) as one
    JSON document.

    Its shape is given by 'mmc export schema' (JSON Schema draft 2020-12).
    """
    library = command_sources(config_path, no_bundled, no_packs, dirs).load()
    text = export_json(library)
    if out is None:
        click.echo(text, nl=False)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    click.echo(
        f"wrote {out}: {plural(len(library.exercises), 'exercise', 'exercises')}, "
        f"{plural(len(library.muscles), 'muscle', 'muscles')}",
        err=True,
    )


@export.command("schema")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file (default: standard output).",
)
def export_schema_command(out: Path | None) -> None:
    """Write the JSON Schema of 'mmc export json' output."""
    text = json.dumps(library_schema(), indent=2, ensure_ascii=False) + "\n"
    if out is None:
        click.echo(text, nl=False)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    click.echo(f"wrote {out}", err=True)
