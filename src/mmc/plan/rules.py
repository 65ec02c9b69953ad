"""The planner's evidence: every default names the rule it comes from.

The rules (R1 ... R15; there is no R9) are explained, with their studies, on the bundled
content page ``evidence``: ``guide/evidence/`` of a site built by ``mmc build``.

Numbers marked ``convention`` are practitioner habits with no trial behind them; the
rationale of a plan says so wherever one of them shapes a decision.
"""

from __future__ import annotations

from dataclasses import dataclass

from mmc.model.cue import CuePhase, Focus
from mmc.model.prescription import RepRange
from mmc.model.session import Goal
from mmc.model.tempo import Tempo

__all__ = [
    "ACTIVATION_MAX_MINUTES",
    "ACTIVATION_SHARE",
    "CHANGEOVER_SECONDS",
    "CONNECTION_HIGH",
    "CONNECTION_LOW",
    "GOALS",
    "GOAL_RULES",
    "LOADABLE",
    "LOAD_DROP",
    "LOAD_STEP",
    "MAJOR_MUSCLES",
    "MAX_EXERCISES",
    "MAX_REPS_FOR_1RM",
    "MMC_MAX_PERCENT_1RM",
    "PRIMARY_SET_CREDIT",
    "PULL_PATTERNS",
    "PUSH_PATTERNS",
    "RIR_MAX",
    "RIR_MIN",
    "RULE_TITLES",
    "SECONDARY_SET_CREDIT",
    "SESSION_SETS_PER_TARGET",
    "SIDE_RATIO_LIMIT",
    "WEEKLY_FREQUENCY",
    "WEEKLY_SETS_AIM",
    "WEEKLY_SETS_MAX",
    "WEEKLY_SETS_MIN",
    "GoalRules",
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
    "R11": "light (<= 60%) and heavy loads grow muscle alike near failure; heavy for 1RM",
    "R12": "failure is not required; 1-3 reps in reserve by convention",
    "R13": "RPE 10 = 0 RIR; RIR targets 0-4 only",
    "R14": "rest 3 min on compound lifts, 1-2 min on isolation",
    "R15": "1RM from sets of <= 10 reps, average of Epley and Brzycki",
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
#: Convention (from the coaching idea): about 10 minutes of flex practice before training,
#: scaled to a fifth of a shorter session.
ACTIVATION_MAX_MINUTES = 10.0
ACTIVATION_SHARE = 0.2
#: Convention: setting up a station (moving, loading, adjusting) takes about a minute.
CHANGEOVER_SECONDS = 60
#: Convention: a week without named targets trains these whole muscles, most important first
#: (the big movers of a full-body programme); any the week cannot hold are left out from
#: the end.
MAJOR_MUSCLES = (
    "quadriceps",
    "gluteus-maximus",
    "pectoralis-major",
    "latissimus-dorsi",
    "hamstrings",
    "deltoid",
    "rhomboids",
    "triceps-brachii",
    "biceps-brachii",
    "calves",
    "rectus-abdominis",
)
#: Convention: more exercises than this in one session dilutes attention.
MAX_EXERCISES = 8
#: Convention: 1-5 connection ratings; 4-5 means the target muscle was clearly felt.
CONNECTION_HIGH = 4
#: Convention: an average rating below 3 means the helpers led the set.
CONNECTION_LOW = 3.0
#: Convention: add about 5% when the connection holds; take 10% off when it is lost.
LOAD_STEP = 0.05
LOAD_DROP = 0.10
#: Convention: push/pull or front/back set ratios beyond 1.5 are flagged.
SIDE_RATIO_LIMIT = 1.5
#: Equipment whose load can be set as a share of 1RM (R15); bodyweight and bands are set by
#: reps in reserve alone (R13).
LOADABLE = frozenset({"barbell", "dumbbell", "ez-bar", "kettlebell", "cable", "machine", "plate"})
PUSH_PATTERNS = frozenset({"horizontal-push", "vertical-push", "fly", "elbow-extension"})
PULL_PATTERNS = frozenset({"horizontal-pull", "vertical-pull", "pullover", "elbow-flexion"})

GOALS: tuple[Goal, ...] = ("mmc-hypertrophy", "strength", "technique")


@dataclass(frozen=True, slots=True)
class GoalRules:
    """The prescription defaults of one goal, each field tied to its rule in ``notes``."""

    goal: Goal
    focus: tuple[Focus, ...]
    """The cue foci this goal shows."""
    reps: RepRange
    rir: int
    percent_1rm: float
    tempo: Tempo
    min_sets: int
    default_sets: int
    max_sets: int
    rest_compound: int
    rest_isolation: int
    cue_phases: tuple[CuePhase, ...]
    max_cues: int
    keep_exercise_tempo: bool
    notes: tuple[tuple[str, str, str], ...]
    """(rule, decision, reason) notes added to every plan of this goal."""


def _percent_for(reps_to_failure: int) -> float:
    # R15, the same arithmetic as loads.percent_1rm_for (kept here to avoid an import cycle),
    # rounded to half a percent.
    epley = 1.0 + reps_to_failure / 30.0
    brzycki = 36.0 / (37.0 - reps_to_failure)
    return round(2.0 * 100.0 / ((epley + brzycki) / 2.0)) / 2.0


_STRENGTH_REPS = RepRange(low=4, high=6)
_STRENGTH_RIR = 2

GOAL_RULES: dict[Goal, GoalRules] = {
    "mmc-hypertrophy": GoalRules(
        goal="mmc-hypertrophy",
        focus=("muscle", "body"),
        reps=RepRange(low=12, high=15),
        rir=2,
        percent_1rm=55.0,
        tempo=Tempo.parse("3-1-1-1"),
        min_sets=2,
        default_sets=3,
        max_sets=4,
        rest_compound=120,
        rest_isolation=90,
        cue_phases=("setup", "eccentric", "concentric", "peak"),
        max_cues=3,
        keep_exercise_tempo=True,
        notes=(
            (
                "R1",
                "internal cues at 55% 1RM",
                "muscle cues raised its EMG up to 60% 1RM; at 80% studies disagree",
            ),
            (
                "R11",
                "a light load for growth",
                "<= 60% 1RM grows muscle like heavy loads near failure",
            ),
            ("R15", "12-15 reps", "<= 60% 1RM is roughly 15-20 reps to failure; stop 2 short"),
            ("R12", "2 reps in reserve", "failure is not required for growth"),
            ("R2", "controlled concentric", "muscle cues raised EMG on controlled reps, not explosive ones"),
            ("R7", "rep of 3-8 s", "0.5-8 s per rep grows muscle alike; slower helps feel it"),
            (
                "R14",
                "rest 2 min compound, 90 s isolation",
                "volume is kept, so shorter rest is fine",
            ),
            ("R4", "benefit claimed modestly", "internal focus grew elbow flexors, not quadriceps"),
            ("R8", "time under tension shown only", "TUT bands are lore, not prescriptions"),
        ),
    ),
    "strength": GoalRules(
        goal="strength",
        focus=("environment", "body"),
        reps=_STRENGTH_REPS,
        rir=_STRENGTH_RIR,
        percent_1rm=_percent_for(_STRENGTH_REPS.high + _STRENGTH_RIR),
        tempo=Tempo.parse("2-1-X-0"),
        min_sets=3,
        default_sets=4,
        max_sets=5,
        rest_compound=180,
        rest_isolation=120,
        cue_phases=("setup", "concentric", "eccentric", "breathing"),
        max_cues=3,
        keep_exercise_tempo=False,
        notes=(
            ("R3", "external cues", "focus on the load or floor gives more force and reps"),
            ("R11", "heavy loads", "1RM strength favours heavy loads"),
            ("R15", "4-6 reps at ~80% 1RM", "6 reps + 2 in reserve = 8 reps to failure"),
            ("R12", "2 reps in reserve", "failure is not required"),
            ("R6", "explosive concentric", "X = as fast as good technique allows"),
            ("R14", "rest 3 min compound, 2 min isolation", "3 min beat 1 min for 1RM"),
        ),
    ),
    "technique": GoalRules(
        goal="technique",
        focus=("muscle", "body", "environment"),
        reps=RepRange(low=6, high=8),
        rir=4,
        percent_1rm=40.0,
        tempo=Tempo.parse("4-1-2-1"),
        min_sets=1,
        default_sets=2,
        max_sets=3,
        rest_compound=90,
        rest_isolation=60,
        cue_phases=("setup", "eccentric", "pause", "concentric", "peak"),
        max_cues=4,
        keep_exercise_tempo=False,
        notes=(
            ("convention", "light, slow, few sets", "practice the pattern fresh, far from failure"),
            ("R13", "4 reps in reserve", "the loosest RIR target that can still be estimated"),
            ("R7", "an 8 s rep", "slow, but within the 0.5-8 s band"),
            ("R5", "cues for every phase", "muscle cues raised target EMG in novices and trained lifters"),
            ("R14", "rest 90 s compound, 60 s isolation", "light sets need little recovery"),
        ),
    ),
}
