"""The site's Jinja2 environment: its templates, URL helper, filters and the functions that
place cards, maps, pacers and sheets from :mod:`mmc.render` in pages.

Every link is written relative to the page it is on, so a built site works from any base
URL and from a plain static file server. The templates come from the packs the site uses
(``packs`` in ``mmc.toml``), then from mmc's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from mmc.content.packs import pack_template_dirs, select_packs
from mmc.model.session import Session
from mmc.render.cards import Card, card_size, render_card
from mmc.render.cardsheet import render_sheet_pages, sheet_grid
from mmc.render.markdown import render_markdown
from mmc.render.musclemap import render_muscle_map
from mmc.render.pacer import pacer_plan
from mmc.render.templates import TemplateEnvironment, Templates
from mmc.site.config import SiteConfig
from mmc.site.fragments import Fragments

__all__ = ["relative_url", "site_environment", "site_pack_dirs"]


def site_pack_dirs(config: SiteConfig) -> tuple[Path, ...]:
    """The template folders of the packs ``config`` uses, highest priority first.

    ``packs = []`` uses none; no ``packs`` setting uses every installed pack.
    """
    if config.packs is None:
        return tuple(pack_template_dirs())
    if not config.packs:
        return ()
    chosen, _ = select_packs(config.packs)  # a missing pack is the loader's error to report
    return tuple(pack_template_dirs(chosen))


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


def _jsonable(value: Any) -> Any:
    """What ``|tojson`` writes for values JSON has no type for: a read-only mapping as a dict."""
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _markdown(text: str) -> Markup:
    return Markup(render_markdown(text))


def _templates(context: Context) -> Templates:
    """The templates the page is rendered with, to render its cards with."""
    env = context.environment
    return env.owner if isinstance(env, TemplateEnvironment) else Templates.installed()


def _card_pair(context: Context, exercise: Any, prescription: Any, size: str) -> tuple[str, str]:
    library = context.get("library")
    fragments = context.get("fragments")
    if isinstance(fragments, Fragments):
        return fragments.card(exercise, prescription, size, library, _templates(context))
    # No build: nothing kept.
    card = render_card(exercise, prescription, size, library, templates=_templates(context))
    return card.front, card.back


@pass_context
def _card(
    context: Context, exercise: Any, prescription: Any = None, size: str = "a6", back: str = "show"
) -> Markup:
    """Both sides of a card; ``back="fold"`` puts the back in a closed ``<details>``."""
    front, back_html = _card_pair(context, exercise, prescription, size)
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
    spec = card_size(size)
    cards = []
    for exercise in exercises:
        rx = prescriptions.get(exercise.id) if prescriptions else None
        front, back = _card_pair(context, exercise, rx, size)
        cards.append(Card(exercise.id, spec, front, back))
    grid = sheet_grid(spec, paper)
    return Markup(render_sheet_pages(cards, grid, templates=_templates(context)))


@pass_context
def _pacer(context: Context, exercise: Any) -> Markup:
    """The tempo pacer of one exercise (at its own tempo) or of a session's exercises (at
    their prescriptions)."""
    if isinstance(exercise, Session):
        library = context.get("library")
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
    return Markup(
        render_muscle_map(primary, secondary or [], library=context.get("library"), title=title)
    )


@pass_context
def _cached_tile(context: Context, macro: Any, item: Any) -> Markup:
    """``macro(item)``, rendered once per list item and page depth (see :class:`Fragments`)."""
    fragments = context.get("fragments")
    if context.get("resolve_url") is not None or not isinstance(fragments, Fragments):
        return Markup(macro(item))  # MkDocs maps every link on its own
    return fragments.tile(macro, item, str(context["page_path"]).count("/"))


@pass_context
def _cached_tiles(context: Context, macro: Any, items: Any) -> Markup:
    """``macro(item)`` of every item in order, as :func:`_cached_tile` renders each (one
    call for a whole list)."""
    fragments = context.get("fragments")
    if context.get("resolve_url") is not None or not isinstance(fragments, Fragments):
        return Markup("".join([Markup(macro(item)) for item in items]))
    return fragments.tiles(macro, items, str(context["page_path"]).count("/"))


@pass_context
def _cached_part(context: Context, macro: Any, *args: Any) -> Markup:
    """``macro(*args)``, rendered once per build for each ``args`` and page depth.

    For the parts of a page that read nothing of it but their arguments, links (the same on
    every page at one depth) and site-wide values: the muscle chips of an exercise page (a
    macro of an imported module; see :func:`_shared_part` for a part of the page's own).
    """
    fragments = context.get("fragments")
    if context.get("resolve_url") is not None or not isinstance(fragments, Fragments):
        return Markup(macro(*args))  # MkDocs maps every link on its own
    return fragments.part(macro, args, str(context["page_path"]).count("/"))


@pass_context
def _shared_part(context: Context, name: str, **values: Any) -> Markup:
    """The template ``name`` rendered with ``values``, the site's settings and links for the
    page's depth, once per build for each name, values and page depth.

    For the parts of a page that read nothing of it but these (the head links, header and
    footer of ``base.html``). A template of its own rather than a macro: a page's macros
    hold its context and it holds them, a cycle that the build's paused collector would
    keep until the end.
    """
    page = str(context["page_path"])
    fragments = context.get("fragments")
    resolve = context.get("resolve_url")

    def render() -> Markup:
        extra = {} if resolve is None else {"resolve_url": resolve}
        template = context.environment.get_template(name)
        return Markup(template.render(values, site=context.get("site"), page_path=page, **extra))

    if resolve is not None or not isinstance(fragments, Fragments):
        return render()  # MkDocs maps every link on its own
    return fragments.shared(name, values, page.count("/"), render)


@pass_context
def _url(context: Context, target: str) -> str:
    resolve = context.get("resolve_url")
    if resolve is not None:  # the MkDocs adapter maps site paths to its own pages
        return str(resolve(target))
    return relative_url(str(context["page_path"]), target)


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes} min"


def _label(value: str) -> str:
    return value.replace("-", " ").replace("_", " ")


def site_environment(templates: Templates) -> TemplateEnvironment:
    """The site's template environment, made by ``templates`` (mmc's own site templates under
    the packs' template folders), with the site's URL helper, filters and functions."""
    env = templates.environment("mmc.site")
    # Page contexts hold read-only summaries (mmc.site.cache.Summary); a pack template may
    # still pass one to |tojson.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "default": _jsonable}
    env.globals.update(
        url=_url,
        markdown=_markdown,
        card=_card,
        muscle_map=_muscle_map,
        pacer=_pacer,
        card_sheet=_card_sheet,
        cached_tile=_cached_tile,
        cached_tiles=_cached_tiles,
        cached_part=_cached_part,
        shared_part=_shared_part,
    )
    env.filters.update(seconds=_seconds, duration=_duration, label=_label)
    return env
