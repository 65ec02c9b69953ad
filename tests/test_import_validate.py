"""An importer checks each file it is about to write through the loader's own parsing: what
passes is exactly what ``load_library`` reads, and a refusal carries the loader's message."""

from __future__ import annotations

from typing import Any

from mmc.content.importers.convert import Converted
from mmc.content.importers.writer import render, validate
from mmc.content.parsing import check_bytes

FRONT: dict[str, Any] = {
    "id": "wobble-curl", "name": "Wobble Curl", "primary": ["biceps-brachii"],
    "secondary": [], "equipment": ["cable"], "mechanic": "isolation",
    "pattern": "elbow-flexion", "tempo": "3-1-1-0", "starts_with": "concentric",
    "imported": True,
    "provenance": {"dataset": "rows", "record": "1", "license": "CC0-1.0",
                   "attribution": "someone"},
}


def _check(front: dict[str, Any], body: str = "", slug: str = "wobble-curl") -> str | None:
    converted = Converted(front=front, body=body, slug=slug)
    data = render(converted).encode("utf-8")
    reason = validate(converted, data)
    loader = [p for p in check_bytes("exercise", data, f"{slug}.md") if not p.warning]
    assert (reason is None) == (not loader)  # the same verdict as the loader's
    return None if reason is None else f"{reason.code}: {reason.message}"


def test_a_valid_record_passes_with_its_instructions() -> None:
    assert _check(FRONT, "## Instructions\n\n1. Curl.\n") is None


def test_a_wrong_value_is_refused_with_the_loaders_message_and_position() -> None:
    message = _check(FRONT | {"mechanic": "wobbly"})
    assert message is not None and message.startswith("invalid: ")
    assert "exercises/wobble-curl.md:9:1: error in mechanic" in message
    assert "; fix: use one of" in message


def test_an_id_that_is_not_the_file_name_is_refused_as_the_loader_would() -> None:
    message = _check(FRONT, slug="other-curl")
    assert message is not None and "does not match the file name" in message


def test_an_unknown_section_is_refused_as_the_loader_would() -> None:
    message = _check(FRONT, "## Wobble\n\nText.\n")
    assert message is not None and "unknown section '## Wobble'" in message
