"""`mmc cards` and `mmc sheet`: files written, filters, located errors, a clear PDF hint."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest
from click.testing import CliRunner

import mmc
from mmc.cli import cli
from tests.render_support import bundled, check_html, session_of


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cards_html_for_chosen_exercises(tmp_path: Path) -> None:
    out = tmp_path / "cards.html"
    result = run("cards", "seated-cable-row", "lat-pulldown", "--size", "a6", "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    check_html(html, document=True)
    assert html.count('data-side="front" aria-label') == 2
    assert html.count('data-side="back" aria-label') == 2
    assert "2 cards, A6 4-up on A4, 1 sheet" in result.output
    assert "flip on the long edge" in result.output


@pytest.mark.pdf
def test_cards_pdf_by_muscle_filter(tmp_path: Path) -> None:
    out = tmp_path / "lats.pdf"
    result = run(
        "cards",
        "--muscle",
        "latissimus-dorsi",
        "--size",
        "a7",
        "--paper",
        "letter",
        "--pdf",
        "--out",
        str(out),
    )
    assert result.exit_code == 0, result.output
    expected = bundled().exercises_for("latissimus-dorsi", "primary")
    pages = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages
    assert len(pages) == 2 * -(-len(expected) // 6)  # 6 A7 cards fit on Letter
    text = " ".join(p.extract_text() for p in pages)
    assert expected[0].name in text


def test_cards_by_group_and_pdf_implied_by_suffix(tmp_path: Path) -> None:
    out = tmp_path / "chest.html"
    result = run("cards", "--group", "chest", "--no-backs", "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    chest = {m.id for m in bundled().muscles.values() if m.group == "chest"}
    expected = [e for e in bundled().exercises.values() if chest & set(e.primary)]
    assert html.count('data-side="front" aria-label') == len(expected) > 0
    assert 'data-side="back"' not in html


def test_cards_for_a_session_carry_its_prescriptions(tmp_path: Path) -> None:
    session = session_of(bundled(), 2)
    path = tmp_path / "s.json"
    path.write_text(json.dumps(session.model_dump(mode="json")), encoding="utf-8")
    out = tmp_path / "c.html"
    result = run("cards", "--session", str(path), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count('class="mmc-card__rx"') == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cards", "seated-cable-rwo"], "did you mean 'seated-cable-row'"),
        (["cards", "--muscle", "latz"], "unknown muscle 'latz'"),
        (["cards", "--group", "elbows"], "unknown muscle group 'elbows'"),
    ],
)
def test_cards_user_errors_are_printed_without_traceback(
    args: list[str], message: str, tmp_path: Path
) -> None:
    result = CliRunner().invoke(cli, [*args, "--out", str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


@pytest.mark.pdf
def test_sheet_from_plan_json_is_one_pdf_page(tmp_path: Path) -> None:
    library = bundled()
    planned = mmc.plan_session(
        library,
        targets=["latissimus-dorsi", "pectoralis-major"],
        equipment=["cable", "dumbbell", "bench"],
        minutes=60,
    )
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(planned.model_dump(mode="json")), encoding="utf-8")
    out = tmp_path / "sheet.pdf"
    result = run("sheet", str(path), "--paper", "letter", "--out", str(out))
    assert result.exit_code == 0, result.output
    pages = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages
    assert len(pages) == 1
    assert planned.items[0].name in pages[0].extract_text()


def test_sheet_html_and_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(
        "title: Legs\nitems:\n  - exercise: seated-cable-row\n"
        "    prescription: {sets: 2, reps: 12, load: {rir: 2}, rest_seconds: 60}\n",
        encoding="utf-8",
    )
    out = tmp_path / "s.html"
    result = run("sheet", str(path), "--out", str(out))
    assert result.exit_code == 0, result.output
    check_html(out.read_text(encoding="utf-8"), document=True)
    bad = tmp_path / "bad.yaml"
    bad.write_text("items: [\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["sheet", str(bad), "--out", str(out)])
    assert result.exit_code == 1 and "invalid YAML" in result.output and str(bad) in result.output


def test_missing_weasyprint_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A None entry makes "import weasyprint" fail as if it were not installed.
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    result = CliRunner().invoke(
        cli,
        ["cards", "seated-cable-row", "--pdf", "--engine", "weasyprint",
         "--out", str(tmp_path / "c.pdf")],
    )
    assert result.exit_code == 1
    assert "PDF output needs WeasyPrint" in result.output
    assert "pip install weasyprint" in result.output
    assert not (tmp_path / "c.pdf").exists()


def test_sheet_reads_plan_output_from_a_pipe(tmp_path: Path) -> None:
    planned = mmc.plan_session(
        bundled(), targets=["latissimus-dorsi"], equipment=["cable"], minutes=30
    )
    out = tmp_path / "piped.html"
    result = CliRunner().invoke(
        cli, ["sheet", "-", "--out", str(out)], input=json.dumps(planned.model_dump(mode="json"))
    )
    assert result.exit_code == 0, result.output
    assert planned.items[0].name in out.read_text(encoding="utf-8")


def test_sheet_picks_a_day_of_a_week(tmp_path: Path) -> None:
    week = mmc.plan_week(bundled(), days=2, minutes=40, equipment=["dumbbell", "bench", "cable"])
    path = tmp_path / "week.json"
    path.write_text(json.dumps(week.model_dump(mode="json")), encoding="utf-8")
    out = tmp_path / "day2.html"
    result = run("sheet", str(path), "--day", "2", "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert week.days[1].items[0].name in html
    result = CliRunner().invoke(cli, ["sheet", str(path), "--out", str(out)])
    assert result.exit_code == 1
    assert "week of 2 sessions" in result.output and "--day 1 ... --day 2" in result.output
