"""Project settings: an ``mmc.toml``, or ``[tool.mmc]`` in ``pyproject.toml``.

The project is the nearest folder, from the working directory up, that holds one of them
(:func:`find_project`). Every setting has a default, so a folder with neither builds the
bundled library and its own ``content/``. Unknown or mistyped settings are errors naming the
file, the line and the fix.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, field_validator

from mmc.errors import InvalidValueError, MmcError
from mmc.model.common import Equipment, Frozen, Level, Slug, empty_dict, empty_list
from mmc.render.geometry import CardSizeName
from mmc.suggest import did_you_mean

__all__ = [
    "CONFIG_FILES",
    "SampleSession",
    "SiteConfig",
    "find_config",
    "find_project",
    "load_config",
]

#: Files looked for, in order, in each folder from the working directory up.
CONFIG_FILES = ("mmc.toml", "pyproject.toml")


class SampleSession(Frozen):
    """A sample session the site plans and publishes with its printable sheet."""

    id: Slug
    title: str = Field(min_length=1)
    targets: list[Slug] = Field(default_factory=empty_list, description="Muscle ids to train.")
    equipment: list[Equipment] = Field(default_factory=empty_list, description="Equipment at hand.")
    minutes: int = Field(default=45, gt=0, le=240)
    level: Level = Field(default="beginner")


class SiteConfig(Frozen):
    """Settings of ``mmc build`` (all optional)."""

    title: str = Field(default="mmc cue cards", min_length=1, description="Site title.")
    description: str = Field(
        default="Cue cards for the mind-muscle connection: feel every rep in the muscle you mean"
        " to train.",
        description="One line under the title and in the page metadata.",
    )
    base_url: str = Field(
        default="", description="Where the site is published, e.g. https://example.org/cues/."
    )
    content: list[str] | None = Field(
        default=None,
        description="Content directories, read after the bundled library and packs (default: "
        "the project's content/ when it exists).",
    )
    bundled: bool = Field(
        default=True,
        description="Read the library shipped with mmc first; false when the project holds "
        "its own copy (mmc new --from-bundled).",
    )
    packs: list[str] | None = Field(
        default=None, description="Content packs to load (names); None loads every installed one."
    )
    out: str = Field(default="site", min_length=1, description="Output directory.")
    static: str = Field(
        default="static",
        min_length=1,
        description="A folder whose files are copied into the site as they are (a CNAME, "
        "a logo, favicons); a file may not replace a page mmc writes.",
    )
    cache_dir: str = Field(
        default=".mmc-cache",
        min_length=1,
        description="Where the parsed-content cache lives; rendered pages are kept in the "
        "user's cache folder (~/.cache/mmc), one per cache_dir.",
    )
    card_size: CardSizeName = Field(
        default="a6", description="Card size on exercise pages."
    )
    sessions: list[SampleSession] | None = Field(
        default=None, description="Sample sessions to publish; None uses a built-in set."
    )
    aliases: dict[Slug, list[str]] = Field(
        default_factory=empty_dict,
        description="More names for muscles, by muscle id (``latissimus-dorsi = [\"lat "
        "muscle\"]``), without copying the muscle file; every command reads them (mmc plan "
        "-t, mmc check, the site's search), and 'mmc import' maps dataset values through them.",
    )
    root: str = Field(default=".", description="Directory relative paths are resolved against.")
    config_file: str | None = Field(
        default=None, description="The settings file read (set by load_config, not by you)."
    )

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if value and not re.match(r"^https?://[^\s]+$", value):
            raise ValueError("base_url must start with http:// or https://")
        return value if not value or value.endswith("/") else value + "/"

    @field_validator("sessions")
    @classmethod
    def _unique_sessions(cls, value: list[SampleSession] | None) -> list[SampleSession] | None:
        seen: set[str] = set()
        for spec in value or ():
            if spec.id in seen:
                raise ValueError(f"two sample sessions have the id '{spec.id}'; give each its own")
            seen.add(spec.id)
        return value

    def path(self, value: str) -> Path:
        """A configured path, resolved against the config file's directory (a leading
        ``~`` is the home directory, as in a shell)."""
        path = Path(value).expanduser() if value.startswith("~") else Path(value)
        return path if path.is_absolute() else Path(self.root) / path

    @property
    def content_dirs(self) -> list[Path]:
        """The project's content directories: ``content``, else ``content/`` if it exists."""
        if self.content is None:
            default = self.path("content")
            return [default] if default.is_dir() else []
        return [self.path(p) for p in self.content]


