"""What every importer shares: records, the report, conversion, and safe, idempotent writing.

A dataset is read into :class:`SourceRecord` objects through its mapping file
(:mod:`.mapping`), or :class:`Rejected` ones it cannot read; :func:`run_import` does the rest:

1. maps categories, muscles, equipment, mechanic, force and level through the mapping's
   ``[values]`` tables and the library's muscle names and aliases
   (:meth:`mmc.Library.find_muscle`); every value that does not map is counted;
2. infers what the dataset does not say (:mod:`.inference`): the movement pattern from the
   name, muscles and force, equipment from the name, the mechanic from the pattern or the
   joints the muscles cross, holds, carries and per-side work; a record that cannot be
   classified is skipped with its reasons (or kept and marked, with ``keep_unclassified``);
3. de-duplicates by id, against the library's exercises and against files in the output
   directory that it did not write;
4. fails loudly, before writing anything, when the input has the wrong shape, when a mapped
   field is in no record, or when no record could be written;
5. writes each ``exercises/<id>.md`` atomically (temporary file, fsync, rename) and only when
   its text differs; repairs an empty or damaged file of an earlier import; leaves a file the
   user edited since it was imported alone and reports it (``force`` overwrites); removes files
   it wrote before that the dataset no longer yields; writes ``ATTRIBUTION-<dataset>.md``,
   copies of the dataset's license files and ``import-report-<dataset>.json`` (which records a
   digest of every file written, to recognise edits).

The same input gives byte-identical output, so a second run changes no file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from mmc.content.frontmatter import parse_document, sections
from mmc.content.importers.inference import (
    CONCENTRIC_FIRST,
    fallback_pattern,
    infer_category,
    infer_equipment,
    infer_measure,
    infer_mechanic,
    infer_pattern,
    infer_per_side,
    normalise_name,
    primary_for_pattern,
    refine_equipment,
)
from mmc.content.importers.mapping import CATEGORIES, SKIP, DatasetMapping, Hook, Malformed
from mmc.errors import MmcError
from mmc.model.common import EQUIPMENT
from mmc.model.exercise import Exercise
from mmc.model.library import Library, name_key
from mmc.model.tempo import Tempo
from mmc.suggest import did_you_mean

__all__ = [
    "DEFAULT_TEMPO",
    "HOLD_TEMPO",
    "KEEPABLE",
    "LICENSE_URLS",
    "ImportReport",
    "Importer",
    "Reason",
    "Rejected",
    "Skipped",
    "SourceRecord",
    "Written",
    "markdown_text",
    "run_import",
    "same_exercise_key",
    "slugify",
]

#: Tempo written on imported exercises when the dataset has none (R6: 3 s eccentric, 1 s
#: pause, 1 s concentric); the report says how many records got it.
DEFAULT_TEMPO = "3-1-1-0"
#: Tempo of a hold or a carry: a second into the position and a second out of it (the set
#: itself is dosed in seconds or metres).
HOLD_TEMPO = "1-0-1-0"
#: Tempo of plyometric work: controlled landing, explosive take-off (R2: no internal cue).
EXPLOSIVE_TEMPO = "1-0-X-0"
#: Skip reasons that ``keep_unclassified`` turns into a kept record marked for review.
KEEPABLE = frozenset({"no-pattern", "no-equipment", "unmapped-equipment"})

#: SPDX id -> where the license text lives.
LICENSE_URLS: dict[str, str] = {
    "CC-BY-SA-3.0": "https://creativecommons.org/licenses/by-sa/3.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "ODbL-1.0": "https://opendatacommons.org/licenses/odbl/1-0/",
    "Unlicense": "https://unlicense.org/",
    "MIT": "https://opensource.org/license/mit",
}
_MAX_SLUG = 80
_TMP = re.compile(r"^\..+\.\d+\.mmc-tmp$")


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
    """Why a record was skipped: a short code for counting and a sentence for people."""

    code: str
    message: str


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
    (``in_scope_written`` of them were written). ``unmapped`` counts each value that matched
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
                    "reasons": [{"code": r.code, "message": r.message} for r in item.reasons],
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


def slugify(name: str) -> str:
    """An mmc id from a name: ASCII, lower-case, single hyphens, at most 80 characters."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > _MAX_SLUG:
        slug = slug[:_MAX_SLUG].rsplit("-", 1)[0]
    return slug


