"""The table of name rules :func:`~mmc.content.importers.inference.infer_pattern` reads.

Each rule is a regular expression over the normalised name (lower-case ASCII words, see
:func:`~mmc.content.importers.name_hints.normalise_name`) and what it means: a pattern, a
pattern with the mechanic it has there, or a chooser that decides from the target muscles
where a word is ambiguous ("curl" is an elbow flexion for the biceps and a knee flexion for
the hamstrings).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "AMBIGUOUS", "COMPILED", "FIRST_FALLBACK", "RULES", "UPRIGHT_ROW", "Chooser", "Outcome",
]

#: Marks a phrase that names no single pattern (a side plank is neither anti-extension nor
#: anti-rotation; olympic lifts and complexes span several).
AMBIGUOUS = "?"

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

_SHOULDER_LIFTERS = _DELTOIDS | frozenset(
    {"trapezius", "trapezius-upper", "trapezius-middle", "trapezius-lower"})
#: An upright row: a raise (elbows lifted out to the side) with the elbow bending too.
UPRIGHT_ROW: Outcome = ("raise", "compound")


def _high_pull(targets: frozenset[str]) -> Outcome | None:
    """A high pull is an upright row pulled from low, unless its targets are the lats and
    no deltoid or trapezius: then it is pulled down (a cable "high pull" is a pulldown)."""
    if targets & _LATS and not targets & _SHOULDER_LIFTERS:
        return "vertical-pull"
    return UPRIGHT_ROW


_RETRACTORS = frozenset({"rhomboids", "trapezius-middle"})
_ELEVATORS = frozenset({"trapezius", "trapezius-upper"})


def _shrug(targets: frozenset[str]) -> Outcome | None:
    """A shrug, or a scapular retraction where its targets are only the retractors."""
    return "scapular" if targets & _RETRACTORS and not targets & _ELEVATORS else "shrug"


# (regular expression over the normalised name, pattern or chooser). Specific phrases come
# first; each match is blanked out so that a generic word inside it ("curl" in "leg curl")
# cannot match again.
RULES: list[tuple[str, Outcome | Chooser]] = [
    # Words that say nothing about the pattern here ("pulldown behind the neck", "calf press
    # on the leg press machine", "flyes with a twist").
    (
        r"behind (the )?neck|clean grip|to (the )?neck|with a twist|with knee (raises?|drives?)"
        r"|(on |with |using )?(a |the )?(pull ?up|chin ?up) bars?"
        r"|(agarre|abierto|cerrado|estrecho) supino|(on (a |the )?)?fingerboard"
        r"|(on|using|in) (the |a )?(leg press|hack squat|smith|calf|multi press)( machine)?"
        r"|calf machine",
        "",
    ),
    # Lifts that chain two or more movements in every rep: a thruster (a front squat into a
    # push press), a Turkish get-up, a devil's press (a burpee into a snatch), a man maker.
    (
        r"(turkish )?get ?ups?|thrusters?|devil ?s press(es)?|man ?makers?",
        ("combination", "compound"),
    ),
    # Phrases that do not name one pattern: a burpee is cardio; olympic lifts and complexes.
    # Gymnastics skills are whole-body holds of their own, not one pattern.
    (
        r"burpees?"
        r"|(power |hang |squat |muscle )?(clean|snatch)(es)?|jerks?|complex|bear crawl"
        r"|(front|back) levers?(?! (pull|rows?|raises?))|(?<!pseudo )planches?(?! (de cote"
        r"|laterales?|push|leans?))|frog stands?|human flags?",
        AMBIGUOUS,
    ),
    (
        r"neck( side)?( (extensions?|flexions?|curls?|bridges?|rotations?))"
        r"( and (extensions?|flexions?))?",
        "neck",
    ),
    # French "planche de côté" / "planche latérale": a side plank (an English "planche" is a
    # gymnastics hold, not matched).
    (r"side (planks?|bridges?|bends?|flexions?)|lateral flexions?|side( [a-z]+)? trunk flexions?"
     r"|heel touch(es|ers)?|oblique crunch(es)?|planches? (de cote|laterales?)",
     "lateral-flexion"),
    (r"plantar ?flexions?", "calf-raise"),
    (r"supino( (inclinado|reto|declinado))?", "horizontal-push"),
    (r"(leg press )?(toe|calf) press(es)?", "calf-raise"),
    (r"(push ?up|press ?up) depth jumps?|plyo(metric)? push ?ups?|clap(ping)? push ?ups?",
     "horizontal-push"),
    (r"l ?sit (pull|chin) ?ups?", "vertical-pull"),
    (r"dead ?hangs?|hangs?|sloper hang(ing)?|fingerboard hangs?", "wrist"),
    (r"(bench|chair|floor) dips?", ("elbow-extension", "compound")),
    (r"butterfly sit ?ups?", "trunk-flexion"),
    (r"dragon ?flags?", "anti-extension"),
    (r"rotary torso|torso rotations?|judo flips?", "trunk-rotation"),
    (r"cable iron cross(es)?", "fly"),
    (r"(linear )?jammers?", "vertical-push"),
    (r"pendul(ar|um) (hack|squat)s?", "squat"),
    (r"(on (the )?)?scott( machine| bench)?( curls?)?", "elbow-flexion"),
    (r"flexion lateral", "lateral-flexion"),
    (r"reverse nordics?( curls?)?", "knee-extension"),
    (r"press sit ?ups?|otis ?ups?|elbow to knee|cocoons?|butt ?ups?", "trunk-flexion"),
    (r"(ab|abdominal) roll(er|ers|out|outs)?|fall ?outs?|body saws?|stir the pot|dead ?bugs?"
     r"|hollow( body)?( holds?| rocks?)?|(abdominal )?draw ?ins?|stomach vacuums?",
     "anti-extension"),
    (r"bird ?dogs?", "anti-rotation"),
    (r"l ?(sits?|holds?)|mountain climbers?|hanging pikes?|scissors?( kicks?)?(?! jumps?)",
     "hip-flexion"),
    # "Isometric Wipers": from a push-up position, the weight shifted onto one bending arm
    # and pushed back up (the chest and triceps listed), not a trunk rotation.
    (r"isometric wipers?", "horizontal-push"),
    (r"(windshield )?wipers|landmine 180s?|cable (wood ?)?lifts?|standing cable lifts?"
     r"|spell casters?", "trunk-rotation"),
    (r"neck press(es)?|(reverse )?triceps bench press(es)?|board press(es)?|pin press(es)?|paused? bench( press(es)?)?|chest squeezes?"
     r"|(squeeze|hex) press(es)?|press ?arounds?|(incline|decline|flat) (dumbbell|barbell) bench(?= *$| with)"
     r"|(high )?incline( (smith|machine|dumbbell|barbell|db|bb|bench))* press(es)?",
     "horizontal-push"),
    # A high pull bent over (dumbbells pulled to the chest, elbows high) is a row; standing,
    # an upright row (below) pulled from the floor or the knees, unless the record's targets
    # are only the lats (wger's "High Pull (cable)": "High pull down on cable"), a pulldown.
    (r"bent( over)? high pulls?", "horizontal-pull"),
    (r"high pulls?", _high_pull),
    (r"rope climbs?|jalon(es)?|trazioni|(mixed|neutral|close|wide) grip chins?",
     "vertical-pull"),
    (r"bench pulls?|long pulley|remo|face ?pulls?", "horizontal-pull"),
    (r"ohp|log lifts?|circus bell|axle press(es)?|v ?push ?ups?|pike push ?ups?|handstand push ?ups?|bent press(es)?",
     "vertical-push"),
    (r"atlas stones?( trainer)?|(keg|sandbag|stone) loads?|tire flips?|rickshaw dead ?lifts?"
     r"|power stairs", "hinge"),
    (r"sled (drags?|push(es)?)|backward drags?|drags? harness|rickshaw carry|conan s wheel"
     r"|sled overhead backward walk", "carry"),
    (r"stride jump crossovers?|jump ?squats?"
     r"|(box |depth |tuck |star |split |scissors? |rocket |long |broad |squat "
     r"|seated box )?jumps?|jumping jacks?|hops?|bounds?|leaps?|box skips?|skipping|butt kicks?|push ?offs?"
     r"|jump ?squats?", "jump"),
    (r"throws?|slams?|chest pass(es)?|chest push(es)?|drop push(es)?|return push|bag thrusts?"
     r"|wall balls?|scoop", "throw"),
    (r"hamstring slides?|slider (leg )?curls?", "knee-flexion"),
    (r"hammer ?curls?|(biceps? )?concentration curls?|spider curls?|drag curls?",
     "elbow-flexion"),
    (r"skull ?crush(ers?|es)?", "elbow-extension"),
    (r"jm press(es)?", ("elbow-extension", "compound")),
    (r"lateral (band )?walks?|band walks?|monster walks?", "hip-abduction"),
    (r"glute drives?|patadas? (de burro|traseras?)|extension de gluteos?|donkey kicks?"
     r"|frog press(es)?", "hip-extension"),
    # Drivers: a plate held out in front and turned like a steering wheel.
    (r"elevacion lateral|(car|bus) drivers?", "raise"),
    # "Machine lateral wise": a lateral raise machine (its deltoid says it is no pulldown).
    (r"machine laterals?( wise)?", _by_muscle((_DELTOIDS, "raise"))),
    (r"around the worlds?|crucifix", "fly"),
    (r"(wall|snow) angels?|ytwl|ywts?|y w ts?|ytws?|wall slides?|trap( [0-9])? raises?",
     "scapular"),
    (r"plate pinch(es)?|pinch|hand squeeze|grippers?|grip (trainers?|work)|hand grips?", "wrist"),
    (r"tibialis|dorsi ?flexion|toe raises?", "ankle-dorsiflexion"),
    (r"(calf|calves) (raises?|press(es)?)|calf|calves|heel raises?", "calf-raise"),
    (r"wrist (curls?|rotations?|rollers?|extensions?|flexions?)|wrist|forearm curls?", "wrist"),
    (
        r"(lying |seated |standing )?(leg|hamstring|knee) curls?|glute ham raises?|nordic",
        "knee-flexion",
    ),
    (
        r"(lying|seated|standing) curls?",
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
    # A reverse hyper swings the legs back behind a torso lying still: the hip extends.
    (r"reverse hyper( ?extensions?|s)?", "hip-extension"),
    (r"(back|spinal) extensions?|hyper ?extensions?|supermans?|skydivers?",
     "back-extension"),
    (
        r"(external|internal|exterior|interior)( [a-z]+)? rotations?|shoulder rotations?|rotator cuff|cuban( dumbbell| barbell)? press(es)?",
        "rotator-cuff",
    ),
    # An upright row lifts the elbows out to the side (the deltoids and upper traps): the
    # bundled library files it as a raise with two joints moving, not a lat pull.
    (r"upright( [a-z]+)? rows?", UPRIGHT_ROW),
    (r"straight arm (pull ?downs?|push ?downs?)", "pullover"),
    (r"face pulls?", "horizontal-pull"),
    (r"pull ?overs?", "pullover"),
    (r"band pull ?aparts?|pull ?aparts?|scap(ular)? pull ?ups?", "scapular"),
    (r"(leg )?pull ?ins?|flutter kicks?|leg lifts?|leg tucks?|hip flexions?", "hip-flexion"),
    (r"pull ?downs?|pull ?ups?|chin ?ups?|chins|muscle ?ups?|lat pull", "vertical-pull"),
    (r"rows?|rowing", "horizontal-pull"),
    (r"split squats?|bulgarian( split)?( squats?)?|lunges?|step ?ups?", "lunge"),
    # "Shrimp Squad": wger's misspelling of the shrimp squat (its text: "single leg squad").
    (r"leg press(es)?|hack squats?|squats?|shrimp squads?|pistols?|wall sits?", "squat"),
    (
        r"dead ?lifts?|hip hinges?|hinges?|good ?mornings?|romanian|rdl|stiff legged|stiff leg"
        r"|swings?|rack pulls?|pull ?throughs?",
        "hinge",
    ),
    # A shrug for the shoulder blades' retractors alone (the "Middle Back Shrug": "squeeze
    # your shoulder blades together") draws them back rather than up.
    (r"shrugs?", _shrug),
    (
        # "fFly": a typo in wger's "Low Pulley Cable fFly".
        r"(reverse |rear delt |rear )?f?fl(y|ys|y s|ies|yes|ye)|cross ?overs?|pec deck|butterfly",
        "fly",
    ),
    (
        r"(lateral|front|side|rear delt|rear|y|l) raises?|side laterals?( raises?)?|laterals"
        r"|scaptions?|power partials",
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
    # A handstand held (the push-ups are above): an overhead press held still.
    (r"(wall )?handstands?( holds?)?", "vertical-push"),
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
FIRST_FALLBACK = len(RULES) - 2  # the last two rules: a muscle named with nothing else
COMPILED = [(re.compile(rf"(?<![a-z0-9])(?:{rx})(?![a-z0-9])"), target) for rx, target in RULES]
