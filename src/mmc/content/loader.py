"""Read content directories into a checked, immutable :class:`~mmc.model.library.Library`.

Sources are read in order: the bundled content, then installed content packs, then the
directories given. A later source may add items; it may replace an item of the same id only
when the new file says ``overrides: true``. Every problem of every file is collected; nothing
stops at the first.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mmc.content.anatomy import VERIFIED_IDS, VERIFIED_TA2
from mmc.content.frontmatter import MAX_FILE_BYTES, Document, parse_document, sections
from mmc.errors import ContentErrors, InvalidValueError, MmcError, Problem
from mmc.model.common import SLUG_PATTERN, Frozen, closest, describe_detail, field_path
from mmc.model.drill import Drill
from mmc.model.exercise import Exercise
from mmc.model.library import Library
from mmc.model.muscle import Muscle
from mmc.model.page import Page

__all__ = ["KINDS", "CheckResult", "Source", "bundled_content_dir", "check_content", "load_library"]

ContentModel = Muscle | Exercise | Drill | Page

#: Sub-directory of a content directory -> (kind, model).
KINDS: dict[str, tuple[str, type[ContentModel]]] = {
    "muscles": ("muscle", Muscle),
    "exercises": ("exercise", Exercise),
    "drills": ("drill", Drill),
    "pages": ("page", Page),
}
#: Body headings of an exercise file -> model field.
EXERCISE_SECTIONS = {
    "set up": "setup",
    "setup": "setup",
    "visualise": "visualise",
    "visualize": "visualise",
    "common mistakes": "mistakes",
    "mistakes": "mistakes",
    "instructions": "instructions",
}
#: The field that holds the Markdown body, for kinds without sections.
BODY_FIELD = {"muscle": "description", "drill": "description", "page": "body"}
_BODY_ONLY = {"setup", "visualise", "mistakes", "notes", "instructions", "description", "body"}
_SLUG = re.compile(SLUG_PATTERN)
#: Names Windows reserves for devices: a page called con.html cannot be written there.
_RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)


@dataclass(frozen=True, slots=True)
class Source:
    """A content directory and where it came from (``bundled``, a pack name, or ``path``)."""

    path: Path
    origin: str = "path"


@dataclass(slots=True)
class _Item:
    kind: str
    model: Any
    doc: Document
    origin: str


@dataclass(slots=True)
class CheckResult:
    """What :func:`check_content` found: the library (if it loaded) and every problem."""

    library: Library | None
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]


def bundled_content_dir() -> Path:
    """The content shipped with mmc (inside the wheel, or the repository's ``content/``)."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_content"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "content"


@dataclass(slots=True)
class _Unvalidated:
    """A file that failed validation: its raw front matter, whose references are still
    checked (so one run reports them with the field errors), and the fields already in error."""

    kind: str
    doc: Document
    bad: set[tuple[str | int, ...]]


class _Collector:
    """Accumulates problems with positions resolved from documents."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.unvalidated: list[_Unvalidated] = []

    def add(
        self,
        doc: Document | None,
        path: Sequence[str | int],
        message: str,
        fix: str | None = None,
        *,
        warning: bool = False,
        file: str | None = None,
    ) -> None:
        line: int | None = None
        column: int | None = None
        if doc is not None:
            line, column = doc.position(tuple(path))
            file = doc.path
        self.problems.append(
            Problem(
                message=message,
                file=file,
                line=line,
                column=column,
                field=field_path(path) or None,
                fix=fix,
                warning=warning,
            )
        )

    def error(self, error: MmcError) -> None:
        self.problems.extend(error.problems)


def _validation_problems(
    out: _Collector, doc: Document, model: type[ContentModel], exc: InvalidValueError
) -> set[tuple[str | int, ...]]:
    """Record a failed validation; returns the field paths in error."""
    fields = list(model.model_fields)
    bad: set[tuple[str | int, ...]] = set()
    for detail in exc.errors():
        bad.add(tuple(detail["loc"]))
        loc, message, fix = describe_detail(
            detail, fields, schema_hint="see `mmc schema` for the expected type"
        )
        name = str(loc[-1]) if loc else ""
        if detail["type"] == "missing":
            fix = f"add '{name}: ...' to the front matter"
        elif detail["type"] == "extra_forbidden" and len(loc) == 1:
            if name in _BODY_ONLY:
                fix = "write it in the Markdown body below the front matter, not as a field"
            else:
                fix += f" (fields: {', '.join(f for f in fields if f not in _BODY_ONLY)})"
        out.add(doc, loc, message, fix)
    return bad


def _body_fields(kind: str, doc: Document, out: _Collector) -> dict[str, str]:
    if kind != "exercise":
        return {BODY_FIELD[kind]: doc.body.strip()}
    preamble, found = sections(doc.body, doc.body_line)
    fields: dict[str, str] = {"notes": preamble} if preamble else {}
    for section in found:
        target = EXERCISE_SECTIONS.get(section.title.strip().lower())
        if target is None:
            out.problems.append(
                Problem(
                    message=f"unknown section '## {section.title}'",
                    file=doc.path,
                    line=section.line,
                    column=1,
                    field="body",
                    fix="use '## Set up', '## Visualise' and '## Common mistakes'",
                )
            )
        elif target in fields:
            out.problems.append(
                Problem(
                    message=f"section '## {section.title}' appears twice",
                    file=doc.path,
                    line=section.line,
                    column=1,
                    field="body",
                    fix="merge the two sections",
                )
            )
        else:
            fields[target] = section.text
    return fields


def _read_item(
    kind: str, model: type[ContentModel], path: Path, display: str, out: _Collector
) -> tuple[Any, Document] | None:
    try:
        raw = _read_regular(path)
    except _NotRegular as exc:
        out.problems.append(
            Problem(
                f"not a regular file ({exc.args[0]}): it is not read",
                file=display,
                fix="replace it with an ordinary Markdown file, or remove it",
            )
        )
        return None
    except _TooLarge as exc:
        out.problems.append(
            Problem(
                f"file is {exc.args[0] / 1_048_576:.1f} MB, larger than the "
                f"{MAX_FILE_BYTES // 1_048_576} MB limit for one content file",
                file=display,
                line=1,
                column=1,
                fix="content files hold one item each; split or shorten it",
            )
        )
        return None
    except OSError as exc:
        out.problems.append(
            Problem(f"cannot read file: {exc.strerror}", file=display, fix="check permissions")
        )
        return None
    return _parse_item(kind, model, raw, path.name, display, out)


class _NotRegular(Exception):
    """A content path that is a FIFO, a device, a socket or a folder: never read."""


class _TooLarge(Exception):
    """A content file over :data:`MAX_FILE_BYTES` (its size in bytes)."""


def _read_regular(path: Path) -> bytes:
    """The bytes of the regular file at ``path``.

    Opened without blocking and checked on the open file: a FIFO named ``x.md`` would
    otherwise wait forever for a writer, and a device would be read without end.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
    except OSError:
        os.close(fd)
        raise
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISDIR, "a folder"),
                 (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                 (stat.S_ISBLK, "a device"))
        raise _NotRegular(next((name for test, name in kinds if test(st.st_mode)),
                               "a special file"))
    with open(fd, "rb", closefd=True) as handle:
        if st.st_size > MAX_FILE_BYTES:
            raise _TooLarge(st.st_size)
        return handle.read(MAX_FILE_BYTES + 1)


