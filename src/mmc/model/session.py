"""Planned sessions and logged sets: what the planner produces and progression reads.

The models only progression and the week and block planners make (logged sets, progression
decisions, weeks, blocks) build their validators on first use (``defer_build``): every
command imports this module, and building them up front cost each start-up about 0.1 s of
CPU that ``mmc build`` and most commands never use.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from mmc.model.common import Equipment, Frozen, Level, Slug
from mmc.model.cue import Cue
from mmc.model.prescription import Prescription

__all__ = [
    "Block",
    "BlockWeek",
    "Decision",
    "Goal",
    "MuscleVolume",
    "Progression",
    "RuleNote",
    "Session",
    "SessionDrill",
    "SessionItem",
    "SetLog",
    "Week",
    "WeekFlag",
]

Goal = Literal["mmc-hypertrophy", "strength", "technique"]
RULE_PATTERN = r"^(R(?:[1-8]|1[0-9])|convention)$"  # no R9: see the evidence page


class RuleNote(Frozen):
    """Why the planner decided something: a rule id of the evidence page and a one-line reason.

    The rule ids (R1 ... R19, no R9) are explained, with their studies, on the bundled page
    ``evidence`` (``guide/evidence/`` of a site built by ``mmc build``).
    """

    rule: str = Field(pattern=RULE_PATTERN, description="R1...R19 (no R9), or 'convention'.")
    decision: str = Field(min_length=1, description="What was decided.")
    reason: str = Field(min_length=1, description="One line: why.")
    exercise: Slug | None = Field(default=None, description="The exercise it concerns, if any.")


class SessionDrill(Frozen):
    """A drill of the opening activation block."""

    drill: Slug
    name: str
    minutes: float = Field(gt=0)


class SessionItem(Frozen):
    """One exercise of a session with its prescription and the cues to show."""

    exercise: Slug
    name: str
    primary: list[Slug] = Field(default_factory=list)
    prescription: Prescription
    cues: list[Cue] = Field(default_factory=list)
    safety: list[str] = Field(
        default_factory=list,
        description="The exercise's safety notes (spotter or pins, breathing, pain means stop), "
        "shown with the plan and on the session sheet.",
    )
    superset: str | None = Field(
        default=None, pattern=r"^[A-Z][12]$",
        description="In a superset, its place: 'A1' then 'A2' (a set of each in turn, then "
        "the rest); None when done on its own.",
    )


class Session(Frozen):
    """A planned training session."""

    title: str
    goal: Goal
    level: Level = "beginner"
    targets: list[Slug] = Field(default_factory=list)
    equipment: list[Equipment] = Field(default_factory=list)
    minutes: int = Field(gt=0, le=240, description="The time budget.")
    drills: list[SessionDrill] = Field(default_factory=list)
    items: list[SessionItem] = Field(default_factory=list)
    duration_minutes: float = Field(
        ge=0, description="Computed: drills + sets x reps x tempo + rest."
    )
    rationale: list[RuleNote] = Field(default_factory=list)


class SetLog(Frozen):
    """One logged set: what was lifted and how well the target muscle was felt."""

    model_config = ConfigDict(defer_build=True)  # built on first use: see the module docstring

    weight: float = Field(ge=0, description="Load lifted (any unit, used consistently).")
    reps: int = Field(ge=0, le=100)
    rir: int | None = Field(default=None, ge=0, le=10, description="Reps in reserve reported.")
    connection: int = Field(ge=1, le=5, description="1-5: how well the target muscle was felt.")
    felt_in: list[Slug] = Field(
        default_factory=list, description="Where it was felt instead, if not the target."
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
    rationale: list[RuleNote] = Field(default_factory=list)
    exercise: Slug | None = Field(default=None, description="The exercise progressed, if known.")
    connection: float | None = Field(
        default=None, ge=1, le=5, description="The session's average connection rating."
    )
    next_exercise: Slug | None = Field(
        default=None,
        description="For harder-variation and swap: the exercise to do next time.",
    )
    alternatives: list[Slug] = Field(
        default_factory=list, description="For swap: other exercises to try, best first."
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
    muscles: list[Slug] = Field(default_factory=list)


class Week(Frozen):
    """A planned training week: one session per training day, with its volume and flags."""

    model_config = ConfigDict(defer_build=True)  # built on first use: see the module docstring

    title: str
    goal: Goal
    level: Level = "beginner"
    targets: list[Slug] = Field(default_factory=list)
    equipment: list[Equipment] = Field(default_factory=list)
    minutes: int = Field(gt=0, le=240, description="The time budget of each day.")
    days: list[Session] = Field(min_length=1)
    split: list[str] = Field(
        default_factory=list,
        description="The kind of each day: full, upper, lower, push, pull or legs.",
    )
    volume: list[MuscleVolume] = Field(default_factory=list, description="Sorted by muscle id.")
    push_sets: int = Field(
        ge=0, description="Sets of horizontal and vertical pushing patterns (presses)."
    )
    pull_sets: int = Field(
        ge=0, description="Sets of horizontal and vertical pulling patterns (rows, pull-downs)."
    )
    front_sets: float = Field(ge=0, description="R10 sets for muscles on the front of the body.")
    back_sets: float = Field(ge=0, description="R10 sets for muscles on the back of the body.")
    flags: list[WeekFlag] = Field(default_factory=list)
    rationale: list[RuleNote] = Field(default_factory=list)


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
    rationale: list[RuleNote] = Field(default_factory=list)
