"""An import from start to end: :func:`run_import`.

A dataset is read into :class:`SourceRecord` objects through its mapping file
(:mod:`.mapping`), or :class:`Rejected` ones it cannot read; :func:`run_import` does the rest:

1. maps categories, muscles, equipment, mechanic, force and level through the mapping's
   ``[values]`` tables and the library's muscle names and aliases
   (:meth:`mmc.Library.find_muscle`); every value that does not map is counted;
2. infers what the dataset does not say (:mod:`.inference`): the movement pattern from the
   name, muscles and force, equipment from the name, the mechanic from the pattern or the
   joints the muscles cross, holds, carries and per-side work; a record that cannot be
   classified is skipped with its reasons (or kept and marked, with ``keep_unclassified``);
3. de-duplicates by id, against the library's exercises and against files in the output
   directory that it did not write; a second record of an id it wrote is written as the
   variation its data names (its load, implement, position or grip, :mod:`.twins`), or
   reported as the same exercise as the written one (``same-as-written``, with that file's
   id), or as undecided (``duplicate``);
4. fails loudly, before writing anything, when the input has the wrong shape, when a mapped
   field is in no record, or when no record could be written;
5. writes each ``exercises/<id>.md`` atomically (temporary file, fsync, rename) and only when
   its text differs; repairs an empty or damaged file of an earlier import; leaves a file the
   user edited since it was imported alone and reports it (``force`` overwrites); removes files
   it wrote before that the dataset no longer yields; writes ``ATTRIBUTION-<dataset>.md``,
   copies of the dataset's license files and ``import-report-<dataset>.json`` (which records a
   digest of every file written, to recognise edits).

The same input gives byte-identical output, so a second run changes no file.
"""


from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mmc.content.importers.attribution import LICENSE_URLS, attribution_text
from mmc.content.importers.convert import Converted, convert
from mmc.content.importers.defaults import DEFAULT_TEMPO, HOLD_TEMPO, KEEPABLE
from mmc.content.importers.importer import Importer
from mmc.content.importers.muscles import alias_table
from mmc.content.importers.records import (
    ImportReport,
    Reason,
    Rejected,
    Skipped,
    SourceRecord,
    Written,
)
from mmc.content.importers.text import clean_text, markdown_text, same_exercise_key, slugify
from mmc.content.importers.twins import (
    Twin,
    judge,
    load_variant,
    loads_of,
    twin,
    word_variant,
)
from mmc.content.importers.writer import (
    OnDisk,
    existing_files,
    previous_digests,
    remove_gone,
    render,
    repairable,
    validate,
    write_file,
    write_planned,
)
from mmc.content.loader import load_library
from mmc.errors import MmcError
from mmc.model.library import Library

__all__ = [
    "DEFAULT_TEMPO",
    "HOLD_TEMPO",
    "KEEPABLE",
    "LICENSE_URLS",
    "ImportReport",
    "Importer",
    "Reason",
    "Rejected",
    "Skipped",
    "SourceRecord",
    "Written",
    "markdown_text",
    "run_import",
    "same_exercise_key",
    "slugify",
]


