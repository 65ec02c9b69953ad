"""One dataset record into one mmc exercise, step by step.

1. the category decides whether the record is imported at all;
2. muscles map through the mapping and the library (:mod:`.muscles`); the movement pattern is
   inferred from the name, muscles and force, and a primary muscle from the pattern when the
   dataset lists none;
3. equipment maps, or is read from the name or the record's text (:mod:`.description`);
4. a record that cannot be classified stops here with its reasons (``keep`` keeps it when
   only the pattern or equipment is missing, marked for review);
5. the mechanic, level, dose, tempo and side are settled, and the front matter is assembled.

Every default and inference is counted as a note, every unmapped value in the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mmc.content.importers.attribution import instructions_body
from mmc.content.importers.description import (
    equipment_from_text,
    pattern_from_text,
    says_hold,
    text_of,
)
from mmc.content.importers.importer import Importer
from mmc.content.importers.inference import (
    CONCENTRIC_FIRST,
    NO_PATTERN,
    PATTERN_MECHANIC,
    PatternGuess,
    deltoid_head,
    fallback_pattern,
    infer_category,
    infer_equipment,
    infer_measure,
    infer_mechanic,
    infer_per_side,
    pattern_target,
    primary_for_pattern,
    read_pattern,
    refine_equipment,
)
from mmc.content.importers.mapping import CATEGORIES, DatasetMapping
from mmc.content.importers.muscles import map_muscles, muscles_in_name
from mmc.content.importers.name_hints import smith_machine
from mmc.content.importers.position import pattern_for_position
from mmc.content.importers.records import ImportReport, Reason, SourceRecord
from mmc.content.importers.settle import record_level, record_tempo
from mmc.content.importers.text import clean_text, slugify
from mmc.content.importers.variation import IMPLEMENT_EQUIPMENT, words_in
from mmc.model.common import EQUIPMENT
from mmc.model.library import Library

__all__ = ["Converted", "convert"]


@dataclass(slots=True)
class Converted:
    """A record converted: its front matter, Markdown body, id, and notes for the report."""

    front: dict[str, Any]
    body: str
    slug: str
    notes: list[str] = field(default_factory=list)
    unclassified: bool = False


@dataclass(slots=True)
class _Draft:
    """What is known of a record so far; each step of :func:`convert` adds to it."""

    name: str
    slug: str
    category: str | None
    force: str | None
    raw_mechanic: str
    primary: list[str] = field(default_factory=list)
    secondary: list[str] = field(default_factory=list)
    unmapped_primary: list[str] = field(default_factory=list)
    guess: PatternGuess | None = None
    pattern: str | None = None
    equipment: list[str] = field(default_factory=list)
    hold: bool = False
    reasons: list[Reason] = field(default_factory=list)
    """Why the record cannot be written."""
    unsure: list[Reason] = field(default_factory=list)
    """Why it cannot be classified (``keep_unclassified`` keeps it anyway)."""
    notes: list[str] = field(default_factory=list)


def convert(
    importer: Importer,
    rec: SourceRecord,
    library: Library,
    report: ImportReport,
    keep: bool = False,
    aliases: Mapping[str, str] | None = None,
) -> Converted | list[Reason]:
    """One record as an mmc exercise, or every reason it cannot be one (see the module docs).

    ``aliases`` maps extra muscle names (:func:`~.muscles.alias_table`) to muscle ids.
    """
    mapping = importer.mapping
    name = clean_text(rec.name)
    slug = slugify(name)
    reasons = [] if slug else [Reason("no-name", "the record has no usable name")]
    category, skip = _category(mapping, rec, report)
    report.categories[category or "not given"] += 1
    if skip is not None:
        return [skip]
    report.in_scope += 1
    draft = _Draft(name=name, slug=slug, category=category,
                   raw_mechanic=clean_text(rec.mechanic or ""),
                   force=_force(mapping, rec, report), reasons=reasons)
    _read_muscles(draft, rec, mapping, library, report, aliases or {})
    _read_pattern(draft, library, rec.steps)
    _read_equipment(draft, rec, mapping, report, text_of(rec.steps))
    static = draft.force == "static" or draft.raw_mechanic.casefold() in ("isometric", "static")
    if static:
        draft.notes.append("a hold (the dataset marks it static): dosed in seconds")
    draft.hold = draft.hold or static
    if draft.reasons or (draft.unsure and not keep):
        return draft.reasons + draft.unsure
    return _finish(draft, importer, rec, report)


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


def _force(mapping: DatasetMapping, rec: SourceRecord, report: ImportReport) -> str | None:
    """The record's force (push, pull, static), if it says one mmc knows."""
    raw_force = clean_text(rec.force or "")
    force = mapping.value("force", raw_force) if raw_force else None
    if raw_force and force is None:
        force = raw_force.casefold() if raw_force.casefold() in ("push", "pull", "static") else None
        if force is None:
            report.count_unmapped("force", raw_force)
    return force


