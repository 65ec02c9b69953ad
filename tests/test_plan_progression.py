"""The progression engine over simulated weeks: plate steps, racks, the harder chain, swaps."""

from __future__ import annotations

import math

import pytest

import mmc
from mmc.plan.increments import Increments
from mmc.plan.progression import working_weight
from mmc.plan.rules import LOAD_FLOOR, SWAP_AFTER

LIB = mmc.load_library()
MMC_RX = mmc.Prescription(
    sets=3, reps="12-15", load=mmc.Load(percent_1rm=60, rir=2), tempo="3-1-1-1", rest_seconds=120
)


def simulate(
    exercise: str,
    start: float,
    sessions: int,
    *,
    increments: Increments | None = None,
    rx: mmc.Prescription = MMC_RX,
    equipment: list[str] | None = None,
) -> list[mmc.Progression]:
    """A lifter who gains one rep a session at a load and drops to the bottom of the range
    after a load rise, always feeling the muscle."""
    results: list[mmc.Progression] = []
    weight, reps = start, rx.reps.low
    for _ in range(sessions):
        logs = [mmc.SetLog(weight=weight, reps=reps, rir=2, connection=5)] * rx.sets
        result = mmc.progress(rx, logs, exercise=exercise, library=LIB, increments=increments,
                              equipment=equipment, history=results)
        results.append(result)
        if result.decision == "add-load":
            assert result.weight is not None
            weight, reps = result.weight, rx.reps.low
        else:
            reps = min(reps + 1, rx.reps.high)
        rx = result.prescription
    return results


def loads(results: list[mmc.Progression]) -> list[float]:
    return [r.weight for r in results if r.weight is not None]


def on_grid(value: float, step: float) -> bool:
    return math.isclose(value / step, round(value / step), abs_tol=1e-9)


def test_a_barbell_moves_in_pairs_of_the_smallest_plates_kg_and_lb() -> None:
    kg = simulate("barbell-bench-press", 60, 16)
    assert [r.decision for r in kg[:4]] == ["keep-load"] * 3 + ["add-load"]
    assert all(on_grid(w, 2.5) for w in loads(kg))
    assert max(loads(kg)) == 70  # four rises of 2.5 kg in 16 sessions
    lb = simulate("barbell-bench-press", 135, 8, increments=Increments.for_unit("lb"))
    assert loads(lb)[-1] == 145 and all(on_grid(w, 5) for w in loads(lb))
    assert all(r.unit == "lb" for r in lb)


def test_off_grid_weights_go_to_the_next_real_load() -> None:
    top = [mmc.SetLog(weight=101, reps=15, rir=2, connection=5)] * 3
    barbell = mmc.progress(MMC_RX, top, exercise="barbell-back-squat", library=LIB)
    assert barbell.weight == 105.0  # 2% of 101 is 103.02: the next 2.5 kg step above it
    machine = mmc.progress(MMC_RX, top, exercise="leg-press", library=LIB)
    assert machine.weight == 105.0
    cable = mmc.progress(MMC_RX, top, exercise="lat-pulldown", library=LIB)
    assert cable.weight is not None and on_grid(cable.weight, 2.5) and cable.weight >= 103.02


