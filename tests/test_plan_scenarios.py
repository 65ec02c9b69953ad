"""Realistic requests checked the way a strength coach checks a programme.

The scenarios live in :mod:`mmc.plan.examples` (also rendered into docs/planner-examples.md).
"""

from __future__ import annotations

import functools
import itertools
import math

import pytest

import mmc
from mmc.model.session import Session
from mmc.model.training import Week
from mmc.plan.examples import FULL_GYM, SCENARIOS, Scenario
from mmc.plan.goal_rules import GOAL_RULES
from mmc.plan.loads import load_consistent
from mmc.plan.prescribe import dose_for, load_for_goal, loads_lower_back, tempo_for
from mmc.plan.rules import (
    ACTIVATION_MAX_MINUTES,
    DIRECT_WORK_HEADS,
    HOME_ROUTINE,
    MAJOR_MUSCLES,
    SHORT_REST_PATTERNS,
    SHORT_REST_SECONDS,
    SIDE_RATIO_LIMIT,
    VOLUME_SLACK,
    volume_band,
)
from mmc.plan.week import TECHNIQUE_TARGETS, direction, region_of
from tests.plan_support import session_seconds

LIB = mmc.load_library()
BIG = ("quadriceps", "gluteus-maximus", "pectoralis-major", "latissimus-dorsi", "hamstrings")
WEEKS = [s for s in SCENARIOS if s.days]
SESSIONS = [s for s in SCENARIOS if not s.days]


@functools.cache
def planned(scenario: Scenario) -> Week | Session:
    return scenario.plan(LIB)


def sessions(scenario: Scenario) -> list[Session]:
    plan = planned(scenario)
    return plan.days if isinstance(plan, Week) else [plan]


def trainable(muscle: str, equipment: set[str], level: str) -> bool:
    top = {"beginner": 0, "intermediate": 1, "advanced": 2}[level]
    return any(
        set(e.equipment) <= equipment | {"bodyweight"}
        and {"beginner": 0, "intermediate": 1, "advanced": 2}[e.level] <= top
        for e in LIB.exercises_for(muscle, "primary")
    )


def test_there_are_at_least_twelve_scenarios() -> None:
    assert len(SCENARIOS) >= 12
    assert len({s.id for s in SCENARIOS}) == len(SCENARIOS)


@pytest.mark.parametrize("scenario", WEEKS, ids=lambda s: s.id)
def test_every_major_muscle_gets_direct_work_when_the_equipment_allows(
    scenario: Scenario,
) -> None:
    week = planned(scenario)
    assert isinstance(week, Week)
    volume = {v.muscle: v for v in week.volume}
    # A technique week practises the lifts of the first six (a documented convention).
    majors = MAJOR_MUSCLES[:TECHNIQUE_TARGETS] if scenario.goal == "technique" else MAJOR_MUSCLES
    left_out = {m for f in week.flags if f.kind == "left-out" for m in f.muscles}
    for muscle in majors:
        if trainable(muscle, set(scenario.equipment), scenario.level):
            if scenario.goal == "strength" and muscle in left_out:
                # Heavy days hold fewer lifts: a smaller muscle's accessory work may go,
                # said in a flag; never a big mover.
                assert muscle not in BIG, muscle
                continue
            assert muscle in week.targets, (muscle, [f.message for f in week.flags])
            assert volume[muscle].primary_sets >= 2, muscle
        else:
            assert any(muscle in f.muscles for f in week.flags if f.kind == "no-exercise")


@pytest.mark.parametrize("scenario", WEEKS, ids=lambda s: s.id)
def test_no_muscle_is_far_over_its_band(scenario: Scenario) -> None:
    week = planned(scenario)
    assert isinstance(week, Week)
    for v in week.volume:
        assert v.sets <= volume_band(v.muscle)[1] + VOLUME_SLACK, (v.muscle, v.sets)


@pytest.mark.parametrize("scenario", WEEKS, ids=lambda s: s.id)
def test_pushing_and_pulling_balance_by_movement_pattern(scenario: Scenario) -> None:
    week = planned(scenario)
    assert isinstance(week, Week)
    push = sum(i.prescription.sets for d in week.days for i in d.items
               if direction(LIB, i.exercise) == "push")
    pull = sum(i.prescription.sets for d in week.days for i in d.items
               if direction(LIB, i.exercise) == "pull")
    assert (push, pull) == (week.push_sets, week.pull_sets)
    for day in week.days:  # curls and extensions are neither
        for item in day.items:
            if LIB.exercises[item.exercise].pattern in ("elbow-flexion", "elbow-extension"):
                assert direction(LIB, item.exercise) is None
    regions = {region_of(LIB, t) for t in week.targets}
    if {"push", "pull"} <= regions:
        # A coach balances pressing and pulling: never past 1.5 to 1, whatever the week.
        assert push and pull
        assert max(push, pull) <= SIDE_RATIO_LIMIT * min(push, pull), (push, pull)
        assert not any(f.kind == "push-pull" for f in week.flags)


@pytest.mark.parametrize("scenario", WEEKS, ids=lambda s: s.id)
def test_no_two_days_in_a_row_are_the_same(scenario: Scenario) -> None:
    days = sessions(scenario)
    for before, after in itertools.pairwise(days):
        assert [i.exercise for i in before.items] != [i.exercise for i in after.items]


