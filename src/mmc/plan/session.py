"""Planning one session: activation drills, exercises, prescriptions, cues and the reasons.

The planner works in three passes over a pure :class:`~mmc.model.library.Library`:

1. one exercise per target at the goal's fewest sets (the plan must fit this or it fails);
2. an activation block of flex/visualisation drills, sized to what the budget leaves;
3. growth: sets, then new movement patterns, for the least-served target until each has its
   share of sets (R10 counting) or the time runs out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from mmc.errors import MmcError
from mmc.model.common import Level
from mmc.model.cue import Cue
from mmc.model.drill import Drill
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.prescription import Load, Prescription, RepRange
from mmc.model.session import Goal, RuleNote, Session, SessionDrill, SessionItem
from mmc.model.tempo import EXPLOSIVE, REP_SECONDS_WARN, Tempo
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
    ACCESSORY_REPS,
    ACTIVATION_MAX_MINUTES,
    ACTIVATION_SHARE,
    BIG_MOVERS,
    CARRY_EFFORT,
    CARRY_METRES,
    CHANGEOVER_SECONDS,
    GOAL_RULES,
    HEAVY_PATTERNS,
    HOLD_EFFORT,
    HOLD_SECONDS,
    HOME_ROUTINE,
    HYPERTROPHY_WARMUP_SETS,
    LOADABLE,
    MAX_EXERCISES,
    NEGATIVE_EFFORT,
    PRIMARY_SET_CREDIT,
    RAMP_SETS_LATER,
    SECONDARY_SET_CREDIT,
    SESSION_SETS_PER_TARGET,
    SHORT_REST_PATTERNS,
    SHORT_REST_SECONDS,
    SUPERSET_TRANSIT_SECONDS,
    UNLOADED_REST_SECONDS,
    WARMUP_SETS,
    GoalRules,
    changeover_seconds,
    percent_for,
)
from mmc.plan.timing import Station, pair_rest, pairs_in_order, station_seconds

__all__ = ["GOAL_TITLES", "Pools", "plan_session", "plan_session_with", "select_cues", "set_credit"]

GOAL_TITLES: dict[Goal, str] = {
    "mmc-hypertrophy": "Mind-muscle hypertrophy",
    "strength": "Strength",
    "technique": "Technique practice",
}
#: The coaching idea's slow lowering (3-5 s, inside R7's band): an exercise's own tempo is
#: kept for mind-muscle work only if its eccentric lasts at least this long.
_MIN_ECCENTRIC_SECONDS = 3


def set_credit(exercise: Exercise, family: Iterable[str]) -> float:
    """What one set of ``exercise`` counts for a muscle (given as its family of ids), per R10.

    1 when the muscle or one of its heads is a primary mover, 0.5 when only a secondary one.
    """
    ids = set(family)
    if ids.intersection(exercise.primary):
        return PRIMARY_SET_CREDIT
    if ids.intersection(exercise.secondary):
        return SECONDARY_SET_CREDIT
    return 0.0


def rest_for(exercise: Exercise, rules: GoalRules) -> int:
    """Rest between sets (R14): the goal's compound or isolation rest, and a minute for
    low-load trunk, shoulder-girdle and small-joint work (a dead bug is not a squat).
    """
    if exercise.pattern in SHORT_REST_PATTERNS:
        return min(SHORT_REST_SECONDS, rules.rest_isolation)
    if (rules.goal != "strength" and not LOADABLE.intersection(exercise.equipment)
            and not is_hard_pull(exercise)):
        # Band and bodyweight sets are far lighter on the whole body than a loaded lift.
        return min(UNLOADED_REST_SECONDS if exercise.mechanic == "compound"
                   else SHORT_REST_SECONDS, rules.rest_compound)
    return rules.rest_compound if exercise.mechanic == "compound" else rules.rest_isolation


#: Convention: the big lifts a session is built on, by pattern.
_MAIN_PATTERNS = frozenset({"squat", "hinge", "horizontal-push", "vertical-push"})
_ARM_MUSCLES = ("triceps", "biceps", "brachialis", "brachioradialis", "forearm")


def main_lift_rank(exercise: Exercise) -> int:
    """How much an exercise is a session's main lift, for putting it first (convention):
    2 for a barbell squat, hinge or press for a big muscle, 1 for a loaded (machine,
    dumbbell, kettlebell) one, 0 otherwise. A close-grip bench press (for the triceps) is
    not a main lift, so it never comes before the bench press."""
    if exercise.mechanic != "compound" or exercise.pattern not in _MAIN_PATTERNS:
        return 0
    if any(m.startswith(_ARM_MUSCLES) for m in exercise.primary):
        return 0
    if "barbell" in exercise.equipment:
        return 2
    if LOADABLE.intersection(exercise.equipment) and "bodyweight" not in exercise.equipment:
        return 1
    return 0


def is_accessory(exercise: Exercise, rules: GoalRules) -> bool:
    """In a strength plan, isolation, trunk and small-joint work, bodyweight or band lifts,
    one-side lifts (a split squat, a one-arm pulldown) and compounds outside the big
    squat, hinge, press and pull patterns (a hip thrust): no 4-6RM there (see ACCESSORY_REPS,
    HEAVY_PATTERNS)."""
    return rules.goal == "strength" and (
        exercise.mechanic != "compound" or exercise.pattern in SHORT_REST_PATTERNS
        or not LOADABLE.intersection(exercise.equipment)
        or "bodyweight" in exercise.equipment
        or exercise.per_side or exercise.pattern not in HEAVY_PATTERNS
    )


#: Convention: hard bodyweight pulls (chin-ups, pull-ups) at reps most lifters can do with
#: 2 in reserve, and eccentric-only negatives (a lowering of 5 s or more) at 3-5.
HARD_PULL_REPS = RepRange(low=5, high=8)
NEGATIVE_REPS = RepRange(low=3, high=5)


def _bodyweight_only(exercise: Exercise) -> bool:
    return not LOADABLE.intersection(exercise.equipment) and "band" not in exercise.equipment


def is_hard_pull(exercise: Exercise) -> bool:
    """A chin-up, pull-up or its negative: a bodyweight vertical pull."""
    return exercise.pattern == "vertical-pull" and _bodyweight_only(exercise)


def is_negative(exercise: Exercise) -> bool:
    """An eccentric-only pull (a lowering of 5 s or more, then a step or jump back up)."""
    eccentric = exercise.tempo.eccentric
    return is_hard_pull(exercise) and isinstance(eccentric, int) and eccentric >= 5


def dose_for(exercise: Exercise, rules: GoalRules) -> RepRange:
    """What a set asks for: the goal's reps (8-12 for a strength plan's accessory work and
    its bodyweight lifts, which cannot be a 4-6RM), 5-8 for a chin-up or pull-up, 3-5 for an
    eccentric-only negative, seconds for a hold, or metres for a carry."""
    if exercise.measure == "seconds":
        return HOLD_SECONDS
    if exercise.measure == "metres":
        return CARRY_METRES
    if is_hard_pull(exercise):
        return NEGATIVE_REPS if is_negative(exercise) else HARD_PULL_REPS
    return ACCESSORY_REPS if is_accessory(exercise, rules) else rules.reps


def load_for_goal(exercise: Exercise, rules: GoalRules) -> Load:
    """%1RM and RIR for a loadable compound lift (R15); RIR alone for isolation lifts,
    bodyweight, bands, trunk and small-joint work, whose 1RM nobody tests (R13); an effort in
    words for a hold, a carry or an eccentric-only negative (convention)."""
    if exercise.measure == "seconds":
        return Load(effort=HOLD_EFFORT)
    if exercise.measure == "metres":
        return Load(effort=CARRY_EFFORT)
    if is_negative(exercise):
        return Load(effort=NEGATIVE_EFFORT)
    if LOADABLE.intersection(exercise.equipment) and (
        "bodyweight" not in exercise.equipment
    ) and exercise.pattern not in SHORT_REST_PATTERNS and exercise.mechanic == "compound":
        if is_accessory(exercise, rules):
            return Load(percent_1rm=percent_for(ACCESSORY_REPS, rules.rir), rir=rules.rir)
        return Load(percent_1rm=rules.percent_1rm, rir=rules.rir)
    return Load(rir=rules.rir)


def tempo_for(exercise: Exercise, rules: GoalRules) -> tuple[Tempo, RuleNote]:
    own = exercise.tempo
    if is_negative(exercise):
        lowering = own.model_copy(update={"concentric": 0, "pause_after_concentric": 0})
        return lowering, RuleNote(
            rule="R7",
            decision=f"tempo {lowering}: the lowering only",
            reason="an eccentric-only rep: lower under control, then step or jump back to the "
            "top (no lifting phase to time)",
            exercise=exercise.id,
        )
    controlled = (
        own.concentric != EXPLOSIVE
        and own.eccentric != EXPLOSIVE
        and own.eccentric >= _MIN_ECCENTRIC_SECONDS
        and own.rep_seconds <= REP_SECONDS_WARN
    )
    if (rules.keep_exercise_tempo or is_accessory(exercise, rules)) and controlled:
        return own, RuleNote(
            rule="R7",
            decision=f"tempo {own} ({own.rep_seconds:g} s a rep), the exercise's own",
            reason="a slow eccentric, inside the 0.5-8 s band; no explosive concentric (R2)",
            exercise=exercise.id,
        )
    tempo = rules.tempo.model_copy(update={"starts_with": exercise.starts_with})
    if tempo.is_explosive:
        note = RuleNote(
            rule="R6",
            decision=f"tempo {tempo}: explosive concentric",
            reason="X = as fast as good technique allows; cues stay external (R2, R3)",
            exercise=exercise.id,
        )
    else:
        note = RuleNote(
            rule="R7",
            decision=f"tempo {tempo} ({tempo.rep_seconds:g} s a rep)",
            reason="controlled, inside the 0.5-8 s band that grows muscle alike",
            exercise=exercise.id,
        )
    return tempo, note


def select_cues(
    exercise: Exercise,
    *,
    goal: Goal,
    tempo: Tempo,
    targets: Iterable[str] = (),
) -> list[Cue]:
    """The cues to show for an exercise under a goal, in the order a rep meets them.

    The goal decides the focus (muscle and body cues for MMC work, R1; environment and body
    cues for strength, R3); an explosive concentric never gets a muscle cue (R2). One cue per phase of the goal comes
    first, preferring cues that point at a target muscle; spare room takes the rest.
    """
    rules = GOAL_RULES[goal]
    wanted = set(targets)
    order = {phase: i for i, phase in enumerate(rules.cue_phases)}
    # Indices into exercise.cues, best first: a cue for a target muscle, then content order.
    pool = sorted(
        (
            i
            for i, cue in enumerate(exercise.cues)
            if cue.focus in rules.focus
            and not (tempo.is_explosive and cue.focus == "muscle")
            and cue.phase in order
        ),
        key=lambda i: (exercise.cues[i].muscle not in wanted, i),
    )
    chosen: list[int] = []
    for phase in rules.cue_phases:
        first = next((i for i in pool if exercise.cues[i].phase == phase), None)
        if first is not None and len(chosen) < rules.max_cues:
            chosen.append(first)
    for i in pool:
        if len(chosen) >= rules.max_cues:
            break
        if i not in chosen:
            chosen.append(i)
    key = _key_body_cue(exercise) if "body" in rules.focus else None
    bodies = [i for i in chosen if exercise.cues[i].focus == "body"]
    loaded_trunk = exercise.pattern in ("squat", "hinge")
    if key is not None and key not in chosen and (not bodies or loaded_trunk):
        # Technique and safety: every exercise keeps a body cue, and a squat or hinge its
        # brace or flat-back cue, ahead of a second or third muscle cue (convention).
        if len(chosen) >= rules.max_cues:
            muscles = [i for i in chosen if exercise.cues[i].focus == "muscle"]
            others = [i for i in chosen if i not in muscles and i not in bodies]
            drop = (muscles[1:] or others or bodies or chosen)[-1]
            chosen.remove(drop)
        chosen.append(key)
    phases = {phase: i for i, phase in enumerate(_PHASE_ORDER)}
    chosen.sort(key=lambda i: (phases[exercise.cues[i].phase], i))
    return [exercise.cues[i] for i in chosen]


#: The order a rep meets the cue phases, for showing cues in order.
_PHASE_ORDER = ("setup", "breathing", "eccentric", "pause", "concentric", "peak")
_SAFETY_WORDS = re.compile(r"\b(brac\w*|flat|neutral)\b", re.IGNORECASE)


def _key_body_cue(exercise: Exercise) -> int | None:
    """The exercise's key technique cue: a brace or flat-back body cue first, then a set-up
    body cue, then its first body cue; None when it has no body cue."""
    body = [i for i, cue in enumerate(exercise.cues) if cue.focus == "body"]
    if not body:
        return None
    safe = [i for i in body if _SAFETY_WORDS.search(exercise.cues[i].text)]
    setup = [i for i in body if exercise.cues[i].phase == "setup"]
    return (safe or setup or body)[0]


#: Convention: what a target's first exercise should be when the kit allows it: the lats a
#: vertical pull (a pulldown or pull-up; the rows come for the mid-back), the calves a
#: straight-knee raise, which trains the gastrocnemius as well as the soleus, the side delt
#: a raise that isolates it (a lateral raise before an upright row).
_PREFERRED = {"latissimus-dorsi": "vertical-pull", "calves": "gastrocnemius",
              "deltoid-lateral": "isolation"}


def _is_preferred(target: str, exercise: Exercise) -> bool:
    preferred = _PREFERRED.get(target)
    return preferred is None or preferred in (exercise.pattern, exercise.mechanic) or (
        preferred in exercise.primary)


@dataclass(slots=True)
class _Pick:
    exercise: Exercise
    sets: int
    reason_target: str
    fresh_pattern: bool
    main: bool = False


@dataclass(frozen=True, slots=True)
class _Cost:
    set_seconds: float
    rest: int
    heavy: bool = False

    def seconds(self, sets: int) -> float:
        return (sets * self.set_seconds + (sets - 1) * self.rest
                + changeover_seconds(self.rest, self.heavy))


#: Equipment that holds or guides a load without being one; having it does not make an
#: exercise "use the kit" the lifter brought.
_SUPPORT = frozenset({"bodyweight", "bench", "other", "pull-up-bar"})


def fit_key(
    library: Library,
    exercise: Exercise,
    target: str,
    targets: Iterable[str],
    kit: frozenset[str],
    have: frozenset[str] = frozenset(),
    level: str | None = None,
    root: Mapping[str, str] | None = None,
) -> tuple[object, ...]:
    """How well ``exercise`` trains ``target``, as a sort key (smaller is better).

    In order: an exercise with its own coaching before an imported one; one that names the
    target itself as a primary mover (not only one of its heads); one whose other primary
    movers are muscles somebody asked for (a hip thrust for the glutes alone, a Romanian
    deadlift when the hamstrings are wanted too); one that trains more of the wanted
    muscles; one that uses the loadable equipment the lifter has (a bench press over a
    push-up when a barbell is there, so load can progress, R16); compound before isolation
    (R16: multi-joint lifts first); both sides at once before one side at a time (half the
    time per set); then, among equals, the fuller set-up the lifter has
    (a bench press over a floor press when there is a bench: ``have``) and the exercise
    closest to the lifter's ``level`` (a Romanian deadlift over a pull-through for an
    intermediate). Cues never count. ``root`` (muscle -> whole muscle) only saves lookups.
    """
    def up(muscle_id: str) -> str:
        found = root.get(muscle_id) if root is not None else None
        return found if found is not None else library.root(muscle_id)

    mine = up(target)
    wanted = {up(t) for t in targets} | {mine}
    roots = {up(m) for m in exercise.primary}
    if "bodyweight" in exercise.equipment or not kit.intersection(exercise.equipment):
        kit_rank = 2
    else:
        kit_rank = 0 if LOADABLE.intersection(exercise.equipment) else 1
    return (
        exercise.imported,
        target not in exercise.primary,
        len(roots - wanted),
        kit_rank if kit else 0,
        -len((roots & wanted) - {mine}),
        exercise.mechanic != "compound",
        exercise.per_side,
        -len(have.intersection(exercise.equipment) - {"bodyweight"}),
        abs(LEVELS[exercise.level] - LEVELS[level]) if level in LEVELS else 0,
        exercise.id,
    )


class Pools:
    """Exercises each target can use with one equipment set, level and goal, found once.

    :func:`plan_week` shares one across its days; a single :func:`plan_session` makes its own.
    Holds nothing but lookups over an immutable library, so sharing it changes no result.
    """

    def __init__(self, library: Library, have: set[str], level: Level, goal: Goal) -> None:
        self.library = library
        self.have = frozenset(have)
        self.kit = frozenset(self.have - _SUPPORT)
        self.level = level
        self.focus = GOAL_RULES[goal].focus
        self._pools: dict[str, tuple[list[Exercise], str | None]] = {}
        self.root = {m: library.root(m) for m in library.muscles}
        self._left: dict[tuple[str, str, frozenset[str]], list[RuleNote]] = {}
        self._fits: dict[tuple[str, str, frozenset[str], frozenset[str]], tuple[object, ...]] = {}

    def pool(self, target: str) -> tuple[list[Exercise], str | None]:
        """The usable exercises for ``target``, or an empty list and the reason why."""
        found = self._pools.get(target)
        if found is None:
            by_muscle = self.library.exercises_for(target, "primary")
            usable = [e for e in by_muscle if self.have.issuperset(e.equipment)]
            top = LEVELS[self.level]
            pool = [e for e in usable if LEVELS[e.level] <= top]
            if top > 0:
                # Past beginner, a bodyweight regression is not the default when the
                # exercise it leads to is at hand (a knee push-up when the push-up is there).
                ids = {e.id for e in pool}
                pool = [e for e in pool
                        if not ("bodyweight" in e.equipment
                                and any(h in ids and self.library.exercises[h].pattern
                                        == e.pattern for h in e.harder))] or pool
            why = None if pool else self._why_none(target, by_muscle, usable)
            found = self._pools[target] = (pool, why)
        return found

    def fit(
        self, exercise: Exercise, target: str, targets: frozenset[str], kit: frozenset[str]
    ) -> tuple[object, ...]:
        """:func:`fit_key` with this pool's equipment, level and muscle roots (cached)."""
        key = (exercise.id, target, targets, kit)
        found = self._fits.get(key)
        if found is None:
            found = self._fits[key] = fit_key(
                self.library, exercise, target, targets, kit, self.have, self.level, self.root
            )
        return found

    def left_out(
        self, target: str, chosen: Exercise, targets: frozenset[str]
    ) -> list[RuleNote]:
        """Why-not notes: the best exercise for ``target`` that the level or the equipment
        leaves out, when it would have been chosen over ``chosen``.
        """
        key = (target, chosen.id, targets)
        found = self._left.get(key)
        if found is None:
            found = self._left[key] = self._left_out(target, chosen, targets)
        return found

    def _left_out(
        self, target: str, chosen: Exercise, targets: frozenset[str]
    ) -> list[RuleNote]:
        notes = []
        mine = self.fit(chosen, target, targets, self.kit)
        top = LEVELS[self.level]
        every = self.library.exercises_for(target, "primary")
        above = [
            e for e in every if self.have.issuperset(e.equipment) and LEVELS[e.level] > top
        ]
        name = self.library.muscles[target].name
        kit = self.kit | (frozenset(e for x in every for e in x.equipment) - _SUPPORT)
        best = min(
            above, key=lambda e: self.fit(e, target, targets, self.kit), default=None
        )
        if best is not None and self.fit(best, target, targets, self.kit) < mine:
            notes.append(
                RuleNote(
                    rule="convention",
                    decision=f"{best.name} left out for {name}",
                    reason=f"it is marked {best.level}, above the {self.level} level asked "
                    f"for; pass level='{best.level}' to allow it",
                    exercise=best.id,
                )
            )
        missing = [e for e in every if not self.have.issuperset(e.equipment)
                   and LEVELS[e.level] <= top]
        best = min(
            missing, key=lambda e: self.fit(e, target, targets, kit), default=None
        )
        if best is not None and self.fit(best, target, targets, kit) < self.fit(
            chosen, target, targets, kit
        ):
            needs = sorted(set(best.equipment) - self.have)
            notes.append(
                RuleNote(
                    rule="convention",
                    decision=f"{best.name} not possible for {name}",
                    reason=f"it needs {', '.join(needs)}, not in the equipment given",
                    exercise=best.id,
                )
            )
        return notes

    def _why_none(
        self, target: str, by_muscle: Sequence[Exercise], usable: Sequence[Exercise]
    ) -> str:
        name = self.library.muscles[target].name
        if not by_muscle:
            return f"the library has no exercise with {name} ({target}) as a primary muscle"
        if not usable:
            needs = sorted({item for e in by_muscle for item in e.equipment} - self.have)
            return (
                f"no exercise for {name} ({target}) can be done with the equipment given; "
                f"exercises for it need some of: {', '.join(needs)}"
            )
        return f"every exercise for {name} ({target}) is above the {self.level} level"


