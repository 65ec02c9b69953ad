"""The Jinja2 environment of mmc: templates shipped in the package, autoescaped, strict.

``StrictUndefined`` turns a misspelt variable into an error instead of an empty string, so
a template bug cannot silently print a blank card.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from jinja2 import Environment

__all__ = ["environment", "render_template", "stylesheet"]


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The shared environment over ``mmc/render/templates``."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("mmc.render", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "svg", "xml"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals["stylesheet"] = stylesheet
    return env


def render_template(name: str, **context: Any) -> str:
    """Render a packaged template with ``context``."""
    return environment().get_template(name).render(**context)


@lru_cache(maxsize=16)
def stylesheet(name: str) -> str:
    """The text of a packaged stylesheet, e.g. ``stylesheet("card.css")``."""
    return resources.files("mmc.render").joinpath("templates", name).read_text(encoding="utf-8")
