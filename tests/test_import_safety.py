"""mmc import beyond the four datasets: any dataset through a mapping file, loud failures,
malformed datasets as MmcErrors, and files that survive crashes, kills and the user's edits."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import mmc
from mmc.cli import cli
from mmc.content.importers import import_dataset, import_mapped
from mmc.content.importers.inference import (
    deltoid_head,
    infer_category,
    infer_equipment,
    infer_measure,
    infer_mechanic,
    infer_pattern,
    infer_per_side,
    pattern_target,
    primary_for_pattern,
    refine_equipment,
)
from mmc.content.importers.name_hints import smith_machine
from mmc.project import check_import_target

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("MMC_SHARED_DATA", REPO.parent / "shared" / "data"))

# A dataset in a shape mmc has never seen: German field names and vocabulary (muscles,
# equipment, categories), English exercise names, a nested license,
# muscles as one comma-separated text, steps as one text.
GYM = {
    "meta": {"version": 3},
    "uebungen": [
        {"nr": "G1", "titel": "Seated Biceps Curl", "ziel": "Bizeps", "helfer": "Unterarm",
         "geraet": "Kurzhantel", "art": "Kraft", "anleitung": "Arme strecken.\nBeugen.",
         "lizenz": {"kurz": "CC-BY-4.0"}, "autor": "Studio Nord"},
        {"nr": "G2", "titel": "Kneeling Triceps Pushdown", "ziel": "Trizeps", "helfer": "",
         "geraet": "Kabelzug", "art": "Kraft", "anleitung": "Ellbogen fest.",
         "lizenz": {"kurz": "CC-BY-4.0"}, "autor": "Studio Nord"},
        {"nr": "G3", "titel": "Forearm Stand", "ziel": "Bauch", "helfer": "Schulter",
         "geraet": "Matte", "art": "Halten", "anleitung": "Koerper gerade halten.",
         "lizenz": {"kurz": "CC-BY-4.0"}, "autor": "Studio Nord"},
        {"nr": "G4", "titel": "Incline Walk", "ziel": "Beine", "helfer": "", "geraet": "Maschine",
         "art": "Ausdauer", "anleitung": "Laufen.", "lizenz": {"kurz": "CC-BY-4.0"},
         "autor": "Studio Nord"},
    ],
}
GYM_MAP = """
[dataset]
name = "studio-nord"
title = "Studio Nord exercise list"
url = "https://example.org/studio-nord"
license = "CC-BY-4.0"
attribution = "Studio Nord"
records = "uebungen"

[fields]
id = "nr"
name = "titel"
primary = "ziel"
secondary = "helfer"
equipment = "geraet"
category = "art"
instructions = "anleitung"
license = "lizenz.kurz"
attribution = "autor"

[split]
primary = ","
secondary = ","

[values.muscle]
"Bizeps" = "biceps-brachii"
"Trizeps" = "triceps-brachii"
"Unterarm" = "forearm-flexors"
"Bauch" = "rectus-abdominis"
"Schulter" = "deltoid"
"Beine" = "quadriceps"

[values.equipment]
"Kurzhantel" = "dumbbell"
"Kabelzug" = "cable"
"Matte" = "bodyweight"
"Maschine" = "machine"

