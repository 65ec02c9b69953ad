"""The planner's evidence: every default names the rule it comes from.

The rules (R1 ... R19; there is no R9) are explained, with their studies, on the bundled
content page ``evidence``: ``guide/evidence/`` of a site built by ``mmc build``.

Numbers marked ``convention`` are practitioner habits with no trial behind them; the
rationale of a plan says so wherever one of them shapes a decision. The defaults of each goal,
built from these rules, are in :mod:`mmc.plan.goal_rules`.
"""

from __future__ import annotations

from mmc.model.prescription import RepRange
from mmc.model.session import Goal

__all__ = [
    "ACTIVATION_MAX_MINUTES",
    "ACTIVATION_SHARE",
    "BIG_MOVERS",
    "CARRY_EFFORT",
    "CARRY_METRES",
    "CHANGEOVER_SECONDS",
    "COMPOUND_FIRST",
    "CONNECTION_HIGH",
    "CONNECTION_LOW",
    "DIRECT_WORK_HEADS",
    "GOALS",
    "HEAVY_PATTERNS",
    "HOLD_EFFORT",
    "HOLD_SECONDS",
    "HOME_ROUTINE",
    "HYPERTROPHY_WARMUP_SETS",
    "LOADABLE",
    "LOAD_DROP",
    "LOAD_FLOOR",
    "LOAD_STEP",
    "LOAD_STEP_MAX",
    "MAJOR_MUSCLES",
    "MAX_BODYWEIGHT_REPS",
    "MAX_EXERCISES",
    "MAX_REPS_FOR_1RM",
    "MMC_MAX_PERCENT_1RM",
    "NEGATIVE_EFFORT",
    "NEVER_PLANNED_PATTERNS",
    "ONE_RM_EQUIPMENT",
    "PERCENT_TOLERANCE",
    "PRIMARY_SET_CREDIT",
    "RAMP_SETS_LATER",
    "REPS_RAISE",
    "RIR_MAX",
    "RIR_MIN",
    "RULE_TITLES",
    "SECONDARY_SET_CREDIT",
    "SESSION_SETS_PER_TARGET",
    "SHORT_REST_PATTERNS",
    "SHORT_REST_SECONDS",
    "SIDE_RATIO_LIMIT",
    "SMALL_MUSCLE_SESSION_SETS",
    "SUPERSET_MIN_REST",
    "SUPERSET_TRANSIT_SECONDS",
    "SWAP_AFTER",
    "UNLOADED_REST_SECONDS",
    "VOLUME_BANDS",
    "VOLUME_SLACK",
    "WARMUP_SETS",
    "WEEKLY_FREQUENCY",
    "WEEKLY_SETS_AIM",
    "WEEKLY_SETS_MAX",
    "WEEKLY_SETS_MIN",
    "changeover_seconds",
    "volume_band",
    "weekly_aim",
]

#: One line per rule of the evidence page, for rationale notes and docs.
RULE_TITLES: dict[str, str] = {
    "R1": "muscle cues (an internal focus) at moderate loads, <= 60% 1RM for MMC sets",
    "R2": "no muscle cue on an explosive concentric",
    "R3": "external cues for heavy, maximal and failure sets",
    "R4": "claim hypertrophy benefit modestly and per muscle",
    "R5": "MMC cues suit novices and trained lifters; compound lifts respond too",
    "R6": "tempo is eccentric, pause, concentric, pause; X = as fast as technique allows",
    "R7": "0.5-8 s per rep grows muscle alike; over 8 s warn, over 10 s likely inferior",
    "R8": "time under tension bands are lore: shown, never prescribed",
    "R10": "10-20 weekly hard sets per muscle; primary counts 1, secondary 0.5",
    "R11": "light (<= 60%) and heavy loads grew muscle alike in sets to failure; heavy for 1RM",
    "R12": "failure is not required; 1-3 reps in reserve by convention",
    "R13": "RPE 10 = 0 RIR; RIR targets 0-4 only",
    "R14": "rest 3 min on compound lifts, 1-2 min on isolation",
    "R15": "1RM from sets of <= 10 reps, average of Epley and Brzycki",
    "R16": "add 2-10% load once the reps beat the target range; big and multi-joint lifts first",
    "R17": "adding reps at a fixed load grows muscle like adding load",
    "R18": "train each muscle about twice a week; with volume equal, frequency matters little",
    "R19": "a deload is a planned spell of reduced training stress; its size is a convention",
    "convention": "a practitioner habit with no trial behind it",
}

