"""free-exercise-db (yuhonas/free-exercise-db): one JSON array of 873 exercises, Unlicense.

Muscles use free-exercise-db's 17 names (``quadriceps``, ``lats``); equipment is one value or
null; ``mechanic`` and ``level`` are given; ``force: static`` marks holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from mmc.content.importers.base import Importer, Rejected, SourceRecord

__all__ = ["FreeExerciseDb"]

#: Categories left out, and why (resistance exercises with a rep tempo are what mmc coaches).
NOT_IMPORTED: dict[str, str] = {
    "stretching": "category 'stretching': a stretch has no loaded movement pattern or rep tempo",
    "cardio": "category 'cardio': conditioning work, not a lift with a rep tempo",
    "plyometrics": "category 'plyometrics': explosive (R2: no internal cue on an X concentric)",
    "olympic weightlifting": "category 'olympic weightlifting': explosive whole-body lifts "
    "(R2) with no single movement pattern",
    "strongman": "category 'strongman': events, not tempo-prescribed lifts",
    "crossfit": "category 'crossfit': mixed conditioning, not a single lift",
}


class FreeExerciseDb(Importer):
    name = "free-exercise-db"
    title = "free-exercise-db"
    homepage = "https://github.com/yuhonas/free-exercise-db"
    data_files = ("exercises.json",)
    license_files = ("LICENSE.md",)
    license_note = (
        "free-exercise-db is released under the Unlicense (a public domain dedication); it is a "
        "restructured copy of wrkout/exercises.json, also under the Unlicense. No attribution is "
        "required; mmc keeps it anyway, in each file's `provenance`."
    )
    equipment: ClassVar[dict[str, str]] = {
        "barbell": "barbell",
        "dumbbell": "dumbbell",
        "other": "other",
        "body only": "bodyweight",
        "cable": "cable",
        "machine": "machine",
        "kettlebells": "kettlebell",
        "bands": "band",
        "medicine ball": "other",
        "exercise ball": "other",
        "foam roll": "other",
        "e-z curl bar": "ez-bar",
    }
    categories = frozenset({"strength", "powerlifting"})
    category_reasons = NOT_IMPORTED

    def read(self, source: Path) -> Iterator[SourceRecord | Rejected]:
        for raw in self.records_by_id(source):
            if isinstance(raw, Rejected):
                yield raw
                continue
            equipment = raw.get("equipment")
            yield SourceRecord(
                record=str(raw["id"]),
                name=str(raw.get("name") or ""),
                primary=tuple(str(m) for m in raw.get("primaryMuscles") or ()),
                secondary=tuple(str(m) for m in raw.get("secondaryMuscles") or ()),
                equipment=(str(equipment),) if equipment else (),
                license="Unlicense",
                attribution="free-exercise-db contributors (yuhonas/free-exercise-db), "
                "from wrkout/exercises.json",
                url=self.homepage,
                mechanic=raw.get("mechanic"),
                level=raw.get("level"),
                category=raw.get("category"),
                force=raw.get("force"),
                steps=tuple(str(s) for s in raw.get("instructions") or ()),
            )
