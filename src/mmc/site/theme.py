"""The site's look: its Jinja2 environment, URL helpers and the fragments it embeds.

Cards, muscle maps and session sheets come from :mod:`mmc.render`; this module only places
them in pages. Every link is written relative to the page it is on, so a built site works
from any base URL and from a plain static file server.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

if TYPE_CHECKING:  # pragma: no cover
    from jinja2 import Environment

__all__ = [
    "STATIC_FILES",
    "environment",
    "fingerprint",
    "relative_url",
    "static_files",
]

#: Static files copied into ``assets/`` of every site.
STATIC_FILES = ("site.css", "site.js", "pacer.js", "favicon.svg", "icon-192.png", "icon-512.png")


def relative_url(page: str, target: str) -> str:
    """The link from output file ``page`` to site path ``target`` (``exercises/x/``).

    A target ending in ``/`` is a directory (its ``index.html``); ``""`` is the site root.
    Links climb to the site root and back down (``../../muscles/x/``): always right, from
    any base URL, and cheap to compute for the tens of thousands of links of a big site.
    """
    if "://" in target or target.startswith(("#", "mailto:")):
        return target
    depth = page.count("/")
    if depth == 0:
        return target or "./"
    return "../" * depth + target


def _package_files() -> list[tuple[str, bytes]]:
    """Templates and static files of the site and render packages, for the fingerprint."""
    found: list[tuple[str, bytes]] = []
    for package in ("mmc.site", "mmc.render"):
        try:
            root = Path(str(resources.files(package)))
        except ModuleNotFoundError:  # pragma: no cover - render not installed
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in {".py", ".html", ".css", ".js", ".svg", ".j2"}:
                found.append((f"{package}/{path.relative_to(root).as_posix()}", path.read_bytes()))
    from mmc.render.templates import override_dirs, pack_file

    for index, folder in enumerate(override_dirs()):
        for path in sorted(folder.rglob("*")):
            if pack_file(folder, path.relative_to(folder).as_posix()) is not None:
                found.append(
                    (f"pack{index}/{path.relative_to(folder).as_posix()}", path.read_bytes())
                )
    return found


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the code and templates that turn data into pages."""
    from mmc._version import __version__

    digest = hashlib.sha256(__version__.encode())
    for name, data in _package_files():
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def fingerprint(settings: dict[str, Any]) -> str:
    """The code fingerprint combined with the site-wide settings every page shows."""
    import json

    text = json.dumps(settings, sort_keys=True, default=str)
    return hashlib.sha256((code_fingerprint() + text).encode()).hexdigest()


def static_files() -> list[tuple[str, bytes]]:
    """``(name, bytes)`` of the site's static assets, including the card stylesheet."""
    from mmc.render.templates import override_dirs, pack_file

    folder = resources.files("mmc.site").joinpath("static")
    files = []
    for name in STATIC_FILES:
        # A content pack's templates/site.css (or site.js) replaces the default.
        override = next((found for d in override_dirs() if (found := pack_file(d, name))), None)
        files.append(
            (name, override.read_bytes() if override else folder.joinpath(name).read_bytes())
        )
    files.append(("cards.css", card_stylesheet().encode("utf-8")))
    return files


def card_stylesheet() -> str:
    """The stylesheet of cards and muscle maps from :mod:`mmc.render`."""
    from mmc.render.cards import card_css

    return card_css()


def docs_stylesheet() -> str:
    """Component styles for mmc pages inside an MkDocs theme (scoped under ``.mmc``)."""
    return resources.files("mmc.site").joinpath("static", "docs.css").read_text(encoding="utf-8")