#: R1: the default load cap of a mind-muscle-connection set, % of 1RM.
MMC_MAX_PERCENT_1RM = 60.0
#: R13: reps-in-reserve targets outside 0-4 are too poorly estimated to prescribe.
RIR_MIN = 0
RIR_MAX = 4
#: R15: estimate 1RM only from sets of at most this many reps.
MAX_REPS_FOR_1RM = 10
#: R10: a set counts 1 for each primary muscle and 0.5 for each secondary muscle.
PRIMARY_SET_CREDIT = 1.0
SECONDARY_SET_CREDIT = 0.5
#: R10: the default weekly band of hard sets per muscle (10 is a trend, not a cut-off).
WEEKLY_SETS_MIN = 10.0
WEEKLY_SETS_MAX = 20.0
#: R10 + convention: a week aims a little above the lower edge of the band.
WEEKLY_SETS_AIM = 12.0
#: Convention: each target is trained on two days of the week when there are two or more.
WEEKLY_FREQUENCY = 2
#: R10 + convention: one session gives a target at most half of the weekly upper edge.
SESSION_SETS_PER_TARGET = WEEKLY_SETS_MAX / 2
#: Convention (from the coaching idea): a short flex practice before training, at most 5
#: minutes or a tenth of the session; drills are done whole, never shrunk to fit. The
#: 10-minute home activation routine is recommended as a separate session at home.
ACTIVATION_MAX_MINUTES = 5.0
ACTIVATION_SHARE = 0.1
#: Convention: the drill recommended as a session of its own, at home.
HOME_ROUTINE = "home-activation-routine"
#: Convention: from the last set of one exercise to the first of the next (a short rest,
#: then moving, loading, adjusting) takes about 90 s.
CHANGEOVER_SECONDS = 90
#: Convention: a strength session's first heavy compound lift starts with ramp sets (e.g.
#: the bar, 50%, 70% of the working load), each about 90 s with its loading and short rest.
WARMUP_SETS = 3
#: Convention: a later main lift of another pattern (a deadlift after a squat, a bench press
#: after a squat) ramps up again with fewer sets: the body is warm, the pattern is not.
RAMP_SETS_LATER = 2
#: Convention: a mind-muscle session's first barbell lift gets one lighter warm-up set.
HYPERTROPHY_WARMUP_SETS = 1
#: Convention: in a superset, the walk from one exercise to the other, and the least rest
#: after each round (each muscle still rests at least its own prescribed rest).
SUPERSET_TRANSIT_SECONDS = 20
SUPERSET_MIN_REST = 60


def changeover_seconds(rest: int, heavy: bool = False) -> int:
    """Time from an exercise's last set to the next exercise's first (convention): about
    90 s, or in a strength session (heavy sets) the full rest, at least that."""
    return max(CHANGEOVER_SECONDS, rest) if heavy else CHANGEOVER_SECONDS