#: Files parsed cleanly, by path, kind and stat (see :func:`remember_parsed`).
_PARSED: ContextVar[dict[tuple[Any, ...], tuple[Any, Document]] | None] = ContextVar(
    "mmc_parsed", default=None
)
_USED: ContextVar[set[Any]] = ContextVar("mmc_parsed_used")


@contextlib.contextmanager
def remember_parsed(store: dict[tuple[Any, ...], tuple[Any, Document]]) -> Iterator[set[Any]]:
    """Meanwhile, a file whose path, size, times and inode match an entry of ``store`` is
    not read again; a file read without a problem is added. Yields the keys used.

    Only for callers that also key ``store`` on the loader's code (the site build cache).
    """
    used: set[Any] = set()
    token, used_token = _PARSED.set(store), _USED.set(used)
    try:
        yield used
    finally:
        _PARSED.reset(token)
        _USED.reset(used_token)


def remember_key(kind: str, path: Path, display: str) -> tuple[Any, ...] | None:
    """The key of a file in a :func:`remember_parsed` store: its path, size, times, inode."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (str(path), display, kind, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def content_files(
    *dirs: str | Path, bundled: bool = True, packs: bool | Iterable[str] | None = True
) -> list[tuple[str, type[ContentModel], Path, str]]:
    """``(kind, model, path, display)`` of the files :func:`load_library` reads, in order."""
    out = _Collector()
    return [f for source in _sources(dirs, bundled, packs, out) for f in _source_files(source, out)]


def parse_clean(
    kind: str, model: type[ContentModel], path: Path, display: str
) -> tuple[tuple[Any, ...], tuple[Any, Document]] | None:
    """The :func:`remember_parsed` entry of a file that reads without a problem, else None.

    Lets a caller parse files ahead (in other processes) and hand the loader the results.
    """
    key = remember_key(kind, path, display)
    out = _Collector()
    found = _read_item(kind, model, path, display, out)
    if key is None or found is None or out.problems:
        return None
    return key, found


def _read_remembered(
    kind: str, model: type[ContentModel], path: Path, display: str, out: _Collector
) -> tuple[Any, Document] | None:
    store = _PARSED.get()
    key = None if store is None else remember_key(kind, path, display)
    if store is None or key is None:
        return _read_item(kind, model, path, display, out)
    found = store.get(key)
    if found is None:
        before = len(out.problems)
        found = _read_item(kind, model, path, display, out)
        if found is None or len(out.problems) != before:
            return found
        store[key] = found
    _USED.get().add(key)
    return found


def _parse_item(
    kind: str, model: type[ContentModel], raw: bytes, name: str, display: str, out: _Collector
) -> tuple[Any, Document] | None:
    """Turn one file's bytes into a validated item, or record why not."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        out.problems.append(
            Problem("file is not UTF-8 text", file=display, line=line, fix="save the file as UTF-8")
        )
        return None
    try:
        doc = parse_document(text, display)
    except MmcError as exc:
        out.error(exc)
        return None
    data = dict(doc.data)
    for key in sorted(
        k for k in data if isinstance(k, str) and k in _BODY_ONLY and k in model.model_fields
    ):
        out.add(
            doc,
            (key,),
            f"'{key}' belongs in the Markdown body, not the front matter",
            "move it below the closing '---'",
        )
        data.pop(key)
    data.update(_body_fields(kind, doc, out))
    try:
        item = model.model_validate(data)
    except InvalidValueError as exc:
        bad = _validation_problems(out, doc, model, exc)
        out.unvalidated.append(_Unvalidated(kind, doc, bad))
        return None
    item_id = item.id
    stem = name.removesuffix(".md")
    if stem != item_id:
        out.add(
            doc,
            ("id",),
            f"id '{item_id}' does not match the file name '{name}'",
            f"rename the file to '{item_id}.md' or change the id to '{stem}'",
        )
        out.unvalidated.append(_Unvalidated(kind, doc, set()))
        return None
    return item, doc


