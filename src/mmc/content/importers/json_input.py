"""Reading a dataset's JSON file safely: every problem (including absurd nesting) an
:class:`~mmc.errors.MmcError` naming the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mmc.errors import MmcError

__all__ = ["MAX_DEPTH", "load_json"]

MAX_DEPTH = 200


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
    if depth > MAX_DEPTH:
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
    if text.count("[") + text.count("{") <= MAX_DEPTH:
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
                if deepest > MAX_DEPTH:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest
