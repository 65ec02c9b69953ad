"""Parts of pages rendered once per build (mmc.site.fragments) give what rendering them on
every page gives."""

from __future__ import annotations

from pathlib import Path

from mmc.render.templates import Templates
from mmc.site.cache import Digests, PageCache
from mmc.site.environment import site_environment
from mmc.site.fragments import Fragments

NAV = (
    '{% macro nav(s) %}{{ count() }}<a href="{{ url("x/") }}">{{ s }}</a>{% endmacro %}'
    "{{ cached_part(nav, section) }}"
)


def _counter(calls: list[int]) -> object:
    def count() -> str:
        calls.append(1)
        return ""

    return count


def _fragments() -> Fragments:
    return Fragments(PageCache(Path(), enabled=False), Digests(), "code")


def test_cached_part_renders_once_per_arguments_and_page_depth() -> None:
    env = site_environment(Templates(()))
    calls: list[int] = []
    env.globals["count"] = _counter(calls)
    template = env.from_string(NAV)
    fragments = _fragments()

    def render(path: str, section: str) -> str:
        return template.render(fragments=fragments, page_path=path, section=section)

    assert render("a/index.html", "one") == '<a href="../x/">one</a>'
    assert render("b/index.html", "one") == '<a href="../x/">one</a>'
    assert len(calls) == 1  # same depth, same argument: kept
    assert render("index.html", "one") == '<a href="x/">one</a>'
    assert render("a/b/index.html", "one") == '<a href="../../x/">one</a>'
    assert render("a/index.html", "two") == '<a href="../x/">two</a>'
    assert render("a/index.html", "<b>") == '<a href="../x/">&lt;b&gt;</a>'
    assert len(calls) == 5
    # Another build keeps its own parts.
    assert template.render(fragments=_fragments(), page_path="a/index.html",
                           section="one") == '<a href="../x/">one</a>'
    assert len(calls) == 6


def test_cached_part_without_a_build_renders_every_time() -> None:
    env = site_environment(Templates(()))
    calls: list[int] = []
    env.globals["count"] = _counter(calls)
    template = env.from_string(NAV)
    for _ in range(2):
        assert template.render(page_path="a/index.html", section="s") == '<a href="../x/">s</a>'
    # MkDocs maps each link itself: nothing is kept either.
    for _ in range(2):
        out = template.render(fragments=_fragments(), page_path="a/index.html", section="s",
                              resolve_url=lambda target: f"/docs/{target}")
        assert out == '<a href="/docs/x/">s</a>'
    assert len(calls) == 4


def test_a_macro_of_the_same_name_in_another_template_is_not_confused() -> None:
    env = site_environment(Templates(()))
    env.globals["count"] = lambda: ""
    fragments = _fragments()
    first = env.from_string(NAV)
    second = env.from_string(NAV.replace("<a ", '<a class="other" '))
    context = {"fragments": fragments, "page_path": "index.html", "section": "s"}
    assert first.render(**context) == '<a href="x/">s</a>'
    assert second.render(**context) == '<a class="other" href="x/">s</a>'


def test_cached_tiles_joins_what_each_cached_tile_gives() -> None:
    env = site_environment(Templates(()))
    macro = '{% macro tile(e) %}<li><a href="{{ url("x/" ~ e.id ~ "/") }}">{{ e.name }}</a></li>{% endmacro %}'
    one_by_one = env.from_string(macro + "{% for e in items %}{{ cached_tile(tile, e) }}{% endfor %}")
    at_once = env.from_string(macro + "{{ cached_tiles(tile, items) }}")
    items = [{"id": "a", "name": "<A>"}, {"id": "b", "name": "B"}, {"id": 3, "name": "no id"}]
    for path in ("index.html", "x/y/index.html"):
        for extra in ({}, {"resolve_url": lambda target: f"/docs/{target}"}):
            context = {"page_path": path, "items": items, **extra}
            expected = one_by_one.render(fragments=_fragments(), **context)
            assert "&lt;A&gt;" in expected and "no id" in expected
            assert at_once.render(fragments=_fragments(), **context) == expected
            assert at_once.render(**context) == expected


def test_cached_part_knows_an_unhashable_argument_by_identity() -> None:
    env = site_environment(Templates(()))
    calls: list[int] = []
    env.globals["count"] = _counter(calls)
    template = env.from_string(
        '{% macro chip(m, role) %}{{ count() }}<a class="{{ role }}" href="{{ url("m/" ~ m["id"]'
        ' ~ "/") }}">{{ m["name"] }}</a>{% endmacro %}{{ cached_part(chip, m, "primary") }}'
    )
    fragments = _fragments()
    one = {"id": "lats", "name": "Lats"}
    page = {"fragments": fragments, "page_path": "e/x/index.html"}
    assert template.render(m=one, **page) == '<a class="primary" href="../../m/lats/">Lats</a>'
    assert template.render(m=one, **page) == '<a class="primary" href="../../m/lats/">Lats</a>'
    assert len(calls) == 1
    other = {"id": "lats", "name": "<Lats>"}  # another object: rendered, never confused
    assert template.render(m=other, **page) == (
        '<a class="primary" href="../../m/lats/">&lt;Lats&gt;</a>')
    assert len(calls) == 2


def test_shared_part_renders_its_template_once_per_values_and_page_depth(tmp_path: Path) -> None:
    (tmp_path / "part.html").write_text(
        '{{ count() }}<a href="{{ url("x/") }}">{{ s }} {{ site["title"] }}</a>\n', "utf-8")
    env = site_environment(Templates([tmp_path]))
    calls: list[int] = []
    env.globals["count"] = _counter(calls)
    template = env.from_string('{{ shared_part("part.html", s=section) }}')
    fragments = _fragments()

    def render(path: str, section: str, **extra: object) -> str:
        return template.render(page_path=path, section=section, site={"title": "<T>"},
                               **{"fragments": fragments, **extra})

    assert render("a/index.html", "one") == '<a href="../x/">one &lt;T&gt;</a>'
    assert render("b/index.html", "one") == '<a href="../x/">one &lt;T&gt;</a>'
    assert len(calls) == 1
    assert render("index.html", "one") == '<a href="x/">one &lt;T&gt;</a>'
    assert render("a/index.html", "<b>") == '<a href="../x/">&lt;b&gt; &lt;T&gt;</a>'
    assert len(calls) == 3
    # Without a build's fragments, or under MkDocs (which maps each link), every time.
    assert render("a/index.html", "one", fragments=None) == '<a href="../x/">one &lt;T&gt;</a>'
    mapped = render("a/index.html", "one", resolve_url=lambda target: f"/docs/{target}")
    assert mapped == '<a href="/docs/x/">one &lt;T&gt;</a>'
    assert len(calls) == 5
