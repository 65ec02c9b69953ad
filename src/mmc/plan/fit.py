"""How well an exercise fits a target (:func:`fit_key`), and the exercises each target can
use with one equipment set, level and goal (:class:`Pools`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from mmc.model.common import Level
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.session import Goal, RuleNote
from mmc.plan.goal_rules import GOAL_RULES
from mmc.plan.inputs import (
    LEVELS,
)
from mmc.plan.rules import LOADABLE, NEVER_PLANNED_PATTERNS

#: Convention: what a target's first exercise should be when the kit allows it: the lats a
#: vertical pull (a pulldown or pull-up; the rows come for the mid-back), the calves a
#: straight-knee raise, which trains the gastrocnemius as well as the soleus, the side delt
#: a raise that isolates it (a lateral raise before an upright row), the glutes a hip thrust
#: or hinge (a squat is quad-dominant; coach's review 3).
_PREFERRED: dict[str, tuple[str, ...]] = {
    "latissimus-dorsi": ("vertical-pull",), "calves": ("gastrocnemius",),
    "deltoid-lateral": ("isolation",), "gluteus-maximus": ("hip-extension", "hinge"),
}


def is_preferred(target: str, exercise: Exercise) -> bool:
    preferred = _PREFERRED.get(target)
    return preferred is None or any(
        p in (exercise.pattern, exercise.mechanic) or p in exercise.primary for p in preferred)


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
            by_muscle = [e for e in self.library.exercises_for(target, "primary")
                         if e.pattern not in NEVER_PLANNED_PATTERNS]
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
        every = [e for e in self.library.exercises_for(target, "primary")
                 if e.pattern not in NEVER_PLANNED_PATTERNS]
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
            if self.library.exercises_for(target, "primary"):
                return (f"the only exercises with {name} ({target}) as a primary muscle are "
                        "combination lifts (two movements in one rep), which a session "
                        "never uses")
            return f"the library has no exercise with {name} ({target}) as a primary muscle"
        if not usable:
            needs = sorted({item for e in by_muscle for item in e.equipment} - self.have)
            return (
                f"no exercise for {name} ({target}) can be done with the equipment given; "
                f"exercises for it need some of: {', '.join(needs)}"
            )
        return f"every exercise for {name} ({target}) is above the {self.level} level"
