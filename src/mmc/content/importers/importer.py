"""The base importer: a dataset format as its mapping file and, where one is truly needed, a
reader hook; it reads the dataset into :class:`~.records.SourceRecord` objects."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from mmc.content.importers.mapping import SKIP, DatasetMapping, Hook, Malformed
from mmc.content.importers.records import Reason, Rejected, SourceRecord
from mmc.content.importers.text import clean_text

__all__ = ["Importer"]


class Importer:
    """A dataset format: its mapping file and, where one is truly needed, a reader hook that
    turns the dataset's files into flat records first (wger's relational fixtures)."""

    def __init__(self, mapping: DatasetMapping, hook: Hook | None = None) -> None:
        self.mapping = mapping
        self.hook = hook
        #: Mapped fields found in at least one record (a field in none is an error).
        self.present: Counter[str] = Counter()

    @property
    def name(self) -> str:
        return self.mapping.name

    @property
    def title(self) -> str:
        return self.mapping.title

    @property
    def homepage(self) -> str:
        return self.mapping.url or ""

    def read(self, source: Path) -> Iterator[SourceRecord | Rejected]:
        """The dataset's records in a stable order (file order)."""
        rows = self.hook(self.mapping, source) if self.hook else self.mapping.rows(source)
        seen: set[str] = set()
        for where, row in rows:
            if SKIP in row:
                code, message = row[SKIP]
                name = row.get("name") if isinstance(row.get("name"), str) else ""
                yield Rejected(where, str(name or ""), Reason(str(code), str(message)))
                continue
            for name in self.mapping.fields:
                if self.mapping.present(row, name):
                    self.present[name] += 1
            try:
                record = self.record(where, row, seen)
            except Malformed as exc:
                name = row.get("name") if isinstance(row.get("name"), str) else ""
                yield Rejected(where, str(name or ""), Reason("malformed", exc.message))
                continue
            yield record

    def record(self, where: str, row: Mapping[str, Any], seen: set[str]) -> SourceRecord:
        m = self.mapping
        record = clean_text(m.text(row, "id") or "") or where
        if record in seen:
            record = f"{record} ({where})"
        seen.add(record)
        raw_license = m.text(row, "license")
        spdx = (m.value("license", raw_license) or raw_license.strip()) if raw_license else None
        images = tuple(
            f"{m.images_url}{path}" if m.images_url and "://" not in path else path
            for path in m.texts(row, "images")[0]
        )
        steps, numbered = m.texts(row, "instructions")
        return SourceRecord(
            record=record,
            name=m.text(row, "name") or "",
            primary=m.texts(row, "primary")[0],
            secondary=m.texts(row, "secondary")[0],
            equipment=m.texts(row, "equipment")[0],
            license=spdx or m.license or "unknown",
            attribution=m.text(row, "attribution") or m.attribution or f"{m.title} contributors",
            url=m.text(row, "url") or m.url,
            mechanic=m.text(row, "mechanic"),
            level=m.text(row, "level"),
            category=m.text(row, "category"),
            force=m.text(row, "force"),
            tempo=m.text(row, "tempo"),
            steps=steps,
            numbered=numbered,
            tips=m.texts(row, "tips")[0],
            images=images,
        )
