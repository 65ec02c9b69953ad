"""What the importers read beyond a record's name: kit from its text, a choice between two
patterns its muscles make, loads that tell same-named exercises apart, and the vocabulary the
wger records needed (bus drivers, frog presses, skydivers, press-arounds, leg swings)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mmc
from mmc.content.importers import import_mapped
from mmc.content.importers.description import (
    equipment_from_text,
    pattern_from_text,
    says_hold,
    text_of,
)
from mmc.content.importers.inference import infer_category, infer_pattern, read_pattern
from mmc.content.importers.name_hints import infer_equipment, refine_equipment
from mmc.content.importers.twins import loads_of
from mmc.content.importers.variation import words_in


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        (["Grab a weight plate and hold it out in front of your body.", "Squat down."],
         ("plate",)),
        (["Kneeling down on one leg and pulling cable down."], ("cable",)),
        (["Adjust the seat height so that the machine's handles align with your elbows.",
          "Sit on the bench."], ("machine",)),  # a bench to sit on says nothing
        (["Lie on a bench."], ()),
        (["Hold a dumbbell in one hand and a kettlebell in the other."], ()),  # two loads
        (["Do a deadlift."], ()),  # a convention is not a statement ("Deadlift": barbell)
        ([], ()),
    ],
)
def test_equipment_from_text_only_when_it_names_one_load(
    steps: list[str], expected: tuple[str, ...]
) -> None:
    assert equipment_from_text(text_of(steps)) == expected


def test_two_patterns_in_a_name_are_decided_by_the_muscles_only_when_none_can_do_the_other(
) -> None:
    name = "Cable Tri Extension - External Rotation"
    # The triceps move the elbow, not the shoulder's rotation.
    assert read_pattern(name, ["triceps-brachii"], helpers=[]).pattern == "elbow-extension"
    # The public reading does not know the helpers: it stays undecided.
    assert infer_pattern(name, ["triceps-brachii"]).pattern is None
    # Two exercises in one name: a helper does the other one.
    curl_squat = read_pattern("Biceps Curl: Squat with Dumbbell", ["biceps-brachii"],
                              helpers=["quadriceps", "gluteus-maximus"])
    assert curl_squat.pattern is None
    # A word joining two movements keeps the name undecided, whatever the muscles.
    row_shrug = read_pattern("Lying Dumbbell Row SS Seated Shrug", ["latissimus-dorsi"],
                             helpers=[])
    assert row_shrug.pattern is None
    # A pattern whose joints are not judged (a plank) rules nothing out.
    plank = read_pattern("Plank with Alternating Leg Lift", ["gluteus-maximus"], helpers=[])
    assert plank.pattern is None


@pytest.mark.parametrize(
    ("name", "primary", "pattern"),
    [
        ("Bus Drivers", ["deltoid-anterior"], "raise"),
        ("Dumbbell Frog Press", ["gluteus-maximus"], "hip-extension"),
        ("Skydiver with arms in T-position", [], "back-extension"),
        ("Cable Press Around", ["pectoralis-major", "deltoid-anterior"], "horizontal-push"),
        ("Hand Grip", [], "wrist"),
    ],
)
def test_names_of_common_exercises(name: str, primary: list[str], pattern: str) -> None:
    assert infer_pattern(name, primary).pattern == pattern


@pytest.mark.parametrize(
    ("name", "category"),
    [("Crossbody Leg Swings", "stretching"), ("Leg Swings (Front-Back)", "stretching"),
     ("Roll Down", "stretching"), ("punches", "cardio"), ("Shadow Boxing", "cardio"),
     ("Kettlebell Swings", None), ("Dumbbell Frog Press", None)],
)
def test_mobility_drills_and_boxing_are_not_strength(name: str, category: str | None) -> None:
    assert infer_category(name) == category


def test_kit_from_the_name() -> None:
    assert infer_equipment("Hand Grip") == ("other",)
    assert infer_equipment("Sitting Calf Raises") == ("machine",)
    # A bench listed alone: the name's load is added; a bar to hang from stays as it is.
    assert refine_equipment(["bench"], "Unilateral Cable Row") == ["cable", "bench"]
    assert refine_equipment(["bench"], "Incline Bench Sit-Up") is None
    assert refine_equipment(["pull-up-bar"], "Pull-Ups (Wide Grip)") is None


def test_loads() -> None:
    assert loads_of(["dumbbell", "bench"]) == ("dumbbell",)
    assert loads_of(["bodyweight", "pull-up-bar"]) == ("bodyweight",)
    assert loads_of(["bench"]) == ()  # the load is not known


def test_same_name_another_load_is_another_exercise(tmp_path: Path) -> None:
    records = [
        {"id": "1", "name": "Good Mornings", "muscle": "hamstrings", "kit": "barbell"},
        {"id": "2", "name": "Good Morning", "muscle": "hamstrings", "kit": "bodyweight"},
        {"id": "3", "name": "Good Morning", "muscle": "hamstrings", "kit": "barbell"},
        {"id": "4", "name": "Preacher Curl", "muscle": "biceps", "kit": "ez-bar"},
        {"id": "5", "name": "Preacher Curls", "muscle": "biceps", "kit": "bench"},
    ]
    (tmp_path / "data.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "map.toml").write_text(
        '[dataset]\nname = "club"\nlicense = "CC0-1.0"\nattribution = "Club"\nrecords = ""\n'
        '[fields]\nid = "id"\nname = "name"\nprimary = "muscle"\nequipment = "kit"\n',
        encoding="utf-8",
    )
    report = import_mapped(tmp_path / "map.toml", tmp_path / "data.json", tmp_path / "out")
    assert sorted(w.id for w in report.written) == [
        "good-morning-bodyweight", "good-mornings", "preacher-curl"], report.summary()
    # The same load is the same exercise, represented by the file written for it; a record
    # naming only a bench does not say its load, so it is not judged the same.
    reasons = {s.record: s.reasons[0] for s in report.skipped}
    assert sorted(reasons) == ["3", "5"]
    assert (reasons["3"].code, reasons["3"].id) == ("same-as-written", "good-mornings")
    assert "exercises/good-mornings.md" in reasons["3"].message
    assert reasons["5"].code == "duplicate" and "load not known" in reasons["5"].message
    lib = mmc.load_library(tmp_path / "out", packs=False)
    variant = lib.exercises["good-morning-bodyweight"]
    assert (variant.name, variant.equipment) == ("Good Morning (bodyweight)", ["bodyweight"])
    again = import_mapped(tmp_path / "map.toml", tmp_path / "data.json", tmp_path / "out")
    assert again.changed == []


@pytest.mark.parametrize(
    ("steps", "primary", "pattern"),
    [
        (["Crunches on roman chair"], [], "trunk-flexion"),
        (["Perform a timed isometric pull-up on the bar"], ["latissimus-dorsi"],
         "vertical-pull"),
        (["1. Hang for 10 seconds on a fingerboard with a 20 mm edge"], [], "wrist"),
        # A starting position is not the exercise.
        (["Get into the push-up position with your shoulders above your hands."], [], None),
        (["With a dumbbell in each hand, stand in a low squat stance."], [], None),
        # A gymnastics skill is no single pattern, even after a pull-up.
        (["From the final phase of a pull-up, we push back to the front lever."],
         ["latissimus-dorsi"], None),
        # Muscles named in passing are not a movement.
        (["The muscles involved are the lats and the long head of the biceps."],
         ["biceps-brachii"], None),
        # A pattern the listed muscles cannot perform.
        (["Do a squat."], ["biceps-brachii"], None),
        # Only the first sentence is read.
        (["Stand tall.", "Curl the dumbbells."], ["biceps-brachii"], None),
    ],
)
def test_pattern_from_the_first_sentence_of_the_text(
    steps: list[str], primary: list[str], pattern: str | None
) -> None:
    guess = pattern_from_text(steps, primary, [])
    assert (guess.pattern if guess is not None else None) == pattern
    if guess is not None:
        assert guess.how == "description"


def test_a_hold_the_text_announces() -> None:
    assert says_hold(["Hang for 10 seconds on a fingerboard"])
    assert not says_hold(["Crunches on roman chair"])
    assert infer_equipment("Fingerboard 20 mm edge") == ("other",)
    assert infer_equipment("Standing Rope Forearm") == ()  # a wrist roller's rope
    assert infer_equipment("Rope Pushdown") == ("cable",)


def test_records_of_one_id_told_apart_by_their_own_words(tmp_path: Path) -> None:
    """A second record of an id is another variation where its text names another implement,
    position, bench angle or grip than the written one's; the same exercise where nothing
    tells them apart and it converts alike; left undecided otherwise (docs/importing.md)."""
    records = [
        {"id": "1", "name": "Leg Raise", "muscle": "rectus abdominis", "kit": "none",
         "text": ["Lie on your back and raise both legs."]},
        {"id": "2", "name": "Leg Raises", "muscle": "rectus abdominis", "kit": "none",
         "text": ["Lie face down on a bench and raise both legs behind you."]},
        {"id": "3", "name": "Club Pulldown", "muscle": "latissimus dorsi", "kit": "cable",
         "text": ["Take a wide grip on the bar and pull it to the chest."]},
        {"id": "4", "name": "Club Pulldown", "muscle": "latissimus dorsi", "kit": "cable",
         "text": ["Take a close grip on the bar and pull it to the chest."]},
        # Alternatives named: one of them is the written record's, so not told apart.
        {"id": "5", "name": "Club Pulldowns", "muscle": "latissimus dorsi", "kit": "cable",
         "text": ["Use a wide grip or a close grip."]},
        {"id": "6", "name": "Bench Press", "muscle": "pectoralis major", "kit": "barbell",
         "text": ["Lower the bar to the chest on an incline bench."]},
        {"id": "7", "name": "Bench Press", "muscle": "pectoralis major", "kit": "barbell",
         "text": ["Lower the bar to the chest on a decline bench."]},
        # The written record's words: the same exercise.
        {"id": "8", "name": "Bench Press", "muscle": "pectoralis major", "kit": "barbell",
         "text": ["Lower the bar to the chest on an incline bench."]},
    ]
    (tmp_path / "data.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "map.toml").write_text(
        '[dataset]\nname = "club"\nlicense = "CC0-1.0"\nattribution = "Club"\nrecords = ""\n'
        '[fields]\nid = "id"\nname = "name"\nprimary = "muscle"\nequipment = "kit"\n'
        'instructions = "text"\n[values.equipment]\nnone = "bodyweight"\n',
        encoding="utf-8",
    )
    report = import_mapped(tmp_path / "map.toml", tmp_path / "data.json", tmp_path / "out")
    written = {w.record: w.id for w in report.written}
    assert written == {"1": "leg-raise", "2": "leg-raises-prone", "3": "club-pulldown",
                       "4": "club-pulldown-close-grip", "6": "bench-press",
                       "7": "bench-press-decline"}, report.summary()
    reasons = {s.record: s.reasons[0] for s in report.skipped}
    assert (reasons["5"].code, reasons["5"].id) == ("same-as-written", "club-pulldown")
    assert (reasons["8"].code, reasons["8"].id) == ("same-as-written", "bench-press")
    lib = mmc.load_library(tmp_path / "out", packs=False)
    assert lib.exercises["leg-raises-prone"].name == "Leg Raises (prone)"
    assert lib.exercises["club-pulldown-close-grip"].name == "Club Pulldown (close grip)"
    assert lib.exercises["bench-press-decline"].name == "Bench Press (decline)"
    summary = report.summary()
    assert "2 the same exercise as a written record" in summary
    saved = json.loads((tmp_path / "out" / "import-report-club.json").read_text("utf-8"))
    assert saved["same_as_written"] == 2
    again = import_mapped(tmp_path / "map.toml", tmp_path / "data.json", tmp_path / "out")
    assert again.changed == []


def test_a_second_record_that_converts_differently_stays_a_duplicate(tmp_path: Path) -> None:
    records = [
        {"id": "1", "name": "Bridge", "muscle": "gluteus maximus", "kit": "none", "text": []},
        {"id": "2", "name": "Bridge", "muscle": "gluteus maximus", "kit": "none",
         "text": ["Hold the top for 30 seconds."], "force": "static"},
    ]
    (tmp_path / "data.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "map.toml").write_text(
        '[dataset]\nname = "club"\nlicense = "CC0-1.0"\nattribution = "Club"\nrecords = ""\n'
        '[fields]\nid = "id"\nname = "name"\nprimary = "muscle"\nequipment = "kit"\n'
        'instructions = "text"\nforce = "force"\n[values.equipment]\nnone = "bodyweight"\n',
        encoding="utf-8",
    )
    report = import_mapped(tmp_path / "map.toml", tmp_path / "data.json", tmp_path / "out")
    [skipped] = report.skipped
    reason = skipped.reasons[0]
    assert (reason.code, reason.id) == ("duplicate", None), report.summary()
    assert "measure seconds (that record: reps)" in reason.message


def test_other_stands_where_the_text_names_such_kit(tmp_path: Path) -> None:
    """A dataset's 'other' is not replaced by the name's kit where the text names kit that is
    'other' to mmc and not the name's (rings, suspension straps)."""
    records = [
        {"id": "1", "name": "Club Muscle Up", "muscle": "latissimus dorsi", "kit": "other",
         "text": ["Grip the rings with a false grip.", "Initiate a pull up."]},
        {"id": "2", "name": "Club Inverted Row", "muscle": "latissimus dorsi", "kit": "other",
         "text": ["Hang suspension straps from a rack and row."]},
        # A towel around a chin-up bar: the name's pull-up bar stands.
        {"id": "3", "name": "Club Chin-Up", "muscle": "latissimus dorsi", "kit": "other",
         "text": ["Place a towel around a chin-up bar and pull."]},
        {"id": "4", "name": "Club Pull-Up", "muscle": "latissimus dorsi", "kit": "other",
         "text": ["Pull until the chin is over the bar."]},
    ]
    (tmp_path / "data.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "map.toml").write_text(
        '[dataset]\nname = "club"\nlicense = "CC0-1.0"\nattribution = "Club"\nrecords = ""\n'
        '[fields]\nid = "id"\nname = "name"\nprimary = "muscle"\nequipment = "kit"\n'
        'instructions = "text"\n',
        encoding="utf-8",
    )
    import_mapped(tmp_path / "map.toml", tmp_path / "data.json", tmp_path / "out")
    lib = mmc.load_library(tmp_path / "out", packs=False)
    assert {e.id: e.equipment for e in lib.exercises.values() if e.imported} == {
        "club-muscle-up": ["other"], "club-inverted-row": ["other"],
        "club-chin-up": ["pull-up-bar"], "club-pull-up": ["pull-up-bar"]}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("High pull down on cable on machine", {"implement": {"cable"}}),
        ("Use a light barbell", {"implement": {"barbell"}}),
        ("Grab the EZ curl bar", {"implement": {"EZ bar"}}),
        ("Grip the rings using a false grip; initiate a pull up", {"implement": {"rings"}}),
        ("Place a towel around a chin-up bar", {"implement": {"pull-up bar"}}),
        ("Laying on the back, lift your legs", {"position": {"supine"}}),
        ("On a flat bench lie facedown", {"position": {"prone"}, "bench angle": {"flat bench"}}),
        ("Use an inclined bench", {"bench angle": {"incline"}}),
        ("Pull with a wide overhand grip", {"grip": {"overhand"}, "grip width": {"wide grip"}}),
        ("Palms facing each other (a neutral grip)", {"grip": {"neutral grip"}}),
        # Words that mean different things in different exercises are not read.
        ("Rest the bar on your back and sit down", {}),
        ("Hold the bar with palms face down", {"grip": {"overhand"}}),
        ("Palms facing forward, stand tall", {}),
    ],
)
def test_variation_words(text: str, words: dict[str, set[str]]) -> None:
    assert words_in(text) == {kind: frozenset(found) for kind, found in words.items()}
