"""mmc: coach the mind-muscle connection.

A typed model of muscles, exercises, cues and tempo; content loading with precise errors;
session planning whose rules cite their evidence; cue cards and sheets to print.

``import mmc`` stays cheap: Jinja2, markdown-it-py, MkDocs and WeasyPrint are imported only
by the functions that render.
"""

from __future__ import annotations

from mmc._version import __version__
from mmc.content.loader import CheckResult, bundled_content_dir, check_content, load_library
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
from mmc.model.tempo import Tempo

__all__ = [
    "CheckResult",
    "ContentErrors",
    "Cue",
    "Drill",
    "Exercise",
    "Library",
    "Load",
    "MmcError",
    "Muscle",
    "Page",
    "Prescription",
    "Problem",
    "Provenance",
    "RepRange",
    "Tempo",
    "TempoError",
    "__version__",
    "bundled_content_dir",
    "check_content",
    "json_schema",
    "load_library",
]
