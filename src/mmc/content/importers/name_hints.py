"""What an exercise's name says besides its pattern: equipment, holds and carries, one-sided
work, and the categories mmc does not import (stretches, olympic lifts, cardio).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "infer_category",
    "infer_equipment",
    "infer_measure",
    "infer_per_side",
    "normalise_name",
    "refine_equipment",
    "smith_machine",
    "stated_equipment",
]


def normalise_name(name: str) -> str:
    """Lower-case ASCII words separated by single spaces ("Pull-Up (wide)" -> "pull up wide",
    "Jalón" -> "jalon")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


_EQUIPMENT_RULES: list[tuple[str, str]] = [
    (r"scott( machine| bench)?|preacher bench", "bench"),
    (r"smith( machine)?|leg press(es)?|hack squats?|pec deck|lever|machines?|maquina|sled"
     r"|hammer strength|multi ?press|leg extensions?|leg curls?|(seated|sitting) calf", "machine"),
    (r"polea|pulley", "cable"),
    (r"mancuernas?|manubri", "dumbbell"),
    (r"barbell|bar bell|bb|trap bar|hex bar|landmine|axle|log|yoke|rack pulls?", "barbell"),
    (r"ez( curl)? bar|ez bar|e z( curl)? bar|ez|sz bar|sz", "ez-bar"),
    (r"dumbbells?|dumbells?|db", "dumbbell"),
    (r"kettlebells?|kb", "kettlebell"),
    # A rope is a cable attachment, but not the rope of a climb or a wrist roller.
    (r"cables?|pulley|cable crossover|rope(?! (climbs?|forearms?))|lat pull ?downs?"
     r"|pull ?downs?|face pulls?", "cable"),
    (r"bands?|banded|resistance band|mini band|tubing", "band"),
    (r"plates?|weight plate", "plate"),
    (r"pull ?ups?|chin ?ups?|chins|hanging|muscle ?ups?|toes to bar|inverted rows?|body rows?",
     "pull-up-bar"),
    (r"bench (dips?|press(es)?)|incline|decline|benches|bench", "bench"),
    (r"push ?ups?|press ?ups?|planks?|crunch(es)?|sit ?ups?|burpees?|lunges?|air squats?"
     r"|bodyweight|body weight|bridges?|dips?|mountain climbers?|jumps?|hops?|bounds?"
     r"|superman|bird dogs?|dead bugs?|v ?ups?|leg raises?|flutter kicks?|wall sits?"
     r"|hollow|hyper ?extensions?|back extensions?|step ?ups?|pistols?|nordic", "bodyweight"),
    (r"medicine ball|med ball|stability ball|swiss ball|exercise ball|bosu|ball|sandbag"
     r"|atlas stones?|stones?|tires?|keg|sledge ?hammer|towel|rings?|trx|suspension"
     r"|farmers? walk|farmers?|rickshaw|car|chains?|hand grips?|grippers?|fingerboards?"
     r"|hangboards?", "other"),
]
#: Equipment a lift implies by convention when the name names none ("Sumo Deadlift" is a
#: barbell lift, "Triceps Pushdown" a cable one); only consulted when no rule above matched.
_IMPLIED_RULES: list[tuple[str, str]] = [
    (r"dead ?lifts?|good ?mornings?|(back|front|overhead|box|zercher|speed) squats?"
     r"|push press(es)?|rack (pulls?|dead ?lifts?)|t bar|military press(es)?|bench press(es)?"
     r"|shotgun rows?|high pulls?|supino( (inclinado|reto|declinado))?", "barbell"),
    (r"kroc rows?|one arm (bent (over )?)?rows?", "dumbbell"),
    (r"(seated|sitting) rows?|rowing seated|seated rowing", "cable"),
    (r"dragon ?flags?", "bench"),
    (r"dead ?hangs?|hangs?", "pull-up-bar"),
    (r"bayesian curls?", "cable"),
    (r"lateral walks?", "band"),
    (r"belt squats?|glute drives?|pendular hacks?", "machine"),
    (r"parallel bar holds?|glider", "other"),
    (r"push ?downs?|face ?pulls?|pallof|wood ?chops?|jalon(es)?|pull ?overs? polea", "cable"),
    (r"butterfly|chest press(es)?|roman chair|(hip )?adductions?|(hip )?abductions?",
     "machine"),
    (r"preacher", "bench"),
    (r"(hindu|air|bodyweight|cossack) squats?|dead ?bugs?|scissors|calf raises?|l holds?"
     r"|wall angels?|handstands?|floor glute ham raises?|ywts?|y w ts?"
     r"|external rotations?|scapular retractions?", "bodyweight"),
]
_EQUIPMENT_COMPILED = [
    (re.compile(rf"(?<![a-z0-9])(?:{rx})(?![a-z0-9])"), eq) for rx, eq in _EQUIPMENT_RULES
]
_IMPLIED_COMPILED = [
    (re.compile(rf"(?<![a-z0-9])(?:{rx})(?![a-z0-9])"), eq) for rx, eq in _IMPLIED_RULES
]


