"""The tempo pacer in Chromium under a fake clock, with speech synthesis stubbed."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import mmc
from mmc.render.pacer import READY_SECONDS, pacer_plan
from mmc.site.build import build_site
from mmc.site.config import SiteConfig

pytestmark = pytest.mark.browser

SPEECH_STUB = """
window.__spoken = [];
window.speechSynthesis.speak = (u) => window.__spoken.push(u.text);
window.speechSynthesis.cancel = () => {};
window.speechSynthesis.getVoices = () => [{name: 'Local', lang: 'en-GB', localService: true}];
"""
RECORD = """() => { window.__steps = [];
  document.querySelector('[data-pacer]').addEventListener('pacer:step', e => window.__steps.push(e.detail)); }"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pacer")
    out = tmp / "site"
    build_site(SiteConfig(cache_dir=str(tmp / "cache")), out=out)
    return out


@pytest.fixture()
def tab(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.add_init_script(SPEECH_STUB)
    page.clock.install(time=0)
    yield page
    context.close()


def test_a_two_rep_set_keeps_the_tempo_and_says_each_phase_cue(tab: Any, base: str) -> None:
    exercise = mmc.load_library().exercises["seated-cable-row"]
    phases = pacer_plan(exercise)["phases"]
    assert [p["seconds"] for p in phases] == [1.0, 1.0, 3.0, 1.0]  # 3-1-1-1, pull first
    tab.goto(base + "exercises/seated-cable-row/")
    tab.evaluate(RECORD)
    assert tab.locator("[data-pacer]").is_visible()
    tab.fill("[data-pacer-sets]", "1")
    tab.fill("[data-pacer-reps]", "2")
    tab.check("[data-pacer-speak]")
    tab.click("[data-pacer-start]")
    # Partway through the lowering of rep 1 the display shows it, highlighted, counting down.
    tab.clock.run_for(READY_SECONDS * 1000 + 1000 + 1000 + 1500)
    assert tab.inner_text("[data-pacer-phase]") == "Return"
    assert tab.inner_text("[data-pacer-seconds]") == "2"
    assert "rep 1 of 2" in tab.inner_text("[data-pacer-rep]")
    assert tab.locator(".tempo-phases .phase-eccentric.is-current").count() == 1
    assert tab.locator(".tempo-phases .is-current").count() == 1
    assert "Return" in tab.inner_text("[data-pacer-live]")
    tab.clock.run_for(60_000)
    steps = tab.evaluate("window.__steps")
    kinds = [s["kind"] for s in steps]
    assert kinds == ["ready"] + ["phase"] * 8 + ["done"]
    starts = [s["at"] for s in steps]
    durations = [round((b - a) / 1000, 3) for a, b in itertools.pairwise(starts)]
    assert durations == [READY_SECONDS] + [p["seconds"] for p in phases] * 2
    assert [(s["rep"], s["phase"]) for s in steps[1:-1]] == [
        (rep, p["phase"]) for rep in (1, 2) for p in phases
    ]
    spoken = tab.evaluate("window.__spoken")
    cue = {p["phase"]: p["cue"] for p in phases}
    setup = next(c.text for c in exercise.cues if c.phase == "setup")
    # Rep 1 hears each phase's cue (or its name when it has none); rep 2 the names only.
    assert spoken == [
        setup,
        *[cue[p["phase"]] or p["label"] for p in phases],
        *[p["label"] for p in phases],
        "Done",
    ]
    assert cue["concentric"] and cue["eccentric"] and spoken[1] == cue["concentric"]
    assert tab.inner_text("[data-pacer-live]").startswith("Done: 1 set of 2 reps")
    assert tab.locator(".tempo-phases .is-current").count() == 0


def test_rest_is_timed_between_sets_and_sessions_pace_each_exercise(tab: Any, base: str) -> None:
    tab.goto(base + "sessions/back-and-biceps/")
    tab.evaluate(RECORD)
    options = tab.locator("[data-pacer-exercise] option")
    assert options.count() == tab.locator(".session-table tbody tr").count() >= 2
    # The first exercise's prescription fills the settings.
    first = tab.locator(".session-table tbody tr").first
    assert tab.input_value("[data-pacer-sets]") == first.locator(".col-rx").inner_text()[0]
    assert tab.input_value("[data-pacer-rest]") == first.locator(".col-rest").inner_text()[:-2]
    tab.fill("[data-pacer-sets]", "2")
    tab.fill("[data-pacer-reps]", "1")
    tab.fill("[data-pacer-rest]", "30")
    tab.click("[data-pacer-start]")
    tab.clock.run_for(120_000)
    steps = tab.evaluate("window.__steps")
    rest = [i for i, s in enumerate(steps) if s["kind"] == "rest"]
    assert len(rest) == 1
    assert steps[rest[0] + 1]["at"] - steps[rest[0]]["at"] == 30_000
    assert steps[rest[0] + 1]["set"] == 2 and steps[-1]["kind"] == "done"
    assert tab.locator("[data-pacer-exercise]").input_value() == "1"  # on to the next one
    assert tab.inner_text("[data-pacer-phase]").startswith("Next: ")


def test_pause_stop_keyboard_and_no_speech_by_default(tab: Any, base: str) -> None:
    tab.goto(base + "exercises/barbell-back-squat/")
    assert not tab.is_checked("[data-pacer-speak]")
    tab.focus("[data-pacer-start]")
    tab.keyboard.press("Enter")
    tab.clock.run_for(READY_SECONDS * 1000 + 500)
    tab.keyboard.press("Enter")  # pause
    frozen = tab.inner_text("[data-pacer-seconds]")
    tab.clock.run_for(10_000)
    assert tab.inner_text("[data-pacer-seconds]") == frozen
    assert tab.inner_text("[data-pacer-start]") == "Resume"
    tab.click("[data-pacer-stop]")
    assert tab.inner_text("[data-pacer-start]") == "Start"
    assert tab.evaluate("window.__spoken") == []
    assert tab.get_attribute("[data-pacer-live]", "aria-live") == "polite"


def test_reduced_motion_has_no_moving_bar_and_no_js_hides_the_pacer(
    browser: Any, base: str
) -> None:
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(base + "exercises/seated-cable-row/")
    page.click("[data-pacer-start]")
    transition = page.evaluate(
        "getComputedStyle(document.querySelector('[data-pacer-bar]')).transitionDuration"
    )
    assert transition in ("0s", "")
    context.close()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "exercises/seated-cable-row/")
    assert page.locator("[data-pacer]").is_hidden()
    assert page.locator(".cue-list .cue").count() >= 2
    context.close()


