"""Which exercises a deck of cue cards holds (``mmc cards``): picked by id, by muscle, by
muscle group or from a session, in the order asked, each once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from mmc.errors import MmcError
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.prescription import Prescription
from mmc.render.cardsheet import card_groups
from mmc.render.sheets import load_session
from mmc.suggest import did_you_mean

__all__ = ["choose_exercises"]


def choose_exercises(
    library: Library,
    ids: Sequence[str] | None = None,
    muscles: Sequence[str] | None = None,
    groups: Sequence[str] | None = None,
    session: str | Path | None = None,
) -> tuple[list[Exercise], dict[str, Prescription]]:
    """The exercises of the deck and the prescriptions the session gives some of them.

    ``ids`` are exercise ids; ``muscles`` add the exercises with one of them (id, name or
    alias; a muscle includes its heads) as a primary muscle; ``groups`` the exercises whose
    cards belong to a muscle group; ``session`` (a session file,
    :func:`~mmc.render.sheets.load_session`) its exercises. With none of the four given
    (all ``None``), every exercise, by id. An unknown id, muscle or group, or a choice that
    matches nothing, raises :class:`MmcError` with a fix.
    """
    chosen: dict[str, None] = {}
    prescriptions: dict[str, Prescription] = {}
    known = sorted(library.exercises)
    for exercise_id in ids or ():
        if exercise_id not in library.exercises:
            raise MmcError(
                f"unknown exercise id {exercise_id!r}",
                fix=did_you_mean(exercise_id, known, 3)
                or "'mmc list exercises' lists the exercise ids",
            )
        chosen[exercise_id] = None
    for name in muscles or ():
        muscle = library.find_muscle(name)
        if muscle is None:
            raise MmcError(
                f"unknown muscle {name!r}",
                field="--muscle",
                fix=did_you_mean(name, sorted(library.muscles), 3)
                or "use a muscle id, name or alias: 'mmc list muscles' lists them",
            )
        for exercise in library.exercises_for(muscle.id, "primary"):
            chosen[exercise.id] = None
    by_group = card_groups(library) if groups else {}
    for group in groups or ():
        if not any(m.group == group.lower() for m in library.muscles.values()):
            groups_known = sorted({m.group for m in library.muscles.values()})
            raise MmcError(
                f"unknown muscle group {group!r}",
                field="--group",
                fix=f"use one of {', '.join(groups_known)}",
            )
        for exercise in by_group.get(group.lower(), []):
            chosen[exercise.id] = None
    if session is not None:
        for item in load_session(session, library).items:
            if item.exercise in library.exercises:
                chosen[item.exercise] = None
                prescriptions[item.exercise] = item.prescription
    if ids is None and muscles is None and groups is None and session is None:
        chosen = dict.fromkeys(known)
    if not chosen:
        raise MmcError("no exercise matches", fix="check the ids, --muscle and --group filters")
    return [library.exercises[i] for i in chosen], prescriptions
