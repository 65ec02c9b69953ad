"""Plain Markdown for planned sessions and weeks (what ``mmc plan --format md`` prints).

No templates and no Markdown library: the output is plain text that reads well in a terminal
and renders as tables anywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mmc.model.session import Session

if TYPE_CHECKING:  # annotations only: `mmc plan` need not define the week and block models
    from mmc.model.training import Block, Week

__all__ = ["EVIDENCE_NOTE", "session_markdown", "week_markdown"]

#: Where a reader finds what the rule ids of a plan's reasons stand for.
EVIDENCE_NOTE = (
    "The rule ids (R1, R2, ...) are explained, with their studies, on the evidence page: "
    "guide/evidence/ in a site built by `mmc build`. \"convention\" marks a coaching habit "
    "with no trial behind it."
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def session_markdown(session: Session, *, heading: str = "#") -> str:
    """A session as Markdown: drills, a table of exercises, cues, and the reasons."""
    lines = [
        f"{heading} {session.title}",
        "",
        f"Goal: {session.goal} · level: {session.level} · "
        f"{session.duration_minutes:g} of {session.minutes} min · equipment: "
        + (", ".join(session.equipment) or "bodyweight"),
        "",
    ]
    if session.drills:
        lines += [f"{heading}# Activation", ""]
        lines += [f"- {d.name} ({d.minutes:g} min)" for d in session.drills]
        lines.append("")
    lines += [
        f"{heading}# Exercises",
        "",
        "| # | exercise | sets x dose | load | tempo | rest |",
        "|---|---|---|---|---|---|",
    ]
    for n, item in enumerate(session.items, start=1):
        rx = item.prescription
        # A hold or a carry has no rep tempo (its tempo only covers getting into position).
        tempo = {"seconds": "hold", "metres": "carry"}.get(rx.measure, str(rx.tempo))
        label = item.superset
        rest = f"{rx.rest_seconds} s"
        if label is not None:
            # A superset: a set of each in turn, the rest after the second.
            partner = label[0] + ("2" if label.endswith("1") else "1")
            rest = (f"straight to {partner}" if label.endswith("1")
                    else f"{rx.rest_seconds} s, then {partner}")
        lines.append(
            f"| {n}{' ' + label if label else ''} | {_cell(item.name)} | "
            + (f"{rx.warmup_sets} warm-up + " if rx.warmup_sets else "")
            + f"{rx.sets} x {rx.dose()} | {rx.load} | {tempo} | {rest} |"
        )
    lines.append("")
    for item in session.items:
        if not item.cues and not item.safety:
            continue
        lines.append(f"**{item.name}**")
        lines.append("")
        lines += [f"- {cue.phase} ({cue.focus}): {cue.text}" for cue in item.cues]
        lines += [f"- **safety**: {note}" for note in item.safety]
        lines.append("")
    lines += [f"{heading}# Why", ""]
    for note in session.rationale:
        about = f" [{note.exercise}]" if note.exercise else ""
        lines.append(f"- **{note.rule}**{about} {note.decision}: {note.reason}")
    lines += ["", EVIDENCE_NOTE]
    return "\n".join(lines) + "\n"


def week_markdown(week: Week) -> str:
    """A week as Markdown: the volume table, the flags, then each day."""
    lines = [
        f"# {week.title}",
        "",
        f"Goal: {week.goal} · level: {week.level} · targets: {', '.join(week.targets)}",
        "",
        "## Weekly hard sets (R10: primary 1, secondary 0.5)",
        "",
        "| muscle | sets | primary | secondary | status |",
        "|---|---|---|---|---|",
    ]
    for v in week.volume:
        name = f"**{_cell(v.name)}**" if v.target else _cell(v.name)
        lines.append(
            f"| {name} | {v.sets:g} | {v.primary_sets} | {v.secondary_sets} | {v.status} |"
        )
    lines += [
        "",
        f"Push {week.push_sets} sets, pull {week.pull_sets}; front {week.front_sets:g}, "
        f"back {week.back_sets:g}.",
        "",
    ]
    if week.flags:
        lines += ["## Flags", ""]
        lines += [f"- **{f.kind}** ({f.rule}): {f.message}" for f in week.flags]
        lines.append("")
    for session in week.days:
        lines.append(session_markdown(session, heading="##"))
    return "\n".join(lines).rstrip("\n") + "\n"


def block_markdown(block: Block) -> str:
    """A block as Markdown: the weeks at a glance, each day's exercises week by week, the
    reasons, then the first week in full."""
    lines = [
        f"# {block.title}",
        "",
        f"Goal: {block.goal} · level: {block.level} · {len(block.weeks)} weeks",
        "",
        "| week | kind | sets | reps in reserve |",
        "|---|---|---|---|",
    ]
    for w in block.weeks:
        lines.append(f"| {w.number} | {w.kind} | {100 * w.volume:.0f}% | {w.rir} |")
    lines.append("")
    first = block.weeks[0].week
    for day, session in enumerate(first.days):
        lines += [f"## Day {day + 1}", ""]
        head = " | ".join(f"week {w.number}" for w in block.weeks)
        lines += [f"| exercise | {head} |", "|---|" + "---|" * len(block.weeks)]
        for index, item in enumerate(session.items):
            cells = []
            for w in block.weeks:
                rx = w.week.days[day].items[index].prescription
                load = f"{rx.load.percent_1rm:g}%, " if rx.load.percent_1rm is not None else ""
                effort = rx.load.effort or f"{w.rir} RIR"
                cells.append(f"{rx.sets} x {rx.dose()} ({load}{effort})")
            lines.append(f"| {_cell(item.name)} | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["## Why", ""]
    for note in block.rationale:
        lines.append(f"- **{note.rule}** {note.decision}: {note.reason}")
    lines += ["", "#" + week_markdown(first)]
    return "\n".join(lines).rstrip("\n") + "\n"
