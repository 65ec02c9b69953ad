"""What every mmc command pays before it reads a file: ``import mmc`` against ``import
pydantic``, and ``mmc --version``, measured in one run (issue 19's start-up targets).

Each round runs fresh processes in alternating order (so that both sides of a ratio see the
same machine): ``python -c pass`` (the interpreter alone), ``python -c "import mmc"``,
``python -c "import pydantic"`` and the ``mmc --version`` console script. It reports the
median wall time of each, the median of the per-round ratios, import costs net of the bare
interpreter, CPU seconds (less sensitive to a busy machine than wall time), the load
averages before and after, and which packages ``mmc --version`` and ``import mmc`` load.

    python benchmarks/startup_bench.py            # 15 rounds
    python benchmarks/startup_bench.py --rounds 31
    python benchmarks/startup_bench.py --instructions   # also count instructions (valgrind)

Wall and CPU times depend on the machine's load; ``--instructions`` also runs each command
once under valgrind's callgrind and reports the instructions it executed, which do not (use
it on a shared machine; it takes about a minute). With ``PYTHONDONTWRITEBYTECODE`` set, every
module compiles from source in every run: the benchmark says so, and such figures are not
start-up as users see it.

Targets: ``import mmc`` under 1.2x ``import pydantic``; ``mmc --version`` under 0.15 s.
Informative lines also show what touching the models (``mmc.Library``) or importing the
site builder costs, which ``import mmc`` defers. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

PYTHON = sys.executable


def mmc_script() -> list[str]:
    """The ``mmc`` console script installed next to this interpreter, else ``python -m mmc``."""
    found = shutil.which("mmc", path=str(Path(PYTHON).parent))
    return [found] if found else [PYTHON, "-m", "mmc"]


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def instructions(command: list[str]) -> int | None:
    """Instructions one run of ``command`` executes, counted by valgrind's callgrind (None
    without valgrind)."""
    valgrind = shutil.which("valgrind")
    if not valgrind:
        return None
    done = subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           *command], capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    return int(found.group(1)) if found else None


def loaded_packages(command: list[str]) -> set[str]:
    """The top-level packages (and mmc's subpackages) a Python command imports."""
    env = dict(os.environ, PYTHONPROFILEIMPORTTIME="1")
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    names: set[str] = set()
    for line in done.stderr.splitlines():
        if "|" not in line or line.startswith("import time: self"):
            continue
        name = line.rsplit("|", 1)[-1].strip()
        parts = name.split(".")
        names.add(".".join(parts[:2]) if parts[0] == "mmc" else parts[0])
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--instructions", action="store_true",
                        help="also count each command's instructions once (valgrind callgrind)")
    args = parser.parse_args()
    script = mmc_script()
    commands = {
        "python -c pass": [PYTHON, "-c", "pass"],
        "import mmc": [PYTHON, "-c", "import mmc"],
        "import pydantic": [PYTHON, "-c", "import pydantic"],
        "mmc --version": [*script, "--version"],
        "mmc.Library (models)": [PYTHON, "-c", "import mmc; mmc.Library"],
        "import mmc.site.build": [PYTHON, "-c", "import mmc.site.build"],
    }
    for command in commands.values():  # warm the file cache and write bytecode
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    load_before = os.getloadavg()
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    names = list(commands)
    for round_ in range(args.rounds):
        order = names if round_ % 2 == 0 else names[::-1]  # alternate who goes first
        for name in order:
            seconds, cpu_seconds = timed(commands[name])
            wall[name].append(seconds)
            cpu[name].append(cpu_seconds)
    load_after = os.getloadavg()

    def ratio(a: str, b: str, net: bool = False, times: dict[str, list[float]] = wall) -> float:
        base = times["python -c pass"] if net else [0.0] * args.rounds
        pairs = [(x - z) / (y - z) for x, y, z in zip(times[a], times[b], base, strict=True)
                 if y - z > 0]
        return statistics.median(pairs) if pairs else float("nan")

    print(f"mmc start-up, {args.rounds} alternating rounds, python {sys.version.split()[0]}, "
          f"mmc as {' '.join(script)}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in load_before)}; "
          f"after: {' '.join(f'{x:.2f}' for x in load_after)}")
    print(f"{'command':<26}{'median wall':>12}{'min wall':>10}{'median CPU':>12}")
    for name in names:
        print(f"{name:<26}{statistics.median(wall[name]):>11.3f}s{min(wall[name]):>9.3f}s"
              f"{statistics.median(cpu[name]):>11.3f}s")
    version = statistics.median(wall["mmc --version"])
    print(f"import mmc / import pydantic, median of the rounds' ratios: "
          f"{ratio('import mmc', 'import pydantic'):.2f} (whole process), "
          f"{ratio('import mmc', 'import pydantic', net=True):.2f} (less python -c pass); "
          "target < 1.2")
    print(f"  in CPU seconds: {ratio('import mmc', 'import pydantic', times=cpu):.2f} (whole "
          f"process), {ratio('import mmc', 'import pydantic', net=True, times=cpu):.2f} (less "
          "python -c pass)")
    print(f"mmc --version: median {version:.3f} s wall, "
          f"{statistics.median(cpu['mmc --version']):.3f} s CPU; target < 0.15 s")
    print("  informative, the models (mmc.Library) / import pydantic, less python -c pass: "
          f"{ratio('mmc.Library (models)', 'import pydantic', net=True):.2f}")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set, so no bytecode is cached and every module "
              "compiled from source in every run: unset it for start-up as users see it")
    if args.instructions:
        counts = {name: instructions(command) for name, command in commands.items()}
        bare_count = counts["python -c pass"]
        if bare_count is None:
            print("instructions: valgrind not found")
        else:
            print(f"{'command':<26}{'instructions':>15}{'less python -c pass':>21}")
            for name, count in counts.items():
                assert count is not None
                print(f"{name:<26}{count / 1e6:>14.1f}M{(count - bare_count) / 1e6:>20.1f}M")
    bare = loaded_packages([PYTHON, "-c", "pass"])
    for label, command in (("mmc --version", [PYTHON, "-m", "mmc", "--version"]),
                           ("import mmc", [PYTHON, "-c", "import mmc"])):
        extra = sorted(loaded_packages(command) - bare)
        print(f"packages {label} loads beyond python -c pass: {', '.join(extra)}")


if __name__ == "__main__":
    main()
