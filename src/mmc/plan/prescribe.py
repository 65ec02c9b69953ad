"""What one exercise is prescribed under a goal: its reps, load, tempo and rest, and how
much a set counts for a muscle (R10, R13-R15, conventions).
"""

from __future__ import annotations

from collections.abc import Iterable

from mmc.model.exercise import Exercise
from mmc.model.prescription import Load, RepRange
from mmc.model.session import RuleNote
from mmc.model.tempo import EXPLOSIVE, REP_SECONDS_WARN, Tempo
from mmc.plan.goal_rules import ACCESSORY_REPS, GoalRules, percent_for
from mmc.plan.rules import (
    CARRY_EFFORT,
    CARRY_METRES,
    HEAVY_PATTERNS,
    HOLD_EFFORT,
    HOLD_SECONDS,
    LOADABLE,
    NEGATIVE_EFFORT,
    ONE_RM_EQUIPMENT,
    PRIMARY_SET_CREDIT,
    SECONDARY_SET_CREDIT,
    SHORT_REST_PATTERNS,
    SHORT_REST_SECONDS,
    UNLOADED_REST_SECONDS,
)

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
    """Rest between sets (R14): the goal's compound or isolation rest, a strength plan's
    accessory work its isolation rest, and a minute for low-load trunk, shoulder-girdle and
    small-joint work (a dead bug is not a squat).
    """
    if exercise.pattern in SHORT_REST_PATTERNS:
        return min(SHORT_REST_SECONDS, rules.rest_isolation)
    if (rules.goal != "strength" and not LOADABLE.intersection(exercise.equipment)
            and not is_hard_pull(exercise)):
        # Band and bodyweight sets are far lighter on the whole body than a loaded lift.
        return min(UNLOADED_REST_SECONDS if exercise.mechanic == "compound"
                   else SHORT_REST_SECONDS, rules.rest_compound)
    if is_accessory(exercise, rules) and not is_hard_pull(exercise):
        return rules.rest_isolation  # 8-12 accessory work is not a heavy compound set
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


#: Convention: a strength session's lifts that load the lower back (a squat or hinge and a
#: bent-over row; a third, an RDL after a squat and before a row, is one too many).
LOWER_BACK_LIFTS = 2


def loads_lower_back(exercise: Exercise) -> bool:
    """The erector spinae work in it: a squat, a hinge, a bent-over row."""
    return "erector-spinae" in exercise.primary or "erector-spinae" in exercise.secondary


def heavy_axial(exercise: Exercise, rules: GoalRules) -> bool:
    """A heavy squat or hinge that loads the spine (a back squat, a deadlift, an RDL at
    4-6 reps; not a leg press, a hip thrust or 8-12 accessory work)."""
    return (exercise.pattern in {"squat", "hinge"} and loads_lower_back(exercise)
            and not is_accessory(exercise, rules))


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
    """%1RM and RIR for a barbell, machine or cable compound lift (R15); RIR alone for
    isolation lifts, dumbbell and kettlebell lifts, bodyweight, bands, trunk and small-joint
    work, whose 1RM nobody tests (R13, ONE_RM_EQUIPMENT); an effort in
    words for a hold, a carry or an eccentric-only negative (convention)."""
    if exercise.measure == "seconds":
        return Load(effort=HOLD_EFFORT)
    if exercise.measure == "metres":
        return Load(effort=CARRY_EFFORT)
    if is_negative(exercise):
        return Load(effort=NEGATIVE_EFFORT)
    if ONE_RM_EQUIPMENT.intersection(exercise.equipment) and (
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
