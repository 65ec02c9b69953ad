"""Planning one session: activation drills, exercises, prescriptions, cues and the reasons.

The planner works in three passes over a pure :class:`~mmc.model.library.Library`:

1. one exercise per target at the goal's fewest sets (the plan must fit this or it fails);
2. an activation block of flex/visualisation drills, sized to what the budget leaves;
3. growth: sets, then new movement patterns, for the least-served target until each has its
   share of sets (R10 counting) or the time runs out.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from mmc.errors import MmcError
from mmc.model.library import Library
from mmc.model.prescription import Prescription
from mmc.model.session import Goal, RuleNote, Session, SessionItem
from mmc.plan.cues import select_cues
from mmc.plan.drills import activation_block, names
from mmc.plan.fit import Pools
from mmc.plan.goal_notes import goal_notes
from mmc.plan.goal_rules import GOAL_RULES
from mmc.plan.inputs import (
    check_goal,
    check_level,
    check_minutes,
    resolve_equipment,
    resolve_targets,
)
from mmc.plan.notes import item_notes
from mmc.plan.planner import Planner
from mmc.plan.prescribe import dose_for, load_for_goal, set_credit
from mmc.plan.rules import (
    CHANGEOVER_SECONDS,
    MAX_EXERCISES,
    SESSION_SETS_PER_TARGET,
    SUPERSET_TRANSIT_SECONDS,
)
from mmc.plan.support import support_notes, support_rows
from mmc.plan.timing import pair_rest

__all__ = ["GOAL_TITLES", "Pools", "plan_session", "plan_session_with", "select_cues", "set_credit"]

#: Convention: a session that fills less than this share of its minutes says so (the lifter
#: may add a target); a coach would not leave most of a booked hour empty without a word.
SHORT_SESSION_SHARE = 0.6

GOAL_TITLES: dict[Goal, str] = {
    "mmc-hypertrophy": "Mind-muscle hypertrophy",
    "strength": "Strength",
    "technique": "Technique practice",
}


def plan_session(
    library: Library,
    *,
    targets: Iterable[str],
    equipment: Iterable[str] = (),
    minutes: int,
    goal: str = "mmc-hypertrophy",
    level: str = "intermediate",
    activation: bool = True,
    sets_per_target: Mapping[str, float] | None = None,
    max_exercises: int = MAX_EXERCISES,
    title: str | None = None,
) -> Session:
    """Plan one session for ``targets`` with the ``equipment`` at hand in ``minutes``.

    ``targets`` are muscle ids, names or aliases; ``equipment`` the Equipment vocabulary
    (bodyweight is always available). ``goal`` is ``mmc-hypertrophy`` (internal cues, <= 60%
    1RM, controlled tempo: R1, R2, R11), ``strength`` (external cues, heavy, 3 min rest on
    compounds: R3, R11, R14) or ``technique`` (slow, few sets, far from failure). ``level``
    leaves out exercises above it (the default, ``intermediate``, allows the barbell lifts;
    a rationale note names any better-fitting exercise the level or the equipment leaves
    out); ``activation=False`` drops the opening drills (at most 5 minutes, done whole). ``sets_per_target``
    (muscle -> sets) caps the hard sets wanted per target, counted per R10; the default is 10
    each, and a target it leaves out gets its one exercise only. ``max_exercises`` caps the
    exercises added beyond one per target; ``title`` replaces the generated title.

    Raises :class:`~mmc.errors.MmcError` for an unknown target, goal, level or equipment, a
    target no available exercise trains, or a budget too short for one exercise per target.
    The result is deterministic and never longer than ``minutes``.
    """
    return plan_session_with(
        library,
        targets=targets,
        equipment=equipment,
        minutes=minutes,
        goal=goal,
        level=level,
        activation=activation,
        sets_per_target=sets_per_target,
        max_exercises=max_exercises,
        title=title,
        pools=None,
    )


def _demand(
    library: Library,
    ids: Sequence[str],
    max_exercises: int,
    sets_per_target: Mapping[str, float] | None,
) -> dict[str, float]:
    """The hard sets wanted per target; a bad ``max_exercises`` raises."""
    if isinstance(max_exercises, bool) or not isinstance(max_exercises, int) or not (
        1 <= max_exercises <= 20
    ):
        raise MmcError(
            f"max_exercises must be 1-20, not {max_exercises}", field="max_exercises", fix="use 8"
        )
    if sets_per_target is None:
        return {t: SESSION_SETS_PER_TARGET for t in ids}
    asked = _sets_asked(library, sets_per_target)
    return {t: asked.get(t, 0.0) for t in ids}


def _too_short(
    library: Library, ids: Sequence[str], goal: Goal, floor: float, minutes: int
) -> MmcError:
    """The error for a budget that cannot hold one exercise per target."""
    need = math.ceil(floor / 60)
    return MmcError(
        f"a {GOAL_TITLES[goal].lower()} session for {names(library, ids)} needs at least "
        f"{need} minutes "
        f"(one exercise per target at {GOAL_RULES[goal].min_sets} set(s)"
        + (", with warm-up sets" if goal == "strength" else "")
        + f"); the budget is {minutes}",
        field="minutes",
        fix=f"give {need} minutes or more, or fewer targets",
    )


def _sets_asked(library: Library, sets_per_target: Mapping[str, float]) -> dict[str, float]:
    """``sets_per_target`` by muscle id; a negative, non-finite or non-number count raises."""
    if not isinstance(sets_per_target, Mapping):
        raise MmcError(
            f"sets_per_target must be a mapping, not {type(sets_per_target).__name__}",
            field="sets_per_target",
            fix="map muscle ids to sets, e.g. {'latissimus-dorsi': 6}",
        )
    asked: dict[str, float] = {}
    for name, sets in sets_per_target.items():
        muscle = resolve_targets(library, [name], field="sets_per_target")[0]
        if isinstance(sets, bool) or not isinstance(sets, int | float) or not (
            math.isfinite(sets) and sets >= 0
        ):
            raise MmcError(
                f"sets_per_target[{name!r}] must be a number of sets >= 0, not {sets!r}",
                field=f"sets_per_target.{name}",
                fix="give hard sets for this session, e.g. 6 (R10: 10-20 a week per muscle)",
            )
        asked[muscle] = float(sets)
    return asked


def plan_session_with(
    library: Library,
    *,
    targets: Iterable[str],
    equipment: Iterable[str],
    minutes: int,
    goal: str,
    level: str,
    activation: bool,
    sets_per_target: Mapping[str, float] | None,
    max_exercises: int,
    title: str | None,
    pools: Pools | None,
    avoid: frozenset[str] = frozenset(),
    week_patterns: Mapping[str, Mapping[str, int]] | None = None,
    main: Sequence[str] = (),
    full_body: bool = False,
) -> Session:
    """:func:`plan_session` reusing ``pools`` (made for the same equipment, level and goal).

    ``main`` (exercise ids) are the day's main lifts, chosen first (a strength week's
    squat, bench press, deadlift and overhead press: :mod:`mmc.plan.strength`);
    ``full_body`` (a full-body day of a week) keeps the big movers' compound lifts the same
    from day to day instead of varying their patterns."""
    goal_ = check_goal(goal)
    level_ = check_level(level)
    minutes = check_minutes(minutes)
    ids = resolve_targets(library, targets)
    kit = resolve_equipment(equipment)
    demand = _demand(library, ids, max_exercises, sets_per_target)
    rules = GOAL_RULES[goal_]
    budget = minutes * 60.0
    if pools is None:
        pools = Pools(library, {*kit, "bodyweight"}, level_, goal_)
    planner = Planner(
        library, ids, pools, goal_, demand, max_exercises, avoid=avoid, week_patterns=week_patterns
    )
    planner.full_body = full_body
    planner.first_pass([library.exercises[m] for m in main if m in library.exercises])
    support_rows(planner, budget)
    floor = planner.used_seconds()
    if floor > budget:
        raise _too_short(library, ids, goal_, floor, minutes)
    notes: list[RuleNote] = []

    drills = activation_block(library, ids, goal_, minutes, (budget - floor) / 60, activation,
                              notes)
    drill_seconds = 60.0 * sum(d.minutes for d in drills)
    planner.grow(budget - drill_seconds)

    notes.extend(support_notes(planner))
    items = _items(library, planner, pools, ids, notes)
    notes[:0] = goal_notes(rules, items)  # the goal's lines, true for the rows printed
    total = drill_seconds + planner.used_seconds()
    notes.extend(_closing_notes(library, planner, ids, minutes, total))
    label = GOAL_TITLES[goal_]
    return Session(
        title=title or f"{label}: {names(library, ids)}",
        goal=goal_,
        level=level_,
        targets=ids,
        equipment=kit,
        minutes=minutes,
        drills=drills,
        items=items,
        duration_minutes=round(total / 60.0, 1),
        rationale=notes,
    )


def _closing_notes(
    library: Library, planner: Planner, ids: Sequence[str], minutes: int, total: float
) -> list[RuleNote]:
    """A session's last notes: its hard sets per target (R10), its duration, and whether it
    falls short of the time given."""
    found: list[RuleNote] = []
    found.append(
        RuleNote(
            rule="R10",
            decision="hard sets this session: "
            + ", ".join(f"{library.muscles[t].name} {planner.credit[t]:g}" for t in ids),
            reason="a set counts 1 for a primary muscle and 0.5 for a secondary one",
        )
    )
    found.append(
        RuleNote(
            rule="convention",
            decision=f"duration {total / 60:.1f} of {minutes} min",
            reason="drills + warm-up sets + sets x reps x tempo + rest + "
            f"{CHANGEOVER_SECONDS} s from each exercise (or superset) to the next (in a "
            "strength session its full rest, at least that)",
        )
    )
    if total < SHORT_SESSION_SHARE * (minutes * 60.0):
        found.append(
            RuleNote(
                rule="convention",
                decision=f"the session fills {total / 60:.1f} of {minutes} min: add a target "
                "or shorten the session",
                reason="the targets' sets are all placed (or no other exercise the equipment "
                "and level allow is left for them)",
            )
        )
    return found


def _supersets(
    planner: Planner, order: Sequence[int], notes: list[RuleNote]
) -> tuple[list[int], dict[int, str], dict[int, int]]:
    """The picks in session order with each superset's second after its first, their
    labels (``A1``, ``A2``) and the pairs' rests; a note for each superset."""
    pairs = planner.pairs(order)
    partner = {order[a]: order[b] for a, b in pairs}
    seconds = set(partner.values())
    # A superset's second exercise follows its first.
    sequence = [k for i in order if i not in seconds
                for k in ((i, partner[i]) if i in partner else (i,))]
    label_of: dict[int, str] = {}
    for n, (a, b) in enumerate(pairs):
        letter = chr(ord("A") + n)
        label_of[order[a]], label_of[order[b]] = f"{letter}1", f"{letter}2"
    notes.append(
        RuleNote(
            rule="R16",
            decision="compound lifts before isolation lifts, trunk and small-joint work last",
            reason="multi-joint and large-muscle lifts first, done fresh (R16)",
        )
    )
    rest_of: dict[int, int] = {}
    for a, b in pairs:
        i, j = order[a], order[b]
        stations = [planner.station(i), planner.station(j)]
        rest_of[i] = rest_of[j] = pair_rest(*stations)
        notes.append(
            RuleNote(
                rule="convention",
                decision=f"superset {label_of[i][0]}: {planner.picks[i].exercise.name} with "
                f"{planner.picks[j].exercise.name}, {rest_of[i]} s rest after each round",
                reason="they share no working muscle: a set of one, "
                f"{SUPERSET_TRANSIT_SECONDS} s to move, a set of the other; each muscle still "
                "rests at least its own rest, and the session holds more sets",
            )
        )
    return sequence, label_of, rest_of


