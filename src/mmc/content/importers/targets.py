"""Which muscles an exercise targets, from its pattern and the joints muscles cross.

- :func:`primary_for_pattern`: the muscle a pattern trains by definition, for records that
  list none.
- :func:`pattern_target`: the muscle to target where a record's muscles cannot do what its
  name says.
- :func:`infer_mechanic`: compound or isolation from the joints the muscles cross.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from mmc.content.importers.name_hints import normalise_name

__all__ = [
    "MUSCLE_JOINTS",
    "PATTERN_PRIMARY",
    "deltoid_head",
    "infer_mechanic",
    "judged",
    "pattern_target",
    "patterns_for_muscles",
    "primary_for_pattern",
]

#: The target muscle a pattern trains by definition, for records that list none.
PATTERN_PRIMARY: dict[str, str] = {
    "squat": "quadriceps",
    "lunge": "quadriceps",
    "hinge": "hamstrings",
    "hip-extension": "gluteus-maximus",
    "horizontal-push": "pectoralis-major",
    "vertical-push": "deltoid-anterior",
    "horizontal-pull": "latissimus-dorsi",
    "vertical-pull": "latissimus-dorsi",
    "fly": "pectoralis-major",
    "raise": "deltoid-lateral",
    "shrug": "trapezius-upper",
    "elbow-flexion": "biceps-brachii",
    "elbow-extension": "triceps-brachii",
    "wrist": "forearm-flexors",
    "knee-extension": "quadriceps",
    "knee-flexion": "hamstrings",
    "calf-raise": "calves",
    "ankle-dorsiflexion": "tibialis-anterior",
    "hip-abduction": "gluteus-medius",
    "hip-adduction": "hip-adductors",
    "hip-flexion": "hip-flexors",
    "trunk-flexion": "rectus-abdominis",
    "trunk-rotation": "obliques",
    "anti-extension": "rectus-abdominis",
    "anti-rotation": "obliques",
    "back-extension": "erector-spinae",
    "neck": "sternocleidomastoid",
    "carry": "forearm-flexors",
    "lateral-flexion": "obliques",
}


def primary_for_pattern(pattern: str, name: str = "") -> str | None:
    """The muscle a pattern targets by definition (``elbow-flexion`` -> ``biceps-brachii``),
    or None where the pattern does not single one out (carries, pullovers). The ``name`` says
    which for a rotator-cuff exercise (external rotation: the infraspinatus, internal: the
    subscapularis) and a neck extension (the upper trapezius)."""
    words = normalise_name(name).split()
    if pattern == "rotator-cuff":
        if "internal" in words or "interior" in words:
            return "subscapularis"
        return "infraspinatus" if "external" in words or "exterior" in words else None
    if pattern == "neck" and "extension" in words:
        return "trapezius-upper"  # the sternocleidomastoid flexes the neck
    if pattern == "scapular":
        return _scapular_target(" ".join(words))
    return PATTERN_PRIMARY.get(pattern)


#: Scapular drills whose name says which muscle they train: the Y (arms overhead at 45
#: degrees) of Y-T-W raises is the lower trapezius's drill; a band pull-apart pulls the
#: shoulder blades together (the middle trapezius, with the rhomboids and rear delts).
_SCAPULAR_TARGETS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<![a-z0-9])(ytwl|ywts?|y w ts?|ytws?)(?![a-z0-9])"), "trapezius-lower"),
    (re.compile(r"(?<![a-z0-9])pull ?aparts?(?![a-z0-9])"), "trapezius-middle"),
]


def _scapular_target(text: str) -> str | None:
    """The muscle a scapular drill's name singles out (None: the name does not say)."""
    return next((muscle for regex, muscle in _SCAPULAR_TARGETS if regex.search(text)), None)


