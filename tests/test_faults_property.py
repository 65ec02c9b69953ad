"""Fault suite (issue #17), property test: the public API driven with arbitrary values sees
only MmcErrors and valid results, never pydantic's ValidationError, a TypeError, a KeyError
or an AttributeError."""

from __future__ import annotations

import contextlib
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import mmc
from mmc.errors import MmcError

LIB = mmc.load_library()
MODELS = [mmc.Cue, mmc.Drill, mmc.Exercise, mmc.Load, mmc.Muscle, mmc.Page, mmc.Prescription,
          mmc.Provenance, mmc.RepRange, mmc.Tempo, mmc.SetLog, mmc.Session, mmc.SessionItem,
          mmc.SessionDrill, mmc.RuleNote, mmc.Week, mmc.WeekFlag, mmc.MuscleVolume,
          mmc.Progression, mmc.Increments, mmc.Block, mmc.BlockWeek]
WORDS = ["latissimus-dorsi", "lats", "biceps", "dumbbell", "cable", "bodyweight", "primary",
         "secondary", "any", "3-1-1-0", "31X0", "8-12", "beginner", "strength",
         "mmc-hypertrophy", "seated-cable-row", "set-log", "exercise", ""]
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-10, max_value=300),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20), st.binary(max_size=8),
    st.sampled_from(WORDS),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), inner,
                        max_size=4),
        st.tuples(inner, inner),
        st.frozensets(st.sampled_from(WORDS), max_size=3),
    ),
    max_leaves=12,
)


def _valid(result: Any) -> None:
    """A result is a finite, self-consistent value: models validate again unchanged."""
    if isinstance(result, BaseModel):
        again = type(result).model_validate(result.model_dump())
        assert again == result
        assert "NaN" not in result.model_dump_json() and "Infinity" not in result.model_dump_json()
    elif isinstance(result, float):
        assert math.isfinite(result)
    elif isinstance(result, list | tuple):
        for item in result:
            _valid(item)


def _call(func: Any, *args: Any, **kwargs: Any) -> None:
    try:
        result = func(*args, **kwargs)
    except MmcError as exc:
        assert str(exc) and exc.problems
        return
    _valid(result)


@SETTINGS
@given(model=st.sampled_from(MODELS), data=st.dictionaries(st.text(max_size=12), values,
                                                           max_size=5), extra=st.data())
def test_model_constructors(model: type[BaseModel], data: dict[str, Any], extra: Any) -> None:
    fields = list(model.model_fields)
    chosen = extra.draw(st.dictionaries(st.sampled_from(fields), values, max_size=len(fields)))
    _call(lambda: model(**{**data, **chosen}))
    _call(lambda: model(**chosen))
    _call(model.model_validate, extra.draw(values))
    _call(model.model_validate, chosen)


@SETTINGS
@given(text=values, start=values)
def test_tempo_parse(text: Any, start: Any) -> None:
    _call(mmc.Tempo.parse, text)
    _call(mmc.Tempo.parse, text, starts_with=start)


@SETTINGS
@given(text=st.from_regex(r"\A[0-9xX]{1,3}([-/][0-9xX]{1,3}){0,4}\Z"))
def test_tempo_notation(text: str) -> None:
    _call(mmc.Tempo.parse, text)


@SETTINGS
@given(kind=values)
def test_json_schema(kind: Any) -> None:
    _call(mmc.json_schema, kind)


RX = mmc.Prescription(sets=3, reps="8-12", load={"rir": 2}, tempo="3-1-1-0", rest_seconds=90)
log = st.fixed_dictionaries({"weight": values, "reps": values, "connection": values},
                            optional={"rir": values, "felt_in": values, "tempo_kept": values})


@SETTINGS
@given(rx=st.one_of(st.just(RX), st.just(RX.model_dump()), values),
       logs=st.one_of(values, st.lists(st.one_of(log, values), max_size=4)))
def test_progress(rx: Any, logs: Any) -> None:
    _call(mmc.progress, rx, logs)


VALID_LOGS = [{"weight": 40, "reps": 12, "connection": 5, "rir": 2}] * 3


@SETTINGS
@given(exercise=values, equipment=values, increments=values, history=values, use_lib=values)
def test_progress_options(exercise: Any, equipment: Any, increments: Any, history: Any,
                          use_lib: Any) -> None:
    library = LIB if use_lib else None
    _call(mmc.progress, RX, VALID_LOGS, exercise=exercise, library=library,
          equipment=equipment, increments=increments, history=history)


@SETTINGS
@given(exercise=values, equipment=values, level=values, limit=values)
def test_substitute(exercise: Any, equipment: Any, level: Any, limit: Any) -> None:
    _call(mmc.substitute, LIB, exercise, equipment=equipment, level=level, limit=limit)
    _call(mmc.substitute, LIB, "seated-cable-row", equipment=equipment, level=level,
          limit=limit)


@SETTINGS
@given(reps=values, load=values, tolerance=values)
def test_load_consistent(reps: Any, load: Any, tolerance: Any) -> None:
    _call(mmc.load_consistent, reps, load, tolerance)
    _call(mmc.load_consistent, mmc.RepRange(low=8, high=12), mmc.Load(rir=2), tolerance)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(weeks=st.one_of(values, st.integers(3, 7)), days=st.one_of(values, st.integers(1, 3)),
       minutes=st.one_of(values, st.integers(30, 60)), goal=values, level=values)