def infer_equipment(name: str) -> tuple[str, ...]:
    """Equipment a name states, most specific first (``Cable Crunch`` -> ``cable``;
    ``Incline Dumbbell Press`` -> ``dumbbell, bench``; ``Push-Up`` -> ``bodyweight``).

    Bodyweight is only named when nothing else is.
    """
    found, text = _stated(name)
    if found:
        return found
    for regex, equipment in _IMPLIED_COMPILED:
        if regex.search(text):
            return (equipment,)
    return ()


def stated_equipment(text: str) -> tuple[str, ...]:
    """The equipment a text names in so many words (no conventions: "deadlift" alone says
    nothing), as :func:`infer_equipment` orders it."""
    return _stated(text)[0]


def _stated(name: str) -> tuple[tuple[str, ...], str]:
    """The equipment words of a name, and the name with them blanked out."""
    text = f" {normalise_name(name)} "
    found: list[str] = []
    for regex, equipment in _EQUIPMENT_COMPILED:
        match = regex.search(text)
        if match is not None and equipment not in found:
            found.append(equipment)
            start, end = match.span()
            text = text[:start] + " " * (end - start) + text[end:]
    loaded = [e for e in found if e != "bodyweight"]
    if loaded and "bench" in loaded and len(loaded) == 1 and "bodyweight" in found:
        return ("bodyweight", "bench"), text
    return tuple(loaded or found), text


#: Equipment words that say little: a name naming something specific is more precise.
_VAGUE = frozenset({"bodyweight", "other"})
#: Words that name one piece of equipment and nothing else (no "sled", "rope" or "yoke",
#: whose kit varies, and no conventions such as "box squat": barbell).
_PLAIN_RULES: list[tuple[str, str]] = [
    (r"smith( machine)?|machines?|leverage", "machine"),
    (r"barbells?|trap bar|hex bar|axle", "barbell"),
    (r"ez( curl)? bar|sz bar", "ez-bar"),
    (r"dumbbells?", "dumbbell"),
    (r"kettlebells?", "kettlebell"),
    (r"cables?", "cable"),
    (r"bands?|banded", "band"),
    (r"plates?", "plate"),
    (r"pull ?ups?|chin ?ups?|chins|muscle ?ups?|hanging|inverted rows?", "pull-up-bar"),
    (r"(?<!no hyperextension )bench|incline|decline", "bench"),
]
_PLAIN_COMPILED = [
    (re.compile(rf"(?<![a-z0-9])(?:{rx})(?![a-z0-9])"), eq) for rx, eq in _PLAIN_RULES
]
#: Kit a bodyweight exercise uses without adding load.
_SUPPORTS = frozenset({"bench", "pull-up-bar"})


_SMITH = re.compile(r"(?<![a-z0-9])smith(?![a-z0-9])")


def smith_machine(given: list[str], name: str) -> list[str] | None:
    """A Smith machine where the name says Smith and the dataset files it under the barbell
    or a bench only ("Smith Press": bench, "Smith Machine Split Squat": barbell): the
    machine, with the bench kept; None where the dataset's stands."""
    if not given or "machine" in given or not _SMITH.search(normalise_name(name)):
        return None
    return ["machine", *[e for e in given if e not in ("barbell", *_VAGUE)]]


def refine_equipment(given: list[str], name: str) -> list[str] | None:
    """The name's equipment where the dataset gives only vague words (``bodyweight``,
    ``other``) and the name plainly names something ("Front Plate Raise" filed under
    ``other``, "Machine Chest Press" under bodyweight, "Incline Push-Up": bodyweight and a
    bench), or only a bench or bar to work on and the name names the load ("Unilateral
    Cable Row" filed under a bench: the cable and the bench); None where the dataset's
    stands."""
    if not given or not set(given) <= _VAGUE | _SUPPORTS:
        return None
    text = f" {normalise_name(name)} "
    named = [eq for regex, eq in _PLAIN_COMPILED if regex.search(text)]
    if not set(given) <= _VAGUE:
        # A bench or bar to work on, listed alone ("Unilateral Cable Row": a bench): the
        # name's load is added.
        loads = [eq for eq in named if eq not in _SUPPORTS and eq not in given]
        return [*loads, *given] if loads else None
    if not named:
        return None
    if "bodyweight" in given and set(named) <= _SUPPORTS:
        return ["bodyweight", *named]
    return named


