"""Logged sets, progression decisions, weeks and blocks: what progression and the week and
block planners make.

Apart from :mod:`mmc.model.session` (the planned session every site build publishes), so that
``mmc build`` and a single-session plan do not define these models: each cost about 0.5 ms
of start-up even unbuilt. They build their validators on first use (``defer_build``), so a
command that imports them but never makes one does not pay for that either.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from mmc.model.common import Equipment, Frozen, Level, Slug, empty_list
from mmc.model.prescription import Prescription
from mmc.model.session import RULE_PATTERN, Goal, RuleNote, Session

__all__ = [
    "Block",
    "BlockWeek",
    "Decision",
    "MuscleVolume",
    "Progression",
    "SetLog",
    "Week",
    "WeekFlag",
]


class SetLog(Frozen):
    """One logged set: what was lifted and how well the target muscle was felt."""

    model_config = ConfigDict(defer_build=True)  # built on first use: see the module docstring

    weight: float = Field(ge=0, description="Load lifted (any unit, used consistently).")
    reps: int = Field(ge=0, le=100)
    rir: int | None = Field(default=None, ge=0, le=10, description="Reps in reserve reported.")
    connection: int = Field(ge=1, le=5, description="1-5: how well the target muscle was felt.")
    felt_in: list[Slug] = Field(
        default_factory=empty_list, description="Where it was felt instead, if not the target."
    )
    tempo_kept: bool = Field(default=True, description="Whether the prescribed tempo was held.")


Decision = Literal[
    "add-load",
    "keep-load",
    "lower-load",
    "slower-tempo",
    "harder-variation",
    "add-reps",
    "next-band",
    "swap",
]
FlagKind = Literal[
    "under-volume",
    "over-volume",
    "push-pull",
    "front-back",
    "no-exercise",
    "left-out",
    "no-direct-work",
    "identical-days",
    "once-a-week",
]
VolumeStatus = Literal["under", "ok", "over"]


class Progression(Frozen):
    """What :func:`mmc.progress` decided for the next session, and why."""

    model_config = ConfigDict(defer_build=True)  # built on first use: see the module docstring

    decision: Decision
    prescription: Prescription = Field(description="The prescription for next time.")
    weight: float | None = Field(
        default=None, ge=0, description="The working weight for next time (the logs' unit)."
    )
    last_weight: float | None = Field(default=None, ge=0, description="The weight logged.")
    estimated_1rm: float | None = Field(
        default=None, ge=0, description="Estimated 1RM from sets of <= 10 reps (R15), if any."
    )
    explanation: str = Field(min_length=1, description="One paragraph a lifter can read.")
    rationale: list[RuleNote] = Field(default_factory=empty_list)
    exercise: Slug | None = Field(default=None, description="The exercise progressed, if known.")
    connection: float | None = Field(
        default=None, ge=1, le=5, description="The session's average connection rating."
    )
    next_exercise: Slug | None = Field(
        default=None,
        description="For harder-variation and swap: the exercise to do next time.",
    )
    alternatives: list[Slug] = Field(
        default_factory=empty_list, description="For swap: other exercises to try, best first."
    )
    unit: Literal["kg", "lb"] | None = Field(default=None, description="The unit of weights.")


class MuscleVolume(Frozen):
    """Weekly hard sets for one muscle, counted per R10 (1 primary, 0.5 secondary)."""

    model_config = ConfigDict(defer_build=True)  # built on first use: see the module docstring

    muscle: Slug
    name: str
    sets: float = Field(ge=0, description="Weekly hard sets: primary sets + 0.5 x secondary sets.")
    primary_sets: int = Field(ge=0)
    secondary_sets: int = Field(ge=0)
    target: bool = Field(description="Whether the week was asked to train it.")
    status: VolumeStatus = Field(description="Against the R10 band of 10-20 weekly sets.")


class WeekFlag(Frozen):
    """An imbalance worth a coach's look."""

    model_config = ConfigDict(defer_build=True)  # built on first use: see the module docstring

    kind: FlagKind
    rule: str = Field(pattern=RULE_PATTERN)
    message: str = Field(min_length=1)
    muscles: list[Slug] = Field(default_factory=empty_list)


class Week(Frozen):
    """A planned training week: one session per training day, with its volume and flags."""

    model_config = ConfigDict(defer_build=True)  # built on first use: see the module docstring

    title: str
    goal: Goal
    level: Level = "beginner"
    targets: list[Slug] = Field(default_factory=empty_list)
    equipment: list[Equipment] = Field(default_factory=empty_list)
    minutes: int = Field(gt=0, le=240, description="The time budget of each day.")
    days: list[Session] = Field(min_length=1)
    split: list[str] = Field(
        default_factory=empty_list,
        description="The kind of each day: full, upper, lower, push, pull or legs.",
    )
    volume: list[MuscleVolume] = Field(default_factory=empty_list, description="Sorted by muscle id.")
    push_sets: int = Field(
        ge=0, description="Sets of horizontal and vertical pushing patterns (presses)."
    )
    pull_sets: int = Field(
        ge=0, description="Sets of horizontal and vertical pulling patterns (rows, pull-downs)."
    )
    front_sets: float = Field(ge=0, description="R10 sets for muscles on the front of the body.")
    back_sets: float = Field(ge=0, description="R10 sets for muscles on the back of the body.")
    flags: list[WeekFlag] = Field(default_factory=empty_list)
    rationale: list[RuleNote] = Field(default_factory=empty_list)


class BlockWeek(Frozen):
    """One week of a training block: how hard, how much, and the week itself."""

    model_config = ConfigDict(defer_build=True)  # built on first use: see the module docstring

    number: int = Field(ge=1, le=6, description="1 for the first week of the block.")
    kind: Literal["loading", "deload"]
    rir: int = Field(ge=0, le=4, description="The reps in reserve of every set this week.")
    volume: float = Field(
        gt=0, le=1, description="This week's sets as a share of the peak week's (R19)."
    )
    week: Week


class Block(Frozen):
    """A training block of 4-6 weeks: the same exercises every week (so progression can
    work), the sets ramping up and the reps in reserve down, and a deload week last (R19)."""

    model_config = ConfigDict(defer_build=True)  # built on first use: see the module docstring

    title: str
    goal: Goal
    level: Level = "intermediate"
    weeks: list[BlockWeek] = Field(min_length=4, max_length=6)
    rationale: list[RuleNote] = Field(default_factory=empty_list)
