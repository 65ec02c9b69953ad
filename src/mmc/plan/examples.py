"""Worked examples: realistic planning requests and the plans the bundled library gives.

The same scenarios are checked by ``tests/test_plan_scenarios.py`` (what a coach checks)
and rendered into ``docs/planner-examples.md`` by ``scripts/planner_examples.py`` (a test
fails when the page is not current).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from mmc.model.library import Library
from mmc.model.session import Session
from mmc.model.training import Week
from mmc.plan.session import plan_session
from mmc.plan.text import session_markdown, week_markdown
from mmc.plan.week import plan_week

__all__ = ["FULL_GYM", "SCENARIOS", "Scenario", "examples_markdown"]

FULL_GYM = (
    "barbell", "dumbbell", "ez-bar", "kettlebell", "cable", "machine", "band", "bench",
    "pull-up-bar", "plate",
)  # fmt: skip


@dataclass(frozen=True)
class Scenario:
    """One request: a week (``days`` > 0) or a single session (``days`` == 0)."""

    id: str
    title: str
    who: str
    equipment: tuple[str, ...]
    minutes: int
    days: int = 0
    targets: tuple[str, ...] | None = None
    goal: str = "mmc-hypertrophy"
    level: str = "intermediate"
    notes: tuple[str, ...] = field(default_factory=tuple)

    def plan(self, library: Library) -> Week | Session:
        if self.days:
            return plan_week(
                library,
                days=self.days,
                minutes=self.minutes,
                equipment=self.equipment,
                targets=self.targets,
                goal=self.goal,
                level=self.level,
            )
        return plan_session(
            library,
            targets=self.targets or (),
            equipment=self.equipment,
            minutes=self.minutes,
            goal=self.goal,
            level=self.level,
        )


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("beginner-dumbbells-3x45", "Beginner, dumbbells only, 3 x 45 min",
             "a beginner with a pair of adjustable dumbbells and no bench",
             ("dumbbell",), 45, days=3, level="beginner"),
    Scenario("gym-4x60", "Full gym, 4 x 60 min", "an intermediate lifter in a full gym",
             FULL_GYM, 60, days=4),
    Scenario("gym-5x75", "Full gym, 5 x 75 min", "an intermediate lifter with more time",
             FULL_GYM, 75, days=5),
    Scenario("gym-6x60", "Full gym, 6 x 60 min", "an advanced lifter training six days",
             FULL_GYM, 60, days=6, level="advanced"),
    Scenario("bands-3x30", "Bands at home, 3 x 30 min", "someone training at home with bands",
             ("band",), 30, days=3),
    Scenario("bodyweight-3x40", "No equipment, 3 x 40 min",
             "someone with a floor and nothing else", (), 40, days=3),
    Scenario("older-beginner-2x45", "Older beginner, machines and dumbbells, 2 x 45 min",
             "an older beginner in a gym's machine area", ("machine", "cable", "dumbbell",
                                                           "bench"), 45, days=2,
             level="beginner"),
    Scenario("machines-3x60", "Machines only, 3 x 60 min", "a lifter using selectorised "
             "machines only", ("machine",), 60, days=3),
    Scenario("strength-barbell-3x60", "Strength, barbell and rack, 3 x 60 min",
             "a lifter training for strength with a barbell, bench and pull-up bar",
             ("barbell", "bench", "plate", "pull-up-bar"), 60, days=3, goal="strength"),
    Scenario("strength-gym-4x60", "Strength, full gym, 4 x 60 min",
             "a lifter training for strength in a full gym", FULL_GYM, 60, days=4,
             goal="strength"),
    Scenario("home-gym-4x45", "Home gym, 4 x 45 min", "a home gym: barbell, dumbbells, bench, "
             "pull-up bar", ("barbell", "dumbbell", "bench", "pull-up-bar"), 45, days=4),
    Scenario("kettlebell-3x40", "Kettlebells and a pull-up bar, 3 x 40 min",
             "a kettlebell trainee with a pull-up bar", ("kettlebell", "pull-up-bar"), 40,
             days=3),
    Scenario("technique-2x45", "Technique practice, full gym, 2 x 45 min",
             "a beginner learning the lifts", FULL_GYM, 45, days=2, goal="technique",
             level="beginner"),
    Scenario("glutes-lats-30", "Glutes and lats in 30 min", "one session for two muscles",
             FULL_GYM, 30, targets=("gluteus-maximus", "latissimus-dorsi")),
    Scenario("chest-barbell-45", "Chest with a barbell and bench, 45 min",
             "one chest session", ("barbell", "bench"), 45, targets=("pectoralis-major",)),
)


def _without_reasons(text: str) -> str:
    """The plan without its "Why" lists (every plan has them; the page would be too long)."""
    kept: list[str] = []
    skipping = False
    for line in text.split("\n"):
        if line.startswith("#"):
            skipping = line.rstrip().endswith(" Why")
        if not skipping:
            kept.append(line)
    return "\n".join(kept)


def examples_markdown(library: Library, scenarios: Sequence[Scenario] = SCENARIOS) -> str:
    """The docs page of worked examples: each scenario's request and its plan."""
    lines = [
        "# Planner: worked examples",
        "",
        "<!-- Generated by scripts/planner_examples.py from mmc.plan.examples; do not edit. -->",
        "",
        "Each example is a realistic request planned from the bundled library, exactly as "
        "`plan_week` or `plan_session` returns it. `tests/test_plan_scenarios.py` checks every "
        "one the way a coach would: each major muscle the equipment can train gets direct "
        "work, no muscle far over its band of weekly sets, pushing and pulling in balance by "
        "movement pattern, no two days in a row the same, compound lifts before isolation, "
        "per-side sets timed for both sides within the budget, and %1RM, reps and reps in "
        "reserve that agree. Where a plan falls short (under-volume flags, a muscle the "
        "equipment cannot train) the plan says so in its flags.",
        "",
        f"Library: {len(library.exercises)} exercises, {len(library.muscles)} muscles.",
        "",
    ]
    for scenario in scenarios:
        lines += [f"## {scenario.title}", "", f"For {scenario.who}. Request: "]
        request = [
            f"days={scenario.days}" if scenario.days else "one session",
            f"minutes={scenario.minutes}",
            "equipment=" + (", ".join(scenario.equipment) or "none"),
            f"goal={scenario.goal}",
            f"level={scenario.level}",
        ]
        if scenario.targets:
            request.append("targets=" + ", ".join(scenario.targets))
        lines[-1] += "`" + "; ".join(request) + "`."
        lines.append("")
        plan = scenario.plan(library)
        text = week_markdown(plan) if isinstance(plan, Week) else session_markdown(plan)
        body = text.split("\n", 1)[1]  # its own title is the section's
        body = body.replace("\n# ", "\n### ").replace("\n## ", "\n### ")
        lines.append(_without_reasons(body))
    return "\n".join(lines).rstrip("\n") + "\n"
