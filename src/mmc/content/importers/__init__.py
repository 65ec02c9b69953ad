"""Importers of exercise datasets into mmc content files (``mmc import``).

Any dataset in JSON or CSV imports through a mapping file (:mod:`.mapping`) that names its
fields and translates its vocabulary; the four built-in formats are mapping files shipped here
(``mappings/*.toml``), and wger's relational fixtures are first joined by a small hook
(:mod:`.wger`). Inference of what datasets leave out is shared (:mod:`.inference`), and so is
the rest: reading records (:mod:`.importer`, :mod:`.records`), converting each one
(:mod:`.convert`, :mod:`.muscles`), crediting it (:mod:`.attribution`) and crash-safe writing
(:mod:`.writer`), run from start to end by :func:`~.base.run_import`. See
``docs/importing.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from mmc.content.importers.base import (
    Importer,
    ImportReport,
    Reason,
    Skipped,
    Written,
    run_import,
)
from mmc.content.importers.inference import (
    infer_equipment,
    infer_measure,
    infer_mechanic,
    infer_pattern,
    infer_per_side,
)
from mmc.content.importers.mapping import DatasetMapping, Hook
from mmc.content.importers.mapping_file import builtin_mapping, load_mapping
from mmc.content.importers.wger import wger_rows
from mmc.errors import MmcError
from mmc.model.library import Library

__all__ = [
    "FORMATS",
    "GENERIC_FORMATS",
    "DatasetMapping",
    "ImportReport",
    "Importer",
    "Reason",
    "Skipped",
    "Written",
    "import_dataset",
    "import_mapped",
    "infer_equipment",
    "infer_measure",
    "infer_mechanic",
    "infer_pattern",
    "infer_per_side",
    "load_mapping",
]

#: Reader hooks a built-in mapping may name (``[dataset] hook``).
HOOKS: dict[str, Hook] = {"wger": wger_rows}
#: Built-in formats: FORMAT name -> its mapping file in ``mappings/``.
FORMATS: tuple[str, ...] = ("free-exercise-db", "wger", "exercemus", "everkinetic")
#: Formats that need ``--map``: any dataset in JSON or CSV.
GENERIC_FORMATS: tuple[str, ...] = ("json", "csv")


def importer_for(mapping: DatasetMapping) -> Importer:
    """The importer of a mapping (with its hook, for the built-in mappings that name one)."""
    hook = None
    if mapping.hook is not None:
        hook = HOOKS.get(mapping.hook)
        if hook is None or not mapping.source.startswith("mmc:"):
            raise MmcError(
                f"unknown reader hook '{mapping.hook}'",
                file=mapping.source,
                field="dataset.hook",
                fix="leave 'hook' out: mapping files of your own describe JSON or CSV records",
            )
    return Importer(mapping, hook)


def import_dataset(
    format: str,
    source: str | Path,
    out: str | Path,
    *,
    library: Library | None = None,
    keep_unclassified: bool = False,
    force: bool = False,
    aliases: Mapping[str, Iterable[str]] | None = None,
    aliases_file: str | None = None,
) -> ImportReport:
    """Import a built-in dataset (``free-exercise-db``, ``wger``, ``exercemus``,
    ``everkinetic``).

    Writes ``out/exercises/<id>.md`` files that ``mmc check out`` accepts, plus
    ``ATTRIBUTION-<format>.md``, the dataset's license files and
    ``import-report-<format>.json``. Running it again with the same input changes nothing.
    ``keep_unclassified`` keeps records whose pattern or equipment cannot be inferred, marked
    in ``provenance.unclassified``; ``force`` overwrites files edited since the last import;
    ``aliases`` adds names to muscles (muscle id -> names). ``library`` (default: the bundled
    content) gives the muscle names and the exercises imported ids must not clash with.

    >>> report = import_dataset("everkinetic", "data/everkinetic", "imported")  # doctest: +SKIP
    >>> len(report.written) + len(report.skipped) == report.records  # doctest: +SKIP
    True
    """
    if format not in FORMATS:
        raise MmcError(
            f"unknown dataset format '{format}'",
            fix=f"use one of: {', '.join(sorted(FORMATS))}; or 'json'/'csv' with a mapping "
            "file (mmc.import_mapped)",
        )
    return run_import(importer_for(builtin_mapping(format)), source, out, library=library,
                      keep_unclassified=keep_unclassified, force=force, aliases=aliases,
                      aliases_file=aliases_file)


def import_mapped(
    mapping: str | Path | DatasetMapping,
    source: str | Path,
    out: str | Path,
    *,
    format: str | None = None,
    library: Library | None = None,
    keep_unclassified: bool = False,
    force: bool = False,
    aliases: Mapping[str, Iterable[str]] | None = None,
    aliases_file: str | None = None,
) -> ImportReport:
    """Import any JSON or CSV dataset through a mapping file (see ``docs/importing.md``,
    "Import any dataset"). ``format`` (``json`` or ``csv``) overrides the mapping's."""
    loaded = mapping if isinstance(mapping, DatasetMapping) else load_mapping(mapping)
    if format is not None:
        if format not in GENERIC_FORMATS:
            raise MmcError(f"unknown format '{format}'", fix="use json or csv")
        loaded = replace(loaded, format=format)
    return run_import(importer_for(loaded), source, out, library=library,
                      keep_unclassified=keep_unclassified, force=force, aliases=aliases,
                      aliases_file=aliases_file)
