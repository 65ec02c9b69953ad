"""A week's first draft and its balancing toward R10's weekly band and push/pull balance.
"""

from __future__ import annotations

from collections.abc import Sequence

from mmc.errors import MmcError
from mmc.model.library import Library
from mmc.model.session import Session
from mmc.plan.days import Days
from mmc.plan.regions import region_of
from mmc.plan.rules import (
    BIG_MOVERS,
    SIDE_RATIO_LIMIT,
    volume_band,
    weekly_aim,
)
from mmc.plan.split import EVEN_OUT_MOVES, even_out, frequencies, split_days
from mmc.plan.structure import DAY_REGIONS, SPLITS
from mmc.plan.volume import push_pull, weekly_volume

#: Rounds of re-planning to lift targets still under the R10 minimum.
_ROUNDS = 6


def first_week(
    library: Library, planner: Days, targets: list[str], days: int
) -> tuple[list[Session], list[list[str]], list[dict[str, float]]]:
    """The first draft: the split for the days (R18: each target twice a week; when the
    days cannot hold that, the least important targets once), aiming at 12 weekly sets each
    (R10)."""
    error: MmcError | None = None
    for frequency in frequencies(targets, days, SPLITS[days][0] == "full"):
        kinds, split = split_days(library, targets, days, frequency)
        planner.kinds = kinds
        for _ in range(EVEN_OUT_MOVES + 1):
            demand = [{t: weekly_aim(t) / sum(t in d for d in split) for t in day}
                      for day in split]
            try:
                return planner.plan(split, demand), split, demand
            except MmcError as exc:
                error = exc
            if kinds[0] != "full" or not even_out(split):
                break
    assert error is not None
    raise error


def place_once(
    library: Library, planner: Days, muscle: str, split: list[list[str]]
) -> tuple[list[Session], list[list[str]], list[dict[str, float]]] | None:
    """The week with ``muscle`` added to one day (of a kind that trains its region, the
    emptiest first) that still fits, or None."""
    region = region_of(library, muscle)
    days = sorted((d for d in range(len(split))
                   if region in DAY_REGIONS[planner.kinds[d]] and muscle not in split[d]),
                  key=lambda d: (len(split[d]), d))
    for day in days:
        trial = [list(targets) for targets in split]
        trial[day].append(muscle)
        demand = [{t: weekly_aim(t) / sum(t in d for d in trial) for t in targets}
                  for targets in trial]
        try:
            return planner.plan(trial, demand), trial, demand
        except MmcError:
            continue
    return None


def _off_band(library: Library, sessions: Sequence[Session], targets: Sequence[str]) -> float:
    """How far the week is from R10's band (sets missing under 10 on targets, sets over 20)
    and, when the targets include pushing and pulling muscles, from push/pull balance (sets
    beyond 1.5 to 1, a convention)."""
    total = 0.0
    for v in weekly_volume(library, sessions, targets):
        low, high = volume_band(v.muscle)
        if v.target:
            # The big movers' missing sets weigh double (convention: priorities).
            total += max(0.0, low - v.sets) * (2.0 if v.muscle in BIG_MOVERS else 1.0)
        total += max(0.0, v.sets - high)
    if {"push", "pull"} <= {region_of(library, t) for t in targets}:
        push, pull = push_pull(library, sessions)
        # Weighed at a quarter: a set missing from a muscle's band costs more than a set of
        # imbalance (R10 is evidence, the 1.5 to 1 limit a convention).
        total += 0.25 * max(0.0, max(push, pull) - SIDE_RATIO_LIMIT * min(push, pull))
    return total


def balance(
    library: Library,
    planner: Days,
    targets: Sequence[str],
    sessions: list[Session],
    split: list[list[str]],
    demand: list[dict[str, float]],
) -> tuple[list[Session], list[list[str]], list[dict[str, float]]]:
    """Move the week toward 10-20 weekly sets per target (R10) while the days have room.

    Each round tries, in order: asking more of the days that already train a target under
    10; giving it another day (of a kind that trains its region); asking less of the days
    that train a target over 20; and, when pushing and pulling are out of balance, more of
    the lesser side or less of the greater. A change is kept only if the week ends up closer
    to the band and the balance.
    """
    days = len(split)
    miss = _off_band(library, sessions, targets)
    for _ in range(_ROUNDS):
        if miss == 0:
            break
        volume = {v.muscle: v.sets for v in weekly_volume(library, sessions, targets)}
        short = [t for t in targets if volume[t] < volume_band(t)[0]]
        over = [t for t in targets if volume[t] > volume_band(t)[1]]
        improved = False
        moves: list[tuple[str, list[str], float]] = [
            ("more", short, 0.0),
            ("widen", short, 0.0),
            ("less", over, 0.0),
        ]
        push, pull = push_pull(library, sessions)
        both = {"push", "pull"} <= {region_of(library, t) for t in targets}
        if both and max(push, pull) > SIDE_RATIO_LIMIT * min(push, pull):
            # Convention: even out pushing and pulling, two sets a day at a time.
            lesser = "push" if push < pull else "pull"
            greater = "pull" if lesser == "push" else "push"
            moves.append(("more", [t for t in targets if region_of(library, t) == lesser], 2.0))
            moves.append(("less", [t for t in targets if region_of(library, t) == greater], 2.0))
        for move, which, step in moves:
            new_split = [list(d) for d in split]
            new_demand = [dict(d) for d in demand]
            if move == "less":
                for t in which:
                    mine = [d for d in range(days) if t in new_split[d]]
                    cut = step or (volume[t] - volume_band(t)[1] + 1) / len(mine)
                    for d in mine:
                        new_demand[d][t] = max(0.0, new_demand[d][t] - cut)
            for t in which if move != "less" else ():
                gap = step or volume_band(t)[0] - volume[t] + 1
                if move == "widen":
                    region = region_of(library, t)
                    spare = [
                        d
                        for d in range(days)
                        if t not in new_split[d] and region in DAY_REGIONS[planner.kinds[d]]
                    ]
                    if spare:
                        day = min(spare, key=lambda d: (len(new_split[d]), d))
                        new_split[day].append(t)
                        new_demand[day][t] = gap
                else:
                    for d in range(days):
                        if t in new_split[d]:
                            new_demand[d][t] += gap
            if new_split == split and new_demand == demand:
                continue
            try:
                retry = planner.plan(new_split, new_demand)
            except MmcError:
                continue
            after = _off_band(library, retry, targets)
            if after < miss:
                sessions, split, demand, miss = retry, new_split, new_demand, after
                improved = True
                break
        if not improved:
            break
    return sessions, split, demand
