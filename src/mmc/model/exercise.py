"""Exercises: what they train, how to set up, what to picture, what to say."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, ValidationInfo, field_validator, model_validator

from mmc.model.common import (
    Equipment,
    Frozen,
    Level,
    Measure,
    Mechanic,
    Pattern,
    Provenance,
    Slug,
    empty_list,
)
from mmc.model.cue import Cue
from mmc.model.tempo import RepStart, Tempo

__all__ = ["SAFETY_MAX_CHARS", "Exercise", "SafetyNote"]

#: A safety note must fit on two printed card lines.
SAFETY_MAX_CHARS = 140
SafetyNote = Annotated[str, StringConstraints(min_length=3, max_length=SAFETY_MAX_CHARS)]


class Exercise(Frozen):
    """An exercise and its mind-muscle coaching."""

    id: Slug
    name: str = Field(min_length=1)
    primary: list[Slug] = Field(min_length=1, description="Target muscles (ids).")
    secondary: list[Slug] = Field(default_factory=empty_list, description="Helper muscles that move a joint in the exercise (ids); not muscles that only brace.")
    equipment: list[Equipment] = Field(min_length=1)
    mechanic: Mechanic
    pattern: Pattern = Field(
        description="The movement pattern; 'combination' is two or more movements chained in "
        "every rep (a thruster: a front squat into a push press), not a superset."
    )
    level: Level = "beginner"
    tempo: Tempo = Field(description="Default tempo, e.g. '3-1-1-0' (R6).")
    starts_with: RepStart = Field(
        default="eccentric", description="The phase a rep starts with (R6)."
    )
    per_side: bool = Field(
        default=False,
        description="Unilateral: each set is done for one side, then the other (timed as both).",
    )
    measure: Measure = Field(
        default="reps",
        description="How a set is dosed: 'reps', 'seconds' (a hold or timed set) or 'metres' "
        "(a carry).",
    )
    cues: list[Cue] = Field(default_factory=empty_list)
    safety: list[SafetyNote] = Field(
        default_factory=empty_list,
        description="Short safety notes shown on the page, the card and the session sheet "
        "(spotter or safety pins, breathing with high blood pressure, pain means stop).",
    )
    easier: list[Slug] = Field(default_factory=empty_list, description="Easier variations (ids).")
    harder: list[Slug] = Field(default_factory=empty_list, description="Harder variations (ids).")
    variations: list[Slug] = Field(default_factory=empty_list, description="Other variations (ids).")
    provenance: Provenance | None = Field(
        default=None, description="Set on imported exercises: source, license, attribution."
    )
    imported: bool = Field(
        default=False, description="Imported from a dataset: no mind-muscle cues of its own."
    )
    overrides: bool = Field(default=False, description="Replace an earlier item with this id.")
    setup: str = Field(default="", description="Markdown: the 'Set up' section.")
    visualise: str = Field(default="", description="Markdown: the 'Visualise' section.")
    mistakes: str = Field(default="", description="Markdown: the 'Common mistakes' section.")
    notes: str = Field(default="", description="Markdown: any text before the first section.")
    instructions: str = Field(
        default="",
        description="Markdown: the 'Instructions' section. On imported exercises this is the "
        "dataset's own text, kept under the license and attribution in 'provenance'.",
    )

    @field_validator("secondary")
    @classmethod
    def _not_also_primary(cls, value: list[str], info: ValidationInfo) -> list[str]:
        both = sorted(set(value) & set(info.data.get("primary", ())))
        if both:
            raise ValueError(
                f"{', '.join(both)} is listed as both primary and secondary; keep it in one"
            )
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Exercise:
        # The front matter writes ``tempo: 3-1-1-0`` and ``starts_with`` side by side; the
        # Tempo itself must know where a rep starts (R6).
        if self.tempo.starts_with != self.starts_with:
            synced = self.tempo.model_copy(update={"starts_with": self.starts_with})
            object.__setattr__(self, "tempo", synced)
        return self

    @property
    def muscles(self) -> list[str]:
        """Primary then secondary muscle ids."""
        return [*self.primary, *self.secondary]