[values.category]
"Kraft" = "strength"
"Halten" = "bodyweight"
"Ausdauer" = "cardio"
"""


def _gym(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "studio.json"
    data.write_text(json.dumps(GYM), encoding="utf-8")
    mapping = tmp_path / "studio.toml"
    mapping.write_text(GYM_MAP, encoding="utf-8")
    return data, mapping


def test_new_dataset_imports_through_a_mapping_file_alone(tmp_path: Path) -> None:
    data, mapping = _gym(tmp_path)
    out = tmp_path / "out"
    run = CliRunner().invoke(cli, ["import", "json", str(data), "--map", str(mapping),
                                   "--out", str(out)])
    assert run.exit_code == 0, run.output
    assert "studio-nord: 4 records: 2 written, 2 skipped" in run.output
    lib = mmc.load_library(out, packs=False)
    report = json.loads((out / "import-report-studio-nord.json").read_text(encoding="utf-8"))
    reasons = {s["record"]: s["reasons"][0]["code"] for s in report["skipped_records"]}
    assert reasons["G4"] == "category"  # cardio: reported, not imported
    # The German names say no pattern mmc knows: reported, with --keep-unclassified kept.
    assert reasons["G3"] == "no-pattern"
    curl = next(e for e in lib.exercises.values() if e.provenance and e.provenance.record == "G1")
    assert curl.primary == ["biceps-brachii"] and curl.secondary == ["forearm-flexors"]
    assert curl.equipment == ["dumbbell"]
    assert curl.provenance is not None
    assert curl.provenance.dataset == "studio-nord" and curl.provenance.license == "CC-BY-4.0"
    assert curl.provenance.attribution == "Studio Nord"
    assert curl.provenance.url == "https://example.org/studio-nord"
    assert "Beugen" in curl.instructions
    kept = import_mapped(mapping, data, out, keep_unclassified=True)
    assert kept.kept_unclassified == 1
    plank = mmc.load_library(out, packs=False).exercises["forearm-stand"]
    assert plank.provenance is not None and plank.provenance.unclassified == ["pattern"]
    assert mmc.check_content(out, packs=False).errors == []
    again = import_mapped(mapping, data, out, keep_unclassified=True)
    assert again.changed == []


def test_csv_dataset_through_a_mapping(tmp_path: Path) -> None:
    (tmp_path / "lifts.csv").write_text(
        "code;exercise;targets;kit;kind\n"
        "1;Barbell Back Squat Paused;quads|glutes;barbell;strength\n"
        "2;Single-Arm Farmer's Carry;forearms;kettlebell;strength\n"
        "3;Isometric Wall Squat;quads;;bodyweight\n",
        encoding="utf-8",
    )
    (tmp_path / "lifts.toml").write_text(
        '[dataset]\nname = "lifts"\nlicense = "CC0-1.0"\nattribution = "Lift club"\n'
        'format = "csv"\ndelimiter = ";"\n'
        '[fields]\nid = "code"\nname = "exercise"\nprimary = "targets"\nequipment = "kit"\n'
        'category = "kind"\n[split]\nprimary = "|"\n',
        encoding="utf-8",
    )
    report = import_mapped(tmp_path / "lifts.toml", tmp_path / "lifts.csv", tmp_path / "out")
    assert len(report.written) == 3, report.summary()
    lib = mmc.load_library(tmp_path / "out", packs=False)
    carry = lib.exercises["single-arm-farmer-s-carry"]
    assert (carry.pattern, carry.measure, carry.per_side) == ("carry", "metres", True)
    sit = lib.exercises["isometric-wall-squat"]
    assert (sit.pattern, sit.measure, sit.equipment) == ("squat", "seconds", ["bodyweight"])
    squat = lib.exercises["barbell-back-squat-paused"]
    assert squat.primary == ["quadriceps", "gluteus-maximus"] and squat.measure == "reps"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("5", "expected a JSON object holding 'uebungen'"),
        ("{}", "has no 'uebungen'"),
        ('{"uebungen": 5}', "expected a list of records (JSON objects) at 'uebungen'"),
        ('{"uebungen": [1, 2]}', "expected records (JSON objects)"),
        ('{"uebungen": []}', "no records in"),
        ('{"uebungen": [{"titel": "A"}, {"titel": "B"}]}', "no record of 2 has the mapped"),
        ("[" * 100_000, "nested"),
        ("{not json", "is not valid JSON"),
    ],
)
def test_wrong_shape_exits_non_zero_naming_what_was_expected(
    tmp_path: Path, content: str, expected: str
) -> None:
    data, mapping = _gym(tmp_path)
    out = tmp_path / "out"
    import_mapped(mapping, data, out)
    before = sorted(p.name for p in (out / "exercises").iterdir())
    data.write_text(content, encoding="utf-8")
    run = CliRunner().invoke(cli, ["import", "json", str(data), "--map", str(mapping),
                                   "--out", str(out)])
    assert run.exit_code == 1, run.output
    assert expected in run.output and "Traceback" not in run.output
    # Nothing from the earlier import was removed.
    assert sorted(p.name for p in (out / "exercises").iterdir()) == before


def test_mapping_mistakes_name_the_key(tmp_path: Path) -> None:
    data, _ = _gym(tmp_path)
    for text, expected in [
        ('[dataset]\nname = "x"\nlicense = "MIT"\n[fields]\nnom = "a"\n', "unknown field 'nom'"),
        ('[dataset]\nlicense = "MIT"\n[fields]\nname = "a"\n', "[dataset] has no name"),
        ('[dataset]\nname = "x"\nlicense = "MIT"\n[fields]\nname = "titel"\n'
         '[values.equipment]\n"Kurzhantel" = "dumbell"\n', "'dumbell' is not an mmc equipment"),
        ("not toml [", "not valid TOML"),
    ]:
        (tmp_path / "m.toml").write_text(text, encoding="utf-8")
        run = CliRunner().invoke(cli, ["import", "json", str(data), "--map",
                                       str(tmp_path / "m.toml"), "--out", str(tmp_path / "o")])
        assert run.exit_code == 1 and expected in run.output, run.output
        assert "Traceback" not in run.output
    run = CliRunner().invoke(cli, ["import", "json", str(data), "--out", str(tmp_path / "o")])
    assert run.exit_code == 1 and "needs a mapping file" in run.output


def _copy(dataset: str, tmp_path: Path) -> Path:
    target = tmp_path / dataset
    shutil.copytree(DATA / dataset, target)
    return target


def _edit_json(path: Path, change: Any) -> None:
    """Apply ``change`` to a dataset file cut to its first records (to keep tests quick)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, list) and path.name == "exercises.json":
        data = data[:40]
    elif isinstance(data, list):  # wger's exercise rows: the first 40 of them
        data = [row for row in data if row.get("model") != "exercises.exercise"] + [
            row for row in data if row.get("model") == "exercises.exercise"][:40]
    elif isinstance(data, dict):
        data["exercises"] = data["exercises"][:40]
        data["exercises_to_merge"] = data["exercises_to_merge"][:5]
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def _first_fixture(rows: list[dict[str, Any]], model: str) -> dict[str, Any]:
    return next(r for r in rows if r.get("model") == model)


