"""Combination lifts (two or more movements chained in every rep: a thruster) are content the
library holds, but the planner never picks one for a session, never offers one as a
substitute, a swap or a harder variation (a convention: the target changes inside every rep,
the load is set by the weakest movement)."""

from __future__ import annotations

import pytest

import mmc
from mmc.plan.progress_context import Context
from mmc.plan.progress_low import swap_candidates
from mmc.plan.rules import NEVER_PLANNED_PATTERNS
from tests.test_plan_library import DRILLS, EXERCISES, MUSCLES, _ex

THRUSTER = _ex("dumbbell-thruster", ["quadriceps", "deltoid-anterior"],
               ["gluteus-maximus", "triceps-brachii"], ["dumbbell"], "compound", "combination")


def _library(*extra: mmc.Exercise) -> mmc.Library:
    muscles = [mmc.Muscle.model_validate(m) for m in MUSCLES]
    return mmc.Library(muscles=muscles, exercises=[*EXERCISES, THRUSTER, *extra], drills=DRILLS)


def test_the_pattern_is_in_the_model_and_never_planned() -> None:
    assert "combination" in mmc.model.common.PATTERNS
    assert {"combination"} == NEVER_PLANNED_PATTERNS


def test_a_session_never_picks_a_combination_lift_even_when_it_fits_best() -> None:
    lib = _library()
    # With a dumbbell only, the thruster trains both targets with loadable kit: without the
    # rule it would win the quads over the bodyweight squat.
    session = mmc.plan_session(lib, targets=["quadriceps", "deltoid-anterior"],
                               equipment=["dumbbell", "barbell"], minutes=45)
    chosen = [item.exercise for item in session.items]
    assert "dumbbell-thruster" not in chosen
    assert "bodyweight-squat" in chosen


def test_a_week_never_picks_a_combination_lift() -> None:
    week = mmc.plan_week(_library(), equipment=["dumbbell"], days=3, minutes=45)
    assert all(item.exercise != "dumbbell-thruster" for s in week.days for item in s.items)


def test_never_offered_as_a_substitute() -> None:
    lib = _library()
    offered = mmc.substitute(lib, "goblet-squat", limit=40)
    assert offered and all(e.pattern != "combination" for e in offered)
    assert "bodyweight-squat" in [e.id for e in offered]


def test_never_a_swap_or_harder_variation() -> None:
    # A file may link one as a harder or easier variation; progression never moves to it.
    squat = _ex("bodyweight-squat", ["quadriceps"], ["gluteus-maximus"], ["bodyweight"],
                "compound", "squat").model_copy(update={"harder": ["dumbbell-thruster"],
                                                        "easier": ["dumbbell-thruster"]})
    lib = _library()
    context = Context(squat, lib, None, "bodyweight")
    assert [e.id for e in context.usable(["dumbbell-thruster", "goblet-squat"])] == [
        "goblet-squat"]
    assert all(e.pattern != "combination" for e in swap_candidates(context))


def test_a_target_only_a_combination_trains_says_why() -> None:
    muscles = [mmc.Muscle.model_validate(m) for m in MUSCLES]
    lib = mmc.Library(muscles=muscles, exercises=[THRUSTER.model_copy(
        update={"primary": ["quadriceps"]})], drills=DRILLS)
    with pytest.raises(mmc.MmcError, match="combination lifts"):
        mmc.plan_session(lib, targets=["quadriceps"], equipment=["dumbbell"], minutes=30)
