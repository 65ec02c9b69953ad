"""The muscle map: a front and back body chart with every muscle of the taxonomy as a region.

``render_muscle_map(primary, secondary)`` returns an inline SVG string. Each muscle (and each
head worth cueing on its own) is one ``<path>`` per view it shows in, with the id
``<prefix>-<view>-<muscle id>[-<part>]`` (``mm-front-deltoid-lateral``), ``data-muscle="<id>"``
and ``class="muscle"`` (plus ``primary`` or ``secondary`` when highlighted). Heads sit inside a
``<g class="muscle-group" data-muscle="<parent id>">``; parts of a parent that have no id of
their own (the vasti of the quadriceps) are paths of the parent with a ``data-part``. Muscles
seen from both sides (deltoid heads, upper trapezius, obliques, gluteus medius, calves) have a
region in each view.

The drawing is authored once, for the viewer's left half of each figure, and mirrored about the
figure's midline, so both sides are exactly symmetric. Colours are set as presentation attributes
(not CSS), so the chart looks the same in browsers, WeasyPrint and plain SVG viewers, and prints
in greyscale: primary is a dark fill, secondary a light fill with a diagonal hatch.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from mmc.errors import MmcError
from mmc.suggest import did_you_mean, you_meant

if TYPE_CHECKING:
    from mmc.model.library import Library

__all__ = ["MAP_MUSCLES", "MuscleMapSvg", "render_muscle_map"]

# --------------------------------------------------------------------------------------------
# Geometry, drawn by hand in assets/body.svg. One figure fills a 200 x 420 box with its midline
# at x = 100; paths are the viewer's left half in absolute M, L, C and Z commands, so mirroring
# is x -> 200 - x.
# --------------------------------------------------------------------------------------------

_MID = 100.0
_FIG_W = 150.0  # the width a figure uses (arms included), centred on its midline
_FIG_H = 416.0
_SVG_NS = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True, slots=True)
class _Region:
    view: str  # "front" | "back"
    muscle: str | None  # a taxonomy id, or None for a muscle drawn for context only
    part: str  # tells several regions of one muscle in one view apart ("" for the only one)
    d: str  # the viewer's left half


@dataclass(frozen=True, slots=True)
class _Drawing:
    outline: str  # the left half of the body outline, top of the head to the crotch
    regions: tuple[_Region, ...]


@lru_cache(maxsize=1)
def _drawing() -> _Drawing:
    """The hand-drawn body chart (``assets/body.svg``), read once per process."""
    from importlib.resources import files
    from xml.etree import ElementTree

    text = files("mmc.render").joinpath("assets/body.svg").read_text(encoding="utf-8")
    root = ElementTree.fromstring(text)
    outline = ""
    regions: list[_Region] = []
    for group in root.iter(f"{_SVG_NS}g"):
        view = group.get("id", "")
        for path in group.iter(f"{_SVG_NS}path"):
            d = " ".join(path.get("d", "").split())
            if view == "body":
                outline = d
            elif view in ("front", "back"):
                regions.append(_Region(view, path.get("data-muscle"), path.get("data-part", ""), d))
    return _Drawing(outline, tuple(regions))


# Heads drawn inside their parent's group; a parent's own regions (quadriceps' vasti) join them.
_GROUPS: dict[str, tuple[str, ...]] = {
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
        *_GROUPS,
        *(h for heads in _GROUPS.values() for h in heads),
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
    }
)

# --------------------------------------------------------------------------------------------
# Look. Presentation attributes only; every colour is chosen to read in greyscale too.
# --------------------------------------------------------------------------------------------

_SKIN = "#f4f1ed"
_OUTLINE = "#8a847d"
_MUSCLE = "#d6cfc7"
_OTHER = "#e7e2dc"
_SEAM = "#f4f1ed"
_PRIMARY = "#b3261e"
_SECONDARY_BASE = "#f5d3cb"
_SECONDARY_INK = "#c2473d"
_TEXT = "#3c3835"
# explicit weight and style: inline SVG text otherwise inherits them from the host page
_FONT = (
    'font-family="Helvetica, Arial, sans-serif" font-size="12" font-weight="400" '
    'font-style="normal"'
)

_GAP = 10.0  # between the two figures
_TOP = 4.0
_LABEL_H = 16.0
_LEGEND_H = 20.0

_TOKEN = re.compile(r"[MLCQZ]|-?\d+(?:\.\d+)?")
_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|px|pt|pc|em|rem|%)?\s*$")


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _mirror(d: str) -> str:
    """The same path reflected about the figure's midline (x -> 200 - x)."""
    out: list[str] = []
    index = 0  # position within the current command's coordinate pairs
    for token in _TOKEN.findall(d):
        if token.isalpha():
            out.append(token)
            index = 0
            continue
        value = float(token)
        out.append(_num(2 * _MID - value) if index % 2 == 0 else _num(value))
        index += 1
    return " ".join(out)


