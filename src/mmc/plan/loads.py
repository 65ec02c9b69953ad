"""Load arithmetic: one-rep max from a set (R15) and effort scales (R13)."""

from __future__ import annotations

import math
from collections.abc import Mapping

from mmc.errors import MmcError
from mmc.model.prescription import Load, RepRange
from mmc.plan.rules import MAX_REPS_FOR_1RM, PERCENT_TOLERANCE, RIR_MAX, RIR_MIN

__all__ = [
    "brzycki_1rm",
    "epley_1rm",
    "estimate_1rm",
    "load_consistent",
    "load_for",
    "percent_1rm_band",
    "percent_1rm_for",
    "rir_to_rpe",
    "rpe_to_rir",
]


def _number(value: float, field: str) -> float:
    """``value`` as a finite float; anything else (text, None, inf, nan) is an MmcError."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MmcError(f"{field} must be a number, not {type(value).__name__}", field=field,
                       fix=f"pass {field} as a number")
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float
        number = math.inf
    if not math.isfinite(number):
        raise MmcError(f"{field} must be a finite number, not {value!r}"[:200], field=field,
                       fix=f"pass {field} as an ordinary number")
    return number


def _check_reps(reps: int) -> None:
    if isinstance(reps, bool) or not isinstance(reps, int) or reps < 1:
        raise MmcError(f"reps must be a whole number >= 1, not {reps!r}", field="reps")
    if reps > MAX_REPS_FOR_1RM:
        raise MmcError(
            f"cannot estimate from a set of {reps} reps: R15 allows only sets of "
            f"<= {MAX_REPS_FOR_1RM} reps",
            field="reps",
            fix=f"use a heavier set of {MAX_REPS_FOR_1RM} reps or fewer",
        )


def epley_1rm(weight: float, reps: int) -> float:
    """Epley: ``w * (1 + r / 30)``, with one rep giving ``w`` itself (R15)."""
    _check_reps(reps)
    return float(weight) if reps == 1 else weight * (1.0 + reps / 30.0)


def brzycki_1rm(weight: float, reps: int) -> float:
    """Brzycki: ``w * 36 / (37 - r)`` (R15)."""
    _check_reps(reps)
    return weight * 36.0 / (37.0 - reps)


def estimate_1rm(weight: float, reps: int) -> float:
    """One-rep max from a set taken to failure: the mean of Epley and Brzycki (R15).

    Only sets of at most 10 reps are accepted; beyond that both formulas drift.

    >>> round(estimate_1rm(100, 5), 1)
    114.6
    >>> estimate_1rm(100, 1)
    100.0
    """
    weight = _number(weight, "weight")
    if weight < 0:
        raise MmcError(f"weight must be >= 0, not {weight!r}", field="weight")
    if reps == 1:
        _check_reps(reps)
        return float(weight)  # both formulas give the weight itself
    result = (epley_1rm(weight, reps) + brzycki_1rm(weight, reps)) / 2.0
    if not math.isfinite(result):
        raise MmcError(f"weight {weight:g} is too large to estimate from", field="weight",
                       fix="pass the weight lifted, in kg or lb")
    return result


def percent_1rm_for(reps: int) -> float:
    """% of 1RM that allows ``reps`` reps to failure: the inverse of :func:`estimate_1rm`.

    >>> percent_1rm_for(10)
    75.0
    """
    return 100.0 / estimate_1rm(1.0, reps)


def load_for(reps: int, one_rm: float) -> float:
    """The weight that allows ``reps`` reps to failure for a lifter with this 1RM (R15).

    The exact inverse of :func:`estimate_1rm`, so ``load_for(r, estimate_1rm(w, r)) == w``;
    at 10 reps both formulas agree on 75%.

    >>> load_for(10, 100)
    75.0
    """
    one_rm = _number(one_rm, "one_rm")
    if one_rm < 0:
        raise MmcError(f"one_rm must be >= 0, not {one_rm!r}", field="one_rm")
    return one_rm / estimate_1rm(1.0, reps)


def _check_rir(rir: float) -> None:
    rir = _number(rir, "rir")
    if not RIR_MIN <= rir <= RIR_MAX:
        raise MmcError(
            f"RIR {rir:g} is outside {RIR_MIN}-{RIR_MAX}: near-failure estimates are off by "
            "about a rep and far-from-failure ones by more than two (R13)",
            field="rir",
            fix=f"use a reps-in-reserve target between {RIR_MIN} and {RIR_MAX}",
        )


def rir_to_rpe(rir: float) -> float:
    """RPE from reps in reserve: RPE 10 = 0 RIR, 9 = 1 RIR, ... (R13; RIR 0-4 only).

    >>> rir_to_rpe(2)
    8.0
    """
    _check_rir(rir)
    return 10.0 - float(rir)


def rpe_to_rir(rpe: float) -> float:
    """Reps in reserve from RPE (R13; RPE 6-10 only, i.e. RIR 0-4).

    >>> rpe_to_rir(8.5)
    1.5
    """
    rir = 10.0 - _number(rpe, "rpe")
    _check_rir(rir)
    return rir


def _percent(reps_to_failure: int) -> float:
    # R15's table, extrapolated past 10 reps (where it is only a guide).
    epley = 1.0 + reps_to_failure / 30.0
    brzycki = 36.0 / (37.0 - min(reps_to_failure, 36))
    return 100.0 / ((epley + brzycki) / 2.0)


def reps_to_failure_percent(reps_to_failure: int) -> float:
    """% of 1RM for ``reps_to_failure`` reps to failure by R15's table; past 10 reps it is
    extrapolated (a rough guide, as the evidence page says)."""
    return _percent(reps_to_failure)


def percent_1rm_band(reps: RepRange, rir: int) -> tuple[float, float]:
    """The %1RM band that R15's table gives for ``reps`` with ``rir`` in reserve.

    From the load that leaves ``rir`` at the top of the range (``reps.high + rir`` reps to
    failure) to the one that leaves it at the bottom. Past 10 reps to failure the table is
    extrapolated, so use it with :data:`~mmc.plan.rules.PERCENT_TOLERANCE`.

    >>> [round(p, 1) for p in percent_1rm_band(RepRange(low=4, high=6), 2)]
    [79.7, 84.9]
    """
    return _percent(reps.high + rir), _percent(reps.low + rir)


def load_consistent(reps: RepRange, load: Load, tolerance: float = PERCENT_TOLERANCE) -> bool:
    """Whether a load's %1RM, the rep range and the RIR agree by R15's table, within
    ``tolerance`` percentage points (R13: RPE counts as 10 - RIR). A load with no %1RM or no
    effort target has nothing to disagree with.

    >>> load_consistent(RepRange(low=12, high=15), Load(percent_1rm=55, rir=2))
    False
    >>> load_consistent(RepRange(low=12, high=15), Load(percent_1rm=60, rir=2))
    True
    """
    if not isinstance(reps, RepRange):
        reps = RepRange.model_validate(reps)  # 10, "8-12", [8, 12] or a mapping; else raises
    if not isinstance(load, Load):
        if not isinstance(load, Mapping):
            raise MmcError(f"load must be a Load or a mapping, not {type(load).__name__}",
                           field="load", fix="pass e.g. Load(rir=2) or {'rir': 2}")
        load = Load.model_validate(dict(load))
    tolerance = _number(tolerance, "tolerance")
    if tolerance < 0:
        raise MmcError(f"tolerance must be >= 0, not {tolerance:g}", field="tolerance",
                       fix=f"leave it at {PERCENT_TOLERANCE:g} percentage points")
    rir = load.rir if load.rir is not None else (
        None if load.rpe is None else round(10 - load.rpe)
    )
    if load.percent_1rm is None or rir is None:
        return True
    low, high = percent_1rm_band(reps, rir)
    return low - tolerance <= load.percent_1rm <= high + tolerance
