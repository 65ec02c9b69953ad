"""Cards and list tiles rendered once per build instead of once per page that shows them.

A :class:`Fragments` belongs to one build (or one MkDocs run): the template functions of
:mod:`mmc.site.environment` find it in the render context as ``fragments``.
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.render.cards import render_card
from mmc.render.templates import Templates
from mmc.site.cache import Digests, PageCache

__all__ = ["Fragments", "unpack_card"]

#: Cards kept in memory at most (then the memory starts again; the store keeps them all).
_CARDS_HELD = 1024
#: List tiles kept in memory at most.
_TILES_HELD = 50_000
#: Shared parts of pages kept in memory at most.
_PARTS_HELD = 50_000


class Fragments:
    """The rendered cards and tiles of one build.

    ``store`` keeps cards between builds (a card sheet shows dozens of cards: when one
    exercise changes, the sheet is rendered again but only that one card is); ``code`` is
    the fingerprint of the code and templates that draw them.
    """

    def __init__(self, store: PageCache, digests: Digests, code: str) -> None:
        self.store = store
        self.digests = digests
        self.code = code
        self._cards: dict[tuple[str, str, str], tuple[str, str]] = {}
        self._tiles: dict[tuple[str, str, int], tuple[Any, Markup]] = {}
        self._parts: dict[tuple[Any, ...], tuple[tuple[Any, ...], Markup]] = {}
        self._shared: dict[tuple[Any, ...], Markup] = {}

    def card(self, exercise: Exercise, prescription: Any, size: str,
             library: Library | None, templates: Templates | None = None) -> tuple[str, str]:
        """Front and back of a card, rendered (with ``templates``, see
        :func:`~mmc.render.cards.render_card`) once per build and kept in the store."""
        rx = self.digests.of(prescription) if prescription is not None else ""
        key = (self.digests.of(exercise), rx, size)
        found = self._cards.get(key)
        if found is not None:
            return found
        if len(self._cards) > _CARDS_HELD:
            self._cards.clear()
        names = {}
        if library is not None:
            for muscle_id in (*exercise.primary, *exercise.secondary):
                muscle = library.muscles.get(muscle_id)
                names[muscle_id] = muscle.name if muscle is not None else muscle_id
        digest = hashlib.sha256(
            "\0".join([self.code, "card-3", *key, json.dumps(names, sort_keys=True)]).encode(
                "utf-8"
            )
        ).hexdigest()
        cached = self.store.get(digest)
        pair = unpack_card(cached) if cached is not None else None
        if pair is None:
            card = render_card(exercise, prescription, size, library, templates=templates)
            pair = (card.front, card.back)
            front, back = card.front.encode("utf-8"), card.back.encode("utf-8")
            self.store.put(digest, b"%d %d\n" % (len(front), len(back)) + front + back)
        self._cards[key] = pair
        return pair

    def part(self, macro: Callable[..., str], args: tuple[Any, ...], depth: int) -> Markup:
        """``macro(*args)`` on a page ``depth`` folders deep, rendered once per build for each
        ``args`` (see :func:`mmc.site.environment` ``cached_part``).

        An argument that cannot be a key (a summary) is known by its identity: the very
        object, not another with the same fields. The macro is told apart by its code, not
        only its name: a pack's template may define one of the same name.
        """
        code = getattr(getattr(macro, "_func", None), "__code__", None)
        name = str(getattr(macro, "name", ""))
        try:
            key: tuple[Any, ...] = (code, name, args, depth)
            found = self._parts.get(key)
        except TypeError:  # unhashable: by identity (the entry holds the objects)
            key = (code, name, tuple(map(id, args)), depth, None)
            found = self._parts.get(key)
            if found is not None and not all(map(operator.is_, found[0], args)):
                found = None
        if found is not None:
            return found[1]
        if len(self._parts) > _PARTS_HELD:
            self._parts.clear()
        html = Markup(macro(*args))
        self._parts[key] = (args, html)
        return html

    def shared(self, name: str, values: dict[str, Any], depth: int,
               render: Callable[[], Markup]) -> Markup:
        """``render()`` of template ``name`` with ``values`` on a page ``depth`` folders deep,
        once per build for each (see :func:`mmc.site.environment` ``shared_part``)."""
        try:
            key = (name, tuple(sorted(values.items())), depth)
            found = self._shared.get(key)
        except TypeError:  # a value that cannot be a key: render it every time
            return render()
        if found is None:
            found = self._shared[key] = render()
        return found

    def tiles(self, macro: Callable[[Any], str], items: Any, depth: int) -> Markup:
        """:meth:`tile` of every item of ``items``, in order, joined."""
        return Markup("".join([self.tile(macro, item, depth) for item in items]))

    def tile(self, macro: Callable[[Any], str], item: Any, depth: int) -> Markup:
        """``macro(item)`` on a page ``depth`` folders deep, rendered once per item and depth.

        A tile's only tie to its page is the relative links it holds, and those depend on
        the depth of the page alone; the same exercise is listed on hundreds of pages.
        """
        ident = item.get("id") if hasattr(item, "get") else getattr(item, "id", None)
        if not isinstance(ident, str):
            return Markup(macro(item))
        key = (str(getattr(macro, "name", "")), ident, depth)
        found = self._tiles.get(key)
        if found is not None and found[0] is item:  # the very item, not another of its id
            return found[1]
        if len(self._tiles) > _TILES_HELD:
            self._tiles.clear()
        html = Markup(macro(item))
        self._tiles[key] = (item, html)
        return html


def unpack_card(data: bytes) -> tuple[str, str] | None:
    """A stored card: the lengths of front and back in bytes, a newline, front, back."""
    head, _, rest = data.partition(b"\n")
    sizes = head.split(b" ")
    if len(sizes) != 2 or not all(size.isdigit() for size in sizes):
        return None
    front, back = int(sizes[0]), int(sizes[1])
    if front + back != len(rest):  # cut short (or grown): render it again
        return None
    try:
        return rest[:front].decode("utf-8"), rest[front:].decode("utf-8")
    except UnicodeDecodeError:
        return None
