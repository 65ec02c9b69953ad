"""Two records of one dataset that would make the same exercise (the same id): another
variation that their own data tells apart, or the same exercise, or undecided (:func:`judge`).

Two records differ where both name variation words (:mod:`.variation`) of one kind and none
in common (wger's "High Pull": "Use a light barbell" and "High pull down on cable";
exercemus' "Flutter Kicks": "lie facedown" on a bench and "Laying on the back"); the second is
written under a name that says its variation ("High Pull (cable)"), as one of another load
already is ("Good Morning (bodyweight)"). A text that names alternatives ("make it easier with
bands") names several words, so that a shared one keeps the two together. A pair not told
apart is the same exercise only when it also converts alike (pattern, measure, sides and
load); the second record is then represented by the first one's file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from mmc.content.importers.convert import Converted
from mmc.content.importers.records import SourceRecord
from mmc.content.importers.text import slugify
from mmc.content.importers.variation import IMPLEMENT_EQUIPMENT, KINDS, words_in

__all__ = [
    "Twin",
    "Verdict",
    "judge",
    "load_variant",
    "loads_of",
    "twin",
    "variation_words",
    "word_variant",
]

#: Kit an exercise is done on, rather than loaded with.
_SUPPORT = frozenset({"bench", "pull-up-bar", "bodyweight"})


def loads_of(equipment: Iterable[str]) -> tuple[str, ...]:
    """What loads an exercise: its equipment but the bench or bar it is done on, or
    ``bodyweight`` where it says so; () where it names only a bench or bar (the load is not
    known)."""
    kit = set(equipment)
    return tuple(sorted(kit - _SUPPORT)) or (("bodyweight",) if "bodyweight" in kit else ())


def variation_words(rec: SourceRecord) -> dict[str, frozenset[str]]:
    """The variation words of a record (its name, text and listed equipment), by kind."""
    return words_in(" ".join((rec.name, *rec.equipment, *rec.steps)))


def _load(equipment: Iterable[str]) -> tuple[str, ...]:
    """:func:`loads_of`, but a pull-up bar alone is body weight (one hangs from it: "Pull-Ups"
    filed under the bar and under 'none' are one exercise)."""
    kit = tuple(equipment)
    return loads_of(kit) or (("bodyweight",) if "pull-up-bar" in kit else ())


@dataclass(frozen=True, slots=True)
class Twin:
    """What decides whether two records of one id are one exercise: the record, the id and
    name it converts to, its variation words, and what its conversion says."""

    record: str
    name: str
    slug: str
    words: Mapping[str, frozenset[str]]
    pattern: str | None
    measure: str
    per_side: bool
    equipment: tuple[str, ...]
    listed: frozenset[str]
    """The implement words of the equipment the dataset lists (none: the load was inferred)."""


def twin(rec: SourceRecord, front: Mapping[str, Any], name: str) -> Twin:
    """The :class:`Twin` of a converted record (``front``: its front matter)."""
    listed = variation_words(
        SourceRecord(rec.record, "", (), (), rec.equipment, rec.license, rec.attribution))
    return Twin(
        record=rec.record,
        name=name,
        slug=str(front["id"]),
        words=variation_words(rec),
        pattern=front.get("pattern"),
        measure=str(front.get("measure") or "reps"),
        per_side=bool(front.get("per_side")),
        equipment=tuple(front.get("equipment") or ()),
        listed=listed.get("implement", frozenset()),
    )


@dataclass(frozen=True, slots=True)
class Verdict:
    """How a record relates to the written record of its id: ``variant`` (another exercise,
    named for ``labels`` of ``kind``), ``same`` (the same exercise) or ``unsure`` (``why``)."""

    outcome: str
    kind: str = ""
    labels: tuple[str, ...] = ()
    why: str = ""


def judge(kept: Twin, new: Twin) -> Verdict:
    """Whether ``new`` is another variation than ``kept`` (their variation words of one kind
    have nothing in common), the same exercise (nothing tells them apart and they convert
    alike), or undecided (they convert differently and no word says how)."""
    for kind in KINDS:
        mine, theirs = new.words.get(kind), kept.words.get(kind)
        if mine and theirs and not mine & theirs:
            return Verdict("variant", kind, tuple(sorted(mine)))
    differences = [
        f"{what} {b} (that record: {a})" for what, a, b in (
            ("pattern", kept.pattern, new.pattern),
            ("measure", kept.measure, new.measure),
            ("per side", kept.per_side, new.per_side),
        ) if a != b
    ]
    if _load(new.equipment) != _load(kept.equipment):
        shared = new.words.get("implement", frozenset()) & kept.words.get("implement",
                                                                           frozenset())
        if not shared:  # one of them does not say its load, and their texts name no same kit
            differences.append(
                f"load {', '.join(_load(new.equipment)) or 'not known'} (that record: "
                f"{', '.join(_load(kept.equipment)) or 'not known'})")
    if differences:
        return Verdict("unsure", why="; ".join(differences))
    return Verdict("same")


def _named(converted: Converted, labels: Iterable[str], note: str,
           equipment: list[str] | None = None) -> Converted:
    """``converted`` named for ``labels`` ("Flutter Kicks (supine)", ``flutter-kicks-supine``)."""
    words = list(labels)
    slug = slugify(f"{converted.slug} {' '.join(words)}")
    front = {**converted.front, "id": slug, "name": f"{converted.front['name']} "
             f"({', '.join(words)})"}
    if equipment is not None:
        front["equipment"] = equipment
    return replace(converted, slug=slug, front=front, notes=[*converted.notes, note])


def load_variant(converted: Converted, kept: tuple[str, ...]) -> Converted | None:
    """``converted`` as a variant named for its load ("Seated Triceps Press (machine)",
    ``seated-triceps-press-machine``) when the exercise of its id that was written has
    another load; None when both are loaded alike or one does not say with what."""
    loads = loads_of(converted.front["equipment"])
    if not loads or not kept or kept == loads:
        return None
    return _named(converted, loads, "named for its load (another record has the name)")


def word_variant(converted: Converted, verdict: Verdict, new: Twin) -> Converted | None:
    """``converted`` as the variant its variation words name ("High Pull (cable)"). An
    implement its text names becomes its equipment where the dataset lists none (its load was
    inferred from the name: "High Pull" is a barbell lift by convention, but this one's text
    says "pull down on cable"); None where the words and the equipment it lists disagree, or
    its text names more than one implement and it lists none."""
    note = f"named for its {verdict.kind} (another record of the name is another variation)"
    if verdict.kind != "implement":
        return _named(converted, verdict.labels, note)
    equipment = list(converted.front["equipment"])
    agreeing = [w for w in verdict.labels if IMPLEMENT_EQUIPMENT[w] in equipment]
    if agreeing:
        return _named(converted, agreeing, note)
    if new.listed or len(verdict.labels) != 1:
        return None
    kit = IMPLEMENT_EQUIPMENT[verdict.labels[0]]
    return _named(converted, verdict.labels, note + "; equipment read from its text",
                  [kit, *[e for e in equipment if e == "bench"]])
