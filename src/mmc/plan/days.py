"""Plans the days of a week through :func:`~mmc.plan.session.plan_session_with`, sharing
one :class:`~mmc.plan.fit.Pools`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mmc.errors import MmcError
from mmc.model.common import Equipment, Level
from mmc.model.library import Library
from mmc.model.session import Goal, Session
from mmc.plan.rules import (
    BIG_MOVERS,
    MAX_EXERCISES,
)
from mmc.plan.session import Pools, plan_session_with
from mmc.plan.strength import main_lifts


class Days:
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
