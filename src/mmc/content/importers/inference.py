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
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass

__all__ = [
    "AMBIGUOUS",
    "CONCENTRIC_FIRST",
    "MUSCLE_JOINTS",
    "PATTERN_MECHANIC",
    "PATTERN_PRIMARY",
    "PatternGuess",
    "fallback_pattern",
    "infer_category",
    "infer_equipment",
    "infer_measure",
    "infer_mechanic",
    "infer_pattern",
    "infer_per_side",
    "normalise_name",
    "primary_for_pattern",
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
    "jump": "compound",
    "throw": "compound",
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


def _first_muscle(*options: tuple[frozenset[str], Outcome]) -> Chooser:
    """The outcome of the first muscle set (in order of priority) that meets the targets."""

    def choose(targets: frozenset[str]) -> Outcome | None:
        return next((outcome for muscles, outcome in options if muscles & targets), None)

    return choose


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
_LATS = frozenset({"latissimus-dorsi"})

# (regular expression over the normalised name, pattern or chooser). Specific phrases come
# first; each match is blanked out so that a generic word inside it ("curl" in "leg curl")
# cannot match again.
_RULES: list[tuple[str, Outcome | Chooser]] = [
    # Words that say nothing about the pattern here ("pulldown behind the neck", "calf press
    # on the leg press machine", "flyes with a twist").
    (
        r"behind (the )?neck|clean grip|to (the )?neck|with a twist"
        r"|(on|using|in) (the |a )?(leg press|hack squat|smith|calf|multi press)( machine)?"
        r"|calf machine",
        "",
    ),
    # Phrases that do not name one pattern.
    (
        r"turkish get ?ups?|get ?ups?|burpees?|thrusters?|man ?makers?"
        r"|(power |hang |squat |muscle )?(clean|snatch)(es)?|jerks?|complex|bear crawl",
        AMBIGUOUS,
    ),
    (
        r"neck( side)?( (extensions?|flexions?|curls?|bridges?|rotations?))"
        r"( and (extensions?|flexions?))?",
        "neck",
    ),
    (r"side (planks?|bridges?|bends?|flexions?)|lateral flexions?|side( [a-z]+)? trunk flexions?"
     r"|heel touch(es|ers)?|oblique crunch(es)?", "lateral-flexion"),
    (r"plantar ?flexions?", "calf-raise"),
    (r"supino( (inclinado|reto|declinado))?", "horizontal-push"),
    (r"flexion lateral", "lateral-flexion"),
    (r"reverse nordics?( curls?)?", "knee-extension"),
    (r"press sit ?ups?|otis ?ups?|elbow to knee|cocoons?", "trunk-flexion"),
    (r"(ab|abdominal) roll(er|ers|out|outs)?|fall ?outs?|body saws?|stir the pot|dead ?bugs?"
     r"|hollow( body)?( holds?| rocks?)?|(abdominal )?draw ?ins?|stomach vacuums?",
     "anti-extension"),
    (r"bird ?dogs?", "anti-rotation"),
    (r"l ?sits?|mountain climbers?|hanging pikes?", "hip-flexion"),
    (r"(windshield )?wipers|landmine 180s?|cable (wood ?)?lifts?|standing cable lifts?"
     r"|car drivers?|spell casters?", "trunk-rotation"),
    (r"neck press(es)?|(reverse )?triceps bench press(es)?|board press(es)?|pin press(es)?|paused? bench( press(es)?)?|chest squeezes?"
     r"|squeeze press(es)?|(incline|decline|flat) (dumbbell|barbell) bench(?= *$| with)",
     "horizontal-push"),
    (r"(bent )?high pulls?|rope climbs?|jalon(es)?|trazioni|(mixed|neutral|close|wide) grip chins?",
     "vertical-pull"),
    (r"bench pulls?|long pulley|remo|face ?pulls?", "horizontal-pull"),
    (r"ohp|log lifts?|circus bell|axle press(es)?|v ?push ?ups?|pike push ?ups?|bent press(es)?",
     "vertical-push"),
    (r"atlas stones?( trainer)?|(keg|sandbag|stone) loads?|tire flips?|rickshaw dead ?lifts?"
     r"|power stairs", "hinge"),
    (r"sled (drags?|push(es)?)|backward drags?|drags? harness|rickshaw carry|conan s wheel"
     r"|sled overhead backward walk", "carry"),
    (r"jump ?squats?|(box |depth |tuck |star |split |scissors? |rocket |long |broad |squat "
     r"|seated box )?jumps?|jumping jacks?|hops?|bounds?|leaps?|box skips?|skipping|butt kicks?|push ?offs?"
     r"|jump ?squats?", "jump"),
    (r"throws?|slams?|chest pass(es)?|chest push(es)?|drop push(es)?|return push|bag thrusts?"
     r"|wall balls?|scoop", "throw"),
    (r"hamstring slides?|slider (leg )?curls?", "knee-flexion"),
    (r"hammer ?curls?|(biceps? )?concentration curls?|spider curls?|drag curls?",
     "elbow-flexion"),
    (r"skull ?crush(ers?|es)?|jm press(es)?", ("elbow-extension", "compound")),
    (r"lateral (band )?walks?|band walks?|monster walks?", "hip-abduction"),
    (r"glute drives?|patadas? (de burro|traseras?)|extension de gluteos?|donkey kicks?",
     "hip-extension"),
    (r"elevacion lateral", "raise"),
    (r"around the worlds?|crucifix", "fly"),
    (r"(wall|snow) angels?|ytwl|wall slides?", "scapular"),
    (r"plate pinch(es)?|pinch|hand squeeze|grippers?|grip (trainers?|work)", "wrist"),
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
        r"|frog pumps?|bridging",
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
        r"dead ?lifts?|hip hinges?|hinges?|good ?mornings?|romanian|rdl|stiff legged|stiff leg"
        r"|swings?|rack pulls?|pull ?throughs?",
        "hinge",
    ),
    (r"shrugs?", "shrug"),
    (
        r"(reverse |rear delt |rear )?fl(y|ys|y s|ies|yes|ye)|cross ?overs?|pec deck|butterfly",
        "fly",
    ),
    (
        r"(lateral|front|side|rear delt|rear|y|l) raises?|side laterals?( raises?)?|laterals"
        r"|scaptions?",
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
        _by_muscle((_TRICEPS, "elbow-extension"), (_LATS, "pullover")),
    ),
    (
        r"dips?|dip machine",
        _first_muscle((_CHEST, "horizontal-push"), (_TRICEPS, ("elbow-extension", "compound"))),
    ),
    (r"bridges?", _by_muscle((_GLUTES, "hip-extension"), (_HAMSTRINGS, "hip-extension"))),
    # A muscle named with nothing else ("Triceps on Machine", "Biceps with TRX").
    (r"triceps?", _by_muscle((_TRICEPS, "elbow-extension"))),
    (r"biceps?", _by_muscle((_ELBOW_FLEXORS, "elbow-flexion"))),
]
_FIRST_FALLBACK = len(_RULES) - 2  # the last two rules: a muscle named with nothing else
_COMPILED = [(re.compile(rf"(?<![a-z0-9])(?:{rx})(?![a-z0-9])"), target) for rx, target in _RULES]


