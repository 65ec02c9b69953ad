"""Coaching cues: short enough for a card, tagged by phase and by where they put attention."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator

from mmc.errors import InvalidValueError
from mmc.model.common import Frozen, Slug
from mmc.model.tempo import RepStart

__all__ = ["CUE_MAX_CHARS", "FOCI", "Cue", "CuePhase", "Focus", "rep_cue_phases"]

#: A cue must fit on a printed card line.
CUE_MAX_CHARS = 90
CuePhase = Literal["setup", "eccentric", "pause", "concentric", "peak", "breathing"]
Focus = Literal["muscle", "body", "environment"]
"""Where a cue puts the lifter's attention.

- ``muscle``: on the target muscle itself, the mind-muscle cue (an internal focus; R1, R4);
- ``body``: on another body part, a joint position or a movement of the body: technique and
  safety cues (also an internal focus in the research definition);
- ``environment``: on the load, the floor, the handle or another target outside the body (an
  external focus; R3).
"""
FOCI: tuple[str, ...] = ("muscle", "body", "environment")


def rep_cue_phases(starts_with: RepStart) -> tuple[CuePhase, ...]:
    """The cue phases of the rep itself, in the order a rep meets them: eccentric, pause,
    concentric, peak; a rep that starts with the lift (``starts_with: concentric``) meets
    concentric, peak, eccentric, pause. Cards and plans both order cues by this."""
    lower: tuple[CuePhase, ...] = ("eccentric", "pause")
    lift: tuple[CuePhase, ...] = ("concentric", "peak")
    return lift + lower if starts_with == "concentric" else lower + lift


#: Focus values of old content: (what is wrong, how to fix it).
_OLD_FOCUS = {
    "internal": (
        "'internal' is no longer a focus value",
        "write 'muscle' when the cue points attention at the target muscle, or 'body' when it "
        "is about another body part or a position",
    ),
    "external": (
        "'external' is no longer a focus value",
        "write 'environment' only when the cue points attention at the load, the floor or the "
        "handle; a body position ('keep your elbows in') is 'body'",
    ),
}


class Cue(Frozen):
    """One thing a coach says during a set.

    ``focus`` says where the cue puts attention: the target ``muscle`` (the mind-muscle cue),
    the ``body`` (technique and safety: joints, positions, other body parts) or the
    ``environment`` (the load, the floor).
    """

    text: str = Field(min_length=3, max_length=CUE_MAX_CHARS)
    phase: CuePhase
    focus: Focus = Field(description="muscle | body | environment: where attention goes.")
    muscle: Slug | None = Field(default=None, description="The muscle a cue points to.")

    @field_validator("focus", mode="before")
    @classmethod
    def _renamed(cls, value: Any) -> Any:
        if isinstance(value, str) and value in _OLD_FOCUS:
            message, fix = _OLD_FOCUS[value]
            raise InvalidValueError(message, fix=fix)
        return value
