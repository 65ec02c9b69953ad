"""Process-wide switches the commands share.

:func:`collector_paused` stops Python's cyclic garbage collector while a command does one big
job (a site build, a deck of cards). Those jobs allocate millions of short-lived objects and
free them by reference counting, so the collector only walks the whole heap again and again:
paused, a cold build of 1,000 exercises used about 8 % less CPU and ``mmc cards`` about a
fifth less (both measured under load), for a few MB more peak memory. Whatever cycles the
job leaves are collected once it ends.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the ``with`` block (restored as it was)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
