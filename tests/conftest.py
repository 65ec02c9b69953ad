"""Test-wide settings: mmc's user cache (signing key, rendered pages) goes to a temporary
folder, never to the home directory of whoever runs the tests."""

from __future__ import annotations

import os
import shutil
import tempfile

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
