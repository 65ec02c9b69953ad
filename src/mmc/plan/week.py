"""Planning a week: split the targets over the days, count weekly hard sets (R10), flag
imbalances.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from mmc.errors import MmcError
from mmc.model.common import Equipment, Level
from mmc.model.library import Library
from mmc.model.session import Goal, MuscleVolume, RuleNote, Session, Week, WeekFlag
from mmc.plan.inputs import (
    LEVELS,
    check_goal,
    check_level,
    check_minutes,
    resolve_equipment,
    resolve_targets,
)
from mmc.plan.rules import (
    MAJOR_MUSCLES,
    MAX_EXERCISES,
    PRIMARY_SET_CREDIT,
    PULL_PATTERNS,
    PUSH_PATTERNS,
    SECONDARY_SET_CREDIT,
    SIDE_RATIO_LIMIT,
    WEEKLY_FREQUENCY,
    WEEKLY_SETS_AIM,
    WEEKLY_SETS_MAX,
    WEEKLY_SETS_MIN,
)
from mmc.plan.session import GOAL_TITLES, Pools, plan_session_with

__all__ = ["default_targets", "plan_week", "weekly_volume"]

MAX_DAYS = 7
#: Rounds of re-planning to lift targets still under the R10 minimum.
_ROUNDS = 4


def _trainable(library: Library, muscle_id: str, have: set[str], top: int) -> bool:
    return any(
        set(e.equipment) <= have and LEVELS[e.level] <= top
        for e in library.exercises_for(muscle_id, "primary")
    )


def default_targets(
    library: Library, equipment: Iterable[str], level: str = "beginner"
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


def weekly_volume(
    library: Library, sessions: Sequence[Session], targets: Iterable[str] = ()
) -> list[MuscleVolume]:
    """Weekly hard sets per muscle, counted per R10: 1 for a primary, 0.5 for a secondary.

    A muscle is credited for its heads too (a set for ``deltoid-lateral`` counts for
    ``deltoid``). Every target is listed, with every muscle the sessions train and the whole
    muscle each head belongs to; sorted by id.
    """
    wanted = list(targets)
    listed: set[str] = set(wanted)
    sets_of: list[tuple[frozenset[str], frozenset[str], int]] = []
    for session in sessions:
        for item in session.items:
            exercise = library.exercises.get(item.exercise)
            primary = frozenset(exercise.primary if exercise else item.primary)
            secondary = frozenset(exercise.secondary if exercise else ())
            sets_of.append((primary, secondary, item.prescription.sets))
            listed.update(primary, secondary)
    for muscle_id in list(listed):
        parent = library.muscles[muscle_id].parent if muscle_id in library.muscles else None
        while parent is not None:
            listed.add(parent)
            parent = library.muscles[parent].parent if parent in library.muscles else None
    volume = []
    for muscle_id in sorted(listed):
        family = frozenset(library.family(muscle_id))
        primary_sets = sum(n for p, _, n in sets_of if family & p)
        secondary_sets = sum(n for p, s, n in sets_of if not family & p and family & s)
        total = PRIMARY_SET_CREDIT * primary_sets + SECONDARY_SET_CREDIT * secondary_sets
        status = "under" if total < WEEKLY_SETS_MIN else "over" if total > WEEKLY_SETS_MAX else "ok"
        muscle = library.muscles.get(muscle_id)
        volume.append(
            MuscleVolume(
                muscle=muscle_id,
                name=muscle.name if muscle else muscle_id,
                sets=total,
                primary_sets=primary_sets,
                secondary_sets=secondary_sets,
                target=muscle_id in wanted,
                status=status,
            )
        )
    return volume


def _partners(pools: Pools, targets: Sequence[str]) -> set[frozenset[str]]:
    """Pairs of targets some available exercise trains together as primary movers."""
    families = {t: frozenset(pools.library.family(t)) for t in targets}
    everyone = frozenset().union(*families.values())
    pairs: set[frozenset[str]] = set()
    for t in targets:
        for exercise in pools.pool(t)[0]:
            if len(everyone.intersection(exercise.primary)) < 2:
                continue
            for u in targets:
                if u != t and families[u].intersection(exercise.primary):
                    pairs.add(frozenset((t, u)))
    return pairs


def _assign(
    targets: Sequence[str], days: int, frequency: int, partners: set[frozenset[str]]
) -> list[list[str]]:
    """Each target on ``frequency`` days: the days with the fewest targets so far, counting a
    target that shares exercises with it (lats and rhomboids: one row trains both) as free.
    """
    plan: list[list[str]] = [[] for _ in range(days)]
    for target in targets:
        for _ in range(frequency):
            free = [d for d in range(days) if target not in plan[d]]

            def load(d: int, target: str = target) -> tuple[int, int]:
                shared = sum(1 for u in plan[d] if frozenset((target, u)) in partners)
                return (len(plan[d]) - shared, d)

            plan[min(free, key=load)].append(target)
    return plan


def _split(
    targets: Sequence[str], days: int, frequency: int, partners: set[frozenset[str]]
) -> list[list[str]]:
    """:func:`_assign`, training targets more often (and apart) if a day would be empty."""
    for times in range(frequency, days + 1):
        for pairs in (partners, set()):
            split = _assign(targets, days, times, pairs)
            if all(split):
                return split
    return split


class _Days:
    """Plans days through :func:`plan_session`, remembering each (targets, demand) asked and
    sharing one :class:`~mmc.plan.session.Pools` across them.
    """

    def __init__(
        self,
        library: Library,
        *,
        equipment: list[Equipment],
        minutes: int,
        goal: Goal,
        level: Level,
        activation: bool,
    ) -> None:
        self.library = library
        self.have = frozenset({*equipment, "bodyweight"})
        self.equipment = equipment
        self.minutes = minutes
        self.goal = goal
        self.level = level
        self.activation = activation
        self.pools = Pools(library, set(self.have), level, goal)
        self.cache: dict[tuple[object, ...], Session] = {}

    def plan(
        self, split: Sequence[Sequence[str]], demand: Sequence[Mapping[str, float]]
    ) -> list[Session]:
        sessions = []
        for day, targets in enumerate(split, start=1):
            if not targets:
                raise MmcError(
                    f"day {day} has no targets: there are more days than target slots",
                    field="days",
                    fix="use fewer days or name more targets",
                )
            wanted = demand[day - 1]
            key = (day, tuple(targets), tuple(round(wanted[t], 6) for t in targets))
            session = self.cache.get(key)
            if session is None:
                names = ", ".join(self.library.muscles[t].name for t in targets)
                session = plan_session_with(
                    self.library,
                    targets=targets,
                    equipment=self.equipment,
                    minutes=self.minutes,
                    goal=self.goal,
                    level=self.level,
                    activation=self.activation,
                    sets_per_target=wanted,
                    max_exercises=MAX_EXERCISES,
                    title=f"Day {day}: {names}",
                    pools=self.pools,
                )
                self.cache[key] = session
            sessions.append(session)
        return sessions


def plan_week(
    library: Library,
    *,
    days: int,
    minutes: int,
    equipment: Iterable[str] = (),
    targets: Iterable[str] | None = None,
    goal: str = "mmc-hypertrophy",
    level: str = "beginner",
    activation: bool = True,
) -> Week:
    """Plan ``days`` sessions of ``minutes`` each, aiming at 10-20 weekly hard sets (R10).

    Each target is trained on two days when there are two or more (a convention), aiming at
    12 weekly sets counted per R10 (1 for a primary muscle, 0.5 for a secondary one). Targets
    still under 10 get more sets or another day while the time allows. Without ``targets``,
    every whole muscle some available exercise trains is a target.

    The week reports sets per muscle and flags: targets under 10 or any muscle over 20 weekly
    sets (R10), push vs pull and front vs back of the body out of balance (a convention:
    more than 1.5 to 1). Raises :class:`~mmc.errors.MmcError` when the days cannot hold it.
    """
    goal_ = check_goal(goal)
    level_ = check_level(level)
    minutes = check_minutes(minutes)
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise MmcError(
            f"days must be a whole number from 1 to {MAX_DAYS}, not {days!r}",
            field="days",
            fix="give e.g. 3",
        )
    kit = resolve_equipment(equipment)
    notes: list[RuleNote] = []
    flags: list[WeekFlag] = []
    named = targets is not None
    if targets is None:
        ids = default_targets(library, kit, level_)
        if not ids:
            raise MmcError(
                "no exercise in the library can be done with this equipment",
                field="equipment",
                fix="add equipment",
            )
        candidates = [m for m in MAJOR_MUSCLES if m in library.muscles]
        missing = [m for m in candidates if m not in ids]
        if missing:
            flags.append(
                WeekFlag(
                    kind="no-exercise",
                    rule="convention",
                    message="no available exercise trains "
                    + ", ".join(library.muscles[m].name for m in missing),
                    muscles=missing,
                )
            )
    else:
        ids = resolve_targets(library, targets)

    planner = _Days(
        library, equipment=kit, minutes=minutes, goal=goal_, level=level_, activation=activation
    )
    left_out: list[str] = []
    while True:
        try:
            sessions, split, demand = _first_week(library, planner, ids, days)
            break
        except MmcError as error:
            if named or len(ids) == 1:
                raise MmcError(
                    f"no week of {days} x {minutes} min fits: {error.message}",
                    field=error.field,
                    fix="give more days or minutes, or fewer targets",
                ) from error
            # Unnamed targets: leave out the least important until the week fits.
            left_out.insert(0, ids.pop())
    if not named:
        notes.append(
            RuleNote(
                rule="convention",
                decision="targets: " + ", ".join(ids),
                reason="none were named: the major muscles the equipment can train"
                + (", as many as the days hold" if left_out else ""),
            )
        )
    if left_out:
        flags.append(
            WeekFlag(
                kind="left-out",
                rule="convention",
                message=f"no room in {days} x {minutes} min for "
                + ", ".join(library.muscles[m].name for m in left_out)
                + ": add days or minutes, or name the targets",
                muscles=left_out,
            )
        )
    sessions, split, demand = _balance(library, planner, ids, sessions, split, demand)

    volume_list = weekly_volume(library, sessions, ids)
    flags.extend(_volume_flags(volume_list))
    push = sum(
        item.prescription.sets
        for s in sessions
        for item in s.items
        if _pattern(library, item.exercise) in PUSH_PATTERNS
    )
    pull = sum(
        item.prescription.sets
        for s in sessions
        for item in s.items
        if _pattern(library, item.exercise) in PULL_PATTERNS
    )
    front, back = _sides(library, sessions)
    flag = _ratio_flag("push-pull", "push", push, "pull", pull)
    if flag:
        flags.append(flag)
    flag = _ratio_flag("front-back", "front", front, "back", back)
    if flag:
        flags.append(flag)

    notes.append(
        RuleNote(
            rule="convention",
            decision="days per target: "
            + ", ".join(f"{t} {sum(t in s.targets for s in sessions)}" for t in ids),
            reason="spreading weekly sets keeps each session's volume useful",
        )
    )
    notes.append(
        RuleNote(
            rule="R10",
            decision=f"aim at {WEEKLY_SETS_AIM:g} weekly sets per target, flag < "
            f"{WEEKLY_SETS_MIN:g} or > {WEEKLY_SETS_MAX:g}",
            reason="more sets, more growth with diminishing returns; 10 is a trend, not a cut-off",
        )
    )
    for day, session in enumerate(sessions, start=1):
        notes.append(
            RuleNote(
                rule="convention",
                decision=f"day {day}: " + ", ".join(session.targets),
                reason="the day with the fewest targets takes the next one",
            )
        )
    return Week(
        title=f"{GOAL_TITLES[goal_]} week: {days} day(s) x {minutes} min",
        goal=goal_,
        level=level_,
        targets=ids,
        equipment=kit,
        minutes=minutes,
        days=sessions,
        volume=volume_list,
        push_sets=push,
        pull_sets=pull,
        front_sets=front,
        back_sets=back,
        flags=flags,
        rationale=notes,
    )


def _first_week(
    library: Library, planner: _Days, targets: list[str], days: int
) -> tuple[list[Session], list[list[str]], list[dict[str, float]]]:
    """The first draft: each target on two days (one if two do not fit), 12 sets each."""
    partners = _partners(planner.pools, targets)
    error: MmcError | None = None
    for frequency in dict.fromkeys((min(days, WEEKLY_FREQUENCY), 1)):
        split = _split(targets, days, frequency, partners)
        demand = [{t: WEEKLY_SETS_AIM / sum(t in d for d in split) for t in day} for day in split]
        try:
            return planner.plan(split, demand), split, demand
        except MmcError as exc:
            error = exc
    assert error is not None
    raise error


def _off_band(library: Library, sessions: Sequence[Session], targets: Sequence[str]) -> float:
    """How far the week is from R10's band: sets missing under 10 (targets) and over 20."""
    total = 0.0
    for v in weekly_volume(library, sessions, targets):
        if v.target:
            total += max(0.0, WEEKLY_SETS_MIN - v.sets)
        total += max(0.0, v.sets - WEEKLY_SETS_MAX)
    return total