@lru_cache(maxsize=4)
def _closed_outline(d: str) -> str:
    """The whole body outline: the left half, then its mirror image traced backwards.

    ``d`` is ``M`` followed by ``L`` and ``C`` segments, from the top of the head (on the
    midline) to the crotch (on the midline), so the mirror image starts where ``d`` ends.
    """
    tokens = _TOKEN.findall(_mirror(d))
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


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


class MuscleMapSvg(str):
    """The SVG markup of a muscle map: a ``str`` that templates insert without escaping.

    Jinja2 and MarkupSafe treat any object with ``__html__`` as safe markup, so the map can go
    straight into an autoescaped template without importing either of them here.
    """

    __slots__ = ()

    def __html__(self) -> MuscleMapSvg:
        return self


@lru_cache(maxsize=1)
def _bundled_library() -> Library:
    from mmc.content.loader import load_library

    return load_library()


def _check_ids(ids: Sequence[str], library: Library, field: str) -> None:
    known = sorted(library.muscles)
    for muscle_id in ids:
        if muscle_id in library.muscles:
            continue
        match = library.find_muscle(muscle_id)
        hint = (
            (you_meant([match.id]) if match else did_you_mean(muscle_id, known, 3))
            or "use a muscle id from content/muscles (e.g. 'latissimus-dorsi')"
        )
        raise MmcError(f"unknown muscle id {muscle_id!r}", field=field, fix=hint)


def _drawn(muscle_id: str, library: Library) -> set[str]:
    """The drawn muscle ids that stand for a muscle: itself and its heads, or its nearest
    drawn ancestor when a content pack adds a muscle the map does not draw."""
    family = {m for m in library.family(muscle_id) if m in MAP_MUSCLES}
    family |= {h for m in tuple(family) for h in _GROUPS.get(m, ())}
    if family:
        return family
    parent = library.muscles[muscle_id].parent
    seen = {muscle_id}
    while parent and parent in library.muscles and parent not in seen:
        if parent in MAP_MUSCLES:
            return {parent, *_GROUPS.get(parent, ())}
        seen.add(parent)
        parent = library.muscles[parent].parent
    return set()


def _css_size(size: str, aspect: float) -> tuple[str, str | None]:
    match = _LENGTH.match(size)
    if not match:
        raise MmcError(
            f"size {size!r} is not a CSS length",
            field="size",
            fix="give a width such as '45mm', '2in', '320px' or '100%'",
        )
    number, unit = float(match.group(1)), match.group(2) or "px"
    if unit == "%":
        return f"{_num(number)}%", None
    return f"{_num(number)}{unit}", f"{_num(number * aspect)}{unit}"


def _names(ids: Iterable[str], library: Library) -> str:
    return ", ".join(library.muscles[m].name for m in ids)


def _hatch(prefix: str) -> str:
    return (
        f'<pattern id="{prefix}-hatch" patternUnits="userSpaceOnUse" width="4" height="4">'
        f'<rect width="4" height="4" fill="{_SECONDARY_BASE}"/>'
        f'<path d="M-1 1 L1 -1 M0 4 L4 0 M3 5 L5 3" stroke="{_SECONDARY_INK}" '
        'stroke-width="1.1"/></pattern>'
    )


def _paint(role: str | None, prefix: str) -> str:
    if role == "primary":
        return f'fill="{_PRIMARY}"'
    if role == "secondary":
        return f'fill="url(#{prefix}-hatch)"'
    return f'fill="{_MUSCLE}"'


