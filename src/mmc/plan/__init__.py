"""Session and week planning, progression and load arithmetic, each rule citing the evidence page.

Pure functions over a :class:`~mmc.model.library.Library`: no file system, no global state,
the same input gives the same plan.

Each name is imported on first use, from the module :data:`_HOME` names for it: ``mmc build``
plans single sessions only, and importing the week, block and progression planners (and
their models) up front cost its start-up about 47 M instructions (4 %, callgrind).
"""

from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

#: Where each public name lives.
_HOME: dict[str, str] = {
    "GOALS": "mmc.plan.rules",
    "GOAL_RULES": "mmc.plan.goal_rules",
    "GoalRules": "mmc.plan.goal_rules",
    "Increments": "mmc.plan.increments",
    "RULE_TITLES": "mmc.plan.rules",
    "block_markdown": "mmc.plan.text",
    "default_targets": "mmc.plan.week",
    "estimate_1rm": "mmc.plan.loads",
    "load_consistent": "mmc.plan.loads",
    "load_for": "mmc.plan.loads",
    "percent_1rm_band": "mmc.plan.loads",
    "percent_1rm_for": "mmc.plan.loads",
    "plan_block": "mmc.plan.block",
    "plan_session": "mmc.plan.session",
    "plan_week": "mmc.plan.week",
    "progress": "mmc.plan.progression",
    "rir_to_rpe": "mmc.plan.loads",
    "rpe_to_rir": "mmc.plan.loads",
    "select_cues": "mmc.plan.session",
    "session_markdown": "mmc.plan.text",
    "set_credit": "mmc.plan.session",
    "slower_tempo": "mmc.plan.progression",
    "substitute": "mmc.plan.substitution",
    "week_markdown": "mmc.plan.text",
    "weekly_volume": "mmc.plan.week",
    "working_weight": "mmc.plan.progression",
}

__all__ = sorted(_HOME)

if TYPE_CHECKING:  # pragma: no cover - what type checkers and IDEs see
    from mmc.plan.block import plan_block as plan_block
    from mmc.plan.goal_rules import GOAL_RULES as GOAL_RULES
    from mmc.plan.goal_rules import GoalRules as GoalRules
    from mmc.plan.increments import Increments as Increments
    from mmc.plan.loads import estimate_1rm as estimate_1rm
    from mmc.plan.loads import load_consistent as load_consistent
    from mmc.plan.loads import load_for as load_for
    from mmc.plan.loads import percent_1rm_band as percent_1rm_band
    from mmc.plan.loads import percent_1rm_for as percent_1rm_for
    from mmc.plan.loads import rir_to_rpe as rir_to_rpe
    from mmc.plan.loads import rpe_to_rir as rpe_to_rir
    from mmc.plan.progression import progress as progress
    from mmc.plan.progression import slower_tempo as slower_tempo
    from mmc.plan.progression import working_weight as working_weight
    from mmc.plan.rules import GOALS as GOALS
    from mmc.plan.rules import RULE_TITLES as RULE_TITLES
    from mmc.plan.session import plan_session as plan_session
    from mmc.plan.session import select_cues as select_cues
    from mmc.plan.session import set_credit as set_credit
    from mmc.plan.substitution import substitute as substitute
    from mmc.plan.text import block_markdown as block_markdown
    from mmc.plan.text import session_markdown as session_markdown
    from mmc.plan.text import week_markdown as week_markdown
    from mmc.plan.week import default_targets as default_targets
    from mmc.plan.week import plan_week as plan_week
    from mmc.plan.week import weekly_volume as weekly_volume


def __getattr__(name: str) -> Any:
    if name in _HOME:
        value = getattr(import_module(_HOME[name]), name)
    elif name.isidentifier() and not name.startswith("__") and find_spec(f"{__name__}.{name}"):
        value = import_module(f"{__name__}.{name}")  # a submodule: mmc.plan.rules, ...
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