def check_bytes(kind: str, raw: bytes, name: str = "item.md") -> list[Problem]:
    """Check one file's bytes as content of ``kind`` (no cross-references): for fuzzing."""
    out = _Collector()
    model = next(m for k, m in KINDS.values() if k == kind)
    _parse_item(kind, model, raw, name, name, out)
    return out.problems


def _source_files(
    source: Source, out: _Collector
) -> Iterable[tuple[str, type[ContentModel], Path, str]]:
    base = source.path
    if not base.is_dir():
        out.problems.append(
            Problem(
                f"content directory {base} does not exist",
                file=str(base),
                fix="pass a directory holding muscles/, exercises/, drills/ or pages/",
            )
        )
        return
    root = base.resolve()
    for sub, (kind, model) in KINDS.items():
        folder = base / sub
        if not folder.is_dir():
            continue
        seen: dict[str, Path] = {}
        try:
            prefix = str(folder.relative_to(Path.cwd()))
        except ValueError:
            prefix = str(folder)
        prefix = "" if prefix == "." else prefix + os.sep
        real_folder = folder.resolve()
        # One directory read: names and link flags (what folder.glob("*.md") would list).
        with os.scandir(folder) as entries:
            found = sorted(
                (entry.name, entry.is_symlink())
                for entry in entries
                if entry.name.endswith(".md") and not entry.name.startswith(".")
            )
        for name, link in found:
            path = folder / name
            display = prefix + name
            # Only a link needs resolving on its own: other files are in the real folder.
            resolved = path.resolve() if link else real_folder / name
            problem = _unsafe_path(path, root, seen, resolved)
            if problem:
                message, fix = problem
                out.problems.append(
                    Problem(message, file=display, line=1, column=1, field="id", fix=fix)
                )
                continue
            yield kind, model, path, display


