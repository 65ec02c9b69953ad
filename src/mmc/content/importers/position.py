"""The body's position a record states, where it decides which way a movement goes.

Legs lifted and lowered while lying are a hip flexion on the back (supine flutter kicks, leg
raises: the hip flexors and abs lift the legs) and a hip extension face down (prone flutter
kicks, leg lifts off a bench: the glutes and hamstrings lift them). A name ("Flutter Kicks")
does not say which; the record's own words do ("lie facedown on a bench", "Laying on the
back"), and so do the muscles it lists. :func:`pattern_for_position` turns one into the other
only where both agree: exactly one position in the name and text, and target muscles of the
other direction only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from mmc.content.importers.variation import words_in

__all__ = ["HIP_EXTENSORS", "HIP_FLEXORS", "pattern_for_position"]

#: Muscles that extend the hip (lift the legs lying face down).
HIP_EXTENSORS = frozenset({"gluteus-maximus", "hamstrings", "biceps-femoris"})
#: Muscles that flex the hip or hold the pelvis for it (lift the legs lying on the back).
HIP_FLEXORS = frozenset({"hip-flexors", "rectus-femoris", "rectus-abdominis", "obliques"})

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
    stated = words_in(" ".join([name, *text])).get("position", frozenset())
    targets = frozenset(primary)
    if stated != {position} or not targets & needed or targets & excluded:
        return None
    return other
