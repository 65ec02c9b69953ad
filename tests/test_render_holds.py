"""Holds and carries print their time or distance where a set of reps prints its tempo, and a
muscle whose heads are all listed is named as the whole muscle.

A plank's or a carry's tempo (``3-0-1-0``) only covers getting into and out of position, so
the card's tempo strip, the card's prescription line and the session sheet show the dose
(``hold 20-40 s``, ``carry 30 m each side``) instead of a rep tempo.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import mmc
from mmc.render.tempo import dose_words, render_dose_strip


@pytest.fixture(scope="module")
def lib() -> mmc.Library:
    return mmc.load_library()


def _rx(measure: str, reps: str, *, per_side: bool = False) -> mmc.Prescription:
    return mmc.Prescription.model_validate(
        {"sets": 3, "reps": reps, "load": {"effort": "stop before your form breaks"},
         "tempo": "3-0-1-0",
         "rest_seconds": 60, "measure": measure, "per_side": per_side}
    )


def _front_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_hold_card_shows_its_time_not_a_tempo(lib: mmc.Library) -> None:
    plank = lib.exercises["plank"]
    assert plank.measure == "seconds"
    card = mmc.render_card(plank, _rx("seconds", "20-40"), library=lib)
    assert "data-tempo" not in card.front  # no rep tempo strip
    assert 'data-measure="seconds"' in card.front
    text = _front_text(card.front)
    assert "hold 20-40 s" in text
    assert "tempo 3-0-1-0" not in text
    assert "3 \u00d7 20-40 s" in text
    bare = mmc.render_card(plank, library=lib)  # no prescription: no time to show
    assert "data-tempo" not in bare.front and "hold for time" in _front_text(bare.front)


def test_a_carry_card_shows_its_distance(lib: mmc.Library) -> None:
    carry = lib.exercises["dumbbell-suitcase-carry"]
    assert carry.measure == "metres" and carry.per_side
    card = mmc.render_card(carry, _rx("metres", "20-30", per_side=True), library=lib)
    text = _front_text(card.front)
    assert "carry 20-30 m each side" in text and "tempo 3-0-1-0" not in text
    assert 'data-measure="metres"' in card.front


def test_a_set_of_reps_keeps_its_tempo(lib: mmc.Library) -> None:
    card = mmc.render_card(lib.exercises["barbell-back-squat"], library=lib)
    assert "data-tempo=" in card.front and "data-measure" not in card.front


def test_the_session_sheet_prints_the_dose_in_the_tempo_line(lib: mmc.Library) -> None:
    session = mmc.plan_session(lib, targets=["obliques"], equipment=[], minutes=20)
    holds = [i for i in session.items if i.prescription.measure != "reps"]
    reps = [i for i in session.items if i.prescription.measure == "reps"]
    assert holds and reps, [i.exercise for i in session.items]
    html = mmc.render_sheet(session, library=lib)
    lines = re.findall(r'<p class="mmc-tempo">([^<]*)</p>', html)
    assert len(lines) == len(session.items)
    for item, line in zip(session.items, lines, strict=True):
        if item.prescription.measure == "reps":
            assert line.startswith(f"Tempo {item.prescription.tempo.format()}")
        else:
            assert line == f"Hold {item.prescription.dose()} per set, not reps"


def test_the_dose_helpers() -> None:
    assert dose_words("seconds", "20-40 s") == "Hold 20-40 s"
    assert dose_words("metres") == "Carry for distance"
    assert "carry" in render_dose_strip("metres", "30 m")
    with pytest.raises(mmc.MmcError, match="measure"):
        render_dose_strip("reps")  # type: ignore[arg-type]


def test_the_plan_table_says_hold_not_a_tempo(lib: mmc.Library) -> None:
    from mmc.plan.text import session_markdown

    session = mmc.plan_session(lib, targets=["obliques"], equipment=[], minutes=20)
    rows = [line for line in session_markdown(session).splitlines()
            if line.startswith("| ") and line[2].isdigit()]
    assert len(rows) == len(session.items)
    tempos = {item.prescription.measure: row.split(" | ")[4]
              for item, row in zip(session.items, rows, strict=True)}
    assert tempos.get("seconds") == "hold", tempos  # the side plank
    assert tempos.get("reps", "0-0-0-0")[0].isdigit()


def test_the_site_tiles_say_hold_and_carry(tmp_path: Path) -> None:
    from mmc.site.build import build_site
    from mmc.site.config import load_config

    out = tmp_path / "site"
    build_site(load_config(cwd=tmp_path), out=out)
    index = (out / "exercises" / "index.html").read_text(encoding="utf-8")

    def chip(exercise_id: str) -> str:
        tile = index.split(f'/exercises/{exercise_id}/"', 1)[1].split("</li>", 1)[0]
        return re.findall(r'class="chip chip-tempo"[^>]*>([^<]*)<', tile)[0]

    assert chip("plank") == "hold"
    assert chip("dumbbell-farmer-carry") == "carry"
    assert chip("barbell-back-squat")[0].isdigit()


def test_a_muscle_whose_heads_are_all_listed_is_named_once(lib: mmc.Library) -> None:
    from mmc.render.cards import muscle_labels

    assert muscle_labels(["triceps-long", "triceps-lateral", "triceps-medial"], lib) == ["Triceps"]
    assert muscle_labels(["triceps-long", "triceps-lateral"], lib) == [
        "Triceps long head", "Triceps lateral head"]
    assert muscle_labels(["rectus-femoris"], lib) == ["Rectus femoris"]  # the quads' only head
    card = mmc.render_card(lib.exercises["overhead-cable-triceps-extension"], size="a6",
                           library=lib)
    assert "targets" not in card.shortened
    assert "<strong>Triceps</strong>" in card.front


def test_the_dose_strip_title_reads_as_a_prescription() -> None:
    """The strip's title (what a screen reader says, and the tooltip) names the dose once:
    ``Hold 20-40 s.``, or ``Hold for time.`` with no dose, never "a timed hold, for time"."""

    def title(svg: str) -> str:
        found = re.findall(r"<title>([^<]*)</title>", svg)
        assert len(found) == 1 and f'aria-label="{found[0]}"' in svg
        return found[0]

    assert title(render_dose_strip("seconds")) == "Hold for time."
    assert title(render_dose_strip("seconds", "20-40 s")) == "Hold 20-40 s."
    assert title(render_dose_strip("metres")) == "Carry for distance."
    assert title(render_dose_strip("metres", "30 m each side")) == "Carry 30 m each side."
    assert title(render_dose_strip("seconds", "<b>")) == "Hold &lt;b&gt;."  # escaped once


def test_a_bare_hold_card_does_not_say_for_time_twice(lib: mmc.Library) -> None:
    card = mmc.render_card(lib.exercises["copenhagen-plank"], library=lib)
    text = _front_text(card.front)
    assert "timed hold" not in text.lower()
    assert "Hold for time." in card.front
