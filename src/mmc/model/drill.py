"""Drills: flexing and visualisation practice done without load."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mmc.model.common import Frozen, Slug

__all__ = ["Drill", "DrillKind"]

DrillKind = Literal["flex", "visualisation", "routine"]


class Drill(Frozen):
    """A flex-and-hold, visualisation, or whole routine of them."""

    id: Slug
    name: str = Field(min_length=1)
    kind: DrillKind
    targets: list[Slug] = Field(min_length=1, description="Muscles the drill teaches (ids).")
    minutes: float = Field(gt=0, le=60, description="How long it takes.")
    steps: list[str] = Field(min_length=1, description="What to do, one short step each.")
    overrides: bool = Field(default=False, description="Replace an earlier item with this id.")
    description: str = Field(default="", description="Markdown body of the file.")