#: Stands for the id prefix in cached drawing pieces (never part of a valid prefix).
_P = "\x00"


#: Draws a left half again as its mirror image about the midline (x -> 200 - x).
_MIRROR = f"matrix(-1 0 0 1 {_num(2 * _MID)} 0)"


def _mirrored(element_id: str) -> str:
    """A ``<use>`` that draws the element again, mirrored (half the path data of a copy)."""
    return f'<use href="#{element_id}" transform="{_MIRROR}"/>'


@lru_cache(maxsize=512)
def _region_path(region: _Region, role: str | None) -> str:
    """One muscle region, painted for ``role``, with :data:`_P` in place of the id prefix:
    the left half as a path, the right half as its mirror image."""
    assert region.muscle is not None
    suffix = f"-{region.part}" if region.part else ""
    classes = "muscle" + (f" {role}" if role else "")
    part = f' data-part="{region.part}"' if region.part else ""
    element_id = f"{_P}-{region.view}-{region.muscle}{suffix}"
    return (
        f'<path id="{element_id}" '
        f'data-muscle="{region.muscle}"{part} class="{classes}" {_paint(role, _P)} '
        f'd="{region.d}"/>{_mirrored(element_id)}'
    )


def _view(view: str, roles: dict[str, str], prefix: str, dx: float) -> str:
    # Cards of exercises with the same muscles draw the same figure: build each one once,
    # with a stand-in for the prefix (which names the card).
    return _view_of(view, tuple(sorted(roles.items())), dx).replace(_P, prefix)


@lru_cache(maxsize=1024)
def _view_of(view: str, role_items: tuple[tuple[str, str], ...], dx: float) -> str:
    roles = dict(role_items)
    drawing = _drawing()
    parts = [f'<g id="{_P}-{view}" transform="translate({_num(dx)} {_num(_TOP)})">']
    # The outline is drawn twice, filled first and stroked last, from one path in <defs>.
    parts.append(f'<use href="#{_P}-body" class="body" fill="{_SKIN}"/>')
    parts.append(f'<g class="muscles" stroke="{_SEAM}" stroke-width="0.9" stroke-linejoin="round">')
    others = [r for r in drawing.regions if r.view == view and r.muscle is None]
    if others:
        d = " ".join(r.d for r in others)
        parts.append(f'<path id="{_P}-{view}-other" class="other" d="{d}" fill="{_OTHER}"/>')
        parts.append(_mirrored(f"{_P}-{view}-other"))
    regions = [r for r in drawing.regions if r.view == view and r.muscle is not None]
    grouped = {h for heads in _GROUPS.values() for h in heads} | set(_GROUPS)
    for region in regions:
        if region.muscle not in grouped:
            parts.append(_region_path(region, roles.get(region.muscle or "")))
    for parent in sorted(_GROUPS):
        members = [r for r in regions if r.muscle == parent or r.muscle in _GROUPS[parent]]
        if not members:
            continue
        role = roles.get(parent)
        cls = "muscle-group" + (f" {role}" if role else "")
        parts.append(f'<g class="{cls}" data-muscle="{parent}">')
        parts.extend(_region_path(r, roles.get(r.muscle or "")) for r in members)
        parts.append("</g>")
    parts.append("</g>")
    parts.append(_view_end(view, 'class="body-outline" '))
    return "".join(parts)


def _view_end(view: str, outline_class: str) -> str:
    """The outline (last, so that muscles touching the edge never thin it) and the view's
    label, closing the view's group."""
    label = "Front" if view == "front" else "Back"
    return (
        f'<use href="#{_P}-body" {outline_class}fill="none" stroke="{_OUTLINE}" '
        'stroke-width="1.1" stroke-linejoin="round"/>'
        f'<text x="{_num(_MID)}" y="{_num(_FIG_H + 12)}" text-anchor="middle" '
        f'{_FONT} fill="{_TEXT}">{label}</text></g>'
    )


def _view_flat(view: str, roles: dict[str, str], prefix: str, dx: float) -> str:
    return _view_flat_of(view, tuple(sorted(roles.items())), dx).replace(_P, prefix)