def test_plan_block(weeks: Any, days: Any, minutes: Any, goal: Any, level: Any) -> None:
    _call(mmc.plan_block, LIB, weeks=weeks, days=days, minutes=minutes, goal=goal, level=level,
          targets=["lats"], equipment=["cable"])


@SETTINGS
@given(muscle=values, role=values, equipment=values, heads=values)
def test_library_queries(muscle: Any, role: Any, equipment: Any, heads: Any) -> None:
    _call(LIB.exercises_for, muscle)
    _call(LIB.exercises_for, muscle, role)
    _call(LIB.exercises_for, muscle, "primary", include_heads=heads)
    _call(LIB.exercises_using, equipment)
    _call(LIB.exercises_possible_with, equipment)
    _call(LIB.find_muscle, muscle)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(targets=st.one_of(values, st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)),
       equipment=values, minutes=st.one_of(values, st.integers(20, 90)), goal=values,
       level=values, sets=values, max_exercises=values, activation=values, title=values)
def test_plan_session(targets: Any, equipment: Any, minutes: Any, goal: Any, level: Any,
                      sets: Any, max_exercises: Any, activation: Any, title: Any) -> None:
    _call(mmc.plan_session, LIB, targets=targets, equipment=equipment, minutes=minutes)
    _call(mmc.plan_session, LIB, targets=targets, equipment=equipment, minutes=minutes,
          goal=goal, level=level, sets_per_target=sets, max_exercises=max_exercises,
          activation=activation, title=title)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(days=st.one_of(values, st.integers(1, 4)), minutes=st.one_of(values, st.integers(30, 60)),
       equipment=values, targets=st.one_of(st.none(), values), goal=values, level=values)
def test_plan_week(days: Any, minutes: Any, equipment: Any, targets: Any, goal: Any,
                   level: Any) -> None:
    _call(mmc.plan_week, LIB, days=days, minutes=minutes, equipment=equipment, targets=targets,
          goal=goal, level=level)


@SETTINGS
@given(a=values, b=values)
def test_load_arithmetic(a: Any, b: Any) -> None:
    _call(mmc.estimate_1rm, a, b)
    _call(mmc.load_for, a, b)
    _call(mmc.rir_to_rpe, a)
    _call(mmc.rpe_to_rir, a)


@SETTINGS
@given(sessions=values, targets=values)
def test_weekly_volume(sessions: Any, targets: Any) -> None:
    _call(mmc.weekly_volume, LIB, sessions, targets)


@pytest.mark.parametrize("model", MODELS)
def test_every_model_refuses_non_finite_numbers(model: type[BaseModel]) -> None:
    floats = [name for name, info in model.model_fields.items()
              if "float" in str(info.annotation)]
    for name in floats:
        for bad in (math.inf, -math.inf, math.nan):
            with pytest.raises(MmcError):
                model(**{name: bad})


@SETTINGS
@given(kind=st.sampled_from(["muscles", "exercises", "drills", "pages", "sources"]),
       value=values)
def test_library_constructor(kind: Any, value: Any) -> None:
    try:
        lib = mmc.Library(**{kind: value})
    except MmcError:
        return
    assert isinstance(lib, mmc.Library)


def test_a_library_built_with_a_parent_loop_still_answers() -> None:
    base = {"latin": "M", "group": "back", "side": "back"}
    lib = mmc.Library(muscles=[mmc.Muscle(id="a", name="A", parent="b", **base),
                               mmc.Muscle(id="b", name="B", parent="a", **base)])
    assert sorted(lib.family("a")) == ["a", "b"]
    assert lib.exercises_for("a") == ()


EXERCISE = LIB.exercises["seated-cable-row"]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(exercise=st.one_of(st.just(EXERCISE), values), rx=st.one_of(st.none(), st.just(RX), values),
       size=values, library=st.one_of(st.none(), st.just(LIB), values))
def test_render_card(exercise: Any, rx: Any, size: Any, library: Any) -> None:
    try:
        card = mmc.render_card(exercise, rx, size, library)
    except MmcError:
        return
    assert card.front and card.back


@SETTINGS
@given(tempo=values, width=values, text=values, primary=values, secondary=values, title=values)
def test_render_fragments(tempo: Any, width: Any, text: Any, primary: Any, secondary: Any,
                          title: Any) -> None:
    for call in (lambda: mmc.render_tempo_strip(tempo), lambda: mmc.render_tempo_strip("31X0",
                 width=width), lambda: mmc.render_markdown(text),
                 lambda: mmc.render_muscle_map(primary, secondary, title=title)):
        with contextlib.suppress(MmcError):
            assert isinstance(call(), str)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(session=values, paper=values, items=values, library=values, path=values, dirs=values)
def test_sheets_and_loading(session: Any, paper: Any, items: Any, library: Any, path: Any,
                            dirs: Any) -> None:
    for call in (lambda: mmc.render_sheet(session), lambda: mmc.render_card_sheet(items),
                 lambda: mmc.render_card_sheet([EXERCISE], paper=paper),
                 lambda: mmc.export_json(library), lambda: mmc.load_session(path),
                 lambda: mmc.check_content(dirs, bundled=False, packs=False)):
        with contextlib.suppress(MmcError):
            call()