def find_config(cwd: Path | None = None) -> Path | None:
    """The first of ``mmc.toml`` or a ``pyproject.toml`` with ``[tool.mmc]`` in ``cwd``."""
    base = cwd or Path.cwd()
    for name in CONFIG_FILES:
        candidate = base / name
        if not candidate.is_file():
            continue
        if name == "pyproject.toml":
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                return candidate  # load_config reports the problem with its location
            if "mmc" not in data.get("tool", {}):
                continue
        return candidate
    return None


def find_project(start: Path | None = None) -> tuple[Path, Path | None]:
    """The project folder for ``start`` (default: the working directory) and its settings file.

    Like git, the nearest folder from ``start`` up that holds ``mmc.toml`` or a
    ``pyproject.toml`` with ``[tool.mmc]``. Without one, the folder whose ``content/`` holds
    ``start`` (so a command run inside ``content/`` works on the project around it), else
    ``start`` itself.
    """
    base = (start or Path.cwd()).absolute()
    folders = [base, *base.parents]
    for folder in folders:
        found = find_config(folder)
        if found is not None:
            return folder, found
    for folder in folders:
        content = folder / "content"
        if content.is_dir() and (base == content or base.is_relative_to(content)):
            return folder, None
    return base, None


def _line_of(text: str, key: str) -> int | None:
    """The line of ``key = ...`` or of a ``[key]`` / ``[[key]]`` table header."""
    name = re.escape(key)
    pattern = re.compile(
        rf"^[ \t]*(?:{name}[ \t]*=|\[\[?[ \t]*(?:tool\.mmc\.)?{name}[ \t]*\]\]?)",
        re.MULTILINE,
    )
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _read_settings(path: Path) -> str:
    """The text of a settings file; one that is not UTF-8 is an error naming the line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MmcError(f"cannot read the settings: {exc.strerror}", file=path,
                       fix="check the file's permissions") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MmcError(
            "the settings file is not UTF-8 text",
            file=path,
            line=raw[: exc.start].count(b"\n") + 1,
            fix="save it as UTF-8 (TOML files are UTF-8)",
        ) from None


def _section(path: Path, text: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise MmcError(
            f"invalid TOML: {exc}",
            file=path,
            line=int(match.group(1)) if match else None,
            fix="check the quoting and brackets of the settings",
        ) from None
    if path.name == "pyproject.toml" or "tool" in data:
        section = data.get("tool", {}).get("mmc", {})
    else:
        section = data
    if not isinstance(section, dict):
        raise MmcError("[tool.mmc] must be a table of settings", file=path)
    return section


def load_config(
    path: str | Path | None = None, *, cwd: Path | None = None, **overrides: Any
) -> SiteConfig:
    """Read the site settings from ``path`` (or the first config file found in ``cwd``).

    Without ``path``, the project's settings are looked for from ``cwd`` (default: the
    working directory) up (:func:`find_project`). ``overrides`` (for example ``out=...``
    from the command line) win over the file.
    """
    base = cwd or Path.cwd()
    project, found = find_project(base)
    file = Path(path) if path is not None else found
    data: dict[str, Any] = {}
    text = ""
    if file is not None:
        if not file.is_file():
            raise MmcError(
                f"config file {file} does not exist",
                file=file,
                fix="pass a pyproject.toml with [tool.mmc] or an mmc.toml",
            )
        text = _read_settings(file)
        data = dict(_section(file, text))
        root = file.resolve().parent
    else:
        root = project.resolve()
    data.pop("root", None)
    data.pop("config_file", None)
    data.update({k: v for k, v in overrides.items() if v is not None})
    data["root"] = str(root)
    data["config_file"] = str(file.absolute()) if file is not None else None
    try:
        return SiteConfig.model_validate(data)
    except InvalidValueError as exc:
        detail = exc.errors()[0]
        loc = [str(p) for p in detail["loc"]]
        key = loc[0] if loc else ""
        fix = (
            "see the settings in docs/index.md (title, description, base_url, content, "
            "bundled, packs, out, static, cache_dir, card_size, sessions, aliases)"
        )
        if detail["type"] == "extra_forbidden":
            message = f"unknown setting '{key}'"
            fix = did_you_mean(key, SiteConfig.model_fields) or fix
        else:
            message = str(detail["msg"]).removeprefix("Value error, ")
        raise MmcError(
            message,
            file=file,
            line=_line_of(text, key) if key else None,
            field=".".join(loc) or None,
            fix=fix,
        ) from None
