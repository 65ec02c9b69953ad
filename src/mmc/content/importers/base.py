"""What every importer shares: records, the report, mapping, and idempotent writing.

A dataset module reads its files into :class:`SourceRecord` objects (or :class:`Rejected`
ones it cannot read) and declares its vocabularies; :func:`run_import` does the rest:

1. maps muscle names through the bundled muscles' names and ``aliases``
   (:meth:`mmc.Library.find_muscle`), and equipment, mechanic and level through the
   dataset's tables; every value that does not map is counted in the report;
2. infers the movement pattern from the name (:mod:`.inference`) and, where the dataset has
   none, the mechanic from the pattern; a record where either stays unknown is skipped with
   its reasons, never guessed;
3. de-duplicates by id, against the bundled exercises and against files in the output
   directory written by another importer;
4. writes ``exercises/<id>.md`` only when the text differs, removes files it wrote before
   that the dataset no longer yields, and writes ``ATTRIBUTION-<dataset>.md``, copies of the
   dataset's license files and ``import-report-<dataset>.json``.

The same input gives byte-identical output, so a second run changes no file.
"""

from __future__ import annotations

import json
import re
import unicodedata
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml
from pydantic import ValidationError

from mmc.content.frontmatter import parse_document, sections
from mmc.content.importers.inference import CONCENTRIC_FIRST, infer_pattern
from mmc.errors import MmcError
from mmc.model.common import EQUIPMENT
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.tempo import Tempo

