"""Card geometry has one home: sizes and the stylesheet's lengths come from mmc.render.geometry."""

from __future__ import annotations

import re

import pytest

from mmc.render import geometry
from mmc.render.cards import card_css
from mmc.render.templates import Templates


def test_every_size_name_has_one_format() -> None:
    assert set(geometry.CARD_SIZES) == set(geometry.CARD_SIZE_NAMES)
    assert all(name == spec.name for name, spec in geometry.CARD_SIZES.items())


def test_the_stylesheet_template_names_only_known_lengths() -> None:
    names = set(re.findall(r"\$\{(\w+)\}", Templates().stylesheet("card.css")))
    assert names == set(geometry.css_values())
    assert "$" not in card_css()


def test_stylesheet_lengths_follow_the_constants(monkeypatch: pytest.MonkeyPatch) -> None:
    before = card_css()
    assert ".mmc-card__cues li { padding-left: 0; margin-top: 0.7mm; }" in before
    monkeypatch.setattr(geometry, "CUE_GAP", 0.9)
    monkeypatch.setattr(geometry, "COLUMN_SHARE", 0.45)
    after = card_css()
    assert ".mmc-card__cues li { padding-left: 0; margin-top: 0.9mm; }" in after
    assert ".mmc-card__columns--2 .mmc-card__column { float: left; width: 45%; }" in after


def test_budgets_reserve_what_the_stylesheet_draws() -> None:
    # The prescription: two rules, padding above and below, and the margin below it.
    assert geometry.RX_EXTRA == 2.5  # 2 x 0.25 + 2 x 0.5 + 1.0
    # Above the safety notes: margin and rule (1.45 mm), budgeted as 1.5 mm.
    assert geometry.SAFETY_MARGIN + geometry.RULE <= geometry.SAFETY_GAP < 1.5 + 1e-9
    css = card_css()
    assert "margin-top: 1.2mm; border-top: 0.25mm solid #999;" in css
    wide = geometry.CARD_SIZES["a7"]
    assert f"margin-left:{wide.map_mm + geometry.MAP_GAP}mm" in css