def _balance(
    library: Library,
    planner: _Days,
    targets: Sequence[str],
    sessions: list[Session],
    split: list[list[str]],
    demand: list[dict[str, float]],
) -> tuple[list[Session], list[list[str]], list[dict[str, float]]]:
    """Move the week toward 10-20 weekly sets per target (R10) while the days have room.

    Each round tries, in order: asking more of the days that already train a target under
    10; giving it another day; asking less of the days that train a target over 20. A change
    is kept only if the week ends up closer to the band.
    """
    days = len(split)
    miss = _off_band(library, sessions, targets)
    for _ in range(_ROUNDS):
        if miss == 0:
            break
        volume = {v.muscle: v.sets for v in weekly_volume(library, sessions, targets)}
        short = [t for t in targets if volume[t] < WEEKLY_SETS_MIN]
        over = [t for t in targets if volume[t] > WEEKLY_SETS_MAX]
        improved = False
        for move in ("more", "widen", "less"):
            new_split = [list(d) for d in split]
            new_demand = [dict(d) for d in demand]
            if move == "less":
                for t in over:
                    mine = [d for d in range(days) if t in new_split[d]]
                    cut = (volume[t] - WEEKLY_SETS_MAX + 1) / len(mine)
                    for d in mine:
                        new_demand[d][t] = max(0.0, new_demand[d][t] - cut)
            for t in short if move != "less" else ():
                gap = WEEKLY_SETS_MIN - volume[t] + 1
                if move == "widen":
                    spare = [d for d in range(days) if t not in new_split[d]]
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


