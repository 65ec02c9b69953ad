"""The tempo strip: a segment per phase, proportional to seconds, in the order of the rep."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from mmc import Tempo
from mmc.render.tempo import MIN_BAND, WIDTH, render_tempo_strip, tempo_segments, tempo_text

SVG = "{http://www.w3.org/2000/svg}"


def bands(svg: str) -> list[ET.Element]:
    root = ET.fromstring(svg)
    return [g for g in root.iter(f"{SVG}g") if "band" in (g.get("class") or "").split()]


def labels(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return [" ".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def test_segments_are_proportional_to_seconds_and_labelled() -> None:
    tempo = Tempo.parse("3-1-1-1")
    segments = tempo_segments(tempo)
    assert [s.label for s in segments] == ["lower 3 s", "pause 1 s", "lift 1 s", "pause 1 s"]
    widths = [s.width for s in segments]
    assert sum(widths) == pytest.approx(WIDTH)
    assert widths[0] == pytest.approx(3 * widths[1])
    assert widths[1] == pytest.approx(widths[2]) == pytest.approx(widths[3])
    assert [s.x for s in segments] == pytest.approx(
        [0, widths[0], sum(widths[:2]), sum(widths[:3])]
    )


def test_svg_labels_match_the_rep() -> None:
    svg = render_tempo_strip(Tempo.parse("3-1-1-0"))
    assert labels(svg) == ["lower 3 s", "pause 1 s", "lift 1 s"]
    assert [g.get("data-phase") for g in bands(svg)] == [
        "eccentric",
        "pause_after_eccentric",
        "concentric",
    ]


def test_starts_with_the_phase_the_lift_starts_with() -> None:
    curl = Tempo.parse("3-0-1-2", starts_with="concentric")
    svg = render_tempo_strip(curl)
    assert labels(svg) == ["lift 1 s", "pause 2 s", "lower 3 s"]
    assert 'data-starts-with="concentric"' in svg
    # The trace starts at the bottom (the weight is down) and rises first.
    points = re.search(r'points="([^"]+)"', svg)
    assert points is not None
    ys = [float(p.split(",")[1]) for p in points.group(1).split()]
    assert ys[0] > ys[1]


def test_eccentric_start_trace_goes_down_first() -> None:
    svg = render_tempo_strip(Tempo.parse("3-1-1-0"))
    points = re.search(r'points="([^"]+)"', svg)
    assert points is not None
    ys = [float(p.split(",")[1]) for p in points.group(1).split()]
    assert ys[0] < ys[1]


def test_explosive_phase_is_drawn_distinctly() -> None:
    svg = render_tempo_strip(Tempo.parse("3-1-X-0"))
    all_bands = bands(svg)
    band = next(g for g in all_bands if g.get("data-phase") == "concentric")
    assert "explosive" in (band.get("class") or "")
    rect = band.find(f"{SVG}rect")
    assert rect is not None and rect.get("stroke-dasharray")
    others = [g for g in all_bands if g is not band]
    assert all("explosive" not in (g.get("class") or "") for g in others)
    assert all(g.find(f"{SVG}rect").get("stroke-dasharray") is None for g in others)  # type: ignore[union-attr]
    assert "lift fast" in labels(svg)
    assert 'class="fast"' in svg and "<polygon" in svg  # the thick arrow
    assert "as fast as you can" in tempo_text(Tempo.parse("3-1-X-0"))


def test_zero_second_phases_are_left_out() -> None:
    assert [s.label for s in tempo_segments(Tempo.parse("2-0-2-0"))] == ["lower 2 s", "lift 2 s"]


def test_short_phases_keep_a_readable_width() -> None:
    segments = tempo_segments(Tempo.parse("10-0-1-0"))
    assert segments[1].width == pytest.approx(MIN_BAND)
    assert sum(s.width for s in segments) == pytest.approx(WIDTH)


@pytest.mark.parametrize("text", ["3-1-1-0", "31X0", "4/2/2/1", "10-2-10-2", "X-0-3-0"])
def test_strip_is_well_formed_svg_with_a_text_alternative(text: str) -> None:
    tempo = Tempo.parse(text)
    svg = render_tempo_strip(tempo)
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    assert title is not None and title.text == tempo_text(tempo)
    assert root.get("aria-label") == tempo_text(tempo)
    assert render_tempo_strip(tempo) == svg  # deterministic
