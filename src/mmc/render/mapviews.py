"""The pieces of the muscle map's SVG: the colours, one figure (front or back) with its
regions painted by role, and the legend.

A figure depends only on its view, the paints of its muscles and its offset, so it is built
once per combination with a stand-in for the id prefix (:data:`_P`) and the prefix put in
after: the ``lru_cache`` decorators here keep values of pure functions of those arguments.
"""

from __future__ import annotations

from functools import lru_cache

from mmc.render.bodychart import FIG_H, GROUPS, MID, Region, drawing, num

__all__ = [
    "FONT",
    "GAP",
    "LABEL_H",
    "LEGEND_H",
    "MUSCLE",
    "OUTLINE",
    "PRIMARY",
    "SECONDARY_BASE",
    "SECONDARY_INK",
    "SKIN",
    "TEXT",
    "TOP",
    "hatch",
    "legend",
    "view",
    "view_flat",
]

# --------------------------------------------------------------------------------------------
# Look. Presentation attributes only; every colour is chosen to read in greyscale too.
# --------------------------------------------------------------------------------------------

SKIN = "#f4f1ed"
OUTLINE = "#8a847d"
MUSCLE = "#d6cfc7"
OTHER = "#e7e2dc"
SEAM = "#f4f1ed"
PRIMARY = "#b3261e"
SECONDARY_BASE = "#f5d3cb"
SECONDARY_INK = "#c2473d"
TEXT = "#3c3835"
# explicit weight and style: inline SVG text otherwise inherits them from the host page
FONT = (
    'font-family="Helvetica, Arial, sans-serif" font-size="12" font-weight="400" '
    'font-style="normal"'
)

GAP = 10.0  # between the two figures
TOP = 4.0
LABEL_H = 16.0
LEGEND_H = 20.0


def hatch(prefix: str) -> str:
    return (
        f'<pattern id="{prefix}-hatch" patternUnits="userSpaceOnUse" width="4" height="4">'
        f'<rect width="4" height="4" fill="{SECONDARY_BASE}"/>'
        f'<path d="M-1 1 L1 -1 M0 4 L4 0 M3 5 L5 3" stroke="{SECONDARY_INK}" '
        'stroke-width="1.1"/></pattern>'
    )


def _paint(role: str | None, prefix: str) -> str:
    if role == "primary":
        return f'fill="{PRIMARY}"'
    if role == "secondary":
        return f'fill="url(#{prefix}-hatch)"'
    return f'fill="{MUSCLE}"'


#: Stands for the id prefix in cached drawing pieces (never part of a valid prefix).
_P = "\x00"


#: Draws a left half again as its mirror image about the midline (x -> 200 - x).
_MIRROR = f"matrix(-1 0 0 1 {num(2 * MID)} 0)"


def _mirrored(element_id: str) -> str:
    """A ``<use>`` that draws the element again, mirrored (half the path data of a copy)."""
    return f'<use href="#{element_id}" transform="{_MIRROR}"/>'


@lru_cache(maxsize=512)
def _region_path(region: Region, role: str | None) -> str:
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


def view(view: str, roles: dict[str, str], prefix: str, dx: float) -> str:
    # Cards of exercises with the same muscles draw the same figure: build each one once,
    # with a stand-in for the prefix (which names the card).
    return _view_of(view, tuple(sorted(roles.items())), dx).replace(_P, prefix)


@lru_cache(maxsize=1024)
def _view_of(view: str, role_items: tuple[tuple[str, str], ...], dx: float) -> str:
    roles = dict(role_items)
    chart = drawing()
    parts = [f'<g id="{_P}-{view}" transform="translate({num(dx)} {num(TOP)})">']
    # The outline is drawn twice, filled first and stroked last, from one path in <defs>.
    parts.append(f'<use href="#{_P}-body" class="body" fill="{SKIN}"/>')
    parts.append(f'<g class="muscles" stroke="{SEAM}" stroke-width="0.9" stroke-linejoin="round">')
    others = [r for r in chart.regions if r.view == view and r.muscle is None]
    if others:
        d = " ".join(r.d for r in others)
        parts.append(f'<path id="{_P}-{view}-other" class="other" d="{d}" fill="{OTHER}"/>')
        parts.append(_mirrored(f"{_P}-{view}-other"))
    regions = [r for r in chart.regions if r.view == view and r.muscle is not None]
    grouped = {h for heads in GROUPS.values() for h in heads} | set(GROUPS)
    for region in regions:
        if region.muscle not in grouped:
            parts.append(_region_path(region, roles.get(region.muscle or "")))
    for parent in sorted(GROUPS):
        members = [r for r in regions if r.muscle == parent or r.muscle in GROUPS[parent]]
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
        f'<use href="#{_P}-body" {outline_class}fill="none" stroke="{OUTLINE}" '
        'stroke-width="1.1" stroke-linejoin="round"/>'
        f'<text x="{num(MID)}" y="{num(FIG_H + 12)}" text-anchor="middle" '
        f'{FONT} fill="{TEXT}">{label}</text></g>'
    )


def view_flat(view: str, roles: dict[str, str], prefix: str, dx: float) -> str:
    return _view_flat_of(view, tuple(sorted(roles.items())), dx).replace(_P, prefix)


@lru_cache(maxsize=1024)
def _view_flat_of(view: str, role_items: tuple[tuple[str, str], ...], dx: float) -> str:
    """The same figure as :func:`_view_of`, with every region of one paint merged into one
    path (about 6 elements per figure instead of about 80): what a PDF engine draws fastest.
    Regions are painted plain, then secondary, then primary, so highlights sit on top."""
    roles = dict(role_items)
    chart = drawing()
    parts = [f'<g transform="translate({num(dx)} {num(TOP)})">']
    parts.append(f'<use href="#{_P}-body" fill="{SKIN}"/>')
    parts.append(f'<g stroke="{SEAM}" stroke-width="0.9" stroke-linejoin="round">')
    by_role: dict[str | None, list[str]] = {}
    named: dict[str | None, list[str]] = {}
    for region in chart.regions:
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
        paint = f'fill="{OTHER}"' if key == "other" else _paint(key, _P)
        # Highlighted paths name their muscles (class and data-muscles), as the tree does.
        label = f'class="muscle {key}" data-muscles="{" ".join(named[key])}" ' if named.get(key) else ""
        parts.append(f'<path id="{element_id}" {label}{paint} d="{" ".join(by_role[key])}"/>')
        parts.append(_mirrored(element_id))
    parts.append("</g>")
    parts.append(_view_end(view, ""))
    return "".join(parts)


def legend(prefix: str, width: float, y: float) -> str:
    cx = width / 2
    return (
        f'<g class="legend" transform="translate({num(cx - 86)} {num(y)})" aria-hidden="true">'
        f'<rect x="0" y="2" width="16" height="11" rx="2" fill="{PRIMARY}"/>'
        f'<text x="21" y="12" {FONT} fill="{TEXT}">Primary</text>'
        f'<rect x="92" y="2" width="16" height="11" rx="2" fill="url(#{prefix}-hatch)" '
        f'stroke="{SECONDARY_INK}" stroke-width="0.6"/>'
        f'<text x="113" y="12" {FONT} fill="{TEXT}">Secondary</text>'
        "</g>"
    )
