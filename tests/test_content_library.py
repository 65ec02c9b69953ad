"""Coverage and quality of the bundled coaching library (issue 3).

These tests read ``content/`` exactly as shipped (no packs, no extra directories) and the four
public datasets in ``../shared/data`` (``MMC_SHARED_DATA`` overrides the location), so that the
muscle aliases are checked against the datasets' real vocabularies, and the library's text
against their instructions.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from mmc.content.frontmatter import parse_document, sections
from mmc.content.loader import check_content
from mmc.model.common import GROUPS
from mmc.model.cue import CUE_MAX_CHARS
from mmc.model.library import Library
from mmc.model.tempo import REP_SECONDS_WARN

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
DATA = Path(os.environ.get("MMC_SHARED_DATA", ROOT.parent / "shared" / "data"))

#: Equipment the library must span (issue 3), plus the extras the brief asks for.
REQUIRED_EQUIPMENT = ("bodyweight", "dumbbell", "barbell", "cable", "machine", "band",
                      "kettlebell", "ez-bar")
#: Patterns whose reps start by lifting (R6: record which phase a rep starts with).
CONCENTRIC_FIRST = {"elbow-flexion", "horizontal-pull", "vertical-pull", "shrug", "raise",
                    "knee-flexion", "calf-raise", "rotator-cuff", "hip-abduction",
                    "hip-adduction", "wrist"}
#: Patterns whose reps start by lowering.
ECCENTRIC_FIRST = {"squat", "lunge"}
#: Exercises whose every rep is a lowering started at the top.
LOWERING_ONLY = re.compile(r"^negative-|nordic")
LEVELS = {"beginner": 0, "intermediate": 1, "advanced": 2}
#: A run of this many words shared with a dataset's instructions counts as copied text.
COPY_WORDS = 8


@cache
def library() -> Library:
    result = check_content(CONTENT, bundled=False, packs=False)
    assert not result.problems, [str(p) for p in result.problems]
    assert result.library is not None
    return result.library


def _json(relative: str) -> Any:
    return json.loads((DATA / relative).read_text(encoding="utf-8"))


@cache
def dataset_muscle_names() -> dict[str, set[str]]:
    """Every muscle name each dataset uses, read from the data files themselves."""
    names: dict[str, set[str]] = defaultdict(set)
    for record in _json("free-exercise-db/exercises.json"):
        names["free-exercise-db"].update(record["primaryMuscles"] + record["secondaryMuscles"])
    exercemus = _json("exercemus/exercises.json")
    assert isinstance(exercemus, dict)
    names["exercemus"].update(exercemus["muscles"])
    for record in exercemus["exercises"] + exercemus["exercises_to_merge"]:
        names["exercemus"].update(record["primary_muscles"] + record["secondary_muscles"])
    for record in _json("everkinetic/exercises.json"):
        names["everkinetic"].update(record["primary"] + record["secondary"])
    for row in _json("wger/muscles.json"):
        names["wger"].add(row["fields"]["name"])
        if row["fields"]["name_en"]:
            names["wger"].add(row["fields"]["name_en"])
    # open-exercise-db's only extra term (crosswalk in free-exercise-db/SOURCE.md).
    names["open-exercise-db"].add("hip flexors")
    return names


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("\u2019", ""))


@cache
def dataset_word_runs() -> frozenset[tuple[str, ...]]:
    """Every run of COPY_WORDS consecutive words in the datasets' instructions and descriptions."""
    texts: list[str] = []
    for record in _json("free-exercise-db/exercises.json"):
        texts += record["instructions"]
    exercemus = _json("exercemus/exercises.json")
    assert isinstance(exercemus, dict)
    for record in exercemus["exercises"]:
        texts += record["instructions"] + [record.get("description", "")] + record.get("tips", [])
    texts += [record.get("description") or "" for record in exercemus["exercises_to_merge"]]
    for record in _json("everkinetic/exercises.json"):
        texts += record["steps"] + record["tips"] + [record["primer"]]
    for row in _json("wger/translations.json"):
        description = row["fields"].get("description") or ""
        texts.append(re.sub(r"<[^>]+>", " ", description))
    runs: set[tuple[str, ...]] = set()
    for text in texts:
        words = _words(text)
        runs.update(tuple(words[i : i + COPY_WORDS]) for i in range(len(words) - COPY_WORDS + 1))
    assert len(runs) > 100_000, "the datasets' instructions were not read"
    return frozenset(runs)


# -- counts and spread ------------------------------------------------------------------------


def test_counts() -> None:
    lib = library()
    assert len(lib.muscles) == 41
    assert len(lib.exercises) >= 80
    assert len(lib.drills) >= 12
    assert "mind-muscle-connection" in lib.pages


def test_equipment_spread() -> None:
    lib = library()
    for equipment in REQUIRED_EQUIPMENT:
        assert len(lib.exercises_using(equipment)) >= 2, equipment


def test_every_muscle_is_primary_in_two_exercises() -> None:
    """A whole muscle counts its heads' exercises: an exercise lists a muscle or one of its heads
    as primary, never both (issue 14)."""
    lib = library()
    primary = Counter(
        m for e in lib.exercises.values() for m in lib.muscles
        if set(lib.family(m)) & set(e.primary)
    )
    short = {m: primary[m] for m in lib.muscles if primary[m] < 2}
    assert not short, f"muscles primary in fewer than 2 exercises: {short}"


# -- muscles ----------------------------------------------------------------------------------


def test_muscles_are_enriched() -> None:
    for muscle in library().muscles.values():
        assert muscle.actions, muscle.id
        assert len(muscle.flex) >= 80 and re.search(r"feel|should", muscle.flex, re.I), muscle.id
        assert len(muscle.touch) >= 40, muscle.id
        # The calves have no stand-in among the library's muscles: their cheat is bounce; the
        # tibialis anterior's helpers, the toe extensors, are not in the library either.
        assert muscle.compensations or muscle.id in ("calves", "tibialis-anterior"), muscle.id
        assert muscle.id not in muscle.compensations, muscle.id
        assert muscle.aliases, muscle.id
        assert len(muscle.description) >= 80, muscle.id


def test_aliases_are_unique_across_names_and_ids() -> None:
    owner: dict[str, str] = {}
    clashes: list[str] = []
    for muscle in library().muscles.values():
        for name in {n.casefold() for n in (muscle.id, muscle.name, muscle.latin, *muscle.aliases)}:
            if name in owner and owner[name] != muscle.id:
                clashes.append(f"{name!r}: {owner[name]} and {muscle.id}")
            owner.setdefault(name, muscle.id)
    assert not clashes


def test_every_dataset_muscle_name_maps_to_a_muscle() -> None:
    lib = library()
    vocabularies = dataset_muscle_names()
    assert set(vocabularies) >= {"free-exercise-db", "exercemus", "everkinetic", "wger"}
    assert len(vocabularies["free-exercise-db"]) == 17 and len(vocabularies["wger"]) >= 16
    missing = sorted(
        f"{dataset}: {name!r}"
        for dataset, names in vocabularies.items()
        for name in names
        if lib.find_muscle(name) is None
    )
    assert not missing, missing


@pytest.mark.parametrize(
    ("name", "muscle_id"),
    [
        ("shoulders", "deltoid"),
        ("chest", "pectoralis-major"),
        ("middle back", "rhomboids"),
        ("lats", "latissimus-dorsi"),
        ("Latissimus dorsi", "latissimus-dorsi"),
        ("lower back", "erector-spinae"),
        ("abdominals", "rectus-abdominis"),
        ("Obliquus externus abdominis", "obliques"),
        ("abductors", "gluteus-medius"),
        ("adductors", "hip-adductors"),
        ("hip flexors", "hip-flexors"),
        ("Anterior deltoid", "deltoid-anterior"),
        ("deltoideus (clavicula)", "deltoid-anterior"),
        ("Biceps femoris", "hamstrings"),
        ("ischiocrural muscles", "hamstrings"),
        ("glutaeus maximus", "gluteus-maximus"),
        ("traps", "trapezius"),
        ("forearm", "forearm-flexors"),
        ("neck", "sternocleidomastoid"),
        ("Quads", "quadriceps"),
    ],
)
def test_coarse_names_land_on_the_muscle_they_usually_mean(name: str, muscle_id: str) -> None:
    found = library().find_muscle(name)
    assert found is not None and found.id == muscle_id


# -- exercises --------------------------------------------------------------------------------


def test_cue_mix_phase_and_length() -> None:
    for exercise in library().exercises.values():
        cues = exercise.cues
        internal = [c for c in cues if c.focus == "muscle"]
        assert len(cues) >= 3, exercise.id
        assert len(internal) >= 2, exercise.id
        for cue in cues:
            assert len(cue.text) <= CUE_MAX_CHARS, (exercise.id, cue.text)
            assert cue.phase, (exercise.id, cue.text)
            # Spoken, not printed as a sentence: capitalised, no trailing full stop.
            assert cue.text[0].isupper() and not cue.text.endswith("."), (exercise.id, cue.text)
        for cue in internal:
            assert cue.muscle in library().muscles, (exercise.id, cue.text)


def test_no_cue_text_is_used_twice() -> None:
    seen: dict[str, str] = {}
    duplicates: list[str] = []
    for exercise in library().exercises.values():
        for cue in exercise.cues:
            key = " ".join(_words(cue.text))
            if key in seen:
                duplicates.append(f"{cue.text!r} in {seen[key]} and {exercise.id}")
            seen[key] = exercise.id
    assert not duplicates


def test_tempos_sit_in_the_slow_eccentric_band() -> None:
    for exercise in library().exercises.values():
        tempo = exercise.tempo
        assert isinstance(tempo.eccentric, int) and 3 <= tempo.eccentric <= 5, exercise.id
        assert tempo.rep_seconds <= REP_SECONDS_WARN, exercise.id  # R7
        assert not tempo.warnings(), exercise.id


def test_no_internal_cue_on_an_explosive_concentric() -> None:
    explosive = 0
    for exercise in library().exercises.values():
        if exercise.tempo.concentric == "X":
            explosive += 1
            for cue in exercise.cues:
                assert not (cue.focus == "muscle" and cue.phase == "concentric"), exercise.id
    assert explosive >= 1, "the rule needs at least one explosive default to guard"


def test_reps_start_with_the_right_phase() -> None:
    for exercise in library().exercises.values():
        assert exercise.tempo.starts_with == exercise.starts_with, exercise.id
        # A negative or a Nordic curl is a lowering that starts at the top.
        if exercise.pattern in CONCENTRIC_FIRST and not LOWERING_ONLY.search(exercise.id):
            assert exercise.starts_with == "concentric", exercise.id
        # A step-up is a lunge that starts by stepping up onto the box.
        if exercise.pattern in ECCENTRIC_FIRST and "step-up" not in exercise.id:
            assert exercise.starts_with == "eccentric", exercise.id


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_SECONDS = re.compile(r"\b(one|two|three|four|five|\d+)\s+(?:slow\s+|full\s+)?seconds?\b", re.I)
_HOLD = re.compile(r"\b(?:hold|pause|for a beat|for a moment|count of one)\b", re.I)
_LOWERING = re.compile(r"\b(?:down|lower|lowering|return|close|out|unwind)\b", re.I)


def _seconds(text: str) -> int | None:
    match = _SECONDS.search(text)
    if match is None:
        return None
    word = match.group(1).lower()
    return _NUMBER_WORDS.get(word) or int(word)


