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
