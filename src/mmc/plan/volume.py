"""Weekly hard sets per muscle (R10) and the flags a week raises about its volume and
balance.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from pydantic import BaseModel

from mmc.errors import MmcError
from mmc.model.library import Library
from mmc.model.session import Session
from mmc.model.training import MuscleVolume, WeekFlag
from mmc.plan.inputs import (
    resolve_targets,
)
from mmc.plan.regions import direction
from mmc.plan.rules import (
    DIRECT_WORK_HEADS,
    PRIMARY_SET_CREDIT,
    SECONDARY_SET_CREDIT,
    SIDE_RATIO_LIMIT,
    volume_band,
)


def _given(targets: Iterable[str]) -> bool:
    """Whether any targets were given (an empty string or list gives none)."""
    if isinstance(targets, str):
        return bool(targets.strip())
    return not isinstance(targets, list) or bool(targets)  # else resolve_targets says why


def weekly_volume(
    library: Library, sessions: Sequence[Session], targets: Iterable[str] = ()
) -> list[MuscleVolume]:
    """Weekly hard sets per muscle, counted per R10: 1 for a primary, 0.5 for a secondary.

    A muscle is credited for its heads too (a set for ``deltoid-lateral`` counts for
    ``deltoid``). Every target is listed, with every muscle the sessions train and the whole
    muscle each head belongs to; sorted by id. Targets may be ids, names or aliases; an
    unknown one, or a session that is not one, raises :class:`~mmc.errors.MmcError`.
    """
    if isinstance(targets, Iterable) and not isinstance(targets, str | bytes | Mapping):
        targets = list(targets)
    wanted = resolve_targets(library, targets) if _given(targets) else []
    listed: set[str] = set(wanted)
    sets_of: list[tuple[frozenset[str], frozenset[str], int]] = []
    if isinstance(sessions, str | bytes | Mapping | BaseModel) or not isinstance(
        sessions, Iterable
    ):
        raise MmcError(f"sessions must be a list of sessions, not {type(sessions).__name__}",
                       field="sessions", fix="pass the sessions of a week, e.g. week.days")
    for index, found in enumerate(sessions):
        if isinstance(found, Mapping):
            found = Session.model_validate(dict(found))
        if not isinstance(found, Session):
            raise MmcError(f"sessions[{index}] must be a Session, not {type(found).__name__}",
                           field=f"sessions[{index}]",
                           fix="pass sessions from plan_session or plan_week")
        session = found
        for item in session.items:
            exercise = library.exercises.get(item.exercise)
            primary = frozenset(exercise.primary if exercise else item.primary)
            secondary = frozenset(exercise.secondary if exercise else ())
            sets_of.append((primary, secondary, item.prescription.sets))
            listed.update(primary, secondary)
    for muscle_id in list(listed):
        parent = library.muscles[muscle_id].parent if muscle_id in library.muscles else None
        while parent is not None:
            listed.add(parent)
            parent = library.muscles[parent].parent if parent in library.muscles else None
    volume = []
    for muscle_id in sorted(listed):
        family = frozenset(library.family(muscle_id))
        primary_sets = sum(n for p, _, n in sets_of if family & p)
        secondary_sets = sum(n for p, s, n in sets_of if not family & p and family & s)
        total = PRIMARY_SET_CREDIT * primary_sets + SECONDARY_SET_CREDIT * secondary_sets
        low, high = volume_band(muscle_id)
        status = "under" if total < low else "over" if total > high else "ok"
        muscle = library.muscles.get(muscle_id)
        volume.append(
            MuscleVolume(
                muscle=muscle_id,
                name=muscle.name if muscle else muscle_id,
                sets=total,
                primary_sets=primary_sets,
                secondary_sets=secondary_sets,
                target=muscle_id in wanted,
                status=status,
            )
        )
    return volume


def push_pull(library: Library, sessions: Sequence[Session]) -> tuple[int, int]:
    push = pull = 0
    for session in sessions:
        for item in session.items:
            way = direction(library, item.exercise)
            if way == "push":
                push += item.prescription.sets
            elif way == "pull":
                pull += item.prescription.sets
    return push, pull


def days_training(library: Library, sessions: Sequence[Session], muscle: str) -> int:
    """The days whose lifts train ``muscle`` (or one of its heads) as a primary mover."""
    family = set(library.family(muscle))
    return sum(
        any(family.intersection(library.exercises[i.exercise].primary)
            for i in session.items if i.exercise in library.exercises)
        for session in sessions
    )


def sides(library: Library, sessions: Sequence[Session]) -> tuple[float, float]:
    """R10 sets on muscles of the front and of the back of the body, as the exercises list them."""
    front = back = 0.0
    for session in sessions:
        for item in session.items:
            exercise = library.exercises.get(item.exercise)
            if exercise is None:
                continue
            for ids, credit in (
                (exercise.primary, PRIMARY_SET_CREDIT),
                (exercise.secondary, SECONDARY_SET_CREDIT),
            ):
                for muscle_id in ids:
                    muscle = library.muscles.get(muscle_id)
                    if muscle is None:
                        continue
                    amount = credit * item.prescription.sets
                    if muscle.side == "front":
                        front += amount
                    else:
                        back += amount
    return front, back


def volume_flags(volume: Sequence[MuscleVolume]) -> list[WeekFlag]:
    """R10 flags: a target under its band's lower edge, any muscle over its upper edge."""
    flags = []
    for v in volume:
        low, high = volume_band(v.muscle)
        if v.target and v.status == "under":
            flags.append(
                WeekFlag(
                    kind="under-volume",
                    rule="R10",
                    message=f"{v.name} gets {v.sets:g} weekly sets, under {low:g} "
                    "(a trend, not a cut-off): add days or minutes",
                    muscles=[v.muscle],
                )
            )
        if v.status == "over":
            flags.append(
                WeekFlag(
                    kind="over-volume",
                    rule="R10",
                    message=f"{v.name} gets {v.sets:g} weekly sets, over {high:g}: "
                    "returns diminish",
                    muscles=[v.muscle],
                )
            )
    return flags