@dataclass(frozen=True, slots=True)
class PatternGuess:
    """The pattern read from a name, or why there is none."""

    pattern: str | None
    reason: str = ""
    mechanic: str | None = None
    """The mechanic the pattern implies here (None: the pattern covers both kinds)."""
    how: str = "name"
    """Where the pattern came from: ``name``, or ``muscles and force``."""


def normalise_name(name: str) -> str:
    """Lower-case ASCII words separated by single spaces ("Pull-Up (wide)" -> "pull up wide",
    "Jalón" -> "jalon")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def infer_pattern(
    name: str, primary: Collection[str], *, force: str | None = None
) -> PatternGuess:
    """The movement pattern an exercise name states, given its primary muscle ids.

    When the name names none, a muscle that moves one way for the dataset's ``force``
    (``push``, ``pull``; see :data:`FORCE_PATTERNS`) decides, and ``how`` says so.
    """
    text = f" {normalise_name(name)} "
    targets = frozenset(primary)
    found: list[str] = []
    fallbacks: set[int] = set()  # positions in found of the muscle-only rules
    mechanics: dict[str, str] = {}
    for index, (regex, target) in enumerate(_COMPILED):
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
                if index >= _FIRST_FALLBACK:
                    fallbacks.add(len(found))
                found.append(pattern)
            # Blank the phrase out so that a more generic rule cannot match it again.
            start, end = match.span()
            text = text[:start] + " " * (end - start) + text[end:]
    if len(found) > len(fallbacks):
        found = [p for i, p in enumerate(found) if i not in fallbacks]
    distinct = sorted(set(found))
    if len(distinct) > 1:
        return PatternGuess(None, f"the name matches several patterns ({', '.join(distinct)})")
    if distinct:
        pattern = distinct[0]
        return PatternGuess(pattern, mechanic=mechanics.get(pattern, PATTERN_MECHANIC.get(pattern)))
    if force in ("push", "pull") and len(targets) == 1:
        by_force = FORCE_PATTERNS.get((next(iter(targets)), force))
        if by_force is not None:
            return PatternGuess(by_force, mechanic=PATTERN_MECHANIC.get(by_force),
                                how="muscles and force")
    return PatternGuess(None, "no movement pattern recognised in the name")


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


def primary_for_pattern(pattern: str) -> str | None:
    """The muscle a pattern targets by definition (``elbow-flexion`` -> ``biceps-brachii``),
    or None where the pattern does not single one out (carries, pullovers, rotator cuff)."""
    return PATTERN_PRIMARY.get(pattern)


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
}


def _joints(muscle_id: str) -> frozenset[str]:
    while muscle_id:
        if muscle_id in MUSCLE_JOINTS:
            return MUSCLE_JOINTS[muscle_id]
        muscle_id = muscle_id.rpartition("-")[0]
    return frozenset()


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


_EQUIPMENT_RULES: list[tuple[str, str]] = [
    (r"smith( machine)?|leg press(es)?|hack squats?|pec deck|lever|machines?|maquina|sled"
     r"|hammer strength|multi ?press|leg extensions?|leg curls?|seated calf", "machine"),
    (r"polea|pulley", "cable"),
    (r"mancuernas?|manubri", "dumbbell"),
    (r"barbell|bar bell|bb|trap bar|hex bar|landmine|axle|log|yoke|rack pulls?", "barbell"),
    (r"ez( curl)? bar|ez bar|e z( curl)? bar|ez|sz bar|sz", "ez-bar"),
    (r"dumbbells?|dumbells?|db", "dumbbell"),
    (r"kettlebells?|kb", "kettlebell"),
    (r"cables?|pulley|cable crossover|rope|lat pull ?downs?|pull ?downs?|face pulls?",
     "cable"),
    (r"bands?|banded|resistance band|mini band|tubing", "band"),
    (r"plates?|weight plate", "plate"),
    (r"pull ?ups?|chin ?ups?|chins|hanging|muscle ?ups?|toes to bar|inverted rows?", "pull-up-bar"),
    (r"bench (dips?|press(es)?)|incline|decline|benches|bench", "bench"),
    (r"push ?ups?|press ?ups?|planks?|crunch(es)?|sit ?ups?|burpees?|lunges?|air squats?"
     r"|bodyweight|body weight|bridges?|dips?|mountain climbers?|jumps?|hops?|bounds?"
     r"|superman|bird dogs?|dead bugs?|v ?ups?|leg raises?|flutter kicks?|wall sits?"
     r"|hollow|hyper ?extensions?|back extensions?|step ?ups?|pistols?|nordic", "bodyweight"),
    (r"medicine ball|med ball|stability ball|swiss ball|exercise ball|bosu|ball|sandbag"
     r"|atlas stones?|stones?|tires?|keg|sledge ?hammer|towel|rings?|trx|suspension"
     r"|farmers? walk|farmers?|rickshaw|car|chains?", "other"),
]
#: Equipment a lift implies by convention when the name names none ("Sumo Deadlift" is a
#: barbell lift, "Triceps Pushdown" a cable one); only consulted when no rule above matched.
_IMPLIED_RULES: list[tuple[str, str]] = [
    (r"dead ?lifts?|good ?mornings?|(back|front|overhead|box|zercher|speed) squats?"
     r"|push press(es)?|rack (pulls?|dead ?lifts?)|t bar|military press(es)?|bench press(es)?"
     r"|shotgun rows?|high pulls?|supino( (inclinado|reto|declinado))?", "barbell"),
    (r"kroc rows?", "dumbbell"),
    (r"bayesian curls?", "cable"),
    (r"lateral walks?", "band"),
    (r"belt squats?|glute drives?|pendular hacks?", "machine"),
    (r"parallel bar holds?|glider", "other"),
    (r"push ?downs?|face ?pulls?|pallof|wood ?chops?|jalon(es)?|pull ?overs? polea", "cable"),
    (r"butterfly|chest press(es)?|roman chair|(hip )?adductions?|(hip )?abductions?",
     "machine"),
    (r"preacher", "bench"),
    (r"(hindu|air|bodyweight|cossack) squats?|dead ?bugs?|scissors|calf raises?|l holds?"
     r"|wall angels?|handstands?"
     r"|external rotations?|scapular retractions?|hangs?|dead ?hangs?", "bodyweight"),
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
        return ("bodyweight", "bench")
    if loaded:
        return tuple(loaded)
    if found:
        return tuple(found)
    for regex, equipment in _IMPLIED_COMPILED:
        if regex.search(text):
            return (equipment,)
    return ()


_HOLD = re.compile(
    r"(?<![a-z0-9])(holds?|isometric|static|planks?|wall sits?|hollow( body)?( hold)?|l ?sits?"
    r"|dead hangs?|hangs?|bridge hold|iron cross|flex and hold|squeeze and hold)(?![a-z0-9])"
)
_DISTANCE = re.compile(
    r"(?<![a-z0-9])(carry|carries|walks?|farmers?|yoke|sled (drag|push)|drags?|rickshaw)"
    r"(?![a-z0-9])"
)
_PER_SIDE = re.compile(
    r"(?<![a-z0-9])(one|single|1) (arm|leg|legged|armed|side|sided|hand|handed|knee)"
    r"|(?<![a-z0-9])(unilateral|each side|per side|side (planks?|bridges?|lying)|split squats?"
    r"|bulgarian|lunges?|step ?ups?|pistols?|suitcase|single)(?![a-z0-9])"
)
_CARDIO = re.compile(
    r"(?<![a-z0-9])(sprints?|sprinting|carioca|air bike|stationary bike|battling ropes|jogging|run"
    r"|running|treadmill|elliptical|cycling|jumping jacks?|jump rope|skipping|high knees"
    r"|start technique|acceleration)(?![a-z0-9])"
)
_STRETCH = re.compile(
    r"(?<![a-z0-9])(stretch(es|ing)?|smr|foam roll(er|ing)?|mobility|yoga|estiramiento)"
    r"(?![a-z0-9])"
)
_OLYMPIC = re.compile(
    r"(?<![a-z0-9])((power |hang |squat |muscle |dead |split )?(clean|snatch)(es)?"
    r"(?! grip)( pulls?)?|jerks?)(?![a-z0-9])"
)
_ALTERNATING = re.compile(r"(?<![a-z0-9])(alternat(e|ing)|walking)(?![a-z0-9])")


def infer_measure(name: str, pattern: str | None, *, hold: bool = False) -> str:
    """How a set is dosed: ``seconds`` for a hold (the dataset says static, or the name says
    plank, wall sit, hold ...), ``metres`` for a carry, else ``reps``."""
    text = normalise_name(name)
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
    """``stretching``, ``olympic`` (cleans, snatches, jerks) or ``cardio`` (sprints, runs,
    jumping jacks) when the name says so, else None."""
    text = normalise_name(name)
    if _STRETCH.search(text):
        return "stretching"
    if _OLYMPIC.search(text):
        return "olympic"
    if _CARDIO.search(text):
        return "cardio"
    return None
