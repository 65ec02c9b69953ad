"""Which pages a site has and the data each one shows: pure functions of the library.

A page is an output path, a template and a context of plain data and model objects. The
context is everything the template reads, so its hash decides whether the page must be
rendered again (see :mod:`mmc.site.cache`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mmc.errors import ContentErrors, MmcError
from mmc.model.common import EQUIPMENT, GROUPS, PATTERNS
from mmc.model.drill import Drill
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.muscle import Muscle
from mmc.model.session import Session
from mmc.site.cache import Summary
from mmc.site.config import SampleSession, SiteConfig

__all__ = [
    "DEFAULT_SESSIONS",
    "EVIDENCE_PATH",
    "PageJob",
    "exercise_summary",
    "plan_pages",
    "sample_sessions",
]

#: Sessions published when the config names none: one per broad goal of a gym-bag week.
DEFAULT_SESSIONS: tuple[SampleSession, ...] = (
    SampleSession(
        id="back-and-biceps",
        title="Back and biceps: feel the pull",
        targets=["latissimus-dorsi", "rhomboids", "biceps-brachii"],
        equipment=["cable", "dumbbell", "machine", "band", "bench", "pull-up-bar"],
        minutes=45,
    ),
    SampleSession(
        id="chest-and-shoulders",
        title="Chest and shoulders: press with the target muscle",
        targets=["pectoralis-major", "deltoid-lateral", "triceps-brachii"],
        equipment=["dumbbell", "cable", "bench", "machine", "band"],
        minutes=45,
    ),
    SampleSession(
        id="legs-and-glutes",
        title="Legs and glutes: slow eccentrics",
        targets=["gluteus-maximus", "quadriceps", "hamstrings"],
        equipment=["dumbbell", "barbell", "machine", "bench", "band"],
        minutes=50,
    ),
    SampleSession(
        id="home-bodyweight",
        title="At home: bodyweight and a band",
        targets=["pectoralis-major", "latissimus-dorsi", "gluteus-maximus"],
        equipment=["bodyweight", "band"],
        minutes=30,
    ),
)

EQUIPMENT_NAMES = {e: e.replace("-", " ").capitalize() for e in EQUIPMENT} | {
    "ez-bar": "EZ bar",
    "pull-up-bar": "Pull-up bar",
}
PATTERN_NAMES = {p: p.replace("-", " ").capitalize() for p in PATTERNS}
GROUP_NAMES = {g: g.capitalize() for g in GROUPS}


#: Session sheets are whole printable documents from :func:`mmc.render.render_sheet`;
#: a job whose template is ``@sheet:<paper>`` is rendered by it, not by a site template.
SHEET_TEMPLATE = "@sheet:"
SHEET_PAPERS = ("a4", "letter")
#: Site path of the bundled page that explains the rule ids of a plan (content page "evidence").
EVIDENCE_PATH = "guide/evidence/"


@dataclass(frozen=True, slots=True)
class PageJob:
    """One page to write: where, with which template, from which data."""

    path: str
    template: str
    title: str
    section: str
    context: Mapping[str, Any] = field(default_factory=dict)


def exercise_summary(exercise: Exercise, lib: Library) -> dict[str, Any]:
    """The few facts an exercise list shows, as plain data."""
    return {
        "id": exercise.id,
        "name": exercise.name,
        "primary": [_muscle_name(lib, m) for m in exercise.primary],
        "primary_ids": list(exercise.primary),
        "secondary_ids": list(exercise.secondary),
        "muscle_tags": _ancestors([*exercise.primary, *exercise.secondary], lib),
        "groups": sorted({lib.muscles[m].group for m in exercise.primary if m in lib.muscles}),
        "equipment": list(exercise.equipment),
        "pattern": exercise.pattern,
        "mechanic": exercise.mechanic,
        "level": exercise.level,
        "tempo": str(exercise.tempo),
        "cue": next((c.text for c in exercise.cues if c.focus == "muscle"), ""),
        "imported": exercise.imported,
    }


def _ancestors(ids: Iterable[str], lib: Library) -> list[str]:
    """The ids and every muscle they are heads of (``deltoid-anterior`` -> ``deltoid``)."""
    found: dict[str, None] = {}
    for muscle_id in ids:
        current: str | None = muscle_id
        while current is not None and current not in found:
            found[current] = None
            muscle = lib.muscles.get(current)
            current = muscle.parent if muscle else None
    return list(found)


def muscle_summary(muscle: Muscle) -> dict[str, Any]:
    return {
        "id": muscle.id,
        "name": muscle.name,
        "latin": muscle.latin,
        "group": muscle.group,
        "side": muscle.side,
        "parent": muscle.parent,
        # Exercises without cues (imported ones) show how to find their targets instead.
        "flex": muscle.flex,
        "touch": muscle.touch,
    }


def drill_summary(drill: Drill, lib: Library) -> dict[str, Any]:
    return {
        "id": drill.id,
        "name": drill.name,
        "kind": drill.kind,
        "minutes": drill.minutes,
        "targets": [_muscle_name(lib, m) for m in drill.targets],
    }


def _muscle_name(lib: Library, muscle_id: str) -> str:
    muscle = lib.muscles.get(muscle_id)
    return muscle.name if muscle else muscle_id


class _Memo:
    """What planning the pages of one library computes once: lists repeat the same exercises
    and muscles many times over, each summarised once (read-only, so page keys can hash it
    once: :class:`~mmc.site.cache.Summary`)."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self._summaries: dict[str, Summary] = {}
        self._muscles: dict[str, Summary] = {}
        self._ranked: dict[str, tuple[list[Exercise], dict[str, list[Exercise]]]] = {}

    def summary(self, exercise: Exercise) -> Summary:
        found = self._summaries.get(exercise.id)
        if found is None:
            found = self._summaries[exercise.id] = Summary(exercise_summary(exercise, self.lib))
        return found

    def muscle(self, muscle: Muscle) -> Summary:
        """:func:`muscle_summary`, once per muscle and read-only."""
        found = self._muscles.get(muscle.id)
        if found is None:
            found = self._muscles[muscle.id] = Summary(muscle_summary(muscle))
        return found

    def summaries(self, exercises: Iterable[Exercise]) -> list[Mapping[str, Any]]:
        return [self.summary(e) for e in sorted(exercises, key=lambda e: (e.name, e.id))]

    def ranked(self, target: str) -> tuple[list[Exercise], dict[str, list[Exercise]]]:
        """Exercises with ``target`` as primary, by (name, id), and the same split by pattern."""
        found = self._ranked.get(target)
        if found is None:
            ordered = sorted(self.lib.exercises_for(target, "primary"), key=lambda e: (e.name, e.id))
            by_pattern: dict[str, list[Exercise]] = {}
            for e in ordered:
                by_pattern.setdefault(e.pattern, []).append(e)
            found = self._ranked[target] = (ordered, by_pattern)
        return found


