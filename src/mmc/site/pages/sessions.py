"""Sample sessions: planning them, their pages, their printable sheets and card sheets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from mmc.errors import ContentErrors, MmcError
from mmc.model.library import Library
from mmc.model.session import Session
from mmc.plan.session import plan_session
from mmc.site.cache import Summary
from mmc.site.config import SampleSession, SiteConfig
from mmc.site.pages.base import Page, muscle_name
from mmc.site.pages.outline import Outline
from mmc.site.pages.printing import SHEET_PAPERS, card_sheets

__all__ = [
    "DEFAULT_SESSIONS",
    "EVIDENCE_PATH",
    "SHEET_TEMPLATE",
    "SessionIndexPage",
    "SessionPage",
    "SessionSheetPage",
    "SheetDocument",
    "sample_sessions",
    "session_pages",
]

#: Session sheets are whole printable documents from :func:`mmc.render.render_sheet`;
#: a page whose template is ``@sheet:<paper>`` is rendered by it, not by a site template.
SHEET_TEMPLATE = "@sheet:"
#: Site path of the bundled page that explains the rule ids of a plan (content page "evidence").
EVIDENCE_PATH = "guide/evidence/"

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


def sample_sessions(lib: Library, config: SiteConfig) -> list[tuple[SampleSession, Session]]:
    """Plan the sample sessions: the configured ones, else the built-in set.

    A configured session that cannot be planned (an unknown target muscle, a target no
    exercise with its equipment trains, a budget too short) raises
    :class:`~mmc.errors.MmcError` naming ``sessions[i]`` (every such session is named, in a
    :class:`~mmc.errors.ContentErrors`, when there are several); a built-in one the library cannot
    fill is left out, and so are its targets the library lacks.
    """
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


@dataclass(frozen=True, slots=True)
class SessionIndexPage(Page):
    kind: ClassVar[str] = "sessions"

    sessions: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class SessionSheetPage(Page):
    """A session's printable sheet, shown in the site."""

    kind: ClassVar[str] = "session-sheet"

    spec_id: str
    session: Session
    names: dict[str, str]


@dataclass(frozen=True, slots=True)
class SheetDocument(SessionSheetPage):
    """A session's sheet as a whole document on one paper (``@sheet:<paper>``)."""

    kind: ClassVar[str] = "sheet"

    @property
    def paper(self) -> str:
        return self.template.removeprefix(SHEET_TEMPLATE)


@dataclass(frozen=True, slots=True)
class SessionPage(SessionSheetPage):
    kind: ClassVar[str] = "session"

    exercises: list[Summary]
    evidence_page: str | None

    @property
    def item(self) -> str:
        return self.spec_id


def session_pages(o: Outline) -> Iterator[Page]:
    """The sample sessions, then each one's page, printable sheets and card sheets."""
    lib = o.lib
    yield SessionIndexPage(
        "sessions/index.html", "sessions.html", "Sample sessions", "sessions",
        sessions=[{"id": spec.id, "session": s} for spec, s in o.sessions],
    )
    for spec, session in o.sessions:
        exercises = {
            i.exercise: lib.exercises[i.exercise]
            for i in session.items
            if i.exercise in lib.exercises
        }
        names = {m: muscle_name(lib, m) for m in session.targets}
        yield SessionPage(
            f"sessions/{spec.id}/index.html", "session.html", session.title, "sessions",
            spec_id=spec.id, session=session, names=names,
            exercises=o.memo.summaries(exercises.values()),
            evidence_page=EVIDENCE_PATH if "evidence" in lib.pages else None,
        )
        yield SessionSheetPage(
            f"print/sessions/{spec.id}/index.html", "print_sheet.html",
            f"Session sheet: {session.title}", "print",
            spec_id=spec.id, session=session, names=names,
        )
        for paper in SHEET_PAPERS:
            yield SheetDocument(
                f"print/sessions/{spec.id}/{paper}.html", f"{SHEET_TEMPLATE}{paper}",
                session.title, "print",
                spec_id=spec.id, session=session, names=names,
            )
        yield from card_sheets(
            f"print/sessions/{spec.id}/cards/", f"Cards: {session.title}", lib,
            heading=session.title,
            exercises=list(exercises.values()),
            prescriptions={i.exercise: i.prescription for i in session.items},
            back=f"sessions/{spec.id}/",
        )
