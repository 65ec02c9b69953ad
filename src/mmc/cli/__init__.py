"""The ``mmc`` command line: the only package that imports click.

Each command group lives in its own module (:mod:`mmc.cli.content`, :mod:`~mmc.cli.exchange`,
:mod:`~mmc.cli.plan`, :mod:`~mmc.cli.render`, :mod:`~mmc.cli.site`), imported only when one
of its commands runs (or ``--help`` lists them), so that ``mmc --version`` loads neither the
models nor the renderers. What they share, and the one place where user errors become
printed messages and exit status 1, is :mod:`mmc.cli.common`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib import import_module

import click

from mmc._version import __version__

__all__ = ["cli", "main", "script"]

#: Where each command is defined: imported only when it runs (or when --help lists it),
#: so that ``mmc --version`` starts quickly and each command loads only what it needs.
_LAZY_COMMANDS = {
    "new": "mmc.cli.content:new",
    "check": "mmc.cli.content:check",
    "list": "mmc.cli.content:list_command",
    "packs": "mmc.cli.content:packs",
    "schema": "mmc.cli.content:schema",
    "import": "mmc.cli.exchange:import_command",
    "export": "mmc.cli.exchange:export",
    "plan": "mmc.cli.plan:plan_command",
    "plan-week": "mmc.cli.plan:plan_week_command",
    "plan-block": "mmc.cli.plan:plan_block_command",
    "cards": "mmc.cli.render:cards_command",
    "sheet": "mmc.cli.render:sheet_command",
    "build": "mmc.cli.site:build_command",
    "serve": "mmc.cli.site:serve_command",
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
            module, attr = _LAZY_COMMANDS[cmd_name].split(":")
            command = getattr(import_module(module), attr)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="mmc")
def cli() -> None:
    """Coach the mind-muscle connection: check content, plan sessions, build cue cards."""


def main(argv: Sequence[str] | None = None) -> None:
    """Run the ``mmc`` command line (raises :class:`SystemExit`, like any click program)."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="mmc")


def script() -> None:
    """Entry point of the ``mmc`` console script and ``python -m mmc``.

    Runs :func:`main`, flushes the output, and ends the process without tearing down its
    objects one by one: after a 1,000-exercise build that teardown took about 0.1 s, and
    nothing is left to do by then (files are closed, worker pools joined, cleanups detached).
    """
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
