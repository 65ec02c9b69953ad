"""The templates of mmc: Jinja2 environments over its packaged templates, under the template
folders of the content packs in use; autoescaped and strict.

A :class:`Templates` object owns all of it for one set of pack folders: the environment of
each template package (``mmc.render`` here, ``mmc.site`` for the website), the stylesheets,
the mapping of a template error to the pack file it comes from, and whether templates are
checked for edits. Whoever renders makes one (a site build: from the packs it is configured
with) and hands it to the renderers; there is no shared default environment. Renderers
called without one use :meth:`Templates.installed`, the templates of every installed pack.

``StrictUndefined`` turns a misspelt variable into an error instead of an empty string, so
a template bug cannot silently print a blank card.

mmc's own templates are shipped compiled to Python as well (the package ``mmc._precompiled``,
written by ``scripts/compile_templates.py``), so a first build imports them instead of
compiling them. A precompiled template is used only when it was made from the very source
being loaded, under the same Jinja version and the same environment settings
(:func:`compile_settings`); a pack's template, an edited template or another Jinja is
compiled as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import importlib.util
import sys
from collections.abc import Iterator, MutableMapping, Sequence
from importlib import resources
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.bccache import Bucket, BytecodeCache
from jinja2.loaders import split_template_path

from mmc.cachedir import user_cache_dir
from mmc.content.packs import pack_template_dirs
from mmc.errors import MmcError

__all__ = [
    "PRECOMPILED",
    "TemplateEnvironment",
    "Templates",
    "bytecode_cache",
    "compile_settings",
    "pack_file",
    "pack_loader",
]


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


def _read_pack_text(path: Path, name: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise MmcError(f"pack template {name} is not UTF-8 text", file=path,
                       fix="save it as UTF-8") from None


class _PackLoader(FileSystemLoader):
    """Pack template folders; a file linking outside its folder is refused."""

    def get_source(self, environment: Environment, template: str) -> Any:
        pieces = split_template_path(template)  # TemplateNotFound for '..'
        for folder in self.searchpath:
            pack_file(Path(folder), "/".join(pieces))
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError:
            found = next((f for d in self.searchpath if (f := pack_file(Path(d), template))),
                         None)
            raise MmcError(f"pack template {template} is not UTF-8 text",
                           file=found or template, fix="save it as UTF-8") from None


def pack_loader(folders: Sequence[Path]) -> BaseLoader:
    """A Jinja loader over pack template folders that refuses files linking outside them."""
    return _PackLoader([str(folder) for folder in folders])


class _Quiet(FileSystemBytecodeCache):
    def dump_bytecode(self, bucket: Bucket) -> None:
        # A full or read-only disk only makes the next build slower.
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def bytecode_cache() -> BytecodeCache | None:
    """Compiled templates kept in the user's cache directory, as Python keeps ``.pyc`` files.

    Jinja checks each entry against the template's source, so an edited template is compiled
    again. None when the directory cannot be made.
    """
    folder = user_cache_dir() / f"jinja-py{sys.version_info[0]}{sys.version_info[1]}"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return _Quiet(str(folder))


PRECOMPILED = "mmc._precompiled"
"""The package of mmc's precompiled templates: ``mmc._precompiled.site`` holds those of
``mmc.site``, ``mmc._precompiled.render`` those of ``mmc.render``."""


def _qualname(value: object) -> str:
    kind = value if isinstance(value, type) else type(value)
    named = value if hasattr(value, "__qualname__") else kind
    return f"{getattr(named, '__module__', '?')}.{getattr(named, '__qualname__', '?')}"


#: The settings of an environment that shape the code of its templates besides its code
#: generator, filters, tests and extensions (read by both :func:`compile_settings` and
#: :func:`_settings_key`).
_SYNTAX = (
    "block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
    "comment_start_string", "comment_end_string", "line_statement_prefix",
    "line_comment_prefix", "trim_blocks", "lstrip_blocks", "newline_sequence",
    "keep_trailing_newline", "optimized", "is_async", "autoescape",
)


def compile_settings(env: Environment) -> str | None:
    """A hash of what of ``env`` decides the Python code Jinja compiles a template to (with
    the Jinja version, which the precompiled modules record apart): the syntax and whitespace
    settings, autoescaping, the code generator and every filter and test (by name, function
    and what it is passed; a constant is filtered at compile time). None when ``env`` decides
    autoescaping per template with a function."""
    if callable(env.autoescape):
        return None
    parts = [
        _qualname(env.code_generator_class),
        repr(tuple(getattr(env, name) for name in _SYNTAX)),
    ]
    finalize = env.finalize
    if finalize is not None:
        parts.append(f"finalize {_qualname(finalize)} {getattr(finalize, 'jinja_pass_arg', '')}")
    for kind, functions in (("filter", env.filters), ("test", env.tests)):
        for name in sorted(functions):
            function = functions[name]
            parts.append(f"{kind} {name} {_qualname(function)} "
                         f"{getattr(function, 'jinja_pass_arg', '')}")
    parts.extend(f"extension {key}" for key in sorted(env.extensions))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _settings_key(env: Environment) -> tuple[Any, ...]:
    """What :func:`compile_settings` reads of ``env``, as it is: cheap to make and compare."""
    return (env.code_generator_class, *(getattr(env, name) for name in _SYNTAX), env.finalize,
            tuple(env.filters.items()), tuple(env.tests.items()), tuple(env.extensions))


def _precompiled_code(
    package: str, settings: str | None, name: str, source: str
) -> CodeType | None:
    """The precompiled code of ``package``'s template ``name``, or None unless it was made
    from ``source`` under this Jinja version and environment ``settings``
    (:func:`compile_settings`)."""
    manifest = f"{PRECOMPILED}.{package.rpartition('.')[2]}"
    try:
        found = importlib.import_module(manifest)
    except ImportError:
        return None
    entry = getattr(found, "TEMPLATES", {}).get(name)
    if (
        entry is None
        or getattr(found, "PACKAGE", None) != package
        or getattr(found, "JINJA", None) != getattr(jinja2, "__version__", "?")
        or settings is None
        or getattr(found, "SETTINGS", None) != settings
        or entry[1] != hashlib.sha256(source.encode("utf-8")).hexdigest()
    ):
        return None
    module = f"{manifest}.{entry[0]}"
    try:
        spec = importlib.util.find_spec(module)
        get_code = getattr(spec.loader, "get_code", None) if spec is not None else None
        code = get_code(module) if get_code is not None else None
    except (ImportError, OSError, SyntaxError, ValueError):  # a damaged install: compile
        return None
    return code if isinstance(code, CodeType) else None


class _BundledLoader(PackageLoader):
    """mmc's own templates of ``package``, from their precompiled modules when those were made
    from the same source under the same Jinja and settings, else compiled (and cached in the
    environment's bytecode cache) as usual."""

    def __init__(self, package: str) -> None:
        super().__init__(package, "templates")
        self._settings: tuple[tuple[Any, ...], str | None] | None = None

    def settings(self, environment: Environment) -> str | None:
        """:func:`compile_settings` of ``environment``, hashed again only when it changed."""
        key = _settings_key(environment)
        if self._settings is None or self._settings[0] != key:
            self._settings = (key, compile_settings(environment))
        return self._settings[1]

    def load(self, environment: Environment, name: str,
             globals: MutableMapping[str, Any] | None = None) -> Template:
        source, filename, uptodate = self.get_source(environment, name)
        code = _precompiled_code(self.package_name, self.settings(environment), name, source)
        if code is None:
            return super().load(environment, name, globals)
        # The template's file, not the module's, is what a template error names.
        return environment.template_class.from_code(
            environment, code.replace(co_filename=filename), {} if globals is None else globals,
            uptodate)


class TemplateEnvironment(Environment):
    """A Jinja environment made by a :class:`Templates`, which it names as its ``owner`` (so a
    template function can render cards with the templates of the page it is on)."""

    owner: Templates


class Templates:
    """mmc's templates and stylesheets under the template folders ``pack_dirs`` (highest
    priority first; see :func:`mmc.pack_template_dirs`).

    A pack's ``templates/card.css`` or ``templates/card-front.html`` replaces mmc's own file
    of that name; its ``templates/card.extra.css`` is added after mmc's ``card.css``. The
    environments are made on first use and kept with their compiled templates; Jinja checks
    templates for edits unless :meth:`fixed`.
    """

    def __init__(self, pack_dirs: Sequence[Path] = ()) -> None:
        self.pack_dirs: tuple[Path, ...] = tuple(pack_dirs)
        self._environments: dict[str, TemplateEnvironment] = {}
        self._auto_reload = True

    @classmethod
    def installed(cls) -> Templates:
        """The templates of mmc and of every installed content pack."""
        return cls(pack_template_dirs())

    def environment(self, package: str = "mmc.render") -> TemplateEnvironment:
        """The environment over ``package``'s ``templates`` folder under the pack folders
        (``mmc.render``: cards and sheets; ``mmc.site``: the website, whose builder adds its
        own globals). Both are autoescaped and strict about undefined names."""
        env = self._environments.get(package)
        if env is None:
            env = TemplateEnvironment(
                loader=ChoiceLoader(
                    [pack_loader(self.pack_dirs), _BundledLoader(package)]
                ),
                autoescape=True,
                undefined=StrictUndefined,
                trim_blocks=True,
                lstrip_blocks=True,
                bytecode_cache=bytecode_cache(),
                auto_reload=self._auto_reload,
            )
            env.owner = self
            env.globals["stylesheet"] = self.stylesheet
            self._environments[package] = env
        return env

    def render(self, name: str, **context: Any) -> str:
        """Render the card or sheet template ``name`` (a pack's template may replace it)."""
        with self.errors():
            return self.environment().get_template(name).render(**context)

    def pack_file(self, name: str) -> Path | None:
        """The pack file that replaces mmc's file ``name``, if any."""
        return next((found for d in self.pack_dirs if (found := pack_file(d, name))), None)

    def stylesheet(self, name: str) -> str:
        """The text of a stylesheet, e.g. ``stylesheet("card.css")``, read when asked for.

        A content pack's ``templates/card.css`` replaces mmc's own; a pack's
        ``templates/card.extra.css`` is appended to it (packs in load order), which is the
        easy way to restyle a few things.
        """
        base = self.pack_file(name)
        text = (
            _read_pack_text(base, name)
            if base
            else resources.files("mmc.render").joinpath("templates", name).read_text("utf-8")
        )
        extra = name.removesuffix(".css") + ".extra.css"
        for folder in reversed(self.pack_dirs):
            found = pack_file(folder, extra)
            if found is not None:
                text += "\n" + _read_pack_text(found, extra)
        return text

    @contextlib.contextmanager
    def fixed(self) -> Iterator[None]:
        """Meanwhile, templates are not checked for edits (each ``include`` of each page
        would stat the files); a site build renders with its templates fixed. Environments
        made meanwhile are fixed too."""
        before = self._auto_reload
        self._set_auto_reload(False)
        try:
            yield
        finally:
            self._set_auto_reload(before)

    def _set_auto_reload(self, value: bool) -> None:
        self._auto_reload = value
        for env in self._environments.values():
            env.auto_reload = value

    @contextlib.contextmanager
    def errors(self) -> Iterator[None]:
        """Meanwhile, a template error in a content pack's template (a missing include such
        as ``../x.html`` or ``/etc/x``, a syntax error, an undefined name) is an
        :class:`~mmc.errors.MmcError` naming the pack's file and line; others propagate."""
        try:
            yield
        except TemplateError as exc:
            where = self._pack_frame(exc)
            if isinstance(exc, TemplateSyntaxError) and exc.filename:
                where = self._in_pack(exc.filename, exc.lineno) or where
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

    def _in_pack(self, filename: str, line: int | None) -> tuple[str, int | None] | None:
        path = Path(filename)
        for folder in self.pack_dirs:
            if path.is_relative_to(folder):
                return str(path), line
        return None

    def _pack_frame(self, exc: BaseException) -> tuple[str, int | None] | None:
        """The innermost traceback frame in a pack's template, as (file, line)."""
        found = None
        tb = exc.__traceback__
        while tb is not None:
            hit = self._in_pack(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
            found = hit or found
            tb = tb.tb_next
        return found
