"""What a record's own text (its instructions or description) says where its name does not.

- :func:`equipment_from_text`: the kit, where the record lists none and its name names none
  ("Braced Squat": "Grab a weight plate"; "High Row": "pulling cable down"). Only words that
  name kit in so many words count (no conventions: "deadlift" alone says nothing), kit a text
  mentions in passing (a bench to sit on, the body) decides nothing, and the text must then
  name exactly one piece of kit.
- :func:`pattern_from_text`: the movement pattern, where the name names none at all ("Roman
  Chair": "Crunches on roman chair"; "Horizontal traction isometry": "Perform a timed
  isometric pull-up on the bar"). Only the first sentence is read, not one that sets up a
  starting position ("Get into the push-up position"), only rules that name a movement (not a
  muscle named in passing), and only a pattern the listed muscles can perform. Read more
  freely (any single pattern anywhere in the text), about half the patterns found on the four
  datasets were wrong: texts name starting positions, other exercises and body parts.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from mmc.content.importers.inference import PatternGuess, read_pattern
from mmc.content.importers.name_hints import infer_measure, normalise_name, stated_equipment
from mmc.content.importers.targets import judged, patterns_for_muscles

__all__ = ["equipment_from_text", "first_sentence", "pattern_from_text", "says_hold", "text_of"]

#: Kit a text mentions without it loading the exercise.
_PASSING = frozenset({"bench", "bodyweight"})


def text_of(steps: Iterable[str]) -> str:
    """A record's steps as one normalised text (lower-case ASCII words)."""
    return normalise_name(" ".join(steps))


def equipment_from_text(text: str) -> tuple[str, ...]:
    """The one piece of kit a record's text names that loads the exercise, or ()."""
    found = [e for e in stated_equipment(text) if e not in _PASSING]
    return (found[0],) if len(found) == 1 else ()


#: A sentence that sets up a starting position ("get into the push-up position", "stand in a
#: low squat stance") names a pattern that is not the exercise.
_SETTING_UP = re.compile(r"(?<![a-z0-9])(positions?|stances?|start(s|ing)?|begin(s|ning)?)"
                         r"(?![a-z0-9])")
_SENTENCE_END = re.compile(r"[.!?;:](\s|$)|\n")


def first_sentence(steps: Iterable[str]) -> str:
    """The first sentence of a record's text, normalised."""
    for step in steps:
        step = re.sub(r"^\s*(\d+[.)]|[-*#]+)\s*", "", step)
        head = _SENTENCE_END.split(step, maxsplit=1)[0]
        if len(head.split()) >= 2:
            return normalise_name(head)
    return ""


def pattern_from_text(steps: Iterable[str], primary: Collection[str],
                      helpers: Collection[str]) -> PatternGuess | None:
    """The one pattern the first sentence of a record's text names, where the muscles it
    lists can perform it; None otherwise."""
    sentence = first_sentence(steps)
    if not sentence or _SETTING_UP.search(sentence):
        return None
    guess = read_pattern(sentence, primary, helpers=helpers, muscle_words=False, chains=False)
    if guess.pattern is None or guess.how != "name" or not judged(guess.pattern):
        return None
    if primary and not patterns_for_muscles([guess.pattern], primary):
        return None
    return PatternGuess(guess.pattern, mechanic=guess.mechanic, how="description")


def says_hold(steps: Iterable[str]) -> bool:
    """Whether the first sentence of a record's text says the exercise is held ("Hang for 10
    seconds", "a timed isometric pull-up")."""
    return infer_measure(first_sentence(steps), None) == "seconds"
