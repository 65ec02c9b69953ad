"""Importers: each of the four datasets in full, idempotency, reports, mapping and de-duplication,
pattern inference, and the commands of docs/importing.md."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import mmc
from mmc.cli import cli
from mmc.cli.exchange import import_command
from mmc.content.frontmatter import parse_document
from mmc.content.importers import FORMATS, GENERIC_FORMATS, import_dataset
from mmc.content.importers.base import markdown_text, same_exercise_key, slugify
from mmc.content.importers.inference import infer_pattern, primary_for_pattern

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("MMC_SHARED_DATA", REPO.parent / "shared" / "data"))
#: Records per dataset, from each SOURCE.md.
RECORDS = {"free-exercise-db": 873, "wger": 872, "exercemus": 872 + 190, "everkinetic": 289}
CC_BY_SA = {"wger", "everkinetic"}


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """path -> (mtime_ns, sha256) of every file under ``folder``."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_mtime_ns,
                                           hashlib.sha256(p.read_bytes()).hexdigest())
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def bundled() -> mmc.Library:
    return mmc.load_library(packs=False)


@pytest.fixture(scope="module")
def imports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, mmc.ImportReport]]:
    """Each dataset imported once for the whole module (the full imports are the slow part)."""
    found: dict[str, tuple[Path, mmc.ImportReport]] = {}
    for name in sorted(RECORDS):
        out = tmp_path_factory.mktemp(name)
        found[name] = (out, import_dataset(name, DATA / name, out))
    return found


@pytest.fixture(scope="module", params=sorted(RECORDS))
def imported(request: pytest.FixtureRequest, imports: dict[str, tuple[Path, mmc.ImportReport]],
             ) -> Iterator[tuple[str, Path, mmc.ImportReport]]:
    name = str(request.param)
    out, report = imports[name]
    yield name, out, report


def test_every_record_is_written_or_reported(imported: Any) -> None:
    name, out, report = imported
    assert report.records == RECORDS[name]
    assert len(report.written) + len(report.skipped) == report.records
    assert len(report.written) > 150, report.summary()
    records = [w.record for w in report.written] + [s.record for s in report.skipped]
    assert len(set(records)) == len(records)
    for skipped in report.skipped:
        assert skipped.reasons and all(r.code and r.message for r in skipped.reasons)
    files = sorted(p.stem for p in (out / "exercises").glob("*.md"))
    assert files == sorted(w.id for w in report.written)
    saved = json.loads((out / f"import-report-{name}.json").read_text(encoding="utf-8"))
    assert saved == json.loads(json.dumps(report.to_dict()))
    assert saved["written"] + saved["skipped"] == saved["records"] == RECORDS[name]
    assert sum(saved["skip_reasons"].values()) >= saved["skipped"]


#: Issue #15's figures, measured on ../shared/data (docs/importing.md, "The four datasets
#: today"): the share of in-scope records (all but cardio, stretching and olympic lifting)
#: written as new files; written or already in the library (the same exercise as a library
#: one is not written twice: plans and the site use the library's); and written, in the
#: library, or the same exercise as a record of the dataset that was written (represented by
#: that file). Floors a little under the measured figures, so that a regression fails.
SHARES = {  # dataset: (written, + in the library, + the same as a written record), in per cent
    "free-exercise-db": (90.0, 97.0, 97.0),
    "wger": (80.0, 88.0, 90.5),
    "exercemus": (87.0, 94.5, 96.5),
    "everkinetic": (92.0, 95.5, 96.5),
}
EXCLUDED = ("cardio", "stretching", "olympic")


def shares(report: mmc.ImportReport) -> tuple[float, float, float, Counter[str]]:
    """(written %, written or in the library %, written, in the library or the same exercise
    as a written record %, in-scope skips per first reason)."""
    in_scope = report.in_scope
    reasons = Counter(s.reasons[0].code for s in report.skipped if s.reasons[0].code != "category")
    written = 100 * report.in_scope_written / in_scope
    in_library = 100 * (report.in_scope_written + reasons["in-library"]) / in_scope
    same = 100 * (report.in_scope_written + reasons["in-library"]
                  + reasons["same-as-written"]) / in_scope
    return written, in_library, same, reasons