def _muscles_of(exercise: Exercise, memo: _Memo) -> dict[str, Mapping[str, Any]]:
    ids = {*exercise.primary, *exercise.secondary}
    ids.update(c.muscle for c in exercise.cues if c.muscle)
    lib = memo.lib
    return {m: memo.muscle(lib.muscles[m]) for m in sorted(ids) if m in lib.muscles}


def _names_of(exercises: Iterable[Exercise], lib: Library) -> dict[str, str]:
    """Names of every muscle the cards of ``exercises`` print (part of the cache key)."""
    ids = {m for e in exercises for m in (*e.primary, *e.secondary)}
    return {m: _muscle_name(lib, m) for m in sorted(ids)}


def _related(exercise: Exercise, memo: _Memo) -> list[dict[str, Any]]:
    lib = memo.lib
    groups: list[dict[str, Any]] = []
    linked: set[str] = {exercise.id}
    for label, ids in (
        ("Easier", exercise.easier),
        ("Harder", exercise.harder),
        ("Variations", exercise.variations),
    ):
        found = [lib.exercises[i] for i in ids if i in lib.exercises]
        if found:
            groups.append({"label": label, "exercises": memo.summaries(found)})
            linked.update(e.id for e in found)
    target = exercise.primary[0]
    ordered, by_pattern = memo.ranked(target)
    # The six first by (other pattern, name, id), without sorting every exercise of the
    # muscle for every exercise (quadratic on big libraries).
    same = [e for e in by_pattern.get(exercise.pattern, ()) if e.id not in linked][:6]
    if len(same) < 6:
        for e in ordered:
            if e.pattern != exercise.pattern and e.id not in linked:
                same.append(e)
                if len(same) == 6:
                    break
    if same:
        name = _muscle_name(lib, target)
        groups.append(
            {"label": f"Also trains the {name.lower()}", "exercises": memo.summaries(same)}
        )
    return groups