__all__ = [
    "DEFAULT_TEMPO",
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


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record the dataset module could not read at all (e.g. no English text)."""

    record: str
    name: str
    reason: Reason


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a record was skipped: a short code for counting and a sentence for people."""

    code: str
    message: str


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

    ``written`` and ``skipped`` together hold every record of the dataset once. ``unmapped``
    counts each value that matched nothing (field -> value -> occurrences); ``notes`` counts
    defaults and inferences (e.g. the default tempo). The file lists (``created`` ...) say
    what changed on disk in this run and are not part of the saved report.
    """

    dataset: str
    records: int = 0
    written: list[Written] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unmapped: dict[str, Counter[str]] = field(default_factory=dict)
    notes: Counter[str] = field(default_factory=Counter)
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

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
            "skip_reasons": dict(sorted(self.skip_counts().items())),
            "unmapped": {
                what: dict(sorted(values.items(), key=lambda kv: (-kv[1], kv[0])))
                for what, values in sorted(self.unmapped.items())
            },
            "notes": dict(sorted(self.notes.items())),
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
        }

    def summary(self) -> str:
        """A few lines for the terminal."""
        lines = [
            f"{self.dataset}: {self.records} records: {len(self.written)} written, "
            f"{len(self.skipped)} skipped",
        ]
        for code, count in sorted(self.skip_counts().items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  skipped ({code}): {count}")
        for what, values in sorted(self.unmapped.items()):
            top = sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))
            shown = ", ".join(f"{value!r} x{count}" for value, count in top[:8])
            more = f", and {len(top) - 8} more" if len(top) > 8 else ""
            lines.append(f"  unmapped {what}: {shown}{more}")
        for note, count in sorted(self.notes.items()):
            lines.append(f"  note: {note}: {count}")
        lines.append(
            f"  files: {len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.removed)} removed, {len(self.unchanged)} unchanged"
        )
        return "\n".join(lines)


class Importer(ABC):
    """A dataset format: how to read it and the tables that map its vocabulary."""

    #: The FORMAT name of ``mmc import FORMAT`` and ``provenance.dataset``.
    name: ClassVar[str]
    title: ClassVar[str]
    homepage: ClassVar[str]
    #: Files the source directory must hold (the first one may also be given directly).
    data_files: ClassVar[tuple[str, ...]]
    #: License files of the dataset to copy next to the output, as LICENSE-<name>-<file>.
    license_files: ClassVar[tuple[str, ...]] = ()
    #: A paragraph for ATTRIBUTION-<name>.md, in our words: what the license asks.
    license_note: ClassVar[str]
    #: Raw equipment value (case-folded) -> mmc equipment.
    equipment: ClassVar[Mapping[str, str]]
    #: Raw mechanic -> mmc mechanic. Values listed in ``holds`` mark static holds.
    mechanics: ClassVar[Mapping[str, str]] = {"compound": "compound", "isolation": "isolation"}
    holds: ClassVar[frozenset[str]] = frozenset({"static", "isometric"})
    #: False when the dataset's mechanic labels are known to be unreliable: the mechanic a
    #: pattern implies by definition then wins, and each disagreement is counted in the notes.
    #: When True, a disagreement skips the record (one of the two is wrong).
    trust_mechanic: ClassVar[bool] = True
    #: Raw level -> mmc level.
    levels: ClassVar[Mapping[str, str]] = {
        "beginner": "beginner",
        "intermediate": "intermediate",
        "advanced": "advanced",
        "expert": "advanced",
    }
    #: Categories kept; any other category skips the record with ``category_reasons``.
    categories: ClassVar[frozenset[str]] = frozenset()
    category_reasons: ClassVar[Mapping[str, str]] = {}

    @abstractmethod
    def read(self, source: Path) -> Iterable[SourceRecord | Rejected]:
        """Yield the dataset's records in a stable order."""

    def data_path(self, source: Path, name: str | None = None) -> Path:
        """A data file of the dataset, with an error that says what is missing."""
        wanted = name or self.data_files[0]
        if source.is_file():
            if name is None or source.name == name:
                return source
            source = source.parent
        path = source / wanted
        if not path.is_file():
            raise MmcError(
                f"{self.name}: {wanted} not found in {source}",
                file=str(source),
                fix=f"pass the directory holding {', '.join(self.data_files)}",
            )
        return path

    def records_by_id(self, source: Path) -> Iterator[dict[str, Any] | Rejected]:
        """The records of a dataset stored as one JSON list, sorted by id; a record without
        an id comes back as :class:`Rejected`."""
        data: Any = self.load_json(source)
        rows = data if isinstance(data, list) else []
        for raw in sorted(rows, key=lambda r: str(r.get("id", "")) if isinstance(r, dict) else ""):
            if not isinstance(raw, dict) or not raw.get("id"):
                yield Rejected("?", "", Reason("unreadable", "the record has no id"))
            else:
                yield raw

    def load_json(self, source: Path, name: str | None = None) -> Any:
        path = self.data_path(source, name)
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise MmcError(
                f"{self.name}: cannot read {path.name}: {exc}",
                file=str(path),
                fix="pass an unmodified copy of the dataset",
            ) from None


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


def _map_muscles(
    raw: Iterable[str], library: Library, report: ImportReport, role: str
) -> tuple[list[str], list[str]]:
    ids: list[str] = []
    missing: list[str] = []
    for value in raw:
        value = clean_text(value)
        if not value:
            continue
        muscle = library.find_muscle(value)
        if muscle is None:
            report.count_unmapped(f"{role} muscle", value)
            missing.append(value)
        elif muscle.id not in ids:
            ids.append(muscle.id)
    return ids, missing


def _convert(
    importer: Importer, rec: SourceRecord, library: Library, report: ImportReport
) -> _Mapped | list[Reason]:
    reasons: list[Reason] = []
    name = clean_text(rec.name)
    slug = slugify(name)
    if not slug:
        reasons.append(Reason("no-name", "the record has no usable name"))

    category = clean_text(rec.category or "").casefold()
    if rec.category is not None and importer.categories and category not in importer.categories:
        message = importer.category_reasons.get(category)
        if message is None:
            report.count_unmapped("category", category)
            message = f"category '{category}' is not one mmc imports"
        reasons.append(Reason("category", message))

    raw_mechanic = clean_text(rec.mechanic or "").casefold()
    force = clean_text(rec.force or "").casefold()
    if force in importer.holds or raw_mechanic in importer.holds:
        reasons.append(
            Reason(
                "static-hold",
                "the dataset marks it a static hold; mmc prescribes tempo for moving reps",
            )
        )

    primary, missing = _map_muscles(rec.primary, library, report, "primary")
    for value in missing:
        reasons.append(
            Reason("unmapped-muscle", f"primary muscle '{value}' matches no mmc muscle or alias")
        )
    if not rec.primary or (not primary and not missing):
        reasons.append(Reason("no-primary", "the record lists no primary muscle"))
    secondary, missing_secondary = _map_muscles(rec.secondary, library, report, "secondary")
    notes = ["secondary muscle left out (unmapped)"] * len(missing_secondary)
    overlap = [m for m in secondary if m in primary]
    notes += ["secondary muscle left out (also primary)"] * len(overlap)
    secondary = [m for m in secondary if m not in primary]

    equipment: list[str] = []
    for value in rec.equipment:
        key = clean_text(value).casefold()
        if not key:
            continue
        target = importer.equipment.get(key)
        if target is None or target not in EQUIPMENT:
            report.count_unmapped("equipment", key)
            reasons.append(Reason("unmapped-equipment", f"equipment '{key}' has no mmc equivalent"))
        elif target not in equipment:
            equipment.append(target)
    if not any(clean_text(v) for v in rec.equipment):
        reasons.append(Reason("no-equipment", "the record lists no equipment"))

    pattern: str | None = None
    implied: str | None = None
    if primary and not missing:
        guess = infer_pattern(name, primary)
        pattern, implied = guess.pattern, guess.mechanic
        if pattern is None:
            reasons.append(Reason("no-pattern", guess.reason))

    mechanic: str | None = None
    parts = [p.strip() for p in raw_mechanic.split(",") if p.strip()]
    known = {importer.mechanics[p] for p in parts if p in importer.mechanics}
    for part in parts:
        if part not in importer.mechanics and part not in importer.holds:
            report.count_unmapped("mechanic", part)
    if len(known) == 1:
        mechanic = known.pop()
        if implied is not None and implied != mechanic and not importer.trust_mechanic:
            notes.append(f"mechanic '{implied}' from the pattern, not the dataset's '{mechanic}'")
            mechanic = implied
        elif implied is not None and implied != mechanic:
            reasons.append(
                Reason(
                    "mechanic-conflict",
                    f"the dataset says '{mechanic}' but pattern '{pattern}' is {implied} by "
                    "definition; one of the two is wrong",
                )
            )
    elif pattern is not None:
        mechanic = implied
        if mechanic is None:
            reasons.append(
                Reason(
                    "no-mechanic",
                    f"the dataset gives no single mechanic and pattern '{pattern}' does not "
                    "imply one",
                )
            )

    level: str | None = None
    if rec.level:
        level = importer.levels.get(clean_text(rec.level).casefold())
        if level is None:
            report.count_unmapped("level", clean_text(rec.level))

    tempo: str | None = None
    if rec.tempo:
        try:
            tempo = Tempo.parse(rec.tempo).format()
        except MmcError:
            report.count_unmapped("tempo", rec.tempo)

    if reasons:
        return reasons

    assert pattern is not None and mechanic is not None
    if len(parts) != 1 or parts[0] not in importer.mechanics:
        notes.append("mechanic inferred from the pattern")
    if tempo is None:
        tempo = DEFAULT_TEMPO
        notes.append(f"tempo {DEFAULT_TEMPO} (mmc default: the dataset gives none)")
    if level is None:
        notes.append("level not given: left at the model default (beginner)")
    notes.append("movement pattern read from the name")
    starts_with = "concentric" if pattern in CONCENTRIC_FIRST else "eccentric"
    if starts_with == "concentric":
        notes.append("rep starts with the concentric (from the pattern)")

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
    front |= {"tempo": tempo, "starts_with": starts_with, "imported": True}
    provenance: dict[str, str] = {
        "dataset": importer.name,
        "record": rec.record,
        "license": rec.license,
        "attribution": rec.attribution,
    }
    if rec.url:
        provenance["url"] = rec.url
    front["provenance"] = provenance
    return _Mapped(front=front, body=_body(importer, rec), slug=slug, notes=notes)


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


def _existing(out: Path) -> dict[str, str | None]:
    """id -> dataset of the importer that wrote it (None: not imported) in ``out/exercises``."""
    found: dict[str, str | None] = {}
    for path in sorted((out / "exercises").glob("*.md")):
        try:
            doc = parse_document(path.read_text(encoding="utf-8"), str(path))
        except (OSError, UnicodeDecodeError, MmcError):
            found[path.stem] = None
            continue
        provenance = doc.data.get("provenance")
        dataset = provenance.get("dataset") if isinstance(provenance, dict) else None
        imported = doc.data.get("imported") is True
        found[path.stem] = str(dataset) if imported and dataset else None
    return found


def _write(path: Path, text: str | bytes, out: Path, report: ImportReport) -> None:
    data = text.encode("utf-8") if isinstance(text, str) else text
    shown = path.relative_to(out).as_posix()
    if path.is_file() and path.read_bytes() == data:
        report.unchanged.append(shown)
        return
    (report.updated if path.exists() else report.created).append(shown)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _attribution(importer: Importer, report: ImportReport) -> str:
    licenses = Counter(item.license for item in report.written)
    lines = [
        f"# Attribution: {importer.title}",
        "",
        f"The files in `exercises/` whose `provenance.dataset` is `{importer.name}` were "
        f"converted by `mmc import {importer.name}` from {importer.title} ({importer.homepage}).",
        "",
        importer.license_note,
        "",
        "Changes made by mmc: the records were converted to mmc's content format; muscle and "
        "equipment names were mapped to mmc's vocabulary; the movement pattern (and, where the "
        f"dataset has none, the mechanic) was inferred; the tempo defaults to {DEFAULT_TEMPO}. "
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


def run_import(
    importer: Importer, source: str | Path, out: str | Path, *, library: Library | None = None
) -> ImportReport:
    """Import a dataset into ``out`` (see the module docs); return the report.

    ``library`` supplies the muscle names and aliases and the exercise ids that imported ids
    must not clash with; by default the bundled content alone (no packs, no directories).
    """
    source_path = Path(source)
    out_path = Path(out)
    if not source_path.exists():
        raise MmcError(
            f"{source_path} does not exist",
            file=str(source_path),
            fix=f"pass the directory holding {', '.join(importer.data_files)}",
        )
    if out_path.exists() and not out_path.is_dir():
        raise MmcError(
            f"{out_path} is not a directory", file=str(out_path), fix="pass a directory for --out"
        )
    if library is None:
        from mmc.content.loader import load_library

        library = load_library(packs=False)

    report = ImportReport(dataset=importer.name)
    existing = _existing(out_path)
    # Ids that differ only in plural forms ("squat-with-bands", "squats-with-bands") name the
    # same exercise: the first one wins, within the dataset, against mmc's own exercises and
    # against files in the output directory that this importer did not write.
    library_keys = {same_exercise_key(item_id): item_id for item_id in sorted(library.exercises)}
    foreign = {
        same_exercise_key(item_id): (item_id, owner)
        for item_id, owner in sorted(existing.items())
        if owner != importer.name
    }
    chosen: dict[str, tuple[str, str, str]] = {}
    for item in importer.read(source_path):
        report.records += 1
        if isinstance(item, Rejected):
            report.skipped.append(Skipped(item.record, item.name, (item.reason,)))
            continue
        result = _convert(importer, item, library, report)
        if isinstance(result, list):
            report.skipped.append(Skipped(item.record, clean_text(item.name), tuple(result)))
            continue
        slug = result.slug
        key = same_exercise_key(slug)
        clash: Reason | None = None
        if key in chosen:
            kept, record, name = chosen[key]
            clash = Reason(
                "duplicate",
                f"same exercise as record {record} ({name!r}, id '{kept}'), kept first",
            )
        elif key in library_keys:
            # No file path here: the report must not depend on where mmc is installed.
            clash = Reason("clash", f"mmc already has this exercise as '{library_keys[key]}'")
        elif key in foreign:
            other, owner = foreign[key]
            by = f"imported from {owner}" if owner else "not written by an importer"
            clash = Reason("clash", f"exercises/{other}.md is already in the output ({by})")
        text = _render(result)
        invalid = clash or _validate(result, text)
        if invalid is not None:
            report.skipped.append(Skipped(item.record, clean_text(item.name), (invalid,)))
            continue
        chosen[key] = (slug, item.record, clean_text(item.name))
        report.notes.update(result.notes)
        report.written.append(
            Written(item.record, clean_text(item.name), slug, item.license, item.attribution)
        )
        _write(out_path / "exercises" / f"{slug}.md", text, out_path, report)

    written = {item.id for item in report.written}
    for slug, owner in sorted(existing.items()):
        if owner == importer.name and slug not in written:
            (out_path / "exercises" / f"{slug}.md").unlink()
            report.removed.append(f"exercises/{slug}.md")

    _write(
        out_path / f"ATTRIBUTION-{importer.name}.md",
        _attribution(importer, report),
        out_path,
        report,
    )
    folder = source_path.parent if source_path.is_file() else source_path
    for name in importer.license_files:
        license_file = folder / name
        if license_file.is_file():
            target = out_path / f"LICENSE-{importer.name}-{name}"
            _write(target, license_file.read_bytes(), out_path, report)
        else:
            report.notes[f"license file {name} not in the source: not copied"] += 1
    saved = json.dumps(report.to_dict(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    _write(out_path / f"import-report-{importer.name}.json", saved, out_path, report)
    return report
