"""wger exercise fixtures (Django fixtures): 872 exercises with per-record CC licenses.

An exercise row holds the muscles (primary and secondary, as keys into ``muscles.json``),
the equipment and the category; its name and description are in its English translation in
``translations.json``. Both rows carry their own license and author; an imported file keeps
both (an SPDX ``AND`` expression when they differ).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from mmc.content.importers.base import Importer, Reason, Rejected, SourceRecord

__all__ = ["Wger"]

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


def _rows(data: Any, model: str) -> dict[int, dict[str, Any]]:
    rows: dict[int, dict[str, Any]] = {}
    if isinstance(data, list):
        for row in data:
            if isinstance(row, dict) and row.get("model") == model and "pk" in row:
                rows[int(row["pk"])] = dict(row.get("fields") or {})
    return rows


def _plain(description_source: str, description: str) -> list[str]:
    """Paragraphs of a description: the plain-text form, else the HTML with tags removed."""
    text = description_source
    if not text.strip() and description.strip():
        text = html.unescape(_TAG.sub("", _BLOCK_END.sub("\n", description)))
    return [line.strip() for line in text.splitlines() if line.strip()]


class Wger(Importer):
    name = "wger"
    title = "wger"
    homepage = "https://github.com/wger-project/wger"
    data_files = (
        "exercise-base-data.json",
        "translations.json",
        "muscles.json",
        "equipment.json",
        "categories.json",
        "licenses.json",
        "languages.json",
    )
    license_note = (
        "wger's exercise data is licensed per record under Creative Commons licenses (most are "
        "CC BY-SA 3.0 or 4.0, some CC0), with the author in `license_author` (the application "
        "code is AGPL-3.0-or-later). Each imported file names its license and authors in "
        "`provenance`; an exercise whose data and English text have different licenses carries "
        "both (`A AND B`). Credit the authors as below when you share these files, and share "
        "them and anything adapted from them under the same CC BY-SA license."
    )
    equipment: ClassVar[dict[str, str]] = {
        "barbell": "barbell",
        "sz-bar": "ez-bar",
        "dumbbell": "dumbbell",
        "gym mat": "bodyweight",
        "swiss ball": "other",
        "pull-up bar": "pull-up-bar",
        "none (bodyweight exercise)": "bodyweight",
        "bench": "bench",
        "incline bench": "bench",
        "kettlebell": "kettlebell",
        "resistance band": "band",
        "cable machine": "cable",
    }
    categories = frozenset({"arms", "legs", "abs", "chest", "back", "shoulders", "calves"})
    category_reasons: ClassVar[dict[str, str]] = {
        "cardio": "category 'cardio': conditioning work, not a lift with a rep tempo",
    }

    def read(self, source: Path) -> Iterator[SourceRecord | Rejected]:
        exercises = _rows(self.load_json(source, "exercise-base-data.json"), "exercises.exercise")
        translations_data = self.load_json(source, "translations.json")
        translations = _rows(translations_data, "exercises.translation")
        comments = _rows(translations_data, "exercises.exercisecomment")
        muscles = _rows(self.load_json(source, "muscles.json"), "exercises.muscle")
        equipment = _rows(self.load_json(source, "equipment.json"), "exercises.equipment")
        categories = _rows(self.load_json(source, "categories.json"), "exercises.exercisecategory")
        licenses = _rows(self.load_json(source, "licenses.json"), "core.license")
        languages = _rows(self.load_json(source, "languages.json"), "core.language")
        english = {pk for pk, row in languages.items() if row.get("short_name") == "en"}

        by_exercise: dict[int, list[int]] = {}
        for pk in sorted(translations):
            row = translations[pk]
            if row.get("language") in english:
                by_exercise.setdefault(int(row.get("exercise", -1)), []).append(pk)
        tips: dict[int, list[str]] = {}
        for pk in sorted(comments):
            row = comments[pk]
            tips.setdefault(int(row.get("translation", -1)), []).append(str(row.get("comment", "")))

        def muscle_name(pk: int) -> str:
            row = muscles.get(pk)
            if row is None:
                return f"muscle #{pk}"
            # The Latin name is the one the muscles' names and aliases know best; fall back
            # to the English label ('Shoulders') only when there is no Latin name.
            return str(row.get("name") or row.get("name_en") or f"muscle #{pk}")

        def license_of(row: dict[str, Any]) -> str:
            entry = licenses.get(int(row.get("license") or 0), {})
            short = str(entry.get("short_name", "")).strip()
            return SPDX.get(short, short or "unknown")

        for pk in sorted(exercises):
            row = exercises[pk]
            record = str(row.get("uuid") or pk)
            found = by_exercise.get(pk, [])
            if not found:
                yield Rejected(record, "", Reason("no-english", "the exercise has no English text"))
                continue
            text = translations[found[0]]
            spdx = sorted({license_of(row), license_of(text)})
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
            category = categories.get(int(row.get("category") or 0), {}).get("name")
            yield SourceRecord(
                record=record,
                name=str(text.get("name") or ""),
                primary=tuple(muscle_name(int(m)) for m in row.get("muscles") or ()),
                secondary=tuple(muscle_name(int(m)) for m in row.get("muscles_secondary") or ()),
                equipment=tuple(
                    str(equipment.get(int(e), {}).get("name", f"equipment #{e}"))
                    for e in row.get("equipment") or ()
                ),
                license=" AND ".join(spdx),
                attribution=attribution,
                url=self.homepage,
                category=str(category) if category else None,
                steps=tuple(
                    _plain(
                        str(text.get("description_source") or ""),
                        str(text.get("description") or ""),
                    )
                ),
                numbered=False,
                tips=tuple(tips.get(found[0], [])),
            )