#: Convention: a week without named targets trains these muscles, most important first (the
#: big movers of a full-body programme, and the side delt: the one head no compound lift
#: trains as a primary mover); any the week cannot hold are left out from the end.
MAJOR_MUSCLES = (
    "quadriceps",
    "gluteus-maximus",
    "pectoralis-major",
    "latissimus-dorsi",
    "hamstrings",
    "rhomboids",
    "deltoid-lateral",
    "triceps-brachii",
    "biceps-brachii",
    "calves",
    "rectus-abdominis",
)
#: Convention: the big movers of the squat, hinge, press and pull, trained on every day of a
#: full-body week (up to three) and grown before the smaller muscles.
BIG_MOVERS = frozenset(
    {"quadriceps", "gluteus-maximus", "pectoralis-major", "latissimus-dorsi", "hamstrings"}
)
#: Convention (coach's review 3): a smaller muscle (not a big mover) gets a second exercise in
#: a session only while it has fewer hard sets there than this; the time goes to the big
#: movers' shortfalls first (no two calf raises for 8 sets next to a short hamstring day).
SMALL_MUSCLE_SESSION_SETS = 5.0
#: Convention (coach's review 3): big movers whose first exercise in a session is a compound
#: lift when the kit has one (a push day's chest work starts on a press, not a fly; a lats
#: day on a pull). The hamstrings may start on a leg curl: bending the knee is their own job.
COMPOUND_FIRST = frozenset(
    {"quadriceps", "gluteus-maximus", "pectoralis-major", "latissimus-dorsi"}
)
#: R10 + convention: heads worth cueing on their own that compound lifts do not train as a
#: primary mover; a week that trains the whole muscle is checked for direct work on each.
DIRECT_WORK_HEADS = ("deltoid-lateral",)
#: R10 + convention: the weekly band of hard sets per muscle. Every muscle and head uses R10's
#: 10-20, except a whole muscle whose heads are trained by different movements: the deltoid's
#: count adds presses (front), raises (side) and rows (rear), so its upper edge is 30 while
#: each head keeps 10-20.
#: The trunk flexors are the other exception (a convention): squats, hinges and presses
#: already load them as braces, so direct work is 4-8 sets a week, and the week's time goes
#: to the big movers first.
VOLUME_BANDS: dict[str, tuple[float, float]] = {
    "deltoid": (10.0, 30.0),
    "rectus-abdominis": (4.0, 8.0),
    "obliques": (4.0, 8.0),
}
#: Convention: a muscle more than this many sets over its band's top is "far over" it.
#: (Within the slack a week is "over" and flagged, but not far over.)
VOLUME_SLACK = 2.0
#: Convention: more exercises than this in one session dilutes attention.
MAX_EXERCISES = 8
#: Convention: 1-5 connection ratings; 4-5 means the target muscle was clearly felt.
CONNECTION_HIGH = 4
#: Convention: an average rating below 3 means the helpers led the set.
CONNECTION_LOW = 3.0
#: R16: a load rise is at least 2% (the smallest step the equipment allows at or above it);
#: a rise above 10% is said to be one.
LOAD_STEP = 0.02
LOAD_STEP_MAX = 0.10
#: Convention: take about 10% off when the connection is lost, at most twice in a row and
#: never below 80% of the load before the first cut; a third low session suggests a swap.
LOAD_DROP = 0.10
LOAD_FLOOR = 0.80
SWAP_AFTER = 3
#: R17 + convention: a bodyweight or band exercise with no slower tempo and no harder
#: variation left raises its rep range by 3, up to 30 reps.
REPS_RAISE = 3
MAX_BODYWEIGHT_REPS = 30
#: Convention: push/pull or front/back set ratios beyond 1.5 are flagged.
SIDE_RATIO_LIMIT = 1.5
#: R14: rest on low-load trunk, shoulder-girdle and small-joint work (the 1-minute end of
#: R14's 1-2 min for isolation): patterns whose sets do not tax the whole body.
SHORT_REST_PATTERNS = frozenset(
    {
        "anti-extension",
        "anti-rotation",
        "lateral-flexion",
        "trunk-flexion",
        "trunk-rotation",
        "scapular",
        "rotator-cuff",
        "hip-abduction",
        "hip-adduction",
        "hip-flexion",
        "calf-raise",
        "wrist",
        "neck",
        "ankle-dorsiflexion",
    }
)
#: R14: that rest, in seconds.
SHORT_REST_SECONDS = 60
#: Convention (inside R14's 1-2 min): band and bodyweight compounds outside strength plans
#: rest 90 s (chin-ups and pull-ups keep the goal's rest); their isolation work 60 s.
UNLOADED_REST_SECONDS = 90
#: Convention: the patterns a strength plan loads heavily (4-6 reps) when the lift is a
#: two-sided loaded compound; one-side lifts and other compounds are accessory work.
HEAVY_PATTERNS = frozenset(
    {"squat", "hinge", "horizontal-push", "vertical-push", "horizontal-pull", "vertical-pull"}
)
#: Convention (R2 and Wulf 2013 in support; compare R5): a combination lift (two or more
#: movements chained in every rep: a thruster, a squat to press, a Turkish get-up) is never
#: picked for a session of any goal and never offered as a substitute, a swap or a harder
#: variation: the target changes inside every rep, the load is set by the weakest movement
#: (so a strength plan cannot progress it by %1RM), and most of these lifts are driven fast
#: at the hand-off (R2) or are skills better learnt with an external focus (Wulf 2013). No
#: study has compared muscle cues on chained and single lifts.
NEVER_PLANNED_PATTERNS = frozenset({"combination"})
#: Convention: a hold is dosed 20-40 s and a carry 20-30 m, whatever the goal.
HOLD_SECONDS = RepRange(low=20, high=40)
CARRY_METRES = RepRange(low=20, high=30)
#: Convention: the effort of a hold and of a carry, in words (no RIR: there are no reps).
HOLD_EFFORT = "stop 5-10 s before your form breaks"
CARRY_EFFORT = "the heaviest load you can walk tall, grip holding"
#: Convention: an eccentric-only negative has no lifting phase and so no reps in reserve.
NEGATIVE_EFFORT = "end the set when you can no longer slow the lowering"
#: Equipment whose load can be set as a share of 1RM (R15); bodyweight and bands are set by
#: reps in reserve alone (R13).
LOADABLE = frozenset({"barbell", "dumbbell", "ez-bar", "kettlebell", "cable", "machine", "plate"})
#: Convention (coach's review 3): %1RM is printed only for lifts whose 1RM lifters test or
#: estimate (a barbell, machine or cable lift); a dumbbell or kettlebell lift (a goblet
#: squat, a one-arm row, a hip thrust) is set by its reps and reps in reserve (R13).
ONE_RM_EQUIPMENT = frozenset({"barbell", "cable", "machine", "plate"})

#: R15 + convention: a prescription's %1RM may sit this many points outside the band the
#: reps-to-failure table gives for its rep range and RIR (the table is an average; past 10
#: reps to failure it is extrapolated, so it is a guide, not a measurement).
PERCENT_TOLERANCE = 2.5

GOALS: tuple[Goal, ...] = ("mmc-hypertrophy", "strength", "technique")


def volume_band(muscle_id: str) -> tuple[float, float]:
    """The weekly band of hard sets for a muscle (R10; see :data:`VOLUME_BANDS`)."""
    return VOLUME_BANDS.get(muscle_id, (WEEKLY_SETS_MIN, WEEKLY_SETS_MAX))


def weekly_aim(muscle_id: str) -> float:
    """The weekly sets a week aims at for a target: :data:`WEEKLY_SETS_AIM`, or the middle of
    a narrower band (6 for the abs)."""
    low, high = volume_band(muscle_id)
    return min(WEEKLY_SETS_AIM, (low + high) / 2)


