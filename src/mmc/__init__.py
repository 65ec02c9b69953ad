"""mmc: coach the mind-muscle connection.

A typed model of muscles, exercises, cues and tempo; content loading with precise errors;
session planning whose rules cite their evidence; cue cards and sheets to print.

``import mmc`` stays cheap: every public name is imported on first use, from the module
:data:`_PUBLIC` names for it, so that ``mmc --version`` or a script that needs only the
planner loads neither the renderers (Jinja2, markdown-it-py, WeasyPrint) nor models it does
not use (pydantic models are slow to define).
"""

from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

from mmc._version import __version__ as __version__

#: The public names, by the module that defines each: the one list ``__all__``,
#: ``__getattr__`` and ``__dir__`` are made from (tests/test_public_api.py pins it, and
#: checks that the imports type checkers read below say the same).
_PUBLIC: dict[str, tuple[str, ...]] = {
    "mmc.errors": ("ContentErrors", "InvalidValueError", "MmcError", "Problem", "TempoError"),
    "mmc.model.common": ("Provenance",),
    "mmc.model.cue": ("Cue",),
    "mmc.model.drill": ("Drill",),
    "mmc.model.exercise": ("Exercise",),
    "mmc.model.library": ("Library",),
    "mmc.model.muscle": ("Muscle",),
    "mmc.model.page": ("Page",),
    "mmc.model.prescription": ("Load", "Prescription", "RepRange"),
    "mmc.model.schema": ("json_schema",),
    "mmc.model.session": ("Goal", "RuleNote", "Session", "SessionDrill", "SessionItem"),
    "mmc.model.tempo": ("Tempo",),
    "mmc.model.training": (
        "Block", "BlockWeek", "MuscleVolume", "Progression", "SetLog", "Week", "WeekFlag",
    ),
    "mmc.content.loader": ("CheckResult", "bundled_content_dir", "check_content", "load_library"),
    "mmc.content.packs": ("Pack", "installed_packs", "pack_template_dirs"),
    "mmc.content.importers": (
        "ImportReport", "import_dataset", "import_mapped", "infer_equipment", "infer_mechanic",
        "infer_pattern",
    ),
    "mmc.content.export": ("export_json", "export_library", "library_schema"),
    "mmc.plan": (
        "Increments", "estimate_1rm", "load_consistent", "load_for", "plan_block", "plan_session",
        "plan_week", "progress", "rir_to_rpe", "rpe_to_rir", "substitute", "weekly_volume",
    ),
    "mmc.render.cards": ("Card", "card_css", "render_card"),
    "mmc.render.cardsheet": ("render_card_sheet",),
    "mmc.render.markdown": ("render_markdown",),
    "mmc.render.musclemap": ("render_muscle_map",),
    "mmc.render.pdf": ("html_to_pdf",),
    "mmc.render.sheets": ("load_session", "render_sheet"),
    "mmc.render.tempo": ("render_tempo_strip",),
}

#: Where each public name lives.
_HOME: dict[str, str] = {name: module for module, names in _PUBLIC.items() for name in names}

__all__ = sorted([*_HOME, "__version__"])

if TYPE_CHECKING:  # pragma: no cover - what type checkers and IDEs see (tests check: the same)
    from mmc.content.export import export_json as export_json
    from mmc.content.export import export_library as export_library
    from mmc.content.export import library_schema as library_schema
    from mmc.content.importers import ImportReport as ImportReport
    from mmc.content.importers import import_dataset as import_dataset
    from mmc.content.importers import import_mapped as import_mapped
    from mmc.content.importers import infer_equipment as infer_equipment
    from mmc.content.importers import infer_mechanic as infer_mechanic
    from mmc.content.importers import infer_pattern as infer_pattern
    from mmc.content.loader import CheckResult as CheckResult
    from mmc.content.loader import bundled_content_dir as bundled_content_dir
    from mmc.content.loader import check_content as check_content
    from mmc.content.loader import load_library as load_library
    from mmc.content.packs import Pack as Pack
    from mmc.content.packs import installed_packs as installed_packs
    from mmc.content.packs import pack_template_dirs as pack_template_dirs
    from mmc.errors import ContentErrors as ContentErrors
    from mmc.errors import InvalidValueError as InvalidValueError
    from mmc.errors import MmcError as MmcError
    from mmc.errors import Problem as Problem
    from mmc.errors import TempoError as TempoError
    from mmc.model.common import Provenance as Provenance
    from mmc.model.cue import Cue as Cue
    from mmc.model.drill import Drill as Drill
    from mmc.model.exercise import Exercise as Exercise
    from mmc.model.library import Library as Library
    from mmc.model.muscle import Muscle as Muscle
    from mmc.model.page import Page as Page
    from mmc.model.prescription import Load as Load
    from mmc.model.prescription import Prescription as Prescription
    from mmc.model.prescription import RepRange as RepRange
    from mmc.model.schema import json_schema as json_schema
    from mmc.model.session import Goal as Goal
    from mmc.model.session import RuleNote as RuleNote
    from mmc.model.session import Session as Session
    from mmc.model.session import SessionDrill as SessionDrill
    from mmc.model.session import SessionItem as SessionItem
    from mmc.model.tempo import Tempo as Tempo
    from mmc.model.training import Block as Block
    from mmc.model.training import BlockWeek as BlockWeek
    from mmc.model.training import MuscleVolume as MuscleVolume
    from mmc.model.training import Progression as Progression
    from mmc.model.training import SetLog as SetLog
    from mmc.model.training import Week as Week
    from mmc.model.training import WeekFlag as WeekFlag
    from mmc.plan import Increments as Increments
    from mmc.plan import estimate_1rm as estimate_1rm
    from mmc.plan import load_consistent as load_consistent
    from mmc.plan import load_for as load_for
    from mmc.plan import plan_block as plan_block
    from mmc.plan import plan_session as plan_session
    from mmc.plan import plan_week as plan_week
    from mmc.plan import progress as progress
    from mmc.plan import rir_to_rpe as rir_to_rpe
    from mmc.plan import rpe_to_rir as rpe_to_rir
    from mmc.plan import substitute as substitute
    from mmc.plan import weekly_volume as weekly_volume
    from mmc.render.cards import Card as Card
    from mmc.render.cards import card_css as card_css
    from mmc.render.cards import render_card as render_card
    from mmc.render.cardsheet import render_card_sheet as render_card_sheet
    from mmc.render.markdown import render_markdown as render_markdown
    from mmc.render.musclemap import render_muscle_map as render_muscle_map
    from mmc.render.pdf import html_to_pdf as html_to_pdf
    from mmc.render.sheets import load_session as load_session
    from mmc.render.sheets import render_sheet as render_sheet
    from mmc.render.tempo import render_tempo_strip as render_tempo_strip


def __getattr__(name: str) -> Any:
    if name in _HOME:
        value = getattr(import_module(_HOME[name]), name)
    elif name.isidentifier() and not name.startswith("__"):
        # A subpackage (mmc.errors, mmc.model, ...), as after the eager imports of old: they
        # loaded the model, content and planning modules (not the renderers), so that
        # mmc.model.exercise works after touching mmc.model.
        if find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module 'mmc' has no attribute {name!r}")
        for module in _PUBLIC:
            if not module.startswith("mmc.render"):
                import_module(module)
        value = import_module(f"{__name__}.{name}")
    else:
        raise AttributeError(f"module 'mmc' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