def _unsafe_path(
    path: Path, root: Path, seen: dict[str, Path], resolved: Path | None = None
) -> tuple[str, str] | None:
    """Why a content file may not be read or published under its name, if it may not."""
    resolved = path.resolve() if resolved is None else resolved
    if not resolved.is_relative_to(root):
        return (
            f"file links outside the content directory (to {resolved})",
            "copy the file into the content directory instead of linking to it",
        )
    stem = path.name.removesuffix(".md")
    if stem.split(".")[0].lower() in _RESERVED_NAMES:
        return (
            f"'{stem}' is a reserved file name on Windows",
            "choose another id and file name",
        )
    folded = stem.casefold()
    if folded in seen:
        return (
            f"'{path.name}' and '{seen[folded].name}' differ only in case and would clash on "
            "case-insensitive file systems",
            "rename one of them (ids are lower-case slugs)",
        )
    seen[folded] = path
    return None


#: Fields that name other items: (kind of the file, field) -> kind referred to.
_REFERENCE_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "muscle": (("parent", "muscle"), ("compensations", "muscle")),
    "exercise": (
        ("primary", "muscle"),
        ("secondary", "muscle"),
        ("easier", "exercise"),
        ("harder", "exercise"),
        ("variations", "exercise"),
    ),
    "drill": (("targets", "muscle"),),
}


def _references(
    kind: str, data: Any
) -> Iterator[tuple[tuple[str | int, ...], str, str]]:
    """``(field path, kind referred to, id)`` of every reference in a file's front matter
    (a validated model's fields, or the raw mapping of a file that failed validation)."""
    get: Any = (
        (lambda name: data.get(name)) if isinstance(data, dict)
        else (lambda name: getattr(data, name, None))
    )
    for name, target in _REFERENCE_FIELDS.get(kind, ()):
        value = get(name)
        if isinstance(value, str):
            yield (name,), target, value
        elif isinstance(value, list | tuple):
            for index, element in enumerate(value):
                if isinstance(element, str):
                    yield (name, index), target, element
    if kind == "exercise":
        cues = get("cues")
        for index, cue in enumerate(cues if isinstance(cues, list | tuple) else ()):
            muscle = cue.get("muscle") if isinstance(cue, dict) else getattr(cue, "muscle", None)
            if isinstance(muscle, str):
                yield ("cues", index, "muscle"), "muscle", muscle


def suggest_muscle(value: str, ids: Iterable[str], aliases: Mapping[str, str]) -> str | None:
    """The muscle id most like ``value``: an alias spelled exactly gives its muscle; else
    the nearest id, unless an alias is strictly nearer (then that alias's muscle)."""
    owner = aliases.get(value.casefold())
    if owner is not None:
        return owner
    folded = value.casefold()

    def score(option: str) -> float:
        return difflib.SequenceMatcher(None, folded, option.casefold()).ratio()

    near_id = closest(value, ids)
    near_alias = closest(folded, aliases)
    if near_id is None:
        return aliases[near_alias] if near_alias else None
    if near_alias is not None and score(near_alias) > score(near_id):
        return aliases[near_alias]
    return near_id


