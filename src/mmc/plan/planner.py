"""The state of one session's planning run: the picks, their sets and time, and how the
session grows (see :mod:`mmc.plan.session`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from mmc.errors import MmcError
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.prescription import Load, Prescription
from mmc.model.session import Goal, RuleNote
from mmc.model.tempo import Tempo
from mmc.plan.fit import Pools, is_preferred
from mmc.plan.goal_rules import GOAL_RULES
from mmc.plan.picks import Cost, Pick, warmup_sets
from mmc.plan.prescribe import (
    LOWER_BACK_LIFTS,
    dose_for,
    heavy_axial,
    loads_lower_back,
    main_lift_rank,
    rest_for,
    set_credit,
    tempo_for,
)
from mmc.plan.regions import direction, region_of
from mmc.plan.rules import (
    BIG_MOVERS,
    COMPOUND_FIRST,
    SHORT_REST_PATTERNS,
    SMALL_MUSCLE_SESSION_SETS,
)
from mmc.plan.support import needless_back_row, support_rows
from mmc.plan.timing import Station, pairs_in_order, station_seconds


class Planner:
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
        self.picks: list[Pick] = []
        self.full_body = False
        self.deferred: set[str] = set()
        self.credit = dict.fromkeys(targets, 0.0)
        self.tempos: dict[str, tuple[Tempo, RuleNote]] = {}
        self.costs: dict[str, Cost] = {}
        self.ranked: dict[str, list[Exercise]] = {}
        self.supported: list[tuple[Exercise, Exercise]] = []  # rows swapped (support_rows)

    def station(self, index: int) -> Station:
        """One pick's timing (without warm-up sets)."""
        cost = self.cost(self.picks[index].exercise)
        return Station(self.picks[index].sets, cost.set_seconds, cost.rest)

    def cost(self, exercise: Exercise) -> Cost:
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
            cost = Cost(rx.set_seconds(), rx.rest_seconds, self.goal == "strength")
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
        """Ramp sets by pick index (see :func:`mmc.plan.picks.warmup_sets`)."""
        return warmup_sets([self.picks[i].exercise for i in order], order, self.goal, self.rules)

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

    def add_sets(self, exercise: Exercise, sets: int) -> None:
        for t in self.targets:
            self.credit[t] += sets * set_credit(exercise, self.family[t])

    def rank(self, target: str, exercise: Exercise) -> tuple[object, ...]:
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
            not is_preferred(target, exercise),
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
            ranked = sorted(self.pools[target], key=lambda e: self.rank(target, e))
            self.ranked[target] = ranked
        if self.goal != "strength" and target in COMPOUND_FIRST and not any(
                self.family[target].intersection(p.exercise.primary)
                and p.exercise.mechanic == "compound" for p in self.picks):
            # A big mover's first lift of the day is a compound (a press before a fly).
            ranked = sorted(ranked, key=lambda e: e.mechanic != "compound")
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
        # A strength plan takes a loaded lift over a fresh pattern done with bodyweight (a
        # close-grip bench press before a bench dip for the triceps: load can progress).
        # (Not when the loaded ones are not what the target starts on: a chin-up for the
        # lats before a barbell row.)
        loaded = self.goal == "strength" and any(
            e.id not in chosen and is_preferred(target, e)
            and self.shared.fit(e, target, self.wanted, self.shared.kit)[3] == 0
            for e in ranked)
        # A strength session holds one heavy squat or hinge that loads the spine, and at most
        # two lifts that load the lower back (conventions): a leg press or a leg curl after
        # the deadlift, not a back squat at the same intensity on a tired back.
        spine = self._spine_full()
        crowded: Exercise | None = None
        for exercise in ranked:
            if exercise.id in chosen:
                continue
            if loaded and self.shared.fit(exercise, target, self.wanted, self.shared.kit)[3]:
                continue
            if spine(exercise):
                crowded = crowded or exercise
                continue
            if good_only and needless_back_row(self.picks, exercise):
                continue  # the supported row takes the sets (issue #13)
            if fallback is None:
                fallback = exercise
            if good_only:
                fit = self.shared.fit(exercise, target, self.wanted, self.shared.kit)
                if fit[2] and exercise.pattern in SHORT_REST_PATTERNS:
                    continue
            if exercise.pattern not in patterns:
                return exercise
            # A loaded "easier variation" (a machine row after a barbell row) is a real
            # second exercise; a bodyweight or band one (knee push-ups after the bench) is not.
            # Nor two rows from the same unsupported hinge (the lower back holds both).
            hinged = {p.exercise.pattern for p in self.picks if _hinged(p.exercise)}
            if repeat is None and (exercise.id not in easier or self.shared.fit(
                    exercise, target, self.wanted, self.shared.kit)[3] == 0) and not (
                    _hinged(exercise) and exercise.pattern in hinged):
                repeat = exercise
        return None if fresh_only else repeat or fallback or crowded

    def _spine_full(self) -> Callable[[Exercise], bool]:
        """Whether a strength session's picks leave no room for ``exercise`` on the spine:
        a second heavy squat or hinge that loads it, or a third lift that loads the lower
        back (:func:`heavy_axial`, :func:`_hinged`)."""
        if self.goal != "strength":
            return lambda exercise: False
        axial = any(heavy_axial(p.exercise, self.rules) for p in self.picks)
        backs = sum(_hinged(p.exercise) for p in self.picks)
        return lambda exercise: (axial and heavy_axial(exercise, self.rules)) or (
            backs >= LOWER_BACK_LIFTS and _hinged(exercise))

    def first_pass(self, main: Sequence[Exercise] = ()) -> None:
        """The ``main`` lifts, then one exercise per target at the fewest sets; targets
        already covered are skipped."""
        for lift in main:
            reason = next((t for t in self.targets
                           if self.family[t].intersection(lift.primary)), lift.primary[0])
            self.picks.append(Pick(lift, self.rules.min_sets, reason, True, main=True))
            self.add_sets(lift, self.rules.min_sets)
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
                Pick(exercise, self.rules.min_sets, t, exercise.pattern not in patterns)
            )
            self.add_sets(exercise, self.rules.min_sets)

    def _more_sets(self, mine: Sequence[Pick], limit: int, budget: float) -> bool:
        for pick in mine:
            if pick.sets >= limit:
                continue
            pick.sets += 1
            if self.used_seconds() <= budget:  # the whole session, supersets included
                self.add_sets(pick.exercise, 1)
                return True
            pick.sets -= 1
        return False

    def _new_exercise(self, target: str, budget: float, *, fresh_only: bool) -> bool:
        if len(self.picks) >= self.max_exercises:
            return False
        # What the day's big movers will have: their sets so far, or what they grow to first.
        big = [max(self.credit[t], self.demand.get(t, 0.0)) for t in self.targets
               if t in BIG_MOVERS]
        if target not in BIG_MOVERS and (
                self.credit[target] >= SMALL_MUSCLE_SESSION_SETS or (
                    not fresh_only and big
                    and self.credit[target] + self.rules.min_sets > min(big))):
            # A smaller muscle: no second calf raise for 8 sets; a second lateral-raise
            # variant only while the day's big movers still have more sets (convention).
            return False
        exercise = self.best_new(target, fresh_only=fresh_only, good_only=True)
        if exercise is None:
            return False
        if self.goal == "strength" and "bodyweight" in exercise.equipment and any(
                self.family[target].intersection(p.exercise.primary)
                and "bodyweight" not in p.exercise.equipment for p in self.picks):
            return False  # more sets of the loaded lift, not a bodyweight one (convention)
        sets = self.rules.min_sets
        fresh = exercise.pattern not in {p.exercise.pattern for p in self.picks}
        self.picks.append(Pick(exercise, sets, target, fresh))
        if self.used_seconds() > budget:
            self.picks.pop()
            return False
        self.add_sets(exercise, sets)
        support_rows(self, budget)  # a supported row beside a new hinge (issue #13)
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
                    # The big movers' shortfalls first, then the arms, calves and abs (coach's
                    # review 3); in a mind-muscle session with a deferred helper muscle, only
                    # up to their usual sets.
                    not (t in BIG_MOVERS and (self.goal == "strength" or not self.deferred
                                              or self.credit[t] < self.rules.default_sets)),
                    region_of(self.library, t) == ahead,
                    self.credit[t] / self.demand[t],
                    order[t],
                )
            )
            target = hungry[0]
            if not self.grow_once(target, room):
                saturated.add(target)


def _hinged(exercise: Exercise) -> bool:
    """A lift held in an unsupported hinge or that loads the lower back (a bent-over row)."""
    return loads_lower_back(exercise)
