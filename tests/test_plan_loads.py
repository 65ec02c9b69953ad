"""Load arithmetic: 1RM per R15 (Epley and Brzycki, <= 10 reps), RIR <-> RPE per R13."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mmc
from mmc.plan.loads import brzycki_1rm, epley_1rm, percent_1rm_for


def test_formulas() -> None:
    assert epley_1rm(100, 1) == 100  # R15: one rep gives the weight itself
    assert epley_1rm(100, 10) == pytest.approx(100 * (1 + 10 / 30))
    assert brzycki_1rm(100, 10) == pytest.approx(100 * 36 / 27)
    assert brzycki_1rm(100, 1) == pytest.approx(100)
    assert mmc.estimate_1rm(100, 5) == pytest.approx((100 * (1 + 5 / 30) + 100 * 36 / 32) / 2)


@pytest.mark.parametrize(
    ("reps", "brzycki", "epley"),
    [(5, 88.9, 85.7), (8, 80.6, 78.9), (10, 75.0, 75.0)],
)
def test_r15_table(reps: int, brzycki: float, epley: float) -> None:
    # The %1RM table of EVIDENCE.md R15, from each formula and from their average.
    assert 100 / brzycki_1rm(1, reps) == pytest.approx(brzycki, abs=0.05)
    assert 100 / epley_1rm(1, reps) == pytest.approx(epley, abs=0.05)
    assert min(brzycki, epley) - 0.1 <= percent_1rm_for(reps) <= max(brzycki, epley) + 0.1


def test_ten_reps_is_75_percent() -> None:
    assert mmc.load_for(10, 100) == pytest.approx(75.0)
    assert mmc.estimate_1rm(75, 10) == pytest.approx(100.0)


@pytest.mark.parametrize("reps", [11, 12, 20])
def test_only_sets_of_at_most_10_reps(reps: int) -> None:
    with pytest.raises(mmc.MmcError, match="<= 10 reps") as info:
        mmc.estimate_1rm(50, reps)
    assert info.value.field == "reps"
    with pytest.raises(mmc.MmcError):
        mmc.load_for(reps, 100)


def test_bad_inputs() -> None:
    for reps in (0, -1):
        with pytest.raises(mmc.MmcError):
            mmc.estimate_1rm(50, reps)
    with pytest.raises(mmc.MmcError):
        mmc.estimate_1rm(-5, 5)
    with pytest.raises(mmc.MmcError):
        mmc.load_for(5, -100)


@given(
    weight=st.floats(min_value=1, max_value=500, allow_nan=False),
    reps=st.integers(min_value=1, max_value=10),
)
def test_load_for_inverts_estimate_1rm(weight: float, reps: int) -> None:
    one_rm = mmc.estimate_1rm(weight, reps)
    assert one_rm >= weight
    assert mmc.load_for(reps, one_rm) == pytest.approx(weight)


@given(reps=st.integers(min_value=1, max_value=9))
def test_more_reps_means_lighter(reps: int) -> None:
    assert mmc.load_for(reps + 1, 100) < mmc.load_for(reps, 100)


def test_rir_rpe() -> None:
    # R13: RPE 10 = 0 RIR, 9 = 1 RIR, ...
    assert [mmc.rir_to_rpe(r) for r in range(5)] == [10, 9, 8, 7, 6]
    assert [mmc.rpe_to_rir(p) for p in (10, 9, 8.5, 6)] == [0, 1, 1.5, 4]
    for rir in range(5):
        assert mmc.rpe_to_rir(mmc.rir_to_rpe(rir)) == rir


@pytest.mark.parametrize("rir", [-1, 5, 7, 10])
def test_rir_outside_0_to_4_is_refused(rir: int) -> None:
    with pytest.raises(mmc.MmcError, match="R13"):
        mmc.rir_to_rpe(rir)
    with pytest.raises(mmc.MmcError, match="R13"):
        mmc.rpe_to_rir(10 - rir)
