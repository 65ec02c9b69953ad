"""A small, fixed library for the planner tests (independent of the bundled content).

Imported by the other ``test_plan_*`` modules; it also pins a few facts about itself so a
careless edit of the fixture shows up here first.
"""

from __future__ import annotations

from typing import Any

import mmc

MUSCLES: list[dict[str, Any]] = [
    {"id": "pectoralis-major", "name": "Chest", "latin": "Musculus pectoralis major",
     "group": "chest", "side": "front", "aliases": ["pecs"]},
    {"id": "pectoralis-major-clavicular", "name": "Upper chest", "latin": "Pars clavicularis",
     "group": "chest", "side": "front", "parent": "pectoralis-major"},
    {"id": "latissimus-dorsi", "name": "Lats", "latin": "Musculus latissimus dorsi",
     "group": "back", "side": "back", "aliases": ["lats"]},
    {"id": "rhomboids", "name": "Rhomboids", "latin": "Musculi rhomboidei", "group": "back",
     "side": "back"},
    {"id": "biceps-brachii", "name": "Biceps", "latin": "Musculus biceps brachii",
     "group": "arms", "side": "front"},
    {"id": "triceps-brachii", "name": "Triceps", "latin": "Musculus triceps brachii",
     "group": "arms", "side": "back"},
    {"id": "deltoid", "name": "Deltoid", "latin": "Musculus deltoideus", "group": "shoulders",
     "side": "front"},
    {"id": "deltoid-anterior", "name": "Front delt", "latin": "Pars clavicularis deltoidei",
     "group": "shoulders", "side": "front", "parent": "deltoid"},
    {"id": "deltoid-lateral", "name": "Side delt", "latin": "Pars acromialis deltoidei",
     "group": "shoulders", "side": "front", "parent": "deltoid"},
    {"id": "deltoid-posterior", "name": "Rear delt", "latin": "Pars spinalis deltoidei",
     "group": "shoulders", "side": "back", "parent": "deltoid"},
    {"id": "quadriceps", "name": "Quadriceps", "latin": "Musculus quadriceps femoris",
     "group": "legs", "side": "front"},
    {"id": "gluteus-maximus", "name": "Glutes", "latin": "Musculus gluteus maximus",
     "group": "hips", "side": "back"},
    {"id": "hamstrings", "name": "Hamstrings", "latin": "Musculi ischiocrurales",
     "group": "legs", "side": "back"},
    {"id": "calves", "name": "Calves", "latin": "Musculus triceps surae", "group": "legs",
     "side": "back"},
    {"id": "rectus-abdominis", "name": "Abs", "latin": "Musculus rectus abdominis",
     "group": "core", "side": "front"},
]


def _cues(muscle: str, ext: str = "Push the floor away from you") -> list[dict[str, Any]]:
    return [
        {"text": f"Feel the {muscle} stretch as you lower", "phase": "eccentric",
         "focus": "muscle", "muscle": muscle},
        {"text": f"Squeeze the {muscle} to start the lift", "phase": "concentric",
         "focus": "muscle", "muscle": muscle},
        {"text": f"Hold and squeeze the {muscle} hard", "phase": "peak", "focus": "muscle",
         "muscle": muscle},
        {"text": "Set your feet and brace before the rep", "phase": "setup", "focus": "environment"},
        {"text": ext, "phase": "concentric", "focus": "environment"},
        {"text": "Lower the load along the same path", "phase": "eccentric", "focus": "environment"},
    ]


def _ex(
    id: str,
    primary: list[str],
    secondary: list[str],
    equipment: list[str],
    mechanic: str,
    pattern: str,
    *,
    tempo: str = "3-1-1-1",
    level: str = "beginner",
    cue_muscle: str | None = None,
    starts_with: str = "eccentric",
    cues: list[dict[str, Any]] | None = None,
) -> mmc.Exercise:
    return mmc.Exercise.model_validate(
        {
            "id": id,
            "name": id.replace("-", " ").title(),
            "primary": primary,
            "secondary": secondary,
            "equipment": equipment,
            "mechanic": mechanic,
            "pattern": pattern,
            "tempo": tempo,
            "level": level,
            "starts_with": starts_with,
            "cues": _cues(cue_muscle or primary[0]) if cues is None else cues,
        }
    )