@lru_cache(maxsize=1024)
def _view_flat_of(view: str, role_items: tuple[tuple[str, str], ...], dx: float) -> str:
    """The same figure as :func:`_view_of`, with every region of one paint merged into one
    path (about 6 elements per figure instead of about 80): what a PDF engine draws fastest.
    Regions are painted plain, then secondary, then primary, so highlights sit on top."""
    roles = dict(role_items)
    drawing = _drawing()
    parts = [f'<g transform="translate({_num(dx)} {_num(_TOP)})">']
    parts.append(f'<use href="#{_P}-body" fill="{_SKIN}"/>')
    parts.append(f'<g stroke="{_SEAM}" stroke-width="0.9" stroke-linejoin="round">')
    by_role: dict[str | None, list[str]] = {}
    named: dict[str | None, list[str]] = {}
    for region in drawing.regions:
        if region.view != view:
            continue
        role = roles.get(region.muscle) if region.muscle is not None else None
        key = role if region.muscle is not None else "other"
        by_role.setdefault(key, []).append(region.d)
        if role and region.muscle not in named.setdefault(key, []):
            named[key].append(region.muscle or "")
    for key in ("other", None, "secondary", "primary"):
        if key not in by_role:
            continue
        element_id = f"{_P}-{view}-{key or 'plain'}"
        paint = f'fill="{_OTHER}"' if key == "other" else _paint(key, _P)
        # Highlighted paths name their muscles (class and data-muscles), as the tree does.
        label = f'class="muscle {key}" data-muscles="{" ".join(named[key])}" ' if named.get(key) else ""
        parts.append(f'<path id="{element_id}" {label}{paint} d="{" ".join(by_role[key])}"/>')
        parts.append(_mirrored(element_id))
    parts.append("</g>")
    parts.append(_view_end(view, ""))
    return "".join(parts)


def _legend(prefix: str, width: float, y: float) -> str:
    cx = width / 2
    return (
        f'<g class="legend" transform="translate({_num(cx - 86)} {_num(y)})" aria-hidden="true">'
        f'<rect x="0" y="2" width="16" height="11" rx="2" fill="{_PRIMARY}"/>'
        f'<text x="21" y="12" {_FONT} fill="{_TEXT}">Primary</text>'
        f'<rect x="92" y="2" width="16" height="11" rx="2" fill="url(#{prefix}-hatch)" '
        f'stroke="{_SECONDARY_INK}" stroke-width="0.6"/>'
        f'<text x="113" y="12" {_FONT} fill="{_TEXT}">Secondary</text>'
        "</g>"
    )


