"""The public API is pinned: adding or removing a name from ``mmc`` is a deliberate change."""

from __future__ import annotations

import inspect

import mmc

PUBLIC = {
    # model
    "Cue", "Drill", "Exercise", "Library", "Load", "Muscle", "Page", "Prescription", "Provenance",
    "RepRange", "Tempo",
    # plans and logs
    "Goal", "MuscleVolume", "Progression", "RuleNote", "Session", "SessionDrill", "SessionItem",
    "SetLog", "Week", "WeekFlag", "Block", "BlockWeek",
    # errors
    "ContentErrors", "InvalidValueError", "MmcError", "Problem", "TempoError",
    # content
    "CheckResult", "bundled_content_dir", "check_content", "load_library", "json_schema",
    "Pack", "installed_packs", "pack_template_dirs", "ImportReport", "import_dataset",
    "import_mapped", "infer_pattern", "infer_equipment", "infer_mechanic",
    "export_json", "export_library", "library_schema",
    # planning
    "plan_session", "plan_week", "progress", "weekly_volume", "estimate_1rm", "load_for",
    "rir_to_rpe", "rpe_to_rir", "plan_block", "substitute", "Increments", "load_consistent",
    # rendering (imported lazily)
    "Card", "card_css", "html_to_pdf", "load_session", "render_card", "render_card_sheet",
    "render_markdown", "render_muscle_map", "render_sheet", "render_tempo_strip",
    "__version__",
}  # fmt: skip


def test_all_is_pinned() -> None:
    assert set(mmc.__all__) == PUBLIC
    assert len(mmc.__all__) == len(PUBLIC), "no duplicates in __all__"


def test_every_public_name_imports_and_is_documented() -> None:
    for name in sorted(PUBLIC - {"__version__", "Goal"}):
        obj = getattr(mmc, name)
        assert inspect.getdoc(obj), f"mmc.{name} has no docstring"


def test_dir_lists_lazy_names() -> None:
    assert {"render_card", "render_sheet"} <= set(dir(mmc))


def test_subpackages_are_attributes_after_import_mmc() -> None:
    """``import mmc`` loads names lazily, yet ``mmc.errors`` or ``mmc.model.exercise`` still
    work as they did when ``import mmc`` imported everything (a fresh interpreter each)."""
    import subprocess
    import sys

    for expression in ("mmc.errors.MmcError", "mmc.model.exercise.Exercise",
                       "mmc.content.loader.load_library", "mmc.plan.plan_session"):
        subprocess.run([sys.executable, "-c", f"import mmc; {expression}"], check=True)
    missing = subprocess.run([sys.executable, "-c", "import mmc; mmc.nosuch"],
                             capture_output=True, text=True)
    assert missing.returncode == 1
    assert "module 'mmc' has no attribute 'nosuch'" in missing.stderr


def test_type_checkers_see_the_same_table() -> None:
    """The imports under ``if TYPE_CHECKING:`` (what mypy and IDEs read) name exactly the
    modules and names of ``mmc._PUBLIC``, the table ``__all__`` and ``__getattr__`` use."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(mmc.__file__).read_text(encoding="utf-8"))
    blocks = [node for node in tree.body if isinstance(node, ast.If)
              and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"]
    assert len(blocks) == 1
    seen: dict[str, set[str]] = {}
    for node in blocks[0].body:
        assert isinstance(node, ast.ImportFrom) and node.module is not None
        for alias in node.names:
            assert alias.asname == alias.name, f"import {alias.name} as {alias.name} re-exports"
            seen.setdefault(node.module, set()).add(alias.name)
    assert seen == {module: set(names) for module, names in mmc._PUBLIC.items()}
    for module, names in mmc._PUBLIC.items():  # each name is defined where the table says
        for name in names:
            assert getattr(mmc, name) is getattr(__import__(module, fromlist=[name]), name)
