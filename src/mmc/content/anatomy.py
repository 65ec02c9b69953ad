"""Anatomy ids (UBERON, FMA, TA2) the project has verified, keyed by mmc's muscle ids.

A muscle of the bundled taxonomy may only carry the ids verified for it; an id verified for
another muscle is an error (one public dataset puts gluteus maximus' UBERON id on
gastrocnemius). Ids not in this table draw a warning until someone verifies them.
"""

from __future__ import annotations

__all__ = ["VERIFIED_IDS", "VERIFIED_TA2"]

#: muscle id -> (UBERON, FMA)
VERIFIED_IDS: dict[str, tuple[str, str]] = {
    "pectoralis-major": ("UBERON:0002381", "FMA:9627"),
    "latissimus-dorsi": ("UBERON:0001112", "FMA:13357"),
    "biceps-brachii": ("UBERON:0001507", "FMA:37670"),
    "triceps-brachii": ("UBERON:0001509", "FMA:37688"),
    "deltoid": ("UBERON:0001476", "FMA:32521"),
    "trapezius": ("UBERON:0002380", "FMA:9626"),
    "gluteus-maximus": ("UBERON:0001370", "FMA:22314"),
    "quadriceps": ("UBERON:0001377", "FMA:22428"),
    "rectus-femoris": ("UBERON:0001378", "FMA:22430"),
    "biceps-femoris": ("UBERON:0001374", "FMA:22356"),
    "gastrocnemius": ("UBERON:0001388", "FMA:22541"),
    "soleus": ("UBERON:0001389", "FMA:22542"),
    "rectus-abdominis": ("UBERON:0002382", "FMA:9628"),
    "hamstrings": ("UBERON:0002463", "FMA:81022"),
    "calves": ("UBERON:0001665", "FMA:51062"),
    "tibialis-anterior": ("UBERON:0001385", "FMA:22532"),
}

#: muscle id -> Terminologia Anatomica 2 id, for heads worth cueing on their own.
VERIFIED_TA2: dict[str, int] = {
    "pectoralis-major-clavicular": 2302,
    "pectoralis-major-sternocostal": 2303,
    "deltoid-anterior": 2453,
    "deltoid-lateral": 2454,
    "deltoid-posterior": 2455,
    "trapezius-upper": 2227,
    "trapezius-middle": 2228,
    "trapezius-lower": 2229,
    "biceps-long": 2465,
    "biceps-short": 2466,
    "triceps-long": 2472,
    "triceps-lateral": 2473,
    "triceps-medial": 2474,
}
