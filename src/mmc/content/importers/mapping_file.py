"""Parsing mapping files (TOML) into a :class:`~mmc.content.importers.mapping.DatasetMapping`;
every mistake an :class:`~mmc.errors.MmcError` naming the file, the key and a fix. The format
is described in :mod:`mmc.content.importers.mapping` and ``docs/importing.md``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any, get_args

from mmc.content.importers.mapping import (
    CATEGORIES,
    DATASET_KEYS,
    FIELDS,
    FORCES,
    LIST_FIELDS,
    SKIPPED_CATEGORIES,
    VALUE_KINDS,
    DatasetMapping,
    value_key,
)
from mmc.errors import MmcError
from mmc.model.common import EQUIPMENT, Level, Mechanic

__all__ = ["builtin_mapping", "load_mapping", "parse_mapping"]

_TABLES = ("dataset", "fields", "split", "values", "categories")
_ALLOWED: dict[str, tuple[str, ...]] = {
    "equipment": EQUIPMENT,
    "category": (*CATEGORIES, "skip"),
    "mechanic": (*get_args(Mechanic), "isometric"),
    "force": FORCES,
    "level": get_args(Level),
}


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


def _table(data: Mapping[str, Any], key: str, source: str, fix: str) -> dict[str, Any]:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise _fail(source, key, f"[{key}] must be a table", fix)
    return table


def _dataset(data: Mapping[str, Any], source: str) -> dict[str, Any]:
    """The checked [dataset] table, as keyword arguments of DatasetMapping."""
    dataset = data.get("dataset")
    if not isinstance(dataset, dict):
        raise _fail(source, "dataset", "the mapping has no [dataset] table",
                    'add [dataset] with at least name = "..."')
    for key in dataset:
        if key not in DATASET_KEYS:
            raise _fail(source, f"dataset.{key}", f"unknown key '{key}' in [dataset]",
                        "use one of: " + ", ".join(DATASET_KEYS))
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
    texts = {key: _str(dataset, key, source, "dataset")
             for key in ("url", "license", "attribution", "file", "images_url", "hook")}
    return {
        "name": name,
        "title": _str(dataset, "title", source, "dataset") or name,
        "format": fmt,
        "records": records,
        "delimiter": delimiter,
        "license_files": tuple(license_files),
        "license_note": note.strip(),
        **texts,
    }


def _fields(data: Mapping[str, Any], source: str, has_license: bool) -> dict[str, tuple[str, ...]]:
    table = _table(data, "fields", source, 'write name = "their_field"')
    fields: dict[str, tuple[str, ...]] = {}
    for key, value in table.items():
        if key not in FIELDS:
            raise _fail(source, f"fields.{key}", f"unknown field '{key}'",
                        "map one of: " + ", ".join(FIELDS))
        fields[key] = _paths(value, source, f"fields.{key}")
    if "name" not in fields:
        raise _fail(source, "fields.name", "[fields] does not say which field holds the name",
                    'add name = "their_name_field"')
    if "license" not in fields and not has_license:
        raise _fail(source, "dataset.license", "the mapping says no license: imported text "
                    "keeps its license", 'add license = "CC-BY-4.0" (an SPDX id) to [dataset], '
                    "or name the records' license field under [fields]")
    return fields


def _split(data: Mapping[str, Any], source: str) -> dict[str, str]:
    table = _table(data, "split", source, 'write primary = ","')
    split: dict[str, str] = {}
    for key, value in table.items():
        if key not in LIST_FIELDS:
            raise _fail(source, f"split.{key}", f"'{key}' is not a field that holds several values",
                        "split one of: " + ", ".join(sorted(LIST_FIELDS)))
        if not isinstance(value, str) or not value:
            raise _fail(source, f"split.{key}", "a separator must be a non-empty text",
                        'write primary = ","')
        split[key] = value
    return split


def _values(data: Mapping[str, Any], source: str) -> dict[str, dict[str, str]]:
    table = data.get("values", {})
    if not isinstance(table, dict):
        raise _fail(source, "values", "[values] must hold tables such as [values.equipment]",
                    '[values.equipment]\n"Hantel" = "dumbbell"')
    values: dict[str, dict[str, str]] = {}
    for kind, words in table.items():
        if kind not in VALUE_KINDS:
            raise _fail(source, f"values.{kind}", f"unknown vocabulary [values.{kind}]",
                        "use one of: " + ", ".join(VALUE_KINDS))
        if not isinstance(words, dict):
            raise _fail(source, f"values.{kind}", f"[values.{kind}] must be a table",
                        f'[values.{kind}]\n"their word" = "mmc word"')
        allowed = _ALLOWED.get(kind)
        mapped: dict[str, str] = {}
        for raw, target in words.items():
            key = f"values.{kind}.{raw}"
            if not isinstance(target, str) or not target.strip():
                raise _fail(source, key, "a value must map to a text", f'"{raw}" = "..."')
            if allowed is not None and target not in allowed:
                raise _fail(source, key, f"'{target}' is not an mmc {kind}",
                            "use one of: " + ", ".join(allowed))
            mapped[value_key(raw)] = target.strip()
        values[kind] = mapped
    return values


def _categories(data: Mapping[str, Any], source: str) -> dict[str, Any]:
    """``keep`` and ``skip`` of DatasetMapping from the [categories] table."""
    cats = _table(data, "categories", source, 'write skip = ["cardio", "stretching"]')
    for key in cats:
        if key != "skip":
            raise _fail(source, f"categories.{key}", f"unknown key '{key}' in [categories]",
                        'write skip = ["cardio", "stretching", "olympic"]')
    if "skip" not in cats:
        skip = dict(SKIPPED_CATEGORIES)
    else:
        listed = cats["skip"]
        if not isinstance(listed, list) or not all(c in CATEGORIES for c in listed):
            raise _fail(source, "categories.skip", "'skip' must list mmc categories",
                        "use some of: " + ", ".join(CATEGORIES))
        skip = {c: SKIPPED_CATEGORIES.get(c, f"category '{c}' is skipped by the mapping")
                for c in listed}
    return {"keep": frozenset(c for c in CATEGORIES if c not in skip), "skip": skip}


def parse_mapping(text: str, source: str = "<mapping>") -> DatasetMapping:
    """A mapping from TOML text; every mistake an :class:`MmcError` naming the key and a fix."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MmcError(f"not valid TOML: {exc}", file=source,
                       fix="see docs/importing.md, 'Import any dataset'") from None
    unknown = sorted(set(data) - set(_TABLES))
    if unknown:
        raise _fail(source, unknown[0], f"unknown table [{unknown[0]}]",
                    "use [dataset], [fields], [split], [values.KIND] and [categories]")
    dataset = _dataset(data, source)
    fields = _fields(data, source, has_license=dataset["license"] is not None)
    split = _split(data, source)
    values = _values(data, source)
    return DatasetMapping(**dataset, fields=fields, split=split, values=values,
                          **_categories(data, source), source=source)


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
