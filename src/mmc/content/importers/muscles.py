"""A dataset's muscle names as mmc muscle ids: through the mapping's ``[values.muscle]``, the
library's names, Latin names and aliases, then the ``aliases`` setting; and the muscles a
record's name mentions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from mmc.content.importers.inference import normalise_name
from mmc.content.importers.mapping import DatasetMapping
from mmc.content.importers.records import ImportReport
from mmc.content.importers.text import clean_text
from mmc.errors import MmcError
from mmc.model.library import Library, name_key
from mmc.suggest import did_you_mean

__all__ = ["alias_table", "map_muscle", "map_muscles", "muscles_in_name"]

def map_muscle(
    raw: str, mapping: DatasetMapping, library: Library, aliases: Mapping[str, str]
) -> str | None:
    """The mmc muscle a dataset's muscle name means, if any."""
    target = mapping.value("muscle", raw)
    for name in (target, raw):
        if not name:
            continue
        found = library.find_muscle(name)
        if found is not None:
            return found.id
        if name_key(name) in aliases:
            return aliases[name_key(name)]
    return None


def map_muscles(
    raw: Iterable[str],
    mapping: DatasetMapping,
    library: Library,
    report: ImportReport,
    role: str,
    aliases: Mapping[str, str],
) -> tuple[list[str], list[str]]:
    """``(ids, unmapped names)`` of a record's muscles in one ``role``; each unmapped name is
    counted in the report."""
    ids: list[str] = []
    missing: list[str] = []
    for value in raw:
        value = clean_text(value)
        if not value:
            continue
        muscle_id = map_muscle(value, mapping, library, aliases)
        if muscle_id is None:
            report.count_unmapped(f"{role} muscle", value)
            missing.append(value)
        elif muscle_id not in ids:
            ids.append(muscle_id)
    return ids, missing


def muscles_in_name(name: str, library: Library) -> list[str]:
    """Muscles a name mentions (by id, name or alias: "bicep", "lats"), in name order."""
    words = normalise_name(name).split()
    found: list[str] = []
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            muscle = library.find_muscle(" ".join(words[start:start + size]))
            if muscle is not None and muscle.id not in found:
                found.append(muscle.id)
    return found


def alias_table(
    aliases: Mapping[str, Iterable[str]], library: Library, file: str | None
) -> dict[str, str]:
    """name -> muscle id of the extra aliases; an unknown muscle id is an error."""
    table: dict[str, str] = {}
    for muscle_id, names in sorted(aliases.items()):
        if muscle_id not in library.muscles:
            raise MmcError(
                f"aliases: no muscle has the id '{muscle_id}'",
                file=file,
                field=f"aliases.{muscle_id}",
                fix=did_you_mean(muscle_id, library.muscles) or "use a muscle id (mmc check "
                "lists them; e.g. latissimus-dorsi)",
            )
        for name in names:
            table.setdefault(name_key(name), muscle_id)
    return table
