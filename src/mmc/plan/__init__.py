"""Session and week planning, progression and load arithmetic, each rule citing the evidence page.

Pure functions over a :class:`~mmc.model.library.Library`: no file system, no global state,
the same input gives the same plan.
"""

from __future__ import annotations

from mmc.plan.block import plan_block
from mmc.plan.goal_rules import GOAL_RULES, GoalRules
from mmc.plan.increments import Increments
from mmc.plan.loads import (
    estimate_1rm,
    load_consistent,
    load_for,
    percent_1rm_band,
    percent_1rm_for,
    rir_to_rpe,
    rpe_to_rir,
)
from mmc.plan.progress import progress, slower_tempo, working_weight
from mmc.plan.rules import GOALS, RULE_TITLES
from mmc.plan.session import plan_session, select_cues, set_credit
from mmc.plan.substitute import substitute
from mmc.plan.text import block_markdown, session_markdown, week_markdown
from mmc.plan.week import default_targets, plan_week, weekly_volume

__all__ = [
    "GOALS",
    "GOAL_RULES",
    "RULE_TITLES",
    "GoalRules",
    "Increments",
    "block_markdown",
    "default_targets",
    "estimate_1rm",
    "load_consistent",
    "load_for",
    "percent_1rm_band",
    "percent_1rm_for",
    "plan_block",
    "plan_session",
    "plan_week",
    "progress",
    "rir_to_rpe",
    "rpe_to_rir",
    "select_cues",
    "session_markdown",
    "set_credit",
    "slower_tempo",
    "substitute",
    "week_markdown",
    "weekly_volume",
    "working_weight",
]
