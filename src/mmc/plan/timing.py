"""How long a session takes, and which exercises are done as supersets.

A superset (convention) pairs two neighbouring exercises that share no working muscle: a set
of the first, a short walk, a set of the second, then the pair's rest. Each muscle still
rests at least its own prescribed rest (the other exercise's set fills part of it), so the
pairing saves time without shortening anyone's recovery. Mind-muscle hypertrophy sessions
pair; strength and technique sessions do not (full rest between heavy sets, one lift at a
time while learning). A heavy barbell squat or hinge is never paired: it has the rack to
itself. Nor are two lifts that both load the lower back (an RDL and a bent-over row): the
erectors would hold the spine through both sets and never rest between them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.prescription import WARMUP_SET_SECONDS
from mmc.model.session import Goal, SessionItem
from mmc.plan.prescribe import loads_lower_back
from mmc.plan.rules import (
    SHORT_REST_PATTERNS,
    SUPERSET_MIN_REST,
    SUPERSET_TRANSIT_SECONDS,
    changeover_seconds,
)

__all__ = [
    "Station", "can_pair", "items_seconds", "pair_rest", "pairs_in_order", "related",
    "station_seconds",
]


@dataclass(frozen=True, slots=True)
class Station:
    """One exercise's timing: sets, one set's working time, rest between sets, warm-ups."""

    sets: int
    set_seconds: float
    rest: int
    warmup_sets: int = 0


def related(library: Library, a: str, b: str) -> bool:
    """Whether two muscles are the same, or one is a head of the other (siblings, like the
    front and side delt, are not)."""
    return a == b or b in library.family(a) or a in library.family(b)


def _movers(exercise: Exercise) -> list[str]:
    return [*exercise.primary, *exercise.secondary]


def can_pair(library: Library, first: Exercise, second: Exercise) -> bool:
    """Two exercises a superset may join: neither a barbell squat or hinge, not both
    loading the lower back (:func:`~mmc.plan.prescribe.loads_lower_back`), and no primary
    muscle of one working (as a primary or secondary mover) in the other."""
    for exercise in (first, second):
        if "barbell" in exercise.equipment and exercise.pattern in ("squat", "hinge"):
            return False
    if loads_lower_back(first) and loads_lower_back(second):
        return False  # the erectors would work through both sets (issue #13)
    for mine, theirs in ((first, second), (second, first)):
        for muscle in mine.primary:
            if any(related(library, muscle, other) for other in _movers(theirs)):
                return False
    return True


def _kind(exercise: Exercise) -> tuple[bool, bool]:
    return exercise.pattern in SHORT_REST_PATTERNS, exercise.mechanic != "compound"


def pairs_in_order(
    library: Library, exercises: Sequence[Exercise], goal: Goal
) -> list[tuple[int, int]]:
    """The supersets of a session whose exercises come in ``exercises`` order, as index
    pairs: each exercise, first come first, with the next one that :func:`can_pair` with it;
    none outside mind-muscle hypertrophy."""
    if goal != "mmc-hypertrophy":
        return []
    pairs = []
    taken: set[int] = set()
    for i, first in enumerate(exercises):
        if i in taken:
            continue
        for j in range(i + 1, len(exercises)):
            # Partners of one kind (compound, isolation, trunk or small-joint), so the
            # session keeps compound lifts first when the partner moves up beside it.
            if j not in taken and _kind(exercises[j]) == _kind(first) and can_pair(
                    library, first, exercises[j]):
                pairs.append((i, j))
                taken.update((i, j))
                break
    return pairs


def pair_rest(first: Station, second: Station) -> int:
    """The rest after each round of a superset: long enough that each muscle rests at
    least its own rest (the other set and the walk count toward it), at least
    :data:`~mmc.plan.rules.SUPERSET_MIN_REST`, to the next 15 s."""
    need = max(
        SUPERSET_MIN_REST,
        first.rest - second.set_seconds - SUPERSET_TRANSIT_SECONDS,
        second.rest - first.set_seconds - SUPERSET_TRANSIT_SECONDS,
    )
    return int(math.ceil(need / 15.0) * 15)


def station_seconds(
    stations: Sequence[Station], *, heavy: bool = False, pairs: Sequence[tuple[int, int]] = ()
) -> float:
    """Seconds for ``stations`` in order, with ``pairs`` (indices) done as supersets: each
    exercise's sets, rests and warm-up sets, and a changeover to the next exercise
    (:func:`~mmc.plan.rules.changeover_seconds`; a superset changes over once)."""
    partner = {a: b for a, b in pairs}
    second = {b for _, b in pairs}
    total = 0.0
    for index, one in enumerate(stations):
        if index in second:
            continue
        warm = one.warmup_sets * WARMUP_SET_SECONDS
        if index not in partner:
            total += (one.sets * one.set_seconds + (one.sets - 1) * one.rest + warm
                      + changeover_seconds(one.rest, heavy))
            continue
        other = stations[partner[index]]
        rest = pair_rest(one, other)
        # Every round takes both sets and the walk; when one exercise has fewer sets, the
        # lifter rests through its slot, so no muscle's rest ever shrinks.
        rounds = max(one.sets, other.sets)
        total += (
            rounds * (one.set_seconds + SUPERSET_TRANSIT_SECONDS + other.set_seconds)
            + (rounds - 1) * rest
            + warm + other.warmup_sets * WARMUP_SET_SECONDS
            + changeover_seconds(rest, heavy)
        )
    return total


def items_seconds(items: Sequence[SessionItem], goal: Goal) -> float:
    """Seconds for a session's exercises as planned: each alone, or with its superset
    partner (``A1`` then ``A2``, each prescription's rest being the rest after a round)."""
    heavy = goal == "strength"
    total = 0.0
    index = 0
    while index < len(items):
        rx = items[index].prescription
        label = items[index].superset
        if label is not None and label.endswith("1") and index + 1 < len(items):
            other = items[index + 1].prescription
            rounds = max(rx.sets, other.sets)
            total += (rounds * (rx.set_seconds() + SUPERSET_TRANSIT_SECONDS + other.set_seconds())
                      + (rounds - 1) * rx.rest_seconds
                      + (rx.warmup_sets + other.warmup_sets) * WARMUP_SET_SECONDS
                      + changeover_seconds(rx.rest_seconds, heavy))
            index += 2
            continue
        total += rx.total_seconds() + changeover_seconds(rx.rest_seconds, heavy)
        index += 1
    return total
