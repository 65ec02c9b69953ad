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

The drawing is read by :mod:`mmc.render.bodychart`, each figure is drawn by
:mod:`mmc.render.mapviews`; this module checks the input and puts the map together.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from mmc.errors import MmcError
from mmc.render.bodychart import (
    FIG_H,
    FIG_W,
    GROUPS,
    MAP_MUSCLES,
    MID,
    closed_outline,
    drawing,
    num,
)
from mmc.render.mapviews import GAP, LABEL_H, LEGEND_H, TOP, hatch, view, view_flat
from mmc.render.mapviews import legend as draw_legend
from mmc.suggest import did_you_mean, you_meant

if TYPE_CHECKING:
    from mmc.model.library import Library

__all__ = ["MAP_MUSCLES", "MuscleMapSvg", "render_muscle_map"]

_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|px|pt|pc|em|rem|%)?\s*$")


class MuscleMapSvg(str):
    """The SVG markup of a muscle map: a ``str`` that templates insert without escaping.

    Jinja2 and MarkupSafe treat any object with ``__html__`` as safe markup, so the map can go
    straight into an autoescaped template without importing either of them here.
    """

    __slots__ = ()

    def __html__(self) -> MuscleMapSvg:
        return self


# The bundled content is packaged with mmc and never changes while a process runs, so it is
# read once; a caller with its own library passes it in.
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
    family |= {h for m in tuple(family) for h in GROUPS.get(m, ())}
    if family:
        return family
    parent = library.muscles[muscle_id].parent
    seen = {muscle_id}
    while parent and parent in library.muscles and parent not in seen:
        if parent in MAP_MUSCLES:
            return {parent, *GROUPS.get(parent, ())}
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
        return f"{num(number)}%", None
    return f"{num(number)}{unit}", f"{num(number * aspect)}{unit}"


def _names(ids: Iterable[str], library: Library) -> str:
    return ", ".join(library.muscles[m].name for m in ids)


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


def _roles(first: list[str], second: list[str], lib: Library) -> dict[str, str]:
    """The paint of each drawn muscle: a muscle listed as both is primary."""
    roles: dict[str, str] = {}
    for muscle_id in second:
        for drawn in _drawn(muscle_id, lib):
            roles[drawn] = "secondary"
    for muscle_id in first:
        for drawn in _drawn(muscle_id, lib):
            roles[drawn] = "primary"
    return roles


def _prefix(
    id_prefix: str | None, first: list[str], second: list[str], heading: str, size: str | None
) -> str:
    """The prefix of the map's element ids: the one given, or one made from the inputs."""
    if id_prefix is None:
        key = "\x1f".join(["|".join(first), "|".join(second), heading, size or ""])
        return "mm-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", id_prefix):
        raise MmcError(
            f"id_prefix {id_prefix!r} cannot start an XML id",
            field="id_prefix",
            fix="use a letter followed by letters, digits, '-' or '_'",
        )
    return id_prefix


def _description(first: list[str], second: list[str], lib: Library) -> str:
    """What a screen reader says: the muscles of each paint, and any the map cannot show."""
    lines = []
    if first:
        lines.append(f"Primary: {_names(first, lib)}.")
    if second:
        lines.append(f"Secondary: {_names(second, lib)}.")
    undrawn = [m for m in (*first, *second) if not _drawn(m, lib)]
    if undrawn:
        lines.append(f"Not drawn on the map: {_names(undrawn, lib)}.")
    return " ".join(lines) or "No muscles highlighted."


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

    roles = _roles(first, second, lib)
    heading = title if title is not None else "Muscles worked"
    p = _prefix(id_prefix, first, second, heading, size)

    width = 2 * FIG_W + GAP
    height = TOP + FIG_H + LABEL_H + (LEGEND_H if legend else 0)
    sizing = ""
    if size is not None:
        css_w, css_h = _css_size(size, height / width)
        sizing = f' width="{css_w}"' + (f' height="{css_h}"' if css_h else "")

    desc = _description(first, second, lib)
    dx_front = FIG_W / 2 - MID
    dx_back = FIG_W + GAP + FIG_W / 2 - MID
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="muscle-map" id="{p}" '
        f'viewBox="0 0 {num(width)} {num(height)}"{sizing} role="img" '
        f'aria-labelledby="{p}-title {p}-desc">',
        f'<title id="{p}-title">{html.escape(heading, quote=False)}</title>',
        f'<desc id="{p}-desc">{html.escape(desc, quote=False)}</desc>',
        f'<defs>{hatch(p)}<path id="{p}-body" d="{closed_outline(drawing().outline)}"/></defs>',
        *(
            (view_flat("front", roles, p, dx_front),
             view_flat("back", roles, p, dx_back))
            if flat
            else (view("front", roles, p, dx_front),
                  view("back", roles, p, dx_back))
        ),
    ]
    if legend:
        out.append(draw_legend(p, width, TOP + FIG_H + LABEL_H))
    out.append("</svg>")
    return MuscleMapSvg("\n".join(out) + "\n")
