"""The static search index: one small JSON file the browser searches by itself.

Each entry carries the words a lifter might type: an exercise's name, its muscles' names,
Latin names and every alias other datasets use (``lats``, ``glutes``), its equipment and
movement pattern. The index is sorted so that two builds write the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from mmc.model.library import Library

__all__ = ["search_index", "search_json", "search_script"]


def _muscle_words(lib: Library, muscle_id: str) -> list[str]:
    muscle = lib.muscles.get(muscle_id)
    if muscle is None:
        return [muscle_id]
    words = [muscle.name, muscle.latin, *muscle.aliases]
    parent = lib.muscles.get(muscle.parent) if muscle.parent else None
    if parent is not None:
        words += [parent.name, *parent.aliases]
    return words


def _unique(words: list[str]) -> str:
    seen: dict[str, None] = {}
    for word in words:
        key = word.strip().lower()
        if key:
            seen.setdefault(key, None)
    return " | ".join(seen)


def search_index(lib: Library) -> list[dict[str, Any]]:
    """Entries ``{t: title, u: url, k: kind, d: detail, w: words}``, sorted by kind and url."""
    entries: list[dict[str, Any]] = []
    for exercise in lib.exercises.values():
        primary = [w for m in exercise.primary for w in _muscle_words(lib, m)]
        secondary = [w for m in exercise.secondary for w in _muscle_words(lib, m)]
        names = ", ".join(lib.muscles[m].name for m in exercise.primary if m in lib.muscles)
        entries.append(
            {
                "k": "exercise",
                "t": exercise.name,
                "u": f"exercises/{exercise.id}/",
                "d": f"{names} · {', '.join(e.replace('-', ' ') for e in exercise.equipment)}",
                "p": _unique(primary),
                "w": _unique(
                    [*secondary, *exercise.equipment, exercise.pattern.replace("-", " "),
                     exercise.mechanic]
                ),
            }
        )
    for muscle in lib.muscles.values():
        entries.append(
            {
                "k": "muscle",
                "t": muscle.name,
                "u": f"muscles/{muscle.id}/",
                "d": muscle.latin,
                "p": _unique(_muscle_words(lib, muscle.id)),
                "w": _unique([muscle.group]),
            }
        )
    for drill in lib.drills.values():
        targets = [w for m in drill.targets for w in _muscle_words(lib, m)]
        entries.append(
            {
                "k": "drill",
                "t": drill.name,
                "u": f"drills/{drill.id}/",
                "d": f"{drill.kind} drill · {drill.minutes:g} min",
                "p": _unique(targets),
                "w": _unique([drill.kind]),
            }
        )
    for page in lib.pages.values():
        entries.append(
            {"k": "guide", "t": page.title, "u": f"guide/{page.id}/", "d": page.summary,
             "p": "", "w": _unique(page.summary.split())}
        )
    entries.sort(key=lambda e: (e["k"], e["u"]))
    return entries


def search_json(lib: Library) -> bytes:
    """The index as compact, deterministic JSON."""
    text = json.dumps(search_index(lib), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


def search_script(index_json: bytes) -> bytes:
    """The index as a script that sets ``window.mmcSearchIndex``: a page opened from disk
    (``file://``) may load a script but not fetch a JSON file."""
    return b"window.mmcSearchIndex = " + index_json.rstrip(b"\n") + b";\n"
