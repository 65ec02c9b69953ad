"""Split a content file into YAML front matter and a Markdown body, keeping positions.

Only safe YAML is read (PyYAML's C ``CSafeLoader`` when available). Anchors and aliases are
refused outright: content never needs them and they are the route to "billion laughs" bombs.
Every mapping key and sequence item keeps its line and column so that errors can point at
them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from mmc.errors import MmcError

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "Document",
    "Position",
    "Section",
    "parse_document",
    "sections",
]

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Content files larger than this are refused (a cue card never needs 2 MB of text).
MAX_FILE_BYTES = 2 * 1024 * 1024
#: Front matter nested deeper than this is refused.
MAX_DEPTH = 32
#: Front matter longer than this is scanned for nesting depth before it is composed.
_SCAN_ABOVE = 8 * 1024
#: Front matter with more YAML nodes than this is refused.
MAX_NODES = 50_000

Position = tuple[int, int]
"""1-based (line, column) in the file."""
FieldPath = tuple[str | int, ...]

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_SECTION = re.compile(r"^##\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed content file."""

    path: str
    data: dict[str, Any]
    body: str
    body_line: int
    positions: dict[FieldPath, Position] = field(default_factory=dict)

    def position(self, path: FieldPath) -> Position:
        """The closest known position of a field path (falls back to its parents)."""
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (1, 1))


@dataclass(frozen=True, slots=True)
class Section:
    """A ``## Heading`` section of a Markdown body."""

    title: str
    text: str
    line: int


def _error(path: str, message: str, line: int, column: int = 1, fix: str | None = None) -> MmcError:
    return MmcError(message, file=path, line=line, column=column, fix=fix)


def _walk(
    node: yaml.Node, path: FieldPath, line_offset: int, doc_path: str
) -> Iterator[tuple[FieldPath, Position]]:
    """Yield the position of every key and item; refuse aliases, depth and size bombs."""
    seen: set[int] = set()
    where_of: dict[FieldPath, Position] = {}
    count = 0
    stack: list[tuple[yaml.Node, FieldPath]] = [(node, path)]
    while stack:
        current, where = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise _error(
                doc_path,
                f"front matter has more than {MAX_NODES} values",
                line_offset + 1,
                fix="split the content into several files",
            )
        if len(where) > MAX_DEPTH:
            mark = current.start_mark
            raise _error(
                doc_path,
                f"front matter is nested more than {MAX_DEPTH} levels deep",
                mark.line + line_offset,
                mark.column + 1,
                fix="flatten the structure",
            )
        if isinstance(current, yaml.CollectionNode):
            if id(current) in seen:
                # Children are visited in document order, so this is the alias, not the anchor.
                # A sequence item's mark is the anchor's; its nearest key is where the alias is.
                key_path = where
                while key_path and not isinstance(key_path[-1], str):
                    key_path = key_path[:-1]
                line, column = where_of.get(key_path, (current.start_mark.line + line_offset, 1))
                raise _error(
                    doc_path,
                    "YAML anchors and aliases are not allowed in content",
                    line,
                    column,
                    fix="write the value out in full",
                )
            seen.add(id(current))
        children: list[tuple[yaml.Node, FieldPath]] = []
        if isinstance(current, yaml.MappingNode):
            keys: set[Any] = set()
            for key_node, value_node in current.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    mark = key_node.start_mark
                    raise _error(
                        doc_path,
                        "a key must be plain text, not a list or a mapping",
                        mark.line + line_offset,
                        mark.column + 1,
                        fix="write 'field: value' with a plain name before the colon",
                    )
                key: Any = key_node.value
                if (key_node.tag, key) in keys:
                    mark = key_node.start_mark
                    raise _error(
                        doc_path,
                        f"duplicate key {key!r}",
                        mark.line + line_offset,
                        mark.column + 1,
                        fix="keep one of them",
                    )
                keys.add((key_node.tag, key))
                mark = key_node.start_mark
                child = (*where, key)
                where_of[child] = (mark.line + line_offset, mark.column + 1)
                yield child, where_of[child]
                children.append((value_node, child))
        elif isinstance(current, yaml.SequenceNode):
            for index, item in enumerate(current.value):
                mark = item.start_mark
                child = (*where, index)
                where_of[child] = (mark.line + line_offset, mark.column + 1)
                yield child, where_of[child]
                children.append((item, child))
        stack.extend(reversed(children))


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
#: Scalar tags whose values PyYAML's safe constructor builds on their own (not ``value``,
#: which it turns into a string only as a mapping key, nor ``merge``).
_SCALARS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("int", "float", "bool", "null", "timestamp", "binary")
)


class _Unusual(Exception):
    """A node :func:`_construct` leaves to PyYAML's own constructor."""


class _BadScalar(Exception):
    """A scalar PyYAML cannot turn into a value (an integer of 5,000 digits)."""

    def __init__(self, node: yaml.Node) -> None:
        super().__init__(node.value)
        self.node = node


