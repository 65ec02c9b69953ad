"""Importers of public exercise datasets into mmc content files (``mmc import``).

One module per dataset format, sharing :mod:`mmc.content.importers.base`. See
``docs/importing.md`` for what each importer maps, infers, skips and keeps.
"""

from __future__ import annotations

from pathlib import Path

from mmc.content.importers.base import Importer, ImportReport, Reason, Skipped, Written, run_import
from mmc.content.importers.everkinetic import Everkinetic
from mmc.content.importers.exercemus import Exercemus
from mmc.content.importers.free_exercise_db import FreeExerciseDb
from mmc.content.importers.wger import Wger
from mmc.errors import MmcError
from mmc.model.library import Library

__all__ = [
    "FORMATS",
    "ImportReport",
    "Importer",
    "Reason",
    "Skipped",
    "Written",
    "import_dataset",
]

#: FORMAT name -> importer class, for ``mmc import FORMAT``.
FORMATS: dict[str, type[Importer]] = {
    cls.name: cls for cls in (FreeExerciseDb, Wger, Exercemus, Everkinetic)
}


def import_dataset(
    format: str, source: str | Path, out: str | Path, *, library: Library | None = None
) -> ImportReport:
    """Import a dataset (``free-exercise-db``, ``wger``, ``exercemus``, ``everkinetic``).

    Writes ``out/exercises/<id>.md`` files that ``mmc check out`` accepts, plus
    ``ATTRIBUTION-<format>.md``, the dataset's license files and
    ``import-report-<format>.json``. Running it again with the same input changes nothing.

    >>> report = import_dataset("everkinetic", "data/everkinetic", "imported")  # doctest: +SKIP
    >>> len(report.written) + len(report.skipped) == report.records  # doctest: +SKIP
    True
    """
    importer = FORMATS.get(format)
    if importer is None:
        raise MmcError(
            f"unknown dataset format '{format}'",
            fix=f"use one of: {', '.join(sorted(FORMATS))}",
        )
    return run_import(importer(), source, out, library=library)
