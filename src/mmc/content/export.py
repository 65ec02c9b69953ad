"""Export the whole library as one JSON document, with a JSON Schema for it.

Apps in other languages read ``mmc export json`` output instead of parsing Markdown and
YAML. The document lists every muscle, exercise, drill and page (Markdown bodies included),
sorted by id, in the JSON form of the models: a tempo is an object with its four phases
(``{"eccentric": 3, "pause_after_eccentric": 1, ...}``). Its shape is described by
:func:`library_schema` (``mmc export schema``), JSON Schema draft 2020-12, built from the same
models. The same library gives byte-identical output: no timestamps, no paths.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from mmc._version import __version__
from mmc.errors import MmcError
from mmc.model.drill import Drill
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.muscle import Muscle
from mmc.model.page import Page

__all__ = ["EXPORT_FORMAT", "SCHEMA_ID", "export_json", "export_library", "library_schema"]

#: Bumped when the shape of the export changes incompatibly.
EXPORT_FORMAT = 1
SCHEMA_ID = "https://mmc.invalid/schema/library.schema.json"
_KINDS: dict[str, type[BaseModel]] = {
    "muscles": Muscle,
    "exercises": Exercise,
    "drills": Drill,
    "pages": Page,
}


def library_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`export_library`'s output."""
    _, defs = models_json_schema(
        [(model, "serialization") for model in _KINDS.values()],
        ref_template="#/$defs/{model}",
    )
    properties: dict[str, Any] = {
        "$schema": {"type": "string", "description": "This schema's id."},
        "format": {"const": EXPORT_FORMAT, "description": "Version of this export's shape."},
        "mmc_version": {"type": "string", "description": "The mmc that wrote it."},
    }
    for key, model in _KINDS.items():
        properties[key] = {
            "type": "array",
            "items": {"$ref": f"#/$defs/{model.__name__}"},
            "description": f"Every {model.__name__.lower()} of the library, sorted by id.",
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "mmc library",
        "description": "Muscles, exercises, drills and pages exported by `mmc export json`.",
        "type": "object",
        "properties": properties,
        "required": sorted(properties),
        "additionalProperties": False,
        "$defs": dict(sorted(defs.get("$defs", {}).items())),
    }


def export_library(library: Library) -> dict[str, Any]:
    """The library as JSON-ready data (see the module docs)."""
    if not isinstance(library, Library):
        raise MmcError(f"library must be a Library, not {type(library).__name__}",
                       field="library", fix="pass mmc.load_library()")
    data: dict[str, Any] = {
        "$schema": SCHEMA_ID,
        "format": EXPORT_FORMAT,
        "mmc_version": __version__,
    }
    for key in _KINDS:
        items = getattr(library, key)
        data[key] = [items[item_id].model_dump(mode="json") for item_id in sorted(items)]
    return data


def export_json(library: Library) -> str:
    """The library as JSON text: two-space indent, UTF-8 characters kept, newline at the end."""
    return json.dumps(export_library(library), indent=2, ensure_ascii=False) + "\n"