#: Joints each muscle moves (its heads inherit through the id prefix).
MUSCLE_JOINTS: dict[str, frozenset[str]] = {
    "biceps-brachii": frozenset({"elbow", "shoulder"}),
    "biceps-long": frozenset({"elbow", "shoulder"}),
    "biceps-short": frozenset({"elbow", "shoulder"}),
    "brachialis": frozenset({"elbow"}),
    "brachioradialis": frozenset({"elbow"}),
    "triceps-brachii": frozenset({"elbow"}),
    "triceps-lateral": frozenset({"elbow"}),
    "triceps-medial": frozenset({"elbow"}),
    "triceps-long": frozenset({"elbow", "shoulder"}),
    "forearm-flexors": frozenset({"wrist"}),
    "deltoid": frozenset({"shoulder"}),
    "pectoralis-major": frozenset({"shoulder"}),
    "latissimus-dorsi": frozenset({"shoulder"}),
    "infraspinatus": frozenset({"shoulder"}),
    "subscapularis": frozenset({"shoulder"}),
    "trapezius": frozenset({"scapula"}),
    "rhomboids": frozenset({"scapula"}),
    "serratus-anterior": frozenset({"scapula"}),
    "rectus-abdominis": frozenset({"spine"}),
    "obliques": frozenset({"spine"}),
    "erector-spinae": frozenset({"spine"}),
    "sternocleidomastoid": frozenset({"neck"}),
    "hip-flexors": frozenset({"hip"}),
    "gluteus-maximus": frozenset({"hip"}),
    "gluteus-medius": frozenset({"hip"}),
    "hip-adductors": frozenset({"hip"}),
    "hamstrings": frozenset({"hip", "knee"}),
    "quadriceps": frozenset({"knee"}),
    "rectus-femoris": frozenset({"knee", "hip"}),
    "calves": frozenset({"ankle"}),
    "gastrocnemius": frozenset({"ankle"}),
    "soleus": frozenset({"ankle"}),
    "tibialis-anterior": frozenset({"ankle"}),
}


def _joints(muscle_id: str) -> frozenset[str]:
    while muscle_id:
        if muscle_id in MUSCLE_JOINTS:
            return MUSCLE_JOINTS[muscle_id]
        muscle_id = muscle_id.rpartition("-")[0]
    return frozenset()


#: The joints a pattern moves: a target muscle that crosses none of them cannot do it.
#: Patterns that hold or rotate the trunk, and whole-body ones, are not judged.
_PATTERN_JOINTS: dict[str, frozenset[str]] = {
    "squat": frozenset({"knee", "hip"}),
    "lunge": frozenset({"knee", "hip"}),
    "hinge": frozenset({"hip", "spine", "knee"}),
    "hip-extension": frozenset({"hip"}),
    "horizontal-push": frozenset({"shoulder", "elbow", "scapula"}),
    "vertical-push": frozenset({"shoulder", "elbow", "scapula"}),
    "horizontal-pull": frozenset({"shoulder", "elbow", "scapula"}),
    "vertical-pull": frozenset({"shoulder", "elbow", "scapula"}),
    "fly": frozenset({"shoulder"}),
    "pullover": frozenset({"shoulder"}),
    "raise": frozenset({"shoulder", "scapula"}),
    "shrug": frozenset({"scapula"}),
    "scapular": frozenset({"scapula", "shoulder"}),
    "elbow-flexion": frozenset({"elbow"}),
    "elbow-extension": frozenset({"elbow"}),
    "wrist": frozenset({"wrist"}),
    "knee-extension": frozenset({"knee"}),
    "knee-flexion": frozenset({"knee"}),
    "calf-raise": frozenset({"ankle"}),
    "ankle-dorsiflexion": frozenset({"ankle"}),
    "hip-abduction": frozenset({"hip"}),
    "hip-adduction": frozenset({"hip"}),
    "hip-flexion": frozenset({"hip", "spine", "knee"}),
    "trunk-flexion": frozenset({"spine", "hip"}),
    "back-extension": frozenset({"spine", "hip"}),
    "lateral-flexion": frozenset({"spine"}),
    "neck": frozenset({"neck", "scapula"}),
    "rotator-cuff": frozenset({"shoulder"}),
}


def judged(pattern: str) -> bool:
    """Whether the joints a pattern moves are known (not for holds, carries, jumps)."""
    return pattern in _PATTERN_JOINTS