def direct_work_flags(
    library: Library, volume: Sequence[MuscleVolume], targets: Sequence[str]
) -> list[WeekFlag]:
    """A head worth cueing on its own (:data:`~mmc.plan.rules.DIRECT_WORK_HEADS`) with no
    exercise that trains it as a primary mover, in a week that trains its muscle."""
    by_id = {v.muscle: v for v in volume}
    flags = []
    for head in DIRECT_WORK_HEADS:
        muscle = library.muscles.get(head)
        if muscle is None or muscle.parent is None:
            continue
        parent = by_id.get(muscle.parent)
        trained = head in targets or (parent is not None and parent.primary_sets > 0)
        mine = by_id.get(head)
        if trained and (mine is None or mine.primary_sets == 0):
            flags.append(
                WeekFlag(
                    kind="no-direct-work",
                    rule="R10",
                    message=f"{muscle.name} gets no direct work: the week's lifts train it only "
                    "as a helper; add an exercise for it",
                    muscles=[head],
                )
            )
    return flags


def ratio_flag(
    kind: Literal["push-pull", "front-back"], a_name: str, a: float, b_name: str, b: float
) -> WeekFlag | None:
    high, low = max(a, b), min(a, b)
    if high == 0 or high <= SIDE_RATIO_LIMIT * low:
        return None
    more, less = (a_name, b_name) if a > b else (b_name, a_name)
    ratio = f"{high / low:.1f} to 1" if low else f"no {less} work"
    return WeekFlag(
        kind=kind,
        rule="convention",
        message=f"{more} {high:g} sets vs {less} {low:g} ({ratio}); balance is a convention: "
        f"beyond {SIDE_RATIO_LIMIT:g} to 1 is flagged",
    )