def same_exercise_key(slug: str) -> str:
    """What two ids share when they name the same exercise: words without a plural ending."""
    return "-".join(
        word[:-1] if len(word) > 3 and word.endswith("s") else word for word in slug.split("-")
    )


def clean_text(text: str) -> str:
    """One line of dataset text with whitespace (including no-break spaces) collapsed."""
    return " ".join(text.replace("\u00a0", " ").split())


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_LIST_START = re.compile(r"^(\d+)([.)])")


def markdown_text(text: str) -> str:
    """Dataset text as Markdown that renders as exactly that text (no markup, no HTML)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", clean_text(text))
    escaped = _LIST_START.sub(r"\1\\\2", escaped)
    if escaped[:1] in ("-", "+", "=", "~"):
        escaped = "\\" + escaped
    return escaped


class _Dumper(yaml.SafeDumper):
    """Never writes YAML anchors/aliases (the content loader refuses them)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _yaml(data: Mapping[str, Any]) -> str:
    return yaml.dump(
        dict(data),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


def _license_urls(spdx: str) -> list[str]:
    return [LICENSE_URLS[part] for part in spdx.split(" AND ") if part in LICENSE_URLS]


def _body(importer: Importer, rec: SourceRecord) -> str:
    steps = [markdown_text(step) for step in rec.steps if clean_text(step)]
    tips = [markdown_text(tip) for tip in rec.tips if clean_text(tip)]
    if not steps and not tips:
        return ""
    lines = ["## Instructions", ""]
    if rec.numbered:
        lines += [f"{index}. {step}" for index, step in enumerate(steps, 1)]
    else:
        for step in steps:
            lines += [step, ""]
        if lines[-1] == "":
            lines.pop()
    if tips:
        lines += ["", "Tips from the dataset:", ""]
        lines += [f"- {tip}" for tip in tips]
    urls = _license_urls(rec.license)
    where = f" ({', '.join(urls)})" if urls else ""
    lines += [
        "",
        f"*Text from {importer.title}, record {markdown_text(rec.record)}, by "
        f"{markdown_text(rec.attribution)}; license {rec.license}{where}. Only whitespace and "
        "markup were changed.*",
    ]
    return "\n".join(lines) + "\n"


@dataclass(slots=True)
class _Mapped:
    front: dict[str, Any]
    body: str
    slug: str
    notes: list[str] = field(default_factory=list)
    unclassified: bool = False


def _muscle(
    raw: str, mapping: DatasetMapping, library: Library, aliases: Mapping[str, str]
) -> str | None:
    target = mapping.value("muscle", raw)
    for name in (target, raw):
        if not name:
            continue
        found = library.find_muscle(name)
        if found is not None:
            return found.id
        if name_key(name) in aliases:
            return aliases[name_key(name)]
    return None


def _map_muscles(
    raw: Iterable[str],
    mapping: DatasetMapping,
    library: Library,
    report: ImportReport,
    role: str,
    aliases: Mapping[str, str],
) -> tuple[list[str], list[str]]:
    ids: list[str] = []
    missing: list[str] = []
    for value in raw:
        value = clean_text(value)
        if not value:
            continue
        muscle_id = _muscle(value, mapping, library, aliases)
        if muscle_id is None:
            report.count_unmapped(f"{role} muscle", value)
            missing.append(value)
        elif muscle_id not in ids:
            ids.append(muscle_id)
    return ids, missing


def _muscles_in_name(name: str, library: Library) -> list[str]:
    """Muscles a name mentions (by id, name or alias: "bicep", "lats"), in name order."""
    words = normalise_name(name).split()
    found: list[str] = []
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            muscle = library.find_muscle(" ".join(words[start:start + size]))
            if muscle is not None and muscle.id not in found:
                found.append(muscle.id)
    return found


def _category(
    mapping: DatasetMapping, rec: SourceRecord, report: ImportReport
) -> tuple[str | None, Reason | None]:
    """The record's mmc category (None: not given) and why it is skipped, if it is."""
    raw = clean_text(rec.category or "")
    category: str | None = None
    if raw:
        category = mapping.value("category", raw)
        if category is None and raw.casefold() in CATEGORIES:
            category = raw.casefold()
        if category is None:
            report.count_unmapped("category", raw)
            return None, Reason(
                "unmapped-category",
                f"category '{raw}' is not mapped: add it under [values.category] as one of "
                f"{', '.join(CATEGORIES)} or 'skip'",
            )
        if category == "skip":
            return category, Reason("category", f"category '{raw}' is skipped by the mapping")
        if category in mapping.skip:
            return category, Reason("category", f"category '{raw}': {mapping.skip[category]}")
    # A stretch or a clean filed under 'strength' or a body region (wger's 'Arms').
    named = infer_category(rec.name)
    if named is not None and named in mapping.skip:
        return named, Reason("category", f"the name says {named}: {mapping.skip[named]}")
    return category, None


def _convert(
    importer: Importer,
    rec: SourceRecord,
    library: Library,
    report: ImportReport,
    keep: bool = False,
    aliases: Mapping[str, str] | None = None,
) -> _Mapped | list[Reason]:
    aliases = aliases or {}
    mapping = importer.mapping
    reasons: list[Reason] = []
    unsure: list[Reason] = []  # reasons keep_unclassified may override
    notes: list[str] = []
    name = clean_text(rec.name)
    slug = slugify(name)
    if not slug:
        reasons.append(Reason("no-name", "the record has no usable name"))

    category, skip = _category(mapping, rec, report)
    report.categories[category or "not given"] += 1
    if skip is not None:
        return [skip]
    report.in_scope += 1

    raw_mechanic = clean_text(rec.mechanic or "")
    raw_force = clean_text(rec.force or "")
    force = mapping.value("force", raw_force) if raw_force else None
    if raw_force and force is None:
        force = raw_force.casefold() if raw_force.casefold() in ("push", "pull", "static") else None
        if force is None:
            report.count_unmapped("force", raw_force)

    primary, missing = _map_muscles(rec.primary, mapping, library, report, "primary", aliases)
    if missing and primary:
        notes += ["primary muscle left out (unmapped)"] * len(missing)
    secondary, missing_secondary = _map_muscles(rec.secondary, mapping, library, report,
                                                "secondary", aliases)
    notes += ["secondary muscle left out (unmapped)"] * len(missing_secondary)
    overlap = [m for m in secondary if m in primary]
    notes += ["secondary muscle left out (also primary)"] * len(overlap)
    secondary = [m for m in secondary if m not in primary]

    # A record without muscles may name them ("Alternating bicep curls"): they help read it.
    named = [] if primary else _muscles_in_name(name, library)
    guess = infer_pattern(name, primary or named, force=force)
    if not primary and named and guess.pattern is not None:
        primary = named[:1]
        secondary = [m for m in secondary if m not in primary]
        notes.append("primary muscle read from the name (the dataset lists none)")
    if not primary:
        inferred = primary_for_pattern(guess.pattern, name) if guess.pattern else None
        if inferred is not None:
            primary = [inferred]
            secondary = [m for m in secondary if m != inferred]
            notes.append("primary muscle inferred from the pattern (the dataset lists none)")
        elif missing:
            reasons += [
                Reason("unmapped-muscle", f"primary muscle '{v}' matches no mmc muscle or alias")
                for v in missing
            ]
        else:
            reasons.append(Reason("no-primary", "the record lists no primary muscle and the "
                                  "name names no pattern that implies one"))
    pattern = guess.pattern
    cuff = primary_for_pattern(pattern, name) if pattern == "rotator-cuff" else None
    if cuff is not None and primary and cuff not in primary:
        # A dataset without the cuff muscles lists the deltoid: the cuff is the target.
        secondary = [m for m in [*primary, *secondary] if m != cuff]
        primary = [cuff]
        notes.append("primary muscle: the rotator cuff muscle the name's rotation trains")
    if primary and pattern is None:
        unsure.append(Reason("no-pattern", guess.reason))
    elif pattern is not None and guess.how:
        notes.append(f"movement pattern read from the {guess.how}")

    equipment: list[str] = []
    unmapped_equipment: list[str] = []
    for value in rec.equipment:
        raw = clean_text(value)
        if not raw:
            continue
        target = mapping.value("equipment", raw)
        if target is None and raw.casefold() in EQUIPMENT:
            target = raw.casefold()
        if target is None:
            report.count_unmapped("equipment", raw.casefold())
            unmapped_equipment.append(raw.casefold())
        elif target not in equipment:
            equipment.append(target)
    from_name = infer_equipment(name)
    refined = refine_equipment(equipment, name)
    if refined is not None:
        equipment = refined
        notes.append("equipment read from the name (the dataset's is vague)")
    elif not equipment and from_name:
        equipment = list(from_name)
        notes.append("equipment read from the name")
    elif not equipment and category in ("bodyweight", "calisthenics") and not unmapped_equipment:
        equipment = ["bodyweight"]
        notes.append(f"equipment: bodyweight (category {category})")
    if not equipment:
        if unmapped_equipment:
            unsure += [
                Reason("unmapped-equipment", f"equipment '{v}' has no mmc equivalent")
                for v in unmapped_equipment
            ]
        else:
            unsure.append(Reason("no-equipment", "the record lists no equipment and the name "
                                 "names none"))
    elif unmapped_equipment:
        notes += ["equipment left out (unmapped)"] * len(unmapped_equipment)

    hold = force == "static" or raw_mechanic.casefold() in ("isometric", "static")
    if hold:
        notes.append("a hold (the dataset marks it static): dosed in seconds")

    if reasons or (unsure and not keep):
        return reasons + unsure

    unclassified: list[str] = []
    if pattern is None:
        pattern = fallback_pattern(primary, force)
        unclassified.append("pattern")
    if not equipment:
        equipment = ["other"]
        unclassified.append("equipment")

    implied = guess.mechanic if guess.pattern else None
    parts = [p.strip() for p in raw_mechanic.split(",") if p.strip()]
    given: set[str] = set()
    for part in parts:
        mapped = mapping.value("mechanic", part)
        if mapped is None and part.casefold() in ("compound", "isolation", "isometric"):
            mapped = part.casefold()
        if mapped is None:
            report.count_unmapped("mechanic", part)
        elif mapped != "isometric":
            given.add(mapped)
    if implied is not None:
        mechanic = implied
        if len(given) == 1 and given != {implied}:
            notes.append(f"mechanic '{implied}' from the pattern, not the dataset's "
                         f"'{given.pop()}'")
        elif len(given) != 1:
            notes.append("mechanic from the pattern")
    elif len(given) == 1:
        mechanic = given.pop()
    else:
        mechanic = infer_mechanic(primary, secondary)
        notes.append("mechanic from the joints the muscles cross")

    level: str | None = None
    if rec.level:
        raw_level = clean_text(rec.level)
        level = mapping.value("level", raw_level)
        if level is None and raw_level.casefold() in ("beginner", "intermediate", "advanced"):
            level = raw_level.casefold()
        if level is None and raw_level.casefold() == "expert":
            level = "advanced"
        if level is None:
            report.count_unmapped("level", raw_level)

    measure = infer_measure(name, pattern, hold=hold)
    per_side = infer_per_side(name)
    tempo: str | None = None
    if rec.tempo:
        try:
            tempo = Tempo.parse(rec.tempo).format()
        except MmcError:
            report.count_unmapped("tempo", rec.tempo)
    if tempo is None and measure != "reps":
        tempo = HOLD_TEMPO
        notes.append(f"tempo {HOLD_TEMPO} (into and out of the position; the set is timed)")
    elif tempo is None and category == "plyometrics":
        tempo = EXPLOSIVE_TEMPO
        notes.append(f"tempo {EXPLOSIVE_TEMPO} (plyometric: explosive)")
    elif tempo is None:
        tempo = DEFAULT_TEMPO
        notes.append(f"tempo {DEFAULT_TEMPO} (mmc default: the dataset gives none)")
    if level is None:
        notes.append("level not given: left at the model default (beginner)")
    if measure != "reps":
        notes.append(f"dosed in {measure}")
    if per_side:
        notes.append("per side (from the name)")
    starts_with = "concentric" if pattern in CONCENTRIC_FIRST or measure != "reps" else (
        "eccentric"
    )
    if starts_with == "concentric":
        notes.append("rep starts with the concentric (from the pattern)")
    if unclassified:
        notes.append(f"kept unclassified: {', '.join(unclassified)} needs review")

    front: dict[str, Any] = {
        "id": slug,
        "name": name,
        "primary": primary,
        "secondary": secondary,
        "equipment": equipment,
        "mechanic": mechanic,
        "pattern": pattern,
    }
    if level is not None:
        front["level"] = level
    front |= {"tempo": tempo, "starts_with": starts_with}
    if per_side:
        front["per_side"] = True
    if measure != "reps":
        front["measure"] = measure
    front["imported"] = True
    provenance: dict[str, Any] = {
        "dataset": importer.name,
        "record": rec.record,
        "license": rec.license,
        "attribution": rec.attribution,
    }
    if rec.url:
        provenance["url"] = rec.url
    if rec.images:
        provenance["images"] = list(rec.images)
    if unclassified:
        provenance["unclassified"] = unclassified
    front["provenance"] = provenance
    return _Mapped(front=front, body=_body(importer, rec), slug=slug, notes=notes,
                   unclassified=bool(unclassified))


def _render(mapped: _Mapped) -> str:
    text = "---\n" + _yaml(mapped.front) + "---\n"
    if mapped.body:
        text += "\n" + mapped.body
    return text


def _validate(mapped: _Mapped, text: str) -> Reason | None:
    """Read the file back the way the loader will; a record that fails is skipped."""
    try:
        doc = parse_document(text, f"exercises/{mapped.slug}.md")
        data = dict(doc.data)
        preamble, found = sections(doc.body, doc.body_line)
        if preamble or [s.title for s in found] not in ([], ["Instructions"]):
            raise MmcError("unexpected Markdown sections")
        if found:
            data["instructions"] = found[0].text
        Exercise.model_validate(data)
    except (MmcError, ValidationError) as exc:
        return Reason("invalid", f"the converted record is not valid content: {exc}")
    return None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new one, never a
    part: a temporary file next to it, flushed to disk, renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.mmc-tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0),
                     0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # the rename itself, on file systems that allow it
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed import left behind (only names this module makes)."""
    for folder in (out, out / "exercises"):
        if folder.is_dir() and not folder.is_symlink():
            for path in folder.iterdir():
                if _TMP.match(path.name) and path.is_file() and not path.is_symlink():
                    with contextlib.suppress(OSError):
                        path.unlink()


@dataclass(frozen=True, slots=True)
class _OnDisk:
    """A file in ``out/exercises``: who wrote it, and its bytes."""

    owner: str | None  # the dataset of the importer that wrote it; None: not an importer
    data: bytes
    readable: bool


def _existing(out: Path) -> dict[str, _OnDisk]:
    """id -> what is in ``out/exercises/<id>.md`` now."""
    found: dict[str, _OnDisk] = {}
    folder = out / "exercises"
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.md")):
        if path.is_symlink() or not path.is_file():
            found[path.stem] = _OnDisk(None, b"", readable=False)
            continue
        try:
            data = path.read_bytes()
        except OSError:
            found[path.stem] = _OnDisk(None, b"", readable=False)
            continue
        try:
            doc = parse_document(data.decode("utf-8"), str(path))
        except (UnicodeDecodeError, MmcError):
            found[path.stem] = _OnDisk(None, data, readable=False)
            continue
        provenance = doc.data.get("provenance")
        dataset = provenance.get("dataset") if isinstance(provenance, dict) else None
        imported = doc.data.get("imported") is True
        owner = str(dataset) if imported and dataset else None
        found[path.stem] = _OnDisk(owner, data, readable=bool(doc.data))
    return found


def _previous_digests(out: Path, dataset: str) -> dict[str, str]:
    """The digests the last complete import recorded (empty if there is no usable report)."""
    path = out / f"import-report-{dataset}.json"
    try:
        files = json.loads(path.read_text(encoding="utf-8")).get("files")
    except (OSError, UnicodeDecodeError, ValueError, AttributeError, RecursionError):
        return {}
    if not isinstance(files, dict):
        return {}
    return {str(k): str(v) for k, v in files.items() if isinstance(v, str)}


def _damaged(disk: _OnDisk, new: bytes, digests: Mapping[str, str], shown: str) -> bool:
    """An empty file, or an unreadable start of the file this import writes: what an
    interrupted, non-atomic write leaves (safe to repair: nothing in it is lost)."""
    if not disk.data.strip():
        return True
    return not disk.readable and new.startswith(disk.data)


def _write(path: Path, data: bytes, out: Path, report: ImportReport) -> None:
    shown = path.relative_to(out).as_posix()
    try:
        current = path.read_bytes() if path.is_file() and not path.is_symlink() else None
    except OSError:
        current = None
    if current == data:
        report.unchanged.append(shown)
        return
    (report.updated if path.exists() or path.is_symlink() else report.created).append(shown)
    _atomic_write(path, data)


def _attribution(importer: Importer, report: ImportReport) -> str:
    licenses = Counter(item.license for item in report.written)
    lines = [
        f"# Attribution: {importer.title}",
        "",
        f"The files in `exercises/` whose `provenance.dataset` is `{importer.name}` were "
        f"converted by `mmc import {importer.name}` from {importer.title} ({importer.homepage}).",
        "",
        importer.mapping.license_note
        or f"Credit the authors as below and follow the dataset's license ({importer.name}).",
        "",
        "Changes made by mmc: the records were converted to mmc's content format; muscle and "
        "equipment names were mapped to mmc's vocabulary; what the dataset does not say (the "
        "movement pattern, and where it has none the mechanic, equipment or target muscle, "
        "holds, carries and per-side work) was inferred; the tempo defaults to "
        f"{DEFAULT_TEMPO} ({HOLD_TEMPO} for holds and carries). "
        "The instructions keep the dataset's words; only whitespace and markup were changed. "
        f"`import-report-{importer.name}.json` lists every record left out and why.",
        "",
        "## Licenses",
        "",
        "| license | exercises | license text |",
        "|---|---|---|",
    ]
    for spdx, count in sorted(licenses.items()):
        lines.append(f"| {spdx} | {count} | {', '.join(_license_urls(spdx)) or '-'} |")
    lines += [
        "",
        "## Exercises and their authors",
        "",
        "| file | record | license | attribution |",
        "|---|---|---|---|",
    ]
    for item in sorted(report.written, key=lambda w: w.id):
        cells = [f"exercises/{item.id}.md", item.record, item.license, item.attribution]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _alias_table(
    aliases: Mapping[str, Iterable[str]], library: Library, file: str | None
) -> dict[str, str]:
    """name -> muscle id of the extra aliases; an unknown muscle id is an error."""
    table: dict[str, str] = {}
    for muscle_id, names in sorted(aliases.items()):
        if muscle_id not in library.muscles:
            raise MmcError(
                f"aliases: no muscle has the id '{muscle_id}'",
                file=file,
                field=f"aliases.{muscle_id}",
                fix=did_you_mean(muscle_id, library.muscles) or "use a muscle id (mmc check "
                "lists them; e.g. latissimus-dorsi)",
            )
        for name in names:
            table.setdefault(name_key(name), muscle_id)
    return table


def _loud(importer: Importer, report: ImportReport, source: Path) -> None:
    """Refuse, before anything is written, an input that cannot be what the mapping says."""
    mapping = importer.mapping
    if report.records == 0:
        raise MmcError(
            f"{importer.name}: no records in {source}",
            file=str(source),
            fix="pass the dataset's own file; with a mapping, point [dataset] records at its "
            "list of records",
        )
    # Fields most records have: one in no record is a misspelt field or the wrong data. Rare
    # fields (tempo, tips ...) may be absent from a given copy.
    expected = {"id", "name", "primary", "secondary", "equipment", "category", "instructions"}
    expected |= {"license"} if mapping.license is None else set()
    expected |= {"attribution"} if mapping.attribution is None else set()
    absent = [name for name in mapping.fields
              if name in expected and importer.present[name] == 0]
    if absent:
        listed = ", ".join(f"{name} = {' or '.join(map(repr, mapping.fields[name]))}"
                           for name in absent)
        raise MmcError(
            f"{importer.name}: no record of {report.records} has the mapped field(s) {listed}",
            file=mapping.source,
            field=f"fields.{absent[0]}",
            fix="name the field as the records spell it (a dotted path for nested fields), "
            "or leave it out of [fields]",
        )
    if not report.written:
        top = ", ".join(f"{code} {count}" for code, count in report.skip_counts().most_common(4))
        example = report.skipped[0] if report.skipped else None
        first = (f"; e.g. record {example.record}: {example.reasons[0].message}"
                 if example and example.reasons else "")
        raise MmcError(
            f"{importer.name}: 0 of {report.records} records could be written ({top}){first}",
            file=str(source),
            fix="check the mapping's fields and [values] tables against the data "
            "(nothing was written or removed)",
        )


def run_import(
    importer: Importer,
    source: str | Path,
    out: str | Path,
    *,
    library: Library | None = None,
    keep_unclassified: bool = False,
    force: bool = False,
    aliases: Mapping[str, Iterable[str]] | None = None,
    aliases_file: str | None = None,
) -> ImportReport:
    """Import a dataset into ``out`` (see the module docs); return the report.

    ``library`` supplies the muscle names and aliases and the exercise ids that imported ids
    must not clash with; by default the bundled content alone (no packs, no directories).
    ``keep_unclassified`` keeps records whose pattern or equipment cannot be inferred (with a
    placeholder, listed in ``provenance.unclassified``); ``force`` overwrites files the user
    edited since they were imported. ``aliases`` adds names to muscles (muscle id -> names,
    the ``aliases`` setting of ``mmc.toml``, read from ``aliases_file``).
    """
    source_path = Path(source)
    out_path = Path(out)
    if not source_path.exists():
        raise MmcError(
            f"{source_path} does not exist",
            file=str(source_path),
            fix="pass the dataset's directory or data file",
        )
    if out_path.exists() and not out_path.is_dir():
        raise MmcError(
            f"{out_path} is not a directory", file=str(out_path), fix="pass a directory for --out"
        )
    if (out_path / "exercises").exists() and not (out_path / "exercises").is_dir():
        raise MmcError(
            f"{out_path / 'exercises'} is not a directory",
            file=str(out_path / "exercises"),
            fix="move that file away, or import into another directory",
        )
    if library is None:
        from mmc.content.loader import load_library

        library = load_library(packs=False)

    extra_names = _alias_table(aliases or {}, library, aliases_file)
    report = ImportReport(dataset=importer.name)
    existing = _existing(out_path)
    digests = _previous_digests(out_path, importer.name)
    # Ids that differ only in plural forms ("squat-with-bands", "squats-with-bands") name the
    # same exercise: the first one wins, within the dataset, against the library's exercises
    # and against files in the output directory that this importer did not write.
    out_resolved = out_path.resolve()
    library_keys: dict[str, str] = {}
    for item_id in sorted(library.exercises):
        where = library.source("exercise", item_id)
        if where is not None and Path(where).resolve().parent.parent == out_resolved:
            continue  # a file in the output directory: judged from the file itself below
        library_keys.setdefault(same_exercise_key(item_id), item_id)
    planned: list[tuple[str, bytes]] = []
    chosen: dict[str, tuple[str, str, str]] = {}
    for item in importer.read(source_path):
        report.records += 1
        if isinstance(item, Rejected):
            report.skipped.append(Skipped(item.record, item.name, (item.reason,)))
            continue
        result = _convert(importer, item, library, report, keep_unclassified, extra_names)
        if isinstance(result, list):
            report.skipped.append(Skipped(item.record, clean_text(item.name), tuple(result)))
            continue
        slug = result.slug
        key = same_exercise_key(slug)
        data = _render(result).encode("utf-8")
        shown = f"exercises/{slug}.md"
        clash: Reason | None = None
        if key in chosen:
            kept, record, name = chosen[key]
            clash = Reason(
                "duplicate",
                f"same exercise as record {record} ({name!r}, id '{kept}'), kept first",
            )
        elif key in library_keys:
            # No file path here: the report must not depend on where mmc is installed.
            # Not written a second time: plans and the site use the library's exercise.
            clash = Reason("in-library", f"the library already has this exercise as "
                           f"'{library_keys[key]}' (used instead; nothing is lost)")
        else:
            for other, disk in existing.items():
                if same_exercise_key(other) != key or disk.owner == importer.name:
                    continue
                if other == slug and _damaged(disk, data, digests, shown):
                    continue  # an empty or broken file of an earlier import: repaired below
                by = f"imported from {disk.owner}" if disk.owner else "not written by an importer"
                clash = Reason("clash", f"exercises/{other}.md is already in the output ({by})")
                break
        invalid = clash or _validate(result, data.decode("utf-8"))
        if invalid is not None:
            report.skipped.append(Skipped(item.record, clean_text(item.name), (invalid,)))
            continue
        chosen[key] = (slug, item.record, clean_text(item.name))
        report.notes.update(result.notes)
        report.in_scope_written += 1
        report.kept_unclassified += result.unclassified
        report.written.append(
            Written(item.record, clean_text(item.name), slug, item.license, item.attribution)
        )
        planned.append((slug, data))

    _loud(importer, report, source_path)

    # Writing: nothing above touched the disk.
    _remove_stale_temporaries(out_path)
    written = set()
    for slug, data in planned:
        shown = f"exercises/{slug}.md"
        written.add(slug)
        on_disk = existing.get(slug)
        if on_disk is not None and on_disk.data != data and not force:
            before = digests.get(shown)
            if before is not None and _digest(on_disk.data) != before and not _damaged(
                on_disk, data, digests, shown
            ):
                report.edited.append(shown)
                report.files[shown] = before
                continue
        if on_disk is not None and on_disk.data != data and _damaged(
            on_disk, data, digests, shown
        ):
            report.repaired.append(shown)
        report.files[shown] = _digest(data)
        _write(out_path / "exercises" / f"{slug}.md", data, out_path, report)

    for slug, disk in sorted(existing.items()):
        shown = f"exercises/{slug}.md"
        if disk.owner != importer.name or slug in written:
            continue
        before = digests.get(shown)
        if before is not None and _digest(disk.data) != before and not force:
            report.edited.append(shown)
            report.files[shown] = before
            continue
        (out_path / "exercises" / f"{slug}.md").unlink()
        report.removed.append(shown)

    _write(
        out_path / f"ATTRIBUTION-{importer.name}.md",
        _attribution(importer, report).encode("utf-8"),
        out_path,
        report,
    )
    folder = source_path.parent if source_path.is_file() else source_path
    for name in importer.mapping.license_files:
        license_file = folder / name
        if license_file.is_file():
            target = out_path / f"LICENSE-{importer.name}-{name}"
            _write(target, license_file.read_bytes(), out_path, report)
        else:
            report.notes[f"license file {name} not in the source: not copied"] += 1
    saved = json.dumps(report.to_dict(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    _write(out_path / f"import-report-{importer.name}.json", saved.encode("utf-8"), out_path,
           report)
    return report
