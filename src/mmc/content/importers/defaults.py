"""What an import writes where a dataset says nothing, and which gaps may be kept for review."""

from __future__ import annotations

__all__ = ["DEFAULT_TEMPO", "EXPLOSIVE_TEMPO", "HOLD_TEMPO", "KEEPABLE"]

#: Tempo written on imported exercises when the dataset has none (R6: 3 s eccentric, 1 s
#: pause, 1 s concentric); the report says how many records got it.
DEFAULT_TEMPO = "3-1-1-0"
#: Tempo of a hold or a carry: a second into the position and a second out of it (the set
#: itself is dosed in seconds or metres).
HOLD_TEMPO = "1-0-1-0"
#: Tempo of plyometric work: controlled landing, explosive take-off (R2: no internal cue).
EXPLOSIVE_TEMPO = "1-0-X-0"
#: Skip reasons that ``keep_unclassified`` turns into a kept record marked for review.
KEEPABLE = frozenset({"no-pattern", "no-equipment", "unmapped-equipment"})
