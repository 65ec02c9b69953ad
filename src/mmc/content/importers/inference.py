"""Conservative inference of an exercise's movement pattern, mechanic and first phase.

None of the datasets records a movement pattern, so the importers read it from the
exercise's name, helped by the target muscles where a word is ambiguous ("curl" is an elbow
flexion for the biceps and a knee flexion for the hamstrings). The rules are deliberately
narrow: a name that matches no rule, or rules for two different patterns ("squat to press"),
gets no pattern, and the importer reports the record as skipped instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

__all__ = [
    "AMBIGUOUS",
    "CONCENTRIC_FIRST",
    "PATTERN_MECHANIC",
    "PatternGuess",
    "infer_pattern",
]

#: Marks a phrase that names no single pattern (a side plank is neither anti-extension nor
#: anti-rotation; olympic lifts and complexes span several).
AMBIGUOUS = "?"

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

#: A pattern, or a pattern with the mechanic it has here ("dips" are multi-joint although
#: an elbow extension usually is not).
Outcome = str | tuple[str, str]
Chooser = Callable[[frozenset[str]], Outcome | None]


def _by_muscle(*options: tuple[frozenset[str], Outcome]) -> Chooser:
    """The outcome of the muscle set that meets the target muscles; None if several do."""

    def choose(targets: frozenset[str]) -> Outcome | None:
        hits = {outcome for muscles, outcome in options if muscles & targets}
        return hits.pop() if len(hits) == 1 else None

    return choose


_ELBOW_FLEXORS = frozenset(
    {"biceps-brachii", "biceps-long", "biceps-short", "brachialis", "brachioradialis"}
)
_TRICEPS = frozenset({"triceps-brachii", "triceps-long", "triceps-lateral", "triceps-medial"})
_DELTOIDS = frozenset({"deltoid", "deltoid-anterior", "deltoid-lateral", "deltoid-posterior"})
_CHEST = frozenset(
    {"pectoralis-major", "pectoralis-major-clavicular", "pectoralis-major-sternocostal"}
)
_CALVES = frozenset({"calves", "gastrocnemius", "soleus"})
_QUADS = frozenset({"quadriceps", "rectus-femoris"})
_HAMSTRINGS = frozenset({"hamstrings", "biceps-femoris"})
_GLUTES = frozenset({"gluteus-maximus"})
_ABS = frozenset({"rectus-abdominis", "obliques", "hip-flexors"})
_LOWER_BACK = frozenset({"erector-spinae"})
_FOREARMS = frozenset({"forearm-flexors"})

# (regular expression over the normalised name, pattern or chooser). Specific phrases come
# first; each match is blanked out so that a generic word inside it ("curl" in "leg curl")
# cannot match again.
_RULES: list[tuple[str, Outcome | Chooser]] = [
    # Phrases that do not name one pattern.
    (
        r"side (plank|bridge)s?|turkish get ?ups?|get ?ups?|burpees?|thrusters?|man ?makers?"
        r"|(power |hang |squat |muscle )?(clean|snatch)(es)?|jerks?|complex|bear crawl",
        AMBIGUOUS,
    ),
    # Words that say nothing about the pattern here ("pulldown behind the neck").
    (r"behind (the )?neck|clean grip|to (the )?neck", ""),
    (r"tibialis|dorsi ?flexion|toe raises?", "ankle-dorsiflexion"),
    (r"(calf|calves) (raises?|press(es)?)|calf|calves|heel raises?", "calf-raise"),
    (r"wrist (curls?|rotations?|rollers?|extensions?|flexions?)|wrist|forearm curls?", "wrist"),
    (
        r"(leg|hamstring|knee|lying|seated|standing) (leg )?curls?|glute ham raises?|nordic",
        _by_muscle((_HAMSTRINGS, "knee-flexion"), (_ELBOW_FLEXORS, "elbow-flexion")),
    ),
    (r"(leg|knee) extensions?", "knee-extension"),
    (
        r"hip extensions?|hip thrusts?|glute bridges?|hip bridges?|glute kickbacks?"
        r"|donkey kicks?|pull ?throughs?|frog pumps?",
        "hip-extension",
    ),
    (
        r"hip raises?|hip lifts?",
        _by_muscle(
            (_GLUTES, "hip-extension"), (_HAMSTRINGS, "hip-extension"), (_ABS, "hip-flexion")
        ),
    ),
    (r"(back|spinal) extensions?|hyper ?extensions?|reverse hypers?|supermans?", "back-extension"),
    (r"(external|internal) rotations?|rotator cuff|cuban press", "rotator-cuff"),
    (r"upright( [a-z]+)? rows?", "vertical-pull"),
    (r"straight arm (pull ?downs?|push ?downs?)", "pullover"),
    (r"face pulls?", "horizontal-pull"),
    (r"pull ?overs?", "pullover"),
    (r"band pull ?aparts?|pull ?aparts?|scap(ular)? pull ?ups?", "scapular"),
    (r"(leg )?pull ?ins?|flutter kicks?|leg lifts?|leg tucks?|hip flexions?", "hip-flexion"),
    (r"pull ?downs?|pull ?ups?|chin ?ups?|chins|muscle ?ups?|lat pull", "vertical-pull"),
    (r"rows?|rowing", "horizontal-pull"),
    (r"split squats?|bulgarian( split)?( squats?)?|lunges?|step ?ups?", "lunge"),
    (r"leg press(es)?|hack squats?|squats?|pistols?|wall sits?", "squat"),
    (
        r"dead ?lifts?|hip hinges?|hinges?|good ?mornings?|romanian|rdl|stiff legged|stiff leg|swings?|rack pulls?",
        "hinge",
    ),
    (r"shrugs?", "shrug"),
    (
        r"(reverse |rear delt |rear )?fl(y|ys|y s|ies|yes|ye)|cross ?overs?|pec deck|butterfly",
        "fly",
    ),
    (
        r"(lateral|front|side|rear delt|rear|y|l) raises?|side laterals?|laterals|scaptions?",
        "raise",
    ),
    (r"(leg|knee) raises?|knee ups?|knee tucks?|hanging (leg|knee)", "hip-flexion"),
    (r"crunch(es)?|sit ?ups?|v ?ups?|jack ?knifes?|toes to bar|toe touch(es)?", "trunk-flexion"),
    (r"roll ?outs?|ab wheel|planks?", "anti-extension"),
    (r"pallof( press(es)?)?|anti rotation", "anti-rotation"),
    (r"russian twists?|twists?|wood ?chop(per)?s?|rotations?", "trunk-rotation"),
    (r"farmers?|carry|carries|yoke|waiters? walk", "carry"),
    (r"adduct(ion|ions|or|ors)?", "hip-adduction"),
    (
        r"abduct(ion|ions|or|ors)?|clam ?shells?|fire hydrants?|monster walks?|band walks?",
        "hip-abduction",
    ),
    (r"scapular?|scap|protractions?|retractions?", "scapular"),
    (
        r"push ?ups?|press ?ups?|bench ?press(es)?|floor press(es)?|chest press(es)?"
        r"|close grip( [a-z]+){0,2} press(es)?",
        "horizontal-push",
    ),
    (
        r"(overhead|shoulder|military|push|arnold|handstand|z|landmine|behind the neck) press(es)?"
        r"|handstand push ?ups?",
        "vertical-push",
    ),
    (r"neck( (extensions?|flexions?|curls?|bridges?))?", "neck"),
    (r"jm press(es)?", ("elbow-extension", "compound")),
    (
        r"(triceps?|tate) press(es)?|skull ?crushers?|french press(es)?|(triceps?|overhead|lying) extensions?",
        "elbow-extension",
    ),
    (
        r"curls?",
        _by_muscle(
            (_ELBOW_FLEXORS, "elbow-flexion"),
            (_HAMSTRINGS, "knee-flexion"),
            (_ABS, "trunk-flexion"),
            (_FOREARMS, "wrist"),
        ),
    ),
    (
        r"extensions?",
        _by_muscle(
            (_TRICEPS, "elbow-extension"),
            (_QUADS, "knee-extension"),
            (_LOWER_BACK, "back-extension"),
            (_FOREARMS, "wrist"),
        ),
    ),
    (
        r"kick ?backs?",
        _by_muscle(
            (_TRICEPS, "elbow-extension"),
            (_GLUTES, "hip-extension"),
            (_HAMSTRINGS, "hip-extension"),
        ),
    ),
    (r"raises?", _by_muscle((_DELTOIDS, "raise"), (_CALVES, "calf-raise"), (_ABS, "hip-flexion"))),
    (
        r"press(es)?",
        _by_muscle((_CHEST, "horizontal-push"), (_DELTOIDS, "vertical-push"), (_QUADS, "squat")),
    ),
    (
        r"push ?downs?",
        _by_muscle(
            (_TRICEPS, "elbow-extension"),
        ),
    ),
    (
        r"dips?|dip machine",
        _by_muscle((_CHEST, "horizontal-push"), (_TRICEPS, ("elbow-extension", "compound"))),
    ),
    (r"bridges?", _by_muscle((_GLUTES, "hip-extension"), (_HAMSTRINGS, "hip-extension"))),
]
_COMPILED = [(re.compile(rf"(?<![a-z0-9])(?:{rx})(?![a-z0-9])"), target) for rx, target in _RULES]


@dataclass(frozen=True, slots=True)
class PatternGuess:
    """The pattern read from a name, or why there is none."""

    pattern: str | None
    reason: str = ""
    mechanic: str | None = None
    """The mechanic the pattern implies here (None: the pattern covers both kinds)."""


def normalise_name(name: str) -> str:
    """Lower-case words separated by single spaces ("Pull-Up (wide)" -> "pull up wide")."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", name.lower()).split())