def test_dumbbells_go_to_the_next_pair_on_the_rack() -> None:
    # The rack's next pair is the step (never 10.5 kg: no such dumbbell); a jump of more
    # than 10% waits until the reps have climbed past the top of the range.
    top = [mmc.SetLog(weight=10, reps=15, rir=2, connection=5)] * 3
    kg = mmc.progress(MMC_RX, top, exercise="dumbbell-lateral-raise", library=LIB)
    assert (kg.decision, kg.weight) == ("add-reps", 10) and "12.5" in kg.explanation
    past = [mmc.SetLog(weight=10, reps=20, rir=2, connection=5)] * 3
    kg = mmc.progress(MMC_RX, past, exercise="dumbbell-lateral-raise", library=LIB)
    assert kg.weight == 12.5
    assert any("more than R16's 10%" in n.reason for n in kg.rationale)
    rack = Increments(dumbbells=(8, 10, 12, 14, 16))
    assert mmc.progress(MMC_RX, past, exercise="dumbbell-lateral-raise", library=LIB,
                        increments=rack).weight == 12
    lb = [mmc.SetLog(weight=25, reps=20, rir=2, connection=5)] * 3
    assert mmc.progress(MMC_RX, lb, exercise="dumbbell-lateral-raise", library=LIB,
                        increments=Increments.for_unit("lb")).weight == 30
    heaviest = [mmc.SetLog(weight=10, reps=15, rir=2, connection=5)] * 3
    result = mmc.progress(MMC_RX, heaviest, exercise="dumbbell-lateral-raise", library=LIB,
                          increments=Increments(dumbbells=(6, 8, 10)))
    assert result.weight == 10 and result.decision != "add-load"  # the rack ends at 10


def test_increments_are_per_call_not_global() -> None:
    top = [mmc.SetLog(weight=40, reps=15, rir=2, connection=5)] * 3
    coarse = mmc.progress(MMC_RX, top, exercise="leg-press", library=LIB,
                          increments=Increments(machine=10))
    fine = mmc.progress(MMC_RX, top, exercise="leg-press", library=LIB)
    assert fine.weight == 45
    # A 10 kg pin is +25% here: the reps climb past 15 first, naming the next pin.
    assert (coarse.decision, coarse.weight) == ("add-reps", 40)
    assert "50" in coarse.explanation
    with pytest.raises(mmc.MmcError, match="increments"):
        mmc.progress(MMC_RX, top, exercise="leg-press", library=LIB,
                     increments={"machine": -5})
    with pytest.raises(mmc.MmcError, match="lightest first"):
        Increments(dumbbells=(10, 8))


def test_a_bodyweight_lift_slows_then_moves_along_its_harder_chain() -> None:
    rx = MMC_RX.model_copy(update={"load": mmc.Load(rir=2), "tempo": mmc.Tempo.parse("3-1-1-0")})
    results = simulate("push-up", 0, 12, rx=rx, equipment=["band", "bench"])
    decisions = [r.decision for r in results]
    assert "add-load" not in decisions  # never "add 0.5" to a push-up
    assert "slower-tempo" in decisions
    moved = next(r for r in results if r.decision == "harder-variation")
    assert moved.next_exercise in LIB.exercises["push-up"].harder
    harder = LIB.exercises[moved.next_exercise]
    assert set(harder.equipment) <= {"bodyweight", "band", "bench"}  # usable with this kit
    assert "pectoralis-major" in harder.primary or any(
        m.startswith("pectoralis") for m in harder.primary)
    assert all(r.prescription.tempo.rep_seconds <= 8 for r in results)


@pytest.mark.parametrize("level", ["beginner", "intermediate", None])
def test_the_harder_chain_steps_one_level_at_a_time(level: str | None) -> None:
    # A push-up is a beginner exercise: its next step is an intermediate one for the chest
    # (a band or decline push-up), never the advanced archer push-up, nor the diamond
    # push-up, which moves the work to the triceps.
    rx = MMC_RX.model_copy(update={"load": mmc.Load(rir=2), "tempo": mmc.Tempo.parse("5-1-1-1")})
    top = [mmc.SetLog(weight=0, reps=15, rir=2, connection=5)] * 3
    for kit in ([], ["band"], ["bench"], ["band", "bench"]):
        result = mmc.progress(rx, top, exercise="push-up", library=LIB, equipment=kit,
                              level=level)
        assert result.next_exercise != "archer-push-up"
        if result.decision == "harder-variation":
            chosen = LIB.exercises[result.next_exercise or ""]
            assert chosen.level == "intermediate"
            assert any(m.startswith("pectoralis") for m in chosen.primary)
        else:
            assert kit == [] and result.decision == "add-reps"  # nothing fits: more reps