MALFORMED: list[tuple[str, str, Any]] = [
    ("wger", "exercise-base-data.json",
     lambda d: _first_fixture(d, "exercises.exercise").update(pk="seven")),
    ("wger", "exercise-base-data.json",
     lambda d: _first_fixture(d, "exercises.exercise")["fields"].update(category="arms")),
    ("wger", "exercise-base-data.json",
     lambda d: _first_fixture(d, "exercises.exercise")["fields"].update(muscles=["one"])),
    ("wger", "exercise-base-data.json",
     lambda d: _first_fixture(d, "exercises.exercise")["fields"].update(license="cc")),
    ("wger", "exercise-base-data.json",
     lambda d: _first_fixture(d, "exercises.exercise")["fields"].update(equipment=[None])),
    ("free-exercise-db", "exercises.json", lambda d: d[0].update(level={"a": 1})),
    ("free-exercise-db", "exercises.json", lambda d: d[0].update(mechanic=7)),
    ("exercemus", "exercises.json", lambda d: d["exercises"][0].update(instructions=5)),
    ("everkinetic", "exercises.json", lambda d: d[0].update(equipment=5)),
]


@pytest.mark.parametrize("change", [
    lambda d: _first_fixture(d, "exercises.translation")["fields"].update(language=[2]),
    lambda d: [r["fields"].update(name=["x"]) for r in d[:400]
               if r.get("model") == "exercises.translation"],
])
def test_odd_wger_translations_are_no_traceback(tmp_path: Path, change: Any) -> None:
    source = _copy("wger", tmp_path)
    _edit_json(source / "translations.json", change)
    try:
        report = import_dataset("wger", source, tmp_path / "out")
    except mmc.MmcError:
        return
    assert report.written and not [s for s in report.skipped if not s.reasons]


@pytest.mark.parametrize(("dataset", "file", "change"), MALFORMED)
def test_malformed_datasets_are_errors_or_reported_records(
    tmp_path: Path, dataset: str, file: str, change: Any
) -> None:
    source = _copy(dataset, tmp_path)
    _edit_json(source / file, change)
    try:
        report = import_dataset(dataset, source, tmp_path / "out")
    except mmc.MmcError as exc:  # the whole file is unusable: said, with the file named
        assert file in str(exc)
        return
    # A record with a value of the wrong shape is reported (a number where a word belongs is
    # read as text and counted as a value that maps to nothing).
    malformed = [s for s in report.skipped if s.reasons[0].code == "malformed"]
    assert malformed or "7" in report.unmapped.get("mechanic", {}), report.summary()
    assert all("should be" in s.reasons[0].message for s in malformed)