def days_training(week: Week, muscle: str) -> int:
    """The days whose lifts train ``muscle`` (or one of its heads) as a primary mover."""
    family = set(LIB.family(muscle))
    return sum(any(family & set(LIB.exercises[i.exercise].primary) for i in day.items)
               for day in week.days)


@pytest.mark.parametrize("scenario", WEEKS, ids=lambda s: s.id)
def test_each_big_mover_is_trained_twice_a_week(scenario: Scenario) -> None:
    # R18: a coach trains every big mover at least twice a week whenever there are two or
    # more days, however short they are; only the smaller muscles may drop to once.
    week = planned(scenario)
    assert isinstance(week, Week)
    for target in week.targets[:5]:
        assert days_training(week, target) >= min(2, scenario.days), target
    # A smaller muscle on one day only is said, in a flag a coach can act on.
    once = [t for t in week.targets if scenario.days > 1 and days_training(week, t) == 1]
    flagged = [m for f in week.flags if f.kind == "once-a-week" for m in f.muscles]
    assert flagged == once


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_compound_before_isolation_and_trunk_work_last(scenario: Scenario) -> None:
    for session in sessions(scenario):
        order = [
            (LIB.exercises[i.exercise].pattern in SHORT_REST_PATTERNS,
             LIB.exercises[i.exercise].mechanic != "compound")
            for i in session.items
        ]
        assert order == sorted(order), [i.exercise for i in session.items]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_per_side_sets_are_timed_for_both_sides_within_the_budget(scenario: Scenario) -> None:
    for session in sessions(scenario):
        assert math.isclose(session_seconds(session) / 60, session.duration_minutes,
                            abs_tol=0.06)
        assert session.duration_minutes <= session.minutes
        for item in session.items:
            exercise = LIB.exercises[item.exercise]
            assert item.prescription.per_side == exercise.per_side
            assert item.prescription.measure == exercise.measure
            if exercise.per_side:
                one = item.prescription.side_seconds()
                assert item.prescription.set_seconds() >= 2 * one
                assert item.prescription.dose().endswith("each side")


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_percent_reps_and_rir_agree(scenario: Scenario) -> None:
    for session in sessions(scenario):
        for item in session.items:
            rx = item.prescription
            assert load_consistent(rx.reps, rx.load), (item.exercise, str(rx.load), str(rx.reps))
            if scenario.goal == "mmc-hypertrophy":
                assert (rx.load.percent_1rm or 0) <= 60  # R1
            exercise = LIB.exercises[item.exercise]
            if "bodyweight" in exercise.equipment or not set(exercise.equipment) - {
                "band", "bench", "pull-up-bar", "other"
            }:
                assert rx.load.percent_1rm is None  # no 1RM to take a share of (R13)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_rest_fits_the_exercise_and_drills_are_capped(scenario: Scenario) -> None:
    for session in sessions(scenario):
        assert sum(d.minutes for d in session.drills) <= ACTIVATION_MAX_MINUTES
        for drill in session.drills:
            assert drill.minutes == LIB.drills[drill.drill].minutes  # whole, never shrunk
        for item in session.items:
            if LIB.exercises[item.exercise].pattern in SHORT_REST_PATTERNS:
                assert item.prescription.rest_seconds <= SHORT_REST_SECONDS
        if session.goal == "strength":  # R3: no internal-focus drills before heavy lifts
            assert not session.drills
            assert any(n.rule == "R3" and "drills" in n.decision for n in session.rationale)
            continue
        routine = LIB.drills[HOME_ROUTINE].name
        assert any(n.decision.startswith(routine) for n in session.rationale)


@pytest.mark.parametrize("scenario", WEEKS, ids=lambda s: s.id)
def test_heads_worth_cueing_get_direct_work(scenario: Scenario) -> None:
    week = planned(scenario)
    assert isinstance(week, Week)
    volume = {v.muscle: v for v in week.volume}
    for head in DIRECT_WORK_HEADS:
        if head in week.targets:
            assert volume[head].primary_sets > 0
        flagged = any(f.kind == "no-direct-work" and head in f.muscles for f in week.flags)
        parent = LIB.muscles[head].parent
        trained = parent in volume and volume[parent].primary_sets > 0
        if trained and volume.get(head) and volume[head].primary_sets == 0:
            assert flagged


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_mind_muscle_plans_keep_technique_cues(scenario: Scenario) -> None:
    if scenario.goal != "mmc-hypertrophy":
        return
    cues = [c for s in sessions(scenario) for i in s.items for c in i.cues]
    assert any(c.focus == "muscle" for c in cues)
    assert any(c.focus == "body" for c in cues)


def test_chest_with_a_barbell_gets_the_bench_press() -> None:
    session = planned(next(s for s in SCENARIOS if s.id == "chest-barbell-45"))
    assert isinstance(session, Session)
    assert session.items[0].exercise == "barbell-bench-press"
    assert "push-up" not in {i.exercise for i in session.items}