def _drills_for(muscle_ids: Sequence[str], lib: Library) -> list[Drill]:
    wanted = set(muscle_ids)
    return [d for d in lib.drills.values() if wanted & set(d.targets)]


def sample_sessions(lib: Library, config: SiteConfig) -> list[tuple[SampleSession, Session]]:
    """Plan the sample sessions: the configured ones, else the built-in set.

    A configured session that cannot be planned (an unknown target muscle, a target no
    exercise with its equipment trains, a budget too short) raises
    :class:`~mmc.errors.MmcError` naming ``sessions[i]`` (every such session is named, in a
    :class:`~mmc.errors.ContentErrors`, when there are several); a built-in one the library cannot
    fill is left out, and so are its targets the library lacks.
    """
    from mmc.plan.session import plan_session

    configured = config.sessions is not None
    specs = config.sessions if config.sessions is not None else list(DEFAULT_SESSIONS)
    planned: list[tuple[SampleSession, Session]] = []
    failed: list[MmcError] = []
    for index, spec in enumerate(specs):
        if configured:
            targets = list(spec.targets)
        else:
            possible = {e.id for e in lib.exercises_possible_with(spec.equipment)}
            targets = [
                t
                for t in spec.targets
                if t in lib.muscles and any(
                    e.id in possible for e in lib.exercises_for(t, "primary", include_heads=False)
                )
            ]
            if not targets:
                continue
        try:
            session = plan_session(
                lib,
                targets=targets,
                equipment=sorted(spec.equipment),
                minutes=spec.minutes,
                level=spec.level,
                title=spec.title,
            )
        except MmcError as exc:
            if not configured:
                continue  # a built-in sample the library cannot fill is left out
            failed.append(_session_error(config, index, spec, exc))
            continue
        if session.items:
            planned.append((spec, session))
    if len(failed) == 1:
        raise failed[0]
    if failed:
        raise ContentErrors([problem for error in failed for problem in error.problems])
    return planned


def _session_error(config: SiteConfig, index: int, spec: SampleSession,
                   exc: MmcError) -> MmcError:
    """The planner's error about configured session ``index``, located in the settings."""
    where = f"sessions[{index}]"
    if exc.field == "targets":
        for position, target in enumerate(spec.targets):
            if f"'{target}'" in exc.message or f"({target})" in exc.message:
                where += f".targets[{position}]"
                break
        else:
            where += ".targets"
    elif exc.field:
        where += f".{exc.field}"
    key = where.split(".")[1].split("[")[0] if "." in where else ""
    return MmcError(
        f"sample session '{spec.id}' cannot be planned: {exc.message}",
        file=config.config_file,
        line=_session_line(config, index, key),
        field=where,
        fix=exc.fix,
    )


