"""Mapping files: how a dataset's records, field names and vocabulary become mmc's.

A mapping file is TOML (see ``docs/importing.md``, "Import any dataset")::

    [dataset]
    name = "gym-list"                     # provenance.dataset; the report's name
    url = "https://example.org/gym-list"  # provenance.url
    license = "CC-BY-4.0"                 # when a record names none
    attribution = "The gym-list authors"  # when a record names none
    records = "items"                     # JSON: where the list of records is

    [fields]                              # mmc field = the record's field
    name = "title"
    primary = "targets"

    [split]                               # a text value holding several items
    primary = ","

    [values.equipment]                    # the dataset's word = mmc's
    "Hantel" = "dumbbell"

The four built-in formats are mapping files in this package (``mappings/*.toml``); wger's
relational fixtures are first flattened into records by a small hook (:mod:`.wger`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mmc.content.importers.json_input import load_json
from mmc.errors import MmcError

__all__ = [
    "CATEGORIES",
    "DATASET_KEYS",
    "FIELDS",
    "FORCES",
    "LIST_FIELDS",
    "SKIP",
    "SKIPPED_CATEGORIES",
    "VALUE_KINDS",
    "DatasetMapping",
    "Malformed",
    "load_json",
    "value_key",
]

#: mmc fields a mapping can name, and what each holds.
FIELDS: dict[str, str] = {
    "id": "the record's id in the dataset (default: its position)",
    "name": "the exercise's name (required)",
    "primary": "target muscles",
    "secondary": "helper muscles",
    "equipment": "equipment",
    "category": "kind of exercise (strength, stretching, cardio ...)",
    "mechanic": "compound or isolation (or isometric)",
    "force": "push, pull or static (a hold)",
    "level": "beginner, intermediate or advanced",
    "tempo": "a tempo such as 3-1-1-0",
    "instructions": "steps, as a list or a text",
    "tips": "tips, as a list or a text",
    "images": "image paths or URLs (kept in provenance, not copied)",
    "license": "the record's license (an SPDX id, or a word mapped by [values.license])",
    "attribution": "who to credit for the record",
    "url": "the record's own web address",
}
#: Fields that hold several values (a list, or a text split by ``[split]``).
LIST_FIELDS = frozenset({"primary", "secondary", "equipment", "instructions", "tips", "images"})
#: Vocabularies a mapping can translate under ``[values.KIND]``.
VALUE_KINDS = ("muscle", "equipment", "category", "mechanic", "force", "level", "license")
#: mmc's exercise categories. A dataset's categories map onto these.
CATEGORIES = (
    "strength",
    "powerlifting",
    "bodyweight",
    "calisthenics",
    "plyometrics",
    "strongman",
    "cardio",
    "stretching",
    "olympic",
)
#: Categories not imported by default, and why (a mapping's ``[categories] skip`` changes it).
SKIPPED_CATEGORIES: dict[str, str] = {
    "cardio": "conditioning work, not a lift or a hold",
    "stretching": "a stretch or mobility drill: no loaded movement pattern, nothing to "
    "coach a contraction on",
    "olympic": "olympic lifting: explosive whole-body lifts (R2) with no single movement pattern",
}
FORCES = ("push", "pull", "static")
#: Keys of the [dataset] table, and what each says.
DATASET_KEYS = {
    "name": "provenance.dataset and the report's name",
    "title": "the dataset's title, for ATTRIBUTION-<name>.md",
    "url": "where the dataset lives (provenance.url)",
    "license": "the license of records that name none (SPDX id)",
    "attribution": "who to credit for records that name none",
    "format": "json or csv",
    "file": "the data file inside a source directory",
    "records": "JSON: dotted path(s) to the list of records",
    "delimiter": "CSV: the column separator",
    "license_files": "license files of the dataset, copied next to the output",
    "license_note": "a paragraph for ATTRIBUTION-<name>.md: what the license asks",
    "images_url": "prefix of relative image paths",
    "hook": "a built-in reader (only the built-in wger mapping has one)",
}
#: Key of a record a reader hook could not read: ``(reason code, message)``.
SKIP = "__mmc_skip__"


class Malformed(Exception):
    """A record's field does not have the shape the mapping expects (skipped and reported)."""

    def __init__(self, field: str, source: str, expected: str, found: Any) -> None:
        self.field = field
        self.message = (
            f"field '{source}' ({field}) should be {expected}, not {_kind(found)}"
        )
        super().__init__(self.message)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"the number {value!r}" if len(repr(value)) < 20 else "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def value_key(value: str) -> str:
    return " ".join(value.replace("\u00a0", " ").split()).casefold()