def test_glutes_and_lats_in_thirty_minutes() -> None:
    session = planned(next(s for s in SCENARIOS if s.id == "glutes-lats-30"))
    assert isinstance(session, Session)
    chosen = {i.exercise: LIB.exercises[i.exercise] for i in session.items}
    glute = [e for e in chosen.values() if "gluteus-maximus" in e.primary]
    # Review 3, P12: a glute session opens with a hip thrust or a hinge, not the
    # quad-dominant high-bar squat.
    assert glute and glute[0].pattern in ("hip-extension", "hinge")
    assert LIB.exercises[session.items[0].exercise].pattern != "squat"
    assert any(e.pattern == "hip-extension" for e in glute)  # a thrust or bridge
    assert any("latissimus-dorsi" in e.primary for e in chosen.values())


def test_the_strength_week_is_heavy_with_barbell_lifts() -> None:
    week = planned(next(s for s in SCENARIOS if s.id == "strength-barbell-3x60"))
    assert isinstance(week, Week)
    ids = {i.exercise for d in week.days for i in d.items}
    assert {"barbell-back-squat", "barbell-bench-press"} <= ids
    for day in week.days:
        for item in day.items:
            exercise = LIB.exercises[item.exercise]
            accessory = exercise.mechanic != "compound" or exercise.pattern in SHORT_REST_PATTERNS
            if accessory:  # 8-12 reps, not heavy triples on a dead bug
                assert str(item.prescription.reps) in ("8-12", "20-40", "20-30")
            elif item.prescription.load.percent_1rm is not None:
                assert item.prescription.load.percent_1rm >= 75
    main = [i.exercise for d in week.days for i in d.items
            if LIB.exercises[i.exercise].mechanic == "compound"]
    assert main.count("barbell-bench-press") >= 2  # the main lifts recur through the week


def test_the_default_level_does_not_hide_the_barbell_lifts() -> None:
    week = planned(next(s for s in SCENARIOS if s.id == "gym-4x60"))
    assert isinstance(week, Week)
    ids = {i.exercise for d in week.days for i in d.items}
    assert ids & {"barbell-bench-press", "romanian-deadlift", "barbell-back-squat"}
    beginner = mmc.plan_session(LIB, targets=["hamstrings"], equipment=["barbell", "dumbbell"],
                                minutes=30, level="beginner")
    assert all(LIB.exercises[i.exercise].level == "beginner" for i in beginner.items)
    # The level never hides a better lift silently: a note names it and the fix.
    left_out = [n for n in beginner.rationale if "left out" in n.decision]
    assert left_out and all("pass level=" in n.reason for n in left_out)
    assert all(LIB.exercises[n.exercise or ""].level != "beginner" for n in left_out)


@pytest.mark.parametrize("scenario", WEEKS, ids=lambda s: s.id)
def test_every_lats_day_gets_a_vertical_pull_and_calves_a_straight_knee_raise(
    scenario: Scenario,
) -> None:
    # A coach's back day: a pulldown or pull-up whenever the kit has one, not rows alone.
    # One calf exercise: a standing (or leg-press) raise, which trains the gastrocnemius
    # as well as the soleus, before a seated one.
    have = {*scenario.equipment, "bodyweight"}
    week = planned(scenario)
    assert isinstance(week, Week)
    level = {"beginner": 0, "intermediate": 1, "advanced": 2}
    vertical = [e for e in LIB.exercises.values()
                if e.pattern == "vertical-pull" and "latissimus-dorsi" in e.primary
                and have.issuperset(e.equipment) and level[e.level] <= level[week.level]]
    for day in week.days:
        patterns = [LIB.exercises[i.exercise].pattern for i in day.items]
        if "latissimus-dorsi" in day.targets and vertical:
            assert "vertical-pull" in patterns, [i.exercise for i in day.items]
        calves = [LIB.exercises[i.exercise] for i in day.items
                  if LIB.exercises[i.exercise].pattern == "calf-raise"]
        straight = [e for e in LIB.exercises.values() if e.pattern == "calf-raise"
                    and "gastrocnemius" in e.primary and have.issuperset(e.equipment)
                    and level[e.level] <= level[week.level]]
        if len(calves) == 1 and straight:
            assert "gastrocnemius" in calves[0].primary, calves[0].id


# --- Review 2 (a coach's re-review): each finding as the check a coach makes -------------

def by_id(scenario_id: str) -> Scenario:
    return next(s for s in SCENARIOS if s.id == scenario_id)


def weekly(week: Week) -> dict[str, float]:
    return {v.muscle: v.sets for v in week.volume}


@pytest.mark.parametrize("scenario", [s for s in WEEKS if s.goal == "mmc-hypertrophy"],
                         ids=lambda s: s.id)
def test_volume_follows_priorities_the_abs_are_not_over_served(scenario: Scenario) -> None:
    # Review 2: abs 13 sets against pecs 6.5 in the full-gym week. The trunk gets 4-8 sets
    # a week (it braces every squat and hinge); no big mover gets less than the abs.
    week = planned(scenario)
    assert isinstance(week, Week)
    sets = weekly(week)
    abs_sets = sets.get("rectus-abdominis", 0.0)
    assert abs_sets <= volume_band("rectus-abdominis")[1]
    for muscle in BIG:
        if muscle in week.targets:
            assert sets[muscle] >= abs_sets, (muscle, sets[muscle], abs_sets)