@pytest.mark.parametrize("content", ["5", "{}", "[]", "[" * 100_000])
def test_a_broken_dataset_file_fails_loudly_and_keeps_the_earlier_import(
    tmp_path: Path, content: str
) -> None:
    source = _copy("everkinetic", tmp_path)
    out = tmp_path / "out"
    first = import_dataset("everkinetic", source, out)
    before = {p.name: p.read_bytes() for p in (out / "exercises").iterdir()}
    (source / "exercises.json").write_text(content, encoding="utf-8")
    with pytest.raises(mmc.MmcError) as caught:
        import_dataset("everkinetic", source, out)
    assert "exercises.json" in str(caught.value) or "no records" in str(caught.value)
    assert {p.name: p.read_bytes() for p in (out / "exercises").iterdir()} == before
    assert len(before) == len(first.written)


def test_damaged_files_are_repaired_and_edits_are_kept(tmp_path: Path) -> None:
    source = _copy("everkinetic", tmp_path)
    out = tmp_path / "out"
    report = import_dataset("everkinetic", source, out)
    ids = sorted(w.id for w in report.written)
    empty, truncated, edited, gone = (out / "exercises" / f"{i}.md" for i in ids[:4])
    empty.write_bytes(b"")
    truncated.write_bytes(truncated.read_bytes()[:40])
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMy own note.\n", encoding="utf-8")
    gone.unlink()
    (out / "exercises" / ".x.md.123.mmc-tmp").write_text("left by a kill", encoding="utf-8")
    again = import_dataset("everkinetic", source, out)
    assert sorted(again.repaired) == sorted(f"exercises/{p.name}" for p in (empty, truncated))
    assert again.edited == [f"exercises/{edited.name}"]
    assert "My own note." in edited.read_text(encoding="utf-8")
    assert gone.is_file()
    assert not (out / "exercises" / ".x.md.123.mmc-tmp").exists()
    assert mmc.check_content(out, packs=False).errors == []
    assert "edited since imported, left alone" in again.summary()
    # The edit is still recognised on the next run; --force overwrites it.
    assert import_dataset("everkinetic", source, out).edited == [f"exercises/{edited.name}"]
    forced = import_dataset("everkinetic", source, out, force=True)
    assert forced.edited == []
    assert [p for p in forced.updated if p.startswith("exercises/")] == [
        f"exercises/{edited.name}"]
    assert "My own note." not in edited.read_text(encoding="utf-8")


def test_kill_at_random_points_then_import_again(tmp_path: Path) -> None:
    """Issue #17: 20 SIGKILLs at random points of ``mmc import``; each time the next import
    leaves valid content."""
    source = tmp_path / "fed"
    source.mkdir()
    records = json.loads((DATA / "free-exercise-db" / "exercises.json").read_text("utf-8"))
    (source / "exercises.json").write_text(json.dumps(records[::8]), encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "mmc", "import", "free-exercise-db", str(source),
               "--out", str(out)]
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True)
    full = time.monotonic() - started
    expected = sorted(p.name for p in (out / "exercises").iterdir())
    shutil.rmtree(out)
    rng = random.Random(17)
    for round_ in range(20):
        if round_ % 5 == 4:  # now and then the dataset changes between runs
            subset = records[::8][: rng.randrange(30, 110)]
            (source / "exercises.json").write_text(json.dumps(subset), encoding="utf-8")
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, full))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        (source / "exercises.json").write_text(json.dumps(records[::8]), encoding="utf-8")
        report = import_dataset("free-exercise-db", source, out)
        assert sorted(p.name for p in (out / "exercises").iterdir()) == expected, round_
        assert report.edited == []
        result = mmc.check_content(out, packs=False)
        assert result.errors == [], (round_, result.errors[:3])


