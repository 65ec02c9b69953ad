"""Forked worker processes for the build: how many, how they start, how work reaches them.

Parsing content files and rendering pages are independent jobs over data the build already
holds in memory. Workers are forked, so they inherit that data instead of unpickling it;
only the chunk of indices each task covers and its results cross the pipe.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

__all__ = ["die_with_parent", "fork_map", "workers"]

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")


def workers(count: int) -> int:
    """How many processes handle ``count`` jobs: one per core, 1 when forking is unsafe or
    the work is small.

    A worker costs more than its fork: at 100 exercises (233 pages) a cold build forked into
    two workers executed 9.4 G instructions (the parent 1.9 G, the workers 3.6 G and 3.9 G),
    in one process 5.5 G, so it was no faster on two idle cores and much slower on busy
    ones; at 1,000 exercises two workers win. Hence at least 128 jobs per worker.
    ``MMC_BUILD_JOBS`` overrides the number of cores.
    """
    wanted = os.environ.get("MMC_BUILD_JOBS", "")
    if wanted.isdigit() and int(wanted) > 0:
        cores = int(wanted)
    else:
        try:
            cores = len(os.sched_getaffinity(0))
        except AttributeError:  # pragma: no cover - not Linux
            cores = os.cpu_count() or 1
    if cores < 2 or count < 256 or threading.active_count() > 1:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover
        return 1
    return min(cores, count // 128)


def die_with_parent(parent: int) -> None:
    """Start a worker: it never outlives its build (it would hold the build lock).

    Nor does it collect cycles: it lives for one build (see :func:`mmc.runtime.collector_paused`).
    """
    gc.disable()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):  # no prctl: the check below
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the build died before the line above
        os._exit(1)


class _Task(Generic[S, T, R]):
    """The job of a worker: ``func(shared, chunk)``; ``shared`` came with the fork."""

    def __init__(self, func: Callable[[S, T], R], shared: S) -> None:
        self.func = func
        self.shared = shared


#: In a worker process only: the task it inherited when it was forked (set by :func:`_start`).
#: The parent never sets it, so no build leaves state here.
_INHERITED: list[_Task[Any, Any, Any]] = []


def _start(parent: int, task: _Task[Any, Any, Any]) -> None:
    # Runs in the forked child: ``task`` was inherited with the parent's memory, not pickled.
    die_with_parent(parent)
    _INHERITED[:] = [task]


def _run(chunk: Any) -> Any:
    task = _INHERITED[0]
    return task.func(task.shared, chunk)


def fork_map(
    func: Callable[[S, T], R], shared: S, chunks: Sequence[T], procs: int
) -> Iterator[R]:
    """``func(shared, chunk)`` for every chunk, on ``procs`` forked workers, as they finish.

    ``shared`` reaches the workers with the fork (never pickled); chunks and results are
    pickled. Objects alive when the pool starts are frozen out of the collector meanwhile:
    the workers' collectors then leave the inherited memory alone instead of touching (and
    so copying) every page of it.
    """
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(
            procs, _start, (os.getpid(), _Task(func, shared))
        ) as pool:
            yield from pool.imap_unordered(_run, chunks)
    finally:
        gc.unfreeze()
