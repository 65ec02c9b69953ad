"""`mmc serve`: a 127.0.0.1 server and a poller that rebuilds on change."""

from __future__ import annotations

import os
import time
from pathlib import Path
from urllib.request import urlopen

from mmc.site.build import build_site
from mmc.site.config import load_config
from mmc.site.serve import SiteServer, Watcher, watched_paths
from tests.site_support import write_project


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
        later = time.time() + 5
        os.utime(curl, (later, later))  # a distinct mtime even on coarse file systems
        assert watcher.check() is True
        assert builds and 0 < builds[0] < 20
        with urlopen(server.url + "exercises/dumbbell-curl/") as response:
            assert b"Curl up and squeeze the biceps" in response.read()
    finally:
        server.stop()
