"""Progression under a weak mind-muscle connection: lighter, slower, then a swap away from
where the set was felt (R1, R7, conventions).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.prescription import Prescription
from mmc.model.session import RuleNote
from mmc.model.tempo import Tempo
from mmc.model.training import Decision, Progression, SetLog
from mmc.plan.increments import Increments
from mmc.plan.inputs import LEVELS
from mmc.plan.progress_context import Context, shared
from mmc.plan.progress_top import slower_tempo
from mmc.plan.rules import (
    CONNECTION_LOW,
    LOAD_DROP,
    LOAD_FLOOR,
    SWAP_AFTER,
)
from mmc.plan.substitution import kindred_pattern, substitute


def low_connection(
    prescription: Prescription,
    logs: list[SetLog],
    steps: Increments,
    past: list[Progression],
    context: Context,
    weight: float,
    mean: float,
    notes: list[RuleNote],
    common: dict[str, Any],
) -> Progression:
    """A weak connection: cut (with a floor) and slow down; a run of them ends in a swap."""
    streak = 1
    start = weight
    for earlier in reversed(past):
        if earlier.connection is None or earlier.connection >= CONNECTION_LOW:
            break
        streak += 1
        if earlier.last_weight is not None:
            start = earlier.last_weight
    felt = Counter(m for log in logs for m in log.felt_in)
    where = ", ".join(m for m, _ in sorted(felt.items(), key=lambda kv: (-kv[1], kv[0])))
    instead = f" It was felt in {where} instead." if where else ""
    if streak >= SWAP_AFTER:
        return _swap(prescription, context, weight, mean, streak, felt, instead, notes, common)
    tempo = slower_tempo(prescription.tempo)
    rx = prescription.model_copy(update={"tempo": tempo})
    floor = start * LOAD_FLOOR
    if context.kind in ("bodyweight", "band"):
        next_weight = weight
        cut_note = RuleNote(
            rule="R1",
            decision="keep the load, slow down",
            reason=f"average connection {mean:.1f} of 5; a {context.kind} exercise has no load "
            "to take off",
        )
    else:
        next_weight = steps.next_down(context.kind, weight, at_most=weight * (1 - LOAD_DROP),
                                      floor=floor)
        if next_weight < weight:
            cut_note = RuleNote(
                rule="R1",
                decision=f"lower the load to {next_weight:g}",
                reason=f"average connection {mean:.1f} of 5: the target muscle is not leading "
                f"(about 10% off, never below {100 * LOAD_FLOOR:g}% of {start:g}, a convention)",
            )
        else:
            cut_note = RuleNote(
                rule="convention",
                decision=f"keep the load at {weight:g}",
                reason=f"no lighter {context.kind} step lies between 10% off and the floor of "
                f"{100 * LOAD_FLOOR:g}% of {start:g}",
            )
    notes.append(cut_note)
    notes.extend(_tempo_notes(prescription, tempo))
    load_text = f"lift {next_weight:g}" if context.kind not in ("bodyweight", "band") else (
        "keep the same variation")
    explanation = (
        f"The connection was weak (average {mean:.1f} of 5).{instead} Next time {load_text} "
        f"at {tempo} and flex the target muscle before each set; progress again only once it "
        "is clearly felt."
    )
    decision: Decision = "lower-load" if next_weight < weight else "keep-load"
    return Progression(decision=decision, prescription=rx, weight=next_weight,
                       explanation=explanation, rationale=notes, **common)



def _tempo_notes(prescription: Prescription, tempo: Tempo) -> list[RuleNote]:
    """The R7 (slower tempo) and R2 (no explosive concentric) notes of a low connection."""
    found: list[RuleNote] = []
    if tempo != prescription.tempo:
        found.append(
            RuleNote(
                rule="R7",
                decision=f"slow the tempo to {tempo}",
                reason="more time in each phase to feel the muscle; a rep stays <= 8 s",
            )
        )
    else:
        found.append(
            RuleNote(
                rule="R7",
                decision=f"keep the tempo at {tempo}",
                reason="a rep already takes 8 s; slower adds nothing for growth",
            )
        )
    if prescription.tempo.is_explosive:
        found.append(
            RuleNote(
                rule="R2",
                decision="controlled concentric instead of X",
                reason="a muscle cue adds nothing to an explosive concentric",
            )
        )
    return found


def felt_load(library: Library | None, felt: Iterable[str], exercise: Exercise) -> tuple[int, int]:
    """How many of the ``felt`` muscles ``exercise`` trains, as a primary and as a
    secondary mover."""
    felt = list(felt)
    return (shared(library, felt, exercise.primary), shared(library, felt, exercise.secondary))


def swap_candidates(context: Context, felt: Iterable[str] = ()) -> list[Exercise]:
    """Easier variations and substitutes for a low connection: a primary muscle in common,
    no higher level than the lifter's (or the exercise's own), usable with the lifter's
    equipment, and the same movement pattern (or another trunk hold for a trunk hold); when the set was felt in other muscles
    (``felt_in``), an isolation exercise for the target too (a fly for a bench press felt
    in the front delt and triceps). Ranked away from where the set was felt: fewest felt
    muscles as primary movers; then, when a helper was felt, isolation lifts first; then
    fewest felt muscles as helpers; then the same pattern, linked easier variations, then the
    substitute order."""
    if context.exercise is None or context.library is None:
        return []
    original = context.exercise
    cap = context.level if context.level is not None else LEVELS[original.level]
    equipment = None if context.equipment is None else sorted(context.equipment)
    pool = context.usable(original.easier)
    for candidate in substitute(context.library, original, equipment=equipment, limit=40):
        if candidate.id not in {e.id for e in pool}:
            pool.append(candidate)
    felt_set = set(felt) - set(original.primary)
    isolation = bool(felt_set) and original.mechanic == "compound"
    kept = [e for e in pool
            if (kindred_pattern(e.pattern, original.pattern) or (
                isolation and e.mechanic == "isolation"
                and shared(context.library, original.primary, e.primary) == len(e.primary)))
            and LEVELS[e.level] <= cap
            and shared(context.library, original.primary, e.primary) > 0]
    # Never a swap that loads where the set was felt more than the original does: more felt
    # muscles, or a compound lift whose helpers include one (an upright row for a lateral
    # raise felt in the upper traps) when the original was an isolation lift (convention).
    here = felt_load(context.library, felt_set, original)
    kept = [e for e in kept if not _loads_more(context.library, felt_set, original, here, e)]
    order = {e.id: i for i, e in enumerate(kept)}
    kept.sort(key=lambda e: (
        felt_load(context.library, felt_set, e)[0],
        # A helper took over a compound lift: the target alone, in an isolation lift, first.
        isolation and e.mechanic != "isolation",
        felt_load(context.library, felt_set, e)[1],
        e.pattern != original.pattern,
        order[e.id],
    ))
    return kept[:5]


def _loads_more(library: Library | None, felt: set[str], original: Exercise,
                here: tuple[int, int], candidate: Exercise) -> bool:
    """``candidate`` works the ``felt`` muscles more than ``original`` (whose count is
    ``here``)."""
    if not felt:
        return False
    load = felt_load(library, felt, candidate)
    return (load[0] > here[0] or sum(load) > sum(here)
            or (original.mechanic == "isolation" and candidate.mechanic == "compound"
                and load[1] > 0))


def _swap(
    prescription: Prescription,
    context: Context,
    weight: float,
    mean: float,
    streak: int,
    felt: Counter[str],
    instead: str,
    notes: list[RuleNote],
    common: dict[str, Any],
) -> Progression:
    """A run of low sessions: suggest other exercises, away from where the set was felt."""
    swaps = swap_candidates(context, felt)
    notes.append(
        RuleNote(
            rule="convention",
            decision="swap the exercise" + (f": {swaps[0].name}" if swaps else ""),
            reason=f"the connection stayed under {CONNECTION_LOW:g} for {streak} sessions in "
            "a row after lighter loads and a slower tempo: another exercise may let the "
            "muscle lead (an easier variation first, then a substitute)",
        )
    )
    names = ", ".join(e.name for e in swaps[:3])
    helpers = [m for m in felt if context.exercise is not None
               and m not in context.exercise.primary]
    setup = (" First check the set-up and the common mistakes on its page: a helper "
             "taking over is often a set-up fault." if helpers else "")
    why = "the same movement"
    if helpers and swaps and context.exercise is not None:
        spared = (felt_load(context.library, helpers, swaps[0])
                  < felt_load(context.library, helpers, context.exercise))
        why = ("chosen to work " + ", ".join(sorted(helpers)) + " less" if spared
               else "none of them spares " + ", ".join(sorted(helpers)))
    explanation = (
        f"The connection has been weak for {streak} sessions (average {mean:.1f} of 5 "
        f"today).{instead}{setup} Lighter loads and a slower tempo did not bring it back: "
        "try "
        + (f"{names} instead ({why})." if swaps else "another exercise for the same muscle.")
    )
    return Progression(decision="swap", prescription=prescription, weight=weight,
                       next_exercise=swaps[0].id if swaps else None,
                       alternatives=[e.id for e in swaps], explanation=explanation,
                       rationale=notes, **common)
