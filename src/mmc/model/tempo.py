"""Lifting tempo in the four-phase notation (rules R6 and R7 of the evidence page).

The four fields are seconds, always in the order *eccentric, pause after eccentric,
concentric, pause after concentric*, whichever phase a rep starts with. ``X`` means "as fast
as good technique allows" and is kept distinct from 0 s.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import ConfigDict, Field, GetJsonSchemaHandler, model_validator
from pydantic.json_schema import JsonSchemaValue

from mmc.errors import InvalidValueError, TempoError
from mmc.model.common import Validated

__all__ = [
    "EXPLOSIVE",
    "EXPLOSIVE_SECONDS",
    "REP_SECONDS_FLAG",
    "REP_SECONDS_WARN",
    "PhaseName",
    "PhaseSeconds",
    "RepStart",
    "Tempo",
]

EXPLOSIVE: Literal["X"] = "X"
#: Seconds counted for an explosive phase when timing a rep. Convention: an "as fast as
#: possible" lift of a moderate load takes well under a second; half a second is used so
#: that durations are not understated.
EXPLOSIVE_SECONDS = 0.5
#: R7: similar hypertrophy for 0.5-8 s per rep; warn above 8 s ...
REP_SECONDS_WARN = 8.0
#: ... and flag above 10 s as likely inferior.
REP_SECONDS_FLAG = 10.0
#: No single phase longer than this is accepted: it is a typo, not a tempo.
MAX_PHASE_SECONDS = 60

PhaseSeconds = int | Literal["X"]
PhaseName = Literal["eccentric", "pause_after_eccentric", "concentric", "pause_after_concentric"]
RepStart = Literal["eccentric", "concentric"]

PHASES: tuple[PhaseName, ...] = (
    "eccentric",
    "pause_after_eccentric",
    "concentric",
    "pause_after_concentric",
)
_SEPARATED = re.compile(
    r"^\s*([0-9]+|[xX])\s*([-/])\s*([0-9]+|[xX])\s*\2\s*([0-9]+|[xX])\s*\2\s*([0-9]+|[xX])\s*$"
)
_COMPACT = re.compile(r"^\s*([0-9xX])([0-9xX])([0-9xX])([0-9xX])\s*$")
_HINT = "write four phases as eccentric-pause-concentric-pause, e.g. '3-1-X-0', '31X0' or '3/1/X/0'"


def _phase(token: str) -> PhaseSeconds:
    return EXPLOSIVE if token in ("x", "X") else int(token)


class Tempo(Validated):
    """A four-phase tempo such as ``3-1-X-0``.

    >>> t = Tempo.parse("3-1-X-0")
    >>> t.concentric, t.rep_seconds
    ('X', 4.5)
    >>> str(Tempo.parse("31X0"))
    '3-1-X-0'
    """

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    eccentric: PhaseSeconds = Field(
        description="Seconds lowering (lengthening) the muscle, or 'X'."
    )
    pause_after_eccentric: int = Field(ge=0, description="Seconds held after the eccentric.")
    concentric: PhaseSeconds = Field(description="Seconds lifting (shortening), or 'X'.")
    pause_after_concentric: int = Field(ge=0, description="Seconds held after the concentric.")
    starts_with: RepStart = Field(
        default="eccentric",
        description="The phase a rep starts with: eccentric (squat, bench) or concentric (curl, pull-up).",
    )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: Any, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # Content writes the short notation; JSON exports write the object.
        as_object = handler(core_schema)
        notation = {
            "type": "string",
            "pattern": r"^\s*(?:[0-9xX]{4}|(?:[0-9]+|[xX])(?:\s*-\s*(?:[0-9]+|[xX])){3}"
            r"|(?:[0-9]+|[xX])(?:\s*/\s*(?:[0-9]+|[xX])){3})\s*$",
            "description": "Four phases, eccentric-pause-concentric-pause (R6): '3-1-X-0', '31X0', '3/1/X/0'.",
            "examples": ["3-1-X-0", "31X0", "4/0/1/1"],
        }
        return {"anyOf": [notation, as_object]}

    @model_validator(mode="before")
    @classmethod
    def _from_notation(cls, data: Any) -> Any:
        if isinstance(data, bool):
            raise TempoError(f"tempo must be text like '3-1-X-0', not {data!r}", fix=_HINT)
        if isinstance(data, int):
            # YAML reads an unquoted 3110 as a number; a leading 0 makes it octal, so only
            # four-digit numbers can be recovered.
            if 1000 <= data <= 9999:
                return cls._fields_of(str(data))
            raise TempoError(
                f"tempo {data!r} was read as a number", fix="quote it in YAML: tempo: '3-1-1-0'"
            )
        if isinstance(data, str):
            return cls._fields_of(data)
        return data

    @model_validator(mode="after")
    def _check(self) -> Tempo:
        for name in PHASES:
            value = getattr(self, name)
            if value == EXPLOSIVE:
                continue
            if not isinstance(value, int) or value < 0:
                raise TempoError(
                    f"{name} must be whole seconds >= 0 or 'X', not {value!r}", fix=_HINT
                )
            if value > MAX_PHASE_SECONDS:
                raise TempoError(
                    f"{name} of {value} s is longer than {MAX_PHASE_SECONDS} s",
                    fix="check for a typo; R7 finds no benefit beyond 8 s per rep",
                )
        if self.eccentric == 0 and self.concentric == 0:
            raise TempoError(
                "a rep needs movement: eccentric and concentric cannot both be 0 s",
                fix="give the lowering and lifting phases some time, e.g. '3-1-1-0'",
            )
        return self

    @staticmethod
    def _fields_of(text: str) -> dict[str, PhaseSeconds]:
        match = _SEPARATED.match(text) or _COMPACT.match(text)
        if match is None:
            raise TempoError(f"cannot read tempo {text!r}", fix=_HINT)
        groups = [g for g in match.groups() if g not in ("-", "/")]
        fields: dict[str, PhaseSeconds] = dict(
            zip(PHASES, (_phase(g) for g in groups), strict=True)
        )
        for pause in ("pause_after_eccentric", "pause_after_concentric"):
            if fields[pause] == EXPLOSIVE:
                raise TempoError(
                    f"a pause cannot be explosive ('X') in {text!r} ({pause})",
                    fix="use 0 for no pause; 'X' belongs to the eccentric or concentric phase",
                )
        return fields

    @classmethod
    def parse(cls, text: str, *, starts_with: RepStart = "eccentric") -> Tempo:
        """Read ``3-1-X-0``, ``31X0`` or ``3/1/X/0`` (phases >= 10 s need a separator).

        Raises :class:`~mmc.errors.TempoError` with a fix for anything else.
        """
        if not isinstance(text, str):
            raise TempoError(f"tempo must be text like '3-1-X-0', not {type(text).__name__}",
                             fix=_HINT)
        fields: dict[str, Any] = dict(cls._fields_of(text))
        fields["starts_with"] = starts_with
        try:
            return cls(**fields)
        except TempoError:
            raise
        except InvalidValueError as exc:
            raise TempoError(f"cannot read tempo {text!r}: {exc.message}", fix=exc.fix or _HINT,
                             details=exc.errors()) from None

    def format(self, style: Literal["hyphen", "compact", "slash"] = "hyphen") -> str:
        """Write the tempo back. ``compact`` falls back to hyphens for phases of 10 s or more."""
        parts = [str(getattr(self, name)) for name in PHASES]
        if style == "compact" and all(len(p) == 1 for p in parts):
            return "".join(parts)
        return ("/" if style == "slash" else "-").join(parts)

    def __str__(self) -> str:
        return self.format()

    @staticmethod
    def seconds_of(value: PhaseSeconds) -> float:
        """Seconds a phase takes; an explosive phase counts :data:`EXPLOSIVE_SECONDS`."""
        return EXPLOSIVE_SECONDS if value == EXPLOSIVE else float(value)

    @property
    def phases(self) -> tuple[tuple[PhaseName, PhaseSeconds], ...]:
        """The four phases in the order a rep performs them (starting with ``starts_with``)."""
        ordered = PHASES if self.starts_with == "eccentric" else PHASES[2:] + PHASES[:2]
        return tuple((name, getattr(self, name)) for name in ordered)

    @property
    def rep_seconds(self) -> float:
        """Seconds one rep takes."""
        return sum(self.seconds_of(getattr(self, name)) for name in PHASES)

    def set_seconds(self, reps: int) -> float:
        """Seconds of time under tension for a set of ``reps`` (R8: shown, never prescribed)."""
        return reps * self.rep_seconds

    @property
    def is_explosive(self) -> bool:
        """True when the concentric is 'X' (R2: no internal cue on such a rep)."""
        return self.concentric == EXPLOSIVE

    def warnings(self) -> list[str]:
        """R7 advice for this tempo: empty when a rep lasts 8 s or less."""
        seconds = self.rep_seconds
        if seconds > REP_SECONDS_FLAG:
            return [
                f"a rep of {seconds:g} s is over {REP_SECONDS_FLAG:g} s: likely inferior for "
                "hypertrophy (R7, Schoenfeld, Ogborn & Krieger 2015)"
            ]
        if seconds > REP_SECONDS_WARN:
            return [
                f"a rep of {seconds:g} s is over {REP_SECONDS_WARN:g} s: no better for hypertrophy "
                "than 0.5-8 s per rep (R7)"
            ]
        return []
