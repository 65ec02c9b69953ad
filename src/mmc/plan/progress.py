"""Progression: add load only once the mind-muscle connection holds.

The coaching idea says "master the connection first, then add load while keeping it". Made
precise here:

* **add load** (about 5%) when every prescribed set reached the top of the rep range, at the
  prescribed tempo, no closer to failure than prescribed (R12, R13), and every set was rated
  4 or 5 for feeling the target muscle;
* **lower the load** (about 10%) and **slow the tempo** when the average rating is under 3:
  the helpers are leading the set, so the muscle needs less weight and more time (R1, R7),
  and an explosive concentric becomes a controlled one (R2);
* otherwise **keep the load** and say what is missing.

The step sizes and rating thresholds are conventions (see :mod:`mmc.plan.rules`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from mmc.errors import InvalidValueError, MmcError
from mmc.model.prescription import Prescription
from mmc.model.session import Progression, RuleNote, SetLog
from mmc.model.tempo import EXPLOSIVE, REP_SECONDS_WARN, Tempo
from mmc.plan.loads import estimate_1rm
from mmc.plan.rules import (
    CONNECTION_HIGH,
    CONNECTION_LOW,
    LOAD_DROP,
    LOAD_STEP,
    MAX_REPS_FOR_1RM,
)

__all__ = ["WEIGHT_STEP", "progress", "slower_tempo"]

#: Convention: weights are rounded to half a unit (0.5 kg or lb), the smallest common plate step.
WEIGHT_STEP = 0.5


def _round(weight: float) -> float:
    return math.floor(weight / WEIGHT_STEP + 0.5) * WEIGHT_STEP


def slower_tempo(tempo: Tempo) -> Tempo:
    """A tempo that gives the muscle more time, keeping a rep within 8 s (R7).

    An explosive concentric becomes 2 s (R2); then the eccentric grows by a second, then a
    one-second squeeze after the concentric is added, while the rep stays <= 8 s.
    """
    candidate = tempo
    for phase in ("concentric", "eccentric"):
        if getattr(candidate, phase) == EXPLOSIVE:
            candidate = candidate.model_copy(update={phase: 2})
    eccentric = candidate.eccentric
    # The coaching idea asks for a 3-5 s eccentric; stop growing it at 5 s.
    if (
        isinstance(eccentric, int)
        and eccentric < 5
        and candidate.rep_seconds + 1 <= REP_SECONDS_WARN
    ):
        candidate = candidate.model_copy(update={"eccentric": eccentric + 1})
    if candidate.pause_after_concentric == 0 and candidate.rep_seconds + 1 <= REP_SECONDS_WARN:
        candidate = candidate.model_copy(update={"pause_after_concentric": 1})
    return candidate


def _estimate(logs: Sequence[SetLog]) -> float | None:
    # R15 needs sets to failure of <= 10 reps; a reported RIR turns a set into one (R13).
    best: float | None = None
    for log in logs:
        if log.rir is None or log.reps < 1:
            continue
        to_failure = log.reps + log.rir
        if to_failure <= MAX_REPS_FOR_1RM and log.weight > 0:
            value = estimate_1rm(log.weight, to_failure)
            best = value if best is None else max(best, value)
    return round(best, 1) if best is not None else None


M = TypeVar("M", Prescription, SetLog)


def _checked(value: Any, model: type[M], field: str) -> M:
    """``value`` as a ``model``: itself, or a mapping validated (errors name ``field``)."""
    if isinstance(value, model):
        return value
    if isinstance(value, Mapping):
        try:
            return model.model_validate(dict(value))
        except InvalidValueError as exc:
            inner = f".{exc.field}" if exc.field else ""
            raise InvalidValueError(exc.message, details=exc.errors(), field=field + inner,
                                    fix=exc.fix) from exc
    raise MmcError(
        f"{field} must be a {model.__name__} or a mapping, not {type(value).__name__}",
        field=field,
        fix=f"pass mmc.{model.__name__}(...) or a mapping of its fields",
    )


def progress(prescription: Prescription, logs: Sequence[SetLog]) -> Progression:
    """Decide the next session's load and tempo from the sets logged against ``prescription``.

    Returns a :class:`~mmc.model.session.Progression` with the decision, the prescription
    and weight for next time, an estimated 1RM when a logged set allows one (R15), and an
    explanation with the rules behind it. ``prescription`` and each log may also be a mapping
    of the model's fields; an invalid one raises :class:`~mmc.errors.MmcError`.
    """
    prescription = _checked(prescription, Prescription, "prescription")
    if isinstance(logs, str | bytes) or not isinstance(logs, Iterable):
        raise MmcError(
            f"logs must be a list of sets, not {type(logs).__name__}",
            field="logs",
            fix="pass a list of SetLog objects (or mappings with weight, reps, connection)",
        )
    logs = [_checked(log, SetLog, f"logs[{index}]") for index, log in enumerate(logs)]
    if not logs:
        raise MmcError(
            "no sets logged: progression needs at least one set",
            field="logs",
            fix="log each set's weight, reps and connection rating (1-5)",
        )
    weight = max(log.weight for log in logs)
    ratings = [log.connection for log in logs]
    mean = sum(ratings) / len(ratings)
    top = prescription.reps.high
    target_rir = prescription.load.rir
    if target_rir is None and prescription.load.rpe is not None:
        target_rir = round(10 - prescription.load.rpe)
    notes: list[RuleNote] = []
    estimated = _estimate(logs)
    if estimated is not None:
        notes.append(
            RuleNote(
                rule="R15",
                decision=f"estimated 1RM {estimated:g}",
                reason="from a set of <= 10 reps to failure (reps + RIR), Epley and Brzycki averaged",
            )
        )

    if mean < CONNECTION_LOW:
        felt = Counter(m for log in logs for m in log.felt_in)
        where = ", ".join(m for m, _ in sorted(felt.items(), key=lambda kv: (-kv[1], kv[0])))
        tempo = slower_tempo(prescription.tempo)
        next_weight = min(_round(weight * (1 - LOAD_DROP)), max(0.0, weight - WEIGHT_STEP))
        next_weight = max(0.0, next_weight)
        rx = prescription.model_copy(update={"tempo": tempo})
        notes.append(
            RuleNote(
                rule="R1",
                decision=f"lower the load to {next_weight:g}",
                reason=f"average connection {mean:.1f} of 5: the target muscle is not leading",
            )
        )
        if tempo != prescription.tempo:
            notes.append(
                RuleNote(
                    rule="R7",
                    decision=f"slow the tempo to {tempo}",
                    reason="more time in each phase to feel the muscle; a rep stays <= 8 s",
                )
            )
        else:
            notes.append(
                RuleNote(
                    rule="R7",
                    decision=f"keep the tempo at {tempo}",
                    reason="a rep already takes 8 s; slower adds nothing for growth",
                )
            )
        if prescription.tempo.is_explosive:
            notes.append(
                RuleNote(
                    rule="R2",
                    decision="controlled concentric instead of X",
                    reason="muscle cues raised EMG on controlled, not explosive, concentrics",
                )
            )
        instead = f" It was felt in {where} instead." if where else ""
        explanation = (
            f"The connection was weak (average {mean:.1f} of 5).{instead} Next time lift "
            f"{next_weight:g} at {tempo} and flex the target muscle before each set; add load "
            "again only once it is clearly felt."
        )
        return Progression(
            decision="lower-load",
            prescription=rx,
            weight=next_weight,
            last_weight=weight,
            estimated_1rm=estimated,
            explanation=explanation,
            rationale=notes,
        )

    missing: list[str] = []
    if len(logs) < prescription.sets:
        missing.append(f"only {len(logs)} of {prescription.sets} sets were logged")
    short = [log.reps for log in logs if log.reps < top]
    if short:
        missing.append(f"{len(short)} set(s) stopped short of {top} reps")
    if not all(log.tempo_kept for log in logs):
        missing.append(f"the tempo {prescription.tempo} was not held on every set")
    if min(ratings) < CONNECTION_HIGH:
        missing.append(f"a set was rated below {CONNECTION_HIGH} for feeling the muscle")
    if target_rir is not None:
        hard = [log for log in logs if log.rir is not None and log.rir < target_rir]
        if hard:
            missing.append(f"{len(hard)} set(s) ended closer to failure than {target_rir} RIR")
            notes.append(
                RuleNote(
                    rule="R13",
                    decision="effort checked against the RIR target",
                    reason="reps in reserve below the target mean the load is already heavy",
                )
            )

    if not missing:
        next_weight = max(_round(weight * (1 + LOAD_STEP)), weight + WEIGHT_STEP)
        notes.append(
            RuleNote(
                rule="convention",
                decision=f"add load: {weight:g} -> {next_weight:g}",
                reason="the connection held at the top of the rep range, at tempo (about +5%)",
            )
        )
        notes.append(
            RuleNote(
                rule="R12",
                decision=f"expect fewer reps at {next_weight:g}, back within the range",
                reason="work up to the top again; failure is not required",
            )
        )
        explanation = (
            f"Every set reached {top} reps at {prescription.tempo} with the muscle clearly "
            f"felt (average {mean:.1f} of 5). Add load: lift {next_weight:g} next time and "
            "keep the same tempo and cues."
        )
        return Progression(
            decision="add-load",
            prescription=prescription,
            weight=next_weight,
            last_weight=weight,
            estimated_1rm=estimated,
            explanation=explanation,
            rationale=notes,
        )

    notes.append(
        RuleNote(
            rule="convention",
            decision=f"keep the load at {weight:g}",
            reason="add load only once the connection holds: " + "; ".join(missing),
        )
    )
    explanation = (
        f"Keep {weight:g} next time: " + "; ".join(missing) + ". Add load once every set reaches "
        f"{top} reps at {prescription.tempo} rated {CONNECTION_HIGH} or 5."
    )
    return Progression(
        decision="keep-load",
        prescription=prescription,
        weight=weight,
        last_weight=weight,
        estimated_1rm=estimated,
        explanation=explanation,
        rationale=notes,
    )
