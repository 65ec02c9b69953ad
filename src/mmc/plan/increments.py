"""The loads a lifter can actually set: plate steps, dumbbell racks, stacks, kettlebells.

An :class:`Increments` is passed to :func:`mmc.progress` per call (never a module global:
two lifters on one server may train in kg and lb). The defaults are conventions: common
commercial-gym equipment. Give your own rack when it differs.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import Field, field_validator

from mmc.model.common import Frozen
from mmc.model.exercise import Exercise

__all__ = ["LOAD_KINDS", "Increments", "LoadKind", "load_kind"]

Unit = Literal["kg", "lb"]
LoadKind = Literal[
    "barbell", "ez-bar", "machine", "cable", "kettlebell", "dumbbell", "plate", "band", "bodyweight"
]
#: How each kind of exercise is loaded, in the order an exercise's equipment is read.
LOAD_KINDS: tuple[LoadKind, ...] = (
    "barbell", "ez-bar", "machine", "cable", "kettlebell", "dumbbell", "plate", "band", "bodyweight"
)

_KG_DUMBBELLS = (*(float(w) for w in range(1, 11)), *(10.0 + 2.5 * i for i in range(1, 21)))
_LB_DUMBBELLS = tuple(float(w) for w in range(5, 155, 5))
_KG_KETTLEBELLS = (4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0, 20.0, 24.0, 28.0, 32.0, 36.0, 40.0, 48.0)
_LB_KETTLEBELLS = tuple(float(w) for w in range(10, 110, 5))
_KG_PLATES = (1.25, 2.5, 5.0, 10.0, 15.0, 20.0, 25.0)
_LB_PLATES = (2.5, 5.0, 10.0, 25.0, 35.0, 45.0)


def load_kind(exercise: Exercise) -> LoadKind:
    """How an exercise is loaded: a bodyweight exercise (push-up, inverted row, dip) even
    when it uses a bar or a bench; otherwise its first loadable equipment; a band; or
    bodyweight.
    """
    if "bodyweight" in exercise.equipment:
        return "bodyweight"
    for kind in LOAD_KINDS:
        if kind in exercise.equipment:
            return kind
    return "bodyweight"


class Increments(Frozen):
    """The loads available, per kind of equipment, in one unit.

    ``barbell``, ``ez_bar``, ``machine`` and ``cable`` are steps: any multiple of the step
    can be set (a barbell's step is a pair of its smallest plates). ``dumbbells``,
    ``kettlebells`` and ``plates`` are the weights on the rack, ascending; left empty they
    are a common rack for the unit (convention). ``Increments.for_unit('lb')`` gives the
    pound defaults.
    """

    unit: Unit = Field(default="kg", description="kg or lb: the unit of every weight here.")
    barbell: float = Field(default=2.5, gt=0, le=50, description="Smallest barbell step.")
    ez_bar: float = Field(default=2.5, gt=0, le=50, description="Smallest EZ-bar step.")
    machine: float = Field(default=5.0, gt=0, le=50, description="A stack's pin step.")
    cable: float = Field(default=2.5, gt=0, le=50, description="A cable stack's step.")
    dumbbells: tuple[float, ...] = Field(default=(), description="The dumbbell rack.")
    kettlebells: tuple[float, ...] = Field(default=(), description="The kettlebells.")
    plates: tuple[float, ...] = Field(default=(), description="Single plates, held.")

    @field_validator("dumbbells", "kettlebells", "plates")
    @classmethod
    def _ascending(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if any(w <= 0 for w in value):
            raise ValueError("every weight must be > 0")
        if list(value) != sorted(set(value)):
            raise ValueError("list the weights once each, lightest first")
        return value

    @classmethod
    def for_unit(cls, unit: str) -> Increments:
        """The defaults for ``kg`` or ``lb`` (lb: 5 lb barbell and cable steps, 10 lb pins)."""
        if unit == "lb":
            return cls(unit="lb", barbell=5.0, ez_bar=5.0, machine=10.0, cable=5.0)
        return cls.model_validate({"unit": unit})

    def ladder(self, kind: LoadKind) -> tuple[float, ...] | None:
        """The weights available for a rack kind (dumbbell, kettlebell, plate), else None."""
        kg = self.unit == "kg"
        if kind == "dumbbell":
            return self.dumbbells or (_KG_DUMBBELLS if kg else _LB_DUMBBELLS)
        if kind == "kettlebell":
            return self.kettlebells or (_KG_KETTLEBELLS if kg else _LB_KETTLEBELLS)
        if kind == "plate":
            return self.plates or (_KG_PLATES if kg else _LB_PLATES)
        return None

    def step(self, kind: LoadKind) -> float | None:
        """The step of a stepped kind (barbell, EZ-bar, machine, cable), else None."""
        return {
            "barbell": self.barbell,
            "ez-bar": self.ez_bar,
            "machine": self.machine,
            "cable": self.cable,
        }.get(kind)

    def next_up(self, kind: LoadKind, weight: float, *, at_least: float) -> float | None:
        """The lightest settable load of ``kind`` that is >= ``at_least`` and > ``weight``;
        None when the rack has nothing heavier (or the kind is not loaded)."""
        ladder = self.ladder(kind)
        if ladder is not None:
            return next((w for w in ladder if w > weight and w >= at_least), None)
        step = self.step(kind)
        if step is None:
            return None
        value = math.ceil(round(max(at_least, weight + 1e-9) / step, 9)) * step
        if value <= weight:
            value += step
        return round(value, 6)

    def next_down(self, kind: LoadKind, weight: float, *, at_most: float, floor: float) -> float:
        """The heaviest settable load of ``kind`` at or under ``at_most``; if that is under
        ``floor``, the lightest one at or above ``floor``; ``weight`` itself when no settable
        load lies between ``floor`` and ``weight``."""
        ladder = self.ladder(kind)
        if ladder is not None:
            options = [w for w in ladder if floor <= w < weight]
        else:
            step = self.step(kind)
            if step is None:
                return weight
            first = math.ceil(round(floor / step, 9))
            options = [round(i * step, 6) for i in range(first, math.ceil(weight / step) + 1)]
            options = [w for w in options if floor <= w < weight]
        if not options:
            return weight
        under = [w for w in options if w <= at_most]
        return under[-1] if under else options[0]
