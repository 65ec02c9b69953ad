"""What every ``mmc`` command shares: printing problems, turning user errors into exit status
1, the project options and the line saying which sources a command reads.

This is the one place where an :class:`~mmc.errors.MmcError` becomes printed messages (every
problem, no traceback) and a non-zero exit.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from mmc.errors import MmcError, Problem, from_os_error

if TYPE_CHECKING:
    from mmc.project import ContentSources

__all__ = [
    "announce",
    "command_sources",
    "print_problems",
    "project_options",
    "split",
    "user_errors",
]

F = TypeVar("F", bound=Callable[..., Any])


def print_problems(problems: Sequence[Problem]) -> None:
    """Print problems to stderr, errors and warnings alike, in the order given."""
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


def project_options(func: F) -> F:
    """``--config``, ``--no-bundled`` and ``--no-packs``: how a command finds its project."""
    options = [
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False, path_type=Path),
            default=None,
            help="mmc.toml, or pyproject.toml with [tool.mmc] (default: found in the working "
            "directory or the nearest folder above it).",
        ),
        click.option(
            "--no-bundled",
            is_flag=True,
            help="Leave out the bundled library (as 'bundled = false' in mmc.toml).",
        ),
        click.option(
            "--no-packs", is_flag=True, help="Leave out installed content packs (as 'packs = []')."
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def announce(sources: ContentSources) -> None:
    """Say which project and sources a command reads, on standard error (standard output
    stays the result)."""
    click.echo(sources.describe(), err=True)


def command_sources(
    config_path: Path | None,
    no_bundled: bool = False,
    no_packs: bool = False,
    extra: Iterable[str | Path] = (),
) -> ContentSources:
    """The sources of the project a command runs in, announced on standard error."""
    # Imported here, not at the top: mmc.project brings in the content models (pydantic),
    # about 0.3 s under load, and `mmc cards --pdf` starts Chromium before it needs them.
    from mmc.project import open_project, project_sources

    sources = project_sources(open_project(config_path, no_bundled, no_packs), extra)
    announce(sources)
    return sources


def split(values: Sequence[str]) -> list[str]:
    """``--targets a,b --targets c`` -> ``[a, b, c]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]
