"""`mmc serve`: the server, the watcher, settings reloads and the live-reload endpoint."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest

from mmc.errors import MmcError
from mmc.site.build import build_site
from mmc.site.config import load_config
from mmc.site.serve import (
    LIVE_PATH,
    LiveState,
    SiteServer,
    Watcher,
    _Session,
    snapshot,
    watched_paths,
)
from tests.site_support import write_content, write_project


def touch_later(path: Path, seconds: int = 5) -> None:
    """A distinct mtime even on coarse file systems."""
    later = time.time() + seconds
    os.utime(path, (later, later))


def test_watcher_rebuilds_after_an_edit_and_server_serves_it(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p")
    config = load_config(project / "mmc.toml")
    out = project / "site"
    build_site(config, out=out)
    server = SiteServer(out).start()
    try:
        assert server.url.startswith("http://127.0.0.1:")
        with urlopen(server.url + "exercises/dumbbell-curl/") as response:
            assert b"Curl up and feel the biceps shorten" in response.read()

        builds: list[int] = []

        def rebuild() -> None:
            builds.append(len(build_site(config, out=out).rendered))

        paths = watched_paths(config)
        assert project / "content" in paths and project / "mmc.toml" in paths
        watcher = Watcher(paths, rebuild, interval=0.05)
        assert watcher.check() is False and builds == []

        curl = project / "content/exercises/dumbbell-curl.md"
        curl.write_text(curl.read_text().replace("feel the biceps shorten", "squeeze the biceps"))
        touch_later(curl)
        assert watcher.check() is True
        assert watcher.changed == [str(curl)]
        assert builds and 0 < builds[0] < 20
        with urlopen(server.url + "exercises/dumbbell-curl/") as response:
            assert b"Curl up and squeeze the biceps" in response.read()
    finally:
        server.stop()


def test_output_inside_a_watched_folder_never_starts_a_rebuild(tmp_path: Path) -> None:
    project = tmp_path / "p"
    write_content(project)  # content in the project folder itself: content = ["."]
    (project / "mmc.toml").write_text('bundled = false\ncontent = ["."]\n', encoding="utf-8")
    config = load_config(project / "mmc.toml")
    builds: list[str] = []
    watcher = Watcher(watched_paths(config),
                      lambda: builds.append(str(build_site(config).out)), 0.01)
    build_site(config)  # site/ and .mmc-cache/ appear inside the watched folder
    assert (project / "site" / "index.html").is_file()
    assert watcher.check() is False
    page = project / "pages" / "the-method.md"
    page.write_text(page.read_text() + "\nOne more line.\n")
    touch_later(page)
    assert watcher.check() is True and len(builds) == 1
    for _ in range(3):  # the rebuild's own files are not changes
        assert watcher.check() is False
    assert len(builds) == 1


def test_a_folder_vanishing_mid_scan_is_no_crash(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    content = write_content(tmp_path / "content")
    templates = tmp_path / "templates" / "deep"
    templates.mkdir(parents=True)
    (templates / "card.extra.css").write_text("a{}", encoding="utf-8")
    real_scandir = os.scandir

    def vanishing(path: str) -> object:
        if str(path).endswith(("exercises", "deep")):
            raise FileNotFoundError(path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", vanishing)
    state = snapshot([content, tmp_path / "templates", tmp_path / "missing"])
    assert str(content / "drills" / "lat-flex.md") in state
    assert not any("exercises" in name or "deep" in name for name in state)


def test_missing_pages_get_the_sites_404_page(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p")
    out = project / "site"
    build_site(load_config(project / "mmc.toml"), out=out)
    server = SiteServer(out).start()
    try:
        with pytest.raises(HTTPError) as missing:
            urlopen(server.url + "exercises/no-such-exercise/")
        assert missing.value.code == 404
        assert missing.value.read() == (out / "404.html").read_bytes()
    finally:
        server.stop()


def test_a_busy_port_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(MmcError) as caught:
            SiteServer(tmp_path, port)
    assert f"port {port}" in str(caught.value) and "--port" in str(caught.value)


def test_pages_get_the_reload_script_and_the_endpoint_answers_after_a_build(
    tmp_path: Path,
) -> None:
    project = write_project(tmp_path / "p")
    out = project / "site"
    build_site(load_config(project / "mmc.toml"), out=out)
    live = LiveState()
    server = SiteServer(out, live=live).start()
    try:
        with urlopen(server.url) as response:
            page = response.read()
        assert LIVE_PATH.encode() in page and page.rstrip().endswith(b"</html>")
        assert LIVE_PATH.encode() not in (out / "index.html").read_bytes()
        with urlopen(server.url + "sw.js") as response:  # no offline copies while previewing
            assert b"unregister()" in response.read()
        with urlopen(server.url + "assets/site.css") as response:
            assert response.read() == (out / "assets" / "site.css").read_bytes()
        threading.Timer(0.2, live.built).start()
        started = time.monotonic()
        with urlopen(server.url + LIVE_PATH.lstrip("/") + "?build=0&error=0") as response:
            assert json.loads(response.read()) == {"build": 1, "error": ""}
        assert time.monotonic() - started < 10
    finally:
        server.stop()


def test_settings_are_read_again_and_their_errors_shown(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p")
    toml = project / "mmc.toml"
    out = project / "site"
    config = load_config(toml)
    build_site(config, out=out)
    live = LiveState()
    session = _Session(lambda: load_config(toml), config, out, live)
    toml.write_text(toml.read_text().replace('title = "Test cues"', 'title = "Test cues'))
    assert session.rebuild() is None
    assert "invalid TOML" in live.error and "mmc.toml" in live.error and live.build == 0
    toml.write_text(toml.read_text().replace('title = "Test cues', 'title = "New title"'))
    assert session.rebuild() is not None
    assert live.build == 1 and live.error == ""
    assert "New title" in (out / "index.html").read_text(encoding="utf-8")


def test_a_rebuild_reports_through_its_callback(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """What serve says goes to the report callback, each line with its level; nothing is
    printed by the domain code itself."""
    project = write_project(tmp_path / "p")
    toml = project / "mmc.toml"
    out = project / "site"
    config = load_config(toml)
    build_site(config, out=out)
    told: list[tuple[str, str]] = []
    session = _Session(lambda: load_config(toml), config, out, None,
                       lambda text, level: told.append((level, text)))
    toml.write_text(toml.read_text().replace('title = "Test cues"', 'title = "Test cues'))
    assert session.rebuild() is None
    assert [level for level, _ in told] == ["note", "error"]
    assert "invalid TOML" in told[0][1]
    assert told[1][1] == "mmc serve: the settings have an error; still serving the previous site"
    told.clear()
    toml.write_text(toml.read_text().replace('title = "Test cues', 'title = "New title"'))
    assert session.rebuild() is not None
    assert told and told[0][0] == "info" and told[0][1].startswith("mmc build: ")
    assert capsys.readouterr() == ("", "")
