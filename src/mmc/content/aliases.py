"""More names for muscles, given by the project instead of in the muscle's own file.

The ``aliases`` setting of ``mmc.toml`` (muscle id -> names) adds names to muscles without
copying their files: after every source is read, each name is added to its muscle's
``aliases``, so :meth:`~mmc.model.library.Library.find_muscle`, the planner's targets, the
importers and the site all know it. A name that already belongs to another muscle, or an id
that no muscle has, is a problem naming the settings file, its line and the fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from mmc.content.problems import Collector
from mmc.content.references import Item
from mmc.errors import Problem
from mmc.model.library import name_key
from mmc.suggest import did_you_mean

__all__ = ["add_aliases"]


def add_aliases(
    muscles: dict[str, Item],
    aliases: Mapping[str, Iterable[str]],
    file: str | None,
    out: Collector,
) -> None:
    """Add ``aliases`` (muscle id -> names) to ``muscles`` in place; problems to ``out``.

    ``file`` is where the setting was read (for messages). A name the muscle already has is
    left as it is.
    """
    if not isinstance(aliases, Mapping):
        out.problems.append(Problem(
            f"aliases must map muscle ids to lists of names, not {type(aliases).__name__}",
            file=file, field="aliases", fix='write [aliases] with latissimus-dorsi = ["lats"]'))
        return
    names = _names(muscles)
    lines = _Lines(file)
    for muscle_id, given in sorted(aliases.items(), key=lambda kv: str(kv[0])):
        entry = muscles.get(muscle_id) if isinstance(muscle_id, str) else None
        if entry is None:
            out.problems.append(Problem(
                f"no muscle has the id '{muscle_id}'", file=file,
                line=lines.of(str(muscle_id)), field=f"aliases.{muscle_id}",
                fix=did_you_mean(str(muscle_id), muscles) or "use a muscle id (`mmc list "
                "muscles` lists them; e.g. latissimus-dorsi)"))
            continue
        if isinstance(given, str) or not isinstance(given, Iterable):
            out.problems.append(Problem(
                f"the names of '{muscle_id}' must be a list",
                file=file, line=lines.of(muscle_id), field=f"aliases.{muscle_id}",
                fix=f'write {muscle_id} = ["one name", "another"]'))
            continue
        added = _new_names(muscle_id, list(given), names, file, lines, out)
        if added:
            model = entry.model
            muscles[muscle_id] = replace(
                entry, model=model.model_copy(update={"aliases": [*model.aliases, *added]})
            )


def _names(muscles: Mapping[str, Item]) -> dict[str, str]:
    """Every name a muscle is found by (as :class:`~mmc.model.library.Library` reads them)
    -> its muscle id; the first muscle by id keeps a shared name, as in the library."""
    names: dict[str, str] = {}
    for muscle_id in sorted(muscles):
        muscle = muscles[muscle_id].model
        for name in (muscle.id, muscle.name, muscle.latin, *muscle.aliases):
            names.setdefault(name_key(name), muscle_id)
    return names


def _new_names(
    muscle_id: str, given: list[object], names: dict[str, str], file: str | None,
    lines: _Lines, out: Collector,
) -> list[str]:
    """The names of ``given`` that the muscle does not have yet (added to ``names``); a name
    of another muscle, or one that is not text, is reported."""
    added: list[str] = []
    for index, name in enumerate(given):
        key = name_key(name) if isinstance(name, str) else ""
        owner = names.get(key) if key else None
        if key and owner is None:
            names[key] = muscle_id
            added.append(str(name))
            continue
        if key and owner == muscle_id:
            continue  # a name the muscle already has
        message, fix = (
            (f"'{name}' already names the muscle '{owner}'",
             f"remove it from the aliases of {muscle_id} (one name finds one muscle)")
            if key else
            (f"{name!r} is not a name", "write each name as visible text in quotes")
        )
        out.problems.append(Problem(message, file=file, line=lines.of(muscle_id),
                                    field=f"aliases.{muscle_id}[{index}]", fix=fix))
    return added


class _Lines:
    """Lines of muscle ids in the settings file, read once and only for a message."""

    def __init__(self, file: str | None) -> None:
        self.file = file
        self.text: str | None = None

    def of(self, muscle_id: str) -> int | None:
        if self.file is None:
            return None
        if self.text is None:
            try:
                self.text = Path(self.file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                self.text = ""
        key = re.escape(muscle_id)
        match = re.search(rf"^[ \t]*[\"']?{key}[\"']?[ \t]*=", self.text, re.MULTILINE)
        return self.text.count("\n", 0, match.start()) + 1 if match else None