def test_inference_is_public_and_reads_names() -> None:
    # Names issue #15 found skipped for "no equipment" or "no mechanic".
    assert infer_equipment("Inverted Row") == ("pull-up-bar",)
    assert infer_equipment("Decline Push-Up")[0] == "bodyweight"
    assert infer_equipment("Biceps Curl With Cable") == ("cable",)
    assert infer_equipment("Sumo Deadlift") == ("barbell",)
    assert infer_mechanic(["rectus-abdominis"], ["obliques"]) == "isolation"  # crunches
    assert infer_mechanic(["gluteus-maximus"], ["hamstrings"]) == "compound"  # hip thrust
    assert infer_pattern("Cable Crunch", ["rectus-abdominis"]).pattern == "trunk-flexion"
    assert infer_pattern("Zottman Work", ["biceps-brachii"], force="pull").how == \
        "muscles and force"
    assert infer_measure("Plank", "anti-extension") == "seconds"
    assert infer_measure("Farmer's Walk", "carry") == "metres"
    assert infer_measure("Barbell Row", "horizontal-pull") == "reps"
    assert infer_per_side("One-Arm Dumbbell Row") and infer_per_side("Bulgarian Split Squat")
    assert not infer_per_side("Alternating Dumbbell Curl")
    assert mmc.infer_pattern is infer_pattern


@pytest.mark.parametrize(("name", "primary", "pattern"), [
    # A generic word that fits several patterns does not veto the rest of the name...
    ("Tibialis Raises", [], "ankle-dorsiflexion"),
    ("Leg Curl with Elastic", ["gastrocnemius"], "knee-flexion"),
    # ... unless the name chains two movements into one rep: a combination.
    ("Dumbbell Bicep Curl to Press", ["biceps-brachii"], "combination"),
    ("Landmine Squat to Press", ["deltoid-anterior", "quadriceps"], "combination"),
    ("Handstand Push-Ups", ["deltoid"], "vertical-push"),
    ("Wall Handstand", [], "vertical-push"),
    ("Deadhang", [], "wrist"),
    ("Pullup on Fingerboard", [], "vertical-pull"),
    ("Chair Dips", [], "elbow-extension"),
    ("Internal Cable Rotation", ["deltoid"], "rotator-cuff"),
    ("Dumbbell Shoulder Rotations", ["deltoid-anterior"], "rotator-cuff"),
    ("Leg Raises Pull Up Bar", ["rectus-abdominis"], "hip-flexion"),
    ("Remo maquina agarre estrecho supino", [], "horizontal-pull"),
    ("Scissors Jump", ["quadriceps"], "jump"),
    ("Scissors", ["rectus-abdominis"], "hip-flexion"),
    ("Turkish Get-Up", ["deltoid"], "combination"),
])
def test_pattern_from_names(name: str, primary: list[str], pattern: str | None) -> None:
    assert infer_pattern(name, primary).pattern == pattern


