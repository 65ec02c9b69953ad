"""Planning a week: split the targets over the days, count weekly hard sets (R10), flag
imbalances.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from pydantic import BaseModel

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
from mmc.plan.regions import direction, region_of
from mmc.plan.rules import (
    BIG_MOVERS,
    DAY_REGIONS,
    DIRECT_WORK_HEADS,
    MAJOR_MUSCLES,
    MAX_EXERCISES,
    PRIMARY_SET_CREDIT,
    SECONDARY_SET_CREDIT,
    SIDE_RATIO_LIMIT,
    SPLITS,
    WEEKLY_FREQUENCY,
    WEEKLY_SETS_AIM,
    WEEKLY_SETS_MAX,
    WEEKLY_SETS_MIN,
    volume_band,
    weekly_aim,
)
from mmc.plan.session import GOAL_TITLES, Pools, plan_session_with
from mmc.plan.strength import main_lifts

__all__ = ["default_targets", "direction", "plan_week", "region_of", "volume_flags", "weekly_volume"]

MAX_DAYS = 7
#: Convention: a technique week without named targets practises the lifts of the first six
#: major muscles (legs, chest, back), not every muscle.
TECHNIQUE_TARGETS = 6
#: Rounds of re-planning to lift targets still under the R10 minimum.
_ROUNDS = 6


def _trainable(library: Library, muscle_id: str, have: set[str], top: int) -> bool:
    return any(
        set(e.equipment) <= have and LEVELS[e.level] <= top
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


def _given(targets: Iterable[str]) -> bool:
    """Whether any targets were given (an empty string or list gives none)."""
    if isinstance(targets, str):
        return bool(targets.strip())
    return not isinstance(targets, list) or bool(targets)  # else resolve_targets says why


def weekly_volume(
    library: Library, sessions: Sequence[Session], targets: Iterable[str] = ()
) -> list[MuscleVolume]:
    """Weekly hard sets per muscle, counted per R10: 1 for a primary, 0.5 for a secondary.

    A muscle is credited for its heads too (a set for ``deltoid-lateral`` counts for
    ``deltoid``). Every target is listed, with every muscle the sessions train and the whole
    muscle each head belongs to; sorted by id. Targets may be ids, names or aliases; an
    unknown one, or a session that is not one, raises :class:`~mmc.errors.MmcError`.
    """
    if isinstance(targets, Iterable) and not isinstance(targets, str | bytes | Mapping):
        targets = list(targets)
    wanted = resolve_targets(library, targets) if _given(targets) else []
    listed: set[str] = set(wanted)
    sets_of: list[tuple[frozenset[str], frozenset[str], int]] = []
    if isinstance(sessions, str | bytes | Mapping | BaseModel) or not isinstance(
        sessions, Iterable
    ):
        raise MmcError(f"sessions must be a list of sessions, not {type(sessions).__name__}",
                       field="sessions", fix="pass the sessions of a week, e.g. week.days")
    for index, found in enumerate(sessions):
        if isinstance(found, Mapping):
            found = Session.model_validate(dict(found))
        if not isinstance(found, Session):
            raise MmcError(f"sessions[{index}] must be a Session, not {type(found).__name__}",
                           field=f"sessions[{index}]",
                           fix="pass sessions from plan_session or plan_week")
        session = found
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
        low, high = volume_band(muscle_id)
        status = "under" if total < low else "over" if total > high else "ok"
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


def _split(
    library: Library, targets: Sequence[str], days: int, frequency: Mapping[str, int]
) -> tuple[list[str], list[list[str]]]:
    """The kind of each day (:data:`~mmc.plan.rules.SPLITS`) and its targets.

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
        self._kinds: list[str] = []
        self.main: list[tuple[str, ...]] = []

    @property
    def kinds(self) -> list[str]:
        """The kind of each day; setting it sets a strength week's main lifts too."""
        return self._kinds

    @kinds.setter
    def kinds(self, kinds: list[str]) -> None:
        self._kinds = kinds
        self.main = (main_lifts(self.library, kinds, self.have, self.level)
                     if self.goal == "strength" else [])

    def _big_compound(self, exercise_id: str) -> bool:
        exercise = self.library.exercises.get(exercise_id)
        return exercise is not None and exercise.mechanic == "compound" and bool(
            BIG_MOVERS.intersection(exercise.primary))

    def plan(
        self, split: Sequence[Sequence[str]], demand: Sequence[Mapping[str, float]]
    ) -> list[Session]:
        """The days in order; each avoids the exercises of the day before and prefers the
        patterns its targets have had least this week (R18: variety across the week)."""
        sessions: list[Session] = []
        seen: dict[str, dict[str, int]] = {}
        for day, targets in enumerate(split, start=1):
            if not targets:
                raise MmcError(
                    f"day {day} has no targets: there are more days than target slots",
                    field="days",
                    fix="use fewer days or name more targets",
                )
            wanted = demand[day - 1]
            kind = self.kinds[day - 1] if day <= len(self.kinds) else "full"
            avoid = frozenset(
                i.exercise for i in sessions[-1].items
                # Full-body days repeat the big compound lifts (a convention: they are
                # learnt and progressed by repetition); the rest of the day changes.
                if not (kind == "full" and self._big_compound(i.exercise))
            ) if sessions else frozenset()
            history = tuple(sorted((t, tuple(sorted(p.items()))) for t, p in seen.items()))
            main = self.main[day - 1] if day <= len(self.main) else ()
            key = (day, tuple(targets), tuple(round(wanted[t], 6) for t in targets), avoid,
                   history, main)
            session = self.cache.get(key)
            if session is None:
                names = ", ".join(self.library.muscles[t].name for t in targets)

                def day_plan(avoid: frozenset[str], full_body: bool, targets: Sequence[str] = targets,
                             wanted: Mapping[str, float] = wanted, main: tuple[str, ...] = main,
                             title: str = f"Day {day} ({kind}): {names}",
                             seen: Mapping[str, Mapping[str, int]] = seen) -> Session:
                    return plan_session_with(
                        self.library,
                        targets=targets,
                        equipment=self.equipment,
                        minutes=self.minutes,
                        goal=self.goal,
                        level=self.level,
                        activation=self.activation,
                        sets_per_target=wanted,
                        max_exercises=MAX_EXERCISES,
                        title=title,
                        pools=self.pools,
                        avoid=avoid,
                        week_patterns=seen,
                        main=main,
                        full_body=full_body,
                    )

                session = day_plan(avoid, kind == "full")
                before = [i.exercise for i in sessions[-1].items] if sessions else None
                if before == [i.exercise for i in session.items]:
                    # The repeated big lifts made the day the same as the one before: vary
                    # everything the kit allows instead.
                    every = frozenset(before)
                    session = day_plan(every, False)
                self.cache[key] = session
            sessions.append(session)
            seen = {t: dict(p) for t, p in seen.items()}
            for item in session.items:
                exercise = self.library.exercises.get(item.exercise)
                if exercise is None:
                    continue
                for t in targets:
                    if set(self.library.family(t)).intersection(exercise.primary):
                        mine = seen.setdefault(t, {})
                        mine[exercise.pattern] = mine.get(exercise.pattern, 0) + 1
        return sessions


