"""What a record's own text (its instructions or description) says about its equipment where
the record lists none and its name names none.

"Braced Squat", "High Row" or "Seated Triceps Press" do not say their kit; their texts do
("Grab a weight plate", "pulling cable down", "Adjust the seat height so that the machine's
handles ..."). A text mentions more than the exercise, so it is read strictly: only words that
name kit in so many words count (no conventions: "deadlift" alone says nothing), kit a text
mentions in passing (a bench to sit on, the body) decides nothing, and the text must then name
exactly one piece of kit.

The movement pattern and the muscles are not read from texts: tried on the four datasets, a
text names starting positions ("start in a plank", "bend your knees into a squat position"),
other exercises ("from the final phase of a pull-up") and body parts in passing ("keep your
back straight"), and about half the patterns read that way were wrong.
"""

from __future__ import annotations

from collections.abc import Iterable

from mmc.content.importers.name_hints import normalise_name, stated_equipment

__all__ = ["equipment_from_text", "text_of"]

#: Kit a text mentions without it loading the exercise.
_PASSING = frozenset({"bench", "bodyweight"})


def text_of(steps: Iterable[str]) -> str:
    """A record's steps as one normalised text (lower-case ASCII words)."""
    return normalise_name(" ".join(steps))


def equipment_from_text(text: str) -> tuple[str, ...]:
    """The one piece of kit a record's text names that loads the exercise, or ()."""
    found = [e for e in stated_equipment(text) if e not in _PASSING]
    return (found[0],) if len(found) == 1 else ()
