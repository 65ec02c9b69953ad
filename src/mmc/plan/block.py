"""Training blocks: a planned week repeated for 4-6 weeks with a ramp and a deload (R19)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mmc.errors import MmcError
from mmc.model.library import Library
from mmc.model.prescription import Load, Prescription
from mmc.model.session import RuleNote, Session, SessionItem
from mmc.model.training import Block, BlockWeek, Week
from mmc.plan.goal_rules import GOAL_RULES, GoalRules, percent_for
from mmc.plan.rules import CHANGEOVER_SECONDS, MMC_MAX_PERCENT_1RM, RIR_MAX, RIR_MIN
from mmc.plan.timing import items_seconds
from mmc.plan.week import direction, plan_week, volume_flags, weekly_volume

__all__ = ["BLOCK_WEEKS", "DELOAD_RIR_ADD", "RAMP_START", "block_schedule", "plan_block"]

#: R19 + convention: a block is 4-6 weeks, the last one a deload.
BLOCK_WEEKS = range(4, 7)
#: Convention: the first loading week does this share of the peak week's sets; the share
#: rises evenly to all of them in the last loading week.
RAMP_START = 0.75
#: R19 + convention: the deload week does half the sets with two more reps in reserve.
DELOAD_SHARE = 0.5
DELOAD_RIR_ADD = 2


def block_schedule(weeks: int, rules: GoalRules) -> list[tuple[str, int, float]]:
    """(kind, RIR, share of the peak week's sets) for each week of a block.

    The loading weeks ramp the sets from 75% to all of the planned week and taper the RIR
    from one more than the goal's to one less (within R13's 0-4); the last week deloads.
    """
    loading = weeks - 1
    high = min(RIR_MAX, rules.rir + 1)
    low = max(RIR_MIN, rules.rir - 1)
    schedule = []
    for k in range(loading):
        t = k / (loading - 1) if loading > 1 else 1.0
        rir = round(high - t * (high - low))
        share = round(RAMP_START + t * (1 - RAMP_START), 4)
        schedule.append(("loading", rir, share))
    schedule.append(("deload", min(RIR_MAX, rules.rir + DELOAD_RIR_ADD), DELOAD_SHARE))
    return schedule


def _load(load: Load, rx: Prescription, rir: int, rules: GoalRules) -> Load:
    if load.effort is not None:
        return load  # a hold or a carry: an effort in words, no RIR
    if load.percent_1rm is None:
        return Load(rir=rir)
    percent = percent_for(rx.reps, rir)
    if rules.goal == "mmc-hypertrophy":
        percent = min(percent, MMC_MAX_PERCENT_1RM)  # R1: muscle cues at <= 60% 1RM
    return Load(percent_1rm=percent, rir=rir)


def _item(item: SessionItem, sets: int, rir: int, rules: GoalRules) -> SessionItem:
    rx = item.prescription
    new = rx.model_copy(update={"sets": sets, "load": _load(rx.load, rx, rir, rules)})
    return item.model_copy(update={"prescription": new})


def _shared_sets(planned: Sequence[int], share: float) -> list[int]:
    """Each exercise's sets for a week doing ``share`` of the planned ones, so that the
    session's total is the share (rounded): one set at a time comes off the exercise with
    the most sets, the later one on a tie (isolation and trunk work before the main lifts),
    never below one set."""
    sets = list(planned)
    if share >= 1:
        return sets
    target = max(len(sets), round(share * sum(planned)))
    while sum(sets) > target:
        most = max(sets)
        if most <= 1:
            break
        index = max(i for i, n in enumerate(sets) if n == most)
        sets[index] -= 1
    return sets


def _session(
    session: Session, number: int, kind: str, share: float, rir: int, rules: GoalRules
) -> Session:
    counts = _shared_sets([item.prescription.sets for item in session.items], share)
    items = [_item(item, n, rir, rules) for item, n in zip(session.items, counts, strict=True)]
    old = {item.exercise: item.prescription for item in session.items}
    notes: list[RuleNote] = [
        RuleNote(
            rule="R19",
            decision=f"block week {number} ({kind}): {100 * share:.0f}% of the sets, {rir} RIR",
            reason="the same exercises every week of the block, so progression can work"
            if kind == "loading"
            else "a deload: fewer sets, further from failure, the same exercises",
        )
    ]
    for note in session.rationale:
        before = old.get(note.exercise or "")
        if before is not None and note.decision.startswith(f"{before.sets} x "):
            after = next(i.prescription for i in items if i.exercise == note.exercise)
            note = note.model_copy(
                update={"decision": f"{after.sets} x {after.dose()} at {after.load}"}
            )
        if note.rule == "R10" and note.decision.startswith("hard sets this session"):
            continue  # the week's volume table has them
        if note.decision.startswith("duration "):
            continue
        notes.append(note)
    drills = 60.0 * sum(d.minutes for d in session.drills)
    total = drills + items_seconds(items, session.goal)
    notes.append(
        RuleNote(
            rule="convention",
            decision=f"duration {total / 60:.1f} of {session.minutes} min",
            reason="drills + warm-up sets + sets x reps x tempo + rest + "
            f"{CHANGEOVER_SECONDS} s from each exercise (or superset) to the next (in a strength "
            "session its full rest, at least that)",
        )
    )
    return session.model_copy(
        update={"items": items, "rationale": notes, "duration_minutes": round(total / 60.0, 1)}
    )


def _week(
    library: Library, base: Week, number: int, kind: str, rir: int, share: float
) -> Week:
    rules = GOAL_RULES[base.goal]
    days = [_session(s, number, kind, share, rir, rules) for s in base.days]
    volume = weekly_volume(library, days, base.targets)
    keep = [f for f in base.flags if f.kind not in ("under-volume", "over-volume")]
    push = sum(
        i.prescription.sets for s in days for i in s.items if _counts(library, i.exercise, "push")
    )
    pull = sum(
        i.prescription.sets for s in days for i in s.items if _counts(library, i.exercise, "pull")
    )
    flags = [*keep, *volume_flags(volume)] if kind == "loading" else keep
    return base.model_copy(
        update={
            "title": f"{base.title} - block week {number} ({kind})",
            "days": days,
            "volume": volume,
            "flags": flags,
            "push_sets": push,
            "pull_sets": pull,
        }
    )


def _counts(library: Library, exercise_id: str, way: str) -> bool:
    return direction(library, exercise_id) == way


def plan_block(
    library: Library,
    *,
    weeks: int = 4,
    days: int,
    minutes: int,
    equipment: Iterable[str] = (),
    targets: Iterable[str] | None = None,
    goal: str = "mmc-hypertrophy",
    level: str = "intermediate",
    activation: bool = True,
) -> Block:
    """Plan a training block of ``weeks`` (4-6) weeks around one :func:`plan_week` week.

    The week is planned once and kept: the same exercises on the same days every week, so
    that :func:`~mmc.plan.progression.progress` can move each one's load. Its sets are the
    peak; the loading weeks ramp from 75% of them to all, with the reps in reserve tapering
    from one more than the goal's to one less (the %1RM follows by R15's table, capped at
    60% for mind-muscle sets, R1); the last week deloads to half the sets with two more
    reps in reserve (R19; the sizes are conventions). Deload weeks carry no under-volume
    flags: fewer sets is their point.

    Takes the arguments of :func:`~mmc.plan.week.plan_week`; raises
    :class:`~mmc.errors.MmcError` for a block length outside 4-6 and whatever
    :func:`plan_week` raises.
    """
    if isinstance(weeks, bool) or not isinstance(weeks, int) or weeks not in BLOCK_WEEKS:
        raise MmcError(
            f"a block is 4 to 6 weeks, not {weeks!r}",
            field="weeks",
            fix="give weeks=4, 5 or 6 (the last week is a deload, R19)",
        )
    base = plan_week(
        library,
        days=days,
        minutes=minutes,
        equipment=equipment,
        targets=targets,
        goal=goal,
        level=level,
        activation=activation,
    )
    rules = GOAL_RULES[base.goal]
    plan = [
        BlockWeek(
            number=n,
            kind="loading" if kind == "loading" else "deload",
            rir=rir,
            volume=share,
            week=_week(library, base, n, kind, rir, share),
        )
        for n, (kind, rir, share) in enumerate(block_schedule(weeks, rules), start=1)
    ]
    notes = _block_notes(plan)
    return Block(
        title=f"{weeks}-week block: {base.title}",
        goal=base.goal,
        level=base.level,
        weeks=plan,
        rationale=[*notes, *base.rationale],
    )


def _block_notes(plan: Sequence[BlockWeek]) -> list[RuleNote]:
    ramp = ", ".join(f"{100 * w.volume:.0f}%" for w in plan if w.kind == "loading")
    rirs = ", ".join(str(w.rir) for w in plan if w.kind == "loading")
    deload = plan[-1]
    return [
        RuleNote(
            rule="convention",
            decision=f"loading weeks: sets at {ramp} of the planned week; RIR {rirs}",
            reason="volume ramps up and effort rises toward the deload; the sizes are conventions. "
            "Sets come off the exercise with the most sets first, the later one on a tie, so "
            "isolation work ramps most and the main lifts ramp mainly by RIR; a session's sets "
            "are rounded on their own, so one exercise may differ by a set between two days",
        ),
        RuleNote(
            rule="R19",
            decision=f"week {deload.number} deloads: {100 * deload.volume:.0f}% of the sets at "
            f"{deload.rir} RIR",
            reason="a planned spell of reduced training stress to recover before the next block",
        ),
        RuleNote(
            rule="R16",
            decision="the same exercises every week",
            reason="double progression needs the same lift week to week to move its load",
        ),
    ]
