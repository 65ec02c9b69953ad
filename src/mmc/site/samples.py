"""Sample sessions: the sessions a site publishes, planned from its settings.

``sessions`` in ``mmc.toml`` names them; without it, a built-in set is planned from what the
library holds. ``mmc check`` plans the configured ones too (they must be plannable), without
loading the site's pages.
"""

from __future__ import annotations

import re
from pathlib import Path

from mmc.errors import ContentErrors, MmcError
from mmc.model.library import Library
from mmc.model.session import Session
from mmc.plan.session import plan_session
from mmc.site.config import SampleSession, SiteConfig

__all__ = ["DEFAULT_SESSIONS", "sample_sessions"]

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
