"""wger exercise fixtures (Django fixtures): the one dataset that needs a reader hook.

wger stores an exercise across several files: a row in ``exercise-base-data.json`` holds the
muscles (primary and secondary, as keys into ``muscles.json``), the equipment and the category
(keys too); its name and description are in its English translation in ``translations.json``,
and user comments there are its tips. Both rows carry their own license and author. The hook
joins them into one flat record per exercise; ``mappings/wger.toml`` maps the rest. An
exercise whose data and English text have different licenses gets both (``A AND B``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mmc.content.importers.mapping import SKIP, DatasetMapping, load_json
from mmc.errors import MmcError

__all__ = ["DATA_FILES", "SPDX", "wger_rows"]

DATA_FILES = (
    "exercise-base-data.json",
    "translations.json",
    "muscles.json",
    "equipment.json",
    "categories.json",
    "licenses.json",
    "languages.json",
)
#: wger's license short names -> SPDX ids.
SPDX: dict[str, str] = {
    "CC-BY-SA 3": "CC-BY-SA-3.0",
    "CC-BY-SA 4": "CC-BY-SA-4.0",
    "CC0": "CC0-1.0",
    "CC-BY 4": "CC-BY-4.0",
    "ODbL": "ODbL-1.0",
}
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|li|h[1-6])>|<br\s*/?>", re.IGNORECASE)


class _Bad(Exception):
    """A row whose keys are not what wger writes (reported as a malformed record)."""


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().isdigit() and len(value) < 12:
            return int(value)
        shown = "null" if value is None else type(value).__name__
        raise _Bad(f"{what} should be an integer key, not {shown} ({str(value)[:20]!r})")
    return value


def _ints(value: Any, what: str) -> list[int]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Bad(f"{what} should be a list of integer keys, not {type(value).__name__}")
    return [_int(v, what) for v in value]


def _rows(path: Path, data: Any, model: str) -> dict[int, dict[str, Any]]:
    """``pk -> fields`` of the rows of ``model``; a file of the wrong shape is an error."""
    if not isinstance(data, list):
        raise MmcError(
            f"wger: expected a list of Django fixture rows in {path.name}, found "
            f"{type(data).__name__}",
            file=str(path),
            fix="pass the directory holding wger's fixture files, unmodified",
        )
    rows: dict[int, dict[str, Any]] = {}
    for index, row in enumerate(data):
        if not isinstance(row, dict) or row.get("model") != model:
            continue
        try:
            pk = _int(row.get("pk"), "pk")
        except _Bad as exc:
            raise MmcError(f"wger: row {index} of {path.name}: {exc}", file=str(path),
                           field=f"[{index}].pk",
                           fix="pass wger's fixture files unmodified") from None
        fields = row.get("fields")
        rows[pk] = dict(fields) if isinstance(fields, dict) else {}
    return rows


def _plain(description_source: str, description: str) -> list[str]:
    """Paragraphs of a description: the plain-text form, else the HTML with tags removed."""
    text = description_source
    if not text.strip() and description.strip():
        text = html.unescape(_TAG.sub("", _BLOCK_END.sub("\n", description)))
    return [line.strip() for line in text.splitlines() if line.strip()]


def wger_rows(mapping: DatasetMapping, source: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """One flat record per wger exercise: ``uuid``, ``name``, ``muscles``,
    ``muscles_secondary``, ``equipment``, ``category`` (names, not keys), ``description``
    (paragraphs), ``comments``, ``license`` (SPDX), ``license_author``; an exercise without an
    English translation, or keys of the wrong type, comes back marked :data:`SKIP`."""
    folder = source.parent if source.is_file() else source
    for name in DATA_FILES:
        if not (folder / name).is_file():
            raise MmcError(
                f"wger: {name} not found in {folder}",
                file=str(folder),
                fix=f"pass the directory holding {', '.join(DATA_FILES)}",
            )

    def load(name: str, model: str) -> dict[int, dict[str, Any]]:
        path = folder / name
        return _rows(path, load_json(path, "wger"), model)

    exercises = load("exercise-base-data.json", "exercises.exercise")
    translations_path = folder / "translations.json"
    translations_data = load_json(translations_path, "wger")
    translations = _rows(translations_path, translations_data, "exercises.translation")
    comments = _rows(translations_path, translations_data, "exercises.exercisecomment")
    muscles = load("muscles.json", "exercises.muscle")
    equipment = load("equipment.json", "exercises.equipment")
    categories = load("categories.json", "exercises.exercisecategory")
    licenses = load("licenses.json", "core.license")
    languages = load("languages.json", "core.language")
    english = {pk for pk, row in languages.items() if row.get("short_name") == "en"}

    by_exercise: dict[int, list[int]] = {}
    for pk in sorted(translations):
        row = translations[pk]
        language = row.get("language")
        if isinstance(language, int) and language in english:
            try:
                by_exercise.setdefault(_int(row.get("exercise"), "exercise"), []).append(pk)
            except _Bad:
                continue  # a translation of no exercise: nothing to attach it to
    tips: dict[int, list[str]] = {}
    for pk in sorted(comments):
        row = comments[pk]
        translation = row.get("translation")
        if isinstance(translation, int) and not isinstance(translation, bool):
            tips.setdefault(translation, []).append(str(row.get("comment", "")))

    def muscle_name(pk: int) -> str:
        row = muscles.get(pk)
        if row is None:
            return f"muscle #{pk}"
        # The Latin name is the one the muscles' names and aliases know best; fall back to
        # the English label ('Shoulders') only when there is no Latin name.
        return str(row.get("name") or row.get("name_en") or f"muscle #{pk}")

    def license_of(row: dict[str, Any]) -> str:
        value = row.get("license")
        entry = licenses.get(_int(value, "license"), {}) if value is not None else {}
        short = str(entry.get("short_name", "")).strip()
        return SPDX.get(short, short or "unknown")

    for pk in sorted(exercises):
        row = exercises[pk]
        record = str(row.get("uuid") or pk)
        found = by_exercise.get(pk, [])
        if not found:
            yield record, {"uuid": record, SKIP: ("no-english", "the exercise has no English text")}
            continue
        text = translations[found[0]]
        if not isinstance(text.get("name"), str):
            yield record, {"uuid": record, SKIP: (
                "malformed", "the English name should be a text, not "
                f"{type(text.get('name')).__name__}")}
            continue
        try:
            spdx = sorted({license_of(row), license_of(text)})
            category_key = row.get("category")
            category = (
                categories.get(_int(category_key, "category"), {}).get("name")
                if category_key is not None
                else None
            )
            primary = [muscle_name(m) for m in _ints(row.get("muscles"), "muscles")]
            secondary = [
                muscle_name(m) for m in _ints(row.get("muscles_secondary"), "muscles_secondary")
            ]
            kit = [
                str(equipment.get(e, {}).get("name", f"equipment #{e}"))
                for e in _ints(row.get("equipment"), "equipment")
            ]
        except _Bad as exc:
            yield record, {"uuid": record, "name": str(text.get("name") or ""),
                           SKIP: ("malformed", str(exc))}
            continue
        data_author, text_author = (
            str(who.get("license_author") or "").strip() or "wger.de contributors"
            for who in (row, text)
        )
        if data_author == text_author:
            attribution = data_author
        else:
            attribution = f"{data_author} (exercise data), {text_author} (English text)"
        if "wger" not in attribution.casefold():
            attribution += ", wger.de"
        yield record, {
            "uuid": record,
            "name": str(text.get("name") or ""),
            "muscles": primary,
            "muscles_secondary": secondary,
            "equipment": kit,
            "category": str(category) if category else None,
            "description": "\n".join(
                _plain(
                    str(text.get("description_source") or ""),
                    str(text.get("description") or ""),
                )
            ),
            "comments": tips.get(found[0], []),
            "license": " AND ".join(spdx),
            "license_author": attribution,
        }
