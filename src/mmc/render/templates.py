"""The Jinja2 environment of mmc: templates shipped in the package, autoescaped, strict.

``StrictUndefined`` turns a misspelt variable into an error instead of an empty string, so
a template bug cannot silently print a blank card.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from jinja2 import BytecodeCache, Environment

__all__ = ["environment", "override_dirs", "render_template", "stylesheet"]


@lru_cache(maxsize=1)
def override_dirs() -> tuple[Path, ...]:
    """Template directories of installed content packs, highest priority first.

    A pack's ``templates/card.css`` or ``templates/card-front.html`` replaces mmc's own file
    of that name (see :func:`mmc.pack_template_dirs`).
    """
    from mmc.content.packs import pack_template_dirs

    return tuple(pack_template_dirs())


def bytecode_cache() -> BytecodeCache | None:
    """Compiled templates kept in the user's cache directory, as Python keeps ``.pyc`` files.

    Jinja checks each entry against the template's source, so an edited template is compiled
    again. None when the directory cannot be made.
    """
    import contextlib
    import os
    import sys

    from jinja2 import FileSystemBytecodeCache
    from jinja2.bccache import Bucket

    class _Quiet(FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Bucket) -> None:
            # A full or read-only disk only makes the next build slower.
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "mmc" / f"jinja-py{sys.version_info[0]}{sys.version_info[1]}"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return _Quiet(str(folder))


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The shared environment over ``mmc/render/templates``."""
    from jinja2 import (
        ChoiceLoader,
        Environment,
        FileSystemLoader,
        PackageLoader,
        StrictUndefined,
        select_autoescape,
    )

    env = Environment(
        loader=ChoiceLoader(
            [FileSystemLoader(list(override_dirs())), PackageLoader("mmc.render", "templates")]
        ),
        autoescape=select_autoescape(enabled_extensions=("html", "svg", "xml"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        bytecode_cache=bytecode_cache(),
    )
    env.globals["stylesheet"] = stylesheet
    return env


def render_template(name: str, **context: Any) -> str:
    """Render a packaged template with ``context``."""
    return environment().get_template(name).render(**context)


@lru_cache(maxsize=16)
def stylesheet(name: str) -> str:
    """The text of a stylesheet, e.g. ``stylesheet("card.css")``.

    A content pack's ``templates/card.css`` replaces mmc's own; a pack's
    ``templates/card.extra.css`` is appended to it (packs in load order), which is the easy
    way to restyle a few things.
    """
    base = next((d / name for d in override_dirs() if (d / name).is_file()), None)
    text = (
        base.read_text(encoding="utf-8")
        if base
        else resources.files("mmc.render").joinpath("templates", name).read_text(encoding="utf-8")
    )
    extra = name.removesuffix(".css") + ".extra.css"
    for folder in reversed(override_dirs()):
        if (folder / extra).is_file():
            text += "\n" + (folder / extra).read_text(encoding="utf-8")
    return text