def _jsonable(value: Any) -> Any:
    """What ``|tojson`` writes for values JSON has no type for: a read-only mapping as a dict."""
    from types import MappingProxyType

    if isinstance(value, MappingProxyType):
        return dict(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _markdown(text: str) -> Markup:
    from mmc.render.markdown import render_markdown

    return Markup(render_markdown(text))


_CARDS: dict[tuple[int, str, str, str], tuple[str, str]] = {}
#: The build's page cache, also used for card fragments (set by :func:`fragment_cache`).
_FRAGMENTS: contextvars.ContextVar[Any] = contextvars.ContextVar("mmc_fragments", default=None)


@contextlib.contextmanager
def fragment_cache(store: Any) -> Iterator[None]:
    """Keep rendered cards in ``store`` (a :class:`~mmc.site.cache.PageCache`) meanwhile.

    A card sheet shows dozens of cards; when one exercise changes, the sheet is rendered
    again but only that one card is.
    """
    token = _FRAGMENTS.set(store)
    try:
        yield
    finally:
        _FRAGMENTS.reset(token)


def _cached_card(exercise: Any, prescription: Any, size: str, library: Any) -> tuple[str, str]:
    """Front and back of a card, rendered once per build and kept in the fragment cache."""
    import json

    from mmc.render.cards import render_card
    from mmc.site.cache import item_digest

    rx = item_digest(prescription) if prescription is not None else ""
    key = (id(library), item_digest(exercise), rx, size)
    found = _CARDS.get(key)
    if found is not None:
        return found
    first = next(iter(_CARDS), None)
    if len(_CARDS) > 1024 or (first is not None and first[0] != id(library)):
        _CARDS.clear()  # a new build (or a huge one): start again
    store = _FRAGMENTS.get()
    names = {}
    if library is not None:
        for muscle_id in (*exercise.primary, *exercise.secondary):
            muscle = library.muscles.get(muscle_id)
            names[muscle_id] = muscle.name if muscle is not None else muscle_id
    digest = hashlib.sha256(
        "\0".join([code_fingerprint(), "card-3", *key[1:], json.dumps(names, sort_keys=True)]).encode(
            "utf-8"
        )
    ).hexdigest()
    cached = store.get(digest) if store is not None else None
    pair = _unpack_card(cached) if cached is not None else None
    if pair is None:
        card = render_card(exercise, prescription, size, library)
        pair = (card.front, card.back)
        if store is not None:
            front, back = card.front.encode("utf-8"), card.back.encode("utf-8")
            store.put(digest, b"%d %d\n" % (len(front), len(back)) + front + back)
    _CARDS[key] = pair
    return pair


def _unpack_card(data: bytes) -> tuple[str, str] | None:
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


def _library(context: Context) -> Any:
    return context.get("library")


@pass_context
def _card(
    context: Context, exercise: Any, prescription: Any = None, size: str = "a6", back: str = "show"
) -> Markup:
    """Both sides of a card; ``back="fold"`` puts the back in a closed ``<details>``."""
    front, back_html = _cached_card(exercise, prescription, size, _library(context))
    if back == "fold":
        reverse = (
            '<details class="card-back-fold"><summary>Turn the card over</summary>'
            f'<div class="card-side card-back">{back_html}</div></details>'
        )
    else:
        reverse = f'<div class="card-side card-back">{back_html}</div>'
    return Markup(
        f'<div class="card-pair"><div class="card-side card-front">{front}</div>{reverse}</div>'
    )


@pass_context
def _card_sheet(
    context: Context, exercises: Any, prescriptions: Any, size: str, paper: str
) -> Markup:
    """The pages of a card sheet, exactly as ``mmc cards`` prints them (from the cached
    card fragments)."""
    from mmc.render.cards import Card, card_size
    from mmc.render.cardsheet import render_sheet_pages, sheet_grid

    spec = card_size(size)
    cards = []
    for exercise in exercises:
        rx = prescriptions.get(exercise.id) if prescriptions else None
        front, back = _cached_card(exercise, rx, size, _library(context))
        cards.append(Card(exercise.id, spec, front, back))
    return Markup(render_sheet_pages(cards, sheet_grid(spec, paper)))


@pass_context
def _pacer(context: Context, exercise: Any) -> Markup:
    """The tempo pacer of one exercise (at its own tempo) or of a session's exercises (at
    their prescriptions)."""
    from mmc.model.session import Session
    from mmc.render.pacer import pacer_plan

    if isinstance(exercise, Session):
        library = _library(context)
        found = [
            pacer_plan(library.exercises[item.exercise], item.prescription)
            for item in exercise.items
            if library is not None and item.exercise in library.exercises
        ]
    else:
        found = [pacer_plan(exercise)]
    plans = [plan for plan in found if plan is not None]
    if not plans:
        return Markup("")
    template = context.environment.get_template("parts/pacer.html")
    return Markup(template.render(plans=plans))


@pass_context
def _muscle_map(
    context: Context,
    primary: list[str],
    secondary: list[str] | None = None,
    title: str | None = None,
) -> Markup:
    from mmc.render.musclemap import render_muscle_map

    return Markup(
        render_muscle_map(primary, secondary or [], library=_library(context), title=title)
    )


_TILES: dict[tuple[int, int], tuple[Any, Markup]] = {}


@pass_context
def _cached_tile(context: Context, macro: Any, item: Any) -> Markup:
    """``macro(item)``, rendered once per list item and page depth.

    A tile's only tie to its page is the relative links it holds, and those depend on the
    depth of the page alone; the same exercise is listed on hundreds of pages.
    """
    if context.get("resolve_url") is not None:  # MkDocs maps every link on its own
        return Markup(macro(item))
    key = (id(item), str(context["page_path"]).count("/"))
    found = _TILES.get(key)
    if found is not None and found[0] is item:  # holding the item keeps its id unique
        return found[1]
    if len(_TILES) > 50_000:
        _TILES.clear()
    html = Markup(macro(item))
    _TILES[key] = (item, html)
    return html


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes} min"


def _label(value: str) -> str:
    return value.replace("-", " ").replace("_", " ")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The site's template environment (autoescaped, strict about undefined names)."""
    from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined

    from mmc.render.templates import bytecode_cache, override_dirs, pack_loader

    env = Environment(
        loader=ChoiceLoader(
            [pack_loader(override_dirs()), PackageLoader("mmc.site", "templates")]
        ),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=bytecode_cache(),
    )

    @pass_context
    def url(context: Context, target: str) -> str:
        resolve = context.get("resolve_url")
        if resolve is not None:  # the MkDocs adapter maps site paths to its own pages
            return str(resolve(target))
        return relative_url(str(context["page_path"]), target)

    # Page contexts hold read-only summaries (MappingProxyType, see mmc.site.pages); a pack
    # template may still pass one to |tojson.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "default": _jsonable}
    env.globals.update(
        url=url,
        markdown=_markdown,
        card=_card,
        muscle_map=_muscle_map,
        pacer=_pacer,
        card_sheet=_card_sheet,
        cached_tile=_cached_tile,
    )
    env.filters.update(seconds=_seconds, duration=_duration, label=_label)
    return env
