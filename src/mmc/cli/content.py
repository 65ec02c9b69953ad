"""The content commands: ``mmc new``, ``check``, ``list``, ``packs`` and ``schema``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from mmc.cli.common import (
    announce,
    command_sources,
    print_problems,
    project_options,
    user_errors,
)
from mmc.content import packs as content_packs
from mmc.content.listing import KIND_NAMES, listing
from mmc.errors import MmcError
from mmc.model.common import GROUPS
from mmc.project import check_sources
from mmc.scaffold import new_project
from mmc.site.config import find_config

__all__ = ["check", "list_command", "new", "packs", "schema"]

_KIND_LABELS = (
    ("muscle", "muscles"),
    ("exercise", "exercises"),
    ("drill", "drills"),
    ("page", "pages"),
)


def plural(count: int, one: str, many: str) -> str:
    """``1 exercise``, ``2 exercises``."""
    return f"{count} {one if count == 1 else many}"


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@project_options
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@user_errors
def check(
    paths: tuple[Path, ...], config_path: Path | None, no_bundled: bool, no_packs: bool,
    strict: bool,
) -> None:
    """Validate content and print every problem (exit 1), or a one-line summary.

    With no PATHS, checks the project you are in (the folder holding mmc.toml, from here up):
    the bundled library, installed packs, then its content/. A PATH may be a project folder,
    a content folder, a kind folder such as content/exercises/, or one .md file: the content
    folder it belongs to is checked with the rest of the library.
    """
    sources = check_sources(paths, config_path, no_bundled, no_packs)
    announce(sources)
    result = sources.check()
    if result.library is not None and sources.config.sessions is not None:
        # Imported only when sessions are configured: the planner costs every other mmc
        # check about 0.15 s.
        from mmc.site.samples import sample_sessions

        try:  # the configured sample sessions must be plannable: mmc build plans them
            sample_sessions(result.library, sources.config)
        except MmcError as exc:
            result.problems.extend(exc.problems)
    # One file's problems together, in line order (its field errors and its references).
    first = {p.file: i for i, p in reversed(list(enumerate(result.problems)))}
    print_problems(sorted(result.problems, key=lambda p: (first[p.file], p.line or 0)))
    errors, warnings = len(result.errors), len(result.warnings)
    if errors or (strict and warnings):
        click.secho(
            f"mmc check: {errors} error{'s' if errors != 1 else ''}, {warnings} warning"
            f"{'s' if warnings != 1 else ''} in {result.files} files",
            fg="red",
            err=True,
        )
        sys.exit(1)
    lib = result.library
    assert lib is not None
    note = f", {warnings} warning{'s' if warnings != 1 else ''}" if warnings else ""
    click.echo(
        f"mmc check: ok: {len(lib.muscles)} muscles, {len(lib.exercises)} exercises, "
        f"{len(lib.drills)} drills, {len(lib.pages)} pages in {result.files} files{note}"
    )


@click.command("new")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option(
    "--from-bundled",
    is_flag=True,
    help="Copy the bundled library into content/ as your own, editable (sets bundled = false).",
)
@click.option("--title", default=None, help="The site's title (default: from the folder name).")
@user_errors
def new(directory: Path, from_bundled: bool, title: str | None) -> None:
    """Start a cue-card project in DIRECTORY (new or empty).

    Writes mmc.toml (every setting, commented), content/ with an example exercise, muscle page
    and drill and the JSON Schema of each kind (content/schema/), a .gitignore, and a README
    on publishing with a GitHub Pages workflow.
    """
    outer = next((config for folder in directory.resolve().parents
                  if (config := find_config(folder)) is not None), None)
    written = new_project(directory, from_bundled=from_bundled, title=title)
    if outer is not None:
        click.secho(
            f"mmc new: warning: {directory} is inside the project of {outer}: this made a "
            "nested project. Commands run inside it use its own mmc.toml and content/, and "
            f"the outer project's commands do not read it (unless its settings name "
            f"'{directory}/content' in 'content = [...]').",
            fg="yellow", err=True,
        )
    content = [p for p in written if "content" in p.relative_to(directory).parts]
    click.echo(f"mmc new: wrote {directory}/ ({len(written)} files, {len(content)} in content/)")
    click.echo(f"next: cd {directory} && mmc check && mmc serve")


@click.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write one <kind>.schema.json per kind into this directory (default: print all).",
)
@click.option(
    "--kind",
    type=click.Choice(
        [
            "muscle",
            "exercise",
            "drill",
            "page",
            "prescription",
            "session",
            "week",
            "set-log",
            "progression",
        ]
    ),
    default=None,
    help="Only this kind.",
)
def schema(out: Path | None, kind: str | None) -> None:
    """Write the JSON Schema of the content front matter.

    Point your editor at it from a content file with a first front-matter line such as
    '# yaml-language-server: $schema=../schema/exercise.schema.json'.
    """
    # Imported here: the schema module defines every kind's models (sessions, weeks, logs),
    # about 40 ms that mmc check and mmc list would pay for nothing.
    from mmc.model.schema import SCHEMA_KINDS, json_schema

    kinds = [kind] if kind else list(SCHEMA_KINDS)
    schemas = {k: json_schema(k) for k in kinds}
    if out is None:
        payload: Any = schemas[kinds[0]] if kind else schemas
        click.echo(json.dumps(payload, indent=2, sort_keys=True))
        return
    out.mkdir(parents=True, exist_ok=True)
    for name, value in schemas.items():
        target = out / f"{name}.schema.json"
        target.write_text(json.dumps(value, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        click.echo(f"wrote {target}")


@click.command("list")
@click.argument("kind", type=click.Choice(KIND_NAMES))
@click.option("--group", default=None, metavar="GROUP",
              help="Only items of this muscle group: " + ", ".join(GROUPS) + ".")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Plain text (id and name a line) or JSON.")
@project_options
@user_errors
def list_command(kind: str, group: str | None, fmt: str, config_path: Path | None,
                 no_bundled: bool, no_packs: bool) -> None:
    """List the ids of the muscles, exercises or drills of your project (with their names).

    Use these ids in content files (primary, secondary, cues' muscle, easier/harder, drill
    targets) and in mmc plan, cards and sheet.
    """
    library = command_sources(config_path, no_bundled, no_packs).load()
    rows = listing(library, kind, group)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max((len(str(row["id"])) for row in rows), default=0)
    for row in rows:
        extra = ""
        if kind == "muscles" and row["aliases"]:
            extra = f"  (also: {', '.join(row['aliases'])})"
        click.echo(f"{str(row['id']).ljust(width)}  {row['name']}  [{', '.join(row['groups'])}]"
                   f"{extra}")
    click.echo(f"{len(rows)} {kind}", err=True)


@click.command("packs")
@project_options
@user_errors
def packs(config_path: Path | None, no_bundled: bool, no_packs: bool) -> None:
    """List installed content packs, in load order, and what each contributes.

    Packs are packages with an entry point in the group 'mmc.packs'. They load after the
    bundled library and before the project's content; 'packs = [...]' in mmc.toml picks some.
    """
    command_sources(config_path, no_bundled, no_packs)  # says which packs the project reads
    found, problems = content_packs.discover_packs()
    if not found and not problems:
        click.echo("no content packs installed (entry point group 'mmc.packs')")
    for pack in found:
        contents = content_packs.describe_pack(pack)
        dist = f" ({pack.distribution} {pack.version})" if pack.distribution else ""
        click.echo(f"{pack.name}{dist}")
        click.echo(f"  directory: {pack.path}")
        adds = [
            plural(contents.count(kind), kind, label)
            for kind, label in _KIND_LABELS
            if contents.count(kind)
        ]
        click.echo(f"  items: {', '.join(adds) if adds else 'none'}")
        for kind, item_id in contents.overrides:
            click.echo(f"  overrides {kind}: {item_id}")
        if contents.templates:
            click.echo(f"  templates: {', '.join(contents.templates)}")
    if problems:
        print_problems(problems)
        raise SystemExit(1)
