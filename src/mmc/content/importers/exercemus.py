"""exercemus/exercises: 872 exercises plus 190 wger records not yet merged.

``exercises[]`` derives from wrkout/exercises.json (public domain, the Unlicense); a record
with its own ``license`` keeps it. ``exercises_to_merge[]`` come from wger and carry their
CC license and ``license_author``. Muscle names are plural and abbreviated (``abs``,
``quads``); there is no mechanic, so it is inferred from the movement pattern.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from mmc.content.importers.base import Importer, Reason, Rejected, SourceRecord
from mmc.content.importers.free_exercise_db import NOT_IMPORTED

__all__ = ["Exercemus"]

#: exercemus license short names -> SPDX ids.
SPDX: dict[str, str] = {
    "CC-BY-SA 3": "CC-BY-SA-3.0",
    "CC-BY-SA 4": "CC-BY-SA-4.0",
    "CC0": "CC0-1.0",
}


class Exercemus(Importer):
    name = "exercemus"
    title = "exercemus/exercises"
    homepage = "https://github.com/exercemus/exercises"
    data_files = ("exercises.json",)
    license_files = ("LICENSE",)
    license_note = (
        "exercemus/exercises gives each exercise its own license (its code is MIT, copied as "
        "`LICENSE-exercemus-LICENSE`). Most records come from wrkout/exercises.json, released "
        "under the Unlicense; the records from wger keep their Creative Commons license "
        "(mostly CC BY-SA 3.0 or 4.0) and author. Credit the authors as below, and share files "
        "under a CC BY-SA license, and anything adapted from them, under that license."
    )
    equipment: ClassVar[dict[str, str]] = {
        "none": "bodyweight",
        "ez curl bar": "ez-bar",
        "barbell": "barbell",
        "dumbbell": "dumbbell",
        "gym mat": "bodyweight",
        "exercise ball": "other",
        "medicine ball": "other",
        "pull-up bar": "pull-up-bar",
        "bench": "bench",
        "incline bench": "bench",
        "kettlebell": "kettlebell",
        "machine": "machine",
        "cable": "cable",
        "bands": "band",
        "foam roll": "other",
        "other": "other",
    }
    categories = frozenset({"strength", "calisthenics"})
    category_reasons = NOT_IMPORTED

    def read(self, source: Path) -> Iterator[SourceRecord | Rejected]:
        data: Any = self.load_json(source)
        if not isinstance(data, dict):
            data = {}
        for part in ("exercises", "exercises_to_merge"):
            rows = [r for r in data.get(part) or () if isinstance(r, dict)]
            for index, raw in enumerate(rows):
                name = str(raw.get("name") or "")
                # Names are unique in exercises[], not in exercises_to_merge[].
                record = f"exercises/{name}" if part == "exercises" else f"{part}[{index}]"
                if not name:
                    yield Rejected(record, "", Reason("no-name", "the record has no name"))
                    continue
                license_info = raw.get("license")
                if isinstance(license_info, dict):
                    short = str(license_info.get("short_name", "")).strip()
                    spdx = SPDX.get(short, short or "unknown")
                    author = str(raw.get("license_author") or "").strip() or "unknown author"
                    attribution = f"{author} (via exercemus/exercises)"
                else:
                    spdx = "Unlicense"
                    attribution = "exercemus/exercises contributors, from wrkout/exercises.json"
                description = str(raw.get("description") or "")
                steps = [str(s) for s in raw.get("instructions") or ()]
                if part == "exercises_to_merge":
                    steps = [line for line in description.splitlines() if line.strip()]
                yield SourceRecord(
                    record=record,
                    name=name,
                    primary=tuple(str(m) for m in raw.get("primary_muscles") or ()),
                    secondary=tuple(str(m) for m in raw.get("secondary_muscles") or ()),
                    equipment=tuple(str(e) for e in raw.get("equipment") or ()),
                    license=spdx,
                    attribution=attribution,
                    url=self.homepage,
                    category=raw.get("category") if part == "exercises" else None,
                    tempo=raw.get("tempo"),
                    steps=tuple(steps),
                    numbered=part == "exercises",
                    tips=tuple(str(t) for t in raw.get("tips") or ()),
                )
