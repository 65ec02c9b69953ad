"""Speed of a PDF of many cue cards on a synthetic library.

By default 48 cards (six A7 sheets, fronts and backs) so that the suite stays quick; set
``MMC_BENCH_CARDS=1000`` for the full benchmark. Run with ``-s`` to see the timings.
"""

from __future__ import annotations

import io
import math
import os
import random
import time

import pypdf
import pytest

from mmc.model.cue import Cue
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.render.cardsheet import render_card_sheet
from mmc.render.pdf import html_to_pdf
from tests.render_support import bundled

pytestmark = [pytest.mark.pdf, pytest.mark.benchmark, pytest.mark.slow]


def synthetic_exercises(count: int, seed: int = 11) -> tuple[Library, list[Exercise]]:
    """``count`` exercises mixing the bundled muscles, cues and texts (deterministic)."""
    library = bundled()
    rng = random.Random(seed)
    muscles = sorted(library.muscles)
    sources = list(library.exercises.values())
    cues = [c for e in sources for c in e.cues]
    made = []
    for n in range(count):
        source = rng.choice(sources)
        primary = rng.sample(muscles, rng.randint(1, 3))
        secondary = rng.sample([m for m in muscles if m not in primary], rng.randint(0, 3))
        made.append(
            source.model_copy(
                update={
                    "id": f"synthetic-{n:04d}",
                    "name": f"{source.name} {n}",
                    "primary": primary,
                    "secondary": secondary,
                    "cues": [Cue.model_validate(c.model_dump()) for c in rng.sample(cues, 5)],
                }
            )
        )
    return library, made


def test_pdf_of_many_cards() -> None:
    count = int(os.environ.get("MMC_BENCH_CARDS", "48"))
    library, exercises = synthetic_exercises(count)
    start = time.perf_counter()
    html = render_card_sheet(exercises, "a7", "a4", library=library)
    rendered = time.perf_counter()
    pdf = html_to_pdf(html)
    done = time.perf_counter()
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert pages == 2 * math.ceil(count / 8)
    per_card = (done - start) / count
    print(
        f"\n{count} A7 cards, {pages} pages, {len(pdf) / 1e6:.1f} MB: HTML {rendered - start:.2f} s, "
        f"PDF {done - rendered:.2f} s, total {done - start:.2f} s ({per_card * 1000:.0f} ms/card)"
    )
    assert per_card < 2.0