class _Planner:
    """The state of one planning run (never shared between calls)."""

    def __init__(
        self,
        library: Library,
        targets: list[str],
        pools: Pools,
        goal: Goal,
        demand: Mapping[str, float],
        max_exercises: int,
        avoid: frozenset[str] = frozenset(),
        week_patterns: Mapping[str, Mapping[str, int]] | None = None,
    ) -> None:
        self.library = library
        self.avoid = avoid
        self.week_patterns = week_patterns or {}
        self.wanted = frozenset(targets)
        self.targets = targets
        self.rules = GOAL_RULES[goal]
        self.goal = goal
        self.demand = demand
        self.max_exercises = max_exercises
        self.shared = pools
        self.family = {t: frozenset(library.family(t)) for t in targets}
        self.everyone = frozenset().union(*self.family.values())
        self.pools: dict[str, list[Exercise]] = {}
        self.blocked: dict[str, str] = {}
        for t in targets:
            self.pools[t], why = pools.pool(t)
            if why is not None:
                self.blocked[t] = why
        self.picks: list[_Pick] = []
        self.full_body = False
        self.deferred: set[str] = set()
        self.credit = dict.fromkeys(targets, 0.0)
        self.tempos: dict[str, tuple[Tempo, RuleNote]] = {}
        self.costs: dict[str, _Cost] = {}
        self.ranked: dict[str, list[Exercise]] = {}

    def station(self, index: int) -> Station:
        """One pick's timing (without warm-up sets)."""
        cost = self.cost(self.picks[index].exercise)
        return Station(self.picks[index].sets, cost.set_seconds, cost.rest)

    def cost(self, exercise: Exercise) -> _Cost:
        cost = self.costs.get(exercise.id)
        if cost is None:
            tempo, note = tempo_for(exercise, self.rules)
            self.tempos[exercise.id] = (tempo, note)
            rx = Prescription(
                sets=1,
                reps=dose_for(exercise, self.rules),
                load=Load(rir=self.rules.rir),
                tempo=tempo,
                rest_seconds=rest_for(exercise, self.rules),
                measure=exercise.measure,
                per_side=exercise.per_side,
            )
            cost = _Cost(rx.set_seconds(), rx.rest_seconds, self.goal == "strength")
            self.costs[exercise.id] = cost
        return cost

    def order(self) -> list[int]:
        """The picks' indices in session order: compound lifts first, the main lifts
        (squat, hinge, press) first among them, trunk and small-joint work last (R16)."""
        return sorted(
            range(len(self.picks)),
            key=lambda i: (
                self.picks[i].exercise.pattern in SHORT_REST_PATTERNS,
                self.picks[i].exercise.mechanic != "compound",
                -main_lift_rank(self.picks[i].exercise),
                i,
            ),
        )

    def warmups(self, order: Sequence[int]) -> dict[int, int]:
        """Ramp sets by pick index (conventions): in a strength session, the first heavy
        lift of each pattern (a loaded squat, hinge or press, or a heavy barbell row):
        WARMUP_SETS for the session's first, RAMP_SETS_LATER after;
        in a mind-muscle session, one set before the first barbell lift."""
        found: dict[int, int] = {}
        if self.goal == "strength":
            patterns: set[str] = set()
            for i in order:
                exercise = self.picks[i].exercise
                heavy = not is_accessory(exercise, self.rules) and (
                    main_lift_rank(exercise) > 0 or "barbell" in exercise.equipment)
                if heavy and exercise.pattern not in patterns:
                    found[i] = RAMP_SETS_LATER if patterns else WARMUP_SETS
                    patterns.add(exercise.pattern)
        elif self.goal == "mmc-hypertrophy":
            first = next((i for i in order if main_lift_rank(self.picks[i].exercise) == 2), None)
            if first is not None:
                found[first] = HYPERTROPHY_WARMUP_SETS
        return found

    def pairs(self, order: Sequence[int]) -> list[tuple[int, int]]:
        """Supersets, as positions in ``order`` (see :mod:`mmc.plan.timing`)."""
        return pairs_in_order(self.library, [self.picks[i].exercise for i in order], self.goal)

    def used_seconds(self) -> float:
        order = self.order()
        warm = self.warmups(order)
        stations = []
        for i in order:
            cost = self.cost(self.picks[i].exercise)
            stations.append(Station(self.picks[i].sets, cost.set_seconds, cost.rest,
                                    warm.get(i, 0)))
        return station_seconds(stations, heavy=self.goal == "strength", pairs=self.pairs(order))

    def _add_sets(self, exercise: Exercise, sets: int) -> None:
        for t in self.targets:
            self.credit[t] += sets * set_credit(exercise, self.family[t])

    def _rank(self, target: str, exercise: Exercise) -> tuple[object, ...]:
        # One that names the target itself and uses the loadable kit at hand; then variety:
        # not an exercise of the day before (no identical consecutive days), a pattern this
        # target has had least this week; then the rest of the fit (see fit_key).
        seen = self.week_patterns.get(target, {})
        if self.full_body and target in BIG_MOVERS and exercise.mechanic == "compound":
            seen = {}  # full-body days repeat the big lifts (convention)
        fit = self.shared.fit(exercise, target, self.wanted, self.shared.kit)
        return (
            exercise.imported,
            target not in exercise.primary,
            not _is_preferred(target, exercise),
            fit[3],  # loadable kit first: a squat twice a week beats a bodyweight stand-in
            # Both sides at once: a one-arm or one-leg set takes twice the time (R10 volume
            # per minute), so it is the second choice (convention).
            exercise.per_side,
            exercise.id in self.avoid,
            seen.get(exercise.pattern, 0),
            *fit,
        )

    def best_new(
        self, target: str, *, fresh_only: bool, good_only: bool = False
    ) -> Exercise | None:
        """The best exercise for ``target`` not chosen yet, preferring a fresh pattern.

        ``good_only`` (when adding volume) skips trunk or small-joint work whose other
        primary movers nobody asked for (no bird dog for glute volume).
        """
        ranked = self.ranked.get(target)
        if ranked is None:
            ranked = sorted(self.pools[target], key=lambda e: self._rank(target, e))
            self.ranked[target] = ranked
        chosen = {p.exercise.id for p in self.picks}
        patterns = {p.exercise.pattern for p in self.picks}
        # A repeat of a pattern is never an easier variation of a chosen exercise (no knee
        # push-ups after the bench press).
        easier = {e for p in self.picks for e in p.exercise.easier}
        bodyweight = {p.exercise.pattern for p in self.picks if "bodyweight" in p.exercise.equipment}
        for candidate in ranked:
            if any(c in candidate.harder for c in chosen):
                easier.add(candidate.id)
            if "bodyweight" in candidate.equipment and candidate.pattern in bodyweight:
                easier.add(candidate.id)  # one bodyweight variation of a pattern is enough
        repeat: Exercise | None = None
        # The last resort when a target must be covered (fresh_only=False) and every
        # candidate left is an easier variation of a pick (a push-up after a diamond
        # push-up with bodyweight only): better a near-repeat than no exercise.
        fallback: Exercise | None = None
        for exercise in ranked:
            if exercise.id in chosen:
                continue
            if fallback is None:
                fallback = exercise
            if good_only:
                fit = self.shared.fit(exercise, target, self.wanted, self.shared.kit)
                if fit[2] and exercise.pattern in SHORT_REST_PATTERNS:
                    continue
            if exercise.pattern not in patterns:
                return exercise
            if repeat is None and exercise.id not in easier:
                repeat = exercise
        return None if fresh_only else repeat or fallback

    def first_pass(self, main: Sequence[Exercise] = ()) -> None:
        """The ``main`` lifts, then one exercise per target at the fewest sets; targets
        already covered are skipped."""
        for lift in main:
            reason = next((t for t in self.targets
                           if self.family[t].intersection(lift.primary)), lift.primary[0])
            self.picks.append(_Pick(lift, self.rules.min_sets, reason, True, main=True))
            self._add_sets(lift, self.rules.min_sets)
        for t in self.targets:
            if t in self.blocked:
                raise MmcError(
                    self.blocked[t],
                    field="targets",
                    fix="add equipment, lower the bar on level, or drop this target",
                )
            if any(self.family[t].intersection(p.exercise.primary) for p in self.picks):
                continue
            if t not in BIG_MOVERS and self.week_patterns.get(t) and any(
                    self.family[t].intersection(p.exercise.secondary) for p in self.picks):
                # Convention: a smaller muscle that had its own exercise earlier in the week
                # and that a chosen lift already works (the triceps in a press) waits for
                # its own exercise until the big movers have their sets.
                self.deferred.add(t)
                continue
            patterns: set[str] = {p.exercise.pattern for p in self.picks}
            exercise = self.best_new(t, fresh_only=False)
            assert exercise is not None  # the pool is not empty
            self.picks.append(
                _Pick(exercise, self.rules.min_sets, t, exercise.pattern not in patterns)
            )
            self._add_sets(exercise, self.rules.min_sets)

    def _more_sets(self, mine: Sequence[_Pick], limit: int, budget: float) -> bool:
        for pick in mine:
            if pick.sets >= limit:
                continue
            pick.sets += 1
            if self.used_seconds() <= budget:  # the whole session, supersets included
                self._add_sets(pick.exercise, 1)
                return True
            pick.sets -= 1
        return False

    def _new_exercise(self, target: str, budget: float, *, fresh_only: bool) -> bool:
        if len(self.picks) >= self.max_exercises:
            return False
        exercise = self.best_new(target, fresh_only=fresh_only, good_only=True)
        if exercise is None:
            return False
        sets = self.rules.min_sets
        fresh = exercise.pattern not in {p.exercise.pattern for p in self.picks}
        self.picks.append(_Pick(exercise, sets, target, fresh))
        if self.used_seconds() > budget:
            self.picks.pop()
            return False
        self._add_sets(exercise, sets)
        return True

    def grow_once(self, target: str, room: float) -> bool:
        """Add one step of volume for ``target`` if the session stays within ``room``
        seconds (the whole budget).

        In order: a set on one of its exercises up to the goal's usual sets; a new movement
        pattern; sets up to the goal's most; and last, a second exercise of a pattern already
        used. That last step is not a needless repeat: every other way is used up. A
        technique session adds sets up to the goal's most before it adds a lift.
        """
        rules = self.rules
        mine = [p for p in self.picks if self.family[target].intersection(p.exercise.primary)]
        if rules.goal == "technique":
            # Practice: more sets of the lifts being learnt before another lift.
            return (
                self._more_sets(mine, rules.max_sets, room)
                or self._new_exercise(target, room, fresh_only=True)
                or self._new_exercise(target, room, fresh_only=False)
            )
        return (
            self._more_sets(mine, rules.default_sets, room)
            or self._new_exercise(target, room, fresh_only=True)
            or self._more_sets(mine, rules.max_sets, room)
            or self._new_exercise(target, room, fresh_only=False)
        )

    def _ahead(self) -> str | None:
        """``push`` or ``pull``, whichever has more sets so far (convention: grow the other
        first, so a session pushes and pulls about equally), or None."""
        sets = {"push": 0, "pull": 0}
        for pick in self.picks:
            way = direction(self.library, pick.exercise.id)
            if way is not None:
                sets[way] += pick.sets
        if sets["push"] == sets["pull"]:
            return None
        return "push" if sets["push"] > sets["pull"] else "pull"

    def grow(self, budget: float) -> None:
        saturated: set[str] = set()
        order = {t: i for i, t in enumerate(self.targets)}
        while True:
            room = budget
            hungry = [
                t
                for t in self.targets
                if t not in saturated and self.credit[t] < self.demand.get(t, 0.0)
            ]
            if not hungry:
                return
            ahead = self._ahead()
            hungry.sort(
                key=lambda t: (
                    # The big movers' sets first (convention): a squat's third set before a
                    # second row for the mid-back.
                    bool(self.deferred) and not (
                        t in BIG_MOVERS and self.credit[t] < self.rules.default_sets),
                    region_of(self.library, t) == ahead,
                    self.credit[t] / self.demand[t],
                    order[t],
                )
            )
            target = hungry[0]
            if not self.grow_once(target, room):
                saturated.add(target)


