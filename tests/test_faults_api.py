"""Fault suite (issue #17), library API: invalid values end in an MmcError naming the field
and a fix, never in pydantic's ValidationError, a KeyError or an AttributeError."""

from __future__ import annotations

import math
from typing import Any

import pytest
from pydantic import ValidationError

import mmc
from mmc.errors import InvalidValueError, MmcError, TempoError


@pytest.fixture(scope="module")
def lib() -> mmc.Library:
    return mmc.load_library()


def _rx() -> mmc.Prescription:
    return mmc.Prescription(sets=3, reps="8-12", load={"rir": 2}, tempo="3-1-1-0",
                            rest_seconds=90)


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: mmc.SetLog(weight=-40, reps=5, connection=3), "weight"),
        (lambda: mmc.RepRange(low=12, high=8), None),
        (lambda: mmc.Prescription(sets=0, reps=8, load={"rir": 2}, tempo="3-1-1-0",
                                  rest_seconds=90), "sets"),
        (lambda: mmc.SetLog(weight=math.inf, reps=5, connection=3), "weight"),
        (lambda: mmc.SetLog(weight=math.nan, reps=5, connection=3), "weight"),
        (lambda: mmc.Load(percent_1rm=math.inf), "percent_1rm"),
        (lambda: mmc.SetLog(wieght=40, reps=5, connection=3), "wieght"),
        (lambda: mmc.SetLog.model_validate({"weight": "heavy", "reps": 5, "connection": 3}),
         "weight"),
        (lambda: mmc.SetLog.model_validate_json('{"weight": -1, "reps": 5, "connection": 3}'),
         "weight"),
        (lambda: mmc.Muscle.model_validate({"id": "Bad Id"}), "id"),
    ],
)
def test_model_constructors_raise_invalid_value_errors(make: Any, field: str | None) -> None:
    with pytest.raises(InvalidValueError) as caught:
        make()
    error = caught.value
    assert isinstance(error, MmcError) and isinstance(error, ValueError)
    assert not isinstance(error, ValidationError)
    assert error.field == field
    assert error.fix
    details = error.errors()
    assert details and {"type", "loc", "msg"} <= set(details[0])


def test_errors_carry_every_pydantic_detail() -> None:
    with pytest.raises(InvalidValueError) as caught:
        mmc.SetLog(weight=-1, reps=500, connection=9)
    assert {tuple(d["loc"]) for d in caught.value.errors()} == {
        ("weight",), ("reps",), ("connection",)}
    assert "2 more" in caught.value.message


def test_a_misspelt_field_is_named_with_a_did_you_mean() -> None:
    with pytest.raises(InvalidValueError) as caught:
        mmc.SetLog(wieght=40, reps=5, connection=3)
    assert caught.value.fix == "did you mean 'weight'?"


def test_nested_errors_keep_their_path() -> None:
    with pytest.raises(InvalidValueError) as caught:
        mmc.Prescription(sets=3, reps=8, load={"rir": 9}, tempo="3-1-1-0", rest_seconds=90)
    assert caught.value.field == "load.rir"


def test_a_bad_tempo_inside_a_model_is_a_tempo_error() -> None:
    with pytest.raises(TempoError):
        mmc.Prescription(sets=3, reps=8, load={"rir": 2}, tempo="fast", rest_seconds=90)


@pytest.mark.parametrize("value", [None, 3110.5, b"3-1-1-0", ["3", "1", "1", "0"]])
def test_tempo_parse_of_a_non_string(value: Any) -> None:
    with pytest.raises(TempoError) as caught:
        mmc.Tempo.parse(value)
    assert caught.value.fix


def test_non_finite_numbers_are_never_dumped_as_null() -> None:
    log = mmc.SetLog(weight=1e308, reps=5, connection=3)
    assert '"weight":1e+308' in log.model_dump_json()


@pytest.mark.parametrize("kind", ["bogus", "sesion", "", "Exercise"])
def test_json_schema_names_the_kinds(kind: str) -> None:
    with pytest.raises(MmcError) as caught:
        mmc.json_schema(kind)
    assert "set-log" in (caught.value.fix or "")


def test_progress_reads_mappings_and_refuses_anything_else() -> None:
    logs = [{"weight": 40, "reps": 12, "connection": 5, "rir": 2}] * 3
    assert mmc.progress(_rx(), logs).decision == "add-load"
    assert mmc.progress(_rx().model_dump(), logs).decision == "add-load"
    with pytest.raises(InvalidValueError) as caught:
        mmc.progress(_rx(), [{"weight": -40, "reps": 12, "connection": 5}])
    assert caught.value.field == "logs[0].weight"
    for bad in ([5], [None], "sets", 5, [object()]):
        with pytest.raises(MmcError):
            mmc.progress(_rx(), bad)  # type: ignore[arg-type]
    with pytest.raises(MmcError):
        mmc.progress(None, logs)  # type: ignore[arg-type]


def test_library_queries_resolve_aliases(lib: mmc.Library) -> None:
    lats = lib.exercises_for("lats")
    assert lats and lats == lib.exercises_for("latissimus-dorsi")
    assert lib.exercises_for("Latissimus Dorsi", "primary") == lib.exercises_for(
        "latissimus-dorsi", "primary")