@pytest.mark.parametrize("scenario_id", ["gym-4x60", "gym-5x75", "gym-6x60"])
def test_a_full_gym_week_gives_the_big_muscles_their_band(scenario_id: str) -> None:
    # Review 2: pecs 6.5, rhomboids 5, side delts 5 in 4 x 60 with a full gym. A coach
    # fills the big movers' 10-20 first, and the mid-back and side delts get near it.
    week = planned(by_id(scenario_id))
    assert isinstance(week, Week)
    sets = weekly(week)
    for muscle in BIG:
        low, high = volume_band(muscle)
        assert low <= sets[muscle] <= high, (muscle, sets[muscle])
    assert sets["rhomboids"] >= 8 and sets["deltoid-lateral"] >= 8, sets
    # Time-efficient picks: the two-arm pulldown, not the one-arm one, in a gym.
    ids = {i.exercise for d in week.days for i in d.items}
    assert "single-arm-lat-pulldown" not in ids


def test_the_beginner_dumbbell_week_is_not_thin() -> None:
    # Review 2: quads 5, side delts 2, triceps 4 a week, and a day with no squat. A
    # beginner's full-body days repeat the squat, hinge, press and row, with supersets
    # where two lifts share no muscle.
    week = planned(by_id("beginner-dumbbells-3x45"))
    assert isinstance(week, Week)
    sets = weekly(week)
    assert sets["quadriceps"] >= 7 and sets["pectoralis-major"] >= 7, sets
    assert sets["deltoid-lateral"] >= 4 and sets["triceps-brachii"] >= 5, sets
    for day in week.days:
        patterns = {LIB.exercises[i.exercise].pattern for i in day.items}
        assert {"squat", "hinge", "horizontal-push", "horizontal-pull"} <= patterns, patterns
        assert any(i.superset for i in day.items)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_supersets_pair_lifts_that_share_no_working_muscle(scenario: Scenario) -> None:
    for session in sessions(scenario):
        items = session.items
        for first, second in itertools.pairwise(items):
            if not (first.superset or "").endswith("1"):
                continue
            assert session.goal == "mmc-hypertrophy"
            assert second.superset == first.superset[0] + "2"
            a, b = LIB.exercises[first.exercise], LIB.exercises[second.exercise]
            # No primary mover of one works in the other (the same muscle, a head of it or
            # its whole muscle; the front and side delt are different muscles).
            for mine, theirs in ((a, b), (b, a)):
                for muscle in mine.primary:
                    for other in [*theirs.primary, *theirs.secondary]:
                        assert not (other == muscle or muscle in LIB.family(other)
                                    or other in LIB.family(muscle)), (a.id, b.id)


STRENGTH = [s for s in WEEKS if s.goal == "strength"]


@pytest.mark.parametrize("scenario", STRENGTH, ids=lambda s: s.id)
def test_a_strength_week_is_built_on_squat_bench_deadlift_and_press(scenario: Scenario) -> None:
    # Review 2: no overhead press in either strength week, a Bulgarian split squat as a
    # day's main lift, ramp sets only before the first lift, a one-arm pulldown at 4-6.
    week = planned(scenario)
    assert isinstance(week, Week)
    ids = [i.exercise for d in week.days for i in d.items]
    assert {"barbell-back-squat", "barbell-bench-press", "barbell-deadlift",
            "barbell-overhead-press"} <= set(ids)
    for day in week.days:
        first = LIB.exercises[day.items[0].exercise]
        assert "barbell" in first.equipment and not first.per_side
        assert first.pattern in ("squat", "hinge", "horizontal-push", "vertical-push")
        ramped: set[str] = set()
        for item in day.items:
            exercise = LIB.exercises[item.exercise]
            heavy = (item.prescription.load.percent_1rm or 0) >= 75
            if heavy and "barbell" in exercise.equipment and exercise.pattern not in ramped:
                # Each heavy barbell lift that is the first of its pattern ramps up.
                assert item.prescription.warmup_sets >= 2, (day.title, item.exercise)
                ramped.add(exercise.pattern)
            if exercise.per_side or exercise.mechanic != "compound":
                # One-side and isolation lifts are accessory work: 8-12, no 4-6RM.
                assert item.prescription.reps.low >= 8, item.exercise
                assert not heavy, item.exercise


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_isolation_lifts_are_dosed_by_reps_and_rir_not_percent_1rm(scenario: Scenario) -> None:
    # Review 2: "60% 1RM" on a lateral raise, a Bayesian curl and a pec deck. Nobody tests
    # those 1RMs.
    for session in sessions(scenario):
        for item in session.items:
            exercise = LIB.exercises[item.exercise]
            if exercise.mechanic != "compound" or exercise.pattern in SHORT_REST_PATTERNS:
                assert item.prescription.load.percent_1rm is None, item.exercise


def test_band_work_rests_briefly_and_the_side_delt_gets_a_lateral_raise() -> None:
    # Review 2: 120 s rests on band work, and a band upright row over the lateral raise.
    week = planned(by_id("bands-3x30"))
    assert isinstance(week, Week)
    items = [i for d in week.days for i in d.items]
    assert all(i.prescription.rest_seconds <= 90 for i in items)
    side = [i.exercise for i in items if "deltoid-lateral" in LIB.exercises[i.exercise].primary]
    assert side and all(e == "band-lateral-raise" for e in side), side