def _muscle_ids(value: Iterable[str], field: str) -> list[str]:
    """Muscle ids: one id, or a list of them; anything else is an MmcError."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, bytes | Mapping) or not isinstance(value, Iterable):
        raise MmcError(f"{field} must be a list of muscle ids, not {type(value).__name__}",
                       field=field, fix="pass e.g. ['latissimus-dorsi']")
    found = list(value)
    for index, item in enumerate(found):
        if not isinstance(item, str):
            raise MmcError(f"{field}[{index}] must be a muscle id, not {type(item).__name__}",
                           field=f"{field}[{index}]", fix="pass muscle ids such as 'rhomboids'")
    return found


def render_muscle_map(
    primary: Iterable[str],
    secondary: Iterable[str] = (),
    *,
    library: Library | None = None,
    title: str | None = None,
    size: str | None = None,
    id_prefix: str | None = None,
    legend: bool = True,
    flat: bool = False,
) -> MuscleMapSvg:
    """An inline SVG body chart, front and back, with the given muscles highlighted.

    ``flat`` merges the regions of each paint into one path: the same picture with no
    per-muscle ids or classes, several times faster for WeasyPrint to draw (cards use it).

    ``primary`` muscles are filled dark, ``secondary`` ones with a light hatch; a muscle listed
    in both counts as primary. Naming a parent (``deltoid``) highlights all its heads; naming a
    head (``deltoid-lateral``) highlights only that head. Muscles are ids of ``library`` (the
    bundled content when omitted); an unknown id raises :class:`~mmc.errors.MmcError` with a
    suggestion.

    ``size`` is the CSS width of the chart (``"45mm"``, ``"320px"``, ``"100%"``); without it
    the SVG scales to its container. Element ids start with ``id_prefix``; by default the
    prefix is derived from the inputs, so different maps on one page never clash (pass an
    explicit prefix to put the same map on a page twice). ``legend=False`` leaves out the
    primary/secondary key for callers that show their own.

    The SVG has ``role="img"``, a ``<title>`` and a ``<desc>`` naming the muscles, so screen
    readers announce what is highlighted. The same input always gives the same string.

    >>> svg = render_muscle_map(["pectoralis-major"], ["triceps-brachii"], id_prefix="mm")
    >>> 'id="mm-front-pectoralis-major-clavicular"' in svg
    True
    """
    from mmc.model.common import as_text
    from mmc.model.library import Library

    if library is not None and not isinstance(library, Library):
        raise MmcError(f"library must be a Library, not {type(library).__name__}",
                       field="library", fix="pass mmc.load_library() or leave it out")
    lib = library if library is not None else _bundled_library()
    # a lone id is one muscle, not an iterable of letters
    first = list(dict.fromkeys(_muscle_ids(primary, "primary")))
    second = [m for m in dict.fromkeys(_muscle_ids(secondary, "secondary")) if m not in first]
    for name, value in (("title", title), ("size", size), ("id_prefix", id_prefix)):
        if value is not None:
            as_text(value, name)
    _check_ids(first, lib, "primary")
    _check_ids(second, lib, "secondary")

    roles: dict[str, str] = {}
    for muscle_id in second:
        for drawn in _drawn(muscle_id, lib):
            roles[drawn] = "secondary"
    for muscle_id in first:
        for drawn in _drawn(muscle_id, lib):
            roles[drawn] = "primary"

    heading = title if title is not None else "Muscles worked"
    if id_prefix is None:
        key = "\x1f".join(["|".join(first), "|".join(second), heading, size or ""])
        id_prefix = "mm-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
    elif not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", id_prefix):
        raise MmcError(
            f"id_prefix {id_prefix!r} cannot start an XML id",
            field="id_prefix",
            fix="use a letter followed by letters, digits, '-' or '_'",
        )
    p = id_prefix

    width = 2 * _FIG_W + _GAP
    height = _TOP + _FIG_H + _LABEL_H + (_LEGEND_H if legend else 0)
    sizing = ""
    if size is not None:
        css_w, css_h = _css_size(size, height / width)
        sizing = f' width="{css_w}"' + (f' height="{css_h}"' if css_h else "")

    lines = []
    if first:
        lines.append(f"Primary: {_names(first, lib)}.")
    if second:
        lines.append(f"Secondary: {_names(second, lib)}.")
    undrawn = [m for m in (*first, *second) if not _drawn(m, lib)]
    if undrawn:
        lines.append(f"Not drawn on the map: {_names(undrawn, lib)}.")
    desc = " ".join(lines) or "No muscles highlighted."

    dx_front = _FIG_W / 2 - _MID
    dx_back = _FIG_W + _GAP + _FIG_W / 2 - _MID
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="muscle-map" id="{p}" '
        f'viewBox="0 0 {_num(width)} {_num(height)}"{sizing} role="img" '
        f'aria-labelledby="{p}-title {p}-desc">',
        f'<title id="{p}-title">{html.escape(heading, quote=False)}</title>',
        f'<desc id="{p}-desc">{html.escape(desc, quote=False)}</desc>',
        f'<defs>{_hatch(p)}<path id="{p}-body" d="{_closed_outline(_drawing().outline)}"/></defs>',
        *(
            (_view_flat("front", roles, p, dx_front), _view_flat("back", roles, p, dx_back))
            if flat
            else (_view("front", roles, p, dx_front), _view("back", roles, p, dx_back))
        ),
    ]
    if legend:
        out.append(_legend(p, width, _TOP + _FIG_H + _LABEL_H))
    out.append("</svg>")
    return MuscleMapSvg("\n".join(out) + "\n")