_HOLD = re.compile(
    r"(?<![a-z0-9])(holds?|isometr(ic|ics|y|ia)|static|planks?|wall sits?|hollow( body)?( hold)?|l ?sits?"
    r"|dead ?hangs?|hangs?|sloper hang(ing)?|fingerboard hangs?|handstands?(?! (push|press))"
    r"|bridge hold|side bridges?|(?<!cable )iron cross|flex and hold|squeeze and hold)(?![a-z0-9])"
)
_DISTANCE = re.compile(
    r"(?<![a-z0-9])(carry|carries|walks?|farmers?|yoke|sled (drag|push)|drags?|rickshaw)"
    r"(?![a-z0-9])"
)
_PER_SIDE = re.compile(
    r"(?<![a-z0-9])(one|single|1) (arm|leg|legged|armed|side|sided|hand|handed|knee)"
    r"|(?<![a-z0-9])(unilateral|each side|per side|side (planks?|bridges?|lying)|split squats?"
    r"|bulgarian|lunges?|step ?ups?|pistols?|shrimp|(turkish )?get ?ups?|planches? (de cote|laterales?)|suitcase|single|(left|right)( (leg|arm|side))?)"
    r"(?![a-z0-9])"
)
_CARDIO = re.compile(
    r"(?<![a-z0-9])(sprints?|sprinting|carioca|air bike|stationary bike|battling ropes|jogging|run"
    r"|running|treadmill|elliptical|cycling|jumping jacks?|jump rope|skipping|high knees"
    r"|start technique|acceleration|burpees?|squat thrusts?|bear (crawls?|walks?)|spider crawls?|crawls?"
    r"|shuffles?|wall drills?|arm drills?|claw series|snap downs?|punch(es|ing)?|shadow ?box(ing)?)"
    r"(?![a-z0-9])"
)
_STRETCH = re.compile(
    r"(?<![a-z0-9])(stretch(es|ing)?|smr|foam roll(er|ing)?|blackroll|mobility|yoga"
    r"|estiramiento|circles?|child s pose|poses?|dislocates?|sit (and |n )?reach|pancakes?(?! good ?mornings?)"
    r"|open books?|chin tucks?|head (turns?|tilts?)|ankle rolls?|figure (four|4)|sphinx"
    r"|elephant walks?|respiracion|breathing|horse stance|(side )?splits|thoracic rotations?"
    r"|leg swings?|roll downs?"
    r"|(forward|backward) shoulder rotations?)(?![a-z0-9])"
)
_OLYMPIC = re.compile(
    r"(?<![a-z0-9])((power |hang |squat |muscle |dead |split )?(clean|snatch|snach)(e?s)?"
    r"(?! grip)( pulls?)?|jerks?)(?![a-z0-9])"
)
_ALTERNATING = re.compile(r"(?<![a-z0-9])(alternat(e|ing)|walking)(?![a-z0-9])")


def infer_measure(name: str, pattern: str | None, *, hold: bool = False) -> str:
    """How a set is dosed: ``seconds`` for a hold (the dataset says static, or the name says
    plank, wall sit, hold ...), ``metres`` for a carry, else ``reps``. A combination (two
    movements chained in every rep: "Push Up to Side Plank") is dosed in reps: the hold it
    names is a position each rep passes through."""
    text = normalise_name(name)
    if pattern == "combination":
        return "reps"
    if pattern == "carry" and _DISTANCE.search(text):
        return "metres"
    if hold or _HOLD.search(text):
        return "seconds"
    return "reps"


def infer_per_side(name: str) -> bool:
    """True when the name says one side works at a time (one-arm, single-leg, split squat,
    lunge, side plank ...); alternating and walking variants work both sides in one set."""
    text = normalise_name(name)
    return bool(_PER_SIDE.search(text)) and not _ALTERNATING.search(text)


def infer_category(name: str) -> str | None:
    """``stretching`` (stretches and mobility drills: circles, poses, foam rolling),
    ``olympic`` (cleans, snatches, jerks) or ``cardio`` (sprints, runs, jumping jacks,
    burpees, crawls, agility drills) when the name says so, else None."""
    text = normalise_name(name)
    if _STRETCH.search(text):
        return "stretching"
    if _OLYMPIC.search(text):
        return "olympic"
    if _CARDIO.search(text):
        return "cardio"
    return None