def test_an_eccentric_only_negative_has_no_lifting_phase_and_no_rir() -> None:
    # Review 2: the negative chin-up showed 5-0-1-0 and "2 RIR". (A beginner's plan reaches
    # it as the chin-up's regression; the prescription is checked for every goal.)
    negative = LIB.exercises["negative-chin-up"]
    for goal, rules in GOAL_RULES.items():
        tempo, _ = tempo_for(negative, rules)
        load = load_for_goal(negative, rules)
        assert tempo.concentric == 0 and tempo.eccentric >= 5, goal
        assert load.rir is None and load.percent_1rm is None and load.effort, goal
        assert str(dose_for(negative, rules)) == "3-5"


def test_a_coarse_dumbbell_rack_never_bounces_the_load_back() -> None:
    # Review 2: 10 -> 12.5 ("+25%") -> 10 ("far too heavy") -> 12.5 ... A lifter whose
    # strength creeps up 1% a session climbs the reps past the top first, then jumps once,
    # landing inside (or one rep under) the range; the load never goes down.
    from mmc.plan.loads import reps_to_failure_percent

    rx = mmc.Prescription(sets=3, reps=mmc.RepRange(low=12, high=15), load=mmc.Load(rir=2),
                          tempo=mmc.Tempo.parse("3-1-1-1"), rest_seconds=90)
    one_rm, weight = 16.5, 10.0
    history: list[mmc.Progression] = []
    weights = [weight]
    for _ in range(30):
        capacity = max(n for n in range(1, 60) if reps_to_failure_percent(n)
                       >= 100 * weight / one_rm)
        reps = min(capacity - 2, 25)
        logs = [mmc.SetLog(weight=weight, reps=reps, rir=capacity - reps, connection=4)] * 3
        result = mmc.progress(rx, logs, exercise="leaning-dumbbell-lateral-raise", library=LIB,
                              history=history)
        history.append(result)
        assert result.weight is not None
        if result.weight > weight:
            after = max(n for n in range(1, 60) if reps_to_failure_percent(n)
                        >= 100 * result.weight / one_rm) - 2
            assert after >= rx.reps.low - 1, (weight, result.weight, after)
        weight = result.weight
        weights.append(weight)
        one_rm *= 1.01
    assert weights == sorted(weights), weights
    assert weights[-1] > weights[0]


def test_a_press_felt_in_the_shoulders_is_swapped_for_a_fly() -> None:
    # Review 2: a bench press felt in the front delt and triceps offered only presses, yet
    # said "chosen away from where you felt it".
    rx = mmc.plan_session(LIB, targets=["pectoralis-major"], equipment=FULL_GYM,
                          minutes=30).items[0].prescription
    felt = ["deltoid-anterior", "triceps-brachii"]
    history: list[mmc.Progression] = []
    for _ in range(3):
        logs = [mmc.SetLog(weight=50, reps=14, rir=2, connection=1, felt_in=felt)] * 3
        result = mmc.progress(rx, logs, exercise="barbell-bench-press", library=LIB,
                              equipment=FULL_GYM, history=history)
        history.append(result)
    assert result.decision == "swap"
    first = LIB.exercises[result.next_exercise or ""]
    assert first.pattern == "fly" and first.mechanic == "isolation"
    bench = LIB.exercises["barbell-bench-press"]
    helpers = lambda e: len(set(felt) & {*e.primary, *e.secondary})  # noqa: E731
    assert helpers(first) < helpers(bench)  # the claim in the text is true
    assert "less" in result.explanation


def test_substitutes_keep_to_the_head_asked_for() -> None:
    # Review 2: substitute() matched the whole deltoid when the side delt was asked for, so
    # a front raise or a press could replace a lateral raise.
    for exercise_id in ("dumbbell-lateral-raise", "cable-lateral-raise"):
        for found in mmc.substitute(LIB, exercise_id, limit=20):
            assert any(m == "deltoid-lateral" or "deltoid-lateral" in LIB.family(m)
                       for m in found.primary), found.id


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_each_load_note_names_what_the_exercise_is(scenario: Scenario) -> None:
    # The reason given for a load is true of the exercise: "bodyweight or band" only for
    # bodyweight and band work, "a hold" or "a carry" only for those, "negative" for one.
    for session in sessions(scenario):
        for note in session.rationale:
            if note.exercise is None or note.exercise not in LIB.exercises:
                continue
            exercise = LIB.exercises[note.exercise]
            loaded = set(exercise.equipment) & {"barbell", "dumbbell", "ez-bar", "kettlebell",
                                                "cable", "machine", "plate"}
            if "bodyweight or band" in note.reason:
                assert "bodyweight" in exercise.equipment or not loaded, exercise.id
            if "a hold is dosed" in note.reason:
                assert exercise.measure == "seconds", exercise.id
            if "a carry is dosed" in note.reason:
                assert exercise.measure == "metres", exercise.id