def _check_references(
    items: dict[str, dict[str, _Item]], out: _Collector, unvalidated: Sequence[_Unvalidated] = ()
) -> None:
    muscles = items["muscle"]
    exercises = items["exercise"]
    alias_owner: dict[str, tuple[str, _Item]] = {}
    for muscle_id, entry in muscles.items():
        for index, alias in enumerate(entry.model.aliases):
            key = alias.casefold()
            if key in alias_owner and alias_owner[key][0] != muscle_id:
                other = alias_owner[key][1]
                out.add(
                    entry.doc,
                    ("aliases", index),
                    f"alias '{alias}' is also an alias of "
                    f"'{alias_owner[key][0]}' ({other.doc.path})",
                    "keep each alias on one muscle",
                )
            elif key in muscles and key != muscle_id:
                out.add(
                    entry.doc,
                    ("aliases", index),
                    f"alias '{alias}' is the id of another muscle",
                    "remove the alias",
                )
            else:
                alias_owner[key] = (muscle_id, entry)
    aliases = {key: owner[0] for key, owner in alias_owner.items()}
    # A file that failed validation still names an item: links to it are not "unknown".
    pending = {
        kind: {str(u.doc.data["id"]) for u in unvalidated
               if u.kind == kind and isinstance(u.doc.data.get("id"), str)}
        for kind in ("muscle", "exercise")
    }

    def check(doc: Document, kind: str, own_id: object, data: Any,
              skip: set[tuple[str | int, ...]]) -> None:
        for path, target, value in _references(kind, data):
            if any(path[: len(bad)] == bad for bad in skip):
                continue  # its own error is already reported
            if kind == "exercise" and target == "exercise" and value == own_id:
                out.add(doc, path, "an exercise cannot link to itself", "remove it")
            elif target == "muscle" and value not in muscles:
                if value in pending["muscle"]:
                    continue
                guess = suggest_muscle(value, muscles, aliases)
                hint = (
                    f"did you mean '{guess}'?"
                    if guess
                    else "list the muscle ids with `mmc list muscles`, or add the muscle "
                    "to content/muscles/"
                )
                out.add(doc, path, f"unknown muscle '{value}'", hint)
            elif target == "exercise" and value not in exercises:
                if value in pending["exercise"]:
                    continue
                guess = closest(value, exercises)
                hint = (
                    f"did you mean '{guess}'?"
                    if guess
                    else "list the exercise ids with `mmc list exercises`, or add that "
                    "exercise, or remove the link"
                )
                out.add(doc, path, f"unknown exercise '{value}'", hint)

    for kind, group in items.items():
        for entry in group.values():
            check(entry.doc, kind, entry.model.id, entry.model, set())
    for failed in unvalidated:
        check(failed.doc, failed.kind, failed.doc.data.get("id"), failed.doc.data, failed.bad)

    for entry in muscles.values():
        muscle: Muscle = entry.model
        if muscle.parent == muscle.id:
            out.add(
                entry.doc, ("parent",), "a muscle cannot be its own parent", "remove 'parent'"
            )
        _check_anatomy_ids(entry, out)

    def family(muscle_id: str) -> set[str]:
        """The muscle and its parents (a head's cue belongs to the whole muscle)."""
        seen: set[str] = set()
        current: str | None = muscle_id
        while current is not None and current not in seen:
            seen.add(current)
            parent = muscles.get(current)
            current = parent.model.parent if parent is not None else None
        return seen

    for entry in exercises.values():
        exercise: Exercise = entry.model
        listed = {*exercise.primary, *exercise.secondary}
        # With a listed muscle unknown (reported above) the cue may be right once it is fixed.
        for index, cue in enumerate(exercise.cues if listed <= muscles.keys() else ()):
            if cue.muscle and cue.muscle in muscles and not family(cue.muscle) & listed:
                out.add(
                    entry.doc,
                    ("cues", index, "muscle"),
                    f"cue points to '{cue.muscle}', which is not among this exercise's "
                    "primary or secondary muscles",
                    f"add '{cue.muscle}' to 'secondary' (or 'primary'), or point the cue to "
                    "one of: " + ", ".join(sorted(listed)),
                )
        if not exercise.imported:
            for name, heading in (("visualise", "Visualise"), ("mistakes", "Common mistakes")):
                if not getattr(exercise, name).strip():
                    out.add(
                        entry.doc,
                        (),
                        f"no '## {heading}' section",
                        f"add a '## {heading}' section to the Markdown body",
                        warning=True,
                    )
        for warning in exercise.tempo.warnings():
            out.add(
                entry.doc, ("tempo",), warning, "shorten the eccentric or the pauses", warning=True
            )


