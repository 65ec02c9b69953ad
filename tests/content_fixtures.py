"""A tiny valid content tree for tests that must not depend on the bundled content."""

from __future__ import annotations

from pathlib import Path

MUSCLE = """\
---
id: {id}
name: {name}
latin: Musculus {name}
group: back
side: back
aliases: [{alias}]
---
A test muscle.
"""

EXERCISE = """\
---
id: cable-row
name: Cable Row
primary: [lat-muscle]
secondary: [rhombo]
equipment: [cable]
mechanic: compound
pattern: horizontal-pull
tempo: 3-1-1-1
starts_with: concentric
cues:
  - text: Drive your elbows back toward your hips
    phase: concentric
    focus: muscle
    muscle: lat-muscle
easier: []
---

## Set up

Sit tall.

## Visualise

See the lats shorten.

## Common mistakes

Rocking back.
"""

DRILL = """\
---
id: lat-flex
name: Lat flex
kind: flex
targets: [lat-muscle]
minutes: 2
steps:
  - Press your arms down and hold
---
Feel the lats.
"""


def write_tree(root: Path) -> Path:
    """Write a valid two-muscle, one-exercise, one-drill content tree and return it."""
    for sub in ("muscles", "exercises", "drills"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    (root / "muscles" / "lat-muscle.md").write_text(
        MUSCLE.format(id="lat-muscle", name="Lat", alias="lats"), encoding="utf-8"
    )
    (root / "muscles" / "rhombo.md").write_text(
        MUSCLE.format(id="rhombo", name="Rhomboid", alias="middle back"), encoding="utf-8"
    )
    (root / "exercises" / "cable-row.md").write_text(EXERCISE, encoding="utf-8")
    (root / "drills" / "lat-flex.md").write_text(DRILL, encoding="utf-8")
    return root
