"""The tempo pacer's plan: what the site's pacer (``pacer.js``) runs, rep by rep.

A plan is plain data: the phases of one rep in the order the lift performs them (each with
its label, seconds and the cue to say), the cue for the set-up, and the prescription's sets,
reps and rest (or the suggestion a page shows without one). The browser does the timing;
nothing here depends on a clock.
"""

from __future__ import annotations

from typing import Any

from mmc.model.exercise import Exercise
from mmc.model.prescription import SWITCH_SECONDS, Prescription
from mmc.model.tempo import EXPLOSIVE, PhaseName, Tempo
from mmc.render.cards import card_cues

__all__ = ["EXPLOSIVE_PACE", "READY_SECONDS", "pacer_plan"]

#: Seconds the pacer gives an explosive ("X") phase: one beat, said as "fast".
EXPLOSIVE_PACE = 1.0
#: Seconds of "get ready" before the first rep of each set.
READY_SECONDS = 3
#: Without a prescription the pacer suggests this (the lifter can change it).
DEFAULT_SETS, DEFAULT_REPS, DEFAULT_REST = 3, 8, 90
#: Without a prescription a timed hold suggests this many seconds.
DEFAULT_HOLD = 30
#: The cue phase that belongs to each tempo phase.
_CUE_PHASE: dict[PhaseName, str] = {
    "eccentric": "eccentric",
    "pause_after_eccentric": "pause",
    "concentric": "concentric",
    "pause_after_concentric": "peak",
}


def _labels(starts_with: str) -> dict[PhaseName, str]:
    """The words the exercise page uses for each phase (a pull starts by pulling)."""
    if starts_with == "eccentric":
        return {
            "eccentric": "Lower",
            "pause_after_eccentric": "Pause",
            "concentric": "Lift",
            "pause_after_concentric": "Hold",
        }
    return {
        "eccentric": "Return",
        "pause_after_eccentric": "Pause",
        "concentric": "Pull / lift",
        "pause_after_concentric": "Squeeze",
    }


def pacer_plan(
    exercise: Exercise, prescription: Prescription | None = None
) -> dict[str, Any] | None:
    """The pacer's plan for ``exercise``, at the prescription's tempo if one is given, or
    ``None`` for a set dosed in metres (a carry has no tempo to pace).

    A set dosed in seconds is one timed hold; a per-side set is paced for one side, then
    (after :data:`~mmc.model.prescription.SWITCH_SECONDS`) the other. Phases of 0 s are left out; an explosive phase lasts :data:`EXPLOSIVE_PACE`. Each phase
    carries the exercise's best cue for it (the cues a card would show, so no internal cue
    for an explosive lift), or none.
    """
    measure = prescription.measure if prescription is not None else exercise.measure
    if measure == "metres":
        return None
    per_side = prescription.per_side if prescription is not None else exercise.per_side
    tempo: Tempo = exercise.tempo
    if prescription is not None:
        tempo = prescription.tempo.model_copy(update={"starts_with": exercise.starts_with})
    cues = card_cues(exercise.cues, tempo)
    first: dict[str, str] = {}
    for cue in cues:
        first.setdefault(cue.phase, cue.text)
    labels = _labels(tempo.starts_with)
    phases = []
    for name, value in tempo.phases:
        if value == 0:
            continue
        phases.append(
            {
                "phase": name,
                "label": labels[name],
                "seconds": EXPLOSIVE_PACE if value == EXPLOSIVE else float(value),
                "fast": value == EXPLOSIVE,
                "cue": first.get(_CUE_PHASE[name], ""),
            }
        )
    if prescription is not None:
        sets, reps = prescription.sets, prescription.reps.low
        reps_high, rest = prescription.reps.high, prescription.rest_seconds
    else:
        sets, reps, reps_high, rest = DEFAULT_SETS, DEFAULT_REPS, DEFAULT_REPS, DEFAULT_REST
        if measure == "seconds":
            reps = reps_high = DEFAULT_HOLD
    return {
        "exercise": exercise.id,
        "name": exercise.name,
        "tempo": tempo.format(),
        "phases": phases,
        "setup": first.get("setup", ""),
        "ready": READY_SECONDS,
        "sets": sets,
        "reps": reps,
        "reps_high": reps_high,
        "rest": rest,
        "prescribed": prescription is not None,
        "measure": measure,
        "hold_cue": first.get("peak", "") or first.get("concentric", ""),
        "per_side": per_side,
        "switch": SWITCH_SECONDS,
    }
