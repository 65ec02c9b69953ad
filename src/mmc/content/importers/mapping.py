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
import json
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, get_args

from mmc.errors import MmcError
from mmc.model.common import EQUIPMENT, Level, Mechanic

__all__ = [
    "CATEGORIES",
    "FIELDS",
    "LIST_FIELDS",
    "SKIP",
    "SKIPPED_CATEGORIES",
    "VALUE_KINDS",
    "DatasetMapping",
    "Malformed",
    "builtin_mapping",
    "load_mapping",
    "parse_mapping",
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
    "stretching": "a stretch: no loaded movement pattern, nothing to coach a contraction on",
    "olympic": "olympic lifting: explosive whole-body lifts (R2) with no single movement pattern",
}
FORCES = ("push", "pull", "static")
_DATASET_KEYS = {
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
_MAX_DEPTH = 200
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


def _key(value: str) -> str:
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
        return self.values.get(kind, {}).get(_key(raw))

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


def load_json(path: Path, dataset: str) -> Any:
    """A JSON file, any problem (including absurd nesting) an MmcError naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MmcError(
            f"{dataset}: cannot read {path.name}: {exc}",
            file=str(path),
            fix="pass an unmodified UTF-8 copy of the dataset",
        ) from None
    depth = _nesting(text)
    if depth > _MAX_DEPTH:
        raise MmcError(
            f"{dataset}: {path.name} is nested {depth} levels deep; a dataset needs a few",
            file=str(path),
            fix="pass an unmodified copy of the dataset",
        )
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise MmcError(
            f"{dataset}: {path.name} is not valid JSON: {exc}",
            file=str(path),
            fix="pass an unmodified copy of the dataset",
        ) from None


def _nesting(text: str) -> int:
    """The deepest bracket nesting outside strings (cheap pre-check before json.loads)."""
    if text.count("[") + text.count("{") <= _MAX_DEPTH:
        return 0
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > _MAX_DEPTH:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest


# -- parsing mapping files ---------------------------------------------------------------------


def _fail(source: str, key: str, message: str, fix: str) -> MmcError:
    return MmcError(message, file=source, field=key, fix=fix)


def _str(table: Mapping[str, Any], key: str, source: str, where: str) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(source, f"{where}.{key}", f"'{key}' must be a non-empty text",
                    f"write {key} = \"...\"")
    return value.strip()


def _paths(value: Any, source: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str) and value.strip():
        return (value.strip(),)
    if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(v.strip() for v in value)
    raise _fail(source, key, "a field must name the record's field: a text, or a list of texts "
                "(the first one present is used)", f'write {key.split(".")[-1]} = "their_field"')


def parse_mapping(text: str, source: str = "<mapping>") -> DatasetMapping:
    """A mapping from TOML text; every mistake an :class:`MmcError` naming the key and a fix."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MmcError(f"not valid TOML: {exc}", file=source,
                       fix="see docs/importing.md, 'Import any dataset'") from None
    unknown = sorted(set(data) - {"dataset", "fields", "split", "values", "categories"})
    if unknown:
        raise _fail(source, unknown[0], f"unknown table [{unknown[0]}]",
                    "use [dataset], [fields], [split], [values.KIND] and [categories]")
    dataset = data.get("dataset")
    if not isinstance(dataset, dict):
        raise _fail(source, "dataset", "the mapping has no [dataset] table",
                    'add [dataset] with at least name = "..."')
    for key in dataset:
        if key not in _DATASET_KEYS:
            raise _fail(source, f"dataset.{key}", f"unknown key '{key}' in [dataset]",
                        "use one of: " + ", ".join(_DATASET_KEYS))
    name = _str(dataset, "name", source, "dataset")
    if name is None:
        raise _fail(source, "dataset.name", "[dataset] has no name",
                    'add name = "my-dataset" (it becomes provenance.dataset)')
    fmt = _str(dataset, "format", source, "dataset") or "json"
    if fmt not in ("json", "csv"):
        raise _fail(source, "dataset.format", f"unknown format '{fmt}'", "use json or csv")
    records_raw = dataset.get("records", "")
    if isinstance(records_raw, str):
        records: tuple[str, ...] = (records_raw.strip(),)
    elif isinstance(records_raw, list) and records_raw and all(
        isinstance(r, str) for r in records_raw
    ):
        records = tuple(r.strip() for r in records_raw)
    else:
        raise _fail(source, "dataset.records", "'records' must be a dotted path or a list of them",
                    'write records = "exercises" ("" for a top-level list)')
    delimiter = dataset.get("delimiter", ",")
    if not isinstance(delimiter, str) or len(delimiter) != 1:
        raise _fail(source, "dataset.delimiter", "'delimiter' must be one character",
                    'write delimiter = ";"')
    license_files = dataset.get("license_files", [])
    if not isinstance(license_files, list) or not all(isinstance(f, str) for f in license_files):
        raise _fail(source, "dataset.license_files", "'license_files' must be a list of names",
                    'write license_files = ["LICENSE"]')
    note = dataset.get("license_note", "")
    if not isinstance(note, str):
        raise _fail(source, "dataset.license_note", "'license_note' must be a text",
                    'write license_note = "..."')

    fields_table = data.get("fields", {})
    if not isinstance(fields_table, dict):
        raise _fail(source, "fields", "[fields] must be a table", 'write name = "their_field"')
    fields: dict[str, tuple[str, ...]] = {}
    for key, value in fields_table.items():
        if key not in FIELDS:
            raise _fail(source, f"fields.{key}", f"unknown field '{key}'",
                        "map one of: " + ", ".join(FIELDS))
        fields[key] = _paths(value, source, f"fields.{key}")
    if "name" not in fields:
        raise _fail(source, "fields.name", "[fields] does not say which field holds the name",
                    'add name = "their_name_field"')
    if "license" not in fields and not isinstance(dataset.get("license"), str):
        raise _fail(source, "dataset.license", "the mapping says no license: imported text "
                    "keeps its license", 'add license = "CC-BY-4.0" (an SPDX id) to [dataset], '
                    "or name the records' license field under [fields]")

    split_table = data.get("split", {})
    if not isinstance(split_table, dict):
        raise _fail(source, "split", "[split] must be a table", 'write primary = ","')
    split: dict[str, str] = {}
    for key, value in split_table.items():
        if key not in LIST_FIELDS:
            raise _fail(source, f"split.{key}", f"'{key}' is not a field that holds several values",
                        "split one of: " + ", ".join(sorted(LIST_FIELDS)))
        if not isinstance(value, str) or not value:
            raise _fail(source, f"split.{key}", "a separator must be a non-empty text",
                        'write primary = ","')
        split[key] = value

    values_table = data.get("values", {})
    if not isinstance(values_table, dict):
        raise _fail(source, "values", "[values] must hold tables such as [values.equipment]",
                    '[values.equipment]\n"Hantel" = "dumbbell"')
    values: dict[str, dict[str, str]] = {}
    for kind, table in values_table.items():
        if kind not in VALUE_KINDS:
            raise _fail(source, f"values.{kind}", f"unknown vocabulary [values.{kind}]",
                        "use one of: " + ", ".join(VALUE_KINDS))
        if not isinstance(table, dict):
            raise _fail(source, f"values.{kind}", f"[values.{kind}] must be a table",
                        f'[values.{kind}]\n"their word" = "mmc word"')
        allowed = _ALLOWED.get(kind)
        mapped: dict[str, str] = {}
        for raw, target in table.items():
            key = f"values.{kind}.{raw}"
            if not isinstance(target, str) or not target.strip():
                raise _fail(source, key, "a value must map to a text", f'"{raw}" = "..."')
            if allowed is not None and target not in allowed:
                raise _fail(source, key, f"'{target}' is not an mmc {kind}",
                            "use one of: " + ", ".join(allowed))
            mapped[_key(raw)] = target.strip()
        values[kind] = mapped

    keep = frozenset(c for c in CATEGORIES if c not in SKIPPED_CATEGORIES)
    skip = dict(SKIPPED_CATEGORIES)
    cats = data.get("categories", {})
    if not isinstance(cats, dict):
        raise _fail(source, "categories", "[categories] must be a table",
                    'write skip = ["cardio", "stretching"]')
    if "skip" in cats:
        listed = cats["skip"]
        if not isinstance(listed, list) or not all(c in CATEGORIES for c in listed):
            raise _fail(source, "categories.skip", "'skip' must list mmc categories",
                        "use some of: " + ", ".join(CATEGORIES))
        skip = {c: SKIPPED_CATEGORIES.get(c, f"category '{c}' is skipped by the mapping")
                for c in listed}
        keep = frozenset(c for c in CATEGORIES if c not in skip)
    for key in cats:
        if key != "skip":
            raise _fail(source, f"categories.{key}", f"unknown key '{key}' in [categories]",
                        'write skip = ["cardio", "stretching", "olympic"]')

    return DatasetMapping(
        name=name,
        title=_str(dataset, "title", source, "dataset") or name,
        url=_str(dataset, "url", source, "dataset"),
        license=_str(dataset, "license", source, "dataset"),
        attribution=_str(dataset, "attribution", source, "dataset"),
        format=fmt,
        file=_str(dataset, "file", source, "dataset"),
        records=records,
        delimiter=delimiter,
        license_files=tuple(license_files),
        license_note=note.strip(),
        images_url=_str(dataset, "images_url", source, "dataset"),
        hook=_str(dataset, "hook", source, "dataset"),
        fields=fields,
        split=split,
        values=values,
        keep=keep,
        skip=skip,
        source=source,
    )


_ALLOWED: dict[str, tuple[str, ...]] = {
    "equipment": EQUIPMENT,
    "category": (*CATEGORIES, "skip"),
    "mechanic": (*get_args(Mechanic), "isometric"),
    "force": FORCES,
    "level": get_args(Level),
}


def load_mapping(path: str | Path) -> DatasetMapping:
    """A mapping file (TOML), every mistake an :class:`MmcError` naming the file and key."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MmcError(f"cannot read the mapping file: {exc}", file=str(file),
                       fix="pass a UTF-8 TOML mapping file (see docs/importing.md)") from None
    return parse_mapping(text, str(file))


def builtin_mapping(name: str) -> DatasetMapping:
    """The mapping file of a built-in format (``mappings/<name>.toml``)."""
    text = resources.files("mmc.content.importers").joinpath(f"mappings/{name}.toml").read_text(
        encoding="utf-8"
    )
    return parse_mapping(text, f"mmc:mappings/{name}.toml")


Hook = Callable[[DatasetMapping, Path], Iterable[tuple[str, dict[str, Any]]]]
