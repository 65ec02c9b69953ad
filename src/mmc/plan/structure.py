"""A week's structure: the split for each number of days, the regions each kind of day
trains, push and pull by movement pattern, and a strength week's main lifts.

Every table here is a convention (a practitioner habit, no trial behind it) shaped by R18
(each muscle about twice a week); the rationale of a plan says so wherever one is used.
"""

from __future__ import annotations

__all__ = [
    "DAY_REGIONS",
    "MAIN_LIFTS",
    "MAIN_PATTERNS_BY_DAY",
    "PULL_PATTERNS",
    "PUSH_PATTERNS",
    "REGION_OF_GROUP",
    "REGION_OF_MUSCLE",
    "SPLITS",
]


#: Convention: push/pull balance counts the upper-body compound patterns only; arm isolation,
#: flys and pullovers train one muscle, not a direction of pull (a curl is not a row).
PUSH_PATTERNS = frozenset({"horizontal-push", "vertical-push"})
PULL_PATTERNS = frozenset({"horizontal-pull", "vertical-pull"})


#: R18 + convention: the split for each number of training days. Up to three days every day
#: is full body (each muscle on two of them); four days alternate upper and lower; five add
#: push, pull and legs to an upper/lower pair; six run push/pull/legs twice. Each muscle is
#: trained about twice a week in every split.
SPLITS: dict[int, tuple[str, ...]] = {
    1: ("full",),
    2: ("full", "full"),
    3: ("full", "full", "full"),
    4: ("upper", "lower", "upper", "lower"),
    5: ("upper", "lower", "push", "pull", "legs"),
    6: ("push", "pull", "legs", "push", "pull", "legs"),
    7: ("upper", "lower", "push", "pull", "legs", "upper", "lower"),
}


#: Convention: the regions a kind of day trains.
DAY_REGIONS: dict[str, frozenset[str]] = {
    "full": frozenset({"push", "pull", "legs"}),
    "upper": frozenset({"push", "pull"}),
    "lower": frozenset({"legs"}),
    "push": frozenset({"push"}),
    "pull": frozenset({"pull"}),
    "legs": frozenset({"legs"}),
}


#: Convention: the region of a muscle, by its body group; the entries of REGION_OF_MUSCLE override it
#: (checked for the muscle, then the whole muscle a head belongs to). Trunk muscles go with
#: the legs, as on most lower-body days.
REGION_OF_GROUP: dict[str, str] = {
    "chest": "push",
    "shoulders": "push",
    "arms": "pull",
    "back": "pull",
    "neck": "pull",
    "core": "legs",
    "hips": "legs",
    "legs": "legs",
}


#: Convention: muscles whose region is not their group's (the triceps push, the rear delt
#: pulls).
REGION_OF_MUSCLE: dict[str, str] = {
    "triceps-brachii": "push",
    "deltoid-posterior": "pull",
    "infraspinatus": "pull",
    "erector-spinae": "legs",
}


#: Convention: a strength week is built on the squat, the bench press, the deadlift and the
#: overhead press: each day's main lifts by the kind of day, in turn (a full-body day a lower
#: and an upper lift), and for each pattern the lift to use, first that the kit and level
#: allow (the competition lifts and the press, then their loaded stand-ins).
MAIN_PATTERNS_BY_DAY: dict[str, tuple[tuple[str, ...], ...]] = {
    "full": (("squat", "horizontal-push"), ("hinge", "vertical-push")),
    "upper": (("horizontal-push",), ("vertical-push",)),
    "push": (("horizontal-push",), ("vertical-push",)),
    "lower": (("squat",), ("hinge",)),
    "legs": (("squat",), ("hinge",)),
    "pull": ((),),
}


#: Convention: the lift for each main pattern, the first the kit and level allow.
MAIN_LIFTS: dict[str, tuple[str, ...]] = {
    "squat": ("barbell-back-squat", "barbell-front-squat", "smith-machine-squat", "hack-squat",
              "leg-press", "dumbbell-goblet-squat", "goblet-squat"),
    "hinge": ("barbell-deadlift", "romanian-deadlift", "kettlebell-sumo-deadlift",
              "dumbbell-romanian-deadlift"),
    "horizontal-push": ("barbell-bench-press", "dumbbell-bench-press", "machine-chest-press",
                        "dumbbell-floor-press"),
    "vertical-push": ("barbell-overhead-press", "standing-dumbbell-shoulder-press",
                      "dumbbell-shoulder-press", "machine-shoulder-press"),
}
