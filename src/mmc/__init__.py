"""mmc: coach the mind-muscle connection.

A typed model of muscles, exercises, cues and tempo; content loading with precise errors;
session planning whose rules cite their evidence; cue cards and sheets to print.

``import mmc`` stays cheap: Jinja2, markdown-it-py, MkDocs and WeasyPrint are imported only
by the functions that render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mmc._version import __version__
from mmc.content.export import export_json, export_library, library_schema
from mmc.content.importers import ImportReport, import_dataset
from mmc.content.loader import CheckResult, bundled_content_dir, check_content, load_library
from mmc.content.packs import Pack, installed_packs, pack_template_dirs
from mmc.errors import ContentErrors, MmcError, Problem, TempoError
from mmc.model.common import Provenance
from mmc.model.cue import Cue
from mmc.model.drill import Drill
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.muscle import Muscle
from mmc.model.page import Page
from mmc.model.prescription import Load, Prescription, RepRange
from mmc.model.schema import json_schema
from mmc.model.session import (
    Goal,
    MuscleVolume,
    Progression,
    RuleNote,
    Session,
    SessionDrill,
    SessionItem,
    SetLog,
    Week,
    WeekFlag,
)
from mmc.model.tempo import Tempo
from mmc.plan import (
    estimate_1rm,
    load_for,
    plan_session,
    plan_week,
    progress,
    rir_to_rpe,
    rpe_to_rir,
    weekly_volume,
)

__all__ = [
    "CheckResult",
    "ContentErrors",
    "Cue",
    "Drill",
    "Exercise",
    "Goal",
    "ImportReport",
    "Library",
    "Load",
    "MmcError",
    "Muscle",
    "MuscleVolume",
    "Pack",
    "Page",
    "Prescription",
    "Problem",
    "Progression",
    "Provenance",
    "RepRange",
    "RuleNote",
    "Session",
    "SessionDrill",
    "SessionItem",
    "SetLog",
    "Tempo",
    "TempoError",
    "Week",
    "WeekFlag",
    "__version__",
    "bundled_content_dir",
    "check_content",
    "estimate_1rm",
    "export_json",
    "export_library",
    "import_dataset",
    "installed_packs",
    "json_schema",
    "library_schema",
    "load_for",
    "load_library",
    "pack_template_dirs",
    "plan_session",
    "plan_week",
    "progress",
    "rir_to_rpe",
    "rpe_to_rir",
    "weekly_volume",
]

if TYPE_CHECKING:  # pragma: no cover
    from mmc.render.cards import Card, card_css, render_card
    from mmc.render.cardsheet import render_card_sheet
    from mmc.render.markdown import render_markdown
    from mmc.render.musclemap import render_muscle_map
    from mmc.render.pdf import html_to_pdf
    from mmc.render.sheets import load_session, render_sheet
    from mmc.render.tempo import render_tempo_strip

#: Public names imported on first use, from :mod:`mmc.render` (which knows where each one
#: lives): rendering needs Jinja2, markdown-it-py or WeasyPrint, which ``import mmc`` must not
#: load.
__all__ += [
    "Card",
    "card_css",
    "html_to_pdf",
    "load_session",
    "render_card",
    "render_card_sheet",
    "render_markdown",
    "render_muscle_map",
    "render_sheet",
    "render_tempo_strip",
]
_LAZY = frozenset(__all__) - frozenset(globals())


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'mmc' has no attribute {name!r}")
    from mmc import render

    value = getattr(render, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
