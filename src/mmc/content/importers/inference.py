"""Conservative inference of what exercise datasets leave out, shared by every importer.

- :func:`infer_pattern`: the movement pattern from the name, helped by the target muscles
  where a word is ambiguous ("curl" is an elbow flexion for the biceps and a knee flexion for
  the hamstrings) and, when the name names no pattern, by the muscles and the dataset's force
  (a pull for the biceps is an elbow flexion). A name that matches rules for two different
  patterns ("squat to press") or a phrase that names no single pattern gets none, and the
  importer reports the record instead of guessing.
- :func:`infer_equipment`: the equipment a name states ("Cable Crunch", "Inverted Row").
- :func:`infer_mechanic`: compound or isolation from the joints the muscles cross, where the
  pattern does not define it.
- :func:`infer_measure`, :func:`infer_per_side`, :func:`infer_category`: holds and carries,
  one-sided work, and stretches the name announces.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from mmc.content.importers.name_hints import (
    infer_category,
    infer_equipment,
    infer_measure,
    infer_per_side,
    normalise_name,
    refine_equipment,
)
from mmc.content.importers.pattern_rules import AMBIGUOUS, COMPILED, FIRST_FALLBACK
from mmc.content.importers.targets import (
    MUSCLE_JOINTS,
    PATTERN_PRIMARY,
    deltoid_head,
    infer_mechanic,
    pattern_target,
    patterns_for_muscles,
    primary_for_pattern,
)

__all__ = [
    "AMBIGUOUS",
    "CONCENTRIC_FIRST",
    "MUSCLE_JOINTS",
    "NO_PATTERN",
    "PATTERN_MECHANIC",
    "PATTERN_PRIMARY",
    "PatternGuess",
    "deltoid_head",
    "fallback_pattern",
    "infer_category",
    "infer_equipment",
    "infer_measure",
    "infer_mechanic",
    "infer_pattern",
    "infer_per_side",
    "normalise_name",
    "pattern_target",
    "primary_for_pattern",
    "read_pattern",
    "refine_equipment",
]


#: The mechanic a pattern implies by definition (multi-joint or single-joint). Patterns that
#: cover both kinds of exercise (a glute bridge and a hip thrust, a crunch and a sit-up) are
#: left out: their mechanic must come from the dataset.
PATTERN_MECHANIC: dict[str, str] = {
    "squat": "compound",
    "hinge": "compound",
    "lunge": "compound",
    "horizontal-push": "compound",
    "vertical-push": "compound",
    "horizontal-pull": "compound",
    "vertical-pull": "compound",
    "carry": "compound",
    "jump": "compound",
    "throw": "compound",
    "combination": "compound",
    "fly": "isolation",
    "pullover": "isolation",
    "raise": "isolation",
    "shrug": "isolation",
    "elbow-flexion": "isolation",
    "elbow-extension": "isolation",
    "wrist": "isolation",
    "knee-extension": "isolation",
    "knee-flexion": "isolation",
    "calf-raise": "isolation",
    "ankle-dorsiflexion": "isolation",
    "hip-abduction": "isolation",
    "hip-adduction": "isolation",
    "rotator-cuff": "isolation",
    "neck": "isolation",
}

#: Patterns whose reps usually start by lifting (concentric first, R6): pulls, curls, raises.
#: Everything else keeps the model's default (eccentric first).
CONCENTRIC_FIRST: frozenset[str] = frozenset(
    {
        "horizontal-pull",
        "vertical-pull",
        "vertical-push",
        "elbow-flexion",
        "knee-flexion",
        "knee-extension",
        "raise",
        "shrug",
        "calf-raise",
        "hip-abduction",
        "hip-adduction",
        "hip-extension",
        "hip-flexion",
        "trunk-flexion",
        "trunk-rotation",
        "back-extension",
        "rotator-cuff",
        "wrist",
        "ankle-dorsiflexion",
        "neck",
    }
)



@dataclass(frozen=True, slots=True)
class PatternGuess:
    """The pattern read from a name, or why there is none."""

    pattern: str | None
    reason: str = ""
    mechanic: str | None = None
    """The mechanic the pattern implies here (None: the pattern covers both kinds)."""
    how: str = "name"
    """Where the pattern came from: ``name``, or ``muscles and force``."""



#: Words joining two movements in one name ("curl to press", "row and shrug").
_COMBINED = re.compile(r"(?<![a-z0-9])(to|into|and|or|ss|plus|then)(?![a-z0-9])")
#: Words that chain two movements into one rep ("squat to press", "lunge and curl",
#: "curl + press": ``+`` and ``&`` are read as "and"); "or" offers a choice, "ss" a superset.
_CHAINED = re.compile(r"(?<![a-z0-9])(to|into|and)(?![a-z0-9])")
#: Two exercises done back to back ("Row SS Shrug"): two exercises, not one combination.
_SUPERSET = re.compile(r"(?<![a-z0-9])(ss|super ?sets?)(?![a-z0-9])")


@dataclass(slots=True)
class _Reading:
    """What the rules found in a name."""

    found: list[tuple[str, bool]] = field(default_factory=list)
    """Patterns in name order, each with whether a muscle-only fallback rule found it."""
    mechanics: dict[str, str] = field(default_factory=dict)
    unclear: str | None = None
    """The first generic word ("press") that fits several patterns for the target muscles."""
    stop: str | None = None
    """Why the name names no single pattern at all ("power clean")."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    """Where each phrase naming a movement (a pattern, or a word that fits several) is."""


def _read(text: str, targets: frozenset[str]) -> _Reading:
    reading = _Reading()
    for index, (regex, target) in enumerate(COMPILED):
        while (match := regex.search(text)) is not None:
            outcome = target(targets) if callable(target) else target
            pattern = outcome[0] if isinstance(outcome, tuple) else outcome
            if isinstance(outcome, tuple):
                reading.mechanics[outcome[0]] = outcome[1]
            if pattern is None and reading.unclear is None:
                reading.unclear = match.group(0)
            elif pattern == AMBIGUOUS:
                reading.stop = f"'{match.group(0)}' names no single movement pattern"
                return reading
            elif pattern:
                reading.found.append((pattern, index >= FIRST_FALLBACK))
            if pattern is None or (pattern and pattern != AMBIGUOUS):
                reading.spans.append(match.span())
            # Blank the phrase out so that a more generic rule cannot match it again.
            start, end = match.span()
            text = text[:start] + " " * (end - start) + text[end:]
    return reading


def infer_pattern(
    name: str, primary: Collection[str], *, force: str | None = None
) -> PatternGuess:
    """The movement pattern an exercise name states, given its primary muscle ids.

    A generic word that fits several patterns for these muscles ("raise" for the tibialis)
    is left to the rest of the name ("Tibialis Raise"), unless the name joins two movements
    ("Curl to Press"). A name that chains two movements into one rep ("Squat to Press",
    "Lunge and Curl", "Curl + Press") or names such a lift ("Thruster", "Turkish Get-Up",
    "Devil's Press") is a ``combination``; a superset ("Row SS Shrug") is not. When the name
    names none, a muscle that moves one way for the
    dataset's ``force`` (``push``, ``pull``; see :data:`FORCE_PATTERNS`) decides, and ``how``
    says so.
    """
    return read_pattern(name, primary, force=force)


def read_pattern(
    name: str, primary: Collection[str], *, force: str | None = None,
    helpers: Collection[str] | None = None, muscle_words: bool = True, chains: bool = True,
) -> PatternGuess:
    """:func:`infer_pattern`, knowing the record's secondary muscles (``helpers``): a name
    that names two patterns with no word joining two movements ("Cable Tri Extension -
    External Rotation") gets the one its muscles can perform, where no muscle it lists
    moves a joint of the other ("Biceps Curl: Squat", whose helpers include the quadriceps,
    stays undecided). ``muscle_words=False`` ignores a muscle named with nothing else
    ("Triceps on Machine"): a description names muscles in passing; ``chains=False`` reads
    no combination from words that join two movements (a sentence joins them with "and")."""
    normalised = normalise_name(name.replace("+", " and ").replace("&", " and "))
    targets = frozenset(primary)
    reading = _read(f" {normalised} ", targets)
    if reading.stop is not None:
        return PatternGuess(None, reading.stop)
    if any(p == "combination" for p, _ in reading.found) or (
            chains and _chained(f" {normalised} ", reading.spans)):
        return PatternGuess("combination", mechanic="compound")
    specific = [p for p, fallback in reading.found if not fallback]
    found = specific or ([p for p, _ in reading.found] if muscle_words else [])
    if reading.unclear is not None and (not found or _COMBINED.search(normalised)):
        return PatternGuess(
            None, f"'{reading.unclear}' in the name fits several patterns for these muscles"
        )
    distinct = sorted(set(found))
    if len(distinct) > 1 and targets and helpers is not None and not _COMBINED.search(
            normalised):
        # One name, two readings ("Tri Extension - External Rotation"): the muscles decide.
        distinct = patterns_for_muscles(distinct, [*targets, *helpers]) or distinct
    if len(distinct) > 1 and _SUPERSET.search(normalised):
        return PatternGuess(None, f"a superset: two exercises done back to back, not one "
                            f"movement ({', '.join(distinct)})")
    if len(distinct) > 1:
        return PatternGuess(None, f"the name matches several patterns ({', '.join(distinct)})")
    if distinct:
        pattern = distinct[0]
        return PatternGuess(pattern, mechanic=reading.mechanics.get(
            pattern, PATTERN_MECHANIC.get(pattern)))
    if force in ("push", "pull") and len(targets) == 1:
        by_force = FORCE_PATTERNS.get((next(iter(targets)), force))
        if by_force is not None:
            return PatternGuess(by_force, mechanic=PATTERN_MECHANIC.get(by_force),
                                how="muscles and force")
    return PatternGuess(None, NO_PATTERN)


def _chained(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a word chaining two movements (:data:`_CHAINED`) stands between two phrases
    that name one ("squat to press"; not "neck flexion and extension", one phrase), and the
    two are different movements ("side laterals to front raise" is two raises: a raise)."""
    for join in _CHAINED.finditer(text):
        if not (any(end <= join.start() for _, end in spans)
                and any(start >= join.end() for start, _ in spans)):
            continue
        # Each side read alone and without muscles: a generic word ("press") is its own
        # movement, not the squat the quadriceps would make of it.
        left, right = _read(text[:join.start()], frozenset()), _read(text[join.end():],
                                                                     frozenset())
        same = (left.unclear is None and right.unclear is None
                and {p for p, _ in left.found} == {p for p, _ in right.found})
        if not same:
            return True
    return False


#: Why :func:`infer_pattern` found nothing: the name names no pattern at all (rather than two,
#: or a word that fits several).
NO_PATTERN = "no movement pattern recognised in the name"


#: (target muscle, force) -> the one pattern that muscle performs with that force, for names
#: that name no pattern ("Zottman Curl" names one; "Concentration Work" would not).
FORCE_PATTERNS: dict[tuple[str, str], str] = {
    ("biceps-brachii", "pull"): "elbow-flexion",
    ("brachialis", "pull"): "elbow-flexion",
    ("triceps-brachii", "push"): "elbow-extension",
    ("calves", "push"): "calf-raise",
    ("gastrocnemius", "push"): "calf-raise",
    ("soleus", "push"): "calf-raise",
    ("forearm-flexors", "pull"): "wrist",
    ("hip-adductors", "pull"): "hip-adduction",
    ("hip-adductors", "push"): "hip-adduction",
    ("gluteus-medius", "push"): "hip-abduction",
    ("gluteus-medius", "pull"): "hip-abduction",
}


#: A muscle's usual pattern, for records kept unclassified (``keep_unclassified``).
_FALLBACK: dict[str, str] = {
    "chest": "horizontal-push",
    "pectoralis": "horizontal-push",
    "deltoid": "raise",
    "latissimus": "vertical-pull",
    "trapezius": "shrug",
    "rhomboids": "horizontal-pull",
    "biceps-brachii": "elbow-flexion",
    "biceps-long": "elbow-flexion",
    "biceps-short": "elbow-flexion",
    "brachialis": "elbow-flexion",
    "brachioradialis": "elbow-flexion",
    "triceps": "elbow-extension",
    "forearm": "wrist",
    "quadriceps": "squat",
    "rectus-femoris": "knee-extension",
    "hamstrings": "hinge",
    "gluteus-maximus": "hip-extension",
    "gluteus-medius": "hip-abduction",
    "hip-adductors": "hip-adduction",
    "hip-flexors": "hip-flexion",
    "calves": "calf-raise",
    "gastrocnemius": "calf-raise",
    "soleus": "calf-raise",
    "tibialis": "ankle-dorsiflexion",
    "rectus-abdominis": "trunk-flexion",
    "obliques": "trunk-rotation",
    "erector-spinae": "back-extension",
    "sternocleidomastoid": "neck",
    "infraspinatus": "rotator-cuff",
    "subscapularis": "rotator-cuff",
    "serratus-anterior": "scapular",
}


def fallback_pattern(primary: Collection[str], force: str | None = None) -> str:
    """A placeholder pattern for a record kept unclassified: the first target muscle's usual
    pattern (the record is marked for review; this is not an inference)."""
    for muscle_id in primary:
        for prefix, pattern in _FALLBACK.items():
            if muscle_id.startswith(prefix):
                return pattern
    return "carry" if force is None else "scapular"