def test_durations_spoken_in_the_text_match_the_tempo() -> None:
    """A cue that says "take four seconds down" on a 3-1-1-1 tempo contradicts the card (R6)."""
    wrong: list[str] = []
    for exercise in library().exercises.values():
        tempo = exercise.tempo
        for cue in exercise.cues:
            said = _seconds(cue.text)
            if cue.phase == "eccentric" and said is not None and said != tempo.eccentric:
                wrong.append(f"{exercise.id}: {cue.text!r} vs eccentric {tempo.eccentric}")
            if cue.phase == "peak":
                if said is not None and said != tempo.pause_after_concentric:
                    wrong.append(f"{exercise.id}: {cue.text!r} vs pause "
                                 f"{tempo.pause_after_concentric}")
                if _HOLD.search(cue.text) and tempo.pause_after_concentric == 0:
                    wrong.append(f"{exercise.id}: {cue.text!r} holds on a 0 s pause")
            if cue.phase == "pause" and tempo.pause_after_eccentric == 0:
                wrong.append(f"{exercise.id}: {cue.text!r} pauses on a 0 s pause")
        prose = " ".join(f"{exercise.setup} {exercise.mistakes}".split())
        for sentence in re.split(r"(?<=[.!?:])\s+", prose):
            said = _seconds(sentence)
            if said is None:
                continue
            if "at the top" in sentence and said != tempo.pause_after_concentric:
                wrong.append(f"{exercise.id}: {sentence!r} vs pause {tempo.pause_after_concentric}")
            elif "at the top" not in sentence and _LOWERING.search(sentence) \
                    and said != tempo.eccentric:
                wrong.append(f"{exercise.id}: {sentence!r} vs eccentric {tempo.eccentric}")
    assert not wrong, wrong


def test_every_exercise_has_its_three_sections_in_order() -> None:
    for path in sorted((CONTENT / "exercises").glob("*.md")):
        doc = parse_document(path.read_text(encoding="utf-8"), str(path))
        preamble, found = sections(doc.body, doc.body_line)
        assert [s.title for s in found] == ["Set up", "Visualise", "Common mistakes"], path.name
        assert not preamble, path.name
    for exercise in library().exercises.values():
        assert len(exercise.setup) >= 80, exercise.id
        visualise = exercise.visualise.lower()
        assert re.search(r"shorten|contract|bunch|tighten", visualise), exercise.id
        assert re.search(r"lengthen|stretch", visualise), exercise.id
        assert len(re.findall(r"^- ", exercise.mistakes, re.M)) >= 2, exercise.id


def test_mistakes_name_a_helper_taking_over() -> None:
    """Common mistakes say which helper steals the work (issue 3): every exercise names a muscle
    other than its targets, and most name one of the secondary muscles they list."""
    lib = library()
    words_of = {
        m.id: {w for w in _words(" ".join((m.name, *m.aliases))) if len(w) > 3}
        for m in lib.muscles.values()
    }
    naming_secondary = 0
    for exercise in lib.exercises.values():
        text = set(_words(exercise.mistakes))
        targets = {f for p in exercise.primary for f in lib.family(p)}
        helpers = [m for m in lib.muscles if m not in targets]
        assert any(words_of[m] & text for m in helpers), exercise.id
        naming_secondary += any(words_of[m] & text for m in exercise.secondary)
    assert naming_secondary >= 0.6 * len(lib.exercises)


def test_easier_and_harder_links_agree() -> None:
    lib = library()
    linked = 0
    for exercise in lib.exercises.values():
        linked += bool(exercise.easier or exercise.harder)
        for other in exercise.easier:
            assert LEVELS[lib.exercises[other].level] <= LEVELS[exercise.level], (exercise.id, other)
            assert exercise.id not in lib.exercises[other].easier, (exercise.id, other)
        for other in exercise.harder:
            assert LEVELS[lib.exercises[other].level] >= LEVELS[exercise.level], (exercise.id, other)
            assert exercise.id not in lib.exercises[other].harder, (exercise.id, other)
    assert linked >= 0.6 * len(lib.exercises)