def _choose_drills(
    library: Library, targets: Sequence[str], family: Mapping[str, frozenset[str]], budget: float
) -> list[tuple[Drill, float]]:
    """Flex/visualisation drills covering the most targets that fit ``budget`` minutes whole.

    A drill is done as written or not at all: shrinking a 4-minute drill to 1.5 minutes
    leaves a drill nobody wrote.
    """
    wanted = frozenset().union(*family.values())
    candidates = [
        d
        for d in library.drills.values()
        if d.kind in ("flex", "visualisation") and wanted.intersection(d.targets)
    ]
    chosen: list[Drill] = []
    uncovered = list(targets)
    left = budget
    while uncovered and candidates:
        gains = {
            d.id: sum(1 for t in uncovered if family[t].intersection(d.targets)) for d in candidates
        }
        fits = [d for d in candidates if d.minutes <= left and gains[d.id] > 0]
        if not fits:
            break
        best = min(fits, key=lambda d: (-gains[d.id], d.kind != "flex", d.minutes, d.id))
        chosen.append(best)
        candidates.remove(best)
        left -= best.minutes
        uncovered = [t for t in uncovered if not family[t].intersection(best.targets)]
    return [(d, d.minutes) for d in chosen]


def _reach(library: Library, targets: Sequence[str]) -> dict[str, frozenset[str]]:
    """Each target with its heads and the muscles it is a head of: a drill for the deltoid
    teaches its lateral head too, and a drill for a head teaches part of its muscle.
    """
    reach = {}
    for t in targets:
        ids = set(library.family(t))
        parent = library.muscles[t].parent
        while parent is not None and parent not in ids:
            ids.add(parent)
            parent = library.muscles[parent].parent if parent in library.muscles else None
        reach[t] = frozenset(ids)
    return reach


