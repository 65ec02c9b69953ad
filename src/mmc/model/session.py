"""Planned sessions and logged sets: what the planner produces and progression reads."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mmc.model.common import Equipment, Frozen, Level, Slug
from mmc.model.cue import Cue
from mmc.model.prescription import Prescription

__all__ = ["Goal", "RuleNote", "Session", "SessionDrill", "SessionItem", "SetLog"]

Goal = Literal["mmc-hypertrophy", "strength", "technique"]
RULE_PATTERN = r"^(R(?:[1-9]|1[0-5])|convention)$"


class RuleNote(Frozen):
    """Why the planner decided something: the EVIDENCE.md rule id and a one-line reason."""

    rule: str = Field(pattern=RULE_PATTERN, description="R1...R15, or 'convention'.")
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
    duration_minutes: float = Field(ge=0, description="Computed: drills + sets x reps x tempo + rest.")
    rationale: list[RuleNote] = Field(default_factory=list)


class SetLog(Frozen):
    """One logged set: what was lifted and how well the target muscle was felt."""

    weight: float = Field(ge=0, description="Load lifted (any unit, used consistently).")
    reps: int = Field(ge=0, le=100)
    rir: int | None = Field(default=None, ge=0, le=10, description="Reps in reserve reported.")
    connection: int = Field(ge=1, le=5, description="1-5: how well the target muscle was felt.")
    felt_in: list[Slug] = Field(default_factory=list, description="Where it was felt instead, if not the target.")
    tempo_kept: bool = Field(default=True, description="Whether the prescribed tempo was held.")