@dataclass(frozen=True, slots=True)
class DatasetMapping:
    """A parsed mapping file (see the module docs)."""

    name: str
    title: str
    url: str | None
    license: str | None
    attribution: str | None
    format: str = "json"
    file: str | None = None
    records: tuple[str, ...] = ("",)
    delimiter: str = ","
    license_files: tuple[str, ...] = ()
    license_note: str = ""
    images_url: str | None = None
    hook: str | None = None
    fields: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    split: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    keep: frozenset[str] = frozenset(c for c in CATEGORIES if c not in SKIPPED_CATEGORIES)
    skip: Mapping[str, str] = field(default_factory=lambda: dict(SKIPPED_CATEGORIES))
    source: str = "<mapping>"

    def value(self, kind: str, raw: str) -> str | None:
        """The mmc word for a dataset word of ``kind`` (case and spacing ignored)."""
        return self.values.get(kind, {}).get(value_key(raw))

    # -- reading -----------------------------------------------------------------------------

    def data_file(self, source: Path) -> Path:
        """The data file: ``source`` itself, or ``file`` inside the directory ``source``."""
        if source.is_file():
            return source
        wanted = self.file or ("exercises.csv" if self.format == "csv" else "exercises.json")
        path = source / wanted
        if not path.is_file():
            raise MmcError(
                f"{self.name}: {wanted} not found in {source}",
                file=str(source),
                fix=f"pass the data file itself, or a directory holding {wanted}",
            )
        return path

    def rows(self, source: Path) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(where, record)`` of every record of the dataset, in file order."""
        path = self.data_file(source)
        if self.format == "csv":
            yield from self._csv_rows(path)
            return
        data = load_json(path, self.name)
        for where in self.records:
            rows = _walk(data, where)
            shown = f"'{where}'" if where else "the top level"
            if rows is _MISSING and not isinstance(data, dict):
                raise MmcError(
                    f"{self.name}: expected a JSON object holding {shown} (the list of "
                    f"records) in {path.name}, found {_kind(data)}",
                    file=str(path),
                    field="dataset.records",
                    fix="pass the dataset's own file, or set [dataset] records to the path "
                    "of its list of records",
                )
            if rows is _MISSING:
                top = sorted(data) if isinstance(data, dict) else []
                raise MmcError(
                    f"{self.name}: {path.name} has no {shown}"
                    + (f" (its keys: {', '.join(map(str, top[:12]))})" if top else ""),
                    file=str(path),
                    field="dataset.records",
                    fix="point [dataset] records at the list of exercise records",
                )
            if not isinstance(rows, list):
                raise MmcError(
                    f"{self.name}: expected a list of records (JSON objects) at {shown} of "
                    f"{path.name}, found {_kind(rows)}",
                    file=str(path),
                    field="dataset.records",
                    fix="pass the dataset's own file, or set [dataset] records to the path "
                    "of its list of records",
                )
            objects = sum(isinstance(row, dict) for row in rows)
            if rows and not objects:
                raise MmcError(
                    f"{self.name}: expected records (JSON objects) in the list at {shown} of "
                    f"{path.name}, found {_kind(rows[0])} items",
                    file=str(path),
                    field="dataset.records",
                    fix="point [dataset] records at the list of exercise records",
                )
            label = where or path.name
            for index, row in enumerate(rows):
                yield f"{label}[{index}]", row if isinstance(row, dict) else {"": row}

    def _csv_rows(self, path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise MmcError(
                f"{self.name}: cannot read {path.name}: {exc}",
                file=str(path),
                fix="pass a UTF-8 CSV file with a header row",
            ) from None
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=self.delimiter)
        header = reader.fieldnames or []
        named = {p.split(".")[0] for paths in self.fields.values() for p in paths}
        if not header or not named & set(header):
            raise MmcError(
                f"{self.name}: expected a CSV header row naming the mapped columns "
                f"({', '.join(sorted(named))}); found {', '.join(header[:12]) or 'nothing'}",
                file=str(path),
                line=1,
                fix="the first line must name the columns; check [dataset] delimiter",
            )
        for index, row in enumerate(reader, 2):
            yield f"line {index}", {k: v for k, v in row.items() if k is not None}

    # -- fields ------------------------------------------------------------------------------

    def raw(self, row: Mapping[str, Any], name: str) -> tuple[str, Any] | None:
        """``(source path, value)`` of the first path of field ``name`` present in ``row``."""
        for path in self.fields.get(name, ()):
            value = _walk(row, path)
            if value is not _MISSING and value is not None and value != "" and value != []:
                return path, value
        return None

    def present(self, row: Mapping[str, Any], name: str) -> bool:
        return any(_walk(row, path) is not _MISSING for path in self.fields.get(name, ()))

    def text(self, row: Mapping[str, Any], name: str) -> str | None:
        """A single text field (numbers are read as text); wrong shapes raise Malformed."""
        found = self.raw(row, name)
        if found is None:
            return None
        path, value = found
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise Malformed(name, path, "a text", value)
        return str(value)

    def texts(self, row: Mapping[str, Any], name: str) -> tuple[tuple[str, ...], bool]:
        """A list field: ``(items, was_a_list)``; a text is split by ``[split]`` (lines for
        instructions and tips)."""
        found = self.raw(row, name)
        if found is None:
            return (), False
        path, value = found
        if isinstance(value, str):
            sep = self.split.get(name)
            if sep is None and name in ("instructions", "tips"):
                parts = value.splitlines()
            elif sep is None:
                parts = [value]
            else:
                parts = value.split(sep)
            return tuple(p.strip() for p in parts if p.strip()), False
        if isinstance(value, list):
            items: list[str] = []
            for item in value:
                if isinstance(item, bool) or not isinstance(item, str | int | float):
                    raise Malformed(name, path, "a list of texts", [item] if item is None
                                    else item)
                items.append(str(item))
            return tuple(items), True
        raise Malformed(name, path, "a list of texts or a text", value)


_MISSING: Any = object()


def _walk(data: Any, path: str) -> Any:
    if not path:
        return data
    current = data
    for part in path.split("."):
        if isinstance(current, dict) and part in current:
            current = current[part]
        else:
            return _MISSING
    return current


Hook = Callable[[DatasetMapping, Path], Iterable[tuple[str, dict[str, Any]]]]
