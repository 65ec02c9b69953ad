"""``mmc serve`` against ``hugo server``: from saving one exercise to the page showing it.

Both serve the same synthetic library of N exercises (``synth.generate``; Hugo with the
templates of ``site_bench.py``). Each round edits one exercise file of each, then polls that
exercise's page over HTTP until it shows the edit, and records the seconds. ``mmc serve``
polls for changes every ``--interval`` seconds (so half of that is added on average); Hugo
is told of changes by the kernel (inotify). Hugo renders into memory and, by default, only
re-renders the pages a browser visited recently ("fast render"); ``--full`` also times
``hugo server --disableFastRender``, which renders the whole site after each change as
``mmc serve`` does.

Timings on a shared or loaded machine are noise: run it on a quiet one.

    python benchmarks/serve_bench.py 1000 /tmp/mmc-serve-bench --rounds 7 --full
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

sys.path.insert(0, str(Path(__file__).resolve().parent))

from site_bench import hugo_site
from synth import generate


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except (URLError, ConnectionError, TimeoutError):
        return ""


@contextlib.contextmanager
def running(command: list[str], cwd: Path, url: str, ready_text: str) -> Iterator[None]:
    """Start a server, wait until ``url`` shows ``ready_text``, stop it (by its id) at the end."""
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 600
        while ready_text not in fetch(url):
            if proc.poll() is not None:
                raise SystemExit(f"{command[0]} stopped: exit {proc.returncode}")
            if time.monotonic() > deadline:
                raise SystemExit(f"{command[0]} did not start")
            time.sleep(0.1)
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def rounds(file: Path, url: str, count: int, label: str) -> list[float]:
    """Seconds from writing ``file`` to ``url`` showing the edit, ``count`` times."""
    seconds: list[float] = []
    marker = "Set up for movement"
    for number in range(count):
        time.sleep(1.0)  # let the server settle after the previous round
        text = file.read_text(encoding="utf-8")
        tag = f"{label} edit {number} {time.time_ns()}"
        if marker not in text:
            raise SystemExit(f"{file} has no {marker!r} to edit")
        before, after = text.split(marker, 1)
        after = after.split("\n", 1)
        new = before + marker + f" ({tag})\n" + (after[1] if len(after) > 1 else "")
        started = time.perf_counter()
        file.write_text(new, encoding="utf-8")
        while tag not in fetch(url):
            if time.perf_counter() - started > 120:
                raise SystemExit(f"{label}: the edit never showed on {url}")
            time.sleep(0.01)
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=1000)
    parser.add_argument("root", type=Path, nargs="?", default=Path("/tmp/mmc-serve-bench"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--interval", type=float, default=0.1,
                        help="mmc serve's polling interval (seconds)")
    parser.add_argument("--full", action="store_true",
                        help="also time hugo server --disableFastRender")
    args = parser.parse_args()
    root: Path = args.root.resolve()
    if root.exists():
        if not (root / ".serve-bench").is_file():
            raise SystemExit(f"{root} exists and was not made by this benchmark: choose another")
        shutil.rmtree(root)
    root.mkdir(parents=True)
    (root / ".serve-bench").write_text("made by benchmarks/serve_bench.py\n", encoding="utf-8")
    project = root / "mmc"
    content = generate(args.count, project / "content")
    (project / "mmc.toml").write_text('bundled = false\ncontent = ["content"]\npacks = []\n',
                                      encoding="utf-8")
    hugo = shutil.which("hugo")
    site = hugo_site(content, root / "hugo") if hugo else None
    first = sorted((content / "exercises").glob("*.md"))[0]
    exercise_id = first.stem
    results: dict[str, list[float]] = {}

    port = free_port()
    url = f"http://127.0.0.1:{port}/exercises/{exercise_id}/"
    with running([sys.executable, "-m", "mmc", "serve", "--port", str(port), "--interval",
                  str(args.interval), "--no-reload"], project, url, "Set up for movement"):
        results["mmc serve"] = rounds(first, url, args.rounds, "mmc")
    if hugo and site is not None:
        variants = [("hugo server", [])]
        if args.full:
            variants.append(("hugo server --disableFastRender", ["--disableFastRender"]))
        page = site / "content" / "exercises" / first.name
        for label, extra in variants:
            port = free_port()
            url = f"http://127.0.0.1:{port}/exercises/{exercise_id}/"
            with running([hugo, "server", "--port", str(port), "--bind", "127.0.0.1",
                          "--disableLiveReload", *extra], site, url, "Set up for movement"):
                results[label] = rounds(page, url, args.rounds, "hugo")
    print(f"{args.count} exercises, {args.rounds} edits each; seconds from saving the file to "
          "the page showing the edit:")
    for label, seconds in results.items():
        print(f"  {label:34} median {statistics.median(seconds):.2f}  "
              f"best {min(seconds):.2f}  ({', '.join(f'{s:.2f}' for s in seconds)})")


if __name__ == "__main__":
    main()
