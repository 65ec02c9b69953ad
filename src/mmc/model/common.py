"""Shared field types: slugs, the vocabularies content is written in, provenance."""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

__all__ = [
    "EQUIPMENT",
    "GROUPS",
    "PATTERNS",
    "Equipment",
    "Frozen",
    "Group",
    "Level",
    "Mechanic",
    "Pattern",
    "Provenance",
    "Side",
    "Slug",
]

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, min_length=1, max_length=80),
]
"""An id: lower-case letters, digits and single hyphens (``seated-cable-row``)."""

Group = Literal["chest", "back", "shoulders", "arms", "core", "hips", "legs", "neck"]
GROUPS: tuple[str, ...] = get_args(Group)
Side = Literal["front", "back"]
Mechanic = Literal["compound", "isolation"]
Level = Literal["beginner", "intermediate", "advanced"]
Equipment = Literal[
    "bodyweight",
    "dumbbell",
    "barbell",
    "ez-bar",
    "kettlebell",
    "cable",
    "machine",
    "band",
    "bench",
    "pull-up-bar",
    "plate",
    "other",
]
EQUIPMENT: tuple[str, ...] = get_args(Equipment)
Pattern = Literal[
    "squat",
    "hinge",
    "lunge",
    "hip-extension",
    "horizontal-push",
    "vertical-push",
    "horizontal-pull",
    "vertical-pull",
    "fly",
    "pullover",
    "raise",
    "shrug",
    "elbow-flexion",
    "elbow-extension",
    "wrist",
    "knee-extension",
    "knee-flexion",
    "calf-raise",
    "ankle-dorsiflexion",
    "hip-abduction",
    "hip-adduction",
    "hip-flexion",
    "trunk-flexion",
    "trunk-rotation",
    "anti-extension",
    "anti-rotation",
    "back-extension",
    "rotator-cuff",
    "neck",
    "carry",
    "scapular",
]
PATTERNS: tuple[str, ...] = get_args(Pattern)


class Frozen(BaseModel):
    """Base of every content model: immutable, unknown fields rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Provenance(Frozen):
    """Where an imported record came from, with its license and attribution kept."""

    dataset: str = Field(description="Dataset name, e.g. 'wger'.")
    record: str = Field(description="The record's id in that dataset.")
    license: str = Field(description="License of the record, e.g. 'CC-BY-SA-4.0'.")
    attribution: str = Field(description="Authors / copyright holders to credit.")
    url: str | None = Field(default=None, description="Where the dataset lives.")