def test_with_no_kit_a_push_up_adds_reps_not_an_advanced_variation() -> None:
    rx = MMC_RX.model_copy(update={"load": mmc.Load(rir=2), "tempo": mmc.Tempo.parse("3-1-1-0")})
    results = simulate("push-up", 0, 12, rx=rx, equipment=[])
    assert "harder-variation" not in [r.decision for r in results]  # only archer/diamond
    assert "add-reps" in [r.decision for r in results]


def test_a_band_moves_to_the_next_band() -> None:
    top = [mmc.SetLog(weight=0, reps=15, rir=2, connection=5)] * 3
    result = mmc.progress(MMC_RX, top, exercise="band-biceps-curl", library=LIB)
    assert result.decision == "next-band" and result.weight == 0


def test_persistently_low_connection_cuts_with_a_floor_then_ends_in_a_swap() -> None:
    history: list[mmc.Progression] = []
    rx, weight = MMC_RX, 50.0
    for _ in range(6):
        logs = [mmc.SetLog(weight=weight, reps=12, rir=2, connection=2,
                           felt_in=["deltoid-anterior"])] * 3
        result = mmc.progress(rx, logs, exercise="barbell-bench-press", library=LIB,
                              equipment=["barbell", "bench", "dumbbell"], history=history)
        history.append(result)
        assert result.weight is not None and result.weight >= 50 * LOAD_FLOOR
        weight, rx = result.weight, result.prescription
    decisions = [r.decision for r in history]
    assert decisions[:SWAP_AFTER - 1] == ["lower-load"] * (SWAP_AFTER - 1)
    assert decisions[SWAP_AFTER - 1] == "swap"
    swap = history[SWAP_AFTER - 1]
    # Felt in the front delt: a fly first (the chest without the press's front delt and
    # triceps work); the bench's linked easier variation, the push-up, is still offered.
    assert LIB.exercises[swap.next_exercise or ""].pattern == "fly"
    assert "push-up" in swap.alternatives
    assert swap.alternatives and all(
        set(LIB.exercises[e].equipment) <= {"barbell", "bench", "dumbbell", "bodyweight"}
        for e in swap.alternatives)
    assert "deltoid-anterior" in swap.explanation
    assert min(loads(history)) == 40  # 50 -> 45 -> 40, never the 29.5 of five 10% cuts


def test_a_good_session_ends_the_low_streak() -> None:
    low = [mmc.SetLog(weight=50, reps=12, rir=2, connection=2)] * 3
    good = [mmc.SetLog(weight=45, reps=13, rir=2, connection=4)] * 3
    first = mmc.progress(MMC_RX, low, exercise="barbell-bench-press", library=LIB)
    second = mmc.progress(MMC_RX, good, exercise="barbell-bench-press", library=LIB,
                          history=[first])
    third = mmc.progress(MMC_RX, low, exercise="barbell-bench-press", library=LIB,
                         history=[first, second])
    assert third.decision == "lower-load"  # a streak of one again, not a swap


