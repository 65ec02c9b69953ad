"""Fault suite (issue #17), pack templates: a template linking outside its pack is refused as
a content file linking outside its folder is, and a template including '../x' or an absolute
path is an MmcError naming the pack's file and line, never a traceback or a published secret."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import mmc
from mmc.content import packs
from mmc.content.packs import Pack
from mmc.errors import MmcError
from mmc.site.build import build_site
from mmc.site.config import load_config
from tests.site_support import write_project

SECRET = "PRIVATE-KEY-DO-NOT-PUBLISH"


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    root = tmp_path / "pack"
    (root / "templates").mkdir(parents=True)
    found = [Pack(name="test", path=root, entry_point="test = test_pack")]
    monkeypatch.setattr(packs, "discover_packs", lambda: (found, []))
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    yield root / "templates"


def _build(tmp_path: Path) -> Path:
    project = write_project(tmp_path / "project")
    build_site(load_config(project / "mmc.toml"), out=project / "site", cache=False)
    return project / "site"


def _published(site: Path) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace")
                   for p in site.rglob("*") if p.is_file())


@pytest.mark.parametrize("name", ["site.js", "site.css", "card.css", "card.extra.css",
                                  "card-front.html", "base.html"])
def test_a_template_linking_out_of_the_pack_is_refused(pack: Path, tmp_path: Path,
                                                       name: str) -> None:
    (pack / name).symlink_to(tmp_path / "secret.txt")
    with pytest.raises(MmcError) as caught:
        _build(tmp_path)
    assert "links outside the pack" in caught.value.message
    assert caught.value.file is not None and caught.value.file.endswith(name)
    assert caught.value.fix
    assert not (tmp_path / "project" / "site").exists()


def test_a_link_inside_the_pack_is_fine(pack: Path, tmp_path: Path) -> None:
    (pack / "shared.css").write_text("/* shared by pack */\n", encoding="utf-8")
    (pack / "site.css").symlink_to(pack / "shared.css")
    site = _build(tmp_path)
    assert (site / "assets" / "site.css").read_text(encoding="utf-8") == "/* shared by pack */\n"


@pytest.mark.parametrize("target", ["../secret.txt", "../../secret.txt", "/etc/hostname",
                                    "no-such-part.html"])
def test_an_include_leaving_the_pack_is_a_located_error(pack: Path, tmp_path: Path,
                                                        target: str) -> None:
    (pack / "card-back.html").write_text(
        "<p>back</p>\n{% include " + repr(target) + " %}\n", encoding="utf-8")
    with pytest.raises(MmcError) as caught:
        mmc.render_card(mmc.load_library().exercises["seated-cable-row"])
    error = caught.value
    assert error.file is not None and error.file.endswith("card-back.html")
    assert error.line == 2
    assert "not found" in error.message and error.fix


def test_an_include_leaving_the_pack_fails_the_build_and_the_cli(pack: Path,
                                                                 tmp_path: Path) -> None:
    (pack / "card-back.html").write_text("{% include '../secret.txt' %}\n", encoding="utf-8")
    with pytest.raises(MmcError) as caught:
        _build(tmp_path)
    assert caught.value.file is not None and caught.value.file.endswith("card-back.html")
    assert SECRET not in str(caught.value)


def test_a_syntax_error_in_a_pack_template_is_located(pack: Path) -> None:
    (pack / "card-front.html").write_text("<p>\n{% if %}\n</p>\n", encoding="utf-8")
    with pytest.raises(MmcError) as caught:
        mmc.render_card(mmc.load_library().exercises["seated-cable-row"])
    assert caught.value.line == 2
    assert caught.value.file is not None and caught.value.file.endswith("card-front.html")


@pytest.mark.parametrize("name", ["card-front.html", "card.css", "card.extra.css"])
def test_a_pack_template_that_is_not_utf8_is_named(pack: Path, name: str) -> None:
    (pack / name).write_bytes(b"<p>caf\xe9</p>\n")
    with pytest.raises(MmcError) as caught:
        if name.endswith(".css"):
            mmc.card_css()
        else:
            mmc.render_card(mmc.load_library().exercises["seated-cable-row"])
    assert caught.value.file is not None and caught.value.file.endswith(name)
    assert "UTF-8" in caught.value.message
