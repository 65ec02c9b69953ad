"""Start-up stays cheap (issue 19), checked by what is imported, not by timing.

``import mmc`` loads mmc's own ``__init__`` and version only (every public name is lazy), and
``mmc --version`` adds the command line's group and click: no pydantic, no models, content,
planner, renderer or site modules. benchmarks/startup_bench.py measures the times.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("jinja2", "markdown_it", "mkdocs", "weasyprint", "playwright")


def imported_modules(*args: str) -> set[str]:
    """Every module a fresh interpreter running ``args`` imports (``-X importtime``)."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", *args],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    return {line.split("|")[-1].strip() for line in out.splitlines() if "|" in line} - {
        "package"
    }


def test_import_mmc_does_not_import_heavy_modules() -> None:
    imported = imported_modules("-c", "import mmc")
    roots = {name.split(".")[0] for name in imported}
    assert "mmc" in roots
    assert not roots & {*HEAVY, "pydantic", "click", "yaml"}, sorted(roots)
    assert {name for name in imported if name.startswith("mmc")} == {"mmc", "mmc._version"}


def test_mmc_version_loads_only_the_command_group() -> None:
    imported = imported_modules("-m", "mmc", "--version")
    roots = {name.split(".")[0] for name in imported}
    assert "click" in roots
    assert not roots & {*HEAVY, "pydantic", "yaml"}, sorted(roots)
    assert {name for name in imported if name.startswith("mmc")} == {
        "mmc", "mmc._version", "mmc.cli"
    }


def test_a_public_name_loads_only_its_own_modules() -> None:
    """Touching the planner does not load the renderers or the site."""
    imported = imported_modules("-c", "import mmc; mmc.plan_session")
    assert not {name for name in imported if name.startswith(("mmc.render", "mmc.site",
                                                               "mmc.cli"))}
    assert not {name.split(".")[0] for name in imported} & set(HEAVY)


def test_the_site_builder_does_not_import_asyncio() -> None:
    """Nothing a build runs is asynchronous: asyncio (with ssl, socket, logging and
    concurrent.futures) came in only through typing_extensions < 4.16, under pydantic-core."""
    imported = imported_modules("-c", "import mmc.site.build")
    assert not {name for name in imported if name.split(".")[0] in {"asyncio", "ssl"}}


def test_the_site_builder_imports_only_the_session_planner() -> None:
    """A build plans single sessions: the week, block and progression planners and their
    models (mmc.model.training) stay unloaded (mmc.plan imports each name on first use)."""
    imported = imported_modules("-c", "import mmc.site.build")
    assert "mmc.plan.session" in imported
    assert not imported & {"mmc.model.training", "mmc.plan.week", "mmc.plan.block",
                           "mmc.plan.progression", "mmc.plan.increments", "mmc.plan.text"}


def test_no_model_field_defaults_to_a_builtin_factory() -> None:
    """``default_factory=list`` makes pydantic parse the builtin's text signature with the
    tokenizer when it defines the model; mmc.model.common.empty_list does not."""
    import inspect

    from pydantic import BaseModel

    import mmc.model.training
    import mmc.plan.increments
    import mmc.site.config

    modules = [mmc.model.training, mmc.plan.increments, mmc.site.config]
    modules += [sys.modules[name] for name in sorted(sys.modules) if name.startswith("mmc.model.")]
    models = {cls for module in modules for _, cls in inspect.getmembers(module, inspect.isclass)
              if issubclass(cls, BaseModel) and cls.__module__.startswith("mmc.")}
    assert len(models) > 20
    builtin = [f"{cls.__name__}.{name}" for cls in models
               for name, field in cls.model_fields.items()
               if inspect.isbuiltin(field.default_factory) or isinstance(field.default_factory, type)]
    assert not builtin, builtin


def test_mmc_plan_does_not_load_the_week_and_block_planners() -> None:
    imported = imported_modules("-m", "mmc", "plan", "--help")
    assert "mmc.plan.session" in imported
    assert not imported & {"mmc.model.training", "mmc.plan.week", "mmc.plan.block"}