def _session_line(config: SiteConfig, index: int, key: str) -> int | None:
    """The line of ``key`` in the ``index``-th ``[[sessions]]`` table of the settings file
    (of the table's header when it has no such key), if the file says it that way."""
    import re
    from pathlib import Path

    if not config.config_file:
        return None
    try:
        text = Path(config.config_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    headers = [m.start() for m in re.finditer(
        r"(?m)^[ \t]*\[\[[ \t]*(?:tool\.mmc\.)?sessions[ \t]*\]\]", text)]
    if index >= len(headers):  # written inline (sessions = [...]): no line to name
        return None
    start = headers[index]
    end = headers[index + 1] if index + 1 < len(headers) else len(text)
    found = re.compile(rf"(?m)^[ \t]*{re.escape(key)}[ \t]*=").search(text, start, end) \
        if key else None
    return text.count("\n", 0, found.start() if found else start) + 1


#: Cards on one printable group sheet page (6 pages of 8 A7 cards, or 12 of 4 A6).
CARDS_PER_SHEET = 48


def _group_sheet(group: str, index: int) -> str:
    """Site path of the ``index``-th (0-based) card sheet page of a muscle group."""
    return f"print/groups/{group}/" if index == 0 else f"print/groups/{group}/{index + 1}/"


def _card_sheet_jobs(path: str, title: str, context: dict[str, Any]) -> list[PageJob]:
    """A card sheet page on A4 at ``path`` and the same on US Letter at ``path/letter/``:
    each prints exactly the pages of ``mmc cards --paper`` (fronts, mirrored backs, crop
    marks)."""
    jobs = []
    for paper in SHEET_PAPERS:
        here = path if paper == "a4" else f"{path}{paper}/"
        papers = {p: path if p == "a4" else f"{path}{p}/" for p in SHEET_PAPERS}
        jobs.append(
            PageJob(
                f"{here}index.html",
                "print_cards.html",
                title if paper == "a4" else f"{title} (US Letter)",
                "print",
                {**context, "paper": paper, "papers": papers},
            )
        )
    return jobs


def _group_exercises(lib: Library) -> dict[str, list[Exercise]]:
    """The cards of each group sheet: the same as ``mmc cards --group``."""
    from mmc.render.cardsheet import card_groups

    return card_groups(lib)


def plan_pages(
    lib: Library, config: SiteConfig, sessions: Sequence[tuple[SampleSession, Session]] = ()
) -> list[PageJob]:
    """Every page of the site, in a stable order."""
    jobs: list[PageJob] = []
    memo = _Memo(lib)
    all_summaries = memo.summaries(lib.exercises.values())
    muscles = sorted(lib.muscles.values(), key=lambda m: (GROUPS.index(m.group), m.name, m.id))
    top_muscles = [m for m in muscles if m.parent is None]
    used_equipment = [e for e in EQUIPMENT if lib.exercises_using(e)]
    used_patterns = [p for p in PATTERNS if any(e.pattern == p for e in lib.exercises.values())]
    pages = sorted(lib.pages.values(), key=lambda p: (p.order, p.title, p.id))
    by_group = _group_exercises(lib)
    # An exercise's own sheet is that of the group of its first primary muscle (it may be
    # on other groups' sheets too).
    group_of: dict[str, str] = {}
    sheet_of: dict[str, str] = {}
    for g, items in by_group.items():
        for index, e in enumerate(items):
            first = lib.muscles.get(e.primary[0])
            if e.id not in group_of or (first is not None and first.group == g):
                group_of[e.id] = g
                sheet_of[e.id] = _group_sheet(g, index // CARDS_PER_SHEET)
    filters = {
        "muscles": [memo.muscle(m) for m in top_muscles if lib.exercises_for(m.id)],
        "equipment": [{"id": e, "name": EQUIPMENT_NAMES[e]} for e in used_equipment],
        "patterns": [{"id": p, "name": PATTERN_NAMES[p]} for p in used_patterns],
    }

    jobs.append(
        PageJob(
            "index.html",
            "index.html",
            config.title,
            "home",
            {
                "counts": {
                    "exercises": len(lib.exercises),
                    "muscles": len(lib.muscles),
                    "drills": len(lib.drills),
                    "sessions": len(sessions),
                },
                "guides": [{"id": p.id, "title": p.title, "summary": p.summary} for p in pages],
                "groups": [
                    {
                        "id": g,
                        "name": GROUP_NAMES[g],
                        "muscles": [memo.muscle(m) for m in top_muscles if m.group == g],
                    }
                    for g in GROUPS
                    if any(m.group == g for m in top_muscles)
                ],
                "featured": all_summaries[:: max(1, len(all_summaries) // 8)][:8],
                "sessions": [
                    {"id": spec.id, "title": s.title, "minutes": s.minutes} for spec, s in sessions
                ],
            },
        )
    )
    jobs.append(
        PageJob(
            "exercises/index.html",
            "exercises.html",
            "Exercises",
            "exercises",
            {
                "exercises": all_summaries,
                "filters": filters,
                "heading": "All exercises",
                "lead": "Filter by muscle, equipment or movement pattern.",
                "active": {"equipment": None, "pattern": None},
            },
        )
    )
    for exercise in lib.exercises.values():
        jobs.append(
            PageJob(
                f"exercises/{exercise.id}/index.html",
                "exercise.html",
                exercise.name,
                "exercises",
                {
                    "exercise": exercise,
                    "muscles": _muscles_of(exercise, memo),
                    "related": _related(exercise, memo),
                    "group": group_of.get(exercise.id),
                    "group_sheet": sheet_of.get(exercise.id),
                    "card_size": config.card_size,
                },
            )
        )
    for equipment in used_equipment:
        jobs.append(
            PageJob(
                f"equipment/{equipment}/index.html",
                "exercises.html",
                f"{EQUIPMENT_NAMES[equipment]} exercises",
                "exercises",
                {
                    "exercises": memo.summaries(lib.exercises_using(equipment)),
                    "filters": filters,
                    "heading": f"Exercises with: {EQUIPMENT_NAMES[equipment].lower()}",
                    "lead": "",
                    "active": {"equipment": equipment, "pattern": None},
                },
            )
        )
    for pattern in used_patterns:
        found = [e for e in lib.exercises.values() if e.pattern == pattern]
        jobs.append(
            PageJob(
                f"patterns/{pattern}/index.html",
                "exercises.html",
                f"{PATTERN_NAMES[pattern]} exercises",
                "exercises",
                {
                    "exercises": memo.summaries(found),
                    "filters": filters,
                    "heading": f"Movement pattern: {PATTERN_NAMES[pattern].lower()}",
                    "lead": "",
                    "active": {"equipment": None, "pattern": pattern},
                },
            )
        )

    jobs.append(
        PageJob(
            "muscles/index.html",
            "muscles.html",
            "Muscles",
            "muscles",
            {
                "groups": [
                    {
                        "id": g,
                        "name": GROUP_NAMES[g],
                        "muscles": [
                            {
                                **muscle_summary(m),
                                "count": len(lib.exercises_for(m.id)),
                                "heads": [memo.muscle(lib.muscles[h]) for h in lib.heads(m.id)],
                            }
                            for m in top_muscles
                            if m.group == g
                        ],
                    }
                    for g in GROUPS
                    if any(m.group == g for m in top_muscles)
                ]
            },
        )
    )
    for muscle in muscles:
        family = lib.family(muscle.id)
        parent = lib.muscles.get(muscle.parent) if muscle.parent else None
        jobs.append(
            PageJob(
                f"muscles/{muscle.id}/index.html",
                "muscle.html",
                muscle.name,
                "muscles",
                {
                    "muscle": muscle,
                    "parent": memo.muscle(parent) if parent else None,
                    "heads": [memo.muscle(lib.muscles[h]) for h in lib.heads(muscle.id)],
                    "compensations": [
                        memo.muscle(lib.muscles[m])
                        for m in muscle.compensations
                        if m in lib.muscles
                    ],
                    "primary": memo.summaries(lib.exercises_for(muscle.id, "primary")),
                    "secondary": [
                        s
                        for s in memo.summaries(lib.exercises_for(muscle.id, "secondary"))
                        if not set(s["primary_ids"]) & set(family)
                    ],
                    "drills": [drill_summary(d, lib) for d in _drills_for(family, lib)],
                    "family": list(family),
                },
            )
        )

    jobs.append(
        PageJob(
            "drills/index.html",
            "drills.html",
            "Drills",
            "drills",
            {
                "drills": [
                    drill_summary(d, lib)
                    for d in sorted(lib.drills.values(), key=lambda d: (d.kind, d.name, d.id))
                ]
            },
        )
    )
    for drill in lib.drills.values():
        jobs.append(
            PageJob(
                f"drills/{drill.id}/index.html",
                "drill.html",
                drill.name,
                "drills",
                {
                    "drill": drill,
                    "targets": [
                        memo.muscle(lib.muscles[m]) for m in drill.targets if m in lib.muscles
                    ],
                },
            )
        )

    jobs.append(
        PageJob(
            "sessions/index.html",
            "sessions.html",
            "Sample sessions",
            "sessions",
            {"sessions": [{"id": spec.id, "session": s} for spec, s in sessions]},
        )
    )
    for spec, session in sessions:
        exercises = {
            i.exercise: lib.exercises[i.exercise]
            for i in session.items
            if i.exercise in lib.exercises
        }
        common = {
            "spec_id": spec.id,
            "session": session,
            "names": {m: _muscle_name(lib, m) for m in session.targets},
        }
        jobs.append(
            PageJob(
                f"sessions/{spec.id}/index.html",
                "session.html",
                session.title,
                "sessions",
                {
                    **common,
                    "exercises": memo.summaries(exercises.values()),
                    "evidence_page": EVIDENCE_PATH if "evidence" in lib.pages else None,
                },
            )
        )
        jobs.append(
            PageJob(
                f"print/sessions/{spec.id}/index.html",
                "print_sheet.html",
                f"Session sheet: {session.title}",
                "print",
                common,
            )
        )
        for paper in SHEET_PAPERS:
            jobs.append(
                PageJob(
                    f"print/sessions/{spec.id}/{paper}.html",
                    f"{SHEET_TEMPLATE}{paper}",
                    session.title,
                    "print",
                    common,
                )
            )
        jobs.extend(
            _card_sheet_jobs(
                f"print/sessions/{spec.id}/cards/",
                f"Cards: {session.title}",
                {
                    "heading": session.title,
                    "exercises": list(exercises.values()),
                    "names": _names_of(exercises.values(), lib),
                    "prescriptions": {i.exercise: i.prescription for i in session.items},
                    "back": f"sessions/{spec.id}/",
                },
            )
        )

    for page in pages:
        jobs.append(
            PageJob(
                f"guide/{page.id}/index.html", "guide.html", page.title, "guide", {"page": page}
            )
        )

    jobs.append(
        PageJob(
            "print/index.html",
            "print_index.html",
            "Print",
            "print",
            {
                "groups": [
                    {"id": g, "name": GROUP_NAMES[g], "count": len(items)}
                    for g, items in by_group.items()
                ],
                "sessions": [{"id": spec.id, "title": s.title} for spec, s in sessions],
            },
        )
    )
    for group, items in by_group.items():
        # A sheet page holds a bounded number of cards: one page of every card of a big
        # library would be tens of megabytes that no browser prints comfortably.
        chunks = [items[i : i + CARDS_PER_SHEET] for i in range(0, len(items), CARDS_PER_SHEET)]
        sheets = [_group_sheet(group, n) for n in range(len(chunks))]
        for n, chunk in enumerate(chunks):
            part = f" ({n + 1} of {len(chunks)})" if len(chunks) > 1 else ""
            jobs.extend(
                _card_sheet_jobs(
                    sheets[n],
                    f"Cards: {GROUP_NAMES[group]}{part}",
                    {
                        "heading": f"{GROUP_NAMES[group]} cue cards{part}",
                        "exercises": chunk,
                        "names": _names_of(chunk, lib),
                        "prescriptions": {},
                        "back": "print/",
                        "previous": sheets[n - 1] if n else None,
                        "next": sheets[n + 1] if n + 1 < len(sheets) else None,
                    },
                )
            )

    jobs.append(
        PageJob(
            "search/index.html",
            "search.html",
            "Search",
            "search",
            {
                "exercises": all_summaries,
                "muscles": [memo.muscle(m) for m in muscles],
                "aliases": {m.id: list(m.aliases) for m in muscles},
            },
        )
    )
    jobs.append(PageJob("404.html", "404.html", "Page not found", "", {}))
    return jobs
