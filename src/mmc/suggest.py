""""Did you mean" suggestions: the one place that decides which names are close to a typo.

Every error about an unknown name (a muscle, an exercise, a field, a setting, a goal, an
equipment word) suggests names through this module, so they all judge closeness the same
way: :mod:`difflib`'s similarity ratio of at least :data:`CUTOFF`, nearest first, and write
them the same way (``did you mean 'a' or 'b'?``). Only the number of names shown differs: one
where a single answer is expected, up to three where several near names are common (the ids
of a muscle's heads, equipment words).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

__all__ = ["CUTOFF", "close_matches", "closest", "did_you_mean", "similarity", "you_meant"]

#: The least similarity (0-1, :class:`difflib.SequenceMatcher` ratio) of a suggestion.
CUTOFF = 0.6


def close_matches(value: str, options: Iterable[str], limit: int = 1) -> list[str]:
    """Up to ``limit`` options at least :data:`CUTOFF` similar to ``value``, nearest first."""
    return difflib.get_close_matches(value, list(options), n=limit, cutoff=CUTOFF)


def closest(value: str, options: Iterable[str]) -> str | None:
    """The option most like ``value``, if any is close enough."""
    matches = close_matches(value, options)
    return matches[0] if matches else None


def did_you_mean(value: str, options: Iterable[str], limit: int = 1) -> str | None:
    """``did you mean 'a'?`` (or ``'a' or 'b'``, up to ``limit`` names), or ``None`` when no
    option is close to ``value``."""
    return you_meant(close_matches(value, options, limit))


def you_meant(names: Sequence[str]) -> str | None:
    """``did you mean 'a' or 'b'?`` for names already found, or ``None`` for none."""
    if not names:
        return None
    return f"did you mean {' or '.join(map(_quoted, names))}?"


def _quoted(name: str) -> str:
    """``'name'``, or Python's quoting when the name holds a quote itself."""
    return repr(name) if "'" in name else f"'{name}'"


def similarity(value: str, option: str) -> float:
    """How alike two names are (0-1), as :func:`close_matches` judges them."""
    return difflib.SequenceMatcher(None, value, option).ratio()
