"""``--engine``: headless Chromium gives the pages WeasyPrint gives (count, size, card
positions, text), keeps the body map vector, and is byte-identical run to run."""

from __future__ import annotations

import io
import json
import os
import re
import stat
import subprocess
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner

import mmc
from mmc.cli import cli
from mmc.errors import MmcError
from mmc.render.pdf import find_chromium, html_to_pdf, normalise_dates, resolve_engine
from tests.render_support import bundled

CHROMIUM = "/usr/bin/chromium"


def _fake_program(folder: Path, name: str, script: str) -> Path:
    program = folder / name
    program.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def test_auto_prefers_mmc_chromium_then_path_then_weasyprint(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    empty = {"PATH": str(bin_dir)}
    assert find_chromium(empty) is None
    assert resolve_engine("auto", empty) == ("weasyprint", None)
    assert resolve_engine("weasyprint", empty) == ("weasyprint", None)
    with pytest.raises(MmcError, match="none was found") as info:
        resolve_engine("chromium", empty)
    assert "--engine weasyprint" in str(info.value.fix)
    browser = _fake_program(bin_dir, "chromium-browser", "exit 0")
    assert resolve_engine("auto", empty) == ("chromium", str(browser))
    own = _fake_program(tmp_path, "my-chrome", "exit 0")
    assert resolve_engine("AUTO", {**empty, "MMC_CHROMIUM": str(own)}) == ("chromium", str(own))
    with pytest.raises(MmcError, match="MMC_CHROMIUM"):
        find_chromium({**empty, "MMC_CHROMIUM": str(tmp_path / "missing")})
    with pytest.raises(MmcError, match="unknown PDF engine"):
        resolve_engine("prince", empty)


def test_a_failing_chromium_is_an_error_with_a_fix_and_keeps_the_old_file(
    tmp_path: Path,
) -> None:
    broken = _fake_program(tmp_path, "chromium", "echo 'no display here' >&2; exit 3")
    out = tmp_path / "cards.pdf"
    out.write_bytes(b"previous")
    result = CliRunner(env={"MMC_CHROMIUM": str(broken)}).invoke(
        cli, ["cards", "--group", "back", "--pdf", "--engine", "chromium", "--out", str(out)]
    )
    assert result.exit_code == 1
    assert "exit status 3" in result.output and "no display here" in result.output
    assert "--engine weasyprint" in result.output
    assert "Traceback" not in result.output
    assert out.read_bytes() == b"previous"


def test_normalise_dates_keeps_the_length() -> None:
    pdf = b"<</CreationDate (D:20261126020939+00'00')\n/ModDate (D:20261126020940+00'00')>>"
    fixed = normalise_dates(pdf)
    assert len(fixed) == len(pdf)
    assert b"2026" not in fixed and fixed.count(b"D:20000101000000") == 2


needs_chromium = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK), reason="needs Chromium (installed by scripts/test)"
)


def _words(pdf: bytes, page: int) -> dict[str, tuple[float, float]]:
    """Words that occur once on ``page`` (1-based), with their top-left corner in points."""
    xml = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", "-", "-"],
        input=pdf, check=True, capture_output=True,
    ).stdout.decode("utf-8")
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</word>', xml)
    counts: dict[str, int] = {}
    for _x, _y, word in found:
        counts[word] = counts.get(word, 0) + 1
    return {word: (float(x), float(y)) for x, y, word in found if counts[word] == 1}


@needs_chromium
@pytest.mark.browser
@pytest.mark.pdf
@pytest.mark.parametrize(("paper", "width", "height"), [("a4", 595.3, 841.9), ("letter", 612, 792)])
def test_chromium_gives_the_pages_of_weasyprint(
    tmp_path: Path, paper: str, width: float, height: float
) -> None:
    made = {}
    for engine in ("chromium", "weasyprint"):
        out = tmp_path / f"{engine}.pdf"
        result = CliRunner().invoke(
            cli, ["cards", "--group", "legs", "--paper", paper, "--pdf", "--engine", engine,
                  "--out", str(out)],
        )
        assert result.exit_code == 0, result.output
        made[engine] = out.read_bytes()
    chromium, weasy = (pypdf.PdfReader(io.BytesIO(made[e])) for e in ("chromium", "weasyprint"))
    assert len(chromium.pages) == len(weasy.pages) >= 2
    for page in chromium.pages:
        box = page.mediabox
        assert abs(float(box.width) - width) < 1 and abs(float(box.height) - height) < 1
        # The body map stays vector: no image anywhere on the page.
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for ref in xobjects.values():
            assert ref.get_object().get("/Subtype") != "/Image"
    legs = [e for e in bundled().exercises.values()
            if any(m.startswith(("quad", "ham", "glute", "calf")) for m in e.primary)]
    text = chromium.pages[0].extract_text()
    assert sum(e.name in " ".join(text.split()) for e in legs) >= 1
    for page in (1, 2):  # the fronts and their mirrored backs: cards in the same places
        a, b = _words(made["chromium"], page), _words(made["weasyprint"], page)
        shared = set(a) & set(b)
        assert len(shared) >= 8
        far = {w: (a[w], b[w]) for w in shared
               if abs(a[w][0] - b[w][0]) > 3 or abs(a[w][1] - b[w][1]) > 3}
        assert len(far) <= len(shared) // 10, far


@needs_chromium
@pytest.mark.browser
def test_chromium_pdf_is_byte_identical_run_to_run(tmp_path: Path) -> None:
    html = (tmp_path / "sheet.html")
    result = CliRunner().invoke(cli, ["cards", "--group", "core", "--out", str(html)])
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    first = html_to_pdf(page, engine="chromium", env={"PATH": "/usr/bin"})
    second = html_to_pdf(page, engine="auto", env={"PATH": "/usr/bin"})
    assert first.startswith(b"%PDF") and first == second


@needs_chromium
@pytest.mark.browser
def test_sheet_and_auto_say_which_engine_they_used(tmp_path: Path) -> None:
    planned = mmc.plan_session(
        bundled(), targets=["latissimus-dorsi"], equipment=["cable"], minutes=30
    )
    session = tmp_path / "session.json"
    session.write_text(json.dumps(planned.model_dump(mode="json")), encoding="utf-8")
    out = tmp_path / "session.pdf"
    result = CliRunner().invoke(cli, ["sheet", str(session), "--pdf", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "PDF by Chromium" in result.output
    pages = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages
    assert len(pages) == 1
    assert planned.items[0].name in pages[0].extract_text()
