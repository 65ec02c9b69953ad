"""`import mmc` stays cheap: no renderer or site dependencies at import time."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("jinja2", "markdown_it", "mkdocs", "weasyprint", "playwright")


def test_import_mmc_does_not_import_heavy_modules() -> None:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import mmc"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    imported = {
        line.split("|")[-1].strip().split(".")[0] for line in out.splitlines() if "|" in line
    }
    assert "mmc" in imported
    assert not imported & set(HEAVY), sorted(imported & set(HEAVY))
