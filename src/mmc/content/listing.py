"""What ``mmc list muscles|exercises|drills`` shows: the ids a coach can use, with names and groups.

The ids come from the same sources as every other command (the bundled library, packs and
the project's content), so a pip user need not open mmc's repository to find them.
"""

from __future__ import annotations

from typing import Any

from mmc.errors import MmcError
from mmc.model.common import GROUPS
from mmc.model.library import Library
from mmc.suggest import did_you_mean

__all__ = ["KIND_NAMES", "listing"]

KIND_NAMES = ("muscles", "exercises", "drills")


def listing(library: Library, kind: str, group: str | None = None) -> list[dict[str, Any]]:
    """``{id, name, groups, ...}`` of every item of ``kind`` (optionally in one muscle
    ``group``), sorted by id. An exercise's groups are its primary muscles' groups; a
    drill's, its targets'."""
    if kind not in KIND_NAMES:
        raise MmcError(f"unknown kind {kind!r}", field="kind",
                       fix="use one of: " + ", ".join(KIND_NAMES))
    if group is not None and group not in GROUPS:
        hint = did_you_mean(group, GROUPS)
        raise MmcError(
            f"unknown muscle group {group!r}",
            field="--group",
            fix=(f"{hint} " if hint else "") + "groups: " + ", ".join(GROUPS),
        )

    def groups_of(ids: list[str]) -> list[str]:
        found = {library.muscles[m].group for m in ids if m in library.muscles}
        return [g for g in GROUPS if g in found]

    rows: list[dict[str, Any]] = []
    if kind == "muscles":
        for muscle in library.muscles.values():
            rows.append({"id": muscle.id, "name": muscle.name, "groups": [muscle.group],
                         "parent": muscle.parent, "aliases": list(muscle.aliases)})
    elif kind == "exercises":
        for exercise in library.exercises.values():
            rows.append({"id": exercise.id, "name": exercise.name,
                         "groups": groups_of(list(exercise.primary)),
                         "primary": list(exercise.primary),
                         "equipment": list(exercise.equipment)})
    else:
        for drill in library.drills.values():
            rows.append({"id": drill.id, "name": drill.name,
                         "groups": groups_of(list(drill.targets)),
                         "targets": list(drill.targets)})
    rows = [row for row in rows if group is None or group in row["groups"]]
    return sorted(rows, key=lambda row: str(row["id"]))