def test_written_share_per_dataset(imported: Any) -> None:
    name, _, report = imported
    written, in_library, same, reasons = shares(report)
    excluded = {c: n for c, n in report.categories.items() if c in EXCLUDED}
    # Every record is accounted for: excluded by category, written, or skipped for a reason.
    assert sum(excluded.values()) + report.in_scope == report.records
    assert report.in_scope_written + sum(reasons.values()) == report.in_scope
    table = ", ".join(f"{code} {n}" for code, n in reasons.most_common())
    shown = (f"{name}: {report.records} records, excluded {excluded}, in scope "
             f"{report.in_scope}, written {report.in_scope_written} ({written:.1f} %), "
             f"written or in the library {in_library:.1f} %, written, in the library or the "
             f"same exercise as a written record {same:.1f} %; skipped: {table}")
    print(shown)
    floors = SHARES[name]
    assert written >= floors[0] and in_library >= floors[1] and same >= floors[2], shown
    saved = report.to_dict()
    assert (saved["in_library"], saved["same_as_written"]) == (
        reasons["in-library"], reasons["same-as-written"])
    # Nothing is kept unclassified by default: every written record was fully classified.
    assert report.kept_unclassified == 0


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_ninety_percent_written_in_library_or_same_as_written(
    name: str, imports: dict[str, tuple[Path, mmc.ImportReport]]
) -> None:
    """Issue #15's target, on the records written, already in the library, or the same
    exercise as a record that was written (docs/importing.md). wger's strictly written share
    stays lower (80 %, 88.7 % with the library): see test_written_share_per_dataset."""
    _, _, same, _ = shares(imports[name][1])
    assert same >= 90


def test_same_as_written_names_the_file_written_for_it(imported: Any) -> None:
    name, out, report = imported
    by_record = {w.record: w for w in report.written}
    same = [s for s in report.skipped if s.reasons[0].code == "same-as-written"]
    saved = {item["record"]: item["reasons"][0] for item in
             json.loads((out / f"import-report-{name}.json").read_text("utf-8"))[
                 "skipped_records"]}
    for skipped in same:
        reason = skipped.reasons[0]
        assert reason.id is not None and f"exercises/{reason.id}.md" in reason.message
        assert (out / "exercises" / f"{reason.id}.md").is_file()
        # The record named is the one written as that file, and it was written first.
        [kept] = [w for w in report.written if w.id == reason.id]
        assert f"record {kept.record} (" in reason.message and kept.record in by_record
        assert same_exercise_key(slugify(skipped.name)) == same_exercise_key(reason.id)
        assert saved[skipped.record]["id"] == reason.id
    assert len(same) == {"free-exercise-db": 0, "wger": 17, "exercemus": 15,
                         "everkinetic": 2}[name], [s.name for s in same]
    # No record of the same id is left undecided on these datasets.
    assert not [s.name for s in report.skipped if s.reasons[0].code == "duplicate"]


def test_second_records_of_another_variation_are_written(imports: Any) -> None:
    """Records of one id that their own data tells apart are written as variations named
    for what sets them apart (docs/importing.md, Duplicates)."""
    wger_out, _ = imports["wger"]
    exercemus_out, _ = imports["exercemus"]
    wger = mmc.load_library(wger_out, packs=False)
    exercemus = mmc.load_library(exercemus_out, packs=False)
    # "Use a light barbell" and "High pull down on cable on machine".
    assert wger.exercises["high-pull"].equipment == ["barbell"]
    cable = wger.exercises["high-pull-cable"]
    assert (cable.name, cable.equipment, cable.pattern) == (
        "High Pull (cable)", ["cable"], "vertical-pull")
    # Face down on a bench (glutes), and on the back (abs).
    supine = exercemus.exercises["flutter-kicks-supine"]
    assert supine.name == "Flutter Kicks (supine)"
    assert "rectus-abdominis" in supine.primary
    assert "gluteus-maximus" in exercemus.exercises["flutter-kicks"].primary
    # On rings (filed under 'other'), and on a pull-up bar.
    assert exercemus.exercises["muscle-up"].equipment == ["other"]
    bar = exercemus.exercises["muscle-up-pull-up-bar"]
    assert (bar.name, bar.equipment) == ("Muscle up (pull-up bar)", ["pull-up-bar"])


