"""Test-wide settings: mmc's user cache (signing key, rendered pages) goes to a temporary
folder, never to the home directory of whoever runs the tests."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_MADE: list[str] = []


def pytest_configure() -> None:
    if "MMC_TEST_USER_CACHE" not in os.environ:  # inherited by every subprocess a test runs
        folder = tempfile.mkdtemp(prefix="mmc-test-cache-")
        _MADE.append(folder)
        os.environ["MMC_TEST_USER_CACHE"] = folder
        os.environ["XDG_CACHE_HOME"] = folder


def pytest_unconfigure() -> None:
    for folder in _MADE:  # only the folder made above
        shutil.rmtree(folder, ignore_errors=True)


# --- Browser tests ---------------------------------------------------------------------------
# One Chromium per test module; ``base`` serves the module's own ``site`` fixture on loopback.


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    from tests.browser_support import launch

    with sync_playwright() as p:
        chromium = launch(p)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def base(site: Path) -> Iterator[str]:
    from tests.browser_support import serve_directory

    with serve_directory(site) as url:
        yield url