def test_the_plan_skips_empty_phases_and_paces_explosive_ones() -> None:
    lib = mmc.load_library()
    for exercise in lib.exercises.values():
        plan = pacer_plan(exercise)
        if exercise.measure == "metres":  # a carry has no tempo to pace
            assert plan is None, exercise.id
            continue
        assert plan is not None, exercise.id
        assert all(p["seconds"] > 0 for p in plan["phases"])
        assert len(plan["phases"]) == sum(1 for _, v in exercise.tempo.phases if v != 0)
        first = next(name for name, value in exercise.tempo.phases if value != 0)
        assert plan["phases"][0]["phase"] == first


def test_a_per_side_set_paces_each_side_with_a_switch(tab: Any, base: str) -> None:
    exercise = mmc.load_library().exercises["bulgarian-split-squat"]
    plan = pacer_plan(exercise)
    assert plan is not None and plan["per_side"]
    tab.goto(base + "exercises/bulgarian-split-squat/")
    tab.evaluate(RECORD)
    assert "each side" in tab.inner_text("[data-pacer-dose]")
    tab.fill("[data-pacer-sets]", "1")
    tab.fill("[data-pacer-reps]", "1")
    tab.click("[data-pacer-start]")
    tab.clock.run_for(60_000)
    steps = tab.evaluate("window.__steps")
    reps = len(plan["phases"])
    assert [s["kind"] for s in steps] == ["ready", *["phase"] * reps, "switch",
                                          *["phase"] * reps, "done"]
    switch = steps[reps + 1]
    assert steps[reps + 2]["at"] - switch["at"] == plan["switch"] * 1000
    assert steps[1]["side"] == "left side" and steps[reps + 2]["side"] == "right side"


def test_holds_are_one_timed_step_and_carries_are_not_paced() -> None:
    lib = mmc.load_library()
    plank = lib.exercises["seated-cable-row"].model_copy(update={"measure": "seconds"})
    plan = pacer_plan(plank)
    assert plan is not None and plan["measure"] == "seconds" and plan["reps"] == 30
    carry = plank.model_copy(update={"measure": "metres"})
    assert pacer_plan(carry) is None
