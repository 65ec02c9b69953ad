"""A week's targets and split: the default targets, each day's targets by kind of day,
and the weekly frequencies to try (R18, conventions).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from mmc.model.library import Library
from mmc.plan.inputs import (
    LEVELS,
)
from mmc.plan.regions import region_of
from mmc.plan.rules import (
    BIG_MOVERS,
    MAJOR_MUSCLES,
    NEVER_PLANNED_PATTERNS,
    WEEKLY_FREQUENCY,
)
from mmc.plan.structure import DAY_REGIONS, SPLITS


def _trainable(library: Library, muscle_id: str, have: set[str], top: int) -> bool:
    return any(
        set(e.equipment) <= have and LEVELS[e.level] <= top
        and e.pattern not in NEVER_PLANNED_PATTERNS
        for e in library.exercises_for(muscle_id, "primary")
    )


def default_targets(
    library: Library, equipment: Iterable[str], level: str = "intermediate"
) -> list[str]:
    """The targets of a week nobody named them for, most important first.

    The major muscles of a full-body programme (:data:`~mmc.plan.rules.MAJOR_MUSCLES`) that
    the library has and some available exercise trains as a primary mover; a library with
    none of them gives every whole muscle (not a head, not the neck) it can train.
    """
    have = {*equipment, "bodyweight"}
    top = LEVELS[level]
    majors = [m for m in MAJOR_MUSCLES if m in library.muscles]
    if majors:
        return [m for m in majors if _trainable(library, m, have, top)]
    return [
        m.id
        for m in library.muscles.values()
        if m.parent is None and m.group != "neck" and _trainable(library, m.id, have, top)
    ]


def _mover(library: Library, muscle_id: str) -> str | None:
    """``push`` for the chest, ``pull`` for the upper back: the muscles that presses and rows
    train as primary movers (arms and shoulders also work on isolation days)."""
    muscle = library.muscles.get(muscle_id)
    while muscle is not None and muscle.parent is not None:
        muscle = library.muscles.get(muscle.parent)
    if muscle is None:
        return None
    if muscle.group == "chest":
        return "push"
    if muscle.group == "back" and region_of(library, muscle.id) == "pull":
        return "pull"
    return None


def _full_body(
    library: Library, targets: Sequence[str], days: int, frequency: Mapping[str, int]
) -> list[list[str]]:
    """Each target on its ``frequency`` of days, each day a mix of regions: a target goes to
    the days with the fewest targets of its region, then the fewest targets."""
    plan: list[list[str]] = [[] for _ in range(days)]
    regions = {t: region_of(library, t) for t in targets}
    for target in targets:
        for _ in range(min(days, frequency[target])):
            free = [d for d in range(days) if target not in plan[d]]

            def load(d: int, target: str = target) -> tuple[int, int, int]:
                same = sum(1 for u in plan[d] if regions[u] == regions[target])
                return (same, len(plan[d]), d)

            plan[min(free, key=load)].append(target)
    # Convention: a full-body day that pulls also pushes, and the other way round: the most
    # important target of the missing side joins it (push/pull balance by pattern).
    movers = {t: _mover(library, t) for t in targets}
    first = {
        side: next((t for t in targets if movers[t] == side), None) for side in ("push", "pull")
    }
    if first["push"] and first["pull"]:
        for day in plan:
            present = {movers[t] for t in day}
            for side, other in (("push", "pull"), ("pull", "push")):
                lead = first[side]
                if other in present and side not in present and lead is not None:
                    day.append(lead)
    return plan


def split_days(
    library: Library, targets: Sequence[str], days: int, frequency: Mapping[str, int]
) -> tuple[list[str], list[list[str]]]:
    """The kind of each day (:data:`~mmc.plan.structure.SPLITS`) and its targets.

    A split day trains the targets of its regions (when every target is to be trained
    twice); when a split would leave a day empty (targets of one region only), every day is
    full body instead.
    """
    kinds = list(SPLITS[days])
    if kinds[0] != "full" and all(f > 1 for f in frequency.values()):
        plan = [
            [t for t in targets if region_of(library, t) in DAY_REGIONS[kind]] for kind in kinds
        ]
        if all(plan):
            return kinds, plan
    kinds = ["full"] * days
    for extra in range(days + 1):
        plan = _full_body(library, targets, days, {t: f + extra for t, f in frequency.items()})
        if all(plan):
            return kinds, plan
    return kinds, plan


def frequencies(targets: Sequence[str], days: int, full: bool) -> list[dict[str, int]]:
    """The weekly frequencies to try, best first (R18: twice a week). On full-body days the
    big movers first come every day (up to three: the big lifts repeat, a convention), then
    twice; then the smaller targets drop to once, the least important (the end of the list)
    first; then the big movers, the same way."""
    twice = min(days, WEEKLY_FREQUENCY)
    tries = []
    if full and days > twice:
        tries.append({t: days if t in BIG_MOVERS else twice for t in targets})
    tries.append(dict.fromkeys(targets, twice))
    if twice > 1:
        # Least important first: the smaller muscles from the end, then the big movers.
        drop = ([t for t in reversed(targets) if t not in BIG_MOVERS]
                + [t for t in reversed(targets) if t in BIG_MOVERS])
        for count in range(1, len(drop) + 1):
            once = set(drop[:count])
            tries.append({t: 1 if t in once else twice for t in targets})
    return tries


#: Convention: moves of a smaller target from the fullest full-body day to the emptiest
#: before a week gives up a frequency.
EVEN_OUT_MOVES = 3


def even_out(split: list[list[str]]) -> bool:
    """Move the last smaller target (not a big mover) of the fullest day to the emptiest
    day without it; False when no move evens the days out."""
    fullest = max(range(len(split)), key=lambda d: (len(split[d]), -d))
    for target in reversed(split[fullest]):
        if target in BIG_MOVERS:
            continue
        free = [d for d in range(len(split)) if target not in split[d]
                and len(split[d]) + 1 < len(split[fullest])]
        if free:
            split[fullest].remove(target)
            split[min(free, key=lambda d: (len(split[d]), d))].append(target)
            return True
    return False
