"""The ``mmc`` command.

User mistakes print as located messages with a fix, never as a traceback, and exit 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from mmc._version import __version__
from mmc.errors import MmcError, Problem, from_os_error

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])


def _project_options(func: F) -> F:
    """:func:`mmc.project.project_options`, imported when the command is defined."""
    from mmc.project import project_options

    return project_options(func)


def print_problems(problems: Sequence[Problem]) -> None:
    """Print problems to stderr, errors and warnings alike, in file order."""
    for problem in problems:
        click.echo(str(problem), err=True)


def user_errors(func: F) -> F:
    """Turn :class:`MmcError` into printed messages and exit status 1, and so the operating
    system's refusals too (a full disk, a file where a folder must be, no permission)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (MmcError, OSError) as caught:
            exc = caught if isinstance(caught, MmcError) else from_os_error(caught)
            print_problems(exc.problems)
            count = len([p for p in exc.problems if not p.warning])
            click.secho(f"mmc: {count} error{'s' if count != 1 else ''}", fg="red", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


#: Commands defined in other modules, imported only when they run (or when --help lists
#: them): each pulls in what it needs, so ``mmc --version`` or ``mmc build`` start quickly.
_LAZY_COMMANDS = {
    "plan": "mmc.plan.commands:plan_command",
    "plan-week": "mmc.plan.commands:plan_week_command",
    "plan-block": "mmc.plan.commands:plan_block_command",
    "build": "mmc.site.commands:build_command",
    "serve": "mmc.site.commands:serve_command",
    "packs": "mmc.content.commands:packs",
    "import": "mmc.content.commands:import_command",
    "export": "mmc.content.commands:export",
    "cards": "mmc.render.commands:cards_command",
    "sheet": "mmc.render.commands:sheet_command",
    "list": "mmc.content.listing:list_command",
}


class _LazyGroup(click.Group):
    """A group that imports the module of a command from :data:`_LAZY_COMMANDS` on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_LAZY_COMMANDS})

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and name not in self.commands and name not in _LAZY_COMMANDS:
            for known in _LAZY_COMMANDS:  # a typo: register them all, for "Did you mean"
                self.get_command(ctx, known)
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in _LAZY_COMMANDS:
            from importlib import import_module

            module, attr = _LAZY_COMMANDS[cmd_name].split(":")
            command = getattr(import_module(module), attr)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="mmc")
def cli() -> None:
    """Coach the mind-muscle connection: check content, plan sessions, build cue cards."""


def _check_sources(paths: Sequence[Path], config_path: Path | None, no_bundled: bool,
                   no_packs: bool) -> Any:
    """The sources ``mmc check PATH...`` reads: the project around the first PATH, plus each
    content folder a PATH is, or holds a kind folder or file of."""
    from mmc.content.loader import KINDS
    from mmc.project import open_project, project_sources
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


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_project_options
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
    sources = _check_sources(paths, config_path, no_bundled, no_packs)
    sources.announce()
    result = sources.check()
    if result.library is not None and sources.config.sessions is not None:
        from mmc.site.pages import sample_sessions

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


@cli.command("new")
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
    from mmc.scaffold import new_project
    from mmc.site.config import find_config

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


@cli.command()
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


def main(argv: Sequence[str] | None = None) -> None:
    """Run the ``mmc`` command line (raises :class:`SystemExit`, like any click program)."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="mmc")


def script() -> None:
    """Entry point of the ``mmc`` console script and ``python -m mmc``.

    Runs :func:`main`, flushes the output, and ends the process without tearing down its
    objects one by one: after a 1,000-exercise build that teardown took about 0.1 s, and
    nothing is left to do by then (files are closed, worker pools joined, cleanups detached).
    """
    import os

    code: int = 0
    try:
        main()
    except SystemExit as exc:
        if exc.code is None:
            code = 0
        elif isinstance(exc.code, int):
            code = exc.code
        else:  # sys.exit("message"): print it, as the interpreter would
            print(exc.code, file=sys.stderr)
            code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: nothing more can be said
        code = code or 1
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    script()
