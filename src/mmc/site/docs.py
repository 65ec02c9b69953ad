"""The MkDocs (and ProperDocs) adapter's logic, independent of either framework.

:mod:`mmc.mkdocs_plugin` only binds these hooks to the framework's ``BasePlugin``,
``Config``, ``File`` and ``PluginError`` (under ProperDocs, its ``mkdocs`` imports resolve to
``properdocs``). Pages are generated from
content with ``File.generated``: the index pages sit in the nav, the per-item pages are
``NOT_IN_NAV`` (a nav with thousands of entries is what makes MkDocs slow), and their HTML is
rendered by :mod:`mmc.render` through the same templates as the standalone site.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from mmc.content.loader import bundled_content_dir, load_library
from mmc.content.packs import pack_template_dirs
from mmc.errors import MmcError
from mmc.model.library import Library
from mmc.render.geometry import CARD_SIZE_NAMES
from mmc.render.templates import Templates
from mmc.site.cache import Digests, PageCache, project_cache
from mmc.site.config import SiteConfig
from mmc.site.environment import site_environment
from mmc.site.fingerprint import code_fingerprint
from mmc.site.fragments import Fragments
from mmc.site.pages import plan_pages
from mmc.site.static import card_stylesheet, docs_stylesheet
from mmc.suggest import did_you_mean

__all__ = [
    "CARD_MARKER",
    "DocPage",
    "MmcDocsHooks",
    "card_markers",
    "docs_pages",
    "marker_problems",
]

#: ``<!-- mmc:card seated-cable-row -->`` (optionally a size: ``<!-- mmc:card ID a7 -->``).
CARD_MARKER = re.compile(r"<!--\s*mmc:card\s+([^\s>]+)(?:\s+([a-z0-9]+))?\s*-->")


@dataclass(frozen=True, slots=True)
class DocPage:
    """A generated page: its source URI, title, template, data, and whether it is in the nav."""

    uri: str
    title: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    in_nav: bool = True


#: Index pages by kind: their source name and template in the docs (all in the nav).
_INDEXES = {
    "home": ("index.md", "parts/docs_home.html"),
    "exercises": ("exercises.md", "parts/exercise_index.html"),
    "muscles": ("muscles.md", "parts/muscles.html"),
    "drills": ("drills.md", "parts/drills.html"),
}
#: Pages of one item by kind: the folder of their source (``exercises/<id>.md``).
_ITEMS = {"exercise": "exercises", "muscle": "muscles", "drill": "drills"}


def docs_pages(lib: Library, prefix: str) -> dict[str, DocPage]:
    """Every generated page by source URI (``cues/exercises/seated-cable-row.md``)."""
    found: dict[str, DocPage] = {}
    for page in plan_pages(lib, SiteConfig()):
        if page.kind in _INDEXES:
            name, template = _INDEXES[page.kind]
            in_nav = True
        elif page.kind in _ITEMS:
            name, template = f"{_ITEMS[page.kind]}/{page.item}.md", f"parts/{page.template}"
            in_nav = False
        elif page.kind == "guide":
            name, template, in_nav = f"{page.item}.md", "parts/guide.html", True
        else:
            continue
        uri = f"{prefix}/{name}"
        if uri in found:
            raise MmcError(f"two generated pages would be {uri}",
                           fix=f"rename the content page '{page.item}'")
        found[uri] = DocPage(uri, page.title, template, dict(page.context), in_nav)
    return found


def _site_target(prefix: str, target: str) -> str | None:
    """The generated source URI a site path links to (None when the docs have no such page)."""
    target, _, _anchor = target.partition("#")
    parts = [p for p in target.split("/") if p]
    if not parts:
        return f"{prefix}/index.md"
    if parts[0] == "assets":
        return f"{prefix}/{target}"
    if parts[0] in ("exercises", "muscles", "drills"):
        return f"{prefix}/{parts[0]}.md" if len(parts) == 1 else f"{prefix}/{parts[0]}/{parts[1]}.md"
    if parts[0] == "guide" and len(parts) == 2:
        return f"{prefix}/{parts[1]}.md"
    return None


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+).*?\1")


def card_markers(markdown: str) -> list[tuple[int, str, str | None]]:
    """``(line, exercise id, size)`` of every card marker outside code blocks and spans."""
    found: list[tuple[int, str, str | None]] = []
    fence: str | None = None
    for number, line in enumerate(markdown.split("\n"), start=1):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        if line.startswith(("    ", "\t")):
            continue  # an indented code block
        for match in CARD_MARKER.finditer(_CODE_SPAN.sub("", line)):
            found.append((number, match.group(1), match.group(2)))
    return found


def marker_problems(markdown: str, lib: Library) -> list[tuple[int, str, str]]:
    """``(line, message, fix)`` for every card marker naming an unknown exercise or size."""
    problems: list[tuple[int, str, str]] = []
    for line, exercise, size in card_markers(markdown):
        if exercise not in lib.exercises:
            fix = did_you_mean(exercise, lib.exercises) or "use the id of an exercise"
            problems.append((line, f"unknown exercise '{exercise}' in mmc:card marker", fix))
        elif size is not None and size not in CARD_SIZE_NAMES:
            problems.append(
                (line, f"unknown card size '{size}'", f"use one of {', '.join(CARD_SIZE_NAMES)}")
            )
    return problems


def _nav_uris(nav: Any) -> set[str]:
    """Every page path a ``nav:`` setting names (strings, ``{title: path}``, sections)."""
    found: set[str] = set()
    items = nav if isinstance(nav, list) else [nav]
    for item in items:
        if isinstance(item, str):
            found.add(item)
        elif isinstance(item, dict):
            for value in item.values():
                found |= _nav_uris(value)
        elif isinstance(item, list):
            found |= _nav_uris(item)
    return found


def _safe_title(title: str) -> str:
    # Themes print page titles without escaping; keep markup characters out of them.
    return title.replace("<", "\u2039").replace(">", "\u203a").replace('"', "\u201d")


def _problem_text(exc: MmcError) -> str:
    return "\n".join(str(p) for p in exc.problems)


class MmcDocsHooks:
    """MkDocs event handlers; subclasses bind the framework's classes (see module docs)."""

    #: The framework's ``PluginError`` and ``File`` (set by the binding subclass).
    plugin_error: type[Exception] = Exception
    file_class: Any = None
    not_in_nav: Any = None

    config: Any

    def _fail(self, message: str) -> Exception:
        return self.plugin_error(message)

    def _content_dirs(self, config: Any) -> list[Path]:
        base = Path(config.config_file_path or ".").resolve().parent
        return [p if p.is_absolute() else base / p for p in map(Path, self.config.content)]

    def on_config(self, config: Any) -> Any:
        try:
            self._library = load_library(*self._content_dirs(config),
                                         bundled=self.config.bundled)
            self._pages = docs_pages(self._library, self.config.prefix)
        except MmcError as exc:
            raise self._fail(f"mmc: content errors\n{_problem_text(exc)}") from None
        self._cache = self._store(config)
        # The templates of every installed pack, as the content the loader read.
        pack_dirs = tuple(pack_template_dirs())
        self._env = site_environment(Templates(pack_dirs))
        self._digests = Digests()
        self._code = code_fingerprint(pack_dirs)
        self._cards = PageCache(self._cache.root.parent / "cards", enabled=self._cache.enabled)
        self._fragments = Fragments(self._cards, self._digests, self._code)
        css = f"{self.config.prefix}/assets/mmc.css"
        if css not in [str(c) for c in config.extra_css]:
            config.extra_css.append(css)
        script = f"{self.config.prefix}/assets/mmc-pacer.js"
        if script not in [str(c) for c in config.extra_javascript]:
            config.extra_javascript.append(script)
        self._in_nav = self._place_in_nav(config)
        return config

    def _place_in_nav(self, config: Any) -> set[str]:
        """The generated pages to put in the navigation (see the ``nav`` option).

        Without a ``nav:`` the theme lists every index page. A ``nav:`` that names none of
        them gets a section of them at its end (``nav: auto`` or ``append``); one that names
        some keeps exactly those. The others are left out of the navigation on purpose, so
        ``validation: omitted_files`` has nothing to report about them.
        """
        ours = [uri for uri, page in self._pages.items() if page.in_nav]
        mode = self.config.nav
        if mode == "none":
            return set()
        if config.nav is None:
            return set(ours)
        listed = _nav_uris(config.nav) & set(self._pages)
        if listed and mode == "auto":
            return listed
        home = f"{self.config.prefix}/index.md"
        entries: list[Any] = [home] if home in ours else []
        entries += [{self._pages[uri].title: uri} for uri in ours if uri != home]
        config.nav = [*config.nav, {self.config.nav_title: entries}]
        return listed | set(ours)

    def on_files(self, files: Any, *, config: Any) -> Any:
        for uri, page in self._pages.items():
            title = _safe_title(page.title)
            content = f"---\ntitle: {json.dumps(title)}\n---\n\n# {html.escape(title)}\n"
            kwargs = {} if uri in self._in_nav else {"inclusion": self.not_in_nav}
            files.append(self.file_class.generated(config, uri, content=content, **kwargs))
        css = card_stylesheet(self._env.owner) + "\n" + docs_stylesheet()
        files.append(
            self.file_class.generated(config, f"{self.config.prefix}/assets/mmc.css", content=css)
        )
        pacer = resources.files("mmc.site").joinpath("static", "pacer.js").read_text("utf-8")
        files.append(
            self.file_class.generated(
                config, f"{self.config.prefix}/assets/mmc-pacer.js", content=pacer
            )
        )
        return files

    def on_page_markdown(self, markdown: str, *, page: Any, config: Any, files: Any) -> str:
        problems = marker_problems(markdown, self._library)
        if problems:
            line, message, fix = problems[0]
            raise self._fail(f"{page.file.src_path}:{line}: {message}\n    fix: {fix}")
        return markdown

    def _resolver(self, page: Any, files: Any) -> Callable[[str], str]:
        def resolve(target: str) -> str:
            anchor = "#" + target.split("#", 1)[1] if "#" in target else ""
            uri = _site_target(self.config.prefix, target)
            found = files.get_file_from_path(uri) if uri else None
            if found is None:
                raise MmcError(f"the docs have no page for '{target}'")
            return str(found.url_relative_to(page.file)) + anchor

        return resolve

    def _render(self, template: str, doc: Any, files: Any, /, **context: Any) -> str:
        return self._env.get_template(template).render(
            **context,
            library=self._library,
            fragments=self._fragments,
            standalone=False,
            page_path=doc.file.src_uri,
            resolve_url=self._resolver(doc, files),
        )

    def _store(self, config: Any) -> PageCache:
        # Kept in the user's cache folder, one per project (named by its cache_dir setting).
        base = Path(config.config_file_path or ".").resolve().parent
        return PageCache(project_cache(base / self.config.cache_dir) / "mkdocs",
                         enabled=bool(self.config.cache_dir))

    def _generated_html(self, generated: DocPage, page: Any, config: Any, files: Any) -> str:
        # Links depend on where pages land, so the URL style is part of the key.
        stamp = f"{self._code}|{config.use_directory_urls}|{self.config.prefix}"
        key = self._digests.page_key(stamp, generated.uri, generated.template, generated.context)
        cached = self._cache.get(key)
        if cached is not None:
            return str(cached.decode("utf-8"))
        body = self._render(generated.template, page, files, page_title=generated.title,
                            **generated.context)
        # The end marker lets tools (and the benchmark) cut the page body out of a theme.
        text = f'<div class="mmc">{body}</div><!-- mmc:end -->'
        self._cache.put(key, text.encode("utf-8"))
        return text

    def on_page_content(self, html_text: str, *, page: Any, config: Any, files: Any) -> str:
        generated = self._pages.get(page.file.src_uri)
        try:
            if generated is not None:
                return self._generated_html(generated, page, config, files)
            return CARD_MARKER.sub(lambda m: self._card(m, page, files), html_text)
        except MmcError as exc:
            raise self._fail(f"{page.file.src_path}: {_problem_text(exc)}") from None

    def _card(self, match: re.Match[str], page: Any, files: Any) -> str:
        # Markers are checked in the Markdown (on_page_markdown); one the check cannot see
        # there (inside an indented list item) is checked again here, in the HTML.
        problems = marker_problems(match.group(0), self._library)
        if problems:
            _, message, fix = problems[0]
            raise MmcError(message, field="mmc:card", fix=fix)
        exercise = self._library.exercises[match.group(1)]
        size = match.group(2) or self.config.card_size
        return self._render("parts/card_embed.html", page, files, exercise=exercise, size=size)

    def on_post_build(self, *, config: Any) -> None:
        # Each build that renders something adds a pack that later builds read. Pages that a
        # build did not render (``mkdocs serve --dirty``) still want their entries, so the
        # packs are merged when many, never pruned.
        for cache in (self._cache, self._cards):
            cache.merge(background=True)

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        dirs = self._content_dirs(config)
        if self.config.bundled:
            dirs.append(bundled_content_dir())
        for directory in dirs:
            if directory.is_dir():
                server.watch(str(directory))
        return server
