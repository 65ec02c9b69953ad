"""Compile mmc's own templates to Python modules: python scripts/compile_templates.py [--check]

Writes src/mmc/_precompiled/<site|render>/: one module per template of ``mmc.site`` and
``mmc.render`` (the Python code Jinja compiles it to, as mmc would compile it at run time,
except that what it writes goes through ``mmc._precompiled.output_escape``: the same
characters as ``markupsafe.escape``) and an ``__init__.py`` naming, for each template, its module and the SHA-256 of the
source it was made from, with the Jinja version and the hash of the environment's settings
(``mmc.render.templates.compile_settings``). mmc uses a module only when all of these match
the template it is about to load, so a stale module is compiled again, never used.

Run it after editing a template, changing an environment's settings or filters, or changing
the Jinja version the project is developed with; tests/test_precompiled_templates.py fails
until the committed modules are what this writes. ``--check`` writes nothing and exits 1,
naming the files that differ.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import jinja2
from jinja2 import Environment, PackageLoader

from mmc.render.templates import PRECOMPILED, Templates, compile_settings
from mmc.site.environment import site_environment

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / Path(*PRECOMPILED.split("."))
COMMAND = "python scripts/compile_templates.py"

_TOP = f'''"""mmc's own templates, compiled to Python by {COMMAND}; do not edit.

See :mod:`mmc.render.templates`: a module here is used only for the very template source,
Jinja version and environment settings it was made from.
"""

from typing import Any

from markupsafe import Markup, escape

try:
    from markupsafe import _escape_inner  # type: ignore[attr-defined]  # private: see below
except ImportError:  # pragma: no cover - a markupsafe without it: escape's own text
    def _escape_inner(s: str, /) -> str:
        return str(escape(s))


def output_escape(s: Any, /) -> str:
    """The text ``markupsafe.escape(s)`` holds, for what a template writes out.

    The modules here write through this instead of ``escape``: what a template writes is
    only joined into its page, so a plain string need not be wrapped in a new ``Markup``
    (nor a ``Markup`` copied into another, nor a number's text escaped: it has no character
    to escape). The characters are escape's own, every time.
    """
    if type(s) is str:
        return _escape_inner(s)
    if type(s) is Markup:
        return s
    if type(s) is int or type(s) is float:  # digits, ".", "-", "+", "e", "inf", "nan"
        return str(s)
    return escape(s)
'''

#: The first line of Jinja's code for a template, and what the modules add to that line (on
#: the same line: the lines of the code map errors to template lines).
_RUNTIME = "from jinja2.runtime import "
_FAST_ESCAPE = "; from mmc._precompiled import output_escape as escape"


def environments() -> dict[str, Environment]:
    """The environments mmc renders its own templates with, as a build makes them (no packs)."""
    return {
        "mmc.render": Templates(()).environment("mmc.render"),
        "mmc.site": site_environment(Templates(())),
    }


def module_name(template: str) -> str:
    return "t_" + re.sub(r"[^0-9A-Za-z]", "_", template)


def package_files(package: str, env: Environment) -> dict[str, str]:
    """File name -> text of the precompiled package of ``package``'s templates."""
    settings = compile_settings(env)
    assert settings is not None, f"{package}'s environment cannot be precompiled"
    loader = PackageLoader(package, "templates")
    files: dict[str, str] = {}
    entries = []
    for name in sorted(n for n in loader.list_templates() if n.endswith(".html")):
        source, _filename, _ = loader.get_source(env, name)
        module = module_name(name)
        assert f"{module}.py" not in files, f"two templates compile to {module}"
        # Nothing may go above the code: its line numbers map errors to template lines.
        code = env.compile(source, name, f"templates/{name}", raw=True)
        first, newline, rest = code.partition("\n")
        assert first.startswith(_RUNTIME) and " escape," in first, f"{name}: {first}"
        # Every use of ``escape`` in Jinja's code writes out (``yield`` or a buffer).
        code = first + _FAST_ESCAPE + newline + rest
        files[f"{module}.py"] = (
            code.rstrip("\n")
            + f"\n\n# Compiled from {package}'s templates/{name} by {COMMAND}; do not edit.\n"
        )
        digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
        entries.append(f"    {name!r}: ({module!r}, {digest!r}),\n")
    files["__init__.py"] = (
        f'"""{package}\'s templates, compiled to Python by {COMMAND}; do not edit."""\n\n'
        f"PACKAGE = {package!r}\n"
        f"JINJA = {jinja2.__version__!r}\n"
        f"SETTINGS = {settings!r}\n"
        "TEMPLATES = {\n" + "".join(entries) + "}\n"
    )
    return files


def expected() -> dict[Path, str]:
    """Every file of the precompiled package, by path."""
    files = {OUT / "__init__.py": _TOP}
    for package, env in environments().items():
        folder = OUT / package.rpartition(".")[2]
        files.update({folder / name: text for name, text in package_files(package, env).items()})
    return files


def differences(files: dict[Path, str]) -> list[str]:
    """The files that are missing, different, or left over from a template no longer there."""
    found = [path.relative_to(ROOT).as_posix() for path, text in files.items()
             if not path.is_file() or path.read_text(encoding="utf-8") != text]
    present = set(OUT.rglob("*.py")) if OUT.is_dir() else set()
    found += [f"{path.relative_to(ROOT).as_posix()} (no such template)"
              for path in sorted(present - set(files))]
    return found


def main(argv: list[str]) -> int:
    files = expected()
    if argv == ["--check"]:
        stale = differences(files)
        for line in stale:
            print(f"not current: {line}")
        return 1 if stale else 0
    if argv:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    for path in set(OUT.rglob("t_*.py")) - set(files) if OUT.is_dir() else ():
        path.unlink()  # a template that is gone (only this script's own modules)
    for path, text in sorted(files.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    print(f"{len(files)} files current in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
