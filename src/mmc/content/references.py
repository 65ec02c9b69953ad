"""Checks across items, run on every load after each file was read on its own: references to
other items, aliases, cues, invisible text and anatomy ids (loops: :mod:`.loops`). Every
problem goes to a :class:`~.problems.Collector`."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mmc.content.anatomy import VERIFIED_IDS, VERIFIED_TA2
from mmc.content.frontmatter import Document
from mmc.content.problems import Collector, Unvalidated
from mmc.model.common import Frozen
from mmc.model.exercise import Exercise
from mmc.model.muscle import Muscle
from mmc.suggest import closest, did_you_mean, similarity, you_meant

__all__ = [
    "Item",
    "check_references",
    "check_visible",
    "references",
    "suggest_muscle",
]

Path_ = tuple[str | int, ...]

#: Fields that name other items: (kind of the file, field) -> kind referred to.
_REFERENCE_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "muscle": (("parent", "muscle"), ("compensations", "muscle")),
    "exercise": (
        ("primary", "muscle"),
        ("secondary", "muscle"),
        ("easier", "exercise"),
        ("harder", "exercise"),
        ("variations", "exercise"),
    ),
    "drill": (("targets", "muscle"),),
}
#: Unicode categories that print as nothing: controls, format characters (zero-width space,
#: joiners, direction marks) and spaces.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
#: Letters that print blank: the fillers of Hangul and the empty Braille pattern.
_BLANK_LETTERS = frozenset("\u115f\u1160\u2800\u3164\uffa0")


@dataclass(slots=True)
class Item:
    """A validated item as the checks see it: its model, its file, and its source."""

    kind: str
    model: Any
    doc: Document
    origin: str


def references(kind: str, data: Any) -> Iterator[tuple[Path_, str, str]]:
    """``(field path, kind referred to, id)`` of every reference in a file's front matter
    (a validated model's fields, or the raw mapping of a file that failed validation)."""
    get: Any = (
        (lambda name: data.get(name)) if isinstance(data, dict)
        else (lambda name: getattr(data, name, None))
    )
    for name, target in _REFERENCE_FIELDS.get(kind, ()):
        value = get(name)
        if isinstance(value, str):
            yield (name,), target, value
        elif isinstance(value, list | tuple):
            for index, element in enumerate(value):
                if isinstance(element, str):
                    yield (name, index), target, element
    if kind == "exercise":
        cues = get("cues")
        for index, cue in enumerate(cues if isinstance(cues, list | tuple) else ()):
            muscle = cue.get("muscle") if isinstance(cue, dict) else getattr(cue, "muscle", None)
            if isinstance(muscle, str):
                yield ("cues", index, "muscle"), "muscle", muscle


def suggest_muscle(value: str, ids: Iterable[str], aliases: Mapping[str, str]) -> str | None:
    """The muscle id most like ``value``: an alias spelled exactly gives its muscle; else
    the nearest id, unless an alias is strictly nearer (then that alias's muscle)."""
    owner = aliases.get(value.casefold())
    if owner is not None:
        return owner
    folded = value.casefold()

    def score(option: str) -> float:
        return similarity(folded, option.casefold())

    near_id = closest(value, ids)
    near_alias = closest(folded, aliases)
    if near_id is None:
        return aliases[near_alias] if near_alias else None
    if near_alias is not None and score(near_alias) > score(near_id):
        return aliases[near_alias]
    return near_id


def check_references(
    items: dict[str, dict[str, Item]], out: Collector, unvalidated: Sequence[Unvalidated] = ()
) -> None:
    """Every reference, alias and cue of the items (and the references of files that
    failed validation, so one run reports them with the field errors)."""
    muscles = items["muscle"]
    links = _Links(items, _alias_owners(muscles, out), unvalidated, out)
    for kind, group in items.items():
        for entry in group.values():
            links.check(entry.doc, kind, entry.model.id, entry.model, set())
    for failed in unvalidated:
        links.check(failed.doc, failed.kind, failed.doc.data.get("id"), failed.doc.data,
                    failed.bad)
    for entry in muscles.values():
        muscle: Muscle = entry.model
        if muscle.parent == muscle.id:
            out.add(
                entry.doc, ("parent",), "a muscle cannot be its own parent", "remove 'parent'"
            )
        _check_anatomy_ids(entry, out)
    for entry in items["exercise"].values():
        _check_exercise(entry, muscles, out)


def _alias_owners(muscles: Mapping[str, Item], out: Collector) -> dict[str, str]:
    """Case-folded alias -> its muscle; an alias of two muscles or the id of another one is
    reported (and kept on the first)."""
    alias_owner: dict[str, tuple[str, Item]] = {}
    for muscle_id, entry in muscles.items():
        for index, alias in enumerate(entry.model.aliases):
            key = alias.casefold()
            if key in alias_owner and alias_owner[key][0] != muscle_id:
                other = alias_owner[key][1]
                out.add(
                    entry.doc,
                    ("aliases", index),
                    f"alias '{alias}' is also an alias of "
                    f"'{alias_owner[key][0]}' ({other.doc.path})",
                    "keep each alias on one muscle",
                )
            elif key in muscles and key != muscle_id:
                out.add(
                    entry.doc,
                    ("aliases", index),
                    f"alias '{alias}' is the id of another muscle",
                    "remove the alias",
                )
            else:
                alias_owner[key] = (muscle_id, entry)
    return {key: owner[0] for key, owner in alias_owner.items()}


class _Links:
    """Checks the references of one file against the items loaded."""

    def __init__(self, items: dict[str, dict[str, Item]], aliases: Mapping[str, str],
                 unvalidated: Sequence[Unvalidated], out: Collector) -> None:
        self.muscles = items["muscle"]
        self.exercises = items["exercise"]
        self.aliases = aliases
        self.out = out
        # A file that failed validation still names an item: links to it are not "unknown".
        self.pending = {
            kind: {str(u.doc.data["id"]) for u in unvalidated
                   if u.kind == kind and isinstance(u.doc.data.get("id"), str)}
            for kind in ("muscle", "exercise")
        }

    def check(self, doc: Document, kind: str, own_id: object, data: Any,
              skip: set[Path_]) -> None:
        for path, target, value in references(kind, data):
            if any(path[: len(bad)] == bad for bad in skip):
                continue  # its own error is already reported
            if kind == "exercise" and target == "exercise" and value == own_id:
                self.out.add(doc, path, "an exercise cannot link to itself", "remove it")
            elif target == "muscle" and value not in self.muscles:
                if value not in self.pending["muscle"]:
                    self._unknown_muscle(doc, path, value)
            elif (target == "exercise" and value not in self.exercises
                  and value not in self.pending["exercise"]):
                self._unknown_exercise(doc, path, value)

    def _unknown_muscle(self, doc: Document, path: Path_, value: str) -> None:
        guess = suggest_muscle(value, self.muscles, self.aliases)
        hint = (you_meant([guess]) if guess else None) or (
            "list the muscle ids with `mmc list muscles`, or add the muscle to content/muscles/"
        )
        self.out.add(doc, path, f"unknown muscle '{value}'", hint)

    def _unknown_exercise(self, doc: Document, path: Path_, value: str) -> None:
        hint = did_you_mean(value, self.exercises) or (
            "list the exercise ids with `mmc list exercises`, or add that exercise, or remove "
            "the link"
        )
        self.out.add(doc, path, f"unknown exercise '{value}'", hint)


def _family(muscle_id: str, muscles: Mapping[str, Item]) -> set[str]:
    """The muscle and its parents (a head's cue belongs to the whole muscle)."""
    seen: set[str] = set()
    current: str | None = muscle_id
    while current is not None and current not in seen:
        seen.add(current)
        parent = muscles.get(current)
        current = parent.model.parent if parent is not None else None
    return seen


def _check_exercise(entry: Item, muscles: Mapping[str, Item], out: Collector) -> None:
    """An exercise's cues aim at its muscles; its sections and tempo are complete."""
    exercise: Exercise = entry.model
    listed = {*exercise.primary, *exercise.secondary}
    # With a listed muscle unknown (reported above) the cue may be right once it is fixed.
    for index, cue in enumerate(exercise.cues if listed <= muscles.keys() else ()):
        if cue.muscle and cue.muscle in muscles and not _family(cue.muscle, muscles) & listed:
            out.add(
                entry.doc,
                ("cues", index, "muscle"),
                f"cue points to '{cue.muscle}', which is not among this exercise's "
                "primary or secondary muscles",
                f"add '{cue.muscle}' to 'secondary' (or 'primary'), or point the cue to "
                "one of: " + ", ".join(sorted(listed)),
            )
    if not exercise.imported:
        for name, heading in (("visualise", "Visualise"), ("mistakes", "Common mistakes")):
            if not getattr(exercise, name).strip():
                out.add(
                    entry.doc,
                    (),
                    f"no '## {heading}' section",
                    f"add a '## {heading}' section to the Markdown body",
                    warning=True,
                )
    for warning in exercise.tempo.warnings():
        out.add(
            entry.doc, ("tempo",), warning, "shorten the eccentric or the pauses", warning=True
        )


def _invisible(char: str) -> bool:
    """Whether a character prints as nothing (checked in the Basic Multilingual Plane and
    the tags block, as mmc always has)."""
    code = ord(char)
    return char in _BLANK_LETTERS or (
        (code < 0x10000 or 0xE0000 <= code < 0xE1000)
        and unicodedata.category(char) in _INVISIBLE_CATEGORIES
    )


def check_visible(entry: Item, out: Collector) -> None:
    """Text that is not empty yet shows nothing (a name of one zero-width space)."""

    def walk(value: Any, path: Path_) -> None:
        if isinstance(value, str):
            if value and all(_invisible(c) for c in value):
                codes = ", ".join(sorted({f"U+{ord(c):04X}" for c in value})[:3])
                out.add(entry.doc, path, f"text shows nothing: it holds only invisible "
                        f"characters ({codes})", "write visible text, or remove the field")
        elif isinstance(value, list):
            for position, element in enumerate(value):
                walk(element, (*path, position))
        elif isinstance(value, Frozen):
            for name in type(value).model_fields:
                walk(getattr(value, name), (*path, name))

    walk(entry.model, ())


def _check_anatomy_ids(entry: Item, out: Collector) -> None:
    muscle: Muscle = entry.model
    expected = VERIFIED_IDS.get(muscle.id)
    owners = {ids[0]: mid for mid, ids in VERIFIED_IDS.items()} | {
        ids[1]: mid for mid, ids in VERIFIED_IDS.items()
    }
    for name, value, index in (("uberon", muscle.uberon, 0), ("fma", muscle.fma, 1)):
        if value is None:
            continue
        if expected is not None and value != expected[index]:
            out.add(
                entry.doc,
                (name,),
                f"{value} is not the id verified for {muscle.id}",
                f"use '{expected[index]}' (the ids verified in mmc.content.anatomy)",
            )
        elif expected is None and value in owners:
            out.add(
                entry.doc,
                (name,),
                f"{value} is the id of {owners[value]}, not {muscle.id}",
                "remove it, or use the id verified for this muscle",
            )
        elif expected is None:
            out.add(
                entry.doc,
                (name,),
                f"{value} is not among the ids mmc has verified (mmc.content.anatomy)",
                "check it against the ontology before publishing",
                warning=True,
            )
    ta2 = VERIFIED_TA2.get(muscle.id)
    if muscle.ta2 is not None and ta2 is not None and muscle.ta2 != ta2:
        out.add(
            entry.doc,
            ("ta2",),
            f"TA2 {muscle.ta2} is not the id verified for {muscle.id}",
            f"use {ta2}",
        )
