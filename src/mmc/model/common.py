"""Shared field types: slugs, the vocabularies content is written in, provenance."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Annotated, Any, Literal, Self, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from mmc.errors import InvalidValueError, MmcError
from mmc.suggest import did_you_mean

__all__ = [
    "EQUIPMENT",
    "GROUPS",
    "PATTERNS",
    "Equipment",
    "Frozen",
    "Group",
    "Level",
    "Measure",
    "Mechanic",
    "Pattern",
    "Provenance",
    "Side",
    "Slug",
    "Validated",
    "as_model",
    "as_text",
    "describe_detail",
    "empty_dict",
    "empty_list",
    "field_path",
    "invalid_value",
    "slugify",
]

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, min_length=1, max_length=80),
]
"""An id: lower-case letters, digits and single hyphens (``seated-cable-row``)."""

Group = Literal["chest", "back", "shoulders", "arms", "core", "hips", "legs", "neck"]
GROUPS: tuple[str, ...] = get_args(Group)
Side = Literal["front", "back"]
Mechanic = Literal["compound", "isolation"]
Level = Literal["beginner", "intermediate", "advanced"]
Measure = Literal["reps", "seconds", "metres"]
"""How a set is dosed: repetitions, seconds (a hold or a timed set) or metres (a carry)."""
Equipment = Literal[
    "bodyweight",
    "dumbbell",
    "barbell",
    "ez-bar",
    "kettlebell",
    "cable",
    "machine",
    "band",
    "bench",
    "pull-up-bar",
    "plate",
    "other",
]
EQUIPMENT: tuple[str, ...] = get_args(Equipment)
Pattern = Literal[
    "squat",
    "hinge",
    "lunge",
    "hip-extension",
    "horizontal-push",
    "vertical-push",
    "horizontal-pull",
    "vertical-pull",
    "fly",
    "pullover",
    "raise",
    "shrug",
    "elbow-flexion",
    "elbow-extension",
    "wrist",
    "knee-extension",
    "knee-flexion",
    "calf-raise",
    "ankle-dorsiflexion",
    "hip-abduction",
    "hip-adduction",
    "hip-flexion",
    "trunk-flexion",
    "trunk-rotation",
    "anti-extension",
    "anti-rotation",
    "back-extension",
    "rotator-cuff",
    "neck",
    "carry",
    "scapular",
    "lateral-flexion",
    "jump",
    "throw",
    "combination",
]
"""A movement pattern. ``combination`` is two or more movements chained in every rep (a
thruster: a front squat straight into a push press; a squat to press, a Turkish get-up, a
devil's press); its muscles are those of every movement. Two exercises done back to back
(a superset) are two exercises, not one combination."""
PATTERNS: tuple[str, ...] = get_args(Pattern)


def field_path(loc: Sequence[str | int]) -> str:
    """``("cues", 2, "phase")`` -> ``cues[2].phase``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def slugify(value: str) -> str:
    """``"Seated Cable Row"`` -> ``seated-cable-row``."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "item"


def empty_list() -> list[Any]:
    """A new empty list: the default of a list field, in place of ``default_factory=list``.

    Pydantic reads a default factory's signature when it builds a model; for a builtin such
    as ``list`` that means parsing its text signature with the tokenizer (compiling the
    tokenizer's expressions on first use): 22 M instructions of a build's start-up, for the
    22 list and dict fields on its path. A plain function's signature is read directly.
    """
    return []


def empty_dict() -> dict[Any, Any]:
    """A new empty dict: the default of a mapping field (see :func:`empty_list`)."""
    return {}


_BOUNDS = {
    "greater_than": ("gt", ">"),
    "greater_than_equal": ("ge", ">="),
    "less_than": ("lt", "<"),
    "less_than_equal": ("le", "<="),
}


def describe_detail(
    detail: Mapping[str, Any], fields: Iterable[str] = (), *, schema_hint: str
) -> tuple[list[str | int], str, str]:
    """One of pydantic's error details as ``(field path, message, fix)`` a user can act on.

    ``fields`` are the model's top-level fields (for a "did you mean" on an unknown one);
    ``schema_hint`` is the fix when nothing more precise is known.
    """
    loc: list[str | int] = [p for p in detail.get("loc", ()) if isinstance(p, str | int)]
    # Pydantic adds tags such as 'function-after[...]' for validators: not field names.
    loc = [p for p in loc if not (isinstance(p, str) and "[" in p)]
    kind = detail.get("type", "")
    name = str(loc[-1]) if loc else ""
    value = detail.get("input")
    ctx = detail.get("ctx") or {}
    inner = ctx.get("error")
    if isinstance(inner, MmcError):
        return loc, inner.message, inner.fix or schema_hint
    if kind == "missing":
        return loc, f"missing required field '{name}'", f"give '{name}' a value"
    if kind == "extra_forbidden":
        options = list(fields) if len(loc) == 1 else []
        fix = did_you_mean(name, options) or "remove it"
        return loc, f"unknown field '{name}'", fix
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        fix = (did_you_mean(str(value), re.findall(r"'([^']*)'", expected))
               or f"use one of: {expected}")
        return loc, f"{_shown(value)} is not allowed here", fix
    if kind == "string_pattern_mismatch" and isinstance(value, str) and "a-z0-9" in str(ctx):
        return (
            loc,
            f"{_shown(value)} is not a slug (lower-case letters, digits, single hyphens)",
            f"use '{slugify(value)}'",
        )
    if kind == "string_too_long":
        limit = ctx.get("max_length")
        return (
            loc,
            f"text is {len(str(value))} characters, more than {limit}",
            "shorten it so it fits a printed card line",
        )
    message = str(detail.get("msg", "invalid value")).removeprefix("Value error, ")
    if kind in _BOUNDS:
        key, sign = _BOUNDS[kind]
        return loc, f"{message} (got {_shown(value)})", f"use a value {sign} {ctx.get(key)}"
    if kind == "finite_number":
        return loc, f"{message} (got {_shown(value)})", "use a finite number, not inf or nan"
    return loc, message, schema_hint


def _shown(value: Any) -> str:
    """``repr(value)``, cut short: an error message must not repeat a megabyte of input."""
    try:
        text = repr(value)
    except ValueError:  # an int too long for str(): say how long it is instead
        return "a number too long to show"
    return text if len(text) <= 80 else text[:77] + "..."


def invalid_value(model: type[BaseModel], exc: ValidationError) -> InvalidValueError:
    """Pydantic's ``ValidationError`` from ``model`` as an :class:`InvalidValueError`."""
    details = exc.errors()
    name = model.__name__
    hint = f"see the fields of {name} in docs/api.md"
    # A misspelt field also shows as a missing one: name the misspelling, with its fix.
    first = next((d for d in details if d["type"] == "extra_forbidden"), details[0])
    loc, message, fix = describe_detail(first, model.model_fields, schema_hint=hint)
    if len(details) > 1:
        message += f" (and {len(details) - 1} more: see .errors())"
    kind = InvalidValueError
    inner = (first.get("ctx") or {}).get("error")
    if isinstance(inner, InvalidValueError):  # keep the specific kind, e.g. a TempoError
        kind = type(inner)
    return kind(f"invalid {name}: {message}", details=details, field=field_path(loc) or None,
                fix=fix)


M = TypeVar("M", bound=BaseModel)


def as_model(value: Any, model: type[M], field: str) -> M:
    """``value`` as a ``model``: itself, or a mapping validated into one (errors name
    ``field``); anything else is an :class:`~mmc.errors.MmcError`."""
    if isinstance(value, model):
        return value
    if isinstance(value, Mapping):
        try:
            return model.model_validate(dict(value))
        except InvalidValueError as exc:
            inner = f".{exc.field}" if exc.field else ""
            raise type(exc)(exc.message, details=exc.errors(), field=field + inner,
                            fix=exc.fix) from exc
    raise MmcError(
        f"{field} must be a {model.__name__} or a mapping, not {type(value).__name__}",
        field=field,
        fix=f"pass mmc.{model.__name__}(...) or a mapping of its fields",
    )


def as_text(value: Any, field: str) -> str:
    """``value`` if it is text, else an :class:`~mmc.errors.MmcError`."""
    if not isinstance(value, str):
        raise MmcError(f"{field} must be text, not {type(value).__name__}", field=field,
                       fix=f"pass {field} as a string")
    return value


class Validated(BaseModel):
    """A model whose constructor and ``model_validate*`` raise :class:`InvalidValueError`
    (an :class:`~mmc.errors.MmcError` carrying pydantic's details) for invalid values."""

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise invalid_value(type(self), exc) from exc

    # Pydantic calls a model's own __init__ for every nested value unless told it is the
    # base one: nested values are validated in one pass, and this one only wraps the errors.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate(obj, *args, **kwargs)
        except ValidationError as exc:
            raise invalid_value(cls, exc) from exc

    @classmethod
    def model_validate_json(cls, json_data: Any, *args: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate_json(json_data, *args, **kwargs)
        except ValidationError as exc:
            raise invalid_value(cls, exc) from exc

    @classmethod
    def model_validate_strings(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate_strings(obj, *args, **kwargs)
        except ValidationError as exc:
            raise invalid_value(cls, exc) from exc


class Frozen(Validated):
    """Base of every content model: immutable, unknown fields and non-finite numbers
    rejected, invalid values raised as :class:`~mmc.errors.InvalidValueError`."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, allow_inf_nan=False
    )


class Provenance(Frozen):
    """Where an imported record came from, with its license and attribution kept."""

    dataset: str = Field(description="Dataset name, e.g. 'wger'.")
    record: str = Field(description="The record's id in that dataset.")
    license: str = Field(description="License of the record, e.g. 'CC-BY-SA-4.0'.")
    attribution: str = Field(description="Authors / copyright holders to credit.")
    url: str | None = Field(default=None, description="Where the dataset lives.")
    images: list[str] = Field(
        default_factory=empty_list,
        description="The record's images in the dataset (paths or URLs; not copied, not shown).",
    )
    unclassified: list[str] = Field(
        default_factory=empty_list,
        description="Fields the importer could not infer and filled with a placeholder "
        "(e.g. 'pattern', 'equipment'): review them.",
    )
