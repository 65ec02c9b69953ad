"""Coaching cues: short enough for a card, tagged by phase and focus."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mmc.model.common import Frozen, Slug

__all__ = ["CUE_MAX_CHARS", "Cue", "CuePhase", "Focus"]

#: A cue must fit on a printed card line.
CUE_MAX_CHARS = 90
CuePhase = Literal["setup", "eccentric", "pause", "concentric", "peak", "breathing"]
Focus = Literal["internal", "external"]


class Cue(Frozen):
    """One thing a coach says during a set.

    ``internal`` cues direct attention to the muscle (R1, R4); ``external`` ones to the load
    or the floor (R3).
    """

    text: str = Field(min_length=3, max_length=CUE_MAX_CHARS)
    phase: CuePhase
    focus: Focus
    muscle: Slug | None = Field(default=None, description="The muscle an internal cue points to.")