def test_names_that_say_stretch_olympic_cardio_or_equipment() -> None:
    assert infer_category("Dumbbell Hang Power Cleans") == "olympic"  # plural
    assert infer_category("Forward Arm Circles") == "stretching"  # mobility drill
    assert infer_category("Child's Pose") == "stretching"
    assert infer_category("Standing Pancake Good Morning") is None  # a loaded hinge
    assert infer_category("4-count Burpees") == "cardio"
    assert infer_category("Squat Thrust") == "cardio"
    assert infer_per_side("Calf raises, right leg") and not infer_per_side("Bright Row")
    assert infer_per_side("Shrimp Squad") and infer_per_side("Planche de cote dynamique")
    # A Smith machine filed under the barbell or a bench only is the machine.
    assert smith_machine(["bench"], "Smith Press") == ["machine", "bench"]
    assert smith_machine(["barbell"], "Smith Machine Split Squat") == ["machine"]
    assert smith_machine(["machine"], "Smith Squat") is None
    assert smith_machine(["barbell"], "Blacksmith Row") is None
    assert not infer_per_side("Tuck planche")
    assert infer_pattern("Cuban Dumbbell Press", ["deltoid"]).pattern == "rotator-cuff"
    assert infer_category("Bear Crawl Pull Through") == "cardio"
    # A dataset's vague equipment gives way to equipment the name plainly names.
    assert refine_equipment(["other"], "Front Plate Raise") == ["plate"]
    assert refine_equipment(["bodyweight"], "Incline Push-Up") == ["bodyweight", "bench"]
    assert refine_equipment(["bodyweight"], "Machine Chest Press") == ["machine"]
    assert refine_equipment(["other"], "Rope Climb") is None  # rope: a cable? not plainly
    assert refine_equipment(["dumbbell"], "Incline Press") is None  # the dataset's stands
    assert primary_for_pattern("rotator-cuff", "Side-Lying External Rotation") == \
        "infraspinatus"
    assert primary_for_pattern("rotator-cuff", "Internal Rotation with Band") == \
        "subscapularis"
    # Target muscles that move no joint of the pattern give way to the pattern's target.
    assert pattern_target("hinge", "Deadlifts", ["latissimus-dorsi"]) == "hamstrings"
    assert pattern_target("shrug", "Shrugs, Barbells", ["deltoid-anterior"]) == \
        "trapezius-upper"
    assert pattern_target("neck", "Neck Extension", ["biceps-brachii"]) == "trapezius-upper"
    assert pattern_target("hinge", "Trap Bar Deadlift", ["quadriceps"]) is None  # the knee
    assert pattern_target("elbow-flexion", "Curl", ["biceps-brachii"]) is None
    assert pattern_target("rotator-cuff", "External Rotation", ["deltoid"]) == "infraspinatus"
    # The deltoid head a name names replaces the whole deltoid or another head.
    assert deltoid_head("Seated Bent-Over Rear Delt Raise", ["deltoid"]) == ["deltoid-posterior"]
    assert deltoid_head("Bent Over Low-Pulley Side Lateral", ["deltoid"]) == \
        ["deltoid-posterior"]
    assert deltoid_head("Lateral Raises", ["deltoid-anterior"]) == ["deltoid-lateral"]
    assert deltoid_head("Machine lateral wise", ["deltoid-anterior"]) == ["deltoid-lateral"]
    assert deltoid_head("Front Plate Raise", ["deltoid", "trapezius"]) == \
        ["deltoid-anterior", "trapezius"]
    assert deltoid_head("Lateral-to-Front Raises", ["deltoid"]) is None
    assert deltoid_head("Arnold Press", ["deltoid"]) is None


def test_find_muscle_reads_underscores_and_hyphens() -> None:
    lib = mmc.load_library(packs=False)
    for name, muscle_id in [("upper_back", "trapezius"), ("front_delts", "deltoid-anterior"),
                            ("Front-Delts", "deltoid-anterior"), ("rear delts", None),
                            ("subscapularis", "subscapularis")]:
        found = lib.find_muscle(name)
        if muscle_id is not None:
            assert found is not None and found.id == muscle_id, name


def test_import_reads_the_project_and_its_aliases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    (project / "content" / "muscles").mkdir(parents=True)
    (project / "content" / "muscles" / "wing.md").write_text(
        "---\nid: wing\nname: Wing\nlatin: Musculus ala\ngroup: arms\nside: front\n"
        "aliases: [flappers]\n---\n", encoding="utf-8")
    (project / "mmc.toml").write_text(
        '[aliases]\nlatissimus-dorsi = ["Breiter Rueckenmuskel"]\n', encoding="utf-8")
    data = tmp_path / "rows.json"
    data.write_text(json.dumps([
        {"n": "Wing Row", "t": "FLAPPERS", "e": "dumbbell"},
        {"n": "Kneeling Lat Pulldown", "t": "breiter  rueckenmuskel", "e": "cable"},
    ]), encoding="utf-8")
    (tmp_path / "rows.toml").write_text(
        '[dataset]\nname = "rows"\nlicense = "CC0-1.0"\n[fields]\nname = "n"\nprimary = "t"\n'
        'equipment = "e"\n', encoding="utf-8")
    (project / "sub").mkdir()
    monkeypatch.chdir(project / "sub")  # the project is found from below, as git does
    run = CliRunner().invoke(cli, ["import", "json", str(data), "--map",
                                   str(tmp_path / "rows.toml"), "--out", "../content"])
    assert run.exit_code == 0, run.output
    wing = (project / "content" / "exercises" / "wing-row.md").read_text(encoding="utf-8")
    assert "primary:\n- wing\n" in wing
    lat = (project / "content" / "exercises" / "kneeling-lat-pulldown.md").read_text("utf-8")
    assert "primary:\n- latissimus-dorsi\n" in lat
    # A second run into the project's own content changes nothing (its exercises are its own).
    again = CliRunner().invoke(cli, ["import", "json", str(data), "--map",
                                     str(tmp_path / "rows.toml"), "--out", "../content"])
    assert again.exit_code == 0 and "0 created, 0 updated, 0 removed" in again.output
    (project / "mmc.toml").write_text('[aliases]\nlats-muscle = ["x"]\n', encoding="utf-8")
    wrong = CliRunner().invoke(cli, ["import", "json", str(data), "--map",
                                     str(tmp_path / "rows.toml"), "--out", "../content"])
    assert wrong.exit_code == 1 and "no muscle has the id 'lats-muscle'" in wrong.output