def infer_pattern(name: str, primary: Collection[str]) -> PatternGuess:
    """The movement pattern an exercise name states, given its primary muscle ids."""
    text = f" {normalise_name(name)} "
    targets = frozenset(primary)
    found: list[str] = []
    mechanics: dict[str, str] = {}
    for regex, target in _COMPILED:
        while (match := regex.search(text)) is not None:
            outcome = target(targets) if callable(target) else target
            pattern = outcome[0] if isinstance(outcome, tuple) else outcome
            if isinstance(outcome, tuple):
                mechanics[outcome[0]] = outcome[1]
            if pattern is None:
                return PatternGuess(
                    None, f"'{match.group(0)}' in the name fits several patterns for these muscles"
                )
            if pattern == AMBIGUOUS:
                return PatternGuess(None, f"'{match.group(0)}' names no single movement pattern")
            if pattern:
                found.append(pattern)
            # Blank the phrase out so that a more generic rule cannot match it again.
            start, end = match.span()
            text = text[:start] + " " * (end - start) + text[end:]
    distinct = sorted(set(found))
    if not distinct:
        return PatternGuess(None, "no movement pattern recognised in the name")
    if len(distinct) > 1:
        return PatternGuess(None, f"the name matches several patterns ({', '.join(distinct)})")
    pattern = distinct[0]
    return PatternGuess(pattern, mechanic=mechanics.get(pattern, PATTERN_MECHANIC.get(pattern)))