def _read_muscles(draft: _Draft, rec: SourceRecord, mapping: DatasetMapping, library: Library,
                  report: ImportReport, aliases: Mapping[str, str]) -> None:
    """The primary and secondary muscles the dataset lists, mapped (a muscle listed as both
    stays primary); primary muscles that map to nothing are kept for :func:`_read_pattern`."""
    primary, missing = map_muscles(rec.primary, mapping, library, report, "primary", aliases)
    if missing and primary:
        draft.notes += ["primary muscle left out (unmapped)"] * len(missing)
    secondary, missing_secondary = map_muscles(rec.secondary, mapping, library, report,
                                               "secondary", aliases)
    draft.notes += ["secondary muscle left out (unmapped)"] * len(missing_secondary)
    overlap = [m for m in secondary if m in primary]
    draft.notes += ["secondary muscle left out (also primary)"] * len(overlap)
    draft.primary = primary
    draft.secondary = [m for m in secondary if m not in primary]
    draft.unmapped_primary = missing


def _read_pattern(draft: _Draft, library: Library, steps: tuple[str, ...]) -> None:
    """The movement pattern, from the name and muscles; without a listed primary muscle, one
    the name mentions or the pattern implies (else a reason to skip)."""
    # A record without muscles may name them ("Alternating bicep curls"): they help read it.
    named = [] if draft.primary else muscles_in_name(draft.name, library)
    guess = draft.guess = read_pattern(draft.name, draft.primary or named, force=draft.force,
                                       helpers=draft.secondary)
    if guess.reason == NO_PATTERN:
        guess = draft.guess = pattern_from_text(steps, draft.primary or named,
                                                draft.secondary) or guess
        draft.hold = guess.how == "description" and says_hold(steps)
    turned = pattern_for_position(guess.pattern, draft.name, steps, draft.primary or named)
    if turned is not None:
        # "Flutter Kicks" lying face down, the glutes listed: a hip extension, not a flexion.
        guess = draft.guess = PatternGuess(turned, mechanic=PATTERN_MECHANIC.get(turned),
                                           how=f"{guess.how} and the position the record states")
    if not draft.primary and named and guess.pattern is not None:
        draft.primary = named[:1]
        draft.secondary = [m for m in draft.secondary if m not in draft.primary]
        draft.notes.append("primary muscle read from the name (the dataset lists none)")
    if not draft.primary:
        inferred = primary_for_pattern(guess.pattern, draft.name) if guess.pattern else None
        if inferred is not None:
            draft.primary = [inferred]
            draft.secondary = [m for m in draft.secondary if m != inferred]
            draft.notes.append("primary muscle inferred from the pattern (the dataset lists "
                               "none)")
        elif draft.unmapped_primary:
            draft.reasons += [
                Reason("unmapped-muscle", f"primary muscle '{v}' matches no mmc muscle or alias")
                for v in draft.unmapped_primary
            ]
        else:
            draft.reasons.append(Reason("no-primary", "the record lists no primary muscle and "
                                        "the name names no pattern that implies one"))
    draft.pattern = guess.pattern
    target = pattern_target(draft.pattern, draft.name, draft.primary) if draft.pattern else None
    if target is not None and draft.pattern == "rotator-cuff":
        # A dataset without the cuff muscles lists the deltoid: it helps; the cuff is the target.
        draft.secondary = [m for m in [*draft.primary, *draft.secondary] if m != target]
        draft.primary = [target]
        draft.notes.append("primary muscle: the rotator cuff muscle the name's rotation trains")
    elif target is not None:
        # The dataset's target muscles move no joint of the pattern (wger's lats for a
        # deadlift, its front delt for a shrug): not helpers either, by the model's definition.
        draft.secondary = [m for m in draft.secondary if m != target]
        draft.primary = [target]
        draft.notes.append("primary muscle: the pattern's target (the dataset's moves no joint "
                           "of the movement: left out)")
    head = deltoid_head(draft.name, draft.primary)
    if head is not None:
        draft.primary = head
        draft.secondary = [m for m in draft.secondary if m not in head]
        draft.notes.append("deltoid head read from the name")
    if draft.primary and draft.pattern is None:
        draft.unsure.append(Reason("no-pattern", guess.reason))
    elif draft.pattern is not None and guess.how:
        draft.notes.append(f"movement pattern read from the {guess.how}")


