"""The prescription defaults of each goal, every one tied to the rule it comes from.

The rules themselves, with their notes, are in :mod:`mmc.plan.rules`.
"""

from __future__ import annotations

from dataclasses import dataclass

from mmc.model.cue import CuePhase, Focus
from mmc.model.prescription import RepRange
from mmc.model.session import Goal
from mmc.model.tempo import Tempo
from mmc.plan.rules import MMC_MAX_PERCENT_1RM

__all__ = ["ACCESSORY_REPS", "GOAL_RULES", "GoalRules", "percent_for"]


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


def percent_for(reps: RepRange, rir: int) -> float:
    """R15: the %1RM that leaves ``rir`` in reserve at the top of ``reps``, to 2.5%.

    The load a lifter can take to ``reps.high + rir`` reps to failure: the top of the range
    is where double progression adds load (R16), so the range's first sessions sit a little
    further from failure.
    """
    return round(_percent_for(reps.high + rir) / 2.5) * 2.5


_MMC_REPS = RepRange(low=12, high=15)
_MMC_RIR = 2
_STRENGTH_REPS = RepRange(low=4, high=6)
_STRENGTH_RIR = 2
_TECHNIQUE_REPS = RepRange(low=8, high=10)
_TECHNIQUE_RIR = 4
#: Convention (R15 for the load): in a strength plan, isolation, trunk and small-joint work
#: is accessory work: 8-12 reps at the goal's RIR, at the %1RM R15's table gives for them,
#: at the exercise's own controlled tempo (heavy triples on a dead bug or a curl are no one's
#: strength training).
ACCESSORY_REPS = RepRange(low=8, high=12)

GOAL_RULES: dict[Goal, GoalRules] = {
    "mmc-hypertrophy": GoalRules(
        goal="mmc-hypertrophy",
        focus=("muscle", "body"),
        reps=_MMC_REPS,
        rir=_MMC_RIR,
        percent_1rm=min(MMC_MAX_PERCENT_1RM, percent_for(_MMC_REPS, _MMC_RIR)),
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
                "muscle cues at 60% 1RM",
                "muscle cues raised its EMG up to 60% 1RM; at 80% studies disagree",
            ),
            (
                "R11",
                "a light load for growth",
                "<= 60% 1RM grew muscle like heavy loads in trials that went to failure; "
                "stopping at 2 RIR is an extrapolation",
            ),
            (
                "R15",
                "12-15 reps at 60% 1RM, 2 RIR",
                "60% 1RM is roughly 15-20 reps to failure (a rough guide past 10 reps): "
                "15 reps + 2 in reserve",
            ),
            ("R12", "2 reps in reserve", "failure is not required for growth"),
            ("R2", "controlled concentric", "muscle cues raised EMG on controlled reps, not explosive ones"),
            ("R7", "rep of 3-8 s", "0.5-8 s per rep grows muscle alike; slower helps feel it"),
            (
                "R14",
                "rest 2 min compound, 90 s isolation",
                "R14 says about 3 min on compounds; 2 min is a convention to fit the session, "
                "growth held where the total load lifted was kept",
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
        percent_1rm=percent_for(_STRENGTH_REPS, _STRENGTH_RIR),
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
            ("R15", "4-6 reps at 80% 1RM", "6 reps + 2 in reserve = 8 reps to failure"),
            ("R12", "2 reps in reserve", "failure is not required"),
            ("R6", "explosive concentric", "X = as fast as good technique allows"),
            ("R14", "rest 3 min compound, 2 min isolation", "3 min beat 1 min for 1RM"),
        ),
    ),
    "technique": GoalRules(
        goal="technique",
        focus=("muscle", "body", "environment"),
        reps=_TECHNIQUE_REPS,
        rir=_TECHNIQUE_RIR,
        percent_1rm=percent_for(_TECHNIQUE_REPS, _TECHNIQUE_RIR),
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
            ("convention", "slow, few sets", "practice the pattern fresh, far from failure"),
            ("R13", "4 reps in reserve", "the loosest RIR target that can still be estimated"),
            (
                "R15",
                "8-10 reps at 65% 1RM, 4 RIR",
                "65% 1RM is roughly 14-16 reps to failure (a rough guide past 10 reps): "
                "10 reps + 4 in reserve",
            ),
            ("R7", "an 8 s rep", "slow, but within the 0.5-8 s band"),
            ("R5", "cues for every phase", "muscle cues raised target EMG in novices and trained lifters"),
            ("R14", "rest 90 s compound, 60 s isolation", "light sets need little recovery"),
        ),
    ),
}
