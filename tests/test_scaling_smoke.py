"""Scaling smoke test: 100 vs 1,000 synthetic exercises grow no worse than linearly.

Not a timing gate: no absolute seconds are checked, only how time and memory grow when the
library grows tenfold (a loose bound, so a slow CI machine does not fail it, while a
quadratic step does). The full benchmark (100 / 1,000 / 10,000 with the 30 s and 1 GB limits)
is ``python benchmarks/scaling.py``; ``pytest -m benchmark`` runs it as a test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _scaling() -> ModuleType:
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("mmc_scaling", ROOT / "benchmarks" / "scaling.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mmc_scaling"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_hundred_to_thousand_grows_at_most_linearly(tmp_path: Path) -> None:
    scaling = _scaling()
    small = scaling.measure_size(100, tmp_path)
    large = scaling.measure_size(1000, tmp_path)
    assert set(small) == {"load+validate", "mmc build", "plan_week"}
    for step in small:
        growth = large[step].seconds / small[step].seconds
        # Linear is 10x (less, with fixed start-up costs); allow noise, catch quadratic.
        assert growth < 15, f"{step}: {growth:.1f}x slower at 10x the exercises"
        memory = large[step].peak_mb / small[step].peak_mb
        assert memory < 10, f"{step}: {memory:.1f}x the memory at 10x the exercises"
    # The table and its ratios render for the docs.
    text = scaling.table([100, 1000], {100: small, 1000: large})
    assert "| mmc build |" in text and "time 1k/100" in text


def test_the_checks_report_superlinear_growth() -> None:
    scaling = _scaling()
    measure = scaling.Measure
    found = {
        1000: {"mmc build": measure(2.0, 100.0)},
        10_000: {"mmc build": measure(40.0, 1500.0)},
    }
    failures = scaling.check([1000, 10_000], found, 1.3)
    assert any("built in 40.0 s" in f for f in failures)
    assert any("limit 1 GB" in f for f in failures)
    assert any("grew 20.0x" in f for f in failures)
    fine = {1000: {"mmc build": measure(2.0, 100.0)}, 10_000: {"mmc build": measure(15.0, 600.0)}}
    assert scaling.check([1000, 10_000], fine, 1.3) == []


@pytest.mark.benchmark
def test_full_scaling_benchmark(tmp_path: Path) -> None:
    """10,000 exercises: build < 30 s, peak memory < 1 GB, linear growth (not run in CI)."""
    scaling = _scaling()
    assert scaling.main(["--work", str(tmp_path)]) == 0
