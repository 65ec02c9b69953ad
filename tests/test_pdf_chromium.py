"""The Chromium printer: started before the page exists, it prints the bytes Chromium's own
``--print-to-pdf`` writes, and a browser that fails or hangs is an error that leaves nothing
running."""

from __future__ import annotations

import os
import stat
import subprocess
import time
from pathlib import Path

import pytest

from mmc.errors import MmcError
from mmc.render.cardsheet import render_card_sheet
from mmc.render.chromium import ChromiumPrinter
from mmc.render.pdf import normalise_dates
from tests.render_support import bundled

CHROMIUM = "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK), reason="needs Chromium (installed by scripts/test)"
)


def _program(folder: Path, script: str) -> str:
    program = folder / "fake-chromium"
    program.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return str(program)


@needs_chromium
@pytest.mark.browser
@pytest.mark.pdf
def test_prints_what_print_to_pdf_writes(tmp_path: Path) -> None:
    lib = bundled()
    html = render_card_sheet([lib.exercises[i] for i in sorted(lib.exercises)[:10]],
                             "a7", "a4", library=lib)
    page = tmp_path / "cards.html"
    page.write_text(html, encoding="utf-8")
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={tmp_path / 'cli.pdf'}",
         page.as_uri()],
        check=True, capture_output=True, timeout=300,
    )
    with ChromiumPrinter(CHROMIUM) as browser:
        ours = browser.print_pdf(html)
        again = browser.print_pdf(html)  # one browser prints several documents
    expected = normalise_dates((tmp_path / "cli.pdf").read_bytes())
    assert normalise_dates(ours) == expected == normalise_dates(again)


def test_a_browser_that_exits_is_an_error_with_its_last_words(tmp_path: Path) -> None:
    program = _program(tmp_path, "echo 'cannot open display' >&2; exit 3")
    with ChromiumPrinter(program, timeout=30) as browser, pytest.raises(MmcError) as info:
        browser.print_pdf("<p>x</p>")
    assert "exit status 3" in info.value.message
    assert "cannot open display" in info.value.message
    assert "--engine weasyprint" in str(info.value.fix)


def test_a_browser_that_hangs_is_stopped(tmp_path: Path) -> None:
    pids = tmp_path / "pid"
    program = _program(tmp_path, f"echo $$ > {pids}; exec sleep 60")
    started = time.monotonic()
    with ChromiumPrinter(program, timeout=1) as browser, pytest.raises(MmcError) as info:
        browser.print_pdf("<p>x</p>")
    assert "did not finish printing the PDF in 1 s" in info.value.message
    assert time.monotonic() - started < 20
    pid = int(pids.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped


def test_a_missing_program_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(MmcError, match="cannot run Chromium"):
        ChromiumPrinter(str(tmp_path / "no-such-chromium"))


def test_cards_start_the_browser_first_and_stop_it_on_a_user_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mmc.cli import cli

    pids = tmp_path / "pid"
    program = _program(tmp_path, f"echo $$ > {pids}; exec sleep 60")
    out = tmp_path / "cards.pdf"
    out.write_bytes(b"previous")
    result = CliRunner(env={"MMC_CHROMIUM": program}).invoke(
        cli, ["cards", "no-such-exercise", "--pdf", "--engine", "chromium", "--out", str(out)]
    )
    assert result.exit_code == 1 and "unknown exercise id" in result.output
    assert out.read_bytes() == b"previous"
    for _ in range(50):  # the browser was started before the library was read
        if pids.exists() and pids.read_text().strip():
            break
        time.sleep(0.1)
    with pytest.raises(ProcessLookupError):
        os.kill(int(pids.read_text()), 0)  # and is gone with the command


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie, killed but not yet reaped, is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_closing_ends_the_browser_helpers_too(tmp_path: Path) -> None:
    # A browser's helper processes (renderer, zygote) go with it, however it is stopped.
    pids = tmp_path / "pids"
    program = _program(tmp_path, f"sleep 60 & echo $! $$ > {pids}; exec sleep 60")
    with ChromiumPrinter(program, timeout=1) as browser, pytest.raises(MmcError):
        browser.print_pdf("<p>x</p>")
    helper, main = (int(pid) for pid in pids.read_text().split())
    for _ in range(50):
        if not _running(helper):
            break
        time.sleep(0.1)
    assert not _running(helper) and not _running(main)


@needs_chromium
@pytest.mark.browser
@pytest.mark.pdf
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_browser_that_printed_leaves_no_process(tmp_path: Path) -> None:
    with ChromiumPrinter(CHROMIUM) as browser:
        assert browser.print_pdf("<p>x</p>").startswith(b"%PDF")
        group = browser._process.pid  # the browser leads its own process group
    for _ in range(50):
        left = [p.name for p in Path("/proc").iterdir() if p.name.isdigit()
                and _running(int(p.name)) and _group(int(p.name)) == group]
        if not left:
            break
        time.sleep(0.1)
    assert not left


def _group(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[2])
    except (OSError, ValueError, IndexError):
        return None