@pytest.mark.parametrize("scenario", STRENGTH, ids=lambda s: s.id)
def test_strength_accessories_are_loaded_and_rest_like_accessories(scenario: Scenario) -> None:
    # Review 1/2: a strength plan's triceps work is a close-grip press, not a bench dip,
    # when the kit loads it; 8-12 accessory sets rest the isolation rest, not 3 minutes.
    week = planned(scenario)
    assert isinstance(week, Week)
    for day in week.days:
        for item in day.items:
            exercise = LIB.exercises[item.exercise]
            if exercise.pattern != "vertical-pull":  # chin-ups are the lats' strength lift
                assert "bodyweight" not in exercise.equipment, (day.title, item.exercise)
            if item.prescription.reps.low >= 8 and exercise.pattern != "vertical-pull":
                assert item.prescription.rest_seconds <= 120, item.exercise


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_second_row_is_supported_and_a_gym_never_falls_back_to_bands(scenario: Scenario) -> None:
    # Review 1: two bent-over rows back to back (six unsupported hinged sets); a band row in
    # a full gym because the cable and machine rows were "easier variations" of the barbell row.
    for session in sessions(scenario):
        rows = [LIB.exercises[i.exercise] for i in session.items
                if LIB.exercises[i.exercise].pattern == "horizontal-pull"]
        hinged = [e.id for e in rows if "erector-spinae" in [*e.primary, *e.secondary]]
        assert len(hinged) <= 1, hinged
        if scenario.equipment == FULL_GYM:
            for item in session.items:
                assert set(LIB.exercises[item.exercise].equipment) != {"band"}, item.exercise


def test_a_lateral_raise_felt_in_the_traps_is_never_swapped_for_a_trap_lift() -> None:
    # Review 3, P5: the swap offered a band upright row (upper traps, front delt and biceps
    # as helpers) after a lateral raise felt in the upper traps and front delt, and left
    # out the cable lateral raise in a full gym.
    rx = mmc.plan_session(LIB, targets=["deltoid-lateral"], equipment=FULL_GYM,
                          minutes=30).items[0].prescription
    felt = ["deltoid-anterior", "trapezius-upper"]
    original = LIB.exercises["dumbbell-lateral-raise"]
    history: list[mmc.Progression] = []
    for _ in range(3):
        logs = [mmc.SetLog(weight=8, reps=14, rir=2, connection=1, felt_in=felt)] * 3
        result = mmc.progress(rx, logs, exercise=original.id, library=LIB,
                              equipment=FULL_GYM, history=history)
        history.append(result)
    assert result.decision == "swap"
    offered = [LIB.exercises[i] for i in result.alternatives]
    assert offered

    def load(e: mmc.Exercise) -> tuple[int, int]:
        return (len(set(felt) & set(e.primary)), len(set(felt) & {*e.primary, *e.secondary}))

    for swap in offered:
        # Nothing that works the felt muscles harder: not more of them, and no compound
        # lift with them as helpers in place of an isolation lift.
        assert load(swap)[0] <= load(original)[0] and load(swap)[1] <= load(original)[1]
        assert swap.mechanic == "isolation", swap.id
    # Every other lateral-raise variant a beginner-level lifter can use in a full gym is offered.
    variants = {e.id for e in LIB.exercises.values()
                if e.id != original.id and e.pattern == "raise" and e.mechanic == "isolation"
                and e.primary == ["deltoid-lateral"] and e.level == "beginner"
                and set(e.equipment) <= {*FULL_GYM, "bodyweight"}}
    assert "cable-lateral-raise" in variants
    assert variants <= set(result.alternatives)


@pytest.mark.parametrize("kit", [("pull-up-bar",), ("pull-up-bar", "band")])
def test_a_beginner_with_a_pull_up_bar_works_toward_the_first_pull_up(
    kit: tuple[str, ...],
) -> None:
    # Review 3, P4: a beginner with a pull-up bar got a doorway row, 12 of 30 minutes, and
    # no vertical pull: negatives and scapular pull-ups were marked intermediate.
    session = mmc.plan_session(LIB, targets=["latissimus-dorsi"], equipment=kit, minutes=30,
                               level="beginner")
    chosen = [LIB.exercises[i.exercise] for i in session.items]
    assert any(e.pattern == "vertical-pull" and "pull-up-bar" in e.equipment for e in chosen)
    if "band" in kit:
        assert "band-assisted-pull-up" in {e.id for e in chosen}
    # The first pull-up's standard beginner steps are beginner lifts.
    for step in ("negative-chin-up", "scapular-pull-up", "band-assisted-pull-up"):
        assert LIB.exercises[step].level == "beginner"
    assert session.duration_minutes >= 0.6 * session.minutes


def test_a_session_that_leaves_most_of_its_time_empty_says_so() -> None:
    # Review 3, P4: "12 of 30 min" without a word. One short target, a long session.
    session = mmc.plan_session(LIB, targets=["calves"], equipment=("dumbbell",), minutes=90)
    short = session.duration_minutes < 0.6 * session.minutes
    said = any("add a target" in n.decision for n in session.rationale)
    assert short and said
    full = mmc.plan_session(LIB, targets=["latissimus-dorsi"], equipment=FULL_GYM, minutes=30)
    assert not any("add a target" in n.decision for n in full.rationale)