def _read_equipment(draft: _Draft, rec: SourceRecord, mapping: DatasetMapping,
                    report: ImportReport, text: str) -> None:
    """The equipment the dataset lists, mapped; else what the name says, or the one piece of
    kit the record's ``text`` names, or bodyweight for a bodyweight category."""
    unmapped: list[str] = []
    for value in rec.equipment:
        raw = clean_text(value)
        if not raw:
            continue
        target = mapping.value("equipment", raw)
        if target is None and raw.casefold() in EQUIPMENT:
            target = raw.casefold()
        if target is None:
            report.count_unmapped("equipment", raw.casefold())
            unmapped.append(raw.casefold())
        elif target not in draft.equipment:
            draft.equipment.append(target)
    from_name = infer_equipment(draft.name)
    refined = refine_equipment(draft.equipment, draft.name)
    smith = smith_machine(draft.equipment, draft.name)
    if smith is not None:
        draft.equipment = smith
        draft.notes.append("equipment: a Smith machine (the name says so)")
    elif refined is not None and _other_in_text(draft.equipment, refined, text):
        draft.notes.append("equipment: the dataset's 'other' (the text names the kit)")
    elif refined is not None:
        draft.equipment = refined
        draft.notes.append("equipment read from the name (the dataset's is vague)")
    elif not draft.equipment and from_name:
        draft.equipment = list(from_name)
        draft.notes.append("equipment read from the name")
    elif not draft.equipment and not unmapped and (from_text := equipment_from_text(text)):
        draft.equipment = list(from_text)
        draft.notes.append("equipment read from the description")
    elif not draft.equipment and draft.category in ("bodyweight", "calisthenics") and not unmapped:
        draft.equipment = ["bodyweight"]
        draft.notes.append(f"equipment: bodyweight (category {draft.category})")
    if not draft.equipment:
        if unmapped:
            draft.unsure += [
                Reason("unmapped-equipment", f"equipment '{v}' has no mmc equivalent")
                for v in unmapped
            ]
        else:
            draft.unsure.append(Reason("no-equipment", "the record lists no equipment and "
                                       "the name names none"))
    elif unmapped:
        draft.notes += ["equipment left out (unmapped)"] * len(unmapped)


def _other_in_text(given: list[str], refined: list[str], text: str) -> bool:
    """Whether the dataset's ``other`` stands against the name's kit: the text names kit that
    is 'other' to mmc and not the name's ("Muscle Up" done on rings, not a pull-up bar)."""
    kit = {IMPLEMENT_EQUIPMENT[w] for w in words_in(text).get("implement", ())}
    return "other" in given and "other" in kit and not kit & set(refined)


def _finish(draft: _Draft, importer: Importer, rec: SourceRecord,
            report: ImportReport) -> Converted:
    """A classified (or kept) record: fill the gaps, settle the rest, assemble the file."""
    unclassified: list[str] = []
    if draft.pattern is None:
        draft.pattern = fallback_pattern(draft.primary, draft.force)
        unclassified.append("pattern")
    if not draft.equipment:
        draft.equipment = ["other"]
        unclassified.append("equipment")
    mechanic = _mechanic(draft, importer.mapping, report)
    level = record_level(rec, importer.mapping, report)
    measure = infer_measure(draft.name, draft.pattern, hold=draft.hold)
    per_side = infer_per_side(draft.name)
    tempo = record_tempo(rec, measure, draft.category, report, draft.notes)
    if level is None:
        draft.notes.append("level not given: left at the model default (beginner)")
    if measure != "reps":
        draft.notes.append(f"dosed in {measure}")
    if per_side:
        draft.notes.append("per side (from the name)")
    concentric = draft.pattern in CONCENTRIC_FIRST or measure != "reps"
    if concentric:
        draft.notes.append("rep starts with the concentric (from the pattern)")
    if unclassified:
        draft.notes.append(f"kept unclassified: {', '.join(unclassified)} needs review")
    front: dict[str, Any] = {
        "id": draft.slug,
        "name": draft.name,
        "primary": draft.primary,
        "secondary": draft.secondary,
        "equipment": draft.equipment,
        "mechanic": mechanic,
        "pattern": draft.pattern,
    }
    if level is not None:
        front["level"] = level
    front |= {"tempo": tempo, "starts_with": "concentric" if concentric else "eccentric"}
    if per_side:
        front["per_side"] = True
    if measure != "reps":
        front["measure"] = measure
    front["imported"] = True
    front["provenance"] = _provenance(importer, rec, unclassified)
    return Converted(front=front, body=instructions_body(importer, rec), slug=draft.slug,
                     notes=draft.notes, unclassified=bool(unclassified))


def _mechanic(draft: _Draft, mapping: DatasetMapping, report: ImportReport) -> str:
    """Compound or isolation: what the pattern implies, else what the dataset says, else
    what the joints the muscles cross say."""
    guess = draft.guess
    implied = guess.mechanic if guess is not None and guess.pattern else None
    given: set[str] = set()
    for part in (p.strip() for p in draft.raw_mechanic.split(",") if p.strip()):
        mapped = mapping.value("mechanic", part)
        if mapped is None and part.casefold() in ("compound", "isolation", "isometric"):
            mapped = part.casefold()
        if mapped is None:
            report.count_unmapped("mechanic", part)
        elif mapped != "isometric":
            given.add(mapped)
    if implied is not None:
        if len(given) == 1 and given != {implied}:
            draft.notes.append(f"mechanic '{implied}' from the pattern, not the dataset's "
                               f"'{given.pop()}'")
        elif len(given) != 1:
            draft.notes.append("mechanic from the pattern")
        return implied
    if len(given) == 1:
        return given.pop()
    draft.notes.append("mechanic from the joints the muscles cross")
    return infer_mechanic(draft.primary, draft.secondary)


def _provenance(importer: Importer, rec: SourceRecord, unclassified: list[str]) -> dict[str, Any]:
    """Where the record came from, under which license, by whom."""
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
    return provenance
