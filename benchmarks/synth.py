"""Generate a synthetic content library of N exercises for scaling benchmarks and tests.

The exercises reuse the bundled muscle taxonomy and vary names, muscles, equipment, tempo and
cues deterministically (a seeded generator), so the same N always gives the same files.

    python benchmarks/synth.py 10000 /tmp/synth-10k
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

from mmc.content.loader import bundled_content_dir
from mmc.model.common import EQUIPMENT, PATTERNS

PHASES = ("setup", "eccentric", "pause", "concentric", "peak", "breathing")
WORDS = (
    "slow", "steady", "controlled", "paused", "single-arm", "kneeling", "seated", "standing",
    "incline", "decline", "wide", "narrow", "tempo", "banded", "cross-body", "half-kneeling",
)


def generate(count: int, out: Path, *, seed: int = 1) -> Path:
    """Write ``count`` exercises plus the bundled muscles into ``out`` (replacing it)."""
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(bundled_content_dir() / "muscles", out / "muscles")
    muscles = sorted(p.stem for p in (out / "muscles").glob("*.md"))
    exercises = out / "exercises"
    exercises.mkdir(parents=True)
    for index in range(count):
        ex_id = f"synthetic-{index:05d}"
        primary = rng.sample(muscles, 2)
        secondary = rng.sample([m for m in muscles if m not in primary], 2)
        words = " ".join(rng.sample(WORDS, 2)).title()
        cues = "\n".join(
            f"  - text: Cue {k} for exercise {index}, feel the {primary[k % 2]} work\n"
            f"    phase: {PHASES[(index + k) % len(PHASES)] if k else 'concentric'}\n"
            f"    focus: {'muscle' if k < 2 else 'body'}\n"
            for k in range(3)
        )
        harder = f"harder: [synthetic-{index + 1:05d}]\n" if index + 1 < count else ""
        (exercises / f"{ex_id}.md").write_text(
            f"---\nid: {ex_id}\nname: {words} Movement {index}\n"
            f"primary: [{', '.join(primary)}]\nsecondary: [{', '.join(secondary)}]\n"
            f"equipment: [{rng.choice(EQUIPMENT)}]\n"
            f"mechanic: {rng.choice(['compound', 'isolation'])}\n"
            f"pattern: {rng.choice(PATTERNS)}\n"
            f"tempo: {rng.randint(3, 5)}-{rng.randint(0, 1)}-1-{rng.randint(0, 1)}\n"
            f"cues:\n{cues}{harder}---\n\n"
            f"## Set up\n\nSet up for movement {index}.\n\n"
            f"## Visualise\n\nPicture the {primary[0]} shortening and lengthening.\n\n"
            f"## Common mistakes\n\n- Letting the {secondary[0]} take over.\n",
            encoding="utf-8",
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.count, args.out, seed=args.seed)
    print(f"wrote {args.count} exercises to {args.out}")


if __name__ == "__main__":
    main()
