"""``mmc cards --pdf`` with each engine, and Chromium printing the same HTML, side by side.

Each round runs, end to end as a user would (a fresh process each, so mmc's start-up and
Chromium's are counted):

- ``mmc cards --pdf --engine chromium``,
- ``mmc cards --pdf --engine weasyprint``,
- headless Chromium printing the HTML that ``mmc cards`` (without ``--pdf``) wrote,

``--pairs`` times, the order alternating between rounds so that neither side always runs
first on a loaded machine. It prints each round, the medians and the medians of the
per-round ratios (steadier than the seconds under load), and checks that the three PDFs
have the same page count. With ``--tree`` a fourth, in-process run lays the sheet out in
WeasyPrint with the per-muscle body maps (``flat=False``) that cards used before.

    python benchmarks/pdf_bench.py --pairs 3 --group back
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def chromium_program() -> str:
    from mmc.render.pdf import find_chromium

    found = find_chromium()
    if found is None:
        raise SystemExit("no Chromium found (set MMC_CHROMIUM or install chromium)")
    return found


def mmc_command() -> list[str]:
    return [sys.executable, "-m", "mmc"]


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, timeout=900, cwd=cwd)
    return time.perf_counter() - started


def chromium_print(program: str, page: Path, out: Path, cwd: Path) -> float:
    """Chromium printing ``page`` by itself, with the switches mmc starts it with."""
    from mmc.render.chromium import _FLAGS

    flags = [flag for flag in _FLAGS if flag != "--remote-debugging-pipe"]
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as profile:
        return timed(
            [program, *flags, "--no-pdf-header-footer", f"--user-data-dir={profile}",
             f"--print-to-pdf={out}", page.as_uri()],
            cwd,
        )


def tree_sheet(group: str | None, out: Path) -> float:
    """Lay out the sheet in WeasyPrint with the per-muscle body maps (in process)."""
    from unittest import mock

    import mmc
    from mmc.render import musclemap
    from mmc.render.cards import render_card
    from mmc.render.cardsheet import card_groups, render_card_sheet
    from mmc.render.pdf import html_to_pdf

    lib = mmc.load_library()
    exercises = card_groups(lib)[group] if group else list(lib.exercises.values())
    original = musclemap.render_muscle_map

    def tree_map(*args: object, **kwargs: object) -> object:
        kwargs["flat"] = False
        return original(*args, **kwargs)  # type: ignore[arg-type]

    with mock.patch.object(musclemap, "render_muscle_map", tree_map):
        cards = [render_card(e, None, "a7", lib) for e in exercises]
    html = render_card_sheet(cards, "a7", "a4", library=lib)
    started = time.perf_counter()
    out.write_bytes(html_to_pdf(html, engine="weasyprint"))
    return time.perf_counter() - started


def pages(pdf: Path) -> int:
    from pypdf import PdfReader  # a test dependency

    return len(PdfReader(pdf).pages)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--group", default=None, help="one muscle group (default: every card)")
    parser.add_argument("--tree", action="store_true", help="also time the per-muscle maps")
    parser.add_argument("--no-weasyprint", action="store_true",
                        help="time only mmc with Chromium against Chromium by itself")
    args = parser.parse_args(argv)
    loads = os.getloadavg()
    program = chromium_program()
    select = ["--group", args.group] if args.group else []
    with tempfile.TemporaryDirectory(prefix="pdf-bench-") as tmp:
        work = Path(tmp)
        subprocess.run([*mmc_command(), "cards", *select, "--out", "cards.html"],
                       check=True, capture_output=True, cwd=work)
        page = work / "cards.html"
        runs = {
            "mmc chromium": lambda: timed(
                [*mmc_command(), "cards", *select, "--pdf", "--engine", "chromium",
                 "--out", "mmc-chromium.pdf"], work),
            "mmc weasyprint": lambda: timed(
                [*mmc_command(), "cards", *select, "--pdf", "--engine", "weasyprint",
                 "--out", "mmc-weasyprint.pdf"], work),
            "chromium html": lambda: chromium_print(program, page, work / "chromium.pdf", work),
        }
        if args.no_weasyprint:
            del runs["mmc weasyprint"]
        names = list(runs)
        rows: list[dict[str, float]] = []
        for n in range(args.pairs):
            order = names if n % 2 == 0 else names[::-1]
            row = {name: runs[name]() for name in order}
            if args.tree:
                row["tree"] = tree_sheet(args.group, work / "tree.pdf")
            rows.append(row)
            print(f"round {n + 1} ({' then '.join(order)}): "
                  + ", ".join(f"{k} {v:.2f} s" for k, v in row.items()), flush=True)
        made = [f"{name.replace(' ', '-')}.pdf" for name in runs]
        made = [name if name != "chromium-html.pdf" else "chromium.pdf" for name in made]
        counts = {pages(work / f) for f in made}
        from mmc.render.pdf import normalise_dates

        same = len({normalise_dates((work / f).read_bytes())
                    for f in ("mmc-chromium.pdf", "chromium.pdf")}) == 1
    med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    print(f"cards of {args.group or 'every group'}, A7 on A4; "
          f"same page count for all: {len(counts) == 1} ({sorted(counts)}); "
          f"mmc's Chromium PDF equals Chromium's own byte for byte: {same}")
    print("medians: " + ", ".join(f"{k} {v:.2f} s" for k, v in med.items()))
    pairs = [("mmc chromium", "chromium html"), ("mmc weasyprint", "mmc chromium"),
             ("mmc weasyprint", "chromium html")]
    for a, b in pairs[: 1 if args.no_weasyprint else 3]:
        ratio = statistics.median(r[a] / r[b] for r in rows)
        print(f"median ratio {a} / {b}: {ratio:.2f}")
    if args.tree:
        print(f"median with per-muscle maps (WeasyPrint, in process) {med['tree']:.2f} s")
    print(f"load averages at the start: {' / '.join(f'{x:.1f}' for x in loads)}; at the end: "
          f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())} (1, 5, 15 min) on {os.cpu_count()} CPUs "
          "(measured under load when that is above the CPU count)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
