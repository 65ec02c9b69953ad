"""The planning commands: ``mmc plan``, ``mmc plan-week`` and ``mmc plan-block``."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from mmc.cli.common import command_sources, project_options, split, user_errors
from mmc.model.library import Library
from mmc.model.session import Session
from mmc.plan.inputs import LEVELS
from mmc.plan.rules import GOALS
from mmc.plan.session import plan_session
from mmc.plan.text import block_markdown, session_markdown, week_markdown

if TYPE_CHECKING:
    from mmc.model.training import Block, Week

__all__ = ["plan_block_command", "plan_command", "plan_week_command"]


def _library(
    config_path: Path | None, content: Sequence[Path], no_bundled: bool, no_packs: bool
) -> Library:
    """The project's library (:mod:`mmc.project`), with the --content directories after it."""
    return command_sources(config_path, no_bundled, no_packs, content).load()


_content = click.option(
    "--content",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Extra content directory, read after the project's content (repeatable).",
)
_equipment = click.option(
    "--equipment",
    "-e",
    multiple=True,
    help="Equipment at hand, comma-separated or repeated (bodyweight is always available).",
)
_goal = click.option(
    "--goal",
    type=click.Choice(GOALS),
    default="mmc-hypertrophy",
    show_default=True,
    help="mmc-hypertrophy: muscle and technique cues, moderate loads; strength: load and "
    "technique cues, heavy; technique: light and slow.",
)
_level = click.option(
    "--level", type=click.Choice(list(LEVELS)), default="intermediate", show_default=True
)
_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json"]),
    default="md",
    show_default=True,
    help="Markdown to read, or JSON that validates against the Session/Week/Block schema.",
)
_minutes = click.option(
    "--minutes", "-m", type=int, default=45, show_default=True, help="Time budget per session."
)
_week_targets = click.option(
    "--targets",
    "-t",
    multiple=True,
    help="Target muscles, comma-separated or repeated (default: the major muscles the "
    "equipment can train).",
)
_days = click.option(
    "--days", "-d", type=int, default=3, show_default=True, help="Training days."
)


def _planning(
    markdown: Callable[[Any], str],
) -> Callable[[Callable[..., Any]], Callable[..., None]]:
    """The options every planning command shares, then the project's and error handling.

    The command below it takes the project's library, the keyword arguments the planners
    share (targets, equipment, minutes, goal, level, activation) and its own options, and
    returns the plan, printed as ``--format`` says (Markdown by ``markdown``).
    """

    def decorate(plan: Callable[..., Any]) -> Callable[..., None]:
        @wraps(plan)
        def command(
            targets: tuple[str, ...],
            equipment: tuple[str, ...],
            minutes: int,
            goal: str,
            level: str,
            no_activation: bool,
            fmt: str,
            content: tuple[Path, ...],
            config_path: Path | None,
            no_bundled: bool,
            no_packs: bool,
            **own: Any,
        ) -> None:
            result = plan(
                _library(config_path, content, no_bundled, no_packs),
                {
                    "targets": split(targets) if targets else None,
                    "equipment": split(equipment),
                    "minutes": minutes,
                    "goal": goal,
                    "level": level,
                    "activation": not no_activation,
                },
                **own,
            )
            _emit(result, fmt, markdown)

        func: Callable[..., None] = command
        for option in (
            user_errors,
            project_options,
            _content,
            _format,
            click.option(
                "--no-activation", is_flag=True, help="Leave out the flex/visualisation drills."
            ),
            _level,
            _goal,
            _minutes,
            _equipment,
        ):
            func = option(func)
        return func

    return decorate


def _emit(result: Any, fmt: str, markdown: Callable[[Any], str]) -> None:
    """Print a plan as JSON (its schema's shape) or as Markdown."""
    if fmt == "json":
        click.echo(json.dumps(result.model_dump(mode="json"), indent=2))
    else:
        click.echo(markdown(result), nl=False)


@click.command("plan")
@click.option(
    "--targets",
    "-t",
    multiple=True,
    required=True,
    help="Target muscles (ids, names or aliases), comma-separated or repeated.",
)
@_planning(session_markdown)
def plan_command(library: Library, inputs: dict[str, Any]) -> Session:
    """Plan one session: activation drills, exercises, prescriptions, cues and the reasons.

    Example: mmc plan --targets lats,rhomboids --equipment cable --minutes 45
    """
    return plan_session(library, **inputs)


@click.command("plan-week")
@_days
@_week_targets
@_planning(week_markdown)
def plan_week_command(library: Library, inputs: dict[str, Any], days: int) -> Week:
    """Plan a week of sessions with weekly hard sets per muscle (R10) and imbalance flags.

    Example: mmc plan-week --days 3 --minutes 45 --equipment dumbbell,bench
    """
    from mmc.plan.week import plan_week  # deferred: `mmc plan` need not load the week planner

    return plan_week(library, days=days, **inputs)


@click.command("plan-block")
@click.option(
    "--weeks", "-w", type=int, default=4, show_default=True,
    help="Weeks in the block (4-6); the last one is a deload.",
)
@_days
@_week_targets
@_planning(block_markdown)
def plan_block_command(library: Library, inputs: dict[str, Any], weeks: int, days: int) -> Block:
    """Plan a training block of 4-6 weeks: the same exercises, a volume ramp, an RIR taper
    and a deload week (R19).

    Example: mmc plan-block --weeks 4 --days 4 --minutes 60 --equipment barbell,bench,cable
    """
    from mmc.plan.block import plan_block  # deferred, as plan_week above

    return plan_block(library, weeks=weeks, days=days, **inputs)
