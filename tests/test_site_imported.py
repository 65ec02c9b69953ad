"""Imported exercises on the site: the target muscle's flex and touch guidance stands in for
cues, the dataset's instructions are shown, and the record's license and authors are credited."""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from mmc import import_dataset, load_library
from mmc.cli import cli

DATA = Path(
    os.environ.get("MMC_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")
)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def test_imported_exercise_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    imported = tmp_path / "imported"
    report = import_dataset("everkinetic", DATA / "everkinetic", imported,
                            keep_unclassified=True)
    assert report.written
    (tmp_path / "mmc.toml").write_text(f'content = ["{imported.as_posix()}"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the builder reads mmc.toml from the working directory
    result = CliRunner().invoke(cli, ["build", "--out", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    lib = load_library(imported)
    exercise = next(e for e in sorted(lib.exercises.values(), key=lambda e: e.id) if e.imported)
    page = (tmp_path / "site" / "exercises" / exercise.id / "index.html").read_text(
        encoding="utf-8"
    )
    text = _text(page)
    muscle = lib.muscles[exercise.primary[0]]
    assert "Feel the target first" in text
    assert " ".join(muscle.flex.split()) in text
    assert " ".join(muscle.touch.split()) in text
    assert exercise.provenance is not None
    assert (
        exercise.provenance.license in text
        and exercise.provenance.attribution.split(",")[0] in text
    )
    assert "Instructions" in text

    # Holds, per-side work and records kept unclassified say so on their pages.
    def page_of(item_id: str) -> str:
        path = tmp_path / "site" / "exercises" / item_id / "index.html"
        return _text(path.read_text(encoding="utf-8"))

    hold = next(e for e in lib.exercises.values() if e.imported and e.measure == "seconds")
    assert "A hold: each set is timed in seconds" in page_of(hold.id)
    side = next(e for e in lib.exercises.values() if e.imported and e.per_side)
    assert "Each side: do every set on one side, then the other." in page_of(side.id)
    kept = next(e for e in lib.exercises.values()
                if e.provenance is not None and e.provenance.unclassified)
    assert "could not classify its pattern" in page_of(kept.id)