def test_mixed_weights_are_judged_at_the_working_weight() -> None:
    sets = [mmc.SetLog(weight=w, reps=15, rir=2, connection=5) for w in (60, 60, 55)]
    assert working_weight(sets) == 60
    result = mmc.progress(MMC_RX, sets, exercise="barbell-bench-press", library=LIB)
    assert result.decision == "keep-load" and result.weight == 60  # the 55 set is short
    assert any("working weight 60" in n.decision for n in result.rationale)
    tie = [mmc.SetLog(weight=w, reps=15, rir=2, connection=5) for w in (60, 55)]
    assert working_weight(tie) == 55
    heavier = [mmc.SetLog(weight=w, reps=15, rir=2, connection=5) for w in (60, 60, 62.5)]
    assert mmc.progress(MMC_RX, heavier, exercise="barbell-bench-press",
                        library=LIB).weight == 62.5  # judged at 60: every set at the top


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"logs": [{"weight": float("inf"), "reps": 10, "connection": 3}]}, "logs[0]"),
        ({"logs": [{"weight": -1, "reps": 10, "connection": 3}]}, "logs[0]"),
        ({"exercise": "bench-pres"}, "exercise"),
        ({"exercise": "bench-press-unknown", "library": None}, "library"),
        ({"history": "abc"}, "history"),
        ({"history": [{"decision": "nope"}]}, "history[0]"),
        ({"equipment": ["anvil"]}, "equipment"),
    ],
)
def test_invalid_input_is_an_mmc_error_naming_the_field(kwargs: dict[str, object],
                                                        field: str) -> None:
    args: dict[str, object] = {
        "logs": [mmc.SetLog(weight=40, reps=12, connection=4)],
        "exercise": "barbell-bench-press",
        "library": LIB,
    }
    args.update(kwargs)
    logs = args.pop("logs")
    with pytest.raises(mmc.MmcError) as caught:
        mmc.progress(MMC_RX, logs, **args)  # type: ignore[arg-type]
    assert (caught.value.field or "").startswith(field)


STRENGTH_EQUIPMENT = ["barbell"]


def test_a_strength_lift_progresses_on_reps_and_rir_whatever_the_connection_rating() -> None:
    # R3: a strength set succeeds on load, reps and RIR. Four sessions of 4 x 6 at 2 RIR with
    # the "connection" rated 2, 2, 2, 5: the bar is never taken off, the explosive concentric
    # is never slowed, the squat is never swapped (for a wall sit or anything else).
    plan = mmc.plan_session(LIB, targets=["quadriceps"], equipment=STRENGTH_EQUIPMENT,
                            minutes=45, goal="strength")
    item = plan.items[0]
    rx = item.prescription
    assert rx.tempo.is_explosive and rx.reps.high <= 6
    history: list[mmc.Progression] = []
    weight = 100.0
    for rating in (2, 2, 2, 5):
        logs = [mmc.SetLog(weight=weight, reps=rx.reps.high, rir=2, connection=rating,
                           felt_in=["gluteus-maximus"])] * rx.sets
        result = mmc.progress(rx, logs, exercise=item.exercise, library=LIB,
                              equipment=STRENGTH_EQUIPMENT, history=history, goal="strength")
        history.append(result)
        assert result.decision == "add-load"
        assert result.weight is not None and result.weight > weight
        assert str(result.prescription.tempo) == str(rx.tempo)  # still 2-1-X-0
        assert result.next_exercise is None and not result.alternatives
        assert "flex" not in result.explanation
        weight, rx = result.weight, result.prescription
    assert [r.weight for r in history] == [102.5, 105, 107.5, 110]
    # Short sets at a low RIR still hold the load, and say why in reps, not in ratings.
    short = [mmc.SetLog(weight=weight, reps=4, rir=1, connection=1)] * rx.sets
    held = mmc.progress(rx, short, exercise=item.exercise, library=LIB, goal="strength")
    assert held.decision == "keep-load" and held.weight == weight
    assert "rated" not in held.explanation


def test_a_lateral_raise_felt_in_the_front_delt_swaps_to_another_lateral_raise() -> None:
    kit = ["dumbbell", "cable", "band", "machine", "bench", "barbell"]
    for level in ("beginner", "intermediate", None):
        history: list[mmc.Progression] = []
        rx, weight = MMC_RX, 10.0
        for _ in range(SWAP_AFTER):
            logs = [mmc.SetLog(weight=weight, reps=12, rir=2, connection=2,
                               felt_in=["deltoid-anterior", "triceps-brachii"])] * 3
            result = mmc.progress(rx, logs, exercise="dumbbell-lateral-raise", library=LIB,
                                  equipment=kit, history=history, level=level)
            history.append(result)
            weight = result.weight or weight
            rx = result.prescription
        swap = history[-1]
        assert swap.decision == "swap" and swap.alternatives
        cap = {"beginner": 0, "intermediate": 1, None: 0}[level]  # None: the raise's own level
        for exercise_id in swap.alternatives:
            alternative = LIB.exercises[exercise_id]
            assert alternative.pattern == "raise"
            assert "deltoid-lateral" in alternative.primary  # never a front raise or a press
            assert "deltoid-anterior" not in alternative.primary
            assert {"beginner": 0, "intermediate": 1, "advanced": 2}[alternative.level] <= cap
        assert "set-up" in swap.explanation


