"""Variation words: the words of an exercise's name, text or listed equipment that set one
variation of an exercise apart from another, by kind (:data:`KINDS`): the implement (a
barbell, an EZ bar, dumbbells, a kettlebell, a cable, a band, rings, a Smith machine,
suspension straps, a pull-up bar), the body's position (lying on the back, face down or on one
side), the bench's angle (incline, decline, a flat bench), the grip (overhand, underhand,
neutral) and its width (wide, close).

Only words that say so in so many words count: "palms facing forward", "sit", "stand", a bare
"bar" or "pull up" (a movement, not a bar) mean different things in different exercises and
are not read. :mod:`.twins` tells two records of one id apart with them; the converter keeps a
dataset's ``other`` where the text names such kit (rings, suspension straps).
"""

from __future__ import annotations

import re

from mmc.content.importers.name_hints import normalise_name

__all__ = ["IMPLEMENT_EQUIPMENT", "KINDS", "words_in"]

#: Kinds of variation words, in the order they name a variant: kind -> (words, label).
KINDS: dict[str, tuple[tuple[str, str], ...]] = {
    "implement": (
        (r"barbells?|olympic bar|straight bar", "barbell"),
        (r"ez( curl)? bars?|e z( curl)? bars?|sz bars?", "EZ bar"),
        (r"dumbbells?|dumbells?", "dumbbell"),
        (r"kettlebells?", "kettlebell"),
        (r"cables?|pulleys?", "cable"),
        (r"(resistance |elastic |mini )?bands?", "band"),
        (r"(gymnastics? )?rings", "rings"),
        (r"smith( machine)?", "Smith machine"),
        (r"suspension (straps?|trainers?)|trx", "suspension straps"),
        (r"(pull|chin) ?up bars?|high bar|horizontal bar", "pull-up bar"),
    ),
    "position": (
        # Not a bare "on your back": a squat's bar rests there.
        (r"supine|(lie|lies|lying|lay|laying)( down)?( flat)? on (your|the|his|her) back",
         "supine"),
        (r"prone|(?<!palms )(?<!palm )face ?down|(lie|lies|lying|lay|laying)( down)?( flat)? on (your|the|his|her) "
         r"(stomach|belly|front)", "prone"),
        (r"side lying|(lie|lies|lying|lay|laying)( down)? on (your|one|the) side", "side-lying"),
    ),
    "bench angle": (
        (r"inclined?", "incline"),
        (r"declined?", "decline"),
        (r"flat bench", "flat bench"),
    ),
    "grip": (
        (r"overhand|pronated( grip)?|palms? (face |facing )?(down|away)", "overhand"),
        (r"underhand|supinated( grip)?|reverse grip|palms? (face |facing )?up", "underhand"),
        (r"neutral grip|hammer grip|palms facing each other", "neutral grip"),
    ),
    "grip width": (
        (r"wide (overhand |underhand |neutral )?grip", "wide grip"),
        (r"(close|narrow) (overhand |underhand |neutral )?grip", "close grip"),
    ),
}
_COMPILED = {
    kind: tuple((re.compile(rf"(?<![a-z0-9])(?:{rx})(?![a-z0-9])"), label) for rx, label in rules)
    for kind, rules in KINDS.items()
}
#: What an implement word loads an exercise with, in mmc's equipment.
IMPLEMENT_EQUIPMENT: dict[str, str] = {
    "barbell": "barbell", "EZ bar": "ez-bar", "dumbbell": "dumbbell",
    "kettlebell": "kettlebell", "cable": "cable", "band": "band", "rings": "other",
    "Smith machine": "machine", "pull-up bar": "pull-up-bar", "suspension straps": "other",
}


def words_in(text: str) -> dict[str, frozenset[str]]:
    """The variation words of a text, by kind (kinds it names none of are left out)."""
    padded = f" {normalise_name(text)} "
    found: dict[str, frozenset[str]] = {}
    for kind, rules in _COMPILED.items():
        labels = frozenset(label for regex, label in rules if regex.search(padded))
        if labels:
            found[kind] = labels
    return found
