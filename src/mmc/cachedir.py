"""Where mmc keeps its caches: one folder in the user's cache directory.

``$XDG_CACHE_HOME/mmc``, else ``~/.cache/mmc``: never in a project, where a repository could
ship one. The page cache, the parsed-content store's key and compiled templates live there.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["user_cache_dir"]


def user_cache_dir() -> Path:
    """mmc's folder in the user's cache directory (``$XDG_CACHE_HOME/mmc``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mmc"
