"""Patterns the importers read where a word alone misleads: upright rows and high pulls (a
raise, not a lat pull), and legs lifted lying face down or on the back (a hip extension or a
hip flexion, as the record's position and muscles say). docs/importing.md, "Patterns"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mmc
from mmc.content.importers import import_mapped
from mmc.content.importers.inference import infer_pattern
from mmc.content.importers.position import pattern_for_position


@pytest.mark.parametrize(
    ("name", "primary", "pattern", "mechanic"),
    [
        # An upright row lifts the elbows out to the side: a raise with the elbow bending,
        # as the bundled band-upright-row.md files it.
        ("Upright Barbell Row", ["trapezius"], "raise", "compound"),
        ("Upright Row w/ Dumbbells", ["deltoid-anterior", "trapezius"], "raise", "compound"),
        ("Smith Machine One-Arm Upright Row", ["deltoid"], "raise", "compound"),
        ("Upright Cable Row", [], "raise", "compound"),
        # A high pull is an upright row pulled from low...
        ("High Pull", ["deltoid-anterior"], "raise", "compound"),
        ("Kettlebell Sumo High Pull", ["trapezius"], "raise", "compound"),
        ("Barbell High Pull", [], "raise", "compound"),
        # ... unless the lats alone are its targets (a cable "high pull" pulled down).
        ("High Pull (cable)", ["latissimus-dorsi"], "vertical-pull", "compound"),
        ("High Pull", ["latissimus-dorsi", "trapezius"], "raise", "compound"),
        # Bent over, the dumbbells are rowed to the chest.
        ("Bent High Pulls", ["trapezius"], "horizontal-pull", "compound"),
        ("Bent-Over High Pull", ["deltoid-posterior"], "horizontal-pull", "compound"),
        # Lat work stays lat work.
        ("Rope Climb", ["latissimus-dorsi"], "vertical-pull", "compound"),
        ("Wide-Grip Lat Pulldown", ["latissimus-dorsi"], "vertical-pull", "compound"),
        ("Kneeling High Pulley Row", ["latissimus-dorsi"], "horizontal-pull", "compound"),
        ("Lying Close-Grip Bar Curl On High Pulley", ["biceps-brachii"], "elbow-flexion",
         "isolation"),
    ],
)
def test_upright_rows_and_high_pulls(name: str, primary: list[str], pattern: str,
                                     mechanic: str) -> None:
    guess = infer_pattern(name, primary)
    assert (guess.pattern, guess.mechanic) == (pattern, mechanic), guess.reason


@pytest.mark.parametrize(
    ("pattern", "name", "text", "primary", "expected"),
    [
        # Face down, the glutes or hamstrings lift the legs: a hip extension.
        ("hip-flexion", "Flutter Kicks", ["On a flat bench lie facedown, legs straight."],
         ["gluteus-maximus"], "hip-extension"),
        ("hip-flexion", "Flutter Kicks", ["1. Lie face down on a bench.", "2. Kick."],
         ["hamstrings"], "hip-extension"),
        ("hip-flexion", "Prone Leg Lifts", [], ["gluteus-maximus", "hamstrings"],
         "hip-extension"),
        # On the back, the same name stays a hip flexion.
        ("hip-flexion", "Flutter Kicks", ["Laying on the back, lift your legs."],
         ["rectus-abdominis", "obliques"], None),
        # Muscles that disagree with the position, no position, or two: nothing changes.
        ("hip-flexion", "Flutter Kicks", ["Lie face down."], ["rectus-abdominis"], None),
        ("hip-flexion", "Flutter Kicks", ["Lie face down."],
         ["gluteus-maximus", "hip-flexors"], None),
        ("hip-flexion", "Flutter Kicks", ["Kick your legs."], ["gluteus-maximus"], None),
        ("hip-flexion", "Flutter Kicks", ["Lie face down, or lie on your back."],
         ["gluteus-maximus"], None),
        # An overhand grip ("palms face down") is no position.
        ("hip-flexion", "Leg Lifts", ["Hold the bar, palms face down."], ["hamstrings"],
         None),
        # A hip extension read from a name, lying on the back with only the hip flexors
        # listed, lifts the legs the other way.
        ("hip-extension", "Leg Kickback", ["Lie on your back and lift the legs."],
         ["hip-flexors"], "hip-flexion"),
        # A glute bridge lies on the back too: the glutes keep it a hip extension.
        ("hip-extension", "Glute Bridge", ["Lie on your back."], ["gluteus-maximus"], None),
        # Standing, a leg lifted behind the body extends the hip as it does face down.
        ("hip-flexion", "Leg Lift", ["Stand tall.", "Lift one leg behind you, knee straight."],
         ["gluteus-maximus"], "hip-extension"),
        ("hip-flexion", "Body Leg Lifts", ["Raise one off the ground and behind you."],
         ["gluteus-maximus"], "hip-extension"),
        # ... not a hand behind you, nor with the abs listed.
        ("hip-flexion", "Leg Lifts", ["Hold the bench behind you and lift both legs."],
         ["gluteus-maximus"], None),
        ("hip-flexion", "Leg Lifts", ["Lift both legs. Hold the bench behind you."],
         ["gluteus-maximus"], None),
        ("hip-flexion", "Leg Lift", ["Lift one leg behind you."], ["rectus-abdominis"], None),
        # Other patterns are not turned by a position.
        ("knee-flexion", "Lying Leg Curls", ["Lie face down."], ["hamstrings"], None),
        (None, "Flutter Kicks", ["Lie face down."], ["gluteus-maximus"], None),
    ],
)
def test_pattern_for_position(pattern: str | None, name: str, text: list[str],
                              primary: list[str], expected: str | None) -> None:
    assert pattern_for_position(pattern, name, text, primary) == expected


def test_made_up_records_written_with_the_pattern_their_position_and_name_say(
        tmp_path: Path) -> None:
    records = [
        {"id": "1", "name": "Flutter Kicks", "muscle": ["glutes"], "helpers": ["hamstrings"],
         "kit": "none", "text": ["Lie face down on a bench, hips on its edge.",
                                 "Kick each leg up in turn."]},
        {"id": "2", "name": "Scissor Flutter Kicks", "muscle": ["rectus abdominis"],
         "helpers": [], "kit": "none", "text": ["Lie on your back, legs straight."]},
        {"id": "3", "name": "Cable Upright Row", "muscle": ["deltoid"],
         "helpers": ["trapezius"], "kit": "cable", "text": ["Pull the bar to the chin."]},
        {"id": "4", "name": "Power High Pull", "muscle": ["trapezius"], "helpers": [],
         "kit": "barbell", "text": ["Pull the bar from the knees to the chest."]},
    ]
    (tmp_path / "data.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "map.toml").write_text(
        '[dataset]\nname = "club"\nlicense = "CC0-1.0"\nattribution = "Club"\nrecords = ""\n'
        '[fields]\nid = "id"\nname = "name"\nprimary = "muscle"\nsecondary = "helpers"\n'
        'equipment = "kit"\ninstructions = "text"\n[values.equipment]\nnone = "bodyweight"\n'
        '[values.muscle]\nglutes = "gluteus-maximus"\n',
        encoding="utf-8",
    )
    report = import_mapped(tmp_path / "map.toml", tmp_path / "data.json", tmp_path / "out")
    lib = mmc.load_library(tmp_path / "out", packs=False)
    patterns = {w.id: (lib.exercises[w.id].pattern, lib.exercises[w.id].mechanic)
                for w in report.written}
    assert patterns == {
        "flutter-kicks": ("hip-extension", "compound"),  # glutes and hamstrings: two joints
        "scissor-flutter-kicks": ("hip-flexion", "isolation"),
        "cable-upright-row": ("raise", "compound"),
        "power-high-pull": ("raise", "compound"),
    }, report.summary()
    notes = report.to_dict()["notes"]
    assert notes["movement pattern read from the name and the position the record states"] == 1


@pytest.mark.parametrize(
    ("name", "primary", "pattern"),
    [
        # A reverse hyper swings the legs back behind a still torso: the hip extends.
        ("Reverse Hyperextension", ["hamstrings"], "hip-extension"),
        ("Reverse Hypers", ["gluteus-maximus"], "hip-extension"),
        ("Hyperextensions (Back Extensions)", ["erector-spinae"], "back-extension"),
        # A shrug for the retractors alone draws the shoulder blades back.
        ("Middle Back Shrug", ["rhomboids"], "scapular"),
        ("Barbell Shrug", ["trapezius"], "shrug"),
        ("Shrug", ["rhomboids", "trapezius-upper"], "shrug"),
        ("Dumbbell Shrug", [], "shrug"),
        # Isometric wipers: a push-up position, the weight shifted onto one bending arm.
        ("Isometric Wipers", ["pectoralis-major"], "horizontal-push"),
        ("Windshield Wipers", ["obliques"], "trunk-rotation"),
    ],
)
def test_patterns_whose_muscles_contradicted_them(name: str, primary: list[str],
                                                  pattern: str) -> None:
    assert infer_pattern(name, primary).pattern == pattern
