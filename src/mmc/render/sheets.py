"""The gym-bag session sheet: one portrait page to train from and write on.

The page opens with the activation drills (tick them off), then lists each exercise with
sets x reps, load, tempo, rest and its key cue, above a grid with a box per set for the
weight, the reps, the reps in reserve (RIR, R13) and the 1-5 connection rating (how well the
target muscle was felt; the progression rule reads it). Up to eight exercises fit on one
A4 or Letter page. Ink-friendly: white ground, thin grey rules, no large dark fills; the
type is large enough to read at arm's length.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mmc.errors import InvalidValueError, MmcError
from mmc.model.cue import Cue
from mmc.model.prescription import Prescription
from mmc.model.session import Session, SessionItem
from mmc.model.tempo import EXPLOSIVE, Tempo
from mmc.render.cards import format_rest, muscle_label, muscle_labels
from mmc.render.cardsheet import paper_size
from mmc.render.fit import fit_lines
from mmc.render.geometry import pt
from mmc.render.measure import count_lines, text_width
from mmc.render.tempo import PHASE_WORDS, dose_words

if TYPE_CHECKING:  # pragma: no cover
    from mmc.model.library import Library
    from mmc.render.templates import Templates

__all__ = ["GOAL_NAMES", "key_cue", "load_session", "render_sheet", "set_groups", "tempo_words"]

GOAL_NAMES = {
    "mmc-hypertrophy": "Muscle growth, mind-muscle focus",
    "strength": "Strength",
    "technique": "Technique",
}
#: Exercises per page; more continue on a second page.
PER_PAGE = 8
#: Drills listed by name (three to a row); more are summed up in the last place.
MAX_DRILLS = 6
#: With more boxes to a row than this, the connection boxes are left blank instead of
#: showing 1 2 3 4 5 to circle.
SCALE_MAX_SETS = 5
_CSS_PAGE = {"a4": "A4", "letter": "letter"}


def tempo_words(tempo: Tempo) -> str:
    """``lower 3 s · pause 1 s · lift 1 s`` in the order a rep performs them."""
    parts = [
        f"{PHASE_WORDS[name]} {'fast' if value == EXPLOSIVE else f'{value} s'}"
        for name, value in tempo.phases
        if value != 0
    ]
    return " \u00b7 ".join(parts)


def key_cue(item: SessionItem) -> Cue | None:
    """The cue to print for an exercise: the first the planner chose that is said during
    the rep (not set-up or breathing), else the first of all.

    A muscle cue for an explosive concentric is skipped (R2).
    """
    tempo = item.prescription.tempo
    usable = [
        c
        for c in item.cues
        if not (tempo.is_explosive and c.phase == "concentric" and c.focus == "muscle")
    ]
    during = [c for c in usable if c.phase not in ("setup", "breathing")]
    ranked = during or usable
    return ranked[0] if ranked else None


# Geometry of an exercise box (session-sheet.css), to shorten text by rule instead of
# letting it spill: margins 10 mm, two columns of 49 %, padding 2.2 mm and a 0.3 mm border.
_NAME_PT, _CUE_PT, _TEMPO_PT = 11.5, 9.0, 8.8
_SAFETY_PT = 7.0


def _text_width_pt(paper: str) -> float:
    width_mm = (paper_size(paper)[0] - 20) * 0.49 - 2 * 2.2 - 2 * 0.3
    return pt(width_mm) - 1.0


def set_groups(sets: int, most: int = 6) -> list[list[int]]:
    """Set numbers split into as few even rows of at most ``most`` boxes as possible."""
    rows = -(-sets // most)
    size = -(-sets // rows)
    numbers = list(range(1, sets + 1))
    return [numbers[i : i + size] for i in range(0, sets, size)]


def drill_share(count: int) -> float:
    """The share of the page width each drill takes: one, two or three to a row."""
    return {1: 1.0, 2: 0.5}.get(count, 0.33)


def _drill_cells(session: Session, paper: str) -> list[tuple[str, str]]:
    """(name, minutes) for each drill cell: names shortened by rule to one line of a third
    of the page; past :data:`MAX_DRILLS` the last cell counts the rest."""
    drills = list(session.drills)
    share = drill_share(len(drills))
    width = pt((paper_size(paper)[0] - 20) * share - 1) - pt(3.4 + 1.5)
    cells: list[tuple[str, str]] = []
    shown = drills if len(drills) <= MAX_DRILLS else drills[: MAX_DRILLS - 1]
    for drill in shown:
        minutes = f"{drill.minutes:g}"
        tail = text_width(f" {minutes} min", 9.5)

        def lines(text: str, tail: float = tail) -> int:
            return count_lines([(text, False)], width - tail, 9.5)

        cells.append((fit_lines(drill.name, 1, lines), minutes))
    if len(drills) > len(shown):
        rest = drills[len(shown) :]
        cells.append((f"+ {len(rest)} more drills", f"{sum(d.minutes for d in rest):g}"))
    return cells


def _dose(rx: Prescription) -> str:
    """``12-15``, ``12-15 each side``, ``30-45 s``, ``20 m each side``: short enough to keep
    the prescription on one line."""
    if rx.measure == "reps":
        return f"{rx.reps} each side" if rx.per_side else str(rx.reps)
    return rx.dose()


def _item_view(
    number: int, item: SessionItem, library: Library | None, paper: str
) -> dict[str, Any]:
    rx = item.prescription
    tempo = rx.tempo
    exercise = library.exercises.get(item.exercise) if library is not None else None
    if exercise is not None and tempo.starts_with != exercise.starts_with:
        tempo = tempo.model_copy(update={"starts_with": exercise.starts_with})
    cue = key_cue(item)
    if cue is None and exercise is not None:
        cue = key_cue(item.model_copy(update={"cues": exercise.cues}))
    primary = item.primary or (list(exercise.primary) if exercise else [])
    width = _text_width_pt(paper)
    number_pt = pt(4.6 + 1.6) + 2  # the numbered circle before the name

    def name_lines(text: str) -> int:
        return count_lines([(text, True)], width, _NAME_PT, first_line_pt=number_pt)

    def cue_lines(text: str) -> int:
        return count_lines([(f"\u201c{text}\u201d", False)], width, _CUE_PT)

    def tempo_lines(text: str) -> int:
        return count_lines([(text, False)], width, _TEMPO_PT)

    def safety_lines(text: str) -> int:
        return count_lines([(f"\u26a0 {text}", True)], width, _SAFETY_PT)

    safety = list(item.safety) or (list(exercise.safety) if exercise is not None else [])

    # Every line starts "Tempo 3-1-X-0"; the words after it are shortened to fit, never the label.
    tempo_line = fit_lines(f"Tempo {tempo.format()}: {tempo_words(tempo)}", 1, tempo_lines)
    if rx.measure != "reps":  # a hold or a carry: the set is the time or the distance
        tempo_line = f"{dose_words(rx.measure, rx.dose())} per set, not reps"
    return {
        "number": number,
        "id": item.exercise,
        "name": fit_lines(item.name, 1, name_lines),
        "sets": rx.sets,
        "reps": _dose(rx),
        "load": str(rx.load),
        "rest": format_rest(rx.rest_seconds),
        "tempo": tempo_line,
        "cue": fit_lines(cue.text, 2, cue_lines) if cue else "",
        # The first safety note, in two lines at most (the plan and the exercise page carry
        # them all).
        "safety": fit_lines(safety[0], 1, safety_lines) if safety else "",
        "safety_more": len(safety) - 1,
        "muscles": ", ".join(muscle_labels(primary, library)),
        "scale": max(len(g) for g in set_groups(rx.sets)) <= SCALE_MAX_SETS,
        "scale_size": max(len(g) for g in set_groups(rx.sets)),
        "set_groups": set_groups(rx.sets),
    }


def render_sheet(
    session: Session,
    paper: str = "a4",
    *,
    library: Library | None = None,
    templates: Templates | None = None,
) -> str:
    """A printable HTML page (A4 or Letter, portrait) for ``session``.

    ``library`` fills in what a hand-written session leaves out (the key cue, the target
    muscles, the phase a rep starts with) and supplies muscle names. ``templates`` (default:
    those of every installed pack) may replace the sheet's template and stylesheet.
    """
    from markupsafe import Markup

    from mmc.model.common import as_model, as_text
    from mmc.model.library import Library
    from mmc.render.templates import Templates

    session = as_model(session, Session, "session")
    if library is not None and not isinstance(library, Library):
        raise MmcError(f"library must be a Library, not {type(library).__name__}",
                       field="library", fix="pass mmc.load_library() or leave it out")
    key = as_text(paper, "paper").lower()
    paper_size(key)  # raises a clear MmcError for an unknown paper
    items = [_item_view(i, item, library, key) for i, item in enumerate(session.items, 1)]
    pages = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
    targets = ", ".join(muscle_label(m, library) for m in session.targets)
    goal = GOAL_NAMES.get(session.goal, session.goal)
    meta = f"{goal} \u00b7 about {session.duration_minutes:.0f} min"
    names = [muscle_label(m, library) for m in session.targets]
    if targets and not all(name.lower() in session.title.lower() for name in names):
        # One line beside the write-in fields: the targets are shortened by rule.
        width = pt(paper_size(key)[0] - 20 - 64) - 30  # room for "page 1 of 2"

        def meta_lines(text: str) -> int:
            return count_lines([(f"{meta} \u00b7 targets: {text}", False)], width, 9)

        meta = f"{meta} \u00b7 targets: {fit_lines(targets, 1, meta_lines)}"
    templates = templates or Templates.installed()
    return templates.render(
        "session-sheet.html",
        session=session,
        meta=meta,
        drills=_drill_cells(session, key),
        drill_width=f"{drill_share(len(session.drills)) * 100:g}%",
        drill_minutes=f"{sum(d.minutes for d in session.drills):g}",
        pages=pages,
        paper=key,
        page_size=_CSS_PAGE[key],
        css=Markup(templates.stylesheet("session-sheet.css")),
    )


def _read_mapping(path: Path) -> Any:
    """The YAML or JSON in ``path`` (``-`` reads standard input)."""
    if str(path) == "-":
        import sys

        raw = sys.stdin.buffer.read()
    else:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise MmcError(
                f"cannot read session file: {exc.strerror or exc}",
                file=path,
                fix="give the path of a YAML or JSON session "
                "(e.g. from 'mmc plan --format json'), or - for standard input",
            ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MmcError("the session file is not UTF-8 text", file=path,
                       line=raw[: exc.start].count(b"\n") + 1,
                       fix="save it as UTF-8 (JSON and YAML files are UTF-8)") from None
    try:
        return _parse_mapping(path, text)
    except (ValueError, RecursionError) as exc:  # an integer of 5,000 digits, deep nesting
        if isinstance(exc, MmcError):
            raise
        raise MmcError(f"cannot read the session file: {str(exc)[:120]}", file=path,
                       fix="write numbers of ordinary size and no deeper nesting than a "
                       "session needs") from None


def _parse_mapping(path: Path, text: str) -> Any:
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise MmcError(
                f"invalid JSON: {exc.msg}", file=path, line=exc.lineno, column=exc.colno
            ) from None
    import yaml  # JSON is YAML too: standard input may be either

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise MmcError(
            f"invalid YAML: {getattr(exc, 'problem', None) or exc}",
            file=path,
            line=mark.line + 1 if mark is not None else None,
            column=mark.column + 1 if mark is not None else None,
        ) from None


def _complete(data: dict[str, Any], library: Library | None) -> dict[str, Any]:
    """Fill what a hand-written session may leave out, from the library."""
    data = dict(data)
    items = []
    for raw in data.get("items") or []:
        item = dict(raw) if isinstance(raw, dict) else raw
        if isinstance(item, dict) and library is not None:
            exercise = library.exercises.get(str(item.get("exercise")))
            if exercise is not None:
                item.setdefault("name", exercise.name)
                item.setdefault("primary", list(exercise.primary))
                item.setdefault("cues", [c.model_dump() for c in exercise.cues])
                item.setdefault("safety", list(exercise.safety))
                rx = item.get("prescription")
                if isinstance(rx, dict) and isinstance(rx.get("tempo"), str):
                    rx = dict(rx)
                    rx["tempo"] = Tempo.parse(rx["tempo"], starts_with=exercise.starts_with)
                    item["prescription"] = rx
                elif isinstance(rx, dict) and "tempo" not in rx:
                    item["prescription"] = {**rx, "tempo": exercise.tempo}
        items.append(item)
    if "items" in data:
        data["items"] = items
    data.setdefault("goal", "mmc-hypertrophy")
    data.setdefault("title", "Training session")
    if "duration_minutes" not in data:
        try:
            drills = sum(float(d.get("minutes", 0)) for d in data.get("drills") or [])
            work = sum(
                SessionItem.model_validate(i).prescription.total_seconds() / 60 for i in items
            )
            data["duration_minutes"] = round(drills + work, 1)
        except (AttributeError, TypeError, ValueError):
            pass  # validation below reports the real problem
    if "minutes" not in data and "duration_minutes" in data:
        data["minutes"] = max(1, min(240, int(float(data["duration_minutes"]) + 0.999)))
    return data


def load_session(
    path: str | Path, library: Library | None = None, *, day: int | None = None
) -> Session:
    """Read a session from a YAML or JSON file (``mmc plan --format json`` writes one).

    The file holds a session, a mapping with a ``session`` key, or a week (``mmc plan-week
    --format json``), whose ``day`` (1, 2 ...) is then taken. ``-`` reads standard input.
    With a ``library``, items may leave out the name, muscles, cues and tempo of their
    exercise, and the session its ``duration_minutes``, which are then computed.
    """
    if not isinstance(path, str | os.PathLike):
        raise MmcError(f"path must be a file path, not {type(path).__name__}", field="path",
                       fix="pass the path of a YAML or JSON session, or '-' for standard input")
    from mmc.model.library import Library

    if library is not None and not isinstance(library, Library):
        raise MmcError(f"library must be a Library, not {type(library).__name__}",
                       field="library", fix="pass mmc.load_library() or leave it out")
    if day is not None and (isinstance(day, bool) or not isinstance(day, int)):
        raise MmcError(f"day must be a whole number, not {day!r}", field="day",
                       fix="pick a day of the week file: 1, 2 ...")
    path = Path(path)
    data = _read_mapping(path)
    if isinstance(data, dict) and isinstance(data.get("session"), dict):
        data = data["session"]
    if isinstance(data, dict) and isinstance(data.get("days"), list):
        days = data["days"]
        if day is None or not 1 <= day <= len(days):
            raise MmcError(
                f"this file holds a week of {len(days)} sessions"
                + ("" if day is None else f", not a day {day}"),
                file=path,
                field="days",
                fix=f"pick one with --day 1 ... --day {len(days)}",
            )
        data = days[day - 1]
    if not isinstance(data, dict):
        raise MmcError(
            "a session file must hold a mapping with title, goal, drills and items",
            file=path,
            fix="write the output of 'mmc plan --format json' to a file and pass that",
        )
    try:
        return Session.model_validate(_complete(data, library))
    except InvalidValueError as exc:
        # A top-level field missing because an item is broken is a symptom: report the
        # item's problem first.
        errors = sorted(exc.errors(), key=lambda e: e["type"] == "missing" and len(e["loc"]) == 1)
        where = ".".join(str(p) for p in errors[0]["loc"])
        listed = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors[:4])
        more = f" (and {len(errors) - 4} more)" if len(errors) > 4 else ""
        raise MmcError(
            f"not a valid session: {listed}{more}",
            file=path,
            field=where or None,
            fix="compare with the output of 'mmc plan --format json'",
        ) from None