def test_a_low_connection_bench_swaps_away_from_the_front_delt() -> None:
    history: list[mmc.Progression] = []
    rx, weight = MMC_RX, 50.0
    kit = ["barbell", "bench", "dumbbell", "machine", "cable"]
    for _ in range(SWAP_AFTER):
        logs = [mmc.SetLog(weight=weight, reps=12, rir=2, connection=1,
                           felt_in=["deltoid-anterior"])] * 3
        result = mmc.progress(rx, logs, exercise="barbell-bench-press", library=LIB,
                              equipment=kit, history=history, level="intermediate")
        history.append(result)
        weight, rx = result.weight or weight, result.prescription
    swap = history[-1]
    original = LIB.exercises["barbell-bench-press"]
    for exercise_id in swap.alternatives:
        alternative = LIB.exercises[exercise_id]
        # The same pattern, or an isolation lift for the chest alone (no pullover).
        assert alternative.pattern == original.pattern or all(
            LIB.root(m) == "pectoralis-major" for m in alternative.primary)
        assert alternative.level in ("beginner", "intermediate")
        assert "deltoid-anterior" not in alternative.primary


def test_a_load_far_too_heavy_is_reset_from_the_estimated_1rm() -> None:
    # 80 kg for 9/8/7 reps at 0 RIR on a 12-15 @ 2 RIR prescription is about 77% 1RM: the
    # next load is the one R15 gives for 15 reps + 2 in reserve (~62.5 kg), not "keep 80".
    logs = [mmc.SetLog(weight=80, reps=r, rir=0, connection=4) for r in (9, 8, 7)]
    result = mmc.progress(MMC_RX, logs, exercise="barbell-bench-press", library=LIB)
    assert result.decision == "lower-load" and result.weight == 62.5
    assert any(n.rule == "R15" and "reset the load" in n.decision for n in result.rationale)
    # The same on a coarse dumbbell rack: 12.5 kg for 10/9/8 at 1 RIR goes back to 10 kg.
    raise_logs = [mmc.SetLog(weight=12.5, reps=r, rir=1, connection=4) for r in (10, 9, 8)]
    raised = mmc.progress(MMC_RX, raise_logs, exercise="dumbbell-lateral-raise", library=LIB)
    assert raised.decision == "lower-load" and raised.weight == 10
    # A little short (13 reps at 1 RIR) is ordinary double progression: keep the load.
    near = [mmc.SetLog(weight=60, reps=13, rir=1, connection=4)] * 3
    assert mmc.progress(MMC_RX, near, exercise="barbell-bench-press",
                        library=LIB).decision == "keep-load"


def test_a_load_far_too_light_jumps_to_the_estimated_load() -> None:
    # 15 reps with 6 in reserve is about 50% 1RM: 47.5-50 kg, not +2.5 kg.
    logs = [mmc.SetLog(weight=40, reps=15, rir=6, connection=4)] * 3
    result = mmc.progress(MMC_RX, logs, exercise="barbell-bench-press", library=LIB)
    assert result.decision == "add-load"
    assert result.weight is not None and 47.5 <= result.weight <= 50
    lb = mmc.progress(MMC_RX, [mmc.SetLog(weight=95, reps=15, rir=6, connection=4)] * 3,
                      exercise="barbell-bench-press", library=LIB,
                      increments=Increments.for_unit("lb"))
    assert lb.weight is not None and on_grid(lb.weight, 5) and lb.weight >= 110
