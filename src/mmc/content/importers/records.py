"""What an import reads and reports: dataset records in the dataset's own words, why a record
was skipped or rejected, what was written, and the :class:`ImportReport` of a whole run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ImportReport", "Reason", "Rejected", "Skipped", "SourceRecord", "Written"]

@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One dataset record in the dataset's own words (raw names, not yet mapped)."""

    record: str
    name: str
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    equipment: tuple[str, ...]
    license: str
    attribution: str
    url: str | None = None
    mechanic: str | None = None
    level: str | None = None
    category: str | None = None
    force: str | None = None
    tempo: str | None = None
    steps: tuple[str, ...] = ()
    numbered: bool = True
    tips: tuple[str, ...] = ()
    images: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a record was skipped: a short code for counting and a sentence for people;
    ``id``, for ``same-as-written``, the id of the file written for the same exercise."""

    code: str
    message: str
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record the reader could not read at all (no English text, a malformed field)."""

    record: str
    name: str
    reason: Reason


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record that was not written, with every reason found."""

    record: str
    name: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class Written:
    """A record written as ``exercises/<id>.md``."""

    record: str
    name: str
    id: str
    license: str
    attribution: str


@dataclass(slots=True)
class ImportReport:
    """Everything an import did and could not do.

    ``written`` and ``skipped`` together hold every record of the dataset once. ``categories``
    counts the records per mmc category; ``in_scope`` those of categories the mapping imports
    (``in_scope_written`` of them were written; :meth:`first_reasons` counts those the
    library has, ``in-library``, and those that are the same exercise as a record written,
    ``same-as-written``). ``unmapped`` counts each value that matched
    nothing (field -> value -> occurrences); ``notes`` counts defaults and inferences. The file
    lists (``created`` ...) say what changed on disk in this run and are not saved; ``edited``
    lists files the user changed since they were imported, left alone (``force`` overwrites).
    """

    dataset: str
    records: int = 0
    written: list[Written] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unmapped: dict[str, Counter[str]] = field(default_factory=dict)
    notes: Counter[str] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)
    in_scope: int = 0
    in_scope_written: int = 0
    kept_unclassified: int = 0
    files: dict[str, str] = field(default_factory=dict)
    edited: list[str] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)

    def count_unmapped(self, what: str, value: str) -> None:
        self.unmapped.setdefault(what, Counter())[value] += 1

    @property
    def changed(self) -> list[str]:
        """Files created, updated or removed by this run (empty on a repeated run)."""
        return sorted([*self.created, *self.updated, *self.removed])

    def skip_counts(self) -> Counter[str]:
        """Skipped records per reason code (a record with two reasons counts under both)."""
        return Counter(reason.code for item in self.skipped for reason in item.reasons)

    def first_reasons(self) -> Counter[str]:
        """Skipped records per first reason (each record once)."""
        return Counter(item.reasons[0].code for item in self.skipped if item.reasons)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (sorted, no timestamps, no file changes)."""
        return {
            "dataset": self.dataset,
            "records": self.records,
            "written": len(self.written),
            "skipped": len(self.skipped),
            "categories": dict(sorted(self.categories.items())),
            "in_scope": self.in_scope,
            "in_scope_written": self.in_scope_written,
            "in_library": self.first_reasons()["in-library"],
            "same_as_written": self.first_reasons()["same-as-written"],
            "kept_unclassified": self.kept_unclassified,
            "skip_reasons": dict(sorted(self.skip_counts().items())),
            "unmapped": {
                what: dict(sorted(values.items(), key=lambda kv: (-kv[1], kv[0])))
                for what, values in sorted(self.unmapped.items())
            },
            "notes": dict(sorted(self.notes.items())),
            "edited": sorted(self.edited),
            "skipped_records": [
                {
                    "record": item.record,
                    "name": item.name,
                    "reasons": [_reason(r) for r in item.reasons],
                }
                for item in self.skipped
            ],
            "written_records": [
                {"record": item.record, "id": item.id, "license": item.license}
                for item in self.written
            ],
            "files": dict(sorted(self.files.items())),
        }

    def summary(self) -> str:
        """A few lines for the terminal."""
        share = (
            f" ({self.in_scope_written} of {self.in_scope} in imported categories)"
            if self.in_scope != self.records
            else ""
        )
        lines = [
            f"{self.dataset}: {self.records} records: {len(self.written)} written, "
            f"{len(self.skipped)} skipped{share}",
        ]
        first = self.first_reasons()
        if first["in-library"] or first["same-as-written"]:
            covered = self.in_scope_written + first["in-library"] + first["same-as-written"]
            share = f" ({100 * covered / self.in_scope:.1f} %)" if self.in_scope else ""
            lines.append(
                f"  {self.in_scope_written} written, {first['in-library']} already in the "
                f"library, {first['same-as-written']} the same exercise as a written record "
                f"(represented by its file): {covered} of {self.in_scope}{share}")
        if self.kept_unclassified:
            lines.append(f"  kept unclassified (marked for review): {self.kept_unclassified}")
        for code, count in sorted(self.skip_counts().items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  skipped ({code}): {count}")
        for what, values in sorted(self.unmapped.items()):
            top = sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))
            shown = ", ".join(f"{value!r} x{count}" for value, count in top[:8])
            more = f", and {len(top) - 8} more" if len(top) > 8 else ""
            lines.append(f"  unmapped {what}: {shown}{more}")
        for note, count in sorted(self.notes.items()):
            lines.append(f"  note: {note}: {count}")
        for path in sorted(self.edited):
            lines.append(f"  edited since imported, left alone (--force overwrites): {path}")
        for path in sorted(self.repaired):
            lines.append(f"  repaired (empty or damaged): {path}")
        lines.append(
            f"  files: {len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.removed)} removed, {len(self.unchanged)} unchanged"
        )
        return "\n".join(lines)


def _reason(reason: Reason) -> dict[str, str]:
    found = {"code": reason.code, "message": reason.message}
    if reason.id is not None:
        found["id"] = reason.id
    return found