def _spine(exercise: mmc.Exercise) -> bool:
    return "erector-spinae" in {*exercise.primary, *exercise.secondary}


@pytest.mark.parametrize("days,minutes", [(2, 90), (3, 60), (4, 60)])
def test_a_strength_session_holds_one_heavy_squat_or_hinge_on_the_spine(
    days: int, minutes: int
) -> None:
    # Review 3, P3: a deadlift at 80%, then a back squat at 80% on a tired back; squat, RDL
    # and bent-over row all loading the lower back in one session.
    week = mmc.plan_week(LIB, days=days, minutes=minutes, equipment=FULL_GYM, goal="strength")
    for day in week.days:
        lifts = [LIB.exercises[i.exercise] for i in day.items]
        heavy = [e.id for e, i in zip(lifts, day.items, strict=True)
                 if e.pattern in {"squat", "hinge"} and _spine(e)
                 and (i.prescription.load.percent_1rm or 0) >= 75]
        assert len(heavy) <= 1, (day.title, heavy)
        assert sum(map(_spine, lifts)) <= 2, (day.title, [e.id for e in lifts if _spine(e)])
    # The quads and hamstrings still get their work, from lifts that spare the back (a leg
    # press, a hack squat, a leg curl). (3 x 60 gave the hamstrings 6 before this rule too,
    # flagged under; 4 x 60 went from 9.5 to 13.5.)
    volume = weekly(week)
    assert volume["quadriceps"] >= 8 and volume["hamstrings"] >= 6, volume


@pytest.mark.parametrize("days,minutes", [(3, 60), (4, 60), (2, 90)])
def test_a_strength_week_gives_its_time_to_the_big_movers_first(days: int, minutes: int) -> None:
    # Review 3, P2: a strength squat day ended with 8 sets of calves (two calf raises) and
    # the upper day with 5 sets of curls while the hamstrings, pecs and triceps were short.
    week = mmc.plan_week(LIB, days=days, minutes=minutes, equipment=FULL_GYM, goal="strength")
    volume = weekly(week)
    big = [m for m in BIG if m in week.targets]
    smallest_big = min(volume[m] for m in big)
    # The sets given to a smaller muscle's own exercises (not what it gets as a helper in
    # the presses and rows) never outnumber the least-served big mover's.
    direct = {v.muscle: v.primary_sets for v in week.volume}
    for muscle in week.targets:
        if muscle not in BIG:
            assert direct[muscle] <= smallest_big, (muscle, direct[muscle], smallest_big)
    short = [m for m in big if volume[m] < volume_band(m)[0]]
    for day in week.days:
        for muscle in day.targets:
            if muscle in BIG:
                continue
            own = [i.exercise for i in day.items
                   if set(LIB.family(muscle)) & set(LIB.exercises[i.exercise].primary)]
            # A second exercise for a small muscle only when no big mover is short.
            assert len(own) <= 1 or not short, (day.title, muscle, own, short)


@pytest.mark.parametrize("days,minutes", [(5, 45), (4, 60), (5, 75), (3, 45)])
def test_a_push_day_presses_the_chest_and_small_muscles_never_out_volume_big_ones(
    days: int, minutes: int
) -> None:
    # Review 3, P1: 5 x 45, full gym: side delts 11 sets (two lateral-raise variants twice a
    # week) against pecs 8.5, and the push day's only press a close-grip bench.
    week = mmc.plan_week(LIB, days=days, minutes=minutes, equipment=FULL_GYM)
    volume = weekly(week)
    direct = {v.muscle: v.primary_sets for v in week.volume}
    big = [m for m in BIG if m in week.targets]
    for muscle in week.targets:
        if muscle not in BIG:
            assert direct[muscle] <= min(volume[m] for m in big), (muscle, direct, volume)
    short = [m for m in big if volume[m] < volume_band(m)[0]]
    for day in week.days:
        lifts = [LIB.exercises[i.exercise] for i in day.items]
        if "pectoralis-major" in day.targets:
            chest = [e for e in lifts if "pectoralis-major" in e.primary
                     or (e.pattern == "horizontal-push" and "triceps-brachii" in e.primary)]
            assert chest and chest[0].mechanic == "compound", (day.title, chest)
            # The day's first press is a chest press, not the triceps' close-grip bench.
            assert "pectoralis-major" in chest[0].primary, (day.title, chest[0].id)
        for muscle in day.targets:
            if muscle in BIG:
                continue
            patterns = [e.pattern for e in lifts
                        if set(LIB.family(muscle)) & set(e.primary)]
            if len(patterns) != len(set(patterns)):
                # A second variant of one pattern only when no big mover is short.
                assert not short, (day.title, muscle, short)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_dumbbell_and_kettlebell_lifts_are_dosed_by_reps_and_rir(scenario: Scenario) -> None:
    # Review 3, P6: "60% 1RM" on a goblet squat, a one-arm dumbbell row and a dumbbell hip
    # thrust. Nobody tests those 1RMs; the reps and reps in reserve set the load.
    for session in sessions(scenario):
        for item in session.items:
            exercise = LIB.exercises[item.exercise]
            if not set(exercise.equipment) & {"barbell", "machine", "cable", "plate"}:
                assert item.prescription.load.percent_1rm is None, item.exercise
                assert item.prescription.load.rir is not None or item.prescription.load.effort


