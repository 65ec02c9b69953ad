"""What a cue card says, before any of it is fitted: phase labels, muscle names, the
prescription line, which cues come first, and the back's sections."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mmc.model.cue import Cue, rep_cue_phases
from mmc.model.exercise import Exercise
from mmc.model.prescription import Prescription
from mmc.model.tempo import Tempo

if TYPE_CHECKING:  # pragma: no cover
    from mmc.model.library import Library

__all__ = [
    "BACK_SECTIONS",
    "PHASE_LABELS",
    "card_cues",
    "flex_markdown",
    "format_rest",
    "muscle_label",
    "muscle_labels",
    "prescription_text",
    "rep_order",
]

#: How a card names each cue phase.
PHASE_LABELS = {
    "setup": "Set up",
    "eccentric": "Lower",
    "pause": "Pause",
    "concentric": "Lift",
    "peak": "Squeeze",
    "breathing": "Breathe",
}
#: Section headings on the back, in the order printed. "Feel it first" (how to flex each
#: target muscle without weight, from the library's muscles) gets whatever room is left.
BACK_SECTIONS = (
    ("visualise", "Visualise"),
    ("setup", "Set up"),
    ("mistakes", "Common mistakes"),
    ("flex", "Feel it first"),
)
_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


def muscle_label(muscle_id: str, library: Library | None) -> str:
    """A short name for a muscle: the library's name without its bracketed gloss.

    Without a library (or for an unknown id) the id is turned into words.
    """
    muscle = library.muscles.get(muscle_id) if library is not None else None
    if muscle is None:
        return muscle_id.replace("-", " ").capitalize()
    return _PAREN.sub("", muscle.name) or muscle.name


def muscle_labels(muscle_ids: Sequence[str], library: Library | None) -> list[str]:
    """Short names for a list of muscles, where a muscle whose heads (two or more) are all
    listed is named once, as the whole muscle (an overhead extension's three triceps heads
    read "Triceps"), at the place of its first head."""
    shown: list[str] = []
    for muscle_id in muscle_ids:
        muscle = library.muscles.get(muscle_id) if library is not None else None
        parent = muscle.parent if muscle is not None else None
        if library is not None and parent is not None:
            heads = library.heads(parent)
            if len(heads) > 1 and set(heads) <= set(muscle_ids):
                muscle_id = parent
        if muscle_id not in shown:
            shown.append(muscle_id)
    return [muscle_label(m, library) for m in shown]


def format_rest(seconds: int) -> str:
    """``90 s``, ``2 min``, ``2 min 30 s``."""
    if seconds < 120 or seconds % 30:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def prescription_text(rx: Prescription) -> str:
    """``3 × 8-12 · 60% 1RM, 2 RIR · rest 90 s`` (the tempo has its own strip); a per-side
    set or one dosed in seconds or metres says so: ``3 × 10 reps each side · ...``."""
    dose = rx.dose() if rx.per_side or rx.measure != "reps" else str(rx.reps)
    return f"{rx.sets} \u00d7 {dose} \u00b7 {rx.load} \u00b7 rest {format_rest(rx.rest_seconds)}"


def rep_order(tempo: Tempo) -> list[str]:
    """The phases of a rep in the order it meets them, set-up first and breathing last."""
    return ["setup", *rep_cue_phases(tempo.starts_with), "breathing"]


def card_cues(cues: Sequence[Cue], tempo: Tempo, limit: int | None = None) -> list[Cue]:
    """The top cues by phase, best first.

    The first cue of each phase is taken first (content lists its best cue first), in the
    order a rep meets the phases, then the second of each phase, and so on, up to ``limit``. With an explosive concentric,
    muscle cues for the concentric are left out (R2: no benefit at explosive speed).
    """
    order = rep_order(tempo)
    usable = [
        c
        for c in cues
        if not (tempo.is_explosive and c.phase == "concentric" and c.focus == "muscle")
    ]
    by_phase: dict[str, list[Cue]] = {p: [] for p in order}
    for cue in usable:
        by_phase[cue.phase].append(cue)
    picked: list[Cue] = []
    rank = 0
    while len(picked) < len(usable) and (limit is None or len(picked) < limit):
        for phase in order:
            if rank < len(by_phase[phase]) and (limit is None or len(picked) < limit):
                picked.append(by_phase[phase][rank])
        rank += 1
    return picked


def flex_markdown(exercise: Exercise, library: Library | None) -> str:
    """A list of how to flex each primary muscle without weight (from the library)."""
    if library is None:
        return ""
    items = []
    for muscle_id in exercise.primary:
        muscle = library.muscles.get(muscle_id)
        if muscle is not None and muscle.flex.strip():
            flex = " ".join(muscle.flex.split())
            items.append(f"- **{muscle_label(muscle_id, library)}**: {flex}")
    return "\n".join(items)
