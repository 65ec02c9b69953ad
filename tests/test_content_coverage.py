"""Breadth of the bundled library (issue 14).

The planner can only build a programme from what the library holds, so these tests read
``content/`` as shipped and check that every common equipment setting can train every major
muscle, that unilateral exercises are dosed per side, holds in seconds and carries in metres,
and that the easier/harder links form chains without loops.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest

from mmc.content.loader import check_content
from mmc.model.common import EQUIPMENT
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
    "nordic-curl",
    "slider-leg-curl",
    "barbell-deadlift",
)


def test_the_exercises_the_issue_names_exist() -> None:
    missing = [e for e in REQUIRED if e not in library().exercises]
    assert not missing, missing


# -- equipment settings x major muscles -----------------------------------------------------

#: The equipment settings a plan is asked for. Bodyweight is always available (the planner's
#: rule, Library.exercises_possible_with), so floor exercises count in every setting. Household
#: things count as bodyweight: a door frame to row from, a towel or sliders on a smooth floor, a
#: sofa or a partner to hook the heels under, a stair, a kitchen counter.
SETTINGS: dict[str, frozenset[str]] = {
    # The floor and a bar to hang from (a doorway bar): what "bodyweight training" means in
    # practice, since nothing else lets you pull your own weight vertically.
    "bodyweight": frozenset({"bodyweight", "pull-up-bar"}),
    # Dumbbells and nothing else: no bench, so presses and extensions happen on the floor or
    # standing.
    "dumbbells": frozenset({"dumbbell"}),
    # The usual home gym: dumbbells and an adjustable bench.
    "home-dumbbells": frozenset({"dumbbell", "bench"}),
    # Resistance bands, with a door anchor or a post to fix them to.
    "bands": frozenset({"band"}),
    # A gym floor of machines and cable stations; a Smith machine and a hack squat are machines.
    "machines": frozenset({"machine", "cable"}),
    # Everything in the vocabulary.
    "full-gym": frozenset(EQUIPMENT),
}
#: The muscles a coach programmes directly, each as the ids that count for it (with their heads).
MAJOR: dict[str, tuple[str, ...]] = {
    "chest": ("pectoralis-major",),
    "lats": ("latissimus-dorsi",),
    "upper back": ("rhomboids", "trapezius-middle"),
    "front delts": ("deltoid-anterior",),
    "side delts": ("deltoid-lateral",),
    "rear delts": ("deltoid-posterior",),
    "biceps": ("biceps-brachii",),
    "triceps": ("triceps-brachii",),
    "quads": ("quadriceps",),
    "hamstrings": ("hamstrings",),
    "glutes": ("gluteus-maximus",),
    "calves": ("calves",),
    "abs": ("rectus-abdominis",),
    "obliques": ("obliques",),
}
#: Each major muscle has at least this many exercises (as a primary) in each setting ...
ENOUGH = 2
#: ... except where that is not physically sensible: (setting, muscle) -> (the most there can
#: be, why).
EXCEPTIONS: dict[tuple[str, str], tuple[int, str]] = {
    ("bodyweight", "side delts"): (
        0, "raising the arm out to the side has nothing to resist it but the arm's own weight; "
           "the pike push-up trains the front delts, not the side",
    ),
    ("bodyweight", "rear delts"): (
        1, "only the prone T raise isolates them; rows from a door frame or a bar reach them "
           "as helpers",
    ),
}
#: The loaded settings must also train each major muscle with their own equipment (not only
#: with floor exercises) at least ENOUGH times, except where bodyweight is the natural tool:
#: (setting, muscle) -> (the most there can be, why).
OWN_EXCEPTIONS: dict[tuple[str, str], tuple[int, str]] = {
    ("dumbbells", "abs"): (0, "trunk flexion and anti-extension need no dumbbell; loaded "
                              "crunches are not beginner work"),
    ("home-dumbbells", "abs"): (0, "as for dumbbells"),
    ("bands", "abs"): (0, "a band adds nothing a plank or a dead bug needs"),
    ("dumbbells", "obliques"): (1, "the suitcase carry; side planks and bicycle crunches "
                                   "need no load"),
    ("home-dumbbells", "obliques"): (1, "as for dumbbells"),
    ("bands", "obliques"): (1, "the band Pallof press; the rest is floor work"),
    ("machines", "abs"): (1, "the cable crunch; the floor does the rest"),
    ("dumbbells", "calves"): (1, "a single-leg calf raise with a dumbbell; two-leg raises need "
                                 "more load than dumbbells give"),
    ("bands", "calves"): (0, "a band cannot load a calf raise more than a single-leg raise on a "
                             "stair already does"),
}
OWN_SETTINGS = ("dumbbells", "home-dumbbells", "bands", "machines")


def _training(lib: Library, equipment: frozenset[str], muscle: str) -> list[Exercise]:
    family = {f for mid in MAJOR[muscle] for f in lib.family(mid)}
    return [e for e in lib.exercises_possible_with(equipment) if family & set(e.primary)]


def test_the_library_is_broad() -> None:
    assert len(library().exercises) >= 150


def test_every_setting_trains_every_major_muscle() -> None:
    lib = library()
    short: list[str] = []
    for setting, equipment in SETTINGS.items():
        for muscle in MAJOR:
            found = len(_training(lib, equipment, muscle))
            most, _why = EXCEPTIONS.get((setting, muscle), (None, ""))
            if most is None and found < ENOUGH:
                short.append(f"{setting} x {muscle}: {found}")
            if most is not None:
                # An exception that no longer holds must be removed, not kept as slack.
                assert found < ENOUGH, f"{setting} x {muscle} has {found}: drop the exception"
                assert found >= most, f"{setting} x {muscle}: {found} < {most}"
    assert not short, short


def test_loaded_settings_use_their_own_equipment() -> None:
    lib = library()
    short: list[str] = []
    for setting in OWN_SETTINGS:
        equipment = SETTINGS[setting]
        for muscle in MAJOR:
            own = [e for e in _training(lib, equipment, muscle)
                   if set(e.equipment) & (equipment - {"bodyweight"})]
            most, _why = OWN_EXCEPTIONS.get((setting, muscle), (None, ""))
            if most is None and len(own) < ENOUGH:
                short.append(f"{setting} x {muscle}: {[e.id for e in own]}")
            if most is not None:
                assert len(own) < ENOUGH, f"{setting} x {muscle}: drop the exception"
                assert len(own) >= most, f"{setting} x {muscle}: {len(own)} < {most}"
    assert not short, short


#: A beginner plan (level="beginner") uses only beginner exercises, so each setting also has at
#: least one beginner exercise per major muscle, except: (setting, muscle) -> why.
BEGINNER_EXCEPTIONS: dict[tuple[str, str], str] = {
    ("bodyweight", "side delts"): "nothing loads them without equipment (see EXCEPTIONS)",
    ("bodyweight", "triceps"): "the bodyweight triceps exercises press most of the body's "
                               "weight; beginners train them through knee push-ups",
}


def test_every_setting_has_beginner_work_for_every_major_muscle() -> None:
    lib = library()
    short: list[str] = []
    for setting, equipment in SETTINGS.items():
        for muscle in MAJOR:
            found = [e for e in _training(lib, equipment, muscle) if e.level == "beginner"]
            if (setting, muscle) in BEGINNER_EXCEPTIONS:
                assert not found, f"{setting} x {muscle}: drop the beginner exception"
            elif not found:
                short.append(f"{setting} x {muscle}")
    assert not short, short


def test_coverage_checks_fail_on_a_thinner_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """The two checks above must be able to fail: without the side plank, the bicycle crunch,
    the doorway row, the negative chin-up and the scapular pull-up, bodyweight training has
    no obliques and no beginner lat work."""
    lib = library()
    gone = {"side-plank", "bicycle-crunch", "doorway-row", "negative-chin-up", "scapular-pull-up"}
    thinner = Library(
        muscles=lib.muscles.values(),
        exercises=[e for e in lib.exercises.values() if e.id not in gone],
        drills=lib.drills.values(),
        pages=lib.pages.values(),
    )
    monkeypatch.setattr(sys.modules[__name__], "library", lambda: thinner)
    with pytest.raises(AssertionError, match="bodyweight x obliques"):
        test_every_setting_trains_every_major_muscle()
    with pytest.raises(AssertionError, match="bodyweight x lats"):
        test_every_setting_has_beginner_work_for_every_major_muscle()


def test_settings_and_exceptions_name_real_things() -> None:
    lib = library()
    for equipment in SETTINGS.values():
        assert equipment <= set(EQUIPMENT)
    for ids in MAJOR.values():
        assert all(mid in lib.muscles for mid in ids), ids
    for setting, muscle in [*EXCEPTIONS, *OWN_EXCEPTIONS, *BEGINNER_EXCEPTIONS]:
        assert setting in SETTINGS and muscle in MAJOR, (setting, muscle)


# -- safety ------------------------------------------------------------------------------------

#: Barbell lifts a coach would not let anyone do heavy without pins, a spotter or a word on
#: breathing.
BARBELL_PATTERNS = {"squat", "hinge", "horizontal-push", "vertical-push", "lunge"}


def test_heavy_barbell_and_sled_lifts_carry_safety_notes() -> None:
    lib = library()
    needing = [
        e for e in lib.exercises.values()
        if ("barbell" in e.equipment and e.pattern in BARBELL_PATTERNS)
        or re.search(r"smith|hack-squat", e.id)
    ]
    assert len(needing) >= 8, "the rule needs lifts to guard"
    bare = [e.id for e in needing if not e.safety]
    assert not bare, bare


# -- per side, seconds, metres ----------------------------------------------------------------

#: A name or id that says the exercise is done one limb at a time.
UNILATERAL = re.compile(r"single-arm|single-leg|one-arm|one-leg|split|lunge|step-up|archer|pistol"
                        r"|skater", re.I)
#: Names of holds, dosed in seconds.
HOLD = re.compile(r"\bplank\b|wall sit|\bhold\b", re.I)
#: Names of carries, dosed in metres.
CARRY = re.compile(r"\bcarry\b|farmer", re.I)


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
        ["wall-push-up", "incline-push-up", "push-up", "band-push-up", "archer-push-up"],
        ["push-up", "pike-push-up", "feet-elevated-pike-push-up"],
        ["doorway-row", "inverted-row", "feet-elevated-inverted-row"],
        ["band-assisted-pull-up", "negative-chin-up", "chin-up"],
        ["bodyweight-split-squat", "skater-squat", "pistol-squat"],
        ["slider-leg-curl", "nordic-curl"],
        ["standing-calf-raise", "single-leg-calf-raise", "single-leg-dumbbell-calf-raise"],
        ["plank", "hollow-hold"],
        ["hanging-knee-raise", "hanging-leg-raise"],
    ]
    missing = [step for chain in chains for step in _chain(lib, chain)]
    assert not missing, missing