def _items(
    library: Library, planner: Planner, pools: Pools, ids: Sequence[str], notes: list[RuleNote]
) -> list[SessionItem]:
    """The session's exercises in order, with their prescriptions, cues and notes."""
    rules = planner.rules
    goal_ = planner.goal
    order = planner.order()
    warm = planner.warmups(order)
    sequence, label_of, rest_of = _supersets(planner, order, notes)
    items: list[SessionItem] = []
    for i in sequence:
        pick = planner.picks[i]
        exercise = pick.exercise
        tempo, tempo_note = planner.tempos[exercise.id]
        cost = planner.cost(exercise)
        prescription = Prescription(
            sets=pick.sets,
            reps=dose_for(exercise, rules),
            load=load_for_goal(exercise, rules),
            tempo=tempo,
            rest_seconds=rest_of.get(i, cost.rest),
            measure=exercise.measure,
            per_side=exercise.per_side,
            warmup_sets=warm.get(i, 0),
        )
        if i in warm:
            notes.append(
                RuleNote(
                    rule="convention",
                    decision=f"{warm[i]} warm-up set(s) before the working sets",
                    reason=(
                        "ramp sets (e.g. the bar, then about 50% and 70% of the working load) "
                        "before the first heavy lift of each pattern, counted in the time"
                        if goal_ == "strength" else
                        "a lighter set (about half the working load) before the first barbell "
                        "lift, counted in the time"
                    ),
                    exercise=exercise.id,
                )
            )
        cues = select_cues(
            exercise, goal=goal_, tempo=tempo, targets=set().union(*planner.family.values())
        )
        items.append(
            SessionItem(
                exercise=exercise.id,
                name=exercise.name,
                primary=list(exercise.primary),
                prescription=prescription,
                cues=cues,
                safety=list(exercise.safety),
                superset=label_of.get(i),
            )
        )
        notes.extend(item_notes(library, exercise, pick, prescription, cues, rules, tempo_note))
        for note in pools.left_out(pick.reason_target, exercise, frozenset(ids)):
            if note not in notes:
                notes.append(note)
    return items
