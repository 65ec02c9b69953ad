"""Speed on a synthetic library of 1,000 exercises: plan_session < 10 ms, plan_week < 100 ms.

Medians over repeated runs (best of three rounds), measured with ``time.perf_counter``; run
with ``-s`` to see them.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

import pytest

import mmc
from mmc.model.common import EQUIPMENT, PATTERNS
from tests.test_plan_library import DRILLS, MUSCLES

PHASES = ("setup", "eccentric", "concentric", "peak")
GYM = ["barbell", "bench", "cable", "dumbbell", "machine"]


def synthetic_library(count: int = 1000, seed: int = 7) -> mmc.Library:
    """``count`` random but valid exercises over the fixture's muscles (deterministic)."""
    rng = random.Random(seed)
    muscles = [mmc.Muscle.model_validate(m) for m in MUSCLES]
    ids = [m.id for m in muscles]
    kit = [e for e in EQUIPMENT if e != "bodyweight"]
    exercises = []
    for n in range(count):
        primary = rng.sample(ids, rng.randint(1, 2))
        secondary = rng.sample([m for m in ids if m not in primary], 2)
        cues = [
            mmc.Cue(
                text=f"Cue {k}: feel the {primary[k % len(primary)]}",
                phase=rng.choice(PHASES),
                focus=rng.choice(["muscle", "body", "environment"]),
                muscle=primary[k % len(primary)],
            )
            for k in range(4)
        ]
        exercises.append(
            mmc.Exercise(
                id=f"synthetic-{n:05d}",
                name=f"Movement {n}",
                primary=primary,
                secondary=secondary,
                equipment=rng.sample(kit, rng.randint(1, 2))
                if rng.random() < 0.85
                else ["bodyweight"],
                mechanic=rng.choice(["compound", "isolation"]),
                pattern=rng.choice(PATTERNS),
                level=rng.choice(["beginner", "intermediate", "advanced"]),
                tempo=mmc.Tempo.parse(
                    f"{rng.randint(2, 4)}-{rng.randint(0, 1)}-{rng.choice('12X')}-0"
                ),
                cues=cues,
            )
        )
    return mmc.Library(muscles=muscles, exercises=exercises, drills=DRILLS)


def median_ms(func: Callable[[], object], runs: int, rounds: int = 3) -> float:
    """The median time of ``runs`` calls, best of ``rounds`` (other processes add noise)."""
    func()  # warm up
    medians = []
    for _ in range(rounds):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            func()
            times.append(time.perf_counter() - start)
        medians.append(statistics.median(times))
    return min(medians) * 1000


#: Timing checks are benchmarks: run with `pytest -m benchmark`, never time-gated in CI.
pytestmark = pytest.mark.benchmark

LIB = synthetic_library()


def test_library_size() -> None:
    assert len(LIB.exercises) == 1000


def test_plan_session_under_10_ms() -> None:
    def run() -> mmc.Session:
        return mmc.plan_session(
            LIB,
            targets=["pectoralis-major", "latissimus-dorsi", "quadriceps"],
            equipment=GYM,
            minutes=60,
            level="advanced",
        )

    assert run().items
    ms = median_ms(run, 60)
    print(f"\nplan_session, 1,000 exercises: median {ms:.2f} ms")
    assert ms < 10


def test_plan_week_under_100_ms() -> None:
    def run() -> mmc.Week:
        return mmc.plan_week(LIB, days=4, minutes=60, equipment=GYM, level="advanced")

    assert len(run().days) == 4
    ms = median_ms(run, 15)
    print(f"\nplan_week (4 days, the major muscles), 1,000 exercises: median {ms:.2f} ms")
    assert ms < 100
