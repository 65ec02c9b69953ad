"""Scaling benchmark: load+validate, ``mmc build`` and ``plan_week`` at 100, 1,000 and 10,000
exercises, with wall time, peak memory and the growth ratios side by side (issue 8).

Every measurement runs in its own process, so peak memory is that process's high-water mark
(``ru_maxrss`` from ``wait4``, which includes the build's forked render workers). The build
is cold: a fresh output directory and an empty cache.

    python benchmarks/scaling.py                      # 100, 1000, 10000; checks the limits
    python benchmarks/scaling.py --sizes 100 1000     # a quick look
    python benchmarks/scaling.py --markdown           # the table for docs/scaling.md

Limits checked (exit status 1 when one fails): 10,000 exercises build in under 30 s with
peak memory under 1 GB, and no step's time grows more than ``--slack`` times faster than
the library (time(10k) / time(1k) <= 10 x slack).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import generate

BUILD_LIMIT_S = 30.0
MEMORY_LIMIT_MB = 1024.0

#: Child programs: each prints the seconds its step took (interpreter start-up excluded).
LOAD = """
import sys, time
t = time.perf_counter()
from mmc.content.loader import load_library
lib = load_library(sys.argv[1], bundled=False, packs=False)
assert len(lib.exercises) == int(sys.argv[2]), len(lib.exercises)
print(time.perf_counter() - t)
"""
PLAN = """
import sys, time
from mmc.content.loader import load_library
from mmc.plan.week import plan_week
lib = load_library(sys.argv[1], bundled=False, packs=False)
t = time.perf_counter()
week = plan_week(lib, days=3, minutes=45, equipment=["dumbbell", "cable", "barbell", "bench",
                                                     "machine", "band", "kettlebell"])
assert week.days and all(day.items for day in week.days)
print(time.perf_counter() - t)
"""


@dataclass
class Measure:
    seconds: float
    peak_mb: float


def run(args: list[str], cwd: Path) -> tuple[float, float, str]:
    """Run a child; (wall seconds, peak RSS in MB of it and its children, stdout)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read()
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed:\n{err.read()[-3000:]}")
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024
    return wall, usage.ru_maxrss * scale, text


def measure_size(count: int, work: Path) -> dict[str, Measure]:
    lib = work / f"lib-{count}"
    if not (lib / "exercises").is_dir() or len(list((lib / "exercises").iterdir())) != count:
        generate(count, lib)
    project = work / f"project-{count}"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    (project / "mmc.toml").write_text(
        f'bundled = false\npacks = []\ncontent = ["{lib.as_posix()}"]\n', encoding="utf-8"
    )
    py = sys.executable
    results: dict[str, Measure] = {}
    _, peak, out = run([py, "-c", LOAD, str(lib), str(count)], project)
    results["load+validate"] = Measure(float(out.strip()), peak)
    wall, peak, _ = run([py, "-m", "mmc", "build", "--out", "site"], project)
    pages = sum(1 for _ in (project / "site").rglob("*.html"))
    if pages < count:
        raise SystemExit(f"the build of {count} exercises wrote only {pages} pages")
    results["mmc build"] = Measure(wall, peak)
    _, peak, out = run([py, "-c", PLAN, str(lib)], project)
    results["plan_week"] = Measure(float(out.strip()), peak)
    shutil.rmtree(project, ignore_errors=True)
    return results


def table(sizes: list[int], found: dict[int, dict[str, Measure]]) -> str:
    steps = list(next(iter(found.values())))
    head = ["step", *(f"{n:,} s" for n in sizes), *(f"{n:,} MB" for n in sizes)]
    ratios = [(sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1)]
    head += [f"time {b // 1000 if b >= 1000 else b}{'k' if b >= 1000 else ''}/"
             f"{a // 1000 if a >= 1000 else a}{'k' if a >= 1000 else ''}" for a, b in ratios]
    head += [f"memory {b:,}/{a:,}" for a, b in ratios]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for step in steps:
        row = [step]
        row += [f"{found[n][step].seconds:.2f}" for n in sizes]
        row += [f"{found[n][step].peak_mb:.0f}" for n in sizes]
        row += [f"{found[b][step].seconds / found[a][step].seconds:.1f}x" for a, b in ratios]
        row += [f"{found[b][step].peak_mb / found[a][step].peak_mb:.1f}x" for a, b in ratios]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def check(sizes: list[int], found: dict[int, dict[str, Measure]], slack: float) -> list[str]:
    failures: list[str] = []
    if 10_000 in found:
        build = found[10_000]["mmc build"]
        if build.seconds >= BUILD_LIMIT_S:
            failures.append(f"10,000 exercises built in {build.seconds:.1f} s (limit 30 s)")
        for step, m in found[10_000].items():
            if m.peak_mb >= MEMORY_LIMIT_MB:
                failures.append(f"{step} at 10,000 peaked at {m.peak_mb:.0f} MB (limit 1 GB)")
    for a, b in itertools.pairwise(sizes):
        for step in found[a]:
            growth = found[b][step].seconds / found[a][step].seconds
            if growth > (b / a) * slack:
                failures.append(f"{step}: time grew {growth:.1f}x from {a:,} to {b:,} exercises "
                                f"(linear would be {b / a:.0f}x)")
            mem = found[b][step].peak_mb / found[a][step].peak_mb
            if mem > (b / a) * slack:
                failures.append(f"{step}: memory grew {mem:.1f}x from {a:,} to {b:,}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10_000])
    parser.add_argument("--work", type=Path, default=None,
                        help="Where libraries are generated (default: a temporary directory).")
    parser.add_argument("--slack", type=float, default=1.3,
                        help="Allowed excess over linear growth (default 1.3).")
    parser.add_argument("--markdown", action="store_true", help="Print only the table.")
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes)
    work = args.work or Path(tempfile.mkdtemp(prefix="mmc-scaling-"))
    found: dict[int, dict[str, Measure]] = {}
    for count in sizes:
        found[count] = measure_size(count, work)
        if not args.markdown:
            done = ", ".join(f"{k} {m.seconds:.2f} s / {m.peak_mb:.0f} MB"
                             for k, m in found[count].items())
            print(f"{count:>6,} exercises: {done}", flush=True)
    print(table(sizes, found))
    failures = check(sizes, found, args.slack)
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    if not args.markdown:
        print(json.dumps({str(n): {k: vars(m) for k, m in r.items()} for n, r in found.items()}))
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