def _tiny_everkinetic(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "exercises.json").write_text(json.dumps([{
        "id": "0001", "name": "dumbbell-curl", "title": "Dumbbell Curl", "primer": "",
        "type": "isolation", "primary": ["biceps brachii"], "secondary": [],
        "equipment": ["dumbbell"], "steps": ["Curl."], "tips": [], "references": [],
        "svg": [], "png": []}]), encoding="utf-8")
    (folder / "LICENSE.md").write_text("license text\n", encoding="utf-8")
    return folder


def test_import_without_out_uses_the_projects_imported_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _tiny_everkinetic(tmp_path / "data")
    project = tmp_path / "project"
    (project / "content").mkdir(parents=True)
    (project / "mmc.toml").write_text('title = "Gym"\n', encoding="utf-8")
    monkeypatch.chdir(project / "content")  # found from below, as the other commands do
    run = CliRunner().invoke(cli, ["import", "everkinetic", str(source)])
    assert run.exit_code == 0, run.output
    assert (project / "imported" / "exercises" / "dumbbell-curl.md").is_file()
    assert "no --out: importing into the project's imported/ folder" in run.output
    # The project does not read the folder yet: the message says how to make it.
    assert 'content = ["content", "imported"]' in run.output
    (project / "mmc.toml").write_text('title = "Gym"\ncontent = ["content", "imported"]\n',
                                      encoding="utf-8")
    again = CliRunner().invoke(cli, ["import", "everkinetic", str(source)])
    assert again.exit_code == 0, again.output
    assert "0 created, 0 updated, 0 removed" in again.output
    assert "does not read" not in again.output


def test_import_without_out_outside_a_project_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _tiny_everkinetic(tmp_path / "data")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    run = CliRunner().invoke(cli, ["import", "everkinetic", str(source)])
    assert run.exit_code != 0 and "Traceback" not in run.output
    assert "no --out, and no project here" in run.output and "--out DIR" in run.output
    assert sorted(p.name for p in (tmp_path / "elsewhere").iterdir()) == []


def test_import_refuses_dangerous_targets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _tiny_everkinetic(tmp_path / "data")
    home = tmp_path / "home"
    project = home / "project"
    (project / "content").mkdir(parents=True)
    (project / "mmc.toml").write_text('title = "Gym"\n', encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(project)
    # A stand-in for mmc's bundled content: a failed refusal must not write into the real one.
    bundled = tmp_path / "bundled"
    (bundled / "exercises").mkdir(parents=True)
    monkeypatch.setattr("mmc.project.bundled_content_dir", lambda: bundled)
    for out, what in [(project, "is the project folder"), (home, "is the home directory"),
                      (tmp_path, "contains the home directory"),
                      (bundled / "exercises", "is inside the bundled content of mmc")]:
        before = sorted(p.name for p in out.iterdir())
        run = CliRunner().invoke(cli, ["import", "everkinetic", str(source), "--out", str(out)])
        assert run.exit_code != 0 and "Traceback" not in run.output, run.output
        assert what in run.output and "import into a folder of its own" in run.output, run.output
        assert sorted(p.name for p in out.iterdir()) == before
    with pytest.raises(mmc.MmcError, match="is a file system root"):
        check_import_target(Path(tmp_path.anchor))  # checked only: nothing is written
    # A folder inside the project is fine.
    run = CliRunner().invoke(cli, ["import", "everkinetic", str(source), "--out", "mine"])
    assert run.exit_code == 0, run.output
    assert (project / "mine" / "exercises" / "dumbbell-curl.md").is_file()
