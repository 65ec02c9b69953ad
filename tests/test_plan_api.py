"""The planner's public names: importable from ``mmc`` itself and listed in ``__all__``."""

from __future__ import annotations

import inspect
import re

import mmc
import mmc.plan
from mmc.plan import structure

PLANNER_NAMES = {
    "Goal", "MuscleVolume", "Progression", "RuleNote", "Session", "SessionDrill", "SessionItem",
    "SetLog", "Week", "WeekFlag", "estimate_1rm", "load_for", "plan_session", "plan_week",
    "progress", "rir_to_rpe", "rpe_to_rir", "weekly_volume",
}


def test_planner_names_are_public() -> None:
    assert set(mmc.__all__) >= PLANNER_NAMES
    for name in PLANNER_NAMES:
        assert getattr(mmc, name) is not None
    for name in mmc.plan.__all__:
        assert hasattr(mmc.plan, name)


def test_planner_functions_are_documented_and_keyword_only() -> None:
    for func in (mmc.plan_session, mmc.plan_week):
        assert inspect.getdoc(func)
        params = inspect.signature(func).parameters
        assert [p for p in params.values() if p.kind is p.POSITIONAL_OR_KEYWORD] == [
            params["library"]
        ]
    for func in (mmc.progress, mmc.estimate_1rm, mmc.load_for, mmc.rir_to_rpe, mmc.rpe_to_rir):
        assert inspect.getdoc(func)


def test_every_rule_constant_names_its_rule() -> None:
    # EVIDENCE.md: each rule in code names its rule id (or says it is a convention) in the
    # comment just above it.
    cited = re.compile(r"\bR(?:1[0-9]|[1-9])\b|[Cc]onvention")
    for module in (mmc.plan.rules, mmc.plan.goal_rules, structure):
        lines = inspect.getsource(module).splitlines()
        for name in module.__all__:
            if not name.isupper() or name in ("GOALS", "RULE_TITLES", "GOAL_RULES"):
                continue
            line = next(
                i for i, text in enumerate(lines) if re.match(rf"{name}(: [^=]+)? =", text)
            )
            assert cited.search("\n".join(lines[max(0, line - 4) : line + 1])), name
    for rules in mmc.plan.goal_rules.GOAL_RULES.values():
        assert all(cited.fullmatch(rule) for rule, _, _ in rules.notes)