def test_a_coarse_jump_says_how_many_reps_to_expect() -> None:
    # Review 3, P8: at 19 reps the plan said "add-load 12.5" and "Every set reached 15
    # reps", so the lifter would read 10 reps at 12.5 kg as a failure.
    from mmc.plan.loads import reps_to_failure_percent

    rx = mmc.Prescription(sets=3, reps=mmc.RepRange(low=12, high=15), load=mmc.Load(rir=2),
                          tempo=mmc.Tempo.parse("3-1-1-1"), rest_seconds=90)
    logs = [mmc.SetLog(weight=10, reps=19, rir=2, connection=4)] * 3
    result = mmc.progress(rx, logs, exercise="leaning-dumbbell-lateral-raise", library=LIB)
    assert result.decision == "add-load" and result.weight == 12.5
    assert "reached 19 reps" in result.explanation
    # The figure given agrees with R15's table from the logged sets (19 + 2 in reserve).
    one_rm = 10 * 100 / reps_to_failure_percent(21)
    expect = max(n for n in range(1, 60)
                 if reps_to_failure_percent(n) >= 100 * 12.5 / one_rm) - rx.load.rir
    assert f"expect about {expect} reps" in result.explanation
    assert expect < rx.reps.high and "not a failure" in result.explanation


#: Kits a coach would plan a lower-body-and-back session with (issue #13).
LOWER_BACK_KITS = {
    "dumbbell+bench": ("dumbbell", "bench"),
    "dumbbells": ("dumbbell",),
    "full gym": FULL_GYM,
    "barbell+bench": ("barbell", "bench"),
    "bands": ("band",),
}


def _lower_back_sessions() -> list[tuple[str, Session]]:
    out: list[tuple[str, Session]] = []
    for kit, equipment in LOWER_BACK_KITS.items():
        for targets in (("latissimus-dorsi", "gluteus-maximus"),
                        ("hamstrings", "latissimus-dorsi", "trapezius-middle"),
                        ("gluteus-maximus", "hamstrings", "rhomboids")):
            for minutes in (30, 45):
                scenario = Scenario(f"{kit}-{'-'.join(targets)}-{minutes}", "", "", equipment,
                                    minutes, targets=targets)
                out.extend((scenario.id, s) for s in sessions(scenario))
        week = Scenario(f"{kit}-week", "", "", equipment, 45, days=3)
        out.extend((week.id, s) for s in sessions(week))
    out.extend((s.id, session) for s in SCENARIOS for session in sessions(s))
    return out


def test_no_superset_pairs_two_lifts_that_load_the_lower_back() -> None:
    # Issue #13: an RDL supersetted with a bent-over row keeps the erectors working through
    # both, so the lower back never rests between them.
    checked = 0
    for name, session in _lower_back_sessions():
        labels = {i.superset: i.exercise for i in session.items if i.superset}
        for label, first in labels.items():
            if not label.endswith("1"):
                continue
            second = labels[label[0] + "2"]
            checked += 1
            assert not (loads_lower_back(LIB.exercises[first])
                        and loads_lower_back(LIB.exercises[second])), (name, first, second)
    assert checked > 20  # the kits above do plan supersets


def test_the_dumbbell_bench_rdl_is_not_supersetted_with_a_bent_over_row() -> None:
    scenario = Scenario("issue-13", "", "", ("dumbbell", "bench"), 30,
                        targets=("latissimus-dorsi", "gluteus-maximus"))
    (session,) = sessions(scenario)
    ids = [i.exercise for i in session.items]
    backs = [i for i in session.items if loads_lower_back(LIB.exercises[i.exercise])]
    assert any(LIB.exercises[e].pattern == "hinge" for e in ids), ids
    assert len({i.superset[0] for i in backs if i.superset}) == len(
        [i for i in backs if i.superset]), ids
    # With a hinge in the session and a bench at hand, the lats get a supported row.
    assert "one-arm-dumbbell-row" in ids and "dumbbell-bent-over-row" not in ids, ids
    assert any("in place of Dumbbell Bent-Over Row" in n.decision for n in session.rationale)


def test_a_hinge_day_rows_with_the_torso_supported_when_the_kit_allows() -> None:
    # Issue #13: with dumbbells and a bench (or a full gym) a row on a bench or a pad is at
    # hand (with dumbbells alone, a one-arm row braced on the thigh), so no session holds a
    # lower-back hinge or squat and a bent-over row.
    checked = 0
    for name, session in _lower_back_sessions():
        # (Dumbbells alone have no such row for the rhomboids: the bent-over row may stay.)
        if not name.startswith(("dumbbell+bench", "full gym", "dumbbells-latissimus")):
            continue
        chosen = [LIB.exercises[i.exercise] for i in session.items]
        axial = [e.id for e in chosen
                 if e.pattern in ("squat", "hinge") and loads_lower_back(e)]
        rows = [e.id for e in chosen
                if e.pattern not in ("squat", "hinge") and loads_lower_back(e)]
        checked += bool(axial)
        assert not (axial and rows), (name, axial, rows)
    assert checked > 10
