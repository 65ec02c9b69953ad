"""The hand-drawn body chart the muscle map is made from (``assets/body.svg``): the outline
of a figure and one region per muscle (or part) in each view, read once per process.

Everything here is a pure function of that packaged file: the ``lru_cache`` on
:func:`drawing` and :func:`closed_outline` keeps a value computed from constant input, not
state. The map itself is drawn by :mod:`mmc.render.musclemap`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "FIG_H",
    "FIG_W",
    "GROUPS",
    "MAP_MUSCLES",
    "MID",
    "Drawing",
    "Region",
    "closed_outline",
    "drawing",
    "mirror",
    "num",
]

# --------------------------------------------------------------------------------------------
# Geometry, drawn by hand in assets/body.svg. One figure fills a 200 x 420 box with its midline
# at x = 100; paths are the viewer's left half in absolute M, L, C and Z commands, so mirroring
# is x -> 200 - x.
# --------------------------------------------------------------------------------------------

MID = 100.0
FIG_W = 150.0  # the width a figure uses (arms included), centred on its midline
FIG_H = 416.0
_SVG_NS = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True, slots=True)
class Region:
    view: str  # "front" | "back"
    muscle: str | None  # a taxonomy id, or None for a muscle drawn for context only
    part: str  # tells several regions of one muscle in one view apart ("" for the only one)
    d: str  # the viewer's left half


@dataclass(frozen=True, slots=True)
class Drawing:
    outline: str  # the left half of the body outline, top of the head to the crotch
    regions: tuple[Region, ...]


@lru_cache(maxsize=1)
def drawing() -> Drawing:
    """The hand-drawn body chart (``assets/body.svg``), read once per process."""
    from importlib.resources import files
    from xml.etree import ElementTree

    text = files("mmc.render").joinpath("assets/body.svg").read_text(encoding="utf-8")
    root = ElementTree.fromstring(text)
    outline = ""
    regions: list[Region] = []
    for group in root.iter(f"{_SVG_NS}g"):
        view = group.get("id", "")
        for path in group.iter(f"{_SVG_NS}path"):
            d = " ".join(path.get("d", "").split())
            if view == "body":
                outline = d
            elif view in ("front", "back"):
                regions.append(Region(view, path.get("data-muscle"), path.get("data-part", ""), d))
    return Drawing(outline, tuple(regions))


# Heads drawn inside their parent's group; a parent's own regions (quadriceps' vasti) join them.
GROUPS: dict[str, tuple[str, ...]] = {
    "biceps-brachii": ("biceps-long", "biceps-short"),
    "calves": ("gastrocnemius", "soleus"),
    "deltoid": ("deltoid-anterior", "deltoid-lateral", "deltoid-posterior"),
    "pectoralis-major": ("pectoralis-major-clavicular", "pectoralis-major-sternocostal"),
    "quadriceps": ("rectus-femoris",),
    "trapezius": ("trapezius-upper", "trapezius-middle", "trapezius-lower"),
    "triceps-brachii": ("triceps-long", "triceps-lateral", "triceps-medial"),
}

#: Every muscle id the map draws, directly or as the union of its heads.
MAP_MUSCLES: frozenset[str] = frozenset(
    {
        *GROUPS,
        *(h for heads in GROUPS.values() for h in heads),
        "brachialis",
        "brachioradialis",
        "erector-spinae",
        "forearm-flexors",
        "gluteus-maximus",
        "gluteus-medius",
        "hamstrings",
        "hip-adductors",
        "hip-flexors",
        "infraspinatus",
        "latissimus-dorsi",
        "obliques",
        "rectus-abdominis",
        "rhomboids",
        "serratus-anterior",
        "sternocleidomastoid",
        "subscapularis",
        "tibialis-anterior",
    }
)

TOKEN = re.compile(r"[MLCQZ]|-?\d+(?:\.\d+)?")


def num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def mirror(d: str) -> str:
    """The same path reflected about the figure's midline (x -> 200 - x)."""
    out: list[str] = []
    index = 0  # position within the current command's coordinate pairs
    for token in TOKEN.findall(d):
        if token.isalpha():
            out.append(token)
            index = 0
            continue
        value = float(token)
        out.append(num(2 * MID - value) if index % 2 == 0 else num(value))
        index += 1
    return " ".join(out)


@lru_cache(maxsize=4)
def closed_outline(d: str) -> str:
    """The whole body outline: the left half, then its mirror image traced backwards.

    ``d`` is ``M`` followed by ``L`` and ``C`` segments, from the top of the head (on the
    midline) to the crotch (on the midline), so the mirror image starts where ``d`` ends.
    """
    tokens = TOKEN.findall(mirror(d))
    segments: list[tuple[str, list[str]]] = []
    for token in tokens:
        if token.isalpha():
            segments.append((token, []))
        else:
            segments[-1][1].append(token)
    points = [segments[0][1][-2:]]
    for _, numbers in segments[1:]:
        points.append(numbers[-2:])
    back: list[str] = []
    for index in range(len(segments) - 1, 0, -1):
        command, numbers = segments[index]
        start = points[index - 1]
        if command == "C":
            back.append(f"C{numbers[2]} {numbers[3]} {numbers[0]} {numbers[1]} {' '.join(start)}")
        else:
            back.append(f"L{' '.join(start)}")
    return f"{d} {' '.join(back)} Z"
