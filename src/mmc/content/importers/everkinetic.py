"""everkinetic/data: 289 exercises, CC BY-SA 4.0, based on everkinetic.com by Greg Priday.

Muscles use Latin-ish names (``glutaeus maximus``, ``ischiocrural muscles``) with a few typos
that the muscles' aliases may or may not cover; equipment is uncontrolled free text;
``type`` is a mechanic, ``isometric`` or two comma-joined mechanics.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from mmc.content.importers.base import Importer, Rejected, SourceRecord

__all__ = ["Everkinetic"]


class Everkinetic(Importer):
    name = "everkinetic"
    title = "everkinetic/data"
    homepage = "https://github.com/everkinetic/data"
    data_files = ("exercises.json",)
    license_files = ("LICENSE.md",)
    # Its `type` calls bench presses, pull-ups, rows and deadlifts "isolation".
    trust_mechanic = False
    license_note = (
        "everkinetic/data is an open data project based on everkinetic.com, created by Greg "
        "Priday, licensed under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0, "
        "https://creativecommons.org/licenses/by-sa/4.0/; full text in "
        "`LICENSE-everkinetic-LICENSE.md`). Credit the authors as below when you share these "
        "files, and share them and anything adapted from them under CC BY-SA 4.0."
    )
    equipment: ClassVar[dict[str, str]] = {
        "barbell": "barbell",
        "dumbbell": "dumbbell",
        "dumbbells": "dumbbell",
        "cable": "cable",
        "body": "bodyweight",
        "machine": "machine",
        "smith machine": "machine",
        "t-bar machine": "machine",
        "chest machine": "machine",
        "machine: butterfly": "machine",
        "machine: bench press": "machine",
        "machine: chest": "machine",
        "flat bench": "bench",
        "bench": "bench",
        "bench: incline": "bench",
        "bench: decline": "bench",
        "bench: hyperextension": "bench",
        "exercise band": "band",
        "exercise ball": "other",
        "stability ball": "other",
        "swiss ball": "other",
        "bosu ball": "other",
        "balance board": "other",
        "medicine ball": "other",
        "towel": "other",
        "weight plate": "plate",
        "pull-up bar": "pull-up-bar",
        "parallel bars": "other",
        # 'bar', 'wide bar', 'v-bar' and 'weight' could be a barbell, a pull-up bar or a
        # cable attachment: left unmapped, so their records are reported, not guessed.
    }

    def read(self, source: Path) -> Iterator[SourceRecord | Rejected]:
        for raw in self.records_by_id(source):
            if isinstance(raw, Rejected):
                yield raw
                continue
            yield SourceRecord(
                record=str(raw["id"]),
                name=str(raw.get("title") or raw.get("name") or ""),
                primary=tuple(str(m) for m in raw.get("primary") or ()),
                secondary=tuple(str(m) for m in raw.get("secondary") or ()),
                equipment=tuple(str(e) for e in raw.get("equipment") or ()),
                license="CC-BY-SA-4.0",
                attribution="everkinetic/data contributors, based on everkinetic.com by "
                "Greg Priday",
                url=self.homepage,
                mechanic=raw.get("type"),
                steps=tuple(str(s) for s in raw.get("steps") or ()),
                tips=tuple(str(t) for t in raw.get("tips") or ()),
            )
