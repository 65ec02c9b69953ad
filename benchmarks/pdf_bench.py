"""``mmc cards --pdf`` (WeasyPrint) against Chromium printing the same HTML, side by side.

Renders a card sheet of the bundled library (every card, or ``--group``) once as HTML, then
alternates: WeasyPrint writes the PDF as ``mmc cards --pdf`` does (``html_to_pdf``), then
headless Chromium prints the same file (started fresh each time, as a user running it
would), ``--pairs`` times. With ``--tree`` a third run per round lays out the sheet with the
per-muscle body maps (``flat=False``) that cards used before, to show what the flat print
map saves. It prints each pair, the medians and the median of the per-pair ratios: on a
loaded machine the ratio of neighbouring runs is steadier than either time.

    python benchmarks/pdf_bench.py --pairs 3 --group back
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"


def sheet_html(group: str | None, *, flat: bool = True) -> tuple[str, int]:
    from unittest import mock

    import mmc
    from mmc.render import musclemap
    from mmc.render.cards import render_card
    from mmc.render.cardsheet import card_groups, render_card_sheet

    lib = mmc.load_library()
    exercises = card_groups(lib)[group] if group else list(lib.exercises.values())
    original = musclemap.render_muscle_map

    def tree_map(*args: object, **kwargs: object) -> object:
        kwargs["flat"] = False
        return original(*args, **kwargs)  # type: ignore[arg-type]

    with mock.patch.object(musclemap, "render_muscle_map", original if flat else tree_map):
        cards = [render_card(e, None, "a7", lib) for e in exercises]
    return render_card_sheet(cards, "a7", "a4", library=lib), len(cards)


def weasy(html: str, out: Path) -> float:
    from mmc.render.pdf import html_to_pdf

    started = time.perf_counter()
    out.write_bytes(html_to_pdf(html))
    return time.perf_counter() - started


def chromium(page: Path, out: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", page.as_uri()],
        check=True, capture_output=True, timeout=600,
    )
    return time.perf_counter() - started


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return int(next(line.split()[-1] for line in info.stdout.splitlines()
                    if line.startswith("Pages:")))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--group", default=None, help="one muscle group (default: every card)")
    parser.add_argument("--tree", action="store_true", help="also time the per-muscle maps")
    args = parser.parse_args(argv)
    html, count = sheet_html(args.group)
    tree = sheet_html(args.group, flat=False)[0] if args.tree else ""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "cards.html"
        page.write_text(html, encoding="utf-8")
        rows: list[tuple[float, float, float]] = []
        for n in range(args.pairs):
            w = weasy(html, Path(tmp) / "weasy.pdf")
            c = chromium(page, Path(tmp) / "chromium.pdf")
            t = weasy(tree, Path(tmp) / "tree.pdf") if args.tree else 0.0
            rows.append((w, c, t))
            print(f"pair {n + 1}: weasyprint {w:.2f} s, chromium {c:.2f} s, ratio {w / c:.2f}"
                  + (f", per-muscle maps {t:.2f} s" if args.tree else ""), flush=True)
        same = pages(Path(tmp) / "weasy.pdf") == pages(Path(tmp) / "chromium.pdf")
    w_med = statistics.median(r[0] for r in rows)
    c_med = statistics.median(r[1] for r in rows)
    ratio = statistics.median(r[0] / r[1] for r in rows)
    print(f"{count} cards, A7 on A4; same page count: {same}")
    print(f"median weasyprint {w_med:.2f} s, chromium {c_med:.2f} s; median ratio {ratio:.2f}")
    if args.tree:
        tree_med = statistics.median(r[2] for r in rows)
        print(f"median with per-muscle maps {tree_med:.2f} s ({tree_med / w_med:.2f}x the flat map)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
