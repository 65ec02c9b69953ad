"""`mmc check` as a coach meets it: every problem of a file in one run, near "did you mean"s,
cues that point to muscles the exercise trains, and the sections a page needs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from mmc import check_content
from mmc.cli import cli
from mmc.content.references import suggest_muscle
from mmc.errors import Problem

GOOD = """\
---
id: my-lift
name: My Lift
primary: [gluteus-maximus]
secondary: [hamstrings]
equipment: [bodyweight]
mechanic: isolation
pattern: hip-extension
tempo: 2-0-1-1
cues:
  - text: Squeeze your glutes to lift the hips
    phase: concentric
    focus: muscle
    muscle: gluteus-maximus
easier: [glute-bridge]
---

## Set up

Lie on your back.

## Visualise

The hips rise like a drawbridge.

## Common mistakes

Arching the lower back.
"""


def _project(tmp_path: Path, text: str, name: str = "my-lift.md") -> Path:
    content = tmp_path / "content"
    (content / "exercises").mkdir(parents=True)
    (content / "exercises" / name).write_text(text, encoding="utf-8")
    return content


def _check(tmp_path: Path, text: str) -> list[Problem]:
    return check_content(_project(tmp_path, text), packs=False).problems


def test_the_good_file_is_clean(tmp_path: Path) -> None:
    assert _check(tmp_path, GOOD) == []


def test_a_file_with_field_errors_still_reports_its_references(tmp_path: Path) -> None:
    text = (
        GOOD.replace("tempo: 2-0-1-1", "tempo: 1-0-x-2-9")
        .replace("text: Squeeze your glutes to lift the hips", "text: " + "lift " * 40)
        .replace("secondary: [hamstrings]", "secondary: [hamstrings, trapezius-lowr]")
        .replace("muscle: gluteus-maximus", "muscle: deltoid-lateal")
        .replace("easier: [glute-bridge]", "easier: [glute-bridg]")
    )
    problems = _check(tmp_path, text)
    found = {(p.field, p.message, p.fix) for p in problems}
    fields = {p.field for p in problems}
    assert {"tempo", "cues[0].text"} <= fields  # the field errors
    assert ("secondary[1]", "unknown muscle 'trapezius-lowr'",
            "did you mean 'trapezius-lower'?") in found
    assert ("cues[0].muscle", "unknown muscle 'deltoid-lateal'",
            "did you mean 'deltoid-lateral'?") in found
    assert ("easier[0]", "unknown exercise 'glute-bridg'", "did you mean 'glute-bridge'?") in found
    assert all(p.file and p.file.endswith("my-lift.md") and p.line for p in problems)


def test_a_field_in_error_is_not_reported_twice(tmp_path: Path) -> None:
    text = GOOD.replace("primary: [gluteus-maximus]", "primary: [Gluteus Maximus]")
    problems = _check(tmp_path, text)
    assert [p.field for p in problems] == ["primary[0]"]
    assert "unknown muscle" not in problems[0].message


def test_links_to_a_file_that_failed_are_not_unknown(tmp_path: Path) -> None:
    content = _project(tmp_path, GOOD.replace("tempo: 2-0-1-1", "tempo: nope"))
    other = GOOD.replace("id: my-lift", "id: my-other").replace(
        "easier: [glute-bridge]", "easier: [my-lift]")
    (content / "exercises" / "my-other.md").write_text(other, encoding="utf-8")
    problems = check_content(content, packs=False).problems
    assert [p.field for p in problems] == ["tempo"]


def test_did_you_mean_prefers_the_nearest_id_over_a_parents_alias() -> None:
    ids = ["trapezius", "trapezius-lower", "deltoid", "deltoid-lateral"]
    aliases = {"traps": "trapezius", "lower traps": "trapezius-lower",
               "side delts": "deltoid-lateral", "delts": "deltoid", "trapezius lower": "trapezius"}
    assert suggest_muscle("trapezius-lowr", ids, aliases) == "trapezius-lower"
    assert suggest_muscle("deltoid-lateal", ids, aliases) == "deltoid-lateral"
    assert suggest_muscle("Lower Traps", ids, aliases) == "trapezius-lower"  # an exact alias
    assert suggest_muscle("side-delt", ids, aliases) == "deltoid-lateral"  # a near alias
    assert suggest_muscle("zzzz", ids, aliases) is None


def test_a_cue_must_point_to_a_muscle_the_exercise_trains(tmp_path: Path) -> None:
    text = GOOD.replace("muscle: gluteus-maximus", "muscle: biceps-brachii")
    problems = _check(tmp_path, text)
    assert len(problems) == 1 and not problems[0].warning
    assert problems[0].field == "cues[0].muscle"
    assert "not among this exercise's primary or secondary" in problems[0].message
    assert problems[0].line == 14


def test_a_cue_may_point_to_a_head_of_a_listed_muscle(tmp_path: Path) -> None:
    text = GOOD.replace("secondary: [hamstrings]", "secondary: [triceps-brachii]").replace(
        "muscle: gluteus-maximus", "muscle: triceps-long")
    assert _check(tmp_path, text) == []


def test_missing_sections_are_warnings(tmp_path: Path) -> None:
    text = GOOD.replace("## Visualise\n\nThe hips rise like a drawbridge.\n\n", "").replace(
        "## Common mistakes\n\nArching the lower back.\n", "")
    problems = _check(tmp_path, text)
    assert sorted(p.message for p in problems) == [
        "no '## Common mistakes' section", "no '## Visualise' section"]
    assert all(p.warning for p in problems)


def test_the_bundled_library_passes_strict() -> None:
    result = check_content(packs=False)
    assert result.library is not None
    assert result.problems == []


def test_mmc_check_prints_a_files_problems_together_in_line_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        GOOD.replace("tempo: 2-0-1-1", "tempo: nope")
        .replace("secondary: [hamstrings]", "secondary: [trapezius-lowr]")
        .replace("easier: [glute-bridge]", "easier: [glute-bridg]")
    )
    _project(tmp_path, text)
    (tmp_path / "mmc.toml").write_text("packs = []\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(cli, ["check"])
    assert run.exit_code == 1
    located = re.findall(r"my-lift\.md:(\d+):\d+: error in (\S+):", run.stderr)
    assert located == [("5", "secondary[0]"), ("9", "tempo"), ("15", "easier[0]")]
    assert "mmc check: 3 errors" in run.stderr