def run_import(
    importer: Importer,
    source: str | Path,
    out: str | Path,
    *,
    library: Library | None = None,
    keep_unclassified: bool = False,
    force: bool = False,
    aliases: Mapping[str, Iterable[str]] | None = None,
    aliases_file: str | None = None,
) -> ImportReport:
    """Import a dataset into ``out`` (see the module docs); return the report.

    ``library`` supplies the muscle names and aliases and the exercise ids that imported ids
    must not clash with; by default the bundled content alone (no packs, no directories).
    ``keep_unclassified`` keeps records whose pattern or equipment cannot be inferred (with a
    placeholder, listed in ``provenance.unclassified``); ``force`` overwrites files the user
    edited since they were imported. ``aliases`` adds names to muscles (muscle id -> names,
    the ``aliases`` setting of ``mmc.toml``, read from ``aliases_file``).
    """
    source_path, out_path = _checked_paths(Path(source), Path(out))
    if library is None:
        library = load_library(packs=False)
    extra_names = alias_table(aliases or {}, library, aliases_file)
    report = ImportReport(dataset=importer.name)
    existing = existing_files(out_path)
    digests = previous_digests(out_path, importer.name)
    seen = _Seen(importer.name, _library_keys(library, out_path), existing, digests)
    planned: list[tuple[str, bytes]] = []
    for item in importer.read(source_path):
        report.records += 1
        if isinstance(item, Rejected):
            report.skipped.append(Skipped(item.record, item.name, (item.reason,)))
            continue
        result = convert(importer, item, library, report, keep_unclassified, extra_names)
        if isinstance(result, list):
            report.skipped.append(Skipped(item.record, clean_text(item.name), tuple(result)))
            continue
        data = render(result).encode("utf-8")
        invalid = seen.clash(result.slug, data) or validate(result, data)
        if invalid is not None and invalid.code == "duplicate":
            # Another record of this id was written: another variation that this record's
            # data names (its load, its implement, position or grip) is written under a name
            # that says so; the same exercise is reported as represented by that file.
            variant, invalid = seen.second(item, result, invalid)
            if variant is not None:
                result, data = variant, render(variant).encode("utf-8")
                invalid = seen.clash(result.slug, data) or validate(result, data)
        if invalid is not None:
            report.skipped.append(Skipped(item.record, clean_text(item.name), (invalid,)))
            continue
        seen.chosen[same_exercise_key(result.slug)] = (result.slug, item.record,
                                                       clean_text(item.name))
        seen.twins[same_exercise_key(result.slug)] = twin(item, result.front,
                                                          clean_text(item.name))
        report.notes.update(result.notes)
        report.in_scope_written += 1
        report.kept_unclassified += result.unclassified
        report.written.append(
            Written(item.record, clean_text(item.name), result.slug, item.license,
                    item.attribution)
        )
        planned.append((result.slug, data))

    _loud(importer, report, source_path)
    # Writing: nothing above touched the disk.
    written = write_planned(planned, out_path, existing, digests, force, report)
    remove_gone(importer.name, written, out_path, existing, digests, force, report)
    _write_credits(importer, source_path, out_path, report)
    return report


def _checked_paths(source: Path, out: Path) -> tuple[Path, Path]:
    """``source`` and ``out``, refused before anything is read when they cannot be used."""
    if not source.exists():
        raise MmcError(
            f"{source} does not exist",
            file=str(source),
            fix="pass the dataset's directory or data file",
        )
    if out.exists() and not out.is_dir():
        raise MmcError(
            f"{out} is not a directory", file=str(out), fix="pass a directory for --out"
        )
    if (out / "exercises").exists() and not (out / "exercises").is_dir():
        raise MmcError(
            f"{out / 'exercises'} is not a directory",
            file=str(out / "exercises"),
            fix="move that file away, or import into another directory",
        )
    return source, out


def _library_keys(library: Library, out: Path) -> dict[str, str]:
    """:func:`same_exercise_key` -> id of the library's exercises, but those of files in the
    output directory (judged from the files themselves)."""
    out_resolved = out.resolve()
    keys: dict[str, str] = {}
    for item_id in sorted(library.exercises):
        where = library.source("exercise", item_id)
        if where is not None and Path(where).resolve().parent.parent == out_resolved:
            continue
        keys.setdefault(same_exercise_key(item_id), item_id)
    return keys


