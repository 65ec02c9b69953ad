"""A content pack's templates/ folder restyles cards, sheets and the site."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import mmc
from mmc.content import packs
from mmc.content.packs import Pack
from mmc.render import templates
from mmc.site.build import build_site
from mmc.site.config import SiteConfig, load_config
from mmc.site.environment import site_pack_dirs
from mmc.site.fingerprint import code_fingerprint
from mmc.site.static import static_files
from tests.site_support import write_project


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = tmp_path / "pack"
    (root / "templates").mkdir(parents=True)
    found = [Pack(name="test", path=root, entry_point="test = test_pack")]
    monkeypatch.setattr(packs, "discover_packs", lambda: (found, []))
    yield root / "templates"


def test_extra_css_is_appended(pack: Path) -> None:
    default = templates.Templates.installed().stylesheet("card.css")
    (pack / "card.extra.css").write_text("/* pack extra */ .card { color: teal; }\n")
    text = templates.Templates.installed().stylesheet("card.css")
    assert text.startswith(default) and text.endswith("/* pack extra */ .card { color: teal; }\n")


def test_css_of_the_same_name_replaces(pack: Path) -> None:
    (pack / "card.css").write_text("/* pack replaces */\n")
    assert templates.Templates.installed().stylesheet("card.css") == "/* pack replaces */\n"
    assert templates.Templates(()).stylesheet("card.css") != "/* pack replaces */\n"


def test_template_of_the_same_name_replaces(pack: Path) -> None:
    (pack / "session-sheet.css").write_text("/* sheet by pack */\n")
    lib = mmc.load_library()
    session = mmc.plan_session(lib, targets=["gluteus-maximus"], equipment={"dumbbell"}, minutes=30)
    assert "/* sheet by pack */" in mmc.render_sheet(session)


def test_site_static_and_fingerprint(pack: Path) -> None:
    dirs = site_pack_dirs(SiteConfig())
    assert dirs == (pack,)
    before = code_fingerprint(dirs)
    (pack / "site.css").write_text("/* site by pack */\n")
    assert dict(static_files(dirs))["site.css"] == b"/* site by pack */\n"
    assert code_fingerprint(dirs) != before, "a pack's templates invalidate the build cache"


def test_a_site_uses_the_templates_of_its_packs_only(pack: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # SiteConfig.packs picks the content packs; the site's templates follow the same choice.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    (pack / "site.css").write_text("/* site by pack */\n")
    (pack / "404.html").write_text("<p>lost, says the pack</p>\n")
    (pack / "card.extra.css").write_text("/* cards by pack */\n")
    front = resources.files("mmc.render").joinpath("templates", "card-front.html").read_text()
    (pack / "card-front.html").write_text(front.replace("<header", "<!-- front by pack -->\n<header"))
    project = write_project(tmp_path / "project")

    def built(name: str, **overrides: Any) -> Path:
        site = tmp_path / name
        build_site(load_config(project / "mmc.toml", **overrides), out=site)
        return site

    with_pack = built("with-pack")
    assert (with_pack / "assets" / "site.css").read_text() == "/* site by pack */\n"
    assert (with_pack / "404.html").read_text() == "<p>lost, says the pack</p>"
    assert "/* cards by pack */" in (with_pack / "assets" / "cards.css").read_text()
    assert "front by pack" in (with_pack / "exercises" / "lat-pulldown" / "index.html").read_text()
    without = built("without", packs=[])
    default_css = resources.files("mmc.site").joinpath("static", "site.css").read_bytes()
    assert (without / "assets" / "site.css").read_bytes() == default_css
    assert "says the pack" not in (without / "404.html").read_text()
    assert "Page not found" in (without / "404.html").read_text()
    assert "by pack" not in (without / "assets" / "cards.css").read_text()
    assert "by pack" not in (without / "exercises" / "lat-pulldown" / "index.html").read_text()
    assert site_pack_dirs(load_config(project / "mmc.toml", packs=[])) == ()
    # The page cache is shared by both builds: the pack's pages must not be reused.
    again = built("again", packs=[])
    assert (again / "404.html").read_bytes() == (without / "404.html").read_bytes()


def test_cards_and_sheet_with_no_packs_use_no_pack_templates(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # --no-packs reads no pack's content; it must not print with a pack's templates either.
    from click.testing import CliRunner

    from mmc.cli import cli

    monkeypatch.chdir(tmp_path)
    (pack / "card.extra.css").write_text("/* cards by pack */\n")
    (pack / "session-sheet.css").write_text("/* sheet by pack */\n")
    session = tmp_path / "s.yaml"
    session.write_text(
        "title: Back\nitems:\n  - exercise: seated-cable-row\n"
        "    prescription: {sets: 2, reps: 12, load: {rir: 2}, rest_seconds: 60}\n",
        encoding="utf-8",
    )

    def printed(*args: str) -> str:
        out = tmp_path / "out.html"
        result = CliRunner().invoke(cli, [*args, "--out", str(out)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return out.read_text(encoding="utf-8")

    assert "/* cards by pack */" in printed("cards", "seated-cable-row")
    assert "/* cards by pack */" not in printed("cards", "seated-cable-row", "--no-packs")
    assert "/* sheet by pack */" in printed("sheet", str(session))
    assert "/* sheet by pack */" not in printed("sheet", str(session), "--no-packs")


def test_a_pack_template_edited_between_two_builds_of_one_process_is_used(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # mmc serve keeps one BuildMemory (and its compiled templates) from build to build; a pack
    # author editing a template between two builds must see the edit on the next build.
    from mmc.site.context import BuildMemory

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    (pack / "404.html").write_text("<p>first wording</p>\n")
    project = write_project(tmp_path / "project")
    config = load_config(project / "mmc.toml")
    memory = BuildMemory()
    build_site(config, out=tmp_path / "site", memory=memory)
    assert "first wording" in (tmp_path / "site" / "404.html").read_text()
    (pack / "404.html").write_text("<p>second wording</p>\n")
    build_site(config, out=tmp_path / "site", memory=memory)
    assert "second wording" in (tmp_path / "site" / "404.html").read_text()
    assert len(memory.environments) == 1, "one set of templates is kept at a time"
