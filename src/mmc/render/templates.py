"""The Jinja2 environment of mmc: templates shipped in the package, autoescaped, strict.

``StrictUndefined`` turns a misspelt variable into an error instead of an empty string, so
a template bug cannot silently print a blank card.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mmc.cachedir import user_cache_dir
from mmc.errors import MmcError

if TYPE_CHECKING:  # pragma: no cover
    from jinja2 import BaseLoader, BytecodeCache, Environment

__all__ = [
    "environment",
    "override_dirs",
    "pack_file",
    "pack_loader",
    "render_template",
    "stylesheet",
    "template_errors",
]


@lru_cache(maxsize=1)
def override_dirs() -> tuple[Path, ...]:
    """Template directories of installed content packs, highest priority first.

    A pack's ``templates/card.css`` or ``templates/card-front.html`` replaces mmc's own file
    of that name (see :func:`mmc.pack_template_dirs`).
    """
    from mmc.content.packs import pack_template_dirs

    return tuple(pack_template_dirs())


def pack_file(folder: Path, name: str) -> Path | None:
    """The file ``name`` in pack templates folder ``folder``, or None when there is none.

    A file that is a link to somewhere outside ``folder`` is refused with an
    :class:`~mmc.errors.MmcError`, as a content file linking outside its content folder is:
    a pack's templates are published, and must not publish a private file.
    """
    path = folder / name
    if not path.is_symlink() and not path.exists():
        return None
    real = path.resolve()
    if not real.is_relative_to(folder.resolve()):
        raise MmcError(
            f"pack template {name} links outside the pack's templates folder (to {real})",
            file=path,
            fix="copy the file into the templates folder instead of linking to it",
        )
    return path if real.is_file() else None


def _not_utf8(name: str) -> MmcError:
    found = next((found for d in override_dirs() if (found := pack_file(d, name))), None)
    return MmcError(f"pack template {name} is not UTF-8 text", file=found or name,
                    fix="save it as UTF-8")


def _read_pack_text(path: Path, name: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _not_utf8(name) from None


def pack_loader(folders: Iterator[Path] | tuple[Path, ...] | list[Path]) -> BaseLoader:
    """A Jinja loader over pack template folders that refuses files linking outside them."""
    from jinja2 import FileSystemLoader
    from jinja2.loaders import split_template_path

    class _PackLoader(FileSystemLoader):
        def get_source(self, environment: Environment, template: str) -> Any:
            pieces = split_template_path(template)  # TemplateNotFound for '..'
            for folder in self.searchpath:
                pack_file(Path(folder), "/".join(pieces))
            try:
                return super().get_source(environment, template)
            except UnicodeDecodeError:
                raise _not_utf8(template) from None

    return _PackLoader([str(folder) for folder in folders])


@contextlib.contextmanager
def template_errors() -> Iterator[None]:
    """Meanwhile, a template error in a content pack's template (a missing include such as
    ``../x.html`` or ``/etc/x``, a syntax error, an undefined name) is an
    :class:`~mmc.errors.MmcError` naming the pack's file and line; others propagate."""
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

    try:
        yield
    except TemplateError as exc:
        where = _pack_frame(exc)
        if isinstance(exc, TemplateSyntaxError) and exc.filename:
            where = _in_pack(exc.filename, exc.lineno) or where
        if where is None:
            raise
        file, line = where
        if isinstance(exc, TemplateNotFound):
            message = f"template {exc.name!r} not found"
            fix = ("name templates relative to the templates folder, without '..' or a "
                   "leading '/'")
        else:
            message = exc.message or type(exc).__name__
            fix = "check the template against mmc's own templates of that name"
        raise MmcError(f"in a content pack's template: {message}", file=file, line=line,
                       fix=fix) from None


def _in_pack(filename: str, line: int | None) -> tuple[str, int | None] | None:
    path = Path(filename)
    for folder in override_dirs():
        if path.is_relative_to(folder):
            return str(path), line
    return None


def _pack_frame(exc: BaseException) -> tuple[str, int | None] | None:
    """The innermost traceback frame in a pack's template, as (file, line)."""
    found = None
    tb = exc.__traceback__
    while tb is not None:
        hit = _in_pack(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        found = hit or found
        tb = tb.tb_next
    return found


def bytecode_cache() -> BytecodeCache | None:
    """Compiled templates kept in the user's cache directory, as Python keeps ``.pyc`` files.

    Jinja checks each entry against the template's source, so an edited template is compiled
    again. None when the directory cannot be made.
    """
    import sys

    from jinja2 import FileSystemBytecodeCache
    from jinja2.bccache import Bucket

    class _Quiet(FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Bucket) -> None:
            # A full or read-only disk only makes the next build slower.
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    folder = user_cache_dir() / f"jinja-py{sys.version_info[0]}{sys.version_info[1]}"
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
        PackageLoader,
        StrictUndefined,
        select_autoescape,
    )

    env = Environment(
        loader=ChoiceLoader(
            [pack_loader(override_dirs()), PackageLoader("mmc.render", "templates")]
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
    """Render a packaged template with ``context`` (a pack's template may replace it)."""
    with template_errors():
        return environment().get_template(name).render(**context)


@lru_cache(maxsize=16)
def stylesheet(name: str) -> str:
    """The text of a stylesheet, e.g. ``stylesheet("card.css")``.

    A content pack's ``templates/card.css`` replaces mmc's own; a pack's
    ``templates/card.extra.css`` is appended to it (packs in load order), which is the easy
    way to restyle a few things.
    """
    base = next((found for d in override_dirs() if (found := pack_file(d, name))), None)
    text = (
        _read_pack_text(base, name)
        if base
        else resources.files("mmc.render").joinpath("templates", name).read_text(encoding="utf-8")
    )
    extra = name.removesuffix(".css") + ".extra.css"
    for folder in reversed(override_dirs()):
        found = pack_file(folder, extra)
        if found is not None:
            text += "\n" + _read_pack_text(found, extra)
    return text
