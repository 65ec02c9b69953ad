"""A content pack's templates/ folder restyles cards, sheets and the site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import mmc
from mmc.content import packs
from mmc.content.packs import Pack
from mmc.render import templates
from mmc.site import theme


def _clear() -> None:
    for cached in (
        templates.override_dirs,
        templates.stylesheet,
        templates.environment,
        theme.environment,
        theme.code_fingerprint,
    ):
        cached.cache_clear()


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = tmp_path / "pack"
    (root / "templates").mkdir(parents=True)
    found = [Pack(name="test", path=root, entry_point="test = test_pack")]
    monkeypatch.setattr(packs, "discover_packs", lambda: (found, []))
    _clear()
    yield root / "templates"
    _clear()


def test_extra_css_is_appended(pack: Path) -> None:
    default = templates.stylesheet("card.css")
    _clear()
    (pack / "card.extra.css").write_text("/* pack extra */ .card { color: teal; }\n")
    text = templates.stylesheet("card.css")
    assert text.startswith(default) and text.endswith("/* pack extra */ .card { color: teal; }\n")


def test_css_of_the_same_name_replaces(pack: Path) -> None:
    (pack / "card.css").write_text("/* pack replaces */\n")
    assert templates.stylesheet("card.css") == "/* pack replaces */\n"


def test_template_of_the_same_name_replaces(pack: Path) -> None:
    (pack / "session-sheet.css").write_text("/* sheet by pack */\n")
    lib = mmc.load_library()
    session = mmc.plan_session(lib, targets=["gluteus-maximus"], equipment={"dumbbell"}, minutes=30)
    assert "/* sheet by pack */" in mmc.render_sheet(session)


def test_site_static_and_fingerprint(pack: Path) -> None:
    before = theme.code_fingerprint()
    (pack / "site.css").write_text("/* site by pack */\n")
    _clear()
    assert dict(theme.static_files())["site.css"] == b"/* site by pack */\n"
    assert theme.code_fingerprint() != before, "a pack's templates invalidate the build cache"
