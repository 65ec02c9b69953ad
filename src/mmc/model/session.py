"""Planned sessions: what the session planner produces and a site build publishes.

Logged sets, progression decisions, weeks and blocks are in :mod:`mmc.model.training`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mmc.model.common import Equipment, Frozen, Level, Slug, empty_list
from mmc.model.cue import Cue
from mmc.model.prescription import Prescription

__all__ = ["Goal", "RuleNote", "Session", "SessionDrill", "SessionItem"]

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
    primary: list[Slug] = Field(default_factory=empty_list)
    prescription: Prescription
    cues: list[Cue] = Field(default_factory=empty_list)
    safety: list[str] = Field(
        default_factory=empty_list,
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
    targets: list[Slug] = Field(default_factory=empty_list)
    equipment: list[Equipment] = Field(default_factory=empty_list)
    minutes: int = Field(gt=0, le=240, description="The time budget.")
    drills: list[SessionDrill] = Field(default_factory=empty_list)
    items: list[SessionItem] = Field(default_factory=empty_list)
    duration_minutes: float = Field(
        ge=0, description="Computed: drills + sets x reps x tempo + rest."
    )
    rationale: list[RuleNote] = Field(default_factory=empty_list)
