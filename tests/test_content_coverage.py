"""Breadth of the bundled library (issue 14).

The planner can only build a programme from what the library holds, so these tests read
``content/`` as shipped and check that every common equipment setting can train every major
muscle, that unilateral exercises are dosed per side, holds in seconds and carries in metres,
and that the easier/harder links form chains without loops.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import pairwise
from pathlib import Path

from mmc.content.loader import check_content
from mmc.model.exercise import Exercise
from mmc.model.library import Library

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"


@cache
def library() -> Library:
    result = check_content(CONTENT, bundled=False, packs=False)
    assert not result.problems, [str(p) for p in result.problems]
    assert result.library is not None
    return result.library


# -- the exercises the issue names ------------------------------------------------------------

#: Exercises issue 14 found missing ("gaps that break plans") and the common lifts a coach expects.
REQUIRED = (
    "dumbbell-romanian-deadlift",  # a hinge with dumbbells
    "dumbbell-bent-over-row",  # a row without a bench ...
    "staggered-stance-dumbbell-row",  # ... and a one-arm one
    "dumbbell-goblet-squat",  # the goblet squat without a kettlebell
    "standing-dumbbell-overhead-triceps-extension",  # overhead triceps without a bench
    "machine-chest-press",
    "machine-row",
    "hack-squat",
    "smith-machine-squat",  # the Smith machine is a 'machine' in the vocabulary
    "cable-curl",
    "leg-press",
    "seated-leg-curl",
    "lying-leg-curl",
    "leg-extension",
    "close-grip-lat-pulldown",
    "single-arm-lat-pulldown",
    "leaning-dumbbell-lateral-raise",
    "machine-lateral-raise",
    "band-lateral-raise",
    "dumbbell-hip-thrust",
    "single-leg-glute-bridge",
)


def test_the_exercises_the_issue_names_exist() -> None:
    missing = [e for e in REQUIRED if e not in library().exercises]
    assert not missing, missing


# -- per side, seconds, metres ----------------------------------------------------------------

#: A name or id that says the exercise is done one limb at a time.
UNILATERAL = re.compile(r"single-arm|single-leg|one-arm|one-leg|split|lunge|step-up|archer|pistol"
                        r"|skater", re.I)
#: Names of holds, dosed in seconds.
HOLD = re.compile(r"\bplank\b|wall sit|\bhold\b", re.I)
#: Names of carries, dosed in metres.
CARRY = re.compile(r"\bcarry\b|\bwalk\b", re.I)


def _says(pattern: re.Pattern[str], exercise: Exercise) -> bool:
    return bool(pattern.search(exercise.id) or pattern.search(exercise.name.replace(" ", "-"))
                or pattern.search(exercise.name))


def test_unilateral_exercises_are_dosed_per_side() -> None:
    lib = library()
    named = [e for e in lib.exercises.values() if _says(UNILATERAL, e)]
    assert len(named) >= 10, "the rule needs exercises to guard"
    unmarked = [e.id for e in named if not e.per_side]
    assert not unmarked, f"unilateral by name but not per_side: {unmarked}"


def test_holds_are_dosed_in_seconds_and_carries_in_metres() -> None:
    lib = library()
    holds = [e for e in lib.exercises.values() if _says(HOLD, e)]
    carries = [e for e in lib.exercises.values() if _says(CARRY, e) or e.pattern == "carry"]
    assert holds, "the rule needs a hold to guard"
    assert [e.id for e in holds if e.measure != "seconds"] == []
    assert [e.id for e in carries if e.measure != "metres"] == []
    for exercise in lib.exercises.values():
        if exercise.measure == "metres":
            assert exercise.pattern == "carry", exercise.id


# -- easier / harder / variations -------------------------------------------------------------


def harder_graph(exercises: Mapping[str, Exercise]) -> dict[str, set[str]]:
    """``a -> b`` when b is harder than a, read from both ``harder`` and ``easier`` links."""
    graph: dict[str, set[str]] = {name: set() for name in exercises}
    for exercise in exercises.values():
        for other in exercise.harder:
            graph[exercise.id].add(other)
        for other in exercise.easier:
            graph.setdefault(other, set()).add(exercise.id)
    return graph


def find_cycle(graph: Mapping[str, set[str]]) -> list[str] | None:
    """One loop in ``graph`` as a list of nodes, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_cycle_finder_finds_a_loop() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_every_link_resolves_and_harder_never_loops() -> None:
    lib = library()
    broken = [
        f"{e.id}.{relation} -> {other}"
        for e in lib.exercises.values()
        for relation in ("easier", "harder", "variations")
        for other in getattr(e, relation)
        if other not in lib.exercises or other == e.id
    ]
    assert not broken, broken
    cycle = find_cycle(harder_graph(lib.exercises))
    assert cycle is None, " -> ".join(cycle or [])
    both = [
        f"{e.id} / {other}"
        for e in lib.exercises.values()
        for other in set(e.easier) & set(e.harder)
    ]
    assert not both, f"linked as both easier and harder: {both}"


def _chain(lib: Library, path: Sequence[str]) -> list[str]:
    """The steps of ``path`` that are not linked as a harder step of the one before."""
    graph = harder_graph(lib.exercises)
    return [f"{a} -> {b}" for a, b in pairwise(path) if b not in graph[a]]


def test_bodyweight_progressions_are_chains() -> None:
    lib = library()
    chains = [
        ["bodyweight-squat", "bodyweight-split-squat", "dumbbell-split-squat",
         "bulgarian-split-squat"],
        ["bodyweight-squat", "dumbbell-goblet-squat", "barbell-back-squat"],
        ["glute-bridge", "single-leg-glute-bridge", "barbell-hip-thrust"],
        ["band-seated-row", "staggered-stance-dumbbell-row", "dumbbell-bent-over-row",
         "barbell-bent-over-row"],
    ]
    missing = [step for chain in chains for step in _chain(lib, chain)]
    assert not missing, missing