@pytest.mark.parametrize(
    ("query", "fix"),
    [
        (lambda lib: lib.exercises_for("latisimus"), "did you mean 'latissimus-dorsi'?"),
        (lambda lib: lib.exercises_for("no-such-muscle"), None),
        (lambda lib: lib.exercises_for("seated-cable-row", "bogus"), None),
        (lambda lib: lib.exercises_for("latissimus-dorsi", "bogus"), None),
        (lambda lib: lib.exercises_using("dumbel"), "did you mean 'dumbbell'?"),
        (lambda lib: lib.exercises_using(5), None),
        (lambda lib: lib.exercises_possible_with(["dumbel"]), "did you mean 'dumbbell'?"),
        (lambda lib: lib.find_muscle(None), None),
    ],
)
def test_library_queries_raise_on_unknown_ids(lib: mmc.Library, query: Any,
                                              fix: str | None) -> None:
    with pytest.raises(MmcError) as caught:
        query(lib)
    assert caught.value.fix
    if fix is not None:
        assert caught.value.fix == fix


def test_known_equipment_without_exercises_is_an_empty_answer() -> None:
    assert mmc.Library().exercises_using("plate") == ()


@pytest.mark.parametrize("sets", [-3, math.inf, math.nan, "6", True, None])
def test_sets_per_target_refuses_impossible_counts(lib: mmc.Library, sets: Any) -> None:
    with pytest.raises(MmcError) as caught:
        mmc.plan_session(lib, targets=["lats"], equipment=["cable"], minutes=45,
                         sets_per_target={"lats": sets})
    assert caught.value.field == "sets_per_target.lats"


def test_sets_per_target_still_plans(lib: mmc.Library) -> None:
    session = mmc.plan_session(lib, targets=["lats"], equipment=["cable"], minutes=45,
                               sets_per_target={"lats": 4})
    assert session.items


def _config(tmp_path: Any, text: str) -> Any:
    from mmc.site.config import load_config

    (tmp_path / "mmc.toml").write_text(text, encoding="utf-8")
    return load_config(tmp_path / "mmc.toml")


def test_duplicate_sample_session_ids_are_refused(tmp_path: Any) -> None:
    session = '[[sessions]]\nid = "a"\ntitle = "A"\ntargets = ["latissimus-dorsi"]\n'
    with pytest.raises(MmcError) as caught:
        _config(tmp_path, session + "\n" + session)
    assert "'a'" in caught.value.message and caught.value.line == 1


@pytest.mark.parametrize(
    ("targets", "field", "fix"),
    [
        ('["latisimus-dorsi"]', "sessions[0].targets[0]", "did you mean"),
        ('["latissimus-dorsi", "no-such-muscle"]', "sessions[0].targets[1]", None),
        ('[]', "sessions[0].targets", None),
    ],
)
def test_a_configured_session_that_cannot_be_planned_is_an_error(
    tmp_path: Any, lib: mmc.Library, targets: str, field: str, fix: str | None
) -> None:
    from mmc.site.samples import sample_sessions

    config = _config(tmp_path, f'[[sessions]]\nid = "a"\ntitle = "A"\ntargets = {targets}\n'
                               'equipment = ["cable"]\n')
    with pytest.raises(MmcError) as caught:
        sample_sessions(lib, config)
    assert caught.value.field == field
    assert "'a'" in caught.value.message
    if fix:
        assert fix in (caught.value.fix or "") or fix in caught.value.message


@pytest.mark.parametrize(("name", "text"), [
    ("mmc.toml", b'title = "Cues"\ndescription = "Caf\xe9"\n'),
    ("pyproject.toml", b'[tool.mmc]\ntitle = "Caf\xe9"\n'),
])
def test_settings_that_are_not_utf8_are_located(tmp_path: Any, name: str, text: bytes) -> None:
    import subprocess
    import sys

    (tmp_path / name).write_bytes(text)
    line = text.count(b"\n")
    for command in (["check"], ["build"]):
        run = subprocess.run([sys.executable, "-m", "mmc", *command], cwd=tmp_path,
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 1
        assert "Traceback" not in run.stderr
        assert f"{name}:{line}: error: the settings file is not UTF-8" in run.stderr
        assert not (tmp_path / "site").exists()


def test_mmc_check_plans_the_configured_sessions(tmp_path: Any) -> None:
    import subprocess
    import sys

    (tmp_path / "mmc.toml").write_text(
        '[[sessions]]\nid = "a"\ntitle = "A"\ntargets = ["latisimus-dorsi"]\n\n'
        '[[sessions]]\nid = "b"\ntitle = "B"\ntargets = ["biceps-brachii"]\n'
        'equipment = ["dumbbell"]\n\n'
        '[[sessions]]\nid = "c"\ntitle = "C"\ntargets = ["no-such-muscle"]\n',
        encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mmc", "check"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "mmc.toml:4: error in sessions[0].targets[0]: sample session 'a'" in run.stderr
    assert "did you mean 'latissimus-dorsi'" in run.stderr
    assert "mmc.toml:15: error in sessions[2].targets[0]: sample session 'c'" in run.stderr
    assert "sessions[1]" not in run.stderr


@pytest.mark.parametrize(("name", "data", "said"), [
    ("bad.json", b'{"title":\n"caf\xe9"}', "bad.json:2: error: the session file is not UTF-8"),
    ("big.json", b'{"title": ' + b"9" * 5000 + b"}", "big.json: error: cannot read the session"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "deep.json: error: cannot read the session"),
    ("big.yaml", b"title: " + b"9" * 5000 + b"\n", "big.yaml: error: cannot read the session"),
], ids=["not-utf8", "long-int-json", "deep-json", "long-int-yaml"])
def test_a_session_file_that_cannot_be_read_is_an_error(tmp_path: Any, name: str, data: bytes,
                                                        said: str) -> None:
    import subprocess
    import sys

    (tmp_path / name).write_bytes(data)
    run = subprocess.run([sys.executable, "-m", "mmc", "sheet", name], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and said in run.stderr


def test_serve_refuses_a_port_out_of_range(tmp_path: Any) -> None:
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "mmc", "serve", "--port", "99999"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "99999" in run.stderr
