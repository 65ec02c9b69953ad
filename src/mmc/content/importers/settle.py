"""A converted record's level and tempo: the dataset's where it gives one mmc knows, else the
defaults (:mod:`.defaults`), each counted in the report."""

from __future__ import annotations

from mmc.content.importers.defaults import DEFAULT_TEMPO, EXPLOSIVE_TEMPO, HOLD_TEMPO
from mmc.content.importers.mapping import DatasetMapping
from mmc.content.importers.records import ImportReport, SourceRecord
from mmc.content.importers.text import clean_text
from mmc.errors import MmcError
from mmc.model.tempo import Tempo

__all__ = ["record_level", "record_tempo"]


def record_level(rec: SourceRecord, mapping: DatasetMapping, report: ImportReport) -> str | None:
    """beginner, intermediate or advanced, if the dataset says one that maps."""
    if not rec.level:
        return None
    raw_level = clean_text(rec.level)
    level = mapping.value("level", raw_level)
    if level is None and raw_level.casefold() in ("beginner", "intermediate", "advanced"):
        level = raw_level.casefold()
    if level is None and raw_level.casefold() == "expert":
        level = "advanced"
    if level is None:
        report.count_unmapped("level", raw_level)
    return level


def record_tempo(rec: SourceRecord, measure: str, category: str | None, report: ImportReport,
           notes: list[str]) -> str:
    """The dataset's tempo when it is one; else the default for holds, plyometrics or reps."""
    if rec.tempo:
        try:
            return Tempo.parse(rec.tempo).format()
        except MmcError:
            report.count_unmapped("tempo", rec.tempo)
    if measure != "reps":
        notes.append(f"tempo {HOLD_TEMPO} (into and out of the position; the set is timed)")
        return HOLD_TEMPO
    if category == "plyometrics":
        notes.append(f"tempo {EXPLOSIVE_TEMPO} (plyometric: explosive)")
        return EXPLOSIVE_TEMPO
    notes.append(f"tempo {DEFAULT_TEMPO} (mmc default: the dataset gives none)")
    return DEFAULT_TEMPO
