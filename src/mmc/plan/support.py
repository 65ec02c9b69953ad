"""A supported row in place of a bent-over one when the session already loads the lower back.

Convention (issue #13): a bent-over row holds the torso in an unsupported hinge, so the
erectors work through every set. When the session also holds a hinge or a squat that loads
the lower back (an RDL), and the kit has a row for the same target with the torso on a bench
or a pad (a one-arm dumbbell row, a chest-supported or machine row), the supported row trains
the target without adding lower-back fatigue.
"""

from __future__ import annotations

from typing import Protocol

from mmc.model.exercise import Exercise
from mmc.model.session import RuleNote
from mmc.plan.fit import Pools
from mmc.plan.goal_rules import GoalRules
from mmc.plan.picks import Pick
from mmc.plan.prescribe import loads_lower_back


class Planner(Protocol):
    """What of :class:`mmc.plan.planner.Planner` the swap uses (the planner calls
    :func:`support_rows` as it grows a session, so this module does not import it)."""

    picks: list[Pick]
    pools: dict[str, list[Exercise]]
    shared: Pools
    wanted: frozenset[str]
    rules: GoalRules
    supported: list[tuple[Exercise, Exercise]]

    def used_seconds(self) -> float: ...

    def rank(self, target: str, exercise: Exercise) -> tuple[object, ...]: ...

    def add_sets(self, exercise: Exercise, sets: int) -> None: ...

__all__ = ["needless_back_row", "support_notes", "support_rows"]


def _supported(planner: Planner, pick: Pick) -> Exercise | None:
    """The best row for ``pick``'s target with the same pattern, the target a primary mover,
    the kit's load, and no lower-back work; ``None`` if the kit has none."""
    target = pick.reason_target
    chosen = {p.exercise.id for p in planner.picks}
    ranked = sorted(planner.pools.get(target, []), key=lambda e: planner.rank(target, e))
    for exercise in ranked:
        if (exercise.id not in chosen and exercise.pattern == pick.exercise.pattern
                and target in exercise.primary and not loads_lower_back(exercise)
                and planner.shared.fit(exercise, target, planner.wanted, planner.shared.kit)[3]
                == 0):
            return exercise
    return None


def _back_row(exercise: Exercise) -> bool:
    """A lift that loads the lower back outside the squat and hinge patterns (a bent-over row)."""
    return exercise.pattern not in ("squat", "hinge") and loads_lower_back(exercise)


def needless_back_row(picks: list[Pick], exercise: Exercise) -> bool:
    """Whether ``exercise`` would be a bent-over row added to a session that already loads
    the lower back and already has a supported row of its pattern (no second row that tires
    the lower back when the supported one can take the sets)."""
    return _back_row(exercise) and any(loads_lower_back(p.exercise) for p in picks) and any(
        p.exercise.pattern == exercise.pattern and not loads_lower_back(p.exercise)
        for p in picks)


def support_rows(planner: Planner, budget: float) -> None:
    """Swap each bent-over row (a lift that loads the lower back outside the squat and hinge
    patterns) for a supported one when another pick loads the lower back; the swap keeps the
    sets, or as many as fit ``budget`` seconds (at least the goal's fewest), or is undone."""
    for pick in planner.picks:
        old = pick.exercise
        if pick.main or not _back_row(old):
            continue
        if not any(p is not pick and loads_lower_back(p.exercise) for p in planner.picks):
            continue
        new = _supported(planner, pick)
        if new is None:
            continue
        sets = pick.sets
        pick.exercise = new
        while planner.used_seconds() > budget and pick.sets > planner.rules.min_sets:
            pick.sets -= 1
        if planner.used_seconds() > budget:
            pick.exercise, pick.sets = old, sets
            continue
        planner.add_sets(old, -sets)
        planner.add_sets(new, pick.sets)
        planner.supported.append((old, new))


def support_notes(planner: Planner) -> list[RuleNote]:
    """A note for each row :func:`support_rows` swapped."""
    return [
        RuleNote(
            rule="convention",
            decision=f"{new.name} in place of {old.name}",
            reason="another lift here loads the lower back; with the torso supported the row "
            "trains the same muscle without tiring the lower back further",
            exercise=new.id,
        )
        for old, new in planner.supported
    ]