@dataclass(slots=True)
class _Seen:
    """The exercises an id must not clash with: the dataset's own chosen so far, the
    library's, and files in the output directory this importer did not write.

    Ids that differ only in plural forms ("squat-with-bands", "squats-with-bands") name the
    same exercise: the first one wins.
    """

    dataset: str
    library_keys: dict[str, str]
    existing: Mapping[str, OnDisk]
    digests: Mapping[str, str]
    chosen: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    twins: dict[str, Twin] = field(default_factory=dict)
    """What decides whether a later record of each chosen id is the same exercise."""

    def second(self, rec: SourceRecord, converted: Converted, duplicate: Reason,
               ) -> tuple[Converted | None, Reason]:
        """A record whose id was chosen already: the variant it is (named for its load or
        its variation words, :mod:`.twins`), or why it is not written: the same exercise as
        the written one (``same-as-written``), or ``duplicate`` with why it was not judged
        the same."""
        kept = self.twins[same_exercise_key(converted.slug)]
        variant = load_variant(converted, loads_of(kept.equipment))
        if variant is not None:
            return variant, duplicate
        new = twin(rec, converted.front, clean_text(rec.name))
        verdict = judge(kept, new)
        if verdict.outcome == "variant":
            variant = word_variant(converted, verdict, new)
            if variant is not None:
                return variant, duplicate
            why = (f"its {verdict.kind} ({', '.join(verdict.labels)}) is not that record's, "
                   "but its equipment does not say the same")
        elif verdict.outcome == "same":
            return None, Reason(
                "same-as-written",
                f"the same exercise as record {kept.record} ({kept.name!r}), written as "
                f"exercises/{kept.slug}.md: nothing in its name, text or equipment tells "
                "them apart, and it converts alike",
                id=kept.slug,
            )
        else:
            why = f"it converts differently: {verdict.why}"
        return None, Reason("duplicate", f"{duplicate.message}; not judged the same exercise "
                            f"({why}), and nothing in its data names the variation")

    def clash(self, slug: str, data: bytes) -> Reason | None:
        key = same_exercise_key(slug)
        if key in self.chosen:
            kept, record, name = self.chosen[key]
            return Reason(
                "duplicate",
                f"the same id as record {record} ({name!r}, id '{kept}'), kept first",
            )
        if key in self.library_keys:
            # No file path here: the report must not depend on where mmc is installed.
            # Not written a second time: plans and the site use the library's exercise.
            return Reason("in-library", f"the library already has this exercise as "
                          f"'{self.library_keys[key]}' (used instead; nothing is lost)")
        for other, disk in self.existing.items():
            if same_exercise_key(other) != key or disk.owner == self.dataset:
                continue
            if other == slug and repairable(disk, data):
                continue  # an empty or broken file of an earlier import: repaired later
            by = f"imported from {disk.owner}" if disk.owner else "not written by an importer"
            return Reason("clash", f"exercises/{other}.md is already in the output ({by})")
        return None


def _loud(importer: Importer, report: ImportReport, source: Path) -> None:
    """Refuse, before anything is written, an input that cannot be what the mapping says."""
    mapping = importer.mapping
    if report.records == 0:
        raise MmcError(
            f"{importer.name}: no records in {source}",
            file=str(source),
            fix="pass the dataset's own file; with a mapping, point [dataset] records at its "
            "list of records",
        )
    # Fields most records have: one in no record is a misspelt field or the wrong data. Rare
    # fields (tempo, tips ...) may be absent from a given copy.
    expected = {"id", "name", "primary", "secondary", "equipment", "category", "instructions"}
    expected |= {"license"} if mapping.license is None else set()
    expected |= {"attribution"} if mapping.attribution is None else set()
    absent = [name for name in mapping.fields
              if name in expected and importer.present[name] == 0]
    if absent:
        listed = ", ".join(f"{name} = {' or '.join(map(repr, mapping.fields[name]))}"
                           for name in absent)
        raise MmcError(
            f"{importer.name}: no record of {report.records} has the mapped field(s) {listed}",
            file=mapping.source,
            field=f"fields.{absent[0]}",
            fix="name the field as the records spell it (a dotted path for nested fields), "
            "or leave it out of [fields]",
        )
    if not report.written:
        top = ", ".join(f"{code} {count}" for code, count in report.skip_counts().most_common(4))
        example = report.skipped[0] if report.skipped else None
        first = (f"; e.g. record {example.record}: {example.reasons[0].message}"
                 if example and example.reasons else "")
        raise MmcError(
            f"{importer.name}: 0 of {report.records} records could be written ({top}){first}",
            file=str(source),
            fix="check the mapping's fields and [values] tables against the data "
            "(nothing was written or removed)",
        )


def _write_credits(importer: Importer, source: Path, out: Path, report: ImportReport) -> None:
    """``ATTRIBUTION-<dataset>.md``, the dataset's license files and the import report."""
    write_file(
        out / f"ATTRIBUTION-{importer.name}.md",
        attribution_text(importer, report).encode("utf-8"),
        out,
        report,
    )
    folder = source.parent if source.is_file() else source
    for name in importer.mapping.license_files:
        license_file = folder / name
        if license_file.is_file():
            target = out / f"LICENSE-{importer.name}-{name}"
            write_file(target, license_file.read_bytes(), out, report)
        else:
            report.notes[f"license file {name} not in the source: not copied"] += 1
    saved = json.dumps(report.to_dict(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    write_file(out / f"import-report-{importer.name}.json", saved.encode("utf-8"), out, report)
