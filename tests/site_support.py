"""A small, valid content tree for site and plugin tests (independent of the bundled content).

Muscle ids are those of the bundled taxonomy, so the muscle map draws them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

MUSCLES = {
    "latissimus-dorsi": ("Latissimus dorsi", "Musculus latissimus dorsi", "back", "back",
                         ["lats", "lat"]),
    "rhomboids": ("Rhomboids", "Musculi rhomboidei", "back", "back", ["middle back"]),
    "biceps-brachii": ("Biceps", "Musculus biceps brachii", "arms", "front", ["biceps"]),
    "pectoralis-major": ("Pectoralis major", "Musculus pectoralis major", "chest", "front",
                         ["chest", "pecs"]),
    "triceps-brachii": ("Triceps", "Musculus triceps brachii", "arms", "back", ["triceps"]),
}

MUSCLE = """\
---
id: {id}
name: {name}
latin: {latin}
group: {group}
side: {side}
aliases: [{aliases}]
flex: Squeeze it hard without weight and hold for ten seconds.
touch: Rest your fingers on it and feel it harden.
---
The {name} in a few words.
"""

EXERCISE = """\
---
id: {id}
name: {name}
primary: [{primary}]
secondary: [{secondary}]
equipment: [{equipment}]
mechanic: compound
pattern: {pattern}
tempo: 3-1-1-0
cues:
  - text: {cue}
    phase: concentric
    focus: muscle
    muscle: {first}
  - text: Lower for three slow seconds
    phase: eccentric
    focus: environment
---

## Set up

Sit tall and brace.

## Visualise

See the {first_name} shorten as you pull and lengthen as you return.

## Common mistakes

- **Rocking** back and forth: keep the torso still.
"""

EXERCISES = {
    "seated-cable-row": ("Seated Cable Row", ["latissimus-dorsi", "rhomboids"],
                         ["biceps-brachii"], ["cable"], "horizontal-pull",
                         "Drive your elbows back toward your hips"),
    "lat-pulldown": ("Lat Pulldown", ["latissimus-dorsi"], ["biceps-brachii"], ["cable"],
                     "vertical-pull", "Pull your elbows down into your back pockets"),
    "dumbbell-curl": ("Dumbbell Curl", ["biceps-brachii"], [], ["dumbbell"], "elbow-flexion",
                      "Curl up and feel the biceps shorten"),
    "push-up": ("Push-Up", ["pectoralis-major"], ["triceps-brachii"], ["bodyweight"],
                "horizontal-push", "Squeeze your chest as you press the floor away"),
}

DRILL = """\
---
id: lat-flex
name: Lat flex and hold
kind: flex
targets: [latissimus-dorsi]
minutes: 2
steps:
  - Press your arms down and hold for ten seconds
  - Relax and repeat five times
---
Feel the lats before you row.
"""

PAGE = """\
---
id: the-method
title: The mind-muscle connection
summary: What it is and how to train it.
---
Pay attention to the muscle that should do the work.

## Lighter and slower

Use a load the target muscle can move on its own.
"""


def write_content(root: Path) -> Path:
    """Write the tree under ``root`` and return ``root``."""
    for sub in ("muscles", "exercises", "drills", "pages"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for muscle_id, (name, latin, group, side, aliases) in MUSCLES.items():
        (root / "muscles" / f"{muscle_id}.md").write_text(
            MUSCLE.format(id=muscle_id, name=name, latin=latin, group=group, side=side,
                          aliases=", ".join(aliases)),
            encoding="utf-8",
        )
    for ex_id, (name, primary, secondary, equipment, pattern, cue) in EXERCISES.items():
        (root / "exercises" / f"{ex_id}.md").write_text(
            EXERCISE.format(id=ex_id, name=name, primary=", ".join(primary),
                            secondary=", ".join(secondary), equipment=", ".join(equipment),
                            pattern=pattern, cue=cue, first=primary[0],
                            first_name=MUSCLES[primary[0]][0].lower()),
            encoding="utf-8",
        )
    (root / "drills" / "lat-flex.md").write_text(DRILL, encoding="utf-8")
    (root / "pages" / "the-method.md").write_text(PAGE, encoding="utf-8")
    return root


def write_project(root: Path, extra: str = "") -> Path:
    """A project directory: content/ plus an mmc.toml that builds it alone."""
    write_content(root / "content")
    (root / "mmc.toml").write_text(
        'title = "Test cues"\nbundled = false\ncontent = ["content"]\n' + extra,
        encoding="utf-8",
    )
    return root


def tree_digest(root: Path) -> dict[str, str]:
    """``{relative path: sha256}`` of every file under ``root``."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
