"""The activation block: flex and visualisation drills that fit a session's budget whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from mmc.model.drill import Drill
from mmc.model.library import Library
from mmc.model.session import Goal, RuleNote, SessionDrill
from mmc.plan.rules import ACTIVATION_MAX_MINUTES, ACTIVATION_SHARE, HOME_ROUTINE


def choose_drills(
    library: Library, targets: Sequence[str], family: Mapping[str, frozenset[str]], budget: float
) -> list[tuple[Drill, float]]:
    """Flex/visualisation drills covering the most targets that fit ``budget`` minutes whole.

    A drill is done as written or not at all: shrinking a 4-minute drill to 1.5 minutes
    leaves a drill nobody wrote.
    """
    wanted = frozenset().union(*family.values())
    candidates = [
        d
        for d in library.drills.values()
        if d.kind in ("flex", "visualisation") and wanted.intersection(d.targets)
    ]
    chosen: list[Drill] = []
    uncovered = list(targets)
    left = budget
    while uncovered and candidates:
        gains = {
            d.id: sum(1 for t in uncovered if family[t].intersection(d.targets)) for d in candidates
        }
        fits = [d for d in candidates if d.minutes <= left and gains[d.id] > 0]
        if not fits:
            break
        best = min(fits, key=lambda d: (-gains[d.id], d.kind != "flex", d.minutes, d.id))
        chosen.append(best)
        candidates.remove(best)
        left -= best.minutes
        uncovered = [t for t in uncovered if not family[t].intersection(best.targets)]
    return [(d, d.minutes) for d in chosen]


def reach(library: Library, targets: Sequence[str]) -> dict[str, frozenset[str]]:
    """Each target with its heads and the muscles it is a head of: a drill for the deltoid
    teaches its lateral head too, and a drill for a head teaches part of its muscle.
    """
    reach = {}
    for t in targets:
        ids = set(library.family(t))
        parent = library.muscles[t].parent
        while parent is not None and parent not in ids:
            ids.add(parent)
            parent = library.muscles[parent].parent if parent in library.muscles else None
        reach[t] = frozenset(ids)
    return reach


def activation_block(
    library: Library,
    ids: Sequence[str],
    goal: Goal,
    minutes: int,
    spare_minutes: float,
    activation: bool,
    notes: list[RuleNote],
) -> list[SessionDrill]:
    """The drills opening a session, with their notes: none before a strength session
    (R3); otherwise whole drills in at most 5 minutes, a tenth of the session, or the
    ``spare_minutes`` its exercises leave (conventions)."""
    drills: list[SessionDrill] = []
    goal_ = goal
    if activation and goal_ == "strength":
        notes.append(
            RuleNote(
                rule="R3",
                decision="no flex-and-hold or visualisation drills",
                reason="they point attention at the muscle (an internal focus); before heavy "
                "lifts a general warm-up and ramp sets come instead",
            )
        )
    elif activation:
        share = min(ACTIVATION_MAX_MINUTES, ACTIVATION_SHARE * minutes, spare_minutes)
        for drill, drill_minutes in choose_drills(library, ids, reach(library, ids), share):
            drills.append(SessionDrill(drill=drill.id, name=drill.name, minutes=drill_minutes))
            covered = [t for t in drill.targets if t in library.muscles]
            notes.append(
                RuleNote(
                    rule="convention",
                    decision=f"activation: {drill.name} for {drill_minutes:g} min",
                    reason=f"flex practice before loading {names(library, covered)} "
                    "(the coaching idea; no trial behind it; cues for novices per R5)",
                )
            )
        if HOME_ROUTINE in library.drills:
            routine = library.drills[HOME_ROUTINE]
            notes.append(
                RuleNote(
                    rule="convention",
                    decision=f"{routine.name} at home, on its own",
                    reason=f"in-session drills are capped at {ACTIVATION_MAX_MINUTES:g} min "
                    f"(or a tenth of the session); the {routine.minutes:g}-minute routine is a "
                    "separate session, before training or on a rest day",
                )
            )
        if not drills:
            notes.append(
                RuleNote(
                    rule="convention",
                    decision="no activation drills",
                    reason="no flex or visualisation drill fits the targets and the budget",
                )
            )
    return drills


def names(library: Library, ids: Iterable[str]) -> str:
    """Muscle names, comma-separated (an unknown id as itself)."""
    return ", ".join(library.muscles[i].name if i in library.muscles else i for i in ids)
