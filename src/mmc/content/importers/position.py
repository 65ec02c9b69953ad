"""The body's position a record states, where it decides which way a movement goes.

Legs lifted and lowered while lying are a hip flexion on the back (supine flutter kicks, leg
raises: the hip flexors and abs lift the legs) and a hip extension face down (prone flutter
kicks, leg lifts off a bench: the glutes and hamstrings lift them). A name ("Flutter Kicks")
does not say which; the record's own words do ("lie facedown on a bench", "Laying on the
back"), and so do the muscles it lists. :func:`pattern_for_position` turns one into the other
only where both agree: exactly one position in the name and text, and target muscles of the
other direction only. Standing, a leg lifted behind the body ("lift one leg behind you")
extends the hip as it does face down.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from mmc.content.importers.name_hints import normalise_name
from mmc.content.importers.variation import words_in

__all__ = ["HIP_EXTENSORS", "HIP_FLEXORS", "pattern_for_position"]

#: Muscles that extend the hip (lift the legs lying face down).
HIP_EXTENSORS = frozenset({"gluteus-maximus", "hamstrings", "biceps-femoris"})
#: Muscles that flex the hip or hold the pelvis for it (lift the legs lying on the back).
HIP_FLEXORS = frozenset({"hip-flexors", "rectus-femoris", "rectus-abdominis", "obliques"})

#: A leg lifted behind the body ("lift one leg behind you" standing, "raise one off the
#: ground and behind you"): the hip extends as it does face down.
_BEHIND = re.compile(r"(?<![a-z0-9])(lift|lifts|lifting|raise|raises|raising|kick|kicks"
                     r"|kicking)( [a-z]+){0,5} behind (you|your body)(?![a-z0-9])")

_SENTENCE = re.compile(r"[.!?;:\n]")

#: pattern -> (the position that turns it, the pattern it becomes, the muscles that must be
#: among the targets, the muscles that must not be).
_TURNS: dict[str, tuple[str, str, frozenset[str], frozenset[str]]] = {
    "hip-flexion": ("prone", "hip-extension", HIP_EXTENSORS, HIP_FLEXORS),
    "hip-extension": ("supine", "hip-flexion", HIP_FLEXORS, HIP_EXTENSORS),
}


def pattern_for_position(pattern: str | None, name: str, text: Iterable[str],
                         primary: Collection[str]) -> str | None:
    """The pattern the record's stated position makes of ``pattern`` read from its name
    (a hip flexion lying face down with the glutes or hamstrings as targets: a hip
    extension; a hip extension on the back with the hip flexors or abs: a hip flexion), or
    None where it stands: another pattern, no position or two, or targets that do not agree."""
    turn = _TURNS.get(pattern or "")
    if turn is None:
        return None
    position, other, needed, excluded = turn
    words = " ".join([name, *text])
    stated = words_in(words).get("position", frozenset())
    if position == "prone" and not stated and any(
            _BEHIND.search(f" {normalise_name(sentence)} ")
            for piece in [name, *text] for sentence in _SENTENCE.split(piece)):
        stated = frozenset({position})  # a leg lifted behind you, standing: as face down
    targets = frozenset(primary)
    if stated != {position} or not targets & needed or targets & excluded:
        return None
    return other
