"""Substitutes: other exercises that train the same muscles with the same movement pattern."""

from __future__ import annotations

from collections.abc import Iterable

from mmc.errors import MmcError
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.plan.inputs import LEVELS, check_level, resolve_equipment
from mmc.plan.rules import NEVER_PLANNED_PATTERNS
from mmc.suggest import did_you_mean

__all__ = ["TRUNK_HOLD_PATTERNS", "kindred_pattern", "resolve_exercise", "substitute"]

#: Convention: trunk patterns whose exercises hold the spine still against a force that pulls
#: it out of line: forward into extension (a plank), round (a Pallof press), sideways (a side
#: plank, a suitcase carry). A coach swaps one for another when the muscles match, so they
#: rank right after the same pattern.
TRUNK_HOLD_PATTERNS = frozenset({"anti-extension", "anti-rotation", "lateral-flexion", "carry"})


def kindred_pattern(a: str, b: str) -> bool:
    """The same movement pattern, or two trunk holds (:data:`TRUNK_HOLD_PATTERNS`)."""
    return a == b or (a in TRUNK_HOLD_PATTERNS and b in TRUNK_HOLD_PATTERNS)


def resolve_exercise(library: Library, exercise: Exercise | str, *, field: str = "exercise") -> Exercise:
    """The library's exercise for an id (or the exercise itself); an unknown id raises."""
    if isinstance(exercise, Exercise):
        return exercise
    if not isinstance(exercise, str) or exercise not in library.exercises:
        hint = did_you_mean(exercise, library.exercises) if isinstance(exercise, str) else None
        raise MmcError(
            f"unknown exercise {exercise!r}" + (f"; {hint}" if hint else ""),
            field=field,
            fix="use an exercise id from the library, e.g. 'lat-pulldown'",
        )
    return library.exercises[exercise]


def _roots(library: Library, ids: Iterable[str]) -> set[str]:
    return {library.root(muscle_id) for muscle_id in ids}


def _related(library: Library, a: str, b: str) -> bool:
    """The same muscle, or one a head of the other (the front and side delt are not)."""
    return a == b or b in library.family(a) or a in library.family(b)


def substitute(
    library: Library,
    exercise: Exercise | str,
    *,
    equipment: Iterable[str] | None = None,
    level: str = "advanced",
    limit: int = 5,
) -> list[Exercise]:
    """Other exercises that could replace ``exercise``, best first.

    A candidate must train at least one of the exercise's primary muscles as a primary
    mover: the muscle itself, one of its heads, or the whole muscle it is a head of (never
    a sibling head: a front raise does not replace a lateral raise), be possible with ``equipment`` (bodyweight is always there;
    ``None`` means any equipment) and be at or below ``level``. Ranked by: the same movement
    pattern first, then another trunk hold for a trunk hold (a Pallof press for a side plank); more of the same primary muscles, then of their whole muscles; an
    exercise the library links as an easier variation or a variation before others; fewer
    primary muscles the original does not train; the closest level; then the id. Imported
    exercises (no mind-muscle cues of their own) come last. A combination lift (a thruster:
    :data:`~mmc.plan.rules.NEVER_PLANNED_PATTERNS`) is never offered.

    Raises :class:`~mmc.errors.MmcError` for an unknown exercise, equipment or level.
    """
    original = resolve_exercise(library, exercise)
    top = LEVELS[check_level(level)]
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise MmcError(f"limit must be a whole number >= 1, not {limit!r}", field="limit",
                       fix="use e.g. 5")
    have = None if equipment is None else {*resolve_equipment(equipment), "bodyweight"}
    mine = set(original.primary)
    my_roots = _roots(library, mine)
    linked = set(original.easier) | set(original.variations)
    ranked = []
    for candidate in library.exercises.values():
        if candidate.id == original.id or LEVELS[candidate.level] > top:
            continue
        if candidate.pattern in NEVER_PLANNED_PATTERNS:
            continue  # a combination lift: no one target to attend to (convention)
        if have is not None and not have.issuperset(candidate.equipment):
            continue
        roots = _roots(library, candidate.primary)
        if not any(_related(library, m, c) for m in mine for c in candidate.primary):
            continue  # a head asked for is not served by its sibling (no front raise here)
        key = (
            candidate.imported,
            candidate.pattern != original.pattern,
            not kindred_pattern(candidate.pattern, original.pattern),
            -len(mine.intersection(candidate.primary)),
            -len(roots & my_roots),
            candidate.id not in linked,
            len(roots - my_roots),
            abs(LEVELS[candidate.level] - LEVELS[original.level]),
            candidate.id,
        )
        ranked.append((key, candidate))
    ranked.sort(key=lambda pair: pair[0])
    return [candidate for _, candidate in ranked[:limit]]