def _names(library: Library, ids: Iterable[str]) -> str:
    return ", ".join(library.muscles[i].name if i in library.muscles else i for i in ids)


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
    if isinstance(max_exercises, bool) or not isinstance(max_exercises, int) or not (
        1 <= max_exercises <= 20
    ):
        raise MmcError(
            f"max_exercises must be 1-20, not {max_exercises}", field="max_exercises", fix="use 8"
        )
    demand = {t: SESSION_SETS_PER_TARGET for t in ids}
    if sets_per_target is not None:
        asked = _sets_asked(library, sets_per_target)
        demand = {t: asked.get(t, 0.0) for t in ids}
    rules = GOAL_RULES[goal_]
    budget = minutes * 60.0
    if pools is None:
        pools = Pools(library, {*kit, "bodyweight"}, level_, goal_)
    planner = _Planner(
        library, ids, pools, goal_, demand, max_exercises, avoid=avoid, week_patterns=week_patterns
    )
    planner.full_body = full_body
    planner.first_pass([library.exercises[m] for m in main if m in library.exercises])
    floor = planner.used_seconds()
    if floor > budget:
        need = math.ceil(floor / 60)
        raise MmcError(
            f"a {GOAL_TITLES[goal_].lower()} session for {_names(library, ids)} needs at least "
            f"{need} minutes "
            f"(one exercise per target at {rules.min_sets} set(s)"
            + (", with warm-up sets" if goal_ == "strength" else "")
            + f"); the budget is {minutes}",
            field="minutes",
            fix=f"give {need} minutes or more, or fewer targets",
        )
    notes: list[RuleNote] = [RuleNote(rule=r, decision=d, reason=why) for r, d, why in rules.notes]

    drills: list[SessionDrill] = []
    if activation and goal_ == "strength":
        notes.append(
            RuleNote(
                rule="R3",
                decision="no flex-and-hold or visualisation drills",
                reason="they point attention at the muscle (an internal focus); before heavy "
                "lifts a general warm-up and ramp sets come instead",
            )
        )
    elif activation:
        share = min(ACTIVATION_MAX_MINUTES, ACTIVATION_SHARE * minutes, (budget - floor) / 60)
        for drill, drill_minutes in _choose_drills(library, ids, _reach(library, ids), share):
            drills.append(SessionDrill(drill=drill.id, name=drill.name, minutes=drill_minutes))
            covered = [t for t in drill.targets if t in library.muscles]
            notes.append(
                RuleNote(
                    rule="convention",
                    decision=f"activation: {drill.name} for {drill_minutes:g} min",
                    reason=f"flex practice before loading {_names(library, covered)} "
                    "(the coaching idea; no trial behind it; cues for novices per R5)",
                )
            )
        if HOME_ROUTINE in library.drills:
            routine = library.drills[HOME_ROUTINE]
            notes.append(
                RuleNote(
                    rule="convention",
                    decision=f"{routine.name} at home, on its own",
                    reason=f"in-session drills are capped at {ACTIVATION_MAX_MINUTES:g} min "
                    f"(or a tenth of the session); the {routine.minutes:g}-minute routine is a "
                    "separate session, before training or on a rest day",
                )
            )
        if not drills:
            notes.append(
                RuleNote(
                    rule="convention",
                    decision="no activation drills",
                    reason="no flex or visualisation drill fits the targets and the budget",
                )
            )
    drill_seconds = 60.0 * sum(d.minutes for d in drills)
    planner.grow(budget - drill_seconds)

    order = planner.order()
    warm = planner.warmups(order)
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
    items: list[SessionItem] = []
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
        notes.extend(_item_notes(library, exercise, pick, prescription, cues, rules, tempo_note))
        for note in pools.left_out(pick.reason_target, exercise, frozenset(ids)):
            if note not in notes:
                notes.append(note)

    notes.append(
        RuleNote(
            rule="R10",
            decision="hard sets this session: "
            + ", ".join(f"{library.muscles[t].name} {planner.credit[t]:g}" for t in ids),
            reason="a set counts 1 for a primary muscle and 0.5 for a secondary one",
        )
    )
    total = drill_seconds + planner.used_seconds()
    notes.append(
        RuleNote(
            rule="convention",
            decision=f"duration {total / 60:.1f} of {minutes} min",
            reason="drills + warm-up sets + sets x reps x tempo + rest + "
            f"{CHANGEOVER_SECONDS} s from each exercise (or superset) to the next (in a "
            "strength session its full rest, at least that)",
        )
    )
    label = GOAL_TITLES[goal_]
    return Session(
        title=title or f"{label}: {_names(library, ids)}",
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


def _item_notes(
    library: Library,
    exercise: Exercise,
    pick: _Pick,
    prescription: Prescription,
    cues: Sequence[Cue],
    rules: GoalRules,
    tempo_note: RuleNote,
) -> list[RuleNote]:
    target = library.muscles[pick.reason_target].name
    if pick.main:
        return [RuleNote(
            rule="convention",
            decision=f"{exercise.name}: a main lift of the week",
            reason="a strength week is built on the squat, bench press, deadlift and overhead "
            "press, each day's in turn; a main lift comes first, after its ramp sets",
            exercise=exercise.id,
        ), *_dose_notes(library, exercise, prescription, cues, rules, tempo_note)]
    fresh = (
        "a movement pattern not used yet"
        if pick.fresh_pattern
        else "repeats a pattern: no exercise with a new pattern is left for it"
    )
    notes = [
        RuleNote(
            rule="convention",
            decision=f"{exercise.name} ({exercise.pattern}, {exercise.mechanic})",
            reason=f"the best fit for {target} (a primary mover; compound before isolation, "
            f"R16); {fresh}",
            exercise=exercise.id,
        )
    ]
    return notes + _dose_notes(library, exercise, prescription, cues, rules, tempo_note)


def _dose_notes(
    library: Library,
    exercise: Exercise,
    prescription: Prescription,
    cues: Sequence[Cue],
    rules: GoalRules,
    tempo_note: RuleNote,
) -> list[RuleNote]:
    """The notes on an item's load, tempo, rest, cues and time under tension."""
    notes: list[RuleNote] = []
    load = prescription.load
    if load.effort is not None:
        rule, why = "convention", (
            f"a {'hold' if prescription.measure == 'seconds' else 'carry'} is dosed by "
            f"{prescription.measure} with an effort in words: reps in reserve mean nothing "
            "without reps")
    elif load.percent_1rm is None and exercise.pattern in SHORT_REST_PATTERNS and (
            LOADABLE.intersection(exercise.equipment)):
        rule, why = "R13", ("trunk or small-joint work: nobody tests its 1RM, so reps in "
                            "reserve set the effort")
    elif load.percent_1rm is None:
        rule, why = "R13", "bodyweight or band: no %1RM to set, so reps in reserve set the effort"
        if rules.goal == "strength":
            why += "; use a harder variation if 6 reps come too easily"
        easier = [library.exercises[e].name for e in exercise.easier if e in library.exercises]
        if easier:
            why += f"; if the bottom of the range is out of reach, do {easier[0]} instead"
    elif rules.goal == "mmc-hypertrophy":
        rule, why = "R1", ("<= 60% 1RM keeps the muscle cue effective (R11: light loads grew "
                           "muscle like heavy ones in trials taken to failure; stopping with "
                           "reps in reserve is an extrapolation)")
    elif rules.goal == "strength":
        rule, why = "R15", "the %1RM that leaves the reps in reserve; heavy loads build 1RM (R11)"
    else:
        rule, why = "R13", "light and far from failure: the pattern, not the load, is trained"
    notes.append(
        RuleNote(
            rule=rule,
            decision=f"{prescription.sets} x {prescription.dose()} at {load}",
            reason=why,
            exercise=exercise.id,
        )
    )
    notes.append(tempo_note)
    if exercise.pattern in SHORT_REST_PATTERNS:
        rest_rule, rest_why = "R14", "low-load trunk or small-joint work: the 1-minute end"
    elif rules.goal == "technique":
        rest_rule, rest_why = "convention", "light sets far from failure need little recovery"
    elif prescription.rest_seconds >= 180:
        rest_rule, rest_why = "R14", "3 min beat 1 min for strength and size"
    elif exercise.mechanic == "compound":
        rest_rule, rest_why = "R14", (
            "R14 says about 3 min on compound lifts; this shorter rest is a convention to fit "
            "the session, and growth held where the total load lifted was kept (Longo 2022), "
            "so keep the sets and loads")
    else:
        rest_rule, rest_why = "R14", "1-2 min on isolation lifts (the exact time is a convention)"
    notes.append(
        RuleNote(
            rule=rest_rule,
            decision=f"rest {prescription.rest_seconds} s",
            reason=f"{exercise.mechanic} lift: {rest_why}",
            exercise=exercise.id,
        )
    )
    if cues:
        focus = sorted({c.focus for c in cues})
        rule = "R1" if "muscle" in focus else ("R3" if "environment" in focus else "R5")
        reason = {
            "R3": "attention on the load or the floor gives more force (R2: no muscle cue)",
            "R1": "attention on the muscle raises its activity at this load",
            "R5": "setup and phase cues; attention cues help at every training age",
        }[rule]
        notes.append(
            RuleNote(
                rule=rule,
                decision=f"{len(cues)} {'/'.join(focus)} cue(s) for "
                + ", ".join(sorted({c.phase for c in cues})),
                reason=reason,
                exercise=exercise.id,
            )
        )
    else:
        rule = "R3" if "muscle" not in rules.focus else "R1"
        kind = "" if len(rules.focus) == 3 else f"{'/'.join(rules.focus)} "
        notes.append(
            RuleNote(
                rule=rule,
                decision="no cues shown",
                reason=f"the exercise has no {kind}cues for this goal's phases",
                exercise=exercise.id,
            )
        )
    tut = prescription.set_seconds()
    notes.append(
        RuleNote(
            rule="R8",
            decision=f"about {tut:g} s under tension a set",
            reason="shown for information; TUT targets are lore",
            exercise=exercise.id,
        )
    )
    return notes
