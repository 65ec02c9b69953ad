"""mmc: coach the mind-muscle connection.

A typed model of muscles, exercises, cues and tempo; content loading with precise errors;
session planning whose rules cite their evidence; cue cards and sheets to print.

``import mmc`` stays cheap: Jinja2, markdown-it-py, MkDocs and WeasyPrint are imported only
by the functions that render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mmc._version import __version__

if TYPE_CHECKING:  # pragma: no cover - what type checkers and IDEs see
    from mmc.content.export import export_json, export_library, library_schema
    from mmc.content.importers import (
        ImportReport,
        import_dataset,
        import_mapped,
        infer_equipment,
        infer_mechanic,
        infer_pattern,
    )
    from mmc.content.loader import CheckResult, bundled_content_dir, check_content, load_library
    from mmc.content.packs import Pack, installed_packs, pack_template_dirs
    from mmc.errors import ContentErrors, InvalidValueError, MmcError, Problem, TempoError
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
        Block,
        BlockWeek,
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
        Increments,
        estimate_1rm,
        load_consistent,
        load_for,
        plan_block,
        plan_session,
        plan_week,
        progress,
        rir_to_rpe,
        rpe_to_rir,
        substitute,
        weekly_volume,
    )

__all__ = [
    "Block",
    "BlockWeek",
    "CheckResult",
    "ContentErrors",
    "Cue",
    "Drill",
    "Exercise",
    "Goal",
    "ImportReport",
    "Increments",
    "InvalidValueError",
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
    "import_mapped",
    "infer_equipment",
    "infer_mechanic",
    "infer_pattern",
    "installed_packs",
    "json_schema",
    "library_schema",
    "load_consistent",
    "load_for",
    "load_library",
    "pack_template_dirs",
    "plan_block",
    "plan_session",
    "plan_week",
    "progress",
    "rir_to_rpe",
    "rpe_to_rir",
    "substitute",
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

#: Where each public name of the model, loader and planner lives. Like the render names they
#: are imported on first use, so that ``mmc --version`` or ``mmc build`` loads only the
#: modules it needs (pydantic models are slow to define).
_MODULES: dict[str, str] = {
    "Block": "mmc.model.session",
    "BlockWeek": "mmc.model.session",
    "CheckResult": "mmc.content.loader",
    "ContentErrors": "mmc.errors",
    "Cue": "mmc.model.cue",
    "Drill": "mmc.model.drill",
    "Exercise": "mmc.model.exercise",
    "Goal": "mmc.model.session",
    "ImportReport": "mmc.content.importers",
    "Increments": "mmc.plan",
    "InvalidValueError": "mmc.errors",
    "Library": "mmc.model.library",
    "Load": "mmc.model.prescription",
    "MmcError": "mmc.errors",
    "Muscle": "mmc.model.muscle",
    "MuscleVolume": "mmc.model.session",
    "Pack": "mmc.content.packs",
    "Page": "mmc.model.page",
    "Prescription": "mmc.model.prescription",
    "Problem": "mmc.errors",
    "Progression": "mmc.model.session",
    "Provenance": "mmc.model.common",
    "RepRange": "mmc.model.prescription",
    "RuleNote": "mmc.model.session",
    "Session": "mmc.model.session",
    "SessionDrill": "mmc.model.session",
    "SessionItem": "mmc.model.session",
    "SetLog": "mmc.model.session",
    "Tempo": "mmc.model.tempo",
    "TempoError": "mmc.errors",
    "Week": "mmc.model.session",
    "WeekFlag": "mmc.model.session",
    "bundled_content_dir": "mmc.content.loader",
    "check_content": "mmc.content.loader",
    "estimate_1rm": "mmc.plan",
    "export_json": "mmc.content.export",
    "export_library": "mmc.content.export",
    "import_dataset": "mmc.content.importers",
    "import_mapped": "mmc.content.importers",
    "infer_equipment": "mmc.content.importers",
    "infer_mechanic": "mmc.content.importers",
    "infer_pattern": "mmc.content.importers",
    "installed_packs": "mmc.content.packs",
    "json_schema": "mmc.model.schema",
    "library_schema": "mmc.content.export",
    "load_consistent": "mmc.plan",
    "load_for": "mmc.plan",
    "load_library": "mmc.content.loader",
    "pack_template_dirs": "mmc.content.packs",
    "plan_block": "mmc.plan",
    "plan_session": "mmc.plan",
    "plan_week": "mmc.plan",
    "progress": "mmc.plan",
    "rir_to_rpe": "mmc.plan",
    "rpe_to_rir": "mmc.plan",
    "substitute": "mmc.plan",
    "weekly_volume": "mmc.plan",
}

_RENDER = frozenset(__all__) - frozenset(_MODULES) - {"__version__"}


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        from importlib import import_module

        value = getattr(import_module(_MODULES[name]), name)
    elif name in _RENDER:
        from mmc import render

        value = getattr(render, name)
    elif name.isidentifier() and not name.startswith("__"):
        # A subpackage (mmc.errors, mmc.model, ...), as after the eager imports of old.
        from importlib import import_module
        from importlib.util import find_spec

        if find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module 'mmc' has no attribute {name!r}")
        for module in sorted(set(_MODULES.values())):  # and their modules (mmc.model.exercise)
            import_module(module)
        value = import_module(f"{__name__}.{name}")
    else:
        raise AttributeError(f"module 'mmc' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
