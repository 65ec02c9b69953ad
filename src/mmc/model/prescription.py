"""What to do for an exercise: sets, reps, load, tempo, rest."""

from __future__ import annotations

import re
from typing import Any

from pydantic import Field, GetJsonSchemaHandler, model_validator
from pydantic.json_schema import JsonSchemaValue

from mmc.model.common import Frozen, Measure
from mmc.model.tempo import Tempo

__all__ = [
    "MAX_DOSE",
    "SECONDS_PER_METRE",
    "SWITCH_SECONDS",
    "WARMUP_SET_SECONDS",
    "Load",
    "Prescription",
    "RepRange",
]

_RANGE = re.compile(r"^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$")


#: The most a set can be dosed with: 100 reps, or 600 seconds or metres.
MAX_DOSE = {"reps": 100, "seconds": 600, "metres": 600}
#: Seconds to walk one metre of a loaded carry (a convention for timing, not a target).
SECONDS_PER_METRE = 1.0
#: Seconds to switch sides in a per-side set (a convention for timing).
SWITCH_SECONDS = 10
#: Seconds for one warm-up (ramp) set with its loading and short rest (a convention for timing).
WARMUP_SET_SECONDS = 90


class RepRange(Frozen):
    """Reps per set, ``8`` or ``8-12``; for a hold, seconds (``30-45``); for a carry, metres."""

    low: int = Field(ge=1, le=600)
    high: int = Field(ge=1, le=600)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: Any, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        short = [
            {"type": "integer", "minimum": 1, "maximum": 600},
            {"type": "string", "pattern": r"^\s*\d+\s*(?:[-–]\s*\d+)?\s*$", "examples": ["8-12"]},
            {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
        ]
        return {"anyOf": [*short, handler(core_schema)]}

    @model_validator(mode="before")
    @classmethod
    def _from_short(cls, data: Any) -> Any:
        if isinstance(data, bool):
            return data
        if isinstance(data, int):
            return {"low": data, "high": data}
        if isinstance(data, str):
            match = _RANGE.match(data)
            if not match:
                raise ValueError(f"cannot read reps {data!r}; write 10 or 8-12")
            low = int(match.group(1))
            return {"low": low, "high": int(match.group(2) or low)}
        if isinstance(data, list | tuple) and len(data) == 2:
            return {"low": data[0], "high": data[1]}
        return data

    @model_validator(mode="after")
    def _ordered(self) -> RepRange:
        if self.low > self.high:
            raise ValueError(
                f"rep range {self.low}-{self.high} runs backwards; write {self.high}-{self.low}"
            )
        return self

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"


class Load(Frozen):
    """How heavy: a share of 1RM, reps in reserve (RIR 0-4, R13) or RPE (6-10), or several.

    RPE and RIR describe the same thing (RPE 10 = 0 RIR, R13); give one of them.
    """

    percent_1rm: float | None = Field(default=None, gt=0, le=100, description="% of one-rep max.")
    rir: int | None = Field(default=None, ge=0, le=4, description="Reps in reserve, 0-4 (R13).")
    rpe: float | None = Field(default=None, ge=6, le=10, description="RPE 6-10 (R13).")
    effort: str | None = Field(
        default=None, min_length=3, max_length=120,
        description="For a hold or a carry, how hard in words (reps in reserve mean nothing "
        "there), e.g. 'stop 5-10 s before your form breaks'.",
    )

    @model_validator(mode="after")
    def _some(self) -> Load:
        if (self.percent_1rm is None and self.rir is None and self.rpe is None
                and self.effort is None):
            raise ValueError("give a load as percent_1rm, rir, rpe or effort")
        if self.rir is not None and self.rpe is not None:
            raise ValueError("give RIR or RPE, not both (RPE 10 = 0 RIR, R13)")
        return self

    def __str__(self) -> str:
        parts = []
        if self.percent_1rm is not None:
            parts.append(f"{self.percent_1rm:g}% 1RM")
        if self.rir is not None:
            parts.append(f"{self.rir} RIR")
        if self.rpe is not None:
            parts.append(f"RPE {self.rpe:g}")
        if self.effort is not None:
            parts.append(self.effort)
        return ", ".join(parts)


class Prescription(Frozen):
    """Sets x reps at a load and tempo, with rest between sets.

    ``measure`` says what ``reps`` counts: repetitions (the default), seconds (a hold or a
    timed set) or metres (a carry). ``per_side`` sets are done for one side, then the other.
    """

    sets: int = Field(ge=1, le=12)
    reps: RepRange = Field(description="Reps per set, or seconds or metres (see 'measure').")
    load: Load
    tempo: Tempo
    rest_seconds: int = Field(ge=0, le=600, description="Rest between sets.")
    measure: Measure = Field(default="reps", description="reps | seconds | metres.")
    per_side: bool = Field(default=False, description="Each set is done for each side.")
    warmup_sets: int = Field(
        default=0, ge=0, le=6,
        description="Lighter ramp sets before the working sets (counted in the time).",
    )

    @model_validator(mode="after")
    def _dose_in_range(self) -> Prescription:
        most = MAX_DOSE[self.measure]
        if self.reps.high > most:
            raise ValueError(
                f"{self.reps} {self.measure} per set is more than {most}; "
                f"write at most {most} {self.measure}"
            )
        return self

    def dose(self) -> str:
        """What one set asks for: ``12-15 reps``, ``30-45 s``, ``20 m``, ``... each side``."""
        unit = {"reps": "reps", "seconds": "s", "metres": "m"}[self.measure]
        if self.measure == "reps" and self.reps.high == 1:
            unit = "rep"
        side = " each side" if self.per_side else ""
        return f"{self.reps} {unit}{side}"

    def side_seconds(self) -> float:
        """Working time of one side of one set at the top of the range."""
        if self.measure == "seconds":
            return float(self.reps.high)
        if self.measure == "metres":
            return self.reps.high * SECONDS_PER_METRE
        return self.tempo.set_seconds(self.reps.high)

    def set_seconds(self) -> float:
        """Working time of one set at the top of the range, both sides of a per-side set."""
        one = self.side_seconds()
        return 2 * one + SWITCH_SECONDS if self.per_side else one

    def total_seconds(self) -> float:
        """Working time plus rest between sets (no rest after the last set), plus the
        warm-up sets."""
        return (self.sets * self.set_seconds() + (self.sets - 1) * self.rest_seconds
                + self.warmup_sets * WARMUP_SET_SECONDS)