def _check_parent_loops(muscles: dict[str, _Item], out: _Collector) -> None:
    """A muscle whose chain of parents comes back to itself: one error per loop."""
    done: set[str] = set()
    for start in sorted(muscles):
        chain: list[str] = []
        current: str | None = start
        while current is not None and current in muscles and current not in done:
            if current in chain:
                loop = chain[chain.index(current):]
                if len(loop) > 1:  # a muscle as its own parent is reported on its own
                    first = min(loop)
                    order = loop[loop.index(first):] + loop[:loop.index(first)]
                    out.add(
                        muscles[first].doc,
                        ("parent",),
                        "muscles form a loop of parents: " + " -> ".join([*order, first]),
                        "a head's parent is the whole muscle; remove 'parent' from one of them",
                    )
                break
            chain.append(current)
            current = muscles[current].model.parent
        done.update(chain)


def _check_difficulty_loops(exercises: dict[str, _Item], out: _Collector) -> None:
    """Exercises that are, through ``harder`` and ``easier`` links, harder than themselves."""
    # An edge a -> b: b is harder than a; each remembers the link that says so.
    edges: dict[str, dict[str, tuple[str, str, int]]] = {e: {} for e in exercises}
    for item_id in sorted(exercises):
        exercise: Exercise = exercises[item_id].model
        for index, other in enumerate(exercise.harder):
            if other in exercises and other != item_id:
                edges[item_id].setdefault(other, (item_id, "harder", index))
        for index, other in enumerate(exercise.easier):
            if other in exercises and other != item_id:
                edges[other].setdefault(item_id, (item_id, "easier", index))
    for component in _loops(edges):
        first = min(component)
        nxt = min(v for v in edges[first] if v in component)
        owner, relation, index = edges[first][nxt]
        names = ", ".join(sorted(component))
        out.add(
            exercises[owner].doc,
            (relation, index),
            f"harder/easier links go round in a loop: {names} are each harder than another "
            f"of them ('{nxt}' is harder than '{first}' here)",
            "an exercise cannot be both harder and easier than another; remove one link",
        )