def _construct(node: yaml.Node, loader: Any) -> Any:
    """The value of ``node``, as PyYAML's safe constructor builds it, several times faster.

    Strings, plain mappings and sequences are built here; other scalars (numbers, booleans,
    null, dates) go through the loader's constructor one by one. Anything else (merge keys,
    sets, explicit or unknown tags, a collection as a key) raises :class:`_Unusual`, and the
    caller then constructs the whole document the ordinary way.
    """
    tag = node.tag
    if isinstance(node, yaml.ScalarNode):
        if tag == _STR:
            return node.value
        if tag in _SCALARS:
            try:
                return loader.construct_object(node, deep=True)
            except ValueError:  # Python refuses to read an integer of more than 4,300 digits
                raise _BadScalar(node) from None
        raise _Unusual
    if isinstance(node, yaml.MappingNode) and tag == _MAP:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Unusual
            key = _construct(key_node, loader)
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise _Unusual
            out[key] = _construct(value_node, loader)
        return out
    if isinstance(node, yaml.SequenceNode) and tag == _SEQ:
        return [_construct(item, loader) for item in node.value]
    raise _Unusual


def _check_depth(front: str, path: str, offset: int, loader_class: Any = None) -> None:
    """Refuse deep nesting before composing: libyaml's composer recurses per level and
    crashes the interpreter somewhere past ten thousand levels. Its event parser does not."""
    loader = (loader_class or _Loader)(front)
    depth = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    raise _error(
                        path,
                        f"front matter is nested more than {MAX_DEPTH} levels deep",
                        mark.line + offset if mark else offset,
                        mark.column + 1 if mark else 1,
                        fix="flatten the structure",
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.StreamEndEvent):
                break
    except yaml.YAMLError as exc:
        if loader_class is None and _Loader is not yaml.SafeLoader and "nesting" in str(exc):
            # libyaml 0.2.6 (PyYAML 6.0.4) stops at 1,000 levels while its scanner looks
            # ahead, before the parser yields level MAX_DEPTH + 1; PyYAML's own parser has
            # no such limit and finds where the content went too deep.
            _check_depth(front, path, offset, yaml.SafeLoader)
        return  # anything else is reported with its position by the full parse
    finally:
        loader.dispose()


def _split(text: str, path: str) -> tuple[str, str, int]:
    """Return (front matter text, body, first line of the body)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise _error(
            path,
            "file does not start with front matter",
            1,
            1,
            fix="begin the file with a line '---', the YAML fields, then another '---'",
        )
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    raise _error(
        path, "front matter is never closed", 1, 1, fix="add a line '---' after the YAML fields"
    )


def parse_document(text: str, path: str) -> Document:
    """Parse one content file; raise :class:`MmcError` naming the line of any problem."""
    if len(text) > MAX_FILE_BYTES:
        raise _error(
            path,
            f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB",
            1,
            fix="content files hold one item each; split or shorten it",
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, body, body_line = _split(text, path)
    # Line 1 of the YAML text is line 2 of the file; marks are 0-based.
    offset = 2
    if len(front) > _SCAN_ABOVE:
        _check_depth(front, path, offset)
    loader = _Loader(front)
    try:
        node = loader.get_single_node()
        if node is None:
            raise _error(
                path, "front matter is empty", 2, fix="add the item's fields, starting with 'id:'"
            )
        positions: dict[FieldPath, Position] = {
            (): (node.start_mark.line + offset, node.start_mark.column + 1)
        }
        positions.update(_walk(node, (), offset, path))
        try:
            data = _construct(node, loader)
        except _Unusual:
            data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + offset if mark else 2
        column = mark.column + 1 if mark else 1
        problem = exc.problem or exc.context or "invalid YAML"
        raise _error(
            path,
            f"invalid YAML: {problem}",
            line,
            column,
            fix="check indentation, and quote text that contains ': ' or starts with a symbol",
        ) from None
    except yaml.YAMLError as exc:
        raise _error(path, f"invalid YAML: {exc}", 2, fix="check the YAML syntax") from None
    except RecursionError:
        raise _error(
            path, "front matter is nested too deeply", 2, fix="flatten the structure"
        ) from None
    except _BadScalar as exc:
        value = str(exc.node.value)
        shown = value if len(value) <= 20 else f"{value[:12]}... ({len(value)} characters)"
        raise _error(
            path,
            f"cannot read the value {shown}",
            exc.node.start_mark.line + offset,
            exc.node.start_mark.column + 1,
            fix="write a number of ordinary size, or quote the value to keep it as text",
        ) from None
    except ValueError as exc:  # a value PyYAML's own constructor cannot read (rare tags)
        raise _error(path, f"cannot read a value: {str(exc)[:120]}", 2,
                     fix="write numbers of ordinary size, or quote the value") from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise _error(
            path,
            f"front matter must be a mapping of fields, not {type(data).__name__}",
            2,
            fix="write 'field: value' lines, starting with 'id: ...'",
        )
    return Document(path=path, data=data, body=body, body_line=body_line, positions=positions)


def sections(body: str, first_line: int) -> tuple[str, list[Section]]:
    """Split a Markdown body at ``## `` headings (outside code fences).

    Returns the text before the first heading and the sections in order.
    """
    preamble: list[str] = []
    found: list[Section] = []
    current: list[str] = preamble
    title: str | None = None
    start = first_line
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _SECTION.match(line)
        if match:
            if title is not None:
                found.append(Section(title, "\n".join(current).strip(), start))
            title = match.group(1)
            start = first_line + offset
            current = []
        else:
            current.append(line)
    if title is not None:
        found.append(Section(title, "\n".join(current).strip(), start))
    return "\n".join(preamble).strip(), found
