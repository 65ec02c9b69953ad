"""Reading what the user asked for: targets, equipment, goal, level, time budget.

Every mistake becomes an :class:`~mmc.errors.MmcError` that names the field and a fix.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import cast

from mmc.errors import MmcError
from mmc.model.common import EQUIPMENT, Equipment, Level
from mmc.model.library import Library
from mmc.model.session import Goal
from mmc.plan.rules import GOALS
from mmc.suggest import did_you_mean

__all__ = [
    "LEVELS",
    "MAX_MINUTES",
    "check_goal",
    "check_level",
    "check_minutes",
    "resolve_equipment",
    "resolve_targets",
]

LEVELS: dict[str, int] = {"beginner": 0, "intermediate": 1, "advanced": 2}
MAX_MINUTES = 240


def _listed(value: object, field: str, example: str) -> list[object]:
    """``value`` as a list of names: one string, or any iterable of them (not a mapping)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise MmcError(f"{field} must be a list of names, not {type(value).__name__}",
                       field=field, fix=f"pass e.g. {example}")
    return list(value)


def resolve_targets(
    library: Library, targets: Iterable[str], *, field: str = "targets"
) -> list[str]:
    """Muscle ids for the names asked for (id, English or Latin name, or alias), in order."""
    found: list[str] = []
    for raw in _listed(targets, field, "['latissimus-dorsi', 'biceps']"):
        if not isinstance(raw, str):
            raise MmcError(f"a target muscle must be a name, not {type(raw).__name__}",
                           field=field, fix="name muscles by id, name or alias, e.g. 'lats'")
        name = raw.strip()
        muscle = library.find_muscle(name) if name else None
        if muscle is None:
            options = [
                name.casefold()
                for m in library.muscles.values()
                for name in (m.id, m.name, *m.aliases)
            ]
            hint = did_you_mean(name.casefold(), sorted(set(options)), 3)
            raise MmcError(
                f"unknown target muscle {name!r}" + (f"; {hint}" if hint else ""),
                field=field,
                fix="use a muscle id, name or alias from the library; `mmc list muscles` "
                "lists them",
            )
        if muscle.id not in found:
            found.append(muscle.id)
    if not found:
        raise MmcError("no target muscles given", field=field, fix="name at least one muscle")
    return found


def resolve_equipment(equipment: Iterable[str]) -> list[Equipment]:
    """The equipment asked for, checked against the vocabulary, sorted and deduplicated."""
    found: set[str] = set()
    for raw in _listed(equipment, "equipment", "['dumbbell', 'bench']"):
        item = raw.strip().casefold() if isinstance(raw, str) else repr(raw)
        if item not in EQUIPMENT:
            hint = did_you_mean(item, EQUIPMENT, 3)
            raise MmcError(
                f"unknown equipment {raw!r}" + (f"; {hint}" if hint else ""),
                field="equipment",
                fix="use some of: " + ", ".join(EQUIPMENT),
            )
        found.add(item)
    return cast(list[Equipment], sorted(found))


def _known(value: str, choices: Collection[str], field: str) -> str:
    """``value`` if it is one of ``choices``; else an error naming ``field`` and the choices."""
    if not isinstance(value, str) or value not in choices:
        hint = did_you_mean(value, choices, 3) if isinstance(value, str) else None
        raise MmcError(
            f"unknown {field} {value!r}" + (f"; {hint}" if hint else ""),
            field=field,
            fix="use one of: " + ", ".join(choices),
        )
    return value


def check_goal(goal: str) -> Goal:
    """The goal, if the planner knows it."""
    return cast(Goal, _known(goal, GOALS, "goal"))


def check_level(level: str) -> Level:
    """The training level, if known."""
    return cast(Level, _known(level, LEVELS, "level"))


def check_minutes(minutes: int, *, field: str = "minutes") -> int:
    """A whole number of minutes between 1 and 240."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
        raise MmcError(
            f"a time budget must be whole minutes from 1 to {MAX_MINUTES}, not {minutes!r}",
            field=field,
            fix="give e.g. 45",
        )
    return minutes
