"""JSON Schema of the models, for editors (front matter) and for apps (exports)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from mmc.errors import MmcError
from mmc.model.drill import Drill
from mmc.model.exercise import Exercise
from mmc.model.muscle import Muscle
from mmc.model.page import Page
from mmc.model.prescription import Prescription
from mmc.model.session import Session
from mmc.model.training import Block, Progression, SetLog, Week
from mmc.suggest import did_you_mean

__all__ = ["DOCUMENT_MODELS", "FRONT_MATTER_MODELS", "SCHEMA_KINDS", "json_schema"]

#: Kind -> model of its front matter, and the body-only fields the schema leaves out.
FRONT_MATTER_MODELS: dict[str, tuple[type[BaseModel], tuple[str, ...]]] = {
    "muscle": (Muscle, ("description",)),
    "exercise": (Exercise, ("setup", "visualise", "mistakes", "notes", "instructions")),
    "drill": (Drill, ("description",)),
    "page": (Page, ("body",)),
}
#: Kind -> model of documents the API and CLI produce or accept (plans, logs, progressions).
DOCUMENT_MODELS: dict[str, type[BaseModel]] = {
    "prescription": Prescription,
    "session": Session,
    "week": Week,
    "block": Block,
    "set-log": SetLog,
    "progression": Progression,
}
#: Every kind :func:`json_schema` knows.
SCHEMA_KINDS: tuple[str, ...] = (*FRONT_MATTER_MODELS, *DOCUMENT_MODELS)
_BASE = "https://mmc.invalid/schema/"


def json_schema(kind: str) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a content kind's front matter, or of a document kind
    (``prescription``, ``session``, ``week``, ``block``, ``set-log``, ``progression``).

    The Markdown body fields are not part of the front matter and are left out. An unknown
    kind raises :class:`~mmc.errors.MmcError` naming the known ones.
    """
    if not isinstance(kind, str) or kind not in SCHEMA_KINDS:
        hint = did_you_mean(kind, SCHEMA_KINDS) if isinstance(kind, str) else None
        raise MmcError(
            f"unknown schema kind {kind!r}",
            field="kind",
            fix=(f"{hint} " if hint else "")
            + "kinds: " + ", ".join(SCHEMA_KINDS),
        )
    if kind in DOCUMENT_MODELS:
        schema = DOCUMENT_MODELS[kind].model_json_schema()
        omit: tuple[str, ...] = ()
    else:
        model, omit = FRONT_MATTER_MODELS[kind]
        schema = model.model_json_schema()
    for name in omit:
        schema["properties"].pop(name, None)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{_BASE}{kind}.schema.json"
    return schema