def test_upright_rows_high_pulls_and_flutter_kicks_on_the_real_data(imports: Any) -> None:
    """Upright rows and high pulls are raises (as the bundled band upright row), not the lat
    pulls the planner reads vertical-pull as; a high pull bent over is a row, one pulled down
    onto the lats a pulldown; flutter kicks face down on a bench (the glutes or hamstrings
    listed) are a hip extension, on the back a hip flexion (docs/importing.md, Patterns)."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for name, (out, _) in sorted(imports.items()):
        for path in sorted((out / "exercises").glob("*.md")):
            meta = parse_document(path.read_text(encoding="utf-8"), str(path)).data
            if re.search(r"upright|high pulls?\b|flutter|rope climb", str(meta["name"]), re.I):
                found[name, path.stem] = (str(meta["pattern"]), str(meta["mechanic"]))
    upright = {key: value for key, value in found.items() if "upright" in key[1]}
    assert len(upright) == 27 and set(upright.values()) == {("raise", "compound")}, upright
    rest = {f"{dataset}/{exercise}": pattern for (dataset, exercise), (pattern, _)
            in found.items() if "upright" not in exercise}
    assert rest == {
        "everkinetic/flutter-kicks": "hip-extension",  # "Lie face down on a bench"
        "exercemus/bent-high-pulls": "horizontal-pull",
        "exercemus/flutter-kicks": "hip-extension",  # "lie facedown", glutes
        "exercemus/flutter-kicks-supine": "hip-flexion",  # "Laying on the back", abs
        "exercemus/high-pull": "raise",
        "exercemus/kettlebell-sumo-high-pull": "raise",
        "exercemus/rope-climb": "vertical-pull",
        "free-exercise-db/flutter-kicks": "hip-extension",
        "free-exercise-db/kettlebell-sumo-high-pull": "raise",
        "free-exercise-db/rope-climb": "vertical-pull",
        "wger/bent-high-pulls": "horizontal-pull",
        "wger/flutter-kicks": "hip-flexion",
        "wger/high-pull": "raise",
        "wger/high-pull-cable": "vertical-pull",  # "High pull down on cable", the lats
    }
    # Patterns the scan of every written file found contradicting all the record's target
    # muscles, where a general rule reads them right.
    fixed = {
        "everkinetic/body-leg-lifts": "hip-extension",  # "raise one ... behind you", glutes
        "free-exercise-db/leg-lift": "hip-extension",  # "lift one leg behind you", glutes
        "exercemus/leg-lift": "hip-extension",
        "free-exercise-db/reverse-hyperextension": "hip-extension",  # hamstrings
        "exercemus/reverse-hyperextension": "hip-extension",
        "wger/reverse-hyperextension": "hip-extension",
        "free-exercise-db/middle-back-shrug": "scapular",  # rhomboids: "squeeze ... together"
        "exercemus/middle-back-shrug": "scapular",
        "free-exercise-db/isometric-wipers": "horizontal-push",  # push-up position, chest
        "exercemus/isometric-wipers": "horizontal-push",
        "wger/isometric-wipers": "horizontal-push",
    }
    for key, pattern in fixed.items():
        dataset, exercise = key.split("/")
        path = imports[dataset][0] / "exercises" / f"{exercise}.md"
        data = parse_document(path.read_text(encoding="utf-8"), str(path)).data
        assert data["pattern"] == pattern, key


def test_output_passes_mmc_check(imported: Any, bundled: mmc.Library) -> None:
    _, out, report = imported
    result = mmc.check_content(out, packs=False)
    assert result.errors == [], "\n".join(map(str, result.errors[:5]))
    assert [w for w in result.warnings if str(out) in (w.file or "")] == []
    lib = result.library
    assert lib is not None
    assert len(lib.exercises) == len(bundled.exercises) + len(report.written)
    run = CliRunner().invoke(cli, ["check", str(out)])
    assert run.exit_code == 0, run.output


def test_imported_files_keep_license_and_attribution(imported: Any) -> None:
    name, out, report = imported
    lib = mmc.load_library(out, packs=False)
    licenses: set[str] = set()
    for written in report.written:
        exercise = lib.exercises[written.id]
        assert exercise.imported is True
        assert exercise.cues == []
        assert exercise.provenance is not None
        assert exercise.provenance.dataset == name
        assert exercise.provenance.record == written.record
        assert exercise.provenance.license == written.license
        assert exercise.provenance.attribution.strip()
        assert exercise.provenance.url and exercise.provenance.url.startswith("https://")
        licenses.update(exercise.provenance.license.split(" AND "))
        if exercise.instructions:
            # The dataset's text always travels with its source, authors and license.
            last = exercise.instructions.rstrip().splitlines()[-1]
            assert written.license in last and "Text from" in last
    attribution = (out / f"ATTRIBUTION-{name}.md").read_text(encoding="utf-8")
    for written in report.written:
        assert f"exercises/{written.id}.md" in attribution
    if name in CC_BY_SA:
        assert "CC BY-SA" in attribution
        assert any(spdx.startswith("CC-BY-SA") for spdx in licenses)
        assert "https://creativecommons.org/licenses/by-sa/" in attribution
    if name == "everkinetic":
        assert licenses == {"CC-BY-SA-4.0"}
        copied = (out / "LICENSE-everkinetic-LICENSE.md").read_bytes()
        assert copied == (DATA / "everkinetic" / "LICENSE.md").read_bytes()
    if name == "wger":
        assert licenses <= {"CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC0-1.0"}
    if name == "free-exercise-db":
        assert licenses == {"Unlicense"}


def test_second_import_changes_nothing(imported: Any) -> None:
    name, out, _ = imported
    before = snapshot(out)
    again = import_dataset(name, DATA / name, out)
    assert again.changed == []
    assert len(again.unchanged) == len(before)
    assert snapshot(out) == before


def test_summary_and_report_name_defaults_and_reasons(imported: Any) -> None:
    name, _, report = imported
    summary = report.summary()
    assert f"{name}: {RECORDS[name]} records" in summary
    notes = report.to_dict()["notes"]
    # Every written record gets a tempo, and the report says where each one came from.
    tempos = sum(count for note, count in notes.items() if note.startswith("tempo "))
    # (one exercemus record has its own tempo)
    assert len(report.written) - (name == "exercemus") <= tempos <= len(report.written)
    patterns = sum(count for note, count in notes.items()
                   if note.startswith("movement pattern read from the "))
    assert patterns == len(report.written) - report.kept_unclassified
    # The share of imported categories that was written (issue #15: at least 90 %).
    assert report.in_scope_written == len(report.written)
    assert report.in_scope == report.records - sum(
        count for category, count in report.categories.items()
        if category in ("cardio", "stretching", "olympic"))


def test_known_quirks_are_reported_not_guessed(imports: Any) -> None:
    ever_out, ever = imports["everkinetic"]
    # 'bar' could be a barbell or a pull-up bar: counted; the name decides where it says.
    assert ever.unmapped["equipment"]["bar"] == 5
    # Two records share an id and their text: the second is the same exercise as the first.
    dupes = [s for s in ever.skipped if s.reasons[0].code == "same-as-written"]
    assert len(dupes) == 2 and all("written as exercises/" in s.reasons[0].message
                                   for s in dupes)
    # Its three 'isometric' records are holds, dosed in seconds.
    lib = mmc.load_library(ever_out, packs=False)
    holds = [e for e in lib.exercises.values() if e.imported and e.measure == "seconds"]
    assert len(holds) >= 3
    _, fed = imports["free-exercise-db"]
    # stretching, cardio and olympic lifting are reported, not imported; a kettlebell clean
    # filed under 'strength' is olympic lifting by its name.
    assert fed.categories["stretching"] >= 123 and fed.categories["cardio"] >= 14
    assert fed.categories["olympic"] >= 35
    categories = [s for s in fed.skipped if s.reasons[0].code == "category"]
    assert len(categories) == sum(fed.categories[c] for c in ("stretching", "cardio", "olympic"))
    assert any("the name says olympic" in s.reasons[0].message for s in categories)


def test_unmapped_values_are_counted(tmp_path: Path) -> None:
    source = tmp_path / "fed"
    source.mkdir()
    records = [
        fed_record("Spleen_Curl", "Spleen Curl", primary=["spleen"], secondary=["forearms"]),
        fed_record("Lever_Row", "Wide Row", primary=["lats"], secondary=["ear", "ear", "biceps"],
                   equipment="lever"),
        fed_record("Barbell_Curl_X", "Barbell Curl X", primary=["biceps"],
                   secondary=["ear", "biceps"], mechanic="wobbly"),
    ]
    (source / "exercises.json").write_text(json.dumps(records), encoding="utf-8")
    report = import_dataset("free-exercise-db", source, tmp_path / "out")
    assert report.unmapped["primary muscle"] == {"spleen": 1}
    assert report.unmapped["secondary muscle"] == {"ear": 3}
    assert report.unmapped["equipment"] == {"lever": 1}
    assert report.unmapped["mechanic"] == {"wobbly": 1}
    assert sorted(s.record for s in report.skipped) == ["Lever_Row", "Spleen_Curl"]
    codes = {s.record: [r.code for r in s.reasons] for s in report.skipped}
    assert codes["Spleen_Curl"] == ["unmapped-muscle"]
    assert codes["Lever_Row"] == ["unmapped-equipment"]
    [written] = report.written
    curl = mmc.load_library(tmp_path / "out", packs=False).exercises[written.id]
    # The unknown secondary is left out and counted; biceps is primary, so not secondary too.
    assert curl.primary == ["biceps-brachii"] and curl.secondary == []
    assert curl.mechanic == "isolation"  # 'wobbly' is unmapped: the pattern decides
    assert report.notes["secondary muscle left out (unmapped)"] == 1
    assert report.notes["secondary muscle left out (also primary)"] == 1


def test_muscles_map_through_aliases_of_the_library(tmp_path: Path) -> None:
    content = tmp_path / "content" / "muscles"
    content.mkdir(parents=True)
    (content / "wing.md").write_text(
        "---\nid: wing\nname: Wing\nlatin: Musculus ala\ngroup: arms\nside: front\n"
        "aliases: [flappers]\n---\n", encoding="utf-8")
    library = mmc.load_library(tmp_path / "content", bundled=False, packs=False)
    source = tmp_path / "fed"
    source.mkdir()
    (source / "exercises.json").write_text(json.dumps([
        fed_record("Wing_Row", "Wing Row", primary=["FLAPPERS"]),
    ]), encoding="utf-8")
    report = import_dataset("free-exercise-db", source, tmp_path / "out", library=library)
    [written] = report.written
    text = (tmp_path / "out" / "exercises" / f"{written.id}.md").read_text(encoding="utf-8")
    assert "primary:\n- wing\n" in text


def test_dedup_clash_and_stale_files(tmp_path: Path) -> None:
    source = tmp_path / "fed"
    source.mkdir()
    out = tmp_path / "out"
    (out / "exercises").mkdir(parents=True)
    mine = "---\nid: my-curl\nname: My Curl\n---\nmy own file\n"
    (out / "exercises" / "my-curl.md").write_text(mine, encoding="utf-8")
    records = [
        fed_record("A_Curl", "Dumbbell Curl", primary=["biceps"]),
        fed_record("B_Curl", "Dumbbell  Curl", primary=["biceps"]),  # same id after slugify
        fed_record("My_Curl", "My Curl", primary=["biceps"]),  # a file it did not write
        fed_record("Seated_Row", "Seated Cable Rows", primary=["lats"]),  # bundled, plural
        fed_record("C_Curls", "Dumbbell Curls", primary=["biceps"]),  # plural of A_Curl
        fed_record("Hammer_Curl_X", "Hammer Curl X", primary=["biceps"]),
    ]
    (source / "exercises.json").write_text(json.dumps(records), encoding="utf-8")
    report = import_dataset("free-exercise-db", source, out)
    reasons = {s.record: s.reasons[0] for s in report.skipped}
    assert reasons["B_Curl"].code == "same-as-written" and "A_Curl" in reasons["B_Curl"].message
    assert reasons["B_Curl"].id == "dumbbell-curl"
    assert reasons["My_Curl"].code == "clash" and "not written by an importer" in \
        reasons["My_Curl"].message
    assert reasons["Seated_Row"].code == "in-library" and "seated-cable-row" in \
        reasons["Seated_Row"].message
    assert reasons["C_Curls"].code == "same-as-written" and \
        "A_Curl" in reasons["C_Curls"].message
    assert (out / "exercises" / "my-curl.md").read_text(encoding="utf-8") == mine
    saved = (out / "import-report-free-exercise-db.json").read_text(encoding="utf-8")
    assert str(tmp_path) not in saved and str(REPO) not in saved  # no machine-specific paths
    assert sorted(w.id for w in report.written) == ["dumbbell-curl", "hammer-curl-x"]
    # The dataset loses a record: its file goes, the user's file stays.
    (source / "exercises.json").write_text(json.dumps(records[:1]), encoding="utf-8")
    again = import_dataset("free-exercise-db", source, out)
    assert again.removed == ["exercises/hammer-curl-x.md"]
    assert sorted(p.name for p in (out / "exercises").glob("*.md")) == ["dumbbell-curl.md",
                                                                         "my-curl.md"]
    # A second dataset into the same directory does not overwrite the first one's files.
    ever = tmp_path / "ever"
    ever.mkdir()
    (ever / "exercises.json").write_text(json.dumps([{
        "id": "0001", "name": "dumbbell-curl", "title": "Dumbbell Curl", "primer": "",
        "type": "isolation", "primary": ["biceps brachii"], "secondary": [],
        "equipment": ["dumbbell"], "steps": ["Curl."], "tips": [], "references": [],
        "svg": [], "png": []}, {
        "id": "0002", "name": "cable-kickback", "title": "Cable Kickback", "primer": "",
        "type": "isolation", "primary": ["triceps brachii"], "secondary": [],
        "equipment": ["cable"], "steps": ["Kick."], "tips": [], "references": [],
        "svg": [], "png": []}]), encoding="utf-8")
    (ever / "LICENSE.md").write_text("license text\n", encoding="utf-8")
    other = import_dataset("everkinetic", ever, out)
    assert [s.reasons[0].code for s in other.skipped] == ["clash"]
    assert "imported from free-exercise-db" in other.skipped[0].reasons[0].message


def test_dataset_text_is_escaped_and_sections_stay_intact(tmp_path: Path) -> None:
    source = tmp_path / "fed"
    source.mkdir()
    steps: list[str] = ["## Not a heading *or emphasis* <b>html</b>", "1. not a nested list",
             "- nor a bullet", "", "Tip:\u00a0use [brackets] | pipes \\ backslash"]
    (source / "exercises.json").write_text(json.dumps([
        fed_record("Odd_Curl", "Odd Curl", primary=["biceps"], steps=steps),
    ]), encoding="utf-8")
    import_dataset("free-exercise-db", source, tmp_path / "out")
    lib = mmc.load_library(tmp_path / "out", packs=False)
    text = lib.exercises["odd-curl"].instructions
    assert text.startswith("1. \\#\\# Not a heading \\*or emphasis\\* \\<b\\>html\\</b\\>\n")
    assert "\n2. 1\\. not a nested list\n3. \\- nor a bullet\n4. Tip: use \\[brackets\\]" in text
    from markdown_it import MarkdownIt

    body, _, credit = text.rpartition("\n\n")
    assert credit.startswith("*Text from free-exercise-db, record Odd\\_Curl, by ")
    html = MarkdownIt("commonmark", {"html": False}).render(body)
    assert "<h2>" not in html and "<em>" not in html and "<b>" not in html
    assert "## Not a heading *or emphasis* &lt;b&gt;html&lt;/b&gt;" in html
    assert markdown_text("a\u00a0 b\n c") == "a b c"


def test_same_exercise_key() -> None:
    assert same_exercise_key("squats-with-bands") == same_exercise_key("squat-with-bands")
    assert same_exercise_key("dumbbell-flyes") != same_exercise_key("dumbbell-fly")
    assert same_exercise_key("abs-roll") == "abs-roll"


def test_slugify() -> None:
    assert slugify("Jalón abierto") == "jalon-abierto"
    assert slugify("3/4 Sit-Up") == "3-4-sit-up"
    assert slugify("  --  ") == ""
    assert len(slugify("word " * 40)) <= 80
    assert not slugify("word " * 40).endswith("-")


@pytest.mark.parametrize(
    ("name", "primary", "pattern"),
    [
        ("Barbell Bench Press - Medium Grip", ["pectoralis-major"], "horizontal-push"),
        ("Incline Dumbbell Press", ["pectoralis-major"], "horizontal-push"),
        ("Seated Dumbbell Press", ["deltoid"], "vertical-push"),
        ("Leg Press", ["quadriceps"], "squat"),
        ("Lying Leg Curls", ["hamstrings"], "knee-flexion"),
        ("Hammer Curls", ["biceps-brachii"], "elbow-flexion"),
        ("Cable Crunch", ["rectus-abdominis"], "trunk-flexion"),
        ("Standing Calf Raises", ["calves"], "calf-raise"),
        ("Side Lateral Raise", ["deltoid"], "raise"),
        ("Hanging Leg Raise", ["rectus-abdominis"], "hip-flexion"),
        ("Upright Barbell Row", ["trapezius"], "raise"),
        ("Bent Over Barbell Row", ["latissimus-dorsi"], "horizontal-pull"),
        ("Wide-Grip Lat Pulldown", ["latissimus-dorsi"], "vertical-pull"),
        ("Straight-Arm Pulldown", ["latissimus-dorsi"], "pullover"),
        ("Romanian Deadlift", ["hamstrings"], "hinge"),
        ("Dumbbell Step Ups", ["quadriceps"], "lunge"),
        ("Barbell Glute Bridge", ["gluteus-maximus"], "hip-extension"),
        ("Triceps Pushdown", ["triceps-brachii"], "elbow-extension"),
        ("Dips - Chest Version", ["pectoralis-major"], "horizontal-push"),
        ("Pulldown Behind The Neck", ["latissimus-dorsi"], "vertical-pull"),
        ("Farmer's Walk", ["forearm-flexors"], "carry"),
        ("Pallof Press", ["obliques"], "anti-rotation"),
        ("Dumbbell Wrist Curl", ["forearm-flexors"], "wrist"),
        ("Scapular Pull-Up", ["trapezius-lower"], "scapular"),
        ("Bulgarian Squat with Dumbbells", ["quadriceps"], "lunge"),
        ("Benchpress Dumbbells", ["pectoralis-major"], "horizontal-push"),
        ("Close-Grip EZ-Bar Press", ["triceps-brachii"], "horizontal-push"),
        ("Neck extension", ["sternocleidomastoid"], "neck"),
        ("Hip hinge", ["hamstrings"], "hinge"),
        # Names issue #15 found skipped.
        ("Calf Press On The Leg Press Machine", ["calves"], "calf-raise"),
        ("Board Press", ["triceps-brachii"], "horizontal-push"),
        ("Front Squat (Clean Grip)", ["quadriceps"], "squat"),
        ("Dips", ["pectoralis-major", "triceps-brachii"], "horizontal-push"),
        ("Side Plank", ["obliques"], "lateral-flexion"),
        ("Jalón abierto", ["latissimus-dorsi"], "vertical-pull"),
        ("Box Jump (Multiple Response)", ["quadriceps"], "jump"),
        ("Medicine Ball Chest Pass", ["pectoralis-major"], "throw"),
        ("Static Neck Flexion and Extension", ["trapezius"], "neck"),
        # wger names skipped before: French, typos, a high-incline press listing shoulders too.
        ("Planche de cote dynamique", ["obliques"], "lateral-flexion"),
        ("Shrimp Squad", [], "squat"),
        ("Low Pulley Cable fFly", ["pectoralis-major"], "fly"),
        ("High-Incline Smith Machine Press",
         ["deltoid-anterior", "pectoralis-major", "triceps-brachii"], "horizontal-push"),
        ("YWTs", [], "scapular"),
        ("Machine lateral wise", ["deltoid-anterior"], "raise"),
    ],
)
def test_pattern_from_name(name: str, primary: list[str], pattern: str) -> None:
    guess = infer_pattern(name, primary)
    assert guess.pattern == pattern, guess.reason


@pytest.mark.parametrize(
    ("name", "primary", "reason"),
    [
        # Two exercises back to back, or a choice of two: not one combination.
        ("LYING DUMBBELL ROW SS SEATED SHRUG", ["latissimus-dorsi"], "a superset"),
        ("Neutral-grip pull-ups or TRX rows", ["latissimus-dorsi"], "several patterns"),
        ("Burpee", ["quadriceps"], "no single movement pattern"),
        ("Power Clean", ["hamstrings"], "no single movement pattern"),
        ("Curl", ["quadriceps"], "fits several patterns"),
        ("Abdominal Stabilization", ["rectus-abdominis"], "no movement pattern recognised"),
        ("Kettlebell Windmill", ["obliques"], "no movement pattern recognised"),
        # An English planche is a gymnastics hold, not the French side plank.
        ("Tuck planche", ["deltoid-anterior"], "no single movement pattern"),
        ("Machine lateral wise", ["latissimus-dorsi"], "fits several patterns"),
    ],
)
def test_pattern_is_not_guessed(name: str, primary: list[str], reason: str) -> None:
    guess = infer_pattern(name, primary)
    assert guess.pattern is None and reason in guess.reason


@pytest.mark.parametrize(
    ("name", "primary"),
    [
        # Two movement names chained by "to", "into", "and", "+" or "&" ...
        ("Dumbbell Squat To Shoulder Press", ["quadriceps"]),
        ("Landmine Squat to Press", ["quadriceps"]),  # "press" is no squat here
        ("Dumbbell bicep curl to press", ["biceps-brachii"]),
        ("Lunge and Curl", ["quadriceps"]),
        ("Reverse Lunge into Curl", ["quadriceps", "biceps-brachii"]),
        ("Curl + Press", ["biceps-brachii"]),
        ("Lunge & Curl", []),
        ("Front Raise And Pullover", ["pectoralis-major"]),
        ("Push Up to Side Plank", ["pectoralis-major"]),
        # ... or a lift known to chain them.
        ("Thruster", ["quadriceps"]),
        ("Kettlebell Thruster", ["deltoid"]),
        ("Turkish Get-Up", ["deltoid"]),
        ("Kettlebell Turkish Get-Up (Lunge style)", ["deltoid"]),
        ("Devil\u2019s Press", ["deltoid-anterior"]),
        ("Devil's Press", []),
        ("Man Makers", ["deltoid"]),
    ],
)
def test_combination_from_name(name: str, primary: list[str]) -> None:
    guess = infer_pattern(name, primary)
    assert (guess.pattern, guess.mechanic) == ("combination", "compound"), guess.reason


@pytest.mark.parametrize(
    ("name", "primary", "pattern"),
    [
        # One phrase holding "and", a name part that is no movement, or two raises.
        ("Neck Flexion and Extension", ["sternocleidomastoid"], "neck"),
        ("Toes to Bar", ["rectus-abdominis"], "trunk-flexion"),
        ("Elbow to Knee", ["rectus-abdominis"], "trunk-flexion"),
        ("Pulldown to the Neck", ["latissimus-dorsi"], "vertical-pull"),
        ("Lateral-to-Front Raise", ["deltoid"], "raise"),
        ("Side Laterals to Front Raise", ["deltoid"], "raise"),
    ],
)
def test_joined_words_that_chain_no_two_movements(
    name: str, primary: list[str], pattern: str
) -> None:
    assert infer_pattern(name, primary).pattern == pattern


def test_a_combination_is_dosed_in_reps_and_a_get_up_per_side() -> None:
    from mmc.content.importers.inference import infer_measure, infer_per_side

    assert infer_measure("Push Up to Side Plank", "combination") == "reps"
    assert infer_measure("Side Plank", "lateral-flexion") == "seconds"
    assert infer_per_side("Turkish Get-Up") and infer_per_side("Kettlebell Get Up")
    assert not infer_per_side("Dumbbell Thruster")


def test_scapular_drills_name_their_target() -> None:
    """A record without muscles gets one only where the drill's name says which."""
    assert primary_for_pattern("scapular", "YWTs") == "trapezius-lower"
    assert primary_for_pattern("scapular", "Band pull-aparts") == "trapezius-middle"
    assert primary_for_pattern("scapular", "Scapular Protraction") is None
    # wger's "Tibialis raises" lists no muscle: the pattern's own target (a bundled muscle).
    assert primary_for_pattern("ankle-dorsiflexion", "Tibialis raises") == "tibialis-anterior"