def _pattern(library: Library, exercise_id: str) -> str | None:
    exercise = library.exercises.get(exercise_id)
    return exercise.pattern if exercise else None


def _sides(library: Library, sessions: Sequence[Session]) -> tuple[float, float]:
    """R10 sets on muscles of the front and of the back of the body, as the exercises list them."""
    front = back = 0.0
    for session in sessions:
        for item in session.items:
            exercise = library.exercises.get(item.exercise)
            if exercise is None:
                continue
            for ids, credit in (
                (exercise.primary, PRIMARY_SET_CREDIT),
                (exercise.secondary, SECONDARY_SET_CREDIT),
            ):
                for muscle_id in ids:
                    muscle = library.muscles.get(muscle_id)
                    if muscle is None:
                        continue
                    amount = credit * item.prescription.sets
                    if muscle.side == "front":
                        front += amount
                    else:
                        back += amount
    return front, back


def _volume_flags(volume: Sequence[MuscleVolume]) -> list[WeekFlag]:
    flags = []
    for v in volume:
        if v.target and v.status == "under":
            flags.append(
                WeekFlag(
                    kind="under-volume",
                    rule="R10",
                    message=f"{v.name} gets {v.sets:g} weekly sets, under {WEEKLY_SETS_MIN:g} "
                    "(a trend, not a cut-off): add days or minutes",
                    muscles=[v.muscle],
                )
            )
        if v.status == "over":
            flags.append(
                WeekFlag(
                    kind="over-volume",
                    rule="R10",
                    message=f"{v.name} gets {v.sets:g} weekly sets, over {WEEKLY_SETS_MAX:g}: "
                    "returns diminish",
                    muscles=[v.muscle],
                )
            )
    return flags


def _ratio_flag(
    kind: Literal["push-pull", "front-back"], a_name: str, a: float, b_name: str, b: float
) -> WeekFlag | None:
    high, low = max(a, b), min(a, b)
    if high == 0 or high <= SIDE_RATIO_LIMIT * low:
        return None
    more, less = (a_name, b_name) if a > b else (b_name, a_name)
    ratio = f"{high / low:.1f} to 1" if low else f"no {less} work"
    return WeekFlag(
        kind=kind,
        rule="convention",
        message=f"{more} {high:g} sets vs {less} {low:g} ({ratio}); balance is a convention: "
        f"beyond {SIDE_RATIO_LIMIT:g} to 1 is flagged",
    )