def plan_week(
    library: Library,
    *,
    days: int,
    minutes: int,
    equipment: Iterable[str] = (),
    targets: Iterable[str] | None = None,
    goal: str = "mmc-hypertrophy",
    level: str = "intermediate",
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
        if goal_ == "technique" and len(ids) > TECHNIQUE_TARGETS:
            practice = ids[:TECHNIQUE_TARGETS]
            notes.append(
                RuleNote(
                    rule="convention",
                    decision="technique practice: " + ", ".join(practice),
                    reason=f"the {TECHNIQUE_TARGETS} most important muscles: a practice session "
                    "rehearses the big lifts, not every muscle; name targets to add others",
                )
            )
            ids = practice
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
    for muscle in list(left_out):
        # A day with time to spare may still hold a left-out target once a week.
        # In order of importance: a less important target never takes the place of a
        # more important one.
        placed = _place_once(library, planner, muscle, split)
        if placed is None:
            break
        sessions, split, demand = placed
        left_out.remove(muscle)
        ids.append(muscle)
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
    if goal_ == "technique":
        # Practice is not measured in growth volume: only "over" flags are kept.
        flags.extend(f for f in volume_flags(volume_list) if f.kind != "under-volume")
    else:
        flags.extend(volume_flags(volume_list))
    push = sum(
        item.prescription.sets
        for s in sessions
        for item in s.items
        if direction(library, item.exercise) == "push"
    )
    pull = sum(
        item.prescription.sets
        for s in sessions
        for item in s.items
        if direction(library, item.exercise) == "pull"
    )
    front, back = _sides(library, sessions)
    flag = _ratio_flag("push-pull", "push", push, "pull", pull)
    if flag:
        flags.append(flag)
    flag = _ratio_flag("front-back", "front", front, "back", back)
    if flag:
        flags.append(flag)
    flags.extend(_direct_work_flags(library, volume_list, ids))
    once = [t for t in ids if days > 1 and _days_training(library, sessions, t) == 1]
    if once:
        flags.append(
            WeekFlag(
                kind="once-a-week",
                rule="R18",
                message="trained on one day only: "
                + ", ".join(library.muscles[t].name for t in once)
                + " (R18: about twice a week; the big movers keep two days first); add "
                "minutes or days",
                muscles=once,
            )
        )
    for day in range(1, len(sessions)):
        before = [i.exercise for i in sessions[day - 1].items]
        if before == [i.exercise for i in sessions[day].items]:
            flags.append(
                WeekFlag(
                    kind="identical-days",
                    rule="convention",
                    message=f"days {day} and {day + 1} are the same session: the equipment "
                    "gives these targets no other exercise; add equipment or a day's rest "
                    "between them",
                )
            )
    kinds = planner.kinds
    notes.append(
        RuleNote(
            rule="R18",
            decision=f"split for {days} day(s): " + ", ".join(kinds),
            reason="each muscle about twice a week: full body up to 3 days, upper/lower for 4, "
            "upper/lower + push/pull/legs for 5, push/pull/legs twice for 6 (a convention)",
        )
    )

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
            f"{WEEKLY_SETS_MIN:g} or > {WEEKLY_SETS_MAX:g} (the abs: aim 6, band 4-8)",
            reason="more sets, more growth with diminishing returns; 10 is a trend, not a cut-off",
        )
    )
    for day, session in enumerate(sessions, start=1):
        notes.append(
            RuleNote(
                rule="convention",
                decision=f"day {day} ({kinds[day - 1]}): " + ", ".join(session.targets),
                reason="a split day trains the muscles of its region; on full-body days each "
                "target goes to the day with the fewest targets of its region",
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
        split=list(kinds),
        volume=volume_list,
        push_sets=push,
        pull_sets=pull,
        front_sets=front,
        back_sets=back,
        flags=flags,
        rationale=notes,
    )


def _frequencies(targets: Sequence[str], days: int, full: bool) -> list[dict[str, int]]:
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


def _first_week(
    library: Library, planner: _Days, targets: list[str], days: int
) -> tuple[list[Session], list[list[str]], list[dict[str, float]]]:
    """The first draft: the split for the days (R18: each target twice a week; when the
    days cannot hold that, the least important targets once), aiming at 12 weekly sets each
    (R10)."""
    error: MmcError | None = None
    for frequency in _frequencies(targets, days, SPLITS[days][0] == "full"):
        kinds, split = _split(library, targets, days, frequency)
        planner.kinds = kinds
        for _ in range(_MOVES + 1):
            demand = [{t: weekly_aim(t) / sum(t in d for d in split) for t in day}
                      for day in split]
            try:
                return planner.plan(split, demand), split, demand
            except MmcError as exc:
                error = exc
            if kinds[0] != "full" or not _even_out(split):
                break
    assert error is not None
    raise error


def _place_once(
    library: Library, planner: _Days, muscle: str, split: list[list[str]]
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


#: Convention: moves of a smaller target from the fullest full-body day to the emptiest
#: before a week gives up a frequency.
_MOVES = 3


def _even_out(split: list[list[str]]) -> bool:
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


def _push_pull(library: Library, sessions: Sequence[Session]) -> tuple[int, int]:
    push = pull = 0
    for session in sessions:
        for item in session.items:
            way = direction(library, item.exercise)
            if way == "push":
                push += item.prescription.sets
            elif way == "pull":
                pull += item.prescription.sets
    return push, pull


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
        push, pull = _push_pull(library, sessions)
        # Weighed at a quarter: a set missing from a muscle's band costs more than a set of
        # imbalance (R10 is evidence, the 1.5 to 1 limit a convention).
        total += 0.25 * max(0.0, max(push, pull) - SIDE_RATIO_LIMIT * min(push, pull))
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
        push, pull = _push_pull(library, sessions)
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


def _days_training(library: Library, sessions: Sequence[Session], muscle: str) -> int:
    """The days whose lifts train ``muscle`` (or one of its heads) as a primary mover."""
    family = set(library.family(muscle))
    return sum(
        any(family.intersection(library.exercises[i.exercise].primary)
            for i in session.items if i.exercise in library.exercises)
        for session in sessions
    )


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


def volume_flags(volume: Sequence[MuscleVolume]) -> list[WeekFlag]:
    """R10 flags: a target under its band's lower edge, any muscle over its upper edge."""
    flags = []
    for v in volume:
        low, high = volume_band(v.muscle)
        if v.target and v.status == "under":
            flags.append(
                WeekFlag(
                    kind="under-volume",
                    rule="R10",
                    message=f"{v.name} gets {v.sets:g} weekly sets, under {low:g} "
                    "(a trend, not a cut-off): add days or minutes",
                    muscles=[v.muscle],
                )
            )
        if v.status == "over":
            flags.append(
                WeekFlag(
                    kind="over-volume",
                    rule="R10",
                    message=f"{v.name} gets {v.sets:g} weekly sets, over {high:g}: "
                    "returns diminish",
                    muscles=[v.muscle],
                )
            )
    return flags


def _direct_work_flags(
    library: Library, volume: Sequence[MuscleVolume], targets: Sequence[str]
) -> list[WeekFlag]:
    """A head worth cueing on its own (:data:`~mmc.plan.rules.DIRECT_WORK_HEADS`) with no
    exercise that trains it as a primary mover, in a week that trains its muscle."""
    by_id = {v.muscle: v for v in volume}
    flags = []
    for head in DIRECT_WORK_HEADS:
        muscle = library.muscles.get(head)
        if muscle is None or muscle.parent is None:
            continue
        parent = by_id.get(muscle.parent)
        trained = head in targets or (parent is not None and parent.primary_sets > 0)
        mine = by_id.get(head)
        if trained and (mine is None or mine.primary_sets == 0):
            flags.append(
                WeekFlag(
                    kind="no-direct-work",
                    rule="R10",
                    message=f"{muscle.name} gets no direct work: the week's lifts train it only "
                    "as a helper; add an exercise for it",
                    muscles=[head],
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