def test_mechanic_follows_the_pattern_where_it_is_defined() -> None:
    assert infer_pattern("Barbell Row", ["latissimus-dorsi"]).mechanic == "compound"
    assert infer_pattern("Hammer Curl", ["biceps-brachii"]).mechanic == "isolation"
    assert infer_pattern("Bench Dips", ["triceps-brachii"]).mechanic == "compound"
    assert infer_pattern("Glute Bridge", ["gluteus-maximus"]).mechanic is None


def test_cli_import_and_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    run = runner.invoke(cli, ["import", "everkinetic", str(DATA / "everkinetic"), "--out",
                              str(out)])
    assert run.exit_code == 0, run.output
    assert run.output.startswith("everkinetic: 289 records: ")
    assert "unmapped equipment: 'bar' x5" in run.output
    again = runner.invoke(cli, ["import", "everkinetic", str(DATA / "everkinetic"), "--out",
                                str(out)])
    assert "files: 0 created, 0 updated, 0 removed" in again.output
    wrong = runner.invoke(cli, ["import", "wger", str(DATA / "everkinetic"), "--out",
                                str(tmp_path / "w")])
    assert wrong.exit_code == 1
    assert "exercise-base-data.json not found" in wrong.output
    assert "Traceback" not in wrong.output
    unknown = runner.invoke(cli, ["import", "nope", str(DATA), "--out", str(tmp_path / "x")])
    assert unknown.exit_code == 2
    choices = next(p for p in import_command.params if p.name == "format")
    assert sorted(choices.type.choices) == sorted(  # type: ignore[attr-defined]
        [*FORMATS, *GENERIC_FORMATS])
    with pytest.raises(mmc.MmcError, match="unknown dataset format"):
        import_dataset("nope", DATA, tmp_path / "y")