def patterns_for_muscles(patterns: Collection[str], primary: Collection[str]) -> list[str]:
    """The ``patterns`` the ``primary`` muscles can perform: those with a joint one of them
    crosses ("Cable Tri Extension - External Rotation": the triceps move the elbow, not the
    shoulder's rotation). A pattern whose joints are not known (planks, carries, jumps), or
    muscles whose joints are not, rule nothing out."""
    crossed = [_joints(m) for m in primary]
    if not crossed or not all(crossed):
        return list(patterns)
    return [p for p in patterns
            if p not in _PATTERN_JOINTS or any(j & _PATTERN_JOINTS[p] for j in crossed)]


def pattern_target(pattern: str, name: str, primary: Collection[str]) -> str | None:
    """The muscle to target instead of a record's ``primary`` muscles where those cannot do
    the pattern: none of them crosses a joint it moves (wger lists the lats for "Deadlifts",
    the front delt for "Shrugs"), or a rotator-cuff exercise names no cuff muscle. None
    where the record's muscles stand, or where a muscle's joints are unknown."""
    if not primary:
        return None
    if pattern == "rotator-cuff":
        cuff = primary_for_pattern(pattern, name)
        return cuff if cuff is not None and cuff not in primary else None
    joints = _PATTERN_JOINTS.get(pattern)
    crossed = [_joints(m) for m in primary]
    if joints is None or not all(crossed) or any(j & joints for j in crossed):
        return None
    return primary_for_pattern(pattern, name)


def infer_mechanic(primary: Collection[str], secondary: Collection[str] = ()) -> str:
    """``compound`` when the target muscles move two or more joints (counting the helpers
    that move a joint the targets do not), else ``isolation``.

    Only used where the pattern leaves the mechanic open and the dataset gives none: a crunch
    (abs, obliques: the spine) is isolation; a hip thrust (glutes with hamstrings: hip and
    knee) compound.
    """
    target = frozenset().union(*(_joints(m) for m in primary))
    helpers = frozenset().union(*(_joints(m) for m in secondary))
    spine = {"spine"}
    # Trunk muscles steady almost every standing exercise; they count only as targets.
    joints = target | (helpers - spine if target - spine else helpers)
    return "compound" if len(joints) >= 2 else "isolation"


#: Names that say which head of the deltoid works (a bent-over lateral raise is a rear-delt
#: raise: its words are blanked before the lateral raise is looked for).
_HEADS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<![a-z0-9])(rear delts?|rear deltoids?|reverse (fl(y|ys|ies|yes)|pec deck)"
                r"|face pulls?|rear laterals?|(bent|rear) (lateral|side|delt) raises?"
                r"|bent over( [a-z]+){0,2} (lateral|side|rear))(?![a-z0-9])"), "deltoid-posterior"),
    (re.compile(r"(?<![a-z0-9])((lateral|side|side lateral) (dumbbell |cable |band )?raises?"
                r"|side laterals?|machine laterals?( wise)?)(?![a-z0-9])"), "deltoid-lateral"),
    (re.compile(r"(?<![a-z0-9])(front (dumbbell |barbell |cable |plate |band )?raises?"
                r"|front delts?)(?![a-z0-9])"), "deltoid-anterior"),
]
_DELTOID = "deltoid"


def deltoid_head(name: str, primary: Collection[str]) -> list[str] | None:
    """``primary`` with the deltoid head the name names ("Rear Delt Row": the posterior head)
    in place of the whole deltoid or another head the dataset lists (free-exercise-db's
    "shoulders", wger's front delt for a rear-delt raise); None where nothing changes."""
    listed = [m for m in primary if m == _DELTOID or m.startswith(_DELTOID + "-")]
    if not listed:
        return None
    text = f" {normalise_name(name)} "
    if " to " in text or " and " in text:
        return None  # two movements ("Lateral-to-Front Raise"): both heads work
    heads: list[str] = []
    for regex, head in _HEADS:
        if (match := regex.search(text)) is not None:
            heads.append(head)
            start, end = match.span()
            text = text[:start] + " " * (end - start) + text[end:]
    if len(heads) != 1 or listed == heads:
        return None  # no head named, or several ("Lateral-to-Front Raise")
    head = heads[0]
    changed: list[str] = []
    for muscle in primary:
        replacement = head if muscle in listed else muscle
        if replacement not in changed:
            changed.append(replacement)
    return changed
