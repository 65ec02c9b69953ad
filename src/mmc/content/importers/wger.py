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
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class _Fixtures:
    """wger's fixture tables, each ``pk -> fields``."""

    exercises: dict[int, dict[str, Any]]
    translations: dict[int, dict[str, Any]]
    comments: dict[int, dict[str, Any]]
    muscles: dict[int, dict[str, Any]]
    equipment: dict[int, dict[str, Any]]
    categories: dict[int, dict[str, Any]]
    licenses: dict[int, dict[str, Any]]
    languages: dict[int, dict[str, Any]]

    def muscle_name(self, pk: int) -> str:
        row = self.muscles.get(pk)
        if row is None:
            return f"muscle #{pk}"
        # The Latin name is the one the muscles' names and aliases know best; fall back to
        # the English label ('Shoulders') only when there is no Latin name.
        return str(row.get("name") or row.get("name_en") or f"muscle #{pk}")

    def license_of(self, row: dict[str, Any]) -> str:
        value = row.get("license")
        entry = self.licenses.get(_int(value, "license"), {}) if value is not None else {}
        short = str(entry.get("short_name", "")).strip()
        return SPDX.get(short, short or "unknown")

    def english_by_exercise(self) -> dict[int, list[int]]:
        """Exercise pk -> the pks of its English translations."""
        english = {pk for pk, row in self.languages.items() if row.get("short_name") == "en"}
        found: dict[int, list[int]] = {}
        for pk in sorted(self.translations):
            row = self.translations[pk]
            language = row.get("language")
            if isinstance(language, int) and language in english:
                try:
                    found.setdefault(_int(row.get("exercise"), "exercise"), []).append(pk)
                except _Bad:
                    continue  # a translation of no exercise: nothing to attach it to
        return found

    def tips_by_translation(self) -> dict[int, list[str]]:
        tips: dict[int, list[str]] = {}
        for pk in sorted(self.comments):
            row = self.comments[pk]
            translation = row.get("translation")
            if isinstance(translation, int) and not isinstance(translation, bool):
                tips.setdefault(translation, []).append(str(row.get("comment", "")))
        return tips


def _read_fixtures(folder: Path) -> _Fixtures:
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
    return _Fixtures(
        exercises=exercises,
        translations=_rows(translations_path, translations_data, "exercises.translation"),
        comments=_rows(translations_path, translations_data, "exercises.exercisecomment"),
        muscles=load("muscles.json", "exercises.muscle"),
        equipment=load("equipment.json", "exercises.equipment"),
        categories=load("categories.json", "exercises.exercisecategory"),
        licenses=load("licenses.json", "core.license"),
        languages=load("languages.json", "core.language"),
    )


def _attribution(row: dict[str, Any], text: dict[str, Any]) -> str:
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
    return attribution


def _record(
    fixtures: _Fixtures, record: str, row: dict[str, Any], text: dict[str, Any], tips: list[str]
) -> dict[str, Any]:
    """The flat record of one exercise and its English text (:class:`_Bad`: wrong keys)."""
    spdx = sorted({fixtures.license_of(row), fixtures.license_of(text)})
    category_key = row.get("category")
    category = (
        fixtures.categories.get(_int(category_key, "category"), {}).get("name")
        if category_key is not None
        else None
    )
    muscles = fixtures.muscle_name
    return {
        "uuid": record,
        "name": str(text.get("name") or ""),
        "muscles": [muscles(m) for m in _ints(row.get("muscles"), "muscles")],
        "muscles_secondary": [
            muscles(m) for m in _ints(row.get("muscles_secondary"), "muscles_secondary")
        ],
        "equipment": [
            str(fixtures.equipment.get(e, {}).get("name", f"equipment #{e}"))
            for e in _ints(row.get("equipment"), "equipment")
        ],
        "category": str(category) if category else None,
        "description": "\n".join(
            _plain(
                str(text.get("description_source") or ""),
                str(text.get("description") or ""),
            )
        ),
        "comments": tips,
        "license": " AND ".join(spdx),
        "license_author": _attribution(row, text),
    }


def wger_rows(mapping: DatasetMapping, source: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """One flat record per wger exercise: ``uuid``, ``name``, ``muscles``,
    ``muscles_secondary``, ``equipment``, ``category`` (names, not keys), ``description``
    (paragraphs), ``comments``, ``license`` (SPDX), ``license_author``; an exercise without an
    English translation, or keys of the wrong type, comes back marked :data:`SKIP`."""
    fixtures = _read_fixtures(source.parent if source.is_file() else source)
    by_exercise = fixtures.english_by_exercise()
    tips = fixtures.tips_by_translation()
    for pk in sorted(fixtures.exercises):
        row = fixtures.exercises[pk]
        record = str(row.get("uuid") or pk)
        found = by_exercise.get(pk, [])
        if not found:
            yield record, {"uuid": record, SKIP: ("no-english", "the exercise has no English text")}
            continue
        text = fixtures.translations[found[0]]
        if not isinstance(text.get("name"), str):
            yield record, {"uuid": record, SKIP: (
                "malformed", "the English name should be a text, not "
                f"{type(text.get('name')).__name__}")}
            continue
        try:
            yield record, _record(fixtures, record, row, text, tips.get(found[0], []))
        except _Bad as exc:
            yield record, {"uuid": record, "name": str(text.get("name") or ""),
                           SKIP: ("malformed", str(exc))}