def test_docs_example_file_is_real(tmp_path: Path) -> None:
    doc = (REPO / "docs" / "importing.md").read_text(encoding="utf-8")
    example = re.search(r"```markdown\n---\n(.*?)\n---\n", doc, re.S)
    assert example is not None
    shown = yaml.safe_load(example.group(1))
    import_dataset("everkinetic", DATA / "everkinetic", tmp_path)
    path = tmp_path / "exercises" / f"{shown['id']}.md"
    actual = parse_document(path.read_text(encoding="utf-8"), str(path)).data
    assert shown == actual


def test_docs_commands_run(tmp_path: Path) -> None:
    """Every ``$`` command of docs/importing.md, run as written in a directory with data/."""
    doc = (REPO / "docs" / "importing.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n(.*?)```", doc, re.S)
    commands = [line[2:] for b in blocks for line in b.splitlines() if line.startswith("$ ")]
    assert any(c.startswith("mmc import wger") for c in commands)
    assert "mmc build --out site" in commands
    (tmp_path / "data").symlink_to(DATA, target_is_directory=True)
    # The worked example's files ("**`gym.json`**" and the block after it).
    for name, text in re.findall(r"\*\*`([\w.-]+)`\*\*\n\n```\w+\n(.*?)```", doc, re.S):
        (tmp_path / name).write_text(text, encoding="utf-8")
    env = {**os.environ,
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    outputs: dict[str, str] = {}
    for command in commands:
        done = subprocess.run(command, shell=True, cwd=tmp_path, env=env, capture_output=True,
                              text=True)
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
        outputs[command] = done.stdout
    for code in re.findall(r"```python\n(.*?)```", doc, re.S):
        done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                              capture_output=True, text=True)
        assert done.returncode == 0, f"{code}\n{done.stderr}"
    gym = outputs["mmc import json gym.json --map gym.toml --out gym"]
    assert gym.startswith("studio-nord: 4 records: 3 written, 1 skipped (3 of 3 in imported "
                          "categories)"), gym
    assert gym.splitlines()[0] in doc.replace("\n", " ").replace("`", "")
    gym_lib = mmc.load_library(tmp_path / "gym", packs=False)
    carry = gym_lib.exercises["single-arm-farmer-s-carry"]
    assert (carry.measure, carry.per_side, carry.primary) == (
        "metres", True, ["forearm-flexors", "rectus-abdominis"])
    assert gym_lib.exercises["forearm-plank"].measure == "seconds"
    again = outputs["mmc import everkinetic data/everkinetic --out imported"]
    assert "files: 0 created, 0 updated, 0 removed" in again
    assert outputs["mmc check imported"].startswith("mmc check: ok:")
    exported = json.loads((tmp_path / "library.json").read_text(encoding="utf-8"))
    imported = [e for e in exported["exercises"] if e["imported"]]
    assert len(imported) == len(list((tmp_path / "imported" / "exercises").glob("*.md")))
    # The site builds from the imported content and has a page for every imported exercise.
    built = {p.as_posix() for p in (tmp_path / "site").rglob("*.html")}
    for path in sorted((tmp_path / "imported" / "exercises").glob("*.md")):
        assert any(f"/{path.stem}/" in b or f"/{path.stem}.html" in b for b in built), path.stem


def fed_record(record_id: str, name: str, *, primary: list[str],
               secondary: tuple[str, ...] | list[str] = (), equipment: str | None = "dumbbell",
               mechanic: str | None = None,
               steps: tuple[str, ...] | list[str] = ("Lift it.",)) -> dict[str, Any]:
    """A free-exercise-db record."""
    return {
        "id": record_id, "name": name, "force": "pull", "level": "beginner",
        "mechanic": mechanic, "equipment": equipment, "primaryMuscles": primary,
        "secondaryMuscles": list(secondary), "instructions": list(steps),
        "category": "strength", "images": [],
    }
