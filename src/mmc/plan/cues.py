"""The cues a plan shows for an exercise under a goal (R1-R3, R5).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mmc.model.cue import Cue, rep_cue_phases
from mmc.model.exercise import Exercise
from mmc.model.session import Goal
from mmc.model.tempo import Tempo
from mmc.plan.goal_rules import GOAL_RULES


def select_cues(
    exercise: Exercise,
    *,
    goal: Goal,
    tempo: Tempo,
    targets: Iterable[str] = (),
) -> list[Cue]:
    """The cues to show for an exercise under a goal, in the order a rep meets them.

    The goal decides the focus (muscle and body cues for MMC work, R1; environment and body
    cues for strength, R3); an explosive concentric never gets a muscle cue (R2). One cue per phase of the goal comes
    first, preferring cues that point at a target muscle; spare room takes the rest.
    """
    rules = GOAL_RULES[goal]
    wanted = set(targets)
    order = {phase: i for i, phase in enumerate(rules.cue_phases)}
    # Indices into exercise.cues, best first: a cue for a target muscle, then content order.
    pool = sorted(
        (
            i
            for i, cue in enumerate(exercise.cues)
            if cue.focus in rules.focus
            and not (tempo.is_explosive and cue.focus == "muscle")
            and cue.phase in order
        ),
        key=lambda i: (exercise.cues[i].muscle not in wanted, i),
    )
    chosen: list[int] = []
    for phase in rules.cue_phases:
        first = next((i for i in pool if exercise.cues[i].phase == phase), None)
        if first is not None and len(chosen) < rules.max_cues:
            chosen.append(first)
    for i in pool:
        if len(chosen) >= rules.max_cues:
            break
        if i not in chosen:
            chosen.append(i)
    key = _key_body_cue(exercise) if "body" in rules.focus else None
    bodies = [i for i in chosen if exercise.cues[i].focus == "body"]
    loaded_trunk = exercise.pattern in ("squat", "hinge")
    if key is not None and key not in chosen and (not bodies or loaded_trunk):
        # Technique and safety: every exercise keeps a body cue, and a squat or hinge its
        # brace or flat-back cue, ahead of a second or third muscle cue (convention).
        if len(chosen) >= rules.max_cues:
            muscles = [i for i in chosen if exercise.cues[i].focus == "muscle"]
            others = [i for i in chosen if i not in muscles and i not in bodies]
            drop = (muscles[1:] or others or bodies or chosen)[-1]
            chosen.remove(drop)
        chosen.append(key)
    # The order a rep meets the cue phases (set-up and breathing before the rep; a rep that
    # starts with the lift meets its concentric first), the same rule as the cards.
    order_of = ("setup", "breathing", *rep_cue_phases(exercise.starts_with))
    phases = {phase: i for i, phase in enumerate(order_of)}
    chosen.sort(key=lambda i: (phases[exercise.cues[i].phase], i))
    return [exercise.cues[i] for i in chosen]


_SAFETY_WORDS = re.compile(r"\b(brac\w*|flat|neutral)\b", re.IGNORECASE)


def _key_body_cue(exercise: Exercise) -> int | None:
    """The exercise's key technique cue: a brace or flat-back body cue first, then a set-up
    body cue, then its first body cue; None when it has no body cue."""
    body = [i for i, cue in enumerate(exercise.cues) if cue.focus == "body"]
    if not body:
        return None
    safe = [i for i in body if _SAFETY_WORDS.search(exercise.cues[i].text)]
    setup = [i for i in body if exercise.cues[i].phase == "setup"]
    return (safe or setup or body)[0]