def _loops(edges: dict[str, dict[str, Any]]) -> list[set[str]]:
    """The strongly connected parts of more than one node (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


@functools.lru_cache(maxsize=1)
def _invisible() -> str:
    """Characters that print as nothing: spaces, controls, format characters (zero-width
    space, joiners, direction marks) and the blank fillers of Hangul and Braille."""
    import unicodedata

    chars = [chr(c) for c in [*range(0x10000), *range(0xE0000, 0xE1000)]
             if unicodedata.category(chr(c)) in ("Cc", "Cf", "Zs", "Zl", "Zp")]
    return "".join(chars) + "\u115f\u1160\u2800\u3164\uffa0"


def _check_visible(entry: _Item, out: _Collector) -> None:
    """Text that is not empty yet shows nothing (a name of one zero-width space)."""
    invisible = _invisible()

    def walk(value: Any, path: tuple[str | int, ...]) -> None:
        if isinstance(value, str):
            if value and not value.strip(invisible):
                codes = ", ".join(sorted({f"U+{ord(c):04X}" for c in value})[:3])
                out.add(entry.doc, path, f"text shows nothing: it holds only invisible "
                        f"characters ({codes})", "write visible text, or remove the field")
        elif isinstance(value, list):
            for position, element in enumerate(value):
                walk(element, (*path, position))
        elif isinstance(value, Frozen):
            for name in type(value).model_fields:
                walk(getattr(value, name), (*path, name))

    walk(entry.model, ())


def _check_anatomy_ids(entry: _Item, out: _Collector) -> None:
    muscle: Muscle = entry.model
    expected = VERIFIED_IDS.get(muscle.id)
    owners = {ids[0]: mid for mid, ids in VERIFIED_IDS.items()} | {
        ids[1]: mid for mid, ids in VERIFIED_IDS.items()
    }
    for name, value, index in (("uberon", muscle.uberon, 0), ("fma", muscle.fma, 1)):
        if value is None:
            continue
        if expected is not None and value != expected[index]:
            out.add(
                entry.doc,
                (name,),
                f"{value} is not the id verified for {muscle.id}",
                f"use '{expected[index]}' (the ids verified in mmc.content.anatomy)",
            )
        elif expected is None and value in owners:
            out.add(
                entry.doc,
                (name,),
                f"{value} is the id of {owners[value]}, not {muscle.id}",
                "remove it, or use the id verified for this muscle",
            )
        elif expected is None:
            out.add(
                entry.doc,
                (name,),
                f"{value} is not among the ids mmc has verified (mmc.content.anatomy)",
                "check it against the ontology before publishing",
                warning=True,
            )
    ta2 = VERIFIED_TA2.get(muscle.id)
    if muscle.ta2 is not None and ta2 is not None and muscle.ta2 != ta2:
        out.add(
            entry.doc,
            ("ta2",),
            f"TA2 {muscle.ta2} is not the id verified for {muscle.id}",
            f"use {ta2}",
        )


def _sources(
    dirs: Sequence[str | Path], bundled: bool, packs: bool | Iterable[str] | None, out: _Collector
) -> list[Source]:
    """Bundled content, then installed packs (entry point name order), then ``dirs`` in order."""
    sources: list[Source] = []
    if bundled:
        sources.append(Source(bundled_content_dir(), "bundled"))
    if packs is not False:
        from mmc.content.packs import select_packs

        found, problems = select_packs(None if packs is True else packs)
        out.problems.extend(problems)
        sources.extend(Source(pack.path, pack.origin) for pack in found)
    for directory in dirs:
        if not isinstance(directory, str | os.PathLike):
            raise MmcError(f"a content directory must be a path, not {type(directory).__name__}",
                           fix="pass folders as strings or pathlib.Path objects")
        path = Path(directory)
        if any(
            path.exists() and s.path.exists() and path.resolve() == s.path.resolve()
            for s in sources
        ):
            continue
        sources.append(Source(path, "path"))
    return sources


def check_content(
    *dirs: str | Path, bundled: bool = True, packs: bool | Iterable[str] | None = True
) -> CheckResult:
    """Load and check content; never raises for content problems, returns them all.

    ``bundled`` loads the content shipped with mmc first; ``packs`` then the installed content
    packs (:mod:`mmc.content.packs`): ``True`` or ``None`` all of them, ``False`` none, or the
    packs named in a list; a directory equal to an earlier source is read once.
    """
    out = _Collector()
    items: dict[str, dict[str, _Item]] = {kind: {} for kind, _ in KINDS.values()}
    files = 0
    for source in _sources(dirs, bundled, packs, out):
        for kind, model, path, display in _source_files(source, out):
            files += 1
            read = _read_remembered(kind, model, path, display, out)
            if read is None:
                continue
            item, doc = read
            existing = items[kind].get(item.id)
            if existing is not None and not item.overrides:
                out.add(
                    doc,
                    ("id",),
                    f"duplicate {kind} id '{item.id}', also defined in {existing.doc.path}"
                    + ("" if existing.origin == "path" else f" ({existing.origin})"),
                    "rename one of them, or set 'overrides: true' in the later file to replace "
                    "the earlier one"
                    + (
                        "; if your content is a copy of the bundled library, set "
                        "'bundled = false' in mmc.toml (or pass --no-bundled)"
                        if existing.origin == "bundled"
                        else ""
                    ),
                )
                continue
            items[kind][item.id] = _Item(kind, item, doc, source.origin)
    _check_references(items, out, out.unvalidated)
    _check_parent_loops(items["muscle"], out)
    _check_difficulty_loops(items["exercise"], out)
    for group in items.values():
        for entry in group.values():
            _check_visible(entry, out)
    library = None
    if not any(not p.warning for p in out.problems):
        library = Library(
            muscles=(e.model for e in items["muscle"].values()),
            exercises=(e.model for e in items["exercise"].values()),
            drills=(e.model for e in items["drill"].values()),
            pages=(e.model for e in items["page"].values()),
            sources={
                (kind, item_id): e.doc.path
                for kind, group in items.items()
                for item_id, e in group.items()
            },
        )
    return CheckResult(library=library, problems=out.problems, files=files)


def load_library(
    *dirs: str | Path, bundled: bool = True, packs: bool | Iterable[str] | None = True
) -> Library:
    """Load the bundled content, then installed packs, then each directory given.

    Later sources add items, or replace an item of the same id when the later file says
    ``overrides: true``; any other clash is an error naming both files.

    Raises :class:`~mmc.errors.ContentErrors` listing every problem (file, line, column,
    field and fix) when anything is wrong.

    >>> lib = load_library()
    >>> lib.exercises["seated-cable-row"].primary[0]
    'latissimus-dorsi'
    """
    result = check_content(*dirs, bundled=bundled, packs=packs)
    if result.library is None:
        raise ContentErrors(result.errors)
    return result.library
