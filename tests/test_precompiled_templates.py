"""mmc's own templates ship precompiled (mmc._precompiled, by scripts/compile_templates.py):
the committed modules are current, used for the unchanged bundled templates only, and render
exactly what compiling the template gives; anything else (a pack's template, an edited
template, another Jinja, other settings) is compiled as before."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import jinja2
import pytest
from jinja2 import Template, UndefinedError
from markupsafe import Markup, escape

from mmc.render.cards import render_card
from mmc.render.templates import PRECOMPILED, Templates, compile_settings
from mmc.site.environment import site_environment
from tests.render_support import bundled

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("mmc.render", "mmc.site")


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "compile_templates", ROOT / "scripts" / "compile_templates.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def manifest(package: str) -> Any:
    return importlib.import_module(f"{PRECOMPILED}.{package.rpartition('.')[2]}")


def environment(package: str, templates: Templates | None = None) -> jinja2.Environment:
    templates = templates or Templates(())
    if package == "mmc.site":
        return site_environment(templates)
    return templates.environment(package)


def precompiled(template: Template) -> bool:
    """Whether ``template`` came from a module of mmc._precompiled (its code is that module's);
    a compiled template's code is named after the template's own file."""
    code_file = Path(template.root_render_func.__code__.co_filename)
    return code_file.parent.parent.name == "_precompiled"


def test_committed_modules_are_current() -> None:
    compiler = script()
    stale = compiler.differences(compiler.expected())
    assert not stale, (
        "the precompiled templates are not current; run `python scripts/compile_templates.py` "
        "and commit src/mmc/_precompiled:\n" + "\n".join(stale))


@pytest.mark.parametrize("package", PACKAGES)
def test_every_bundled_template_is_precompiled(package: str) -> None:
    env = environment(package)
    names = [n for n in env.list_templates() if n.endswith(".html")]
    assert names and set(names) == set(manifest(package).TEMPLATES)
    for name in names:
        template = env.get_template(name)
        assert precompiled(template), name
        # Errors and tracebacks name the template's file, as for a compiled template.
        assert template.filename is not None
        assert Path(template.filename) == ROOT / "src" / Path(*package.split(".")) \
            / "templates" / name


def card_html(templates: Templates, name: str = "Seated cable row") -> str:
    library = bundled()
    exercise = library.exercises["seated-cable-row"].model_copy(update={"name": name})
    card = render_card(exercise, None, "a6", library, templates=templates)
    return card.front + card.back


def without_precompiled(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the modules were made under another Jinja: every template is compiled."""
    monkeypatch.setattr(jinja2, "__version__", "0.0.0-other", raising=False)


def test_precompiled_renders_what_compiling_renders(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = Templates(())
    fast_html = card_html(fast)
    assert precompiled(fast.environment().get_template("card-front.html"))
    without_precompiled(monkeypatch)
    slow = Templates(())
    assert card_html(slow) == fast_html
    assert not precompiled(slow.environment().get_template("card-front.html"))


def test_untrusted_text_stays_escaped() -> None:
    templates = Templates(())
    html = card_html(templates, name='Row <script>alert(1)</script> "x"')
    assert precompiled(templates.environment().get_template("card-front.html"))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


class _Html:
    def __html__(self) -> str:
        return "<b>safe</b>"


@pytest.mark.parametrize("value", [
    "plain", "", "<script>alert('x')</script> & \"q\"", Markup("<i>kept</i> &amp;"),
    Markup(""), 7, -12, 10**30, 2.5, -1e-300, 1e300, float("inf"), float("-inf"), float("nan"),
    None, True, False, ["<a>", "b"], _Html(), Markup("<em>x</em>") + "<b>",
])
def test_output_escape_writes_what_escape_writes(value: Any) -> None:
    """The precompiled modules write through output_escape: the same characters as
    markupsafe.escape for every kind of value (untrusted text escaped, Markup kept)."""
    from mmc._precompiled import output_escape

    assert str(output_escape(value)) == str(escape(value))
    modules = list((ROOT / "src" / "mmc" / "_precompiled").rglob("t_*.py"))
    assert modules and all(
        "import output_escape as escape" in path.read_text(encoding="utf-8").split("\n", 1)[0]
        for path in modules)


@pytest.mark.parametrize("package", PACKAGES)
def test_a_pack_template_is_compiled_from_the_pack(package: str, tmp_path: Path) -> None:
    name = "card-front.html" if package == "mmc.render" else "parts/pacer.html"
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text("pack {{ '<b>' }}", encoding="utf-8")
    env = environment(package, Templates([tmp_path]))
    template = env.get_template(name)
    assert not precompiled(template)
    assert template.filename == str(tmp_path / name)
    assert template.render() == "pack &lt;b&gt;"
    others = [n for n in manifest(package).TEMPLATES if n != name]
    assert all(precompiled(env.get_template(n)) for n in others)


def test_an_edited_template_is_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    """A template whose source differs from what its module was made from (an edit in a
    development checkout) is compiled from its source: the edit shows."""
    read = jinja2.PackageLoader.get_source

    def edited(self: jinja2.PackageLoader, env: jinja2.Environment, name: str) -> Any:
        source, filename, uptodate = read(self, env, name)
        return (source + "<!-- edited -->" if name == "card-back.html" else source,
                filename, uptodate)

    monkeypatch.setattr(jinja2.PackageLoader, "get_source", edited)
    templates = Templates(())
    assert "<!-- edited -->" in card_html(templates)
    env = templates.environment()
    assert not precompiled(env.get_template("card-back.html"))
    assert precompiled(env.get_template("card-front.html"))


def test_a_stale_hash_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = manifest("mmc.render").TEMPLATES
    module, _digest = entries["card-front.html"]
    monkeypatch.setitem(entries, "card-front.html", (module, "0" * 64))
    env = Templates(()).environment()
    assert not precompiled(env.get_template("card-front.html"))
    assert precompiled(env.get_template("card-back.html"))


def test_a_missing_module_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = manifest("mmc.render").TEMPLATES
    _module, digest = entries["card-front.html"]
    monkeypatch.setitem(entries, "card-front.html", ("t_no_such_module", digest))
    env = Templates(()).environment()
    assert not precompiled(env.get_template("card-front.html"))


def test_a_damaged_module_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A module that cannot be read as Python (a damaged install) is compiled around."""
    (tmp_path / "t_damaged.py").write_text("def root(:\n", encoding="utf-8")
    found = manifest("mmc.render")
    monkeypatch.setattr(found, "__path__", [str(tmp_path), *found.__path__])
    _module, digest = found.TEMPLATES["card-front.html"]
    monkeypatch.setitem(found.TEMPLATES, "card-front.html", ("t_damaged", digest))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    env = Templates(()).environment()
    assert not precompiled(env.get_template("card-front.html"))


def test_another_package_of_the_same_short_name_is_not_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A manifest serves only the package it names: another package's ``render`` templates,
    even a copy of mmc's own with the same settings, are compiled from their files."""
    folder = tmp_path / "otherpkg" / "render" / "templates"
    folder.mkdir(parents=True)
    (tmp_path / "otherpkg" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "otherpkg" / "render" / "__init__.py").write_text("", encoding="utf-8")
    bundled_file = ROOT / "src" / "mmc" / "render" / "templates" / "card-front.html"
    (folder / "card-front.html").write_bytes(bundled_file.read_bytes())
    monkeypatch.syspath_prepend(str(tmp_path))
    templates = Templates(())
    other = templates.environment("otherpkg.render")
    assert compile_settings(other) == compile_settings(templates.environment())
    template = other.get_template("card-front.html")
    assert not precompiled(template)
    assert template.filename == str(folder / "card-front.html")


@pytest.mark.parametrize("package", PACKAGES)
def test_another_jinja_version_compiles(package: str, monkeypatch: pytest.MonkeyPatch) -> None:
    without_precompiled(monkeypatch)
    env = environment(package)
    assert not any(precompiled(env.get_template(n)) for n in manifest(package).TEMPLATES)


@pytest.mark.parametrize(
    "change",
    [
        lambda env: env.filters.__setitem__("label", lambda value: value),  # another filter
        lambda env: env.filters.__setitem__("shout", str.upper),  # a filter added
        lambda env: setattr(env, "autoescape", False),
        lambda env: setattr(env, "trim_blocks", False),
    ],
    ids=["filter-replaced", "filter-added", "no-autoescape", "no-trim-blocks"],
)
def test_other_settings_compile(change: Any) -> None:
    env = environment("mmc.site")
    before = compile_settings(env)
    assert precompiled(env.get_template("base.html"))  # settings seen before the change
    change(env)
    assert compile_settings(env) != before
    assert not precompiled(env.get_template("exercise.html"))


def test_autoescape_by_function_is_never_precompiled() -> None:
    env = environment("mmc.render")
    env.autoescape = jinja2.select_autoescape()
    assert compile_settings(env) is None
    assert not precompiled(env.get_template("card-front.html"))


def error_place(env: jinja2.Environment) -> tuple[str, int]:
    """The template file and line the innermost traceback frame names for a missing name."""
    with pytest.raises(UndefinedError) as caught:
        env.get_template("parts/pacer.html").render(plans=[{}])
    tb = caught.value.__traceback__
    place = ("", 0)
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(".html"):
            place = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return place


def test_an_error_names_the_same_template_line(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = error_place(environment("mmc.site"))
    without_precompiled(monkeypatch)
    slow = error_place(environment("mmc.site"))
    assert fast == slow
    assert fast[0].endswith("parts/pacer.html") and fast[1] > 1


def test_test_environment_pins_the_jinja_the_modules_were_made_with() -> None:
    # A new Jinja2 on PyPI must not turn the suite red by itself: scripts/test installs the
    # version the committed modules record, and moving to another is a deliberate change.
    pins = (ROOT / "scripts" / "test-constraints.txt").read_text(encoding="utf-8").splitlines()
    pinned = {line.split("==")[0].lower(): line.split("==")[1].strip()
              for line in pins if "==" in line and not line.startswith("#")}
    for package in PACKAGES:
        assert pinned["jinja2"] == manifest(package).JINJA, package
