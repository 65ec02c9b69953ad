"""The ``mmc build`` and ``mmc serve`` commands (registered on the ``mmc`` group in cli.py)."""

from __future__ import annotations

from pathlib import Path

import click

__all__ = ["build_command", "serve_command"]

_CONFIG = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="pyproject.toml with [tool.mmc], or an mmc.toml (default: found in the current directory).",
)
_OUT = click.option(
    "--out",
    "-o",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output directory (default: 'out' from the config, else site/).",
)


@click.command("build")
@_CONFIG
@_OUT
@click.option("--no-cache", is_flag=True, help="Render every page, ignoring the build cache.")
def build_command(config_path: Path | None, out: Path | None, no_cache: bool) -> None:
    """Build the cue-card website into site/ (or --out).

    The site is written to a temporary directory next to the output and swapped in only when
    the whole build succeeded; a failed build leaves the previous site untouched.
    """
    from mmc.cli import user_errors
    from mmc.site.build import build_site
    from mmc.site.config import load_config

    @user_errors
    def run() -> None:
        config = load_config(config_path)
        report = build_site(config, out=out, cache=not no_cache)
        click.echo(report.summary())

    run()


@click.command("serve")
@_CONFIG
@_OUT
@click.option("--port", type=int, default=8000, show_default=True, help="Port on 127.0.0.1.")
@click.option(
    "--interval", type=float, default=1.0, show_default=True,
    help="Seconds between checks for changed content.",
)
def serve_command(config_path: Path | None, out: Path | None, port: int, interval: float) -> None:
    """Build the site, serve it on 127.0.0.1, and rebuild when content changes."""
    from mmc.cli import user_errors
    from mmc.site.config import load_config
    from mmc.site.serve import serve

    @user_errors
    def run() -> None:
        config = load_config(config_path)
        serve(config, out=out, port=port, interval=interval)

    run()
