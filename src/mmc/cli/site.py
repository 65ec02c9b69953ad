"""The site commands: ``mmc build`` and ``mmc serve``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from mmc.cli.common import announce, project_options, user_errors
from mmc.project import open_project, project_sources
from mmc.site.build import build_site

if TYPE_CHECKING:
    from mmc.site.serve import Level

__all__ = ["build_command", "serve_command"]

_OUT = click.option(
    "--out",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="Output directory (default: 'out' from the settings, else site/ in the project). "
    "Only an absent, empty or mmc-built folder is replaced.",
)


@click.command("build")
@project_options
@_OUT
@click.option("--no-cache", is_flag=True, help="Render every page, ignoring the build cache.")
@user_errors
def build_command(
    config_path: Path | None, no_bundled: bool, no_packs: bool, out: Path | None, no_cache: bool
) -> None:
    """Build the cue-card website into site/ (or --out).

    The site is written to a temporary directory next to the output and swapped in only when
    the whole build succeeded; a failed build leaves the previous site untouched. The output
    must be absent, empty or a site mmc built, and may not be or contain the project, its
    content or your home directory.
    """
    config = open_project(config_path, no_bundled, no_packs)
    announce(project_sources(config))
    report = build_site(config, out=out, cache=not no_cache)
    click.echo(report.summary())
    for warning in report.warnings():
        click.secho(f"mmc build: warning: {warning}", fg="yellow", err=True)


@click.command("serve")
@project_options
@_OUT
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to serve on.")
@click.option(
    "--host", default="127.0.0.1", show_default=True,
    help="Address to listen on (0.0.0.0 for every network; the site is public there).",
)
@click.option(
    "--interval", type=float, default=0.5, show_default=True,
    help="Seconds between checks for changed files.",
)
@click.option("--no-reload", is_flag=True, help="Do not reload open pages after a rebuild.")
@user_errors
def serve_command(
    config_path: Path | None,
    no_bundled: bool,
    no_packs: bool,
    out: Path | None,
    port: int,
    host: str,
    interval: float,
    no_reload: bool,
) -> None:
    """Build the site, serve it, rebuild when a watched file changes, and reload open pages.

    Watches the settings file, every content directory and the installed packs' folders.
    """
    # Imported here: the server's modules (http.server, email) cost mmc build about 20 ms.
    from mmc.site.serve import serve

    serve(config_path, out=out, port=port, host=host, interval=interval,
          no_bundled=no_bundled, no_packs=no_packs, live_reload=not no_reload,
          report=echo)


def echo(text: str, level: Level) -> None:
    """How ``mmc serve`` reports: results on standard output, the rest on standard error,
    warnings in yellow and errors in red."""
    if level == "info":
        click.echo(text)
    elif level == "note":
        click.echo(text, err=True)
    else:
        click.secho(text, fg="yellow" if level == "warning" else "red", err=True)
