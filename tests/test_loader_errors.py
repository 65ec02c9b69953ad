"""Broken content files, one fault each: every message names the file, line and field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from mmc import ContentErrors, check_content, load_library
from tests.content_fixtures import DRILL, EXERCISE, MUSCLE, write_tree

EX = "exercises/cable-row.md"
RH = "muscles/rhombo.md"
DR = "drills/lat-flex.md"


@dataclass(frozen=True)
class Fault:
    name: str
    file: str
    old: str
    new: str
    line: int
    field: str | None
    message: str
    fix: str | None = None


FAULTS = [
    Fault(
        "unknown primary muscle",
        EX,
        "primary: [lat-muscle]",
        "primary: [lat]",
        4,
        "primary[0]",
        "unknown muscle 'lat'",
        "did you mean 'lat-muscle'",
    ),
    Fault(
        "unknown secondary muscle",
        EX,
        "secondary: [rhombo]",
        "secondary: [rhomboid]",
        5,
        "secondary[0]",
        "unknown muscle 'rhomboid'",
        "did you mean 'rhombo'",
    ),
    Fault(
        "alias used as id",
        EX,
        "secondary: [rhombo]",
        "secondary: [middle back]",
        5,
        "secondary[0]",
        "not a slug",
        "middle-back",
    ),
    Fault(
        "malformed tempo",
        EX,
        "tempo: 3-1-1-1",
        "tempo: 3-1-1",
        9,
        "tempo",
        "cannot read tempo '3-1-1'",
        "3-1-X-0",
    ),
    Fault(
        "explosive pause",
        EX,
        "tempo: 3-1-1-1",
        "tempo: 3-X-1-0",
        9,
        "tempo",
        "pause cannot be explosive",
    ),
    Fault(
        "octal tempo",
        EX,
        "tempo: 3-1-1-1",
        "tempo: 0310",
        9,
        "tempo",
        "read as a number",
        "quote it",
    ),
    Fault(
        "no movement tempo",
        EX,
        "tempo: 3-1-1-1",
        "tempo: 0-1-0-1",
        9,
        "tempo",
        "a rep needs movement",
    ),
    Fault(
        "bad cue phase",
        EX,
        "    phase: concentric",
        "    phase: concentrik",
        13,
        "cues[0].phase",
        "'concentrik' is not allowed",
        "did you mean 'concentric'",
    ),
    Fault(
        "bad cue focus",
        EX,
        "    focus: muscle",
        "    focus: inside",
        14,
        "cues[0].focus",
        "'inside' is not allowed",
    ),
    Fault(
        "old internal focus",
        EX,
        "    focus: muscle",
        "    focus: internal",
        14,
        "cues[0].focus",
        "'internal' is no longer a focus value",
        "write 'muscle'",
    ),
    Fault(
        "old external focus",
        EX,
        "    focus: muscle",
        "    focus: external",
        14,
        "cues[0].focus",
        "'external' is no longer a focus value",
        "'body'",
    ),
    Fault(
        "safety note too long",
        EX,
        "mechanic: compound",
        "mechanic: compound\nsafety: ['" + "spot " * 40 + "']",
        8,
        "safety[0]",
        "140",
    ),
    Fault(
        "cue too long",
        EX,
        "text: Drive your elbows back toward your hips",
        "text: " + "squeeze " * 15,
        12,
        "cues[0].text",
        "more than 90",
        "shorten",
    ),
    Fault(
        "unknown cue muscle",
        EX,
        "    muscle: lat-muscle",
        "    muscle: latt",
        15,
        "cues[0].muscle",
        "unknown muscle 'latt'",
        "did you mean",
    ),
    Fault(
        "cue without phase",
        EX,
        "    phase: concentric\n",
        "",
        12,
        "cues[0].phase",
        "missing required field 'phase'",
    ),
    Fault(
        "unknown field",
        EX,
        "name: Cable Row",
        "name: Cable Row\ncolour: red",
        4,
        "colour",
        "unknown field 'colour'",
        "remove it",
    ),
    Fault(
        "misspelt field",
        EX,
        "primary: [lat-muscle]",
        "primery: [lat-muscle]",
        4,
        "primery",
        "unknown field 'primery'",
        "did you mean 'primary'",
    ),
    Fault(
        "missing field",
        EX,
        "mechanic: compound\n",
        "",
        2,
        "mechanic",
        "missing required field 'mechanic'",
        "add 'mechanic: ...'",
    ),
    Fault(
        "string for list",
        EX,
        "equipment: [cable]",
        "equipment: cable",
        6,
        "equipment",
        "valid list",
    ),
    Fault(
        "unknown equipment",
        EX,
        "equipment: [cable]",
        "equipment: [cables]",
        6,
        "equipment[0]",
        "'cables' is not allowed",
        "did you mean 'cable'",
    ),
    Fault(
        "bad mechanic",
        EX,
        "mechanic: compound",
        "mechanic: compund",
        7,
        "mechanic",
        "'compund' is not allowed",
        "did you mean 'compound'",
    ),
    Fault(
        "bad pattern",
        EX,
        "pattern: horizontal-pull",
        "pattern: horizontal-pul",
        8,
        "pattern",
        "is not allowed",
        "did you mean 'horizontal-pull'",
    ),
    Fault(
        "id not a slug", EX, "id: cable-row", "id: Cable_Row", 2, "id", "not a slug", "cable-row"
    ),
    Fault(
        "id does not match file",
        EX,
        "id: cable-row",
        "id: cable-rows",
        2,
        "id",
        "does not match the file name",
        "rename the file",
    ),
    Fault(
        "yaml syntax", EX, "name: Cable Row", "name: Cable: Row", 3, None, "invalid YAML", "quote"
    ),
    Fault(
        "yaml bad indent",
        EX,
        "    phase: concentric",
        "  phase: concentric",
        13,
        None,
        "invalid YAML",
    ),
    Fault(
        "no front matter",
        EX,
        "---\nid: cable-row",
        "id: cable-row",
        1,
        None,
        "does not start with front matter",
    ),
    Fault("front matter never closed", DR, "---\nFeel", "Feel", 1, None, "never closed"),
    Fault(
        "front matter is a list",
        DR,
        DRILL.split("---\n")[1],
        "- a\n- b\n",
        2,
        None,
        "must be a mapping",
    ),
    Fault(
        "unknown related exercise",
        EX,
        "easier: []",
        "easier: [cable-pull]",
        16,
        "easier[0]",
        "unknown exercise 'cable-pull'",
    ),
    Fault(
        "primary and secondary",
        EX,
        "secondary: [rhombo]",
        "secondary: [lat-muscle]",
        5,
        "secondary",
        "both primary and secondary",
    ),
    Fault(
        "yaml alias",
        EX,
        "easier: []",
        "easier: &e []\nharder: *e",
        17,
        None,
        "aliases are not allowed",
    ),
    Fault(
        "duplicate key",
        EX,
        "pattern: horizontal-pull",
        "pattern: horizontal-pull\nname: Again",
        9,
        None,
        "duplicate key 'name'",
    ),
    Fault(
        "body field in front matter",
        EX,
        "easier: []",
        "easier: []\nsetup: Sit down",
        17,
        "setup",
        "belongs in the Markdown body",
    ),
    Fault(
        "unknown body section",
        EX,
        "## Visualise",
        "## Cues",
        23,
        "body",
        "unknown section '## Cues'",
    ),
    Fault(
        "unknown parent",
        RH,
        "side: back",
        "side: back\nparent: lat",
        7,
        "parent",
        "unknown muscle 'lat'",
        "did you mean 'lat-muscle'",
    ),
    Fault(
        "duplicate alias",
        RH,
        "aliases: [middle back]",
        "aliases: [LATS]",
        7,
        "aliases[0]",
        "also an alias of 'lat-muscle'",
    ),
    Fault("bad group", RH, "group: back", "group: torso", 5, "group", "'torso' is not allowed"),
    Fault(
        "wrong verified anatomy id",
        RH,
        "side: back",
        "side: back\nuberon: 'UBERON:0001370'",
        7,
        "uberon",
        "is the id of gluteus-maximus",
    ),
    Fault(
        "bad uberon format",
        RH,
        "side: back",
        "side: back\nuberon: '1370'",
        7,
        "uberon",
        "should match pattern",
    ),
    Fault(
        "unknown drill target",
        DR,
        "targets: [lat-muscle]",
        "targets: [lats-x]",
        5,
        "targets[0]",
        "unknown muscle 'lats-x'",
        "did you mean 'lat-muscle'",
    ),
    Fault(
        "negative drill minutes", DR, "minutes: 2", "minutes: -2", 6, "minutes", "greater than 0"
    ),
    Fault(
        "empty drill steps",
        DR,
        "steps:\n  - Press your arms down and hold",
        "steps: []",
        7,
        "steps",
        "at least 1 item",
    ),
]


def _apply(root: Path, fault: Fault) -> Path:
    path = root / fault.file
    text = path.read_text(encoding="utf-8")
    assert fault.old in text, f"fixture does not contain {fault.old!r}"
    path.write_text(text.replace(fault.old, fault.new, 1), encoding="utf-8")
    return path


def test_fixture_is_valid(tmp_path: Path) -> None:
    lib = load_library(write_tree(tmp_path), bundled=False)
    assert set(lib.muscles) == {"lat-muscle", "rhombo"}
    assert lib.exercises["cable-row"].tempo.starts_with == "concentric"


def test_at_least_25_distinct_faults() -> None:
    assert len({f.name for f in FAULTS}) == len(FAULTS) >= 25


@pytest.mark.parametrize("fault", FAULTS, ids=[f.name for f in FAULTS])
def test_fault_is_located(tmp_path: Path, fault: Fault) -> None:
    root = write_tree(tmp_path)
    broken = _apply(root, fault)
    result = check_content(root, bundled=False)
    errors = result.errors
    assert result.library is None
    assert errors, "the fault was not reported"
    matching = [e for e in errors if fault.message in e.message]
    assert matching, f"no error says {fault.message!r}: {[str(e) for e in errors]}"
    problem = matching[0]
    assert problem.file is not None and Path(problem.file).resolve() == broken.resolve()
    assert problem.line == fault.line, str(problem)
    assert problem.field == fault.field, str(problem)
    assert problem.column is not None and problem.column >= 1
    if fault.fix:
        assert problem.fix and fault.fix in problem.fix, str(problem)
    else:
        assert problem.fix, "every error suggests a fix"


def test_all_errors_of_a_run_are_collected(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    by_name = {f.name: f for f in FAULTS}
    for name in ("unknown primary muscle", "wrong verified anatomy id", "negative drill minutes"):
        _apply(root, by_name[name])
    with pytest.raises(ContentErrors) as caught:
        load_library(root, bundled=False)
    messages = [p.message for p in caught.value.problems]
    assert len(messages) >= 3
    assert any("unknown muscle 'lat'" in m for m in messages)
    assert any("greater than 0" in m for m in messages)
    assert any("is the id of gluteus-maximus" in m for m in messages)
    assert "3 problems" in str(caught.value)


def test_duplicate_id_names_both_files(tmp_path: Path) -> None:
    first = write_tree(tmp_path / "a")
    second = tmp_path / "b" / "exercises"
    second.mkdir(parents=True)
    (second / "cable-row.md").write_text(EXERCISE, encoding="utf-8")
    result = check_content(first, tmp_path / "b", bundled=False)
    [problem] = [p for p in result.errors if "duplicate" in p.message]
    assert "b/exercises/cable-row.md" in (problem.file or "")
    assert "a/exercises/cable-row.md" in problem.message
    assert problem.line == 2 and problem.field == "id"
    assert problem.fix and "overrides: true" in problem.fix


def test_override_replaces_earlier_item(tmp_path: Path) -> None:
    first = write_tree(tmp_path / "a")
    second = tmp_path / "b" / "exercises"
    second.mkdir(parents=True)
    (second / "cable-row.md").write_text(
        EXERCISE.replace("name: Cable Row", "name: Better Row\noverrides: true"), encoding="utf-8"
    )
    lib = load_library(first, tmp_path / "b", bundled=False)
    assert lib.exercises["cable-row"].name == "Better Row"
    assert lib.source(
        "exercise",
        "cable-row",
    ).endswith("b/exercises/cable-row.md")  # type: ignore[union-attr]


def test_non_utf8_file(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    (root / "muscles" / "rhombo.md").write_bytes(
        MUSCLE.format(id="rhombo", name="Rhomboid", alias="x").encode() + b"\n\xff\xfe bad\n"
    )
    [problem] = [p for p in check_content(root, bundled=False).errors if "UTF-8" in p.message]
    assert problem.message == "file is not UTF-8 text" and problem.line == 11


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    [problem] = check_content(tmp_path / "nope", bundled=False).errors
    assert "does not exist" in problem.message


def test_tempo_warning_does_not_fail(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    _apply(root, Fault("slow", EX, "tempo: 3-1-1-1", "tempo: 6-2-2-1", 9, "tempo", ""))
    result = check_content(root, bundled=False)
    assert result.library is not None
    [warning] = result.warnings
    assert warning.line == 9 and warning.field == "tempo" and "R7" in warning.message


def test_symlink_outside_content_is_rejected(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "content")
    secret = tmp_path / "secret.md"
    secret.write_text(MUSCLE.format(id="leak", name="Leak", alias="leak"), encoding="utf-8")
    (root / "muscles" / "leak.md").symlink_to(secret)
    [problem] = check_content(root, bundled=False).errors
    assert "links outside the content directory" in problem.message
    assert problem.file and problem.file.endswith("leak.md") and problem.line == 1


@pytest.mark.parametrize("name", ["con", "nul", "com1", "lpt9", "aux"])
def test_reserved_names_are_rejected(tmp_path: Path, name: str) -> None:
    root = write_tree(tmp_path)
    (root / "muscles" / f"{name}.md").write_text(
        MUSCLE.format(id=name, name=name, alias=name + "-x"), encoding="utf-8"
    )
    [problem] = check_content(root, bundled=False).errors
    assert "reserved file name" in problem.message


def test_case_clash_is_rejected(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    (root / "muscles" / "Rhombo.md").write_text(
        MUSCLE.format(id="rhombo", name="R", alias="r"), encoding="utf-8"
    )
    problems = check_content(root, bundled=False).errors
    assert any("differ only in case" in p.message for p in problems)


@pytest.mark.parametrize(
    "bad_id", ["../escape", "/etc/passwd", "a/b", "..", "a\\\\b", "ÄBC", "a--b"]
)
def test_ids_that_could_leave_the_output_are_not_slugs(tmp_path: Path, bad_id: str) -> None:
    root = write_tree(tmp_path)
    path = root / "drills" / "lat-flex.md"
    path.write_text(DRILL.replace("id: lat-flex", f"id: '{bad_id}'"), encoding="utf-8")
    [problem] = check_content(root, bundled=False).errors
    assert "not a slug" in problem.message and problem.field == "id" and problem.line == 2
