"""Tempo notation (R6) and rep-duration advice (R7)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mmc import Tempo, TempoError

moving = st.one_of(st.integers(0, 60), st.just("X"))
pause = st.integers(0, 60)


def _valid(e: object, c: object) -> bool:
    return not (e == 0 and c == 0)


tempo_fields = st.tuples(moving, pause, moving, pause).filter(lambda f: _valid(f[0], f[2]))


@given(
    tempo_fields,
    st.sampled_from(["hyphen", "slash", "compact"]),
    st.sampled_from(["eccentric", "concentric"]),
)
def test_round_trip_every_notation(fields: tuple[object, ...], style: str, start: str) -> None:
    tempo = Tempo(
        eccentric=fields[0],
        pause_after_eccentric=fields[1],
        concentric=fields[2],
        pause_after_concentric=fields[3],
        starts_with=start,
    )
    text = tempo.format(style)  # type: ignore[arg-type]
    assert Tempo.parse(text, starts_with=tempo.starts_with) == tempo
    if style == "compact" and any(isinstance(v, int) and v >= 10 for v in fields):
        assert "-" in text, "phases of 10 s or more are written with hyphens"


@given(tempo_fields)
def test_spaced_and_lower_case_notation(fields: tuple[object, ...]) -> None:
    text = " - ".join(str(f).lower() for f in fields)
    parsed = Tempo.parse(text)
    assert [
        parsed.eccentric,
        parsed.pause_after_eccentric,
        parsed.concentric,
        parsed.pause_after_concentric,
    ] == list(fields)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-1-X-0", (3, 1, "X", 0)),
        ("31X0", (3, 1, "X", 0)),
        ("3/1/X/0", (3, 1, "X", 0)),
        ("42X1", (4, 2, "X", 1)),
        ("10-0-1-0", (10, 0, 1, 0)),
        ("4-0-1-12", (4, 0, 1, 12)),
    ],
)
def test_parse_examples(text: str, expected: tuple[object, ...]) -> None:
    t = Tempo.parse(text)
    assert (
        t.eccentric,
        t.pause_after_eccentric,
        t.concentric,
        t.pause_after_concentric,
    ) == expected


def test_explosive_is_not_zero() -> None:
    explosive, zero = Tempo.parse("3-1-X-0"), Tempo.parse("3-1-0-0").model_copy()
    assert explosive != Tempo.parse("3-1-1-0")
    assert explosive.concentric == "X" and explosive.is_explosive
    assert not Tempo.parse("3-1-1-0").is_explosive
    assert explosive.rep_seconds == 4.5
    assert zero.concentric == 0


def test_seconds_per_rep_and_set() -> None:
    t = Tempo.parse("3-1-2-0")
    assert t.rep_seconds == 6
    assert t.set_seconds(10) == 60


def test_phases_follow_the_start() -> None:
    curl = Tempo.parse("3-0-1-1", starts_with="concentric")
    assert [name for name, _ in curl.phases] == [
        "concentric",
        "pause_after_concentric",
        "eccentric",
        "pause_after_eccentric",
    ]
    squat = Tempo.parse("3-0-1-1")
    assert squat.phases[0] == ("eccentric", 3)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("3-1-X", "cannot read"),
        ("3110X", "cannot read"),
        ("3-X-1-0", "pause cannot be explosive"),
        ("0-0-0-0", "needs movement"),
        ("3-1-1-99", "longer than 60"),
        ("", "cannot read"),
        ("a-b-c-d", "cannot read"),
        ("3--1-1-1", "cannot read"),
        ("-3-1-1-1", "cannot read"),
        ("3-1/1-1", "cannot read"),
        ("123", "cannot read"),
        ("3.5-1-1-1", "cannot read"),
    ],
)
def test_nonsense_is_rejected_with_a_fix(text: str, says: str) -> None:
    with pytest.raises(TempoError) as caught:
        Tempo.parse(text)
    assert says in caught.value.message
    assert caught.value.fix


@given(st.text(max_size=20))
def test_any_text_parses_or_raises_tempo_error(text: str) -> None:
    with contextlib.suppress(TempoError):
        Tempo.parse(text)


def test_r7_warnings() -> None:
    assert Tempo.parse("3-1-1-0").warnings() == []
    assert Tempo.parse("4-1-2-1").warnings() == []  # exactly 8 s
    [warn] = Tempo.parse("5-2-2-0").warnings()
    assert "over 8 s" in warn and "R7" in warn
    [flag] = Tempo.parse("8-2-2-0").warnings()
    assert "likely inferior" in flag


def test_validates_from_yaml_number() -> None:
    assert Tempo.model_validate(3110) == Tempo.parse("3-1-1-0")
    with pytest.raises(ValueError, match="quote it"):
        Tempo.model_validate(200)
