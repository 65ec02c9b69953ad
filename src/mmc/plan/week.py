"""Planning a week: split the targets over the days, count weekly hard sets (R10), flag
imbalances.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mmc.errors import MmcError
from mmc.model.common import Equipment, Level
from mmc.model.library import Library
from mmc.model.session import Goal, RuleNote, Session
from mmc.model.training import MuscleVolume, Week, WeekFlag
from mmc.plan.balance import balance, first_week, place_once
from mmc.plan.days import Days
from mmc.plan.inputs import (
    check_goal,
    check_level,
    check_minutes,
    resolve_equipment,
    resolve_targets,
)
from mmc.plan.regions import direction, region_of
from mmc.plan.rules import (
    MAJOR_MUSCLES,
    WEEKLY_SETS_AIM,
    WEEKLY_SETS_MAX,
    WEEKLY_SETS_MIN,
)
from mmc.plan.session import GOAL_TITLES
from mmc.plan.split import default_targets
from mmc.plan.volume import (
    days_training,
    direct_work_flags,
    push_pull,
    ratio_flag,
    sides,
    volume_flags,
    weekly_volume,
)

__all__ = ["default_targets", "direction", "plan_week", "region_of", "volume_flags", "weekly_volume"]

MAX_DAYS = 7
#: Convention: a technique week without named targets practises the lifts of the first six
#: major muscles (legs, chest, back), not every muscle.
TECHNIQUE_TARGETS = 6


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
    ids = (resolve_targets(library, targets) if targets is not None
           else _default_ids(library, kit, level_, goal_, notes, flags))
    planner = Days(
        library, equipment=kit, minutes=minutes, goal=goal_, level=level_, activation=activation
    )
    sessions, split, demand, left_out = _fit(library, planner, ids, days, minutes, named)
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
    sessions, split, demand = balance(library, planner, ids, sessions, split, demand)

    volume_list = weekly_volume(library, sessions, ids)
    push, pull = push_pull(library, sessions)
    front, back = sides(library, sessions)
    flags += _flags(library, sessions, ids, volume_list, goal_, (push, pull), (front, back))
    kinds = planner.kinds
    notes += _notes(sessions, ids, kinds)
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


def _default_ids(
    library: Library,
    kit: list[Equipment],
    level: Level,
    goal: Goal,
    notes: list[RuleNote],
    flags: list[WeekFlag],
) -> list[str]:
    """The targets of a week nobody named them for, with their flag and note."""
    ids = default_targets(library, kit, level)
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
    if goal == "technique" and len(ids) > TECHNIQUE_TARGETS:
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
    return ids


def _fit(
    library: Library, planner: Days, ids: list[str], days: int, minutes: int, named: bool
) -> tuple[list[Session], list[list[str]], list[dict[str, float]], list[str]]:
    """The first draft of the week and the targets left out of it (``ids`` keeps the rest):
    unnamed targets are left out from the least important until the week fits, then placed
    back once a week, most important first, where a day still has room."""
    left_out: list[str] = []
    while True:
        try:
            sessions, split, demand = first_week(library, planner, ids, days)
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
        placed = place_once(library, planner, muscle, split)
        if placed is None:
            break
        sessions, split, demand = placed
        left_out.remove(muscle)
        ids.append(muscle)
    return sessions, split, demand, left_out


def _flags(
    library: Library,
    sessions: Sequence[Session],
    ids: Sequence[str],
    volume_list: Sequence[MuscleVolume],
    goal: Goal,
    push_pull_sets: tuple[float, float],
    front_back: tuple[float, float],
) -> list[WeekFlag]:
    """The week's flags on volume (R10), balance, direct work, frequency and repeats."""
    flags: list[WeekFlag] = []
    if goal == "technique":
        # Practice is not measured in growth volume: only "over" flags are kept.
        flags.extend(f for f in volume_flags(volume_list) if f.kind != "under-volume")
    else:
        flags.extend(volume_flags(volume_list))
    push, pull = push_pull_sets
    front, back = front_back
    flag = ratio_flag("push-pull", "push", push, "pull", pull)
    if flag:
        flags.append(flag)
    flag = ratio_flag("front-back", "front", front, "back", back)
    if flag:
        flags.append(flag)
    flags.extend(direct_work_flags(library, volume_list, ids))
    days = len(sessions)
    once = [t for t in ids if days > 1 and days_training(library, sessions, t) == 1]
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
    return flags


def _notes(sessions: Sequence[Session], ids: Sequence[str], kinds: Sequence[str]) -> list[RuleNote]:
    """The week's notes on its split, days per target, volume aim and each day's targets."""
    days = len(sessions)
    notes = [
        RuleNote(
            rule="R18",
            decision=f"split for {days} day(s): " + ", ".join(kinds),
            reason="each muscle about twice a week: full body up to 3 days, upper/lower for 4, "
            "upper/lower + push/pull/legs for 5, push/pull/legs twice for 6 (a convention)",
        ),
        RuleNote(
            rule="convention",
            decision="days per target: "
            + ", ".join(f"{t} {sum(t in s.targets for s in sessions)}" for t in ids),
            reason="spreading weekly sets keeps each session's volume useful",
        ),
        RuleNote(
            rule="R10",
            decision=f"aim at {WEEKLY_SETS_AIM:g} weekly sets per target, flag < "
            f"{WEEKLY_SETS_MIN:g} or > {WEEKLY_SETS_MAX:g} (the abs: aim 6, band 4-8)",
            reason="more sets, more growth with diminishing returns; 10 is a trend, not a cut-off",
        ),
    ]
    for day, session in enumerate(sessions, start=1):
        notes.append(
            RuleNote(
                rule="convention",
                decision=f"day {day} ({kinds[day - 1]}): " + ", ".join(session.targets),
                reason="a split day trains the muscles of its region; on full-body days each "
                "target goes to the day with the fewest targets of its region",
            )
        )
    return notes