def test_no_text_copied_from_the_datasets() -> None:
    runs = dataset_word_runs()
    copied: list[str] = []
    for path in sorted(CONTENT.glob("*/*.md")):
        words = _words(path.read_text(encoding="utf-8"))
        for i in range(len(words) - COPY_WORDS + 1):
            if tuple(words[i : i + COPY_WORDS]) in runs:
                copied.append(f"{path.relative_to(ROOT)}: {' '.join(words[i : i + COPY_WORDS])}")
    assert not copied, copied


def test_copy_check_catches_a_copied_sentence() -> None:
    """The check above must be able to fail: a dataset sentence is found in the runs."""
    record = _json("free-exercise-db/exercises.json")[0]
    step = max(record["instructions"], key=len)
    words = _words(step)
    assert tuple(words[:COPY_WORDS]) in dataset_word_runs()


# -- drills and the explainer -----------------------------------------------------------------


def test_a_flex_drill_for_every_group() -> None:
    lib = library()
    covered = {
        lib.muscles[t].group for d in lib.drills.values() if d.kind == "flex" for t in d.targets
    }
    assert covered >= set(GROUPS)


def test_home_routine_and_visualisations() -> None:
    lib = library()
    routines = [d for d in lib.drills.values() if d.kind == "routine"]
    assert any(
        8 <= d.minutes <= 12 and len({lib.muscles[t].group for t in d.targets}) >= 6 for d in routines
    )
    assert sum(d.kind == "visualisation" for d in lib.drills.values()) >= 2
    for drill in lib.drills.values():
        assert drill.steps and drill.description, drill.id


def test_explainer_cites_the_evidence_without_overclaiming() -> None:
    page = library().pages["mind-muscle-connection"]
    body = " ".join(page.body.split())
    assert page.title and page.summary
    for rule in ("R1", "R2", "R3", "R4", "R5"):
        assert f"({rule})" in body or f"rule {rule}" in body, rule
    for source in ("Calatayud et al. 2016", "Calatayud et al. 2018", "Schoenfeld et al. 2018",
                   "Snyder & Leech 2009", "Snyder & Fry 2012", "Daniels & Cook 2017",
                   # the counter-evidence (issue 14)
                   "Wulf 2013", "Marchant et al. 2009", "Fujita et al. 2019", "Fujita et al. 2020"):
        assert source in body, source
    assert "12.4 percent" in body and "6.9 percent" in body
    assert "not proven to prevent injuries" in body
    # What each study found at 80 percent, not "no effect at 80 percent" for all of them.
    assert "At 80 percent the studies disagree" in body
    assert "still raised chest activity with the chest cue at 80 percent" in body
    assert "triceps cue raised triceps activity at both 50 and 80 percent" in body
    # The growth trial used heavier sets than mmc's and found no strength difference.
    assert "sets of 8 to 12 reps" in body and "strength did not differ" in body
    # EMG is not read as "the muscle does more of the work".
    assert "biceps EMG went up while the force they produced went down" in body
    assert "](../evidence/)" in page.body


def test_no_content_promises_injury_prevention() -> None:
    for path in sorted(CONTENT.glob("*/*.md")):
        for sentence in re.split(r"(?<=[.!?])\s+", " ".join(path.read_text(encoding="utf-8").split())):
            if re.search(r"injur|imbalance", sentence, re.IGNORECASE):
                assert re.search(r"\bnot\b|\bno\b|n't", sentence), (path.name, sentence)


# -- the command line -------------------------------------------------------------------------


def test_mmc_check_is_clean_without_warnings() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mmc", "check", "--strict", str(CONTENT)],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    assert "ok:" in result.stdout