EXERCISES: list[mmc.Exercise] = [
    _ex("barbell-bench-press", ["pectoralis-major"], ["triceps-brachii", "deltoid-anterior"],
        ["barbell", "bench"], "compound", "horizontal-push", tempo="3-1-X-0"),
    _ex("dumbbell-bench-press", ["pectoralis-major"], ["triceps-brachii", "deltoid-anterior"],
        ["dumbbell", "bench"], "compound", "horizontal-push"),
    _ex("push-up", ["pectoralis-major"], ["triceps-brachii", "deltoid-anterior"],
        ["bodyweight"], "compound", "horizontal-push", tempo="2-0-X-0"),
    _ex("incline-dumbbell-press", ["pectoralis-major-clavicular"], ["deltoid-anterior"],
        ["dumbbell", "bench"], "compound", "horizontal-push", level="intermediate"),
    _ex("cable-fly", ["pectoralis-major"], ["deltoid-anterior"], ["cable"], "isolation", "fly"),
    _ex("band-fly", ["pectoralis-major"], [], ["band"], "isolation", "fly"),
    _ex("lat-pulldown", ["latissimus-dorsi"], ["biceps-brachii", "rhomboids"],
        ["cable", "machine"], "compound", "vertical-pull", starts_with="concentric"),
    _ex("pull-up", ["latissimus-dorsi"], ["biceps-brachii"], ["pull-up-bar"], "compound",
        "vertical-pull", level="intermediate", starts_with="concentric"),
    _ex("seated-cable-row", ["latissimus-dorsi", "rhomboids"], ["biceps-brachii",
        "deltoid-posterior"], ["cable"], "compound", "horizontal-pull",
        starts_with="concentric"),
    _ex("dumbbell-row", ["latissimus-dorsi", "rhomboids"], ["biceps-brachii"],
        ["dumbbell", "bench"], "compound", "horizontal-pull", starts_with="concentric"),
    _ex("band-row", ["latissimus-dorsi", "rhomboids"], ["biceps-brachii"], ["band"],
        "compound", "horizontal-pull", starts_with="concentric"),
    _ex("band-pullover", ["latissimus-dorsi"], [], ["band"], "isolation", "pullover",
        starts_with="concentric"),
    _ex("barbell-curl", ["biceps-brachii"], [], ["barbell"], "isolation", "elbow-flexion",
        starts_with="concentric"),
    _ex("dumbbell-curl", ["biceps-brachii"], [], ["dumbbell"], "isolation", "elbow-flexion",
        starts_with="concentric"),
    _ex("band-curl", ["biceps-brachii"], [], ["band"], "isolation", "elbow-flexion",
        starts_with="concentric"),
    _ex("cable-pushdown", ["triceps-brachii"], [], ["cable"], "isolation", "elbow-extension",
        starts_with="concentric"),
    _ex("band-pushdown", ["triceps-brachii"], [], ["band"], "isolation", "elbow-extension",
        starts_with="concentric"),
    _ex("bench-dip", ["triceps-brachii"], ["pectoralis-major"], ["bench"], "compound",
        "vertical-push"),
    _ex("overhead-press", ["deltoid-anterior"], ["triceps-brachii"], ["barbell"], "compound",
        "vertical-push", starts_with="concentric"),
    _ex("lateral-raise", ["deltoid-lateral"], [], ["dumbbell"], "isolation", "raise",
        starts_with="concentric"),
    _ex("band-lateral-raise", ["deltoid-lateral"], [], ["band"], "isolation", "raise",
        tempo="1-0-1-0", starts_with="concentric"),
    _ex("band-face-pull", ["deltoid-posterior"], ["rhomboids"], ["band"], "isolation",
        "horizontal-pull", starts_with="concentric"),
    _ex("back-squat", ["quadriceps", "gluteus-maximus"], ["hamstrings"], ["barbell"],
        "compound", "squat", level="intermediate"),
    _ex("goblet-squat", ["quadriceps", "gluteus-maximus"], [], ["dumbbell", "kettlebell"],
        "compound", "squat"),
    _ex("bodyweight-squat", ["quadriceps"], ["gluteus-maximus"], ["bodyweight"], "compound",
        "squat"),
    _ex("romanian-deadlift", ["hamstrings", "gluteus-maximus"], [], ["barbell"], "compound",
        "hinge"),
    _ex("glute-bridge", ["gluteus-maximus"], ["hamstrings"], ["bodyweight"], "isolation",
        "hip-extension", starts_with="concentric"),
    _ex("leg-curl", ["hamstrings"], [], ["machine"], "isolation", "knee-flexion",
        starts_with="concentric"),
    _ex("leg-extension", ["quadriceps"], [], ["machine"], "isolation", "knee-extension",
        starts_with="concentric"),
    _ex("calf-raise", ["calves"], [], ["bodyweight"], "isolation", "calf-raise",
        starts_with="concentric"),
    _ex("crunch", ["rectus-abdominis"], [], ["bodyweight"], "isolation", "trunk-flexion",
        starts_with="concentric"),
    _ex("kettlebell-swing", ["gluteus-maximus"], ["hamstrings"], ["kettlebell"], "compound",
        "hinge", tempo="1-0-X-0", cues=[]),
]

DRILLS: list[mmc.Drill] = [
    mmc.Drill(id="chest-squeeze", name="Chest squeeze", kind="flex",
              targets=["pectoralis-major"], minutes=3, steps=["Press palms together"]),
    mmc.Drill(id="lat-flex", name="Lat flex", kind="flex", targets=["latissimus-dorsi"],
              minutes=3, steps=["Pull elbows down to your ribs"]),
    mmc.Drill(id="back-picture", name="Back picture", kind="visualisation",
              targets=["latissimus-dorsi", "rhomboids"], minutes=2,
              steps=["Picture the blades sliding together"]),
    mmc.Drill(id="arm-flex", name="Arm flex", kind="flex",
              targets=["biceps-brachii", "triceps-brachii"], minutes=2,
              steps=["Flex biceps, then triceps"]),
    mmc.Drill(id="glute-squeeze", name="Glute squeeze", kind="flex",
              targets=["gluteus-maximus"], minutes=2, steps=["Squeeze and hold"]),
    mmc.Drill(id="whole-body", name="Whole-body routine", kind="routine",
              targets=["pectoralis-major", "latissimus-dorsi"], minutes=10,
              steps=["Do each flex in turn"]),
]


def small_library() -> mmc.Library:
    """A fresh library (cheap: a few dozen frozen models)."""
    muscles = [mmc.Muscle.model_validate(m) for m in MUSCLES]
    return mmc.Library(muscles=muscles, exercises=EXERCISES, drills=DRILLS)


def test_fixture_is_consistent() -> None:
    lib = small_library()
    for exercise in lib.exercises.values():
        for muscle in exercise.muscles:
            assert muscle in lib.muscles, (exercise.id, muscle)
    for drill in lib.drills.values():
        assert set(drill.targets) <= set(lib.muscles)
    assert lib.family("deltoid") == (
        "deltoid", "deltoid-anterior", "deltoid-lateral", "deltoid-posterior"
    )
