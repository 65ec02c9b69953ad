"""One content file into one validated item: bytes -> front matter and body -> model.

An exercise's body is cut into its sections (``## Set up``, ``## Visualise`` ...); the body
of the other kinds is one field. Every problem goes to a :class:`~.problems.Collector`;
nothing raises for a mistake in a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mmc.content.frontmatter import MAX_FILE_BYTES, Document, parse_document, sections
from mmc.content.problems import BODY_ONLY, Collector, Unvalidated, validation_problems
from mmc.content.sources import KINDS, ContentModel, NotRegular, TooLarge, read_regular
from mmc.errors import InvalidValueError, MmcError, Problem

__all__ = [
    "BODY_FIELD",
    "EXERCISE_SECTIONS",
    "Parsed",
    "body_fields",
    "check_bytes",
    "parse_item",
    "read_item",
]

#: A file read without a problem: its validated model and its document.
Parsed = tuple[Any, Document]
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


def body_fields(kind: str, doc: Document, out: Collector) -> dict[str, str]:
    """The model fields a file's Markdown body holds (an exercise's: one per section)."""
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


def read_item(
    kind: str, model: type[ContentModel], path: Path, display: str, out: Collector
) -> Parsed | None:
    """Read and parse the file at ``path`` (named ``display`` in messages), or record why not."""
    try:
        raw = read_regular(path)
    except NotRegular as exc:
        out.problems.append(
            Problem(
                f"not a regular file ({exc.args[0]}): it is not read",
                file=display,
                fix="replace it with an ordinary Markdown file, or remove it",
            )
        )
        return None
    except TooLarge as exc:
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
    return parse_item(kind, model, raw, path.name, display, out)


def parse_item(
    kind: str, model: type[ContentModel], raw: bytes, name: str, display: str, out: Collector
) -> Parsed | None:
    """Turn one file's bytes into a validated item, or record why not.

    ``name`` is the file name (its stem must be the item's id); ``display`` names the file
    in messages.
    """
    doc = _document(raw, display, out)
    if doc is None:
        return None
    data = dict(doc.data)
    for key in sorted(
        k for k in data if isinstance(k, str) and k in BODY_ONLY and k in model.model_fields
    ):
        out.add(
            doc,
            (key,),
            f"'{key}' belongs in the Markdown body, not the front matter",
            "move it below the closing '---'",
        )
        data.pop(key)
    data.update(body_fields(kind, doc, out))
    try:
        item = model.model_validate(data)
    except InvalidValueError as exc:
        bad = validation_problems(out, doc, model, exc)
        out.unvalidated.append(Unvalidated(kind, doc, bad))
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
        out.unvalidated.append(Unvalidated(kind, doc, set()))
        return None
    return item, doc


def _document(raw: bytes, display: str, out: Collector) -> Document | None:
    """The front matter and body of a file's bytes, or None with the problem recorded."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        out.problems.append(
            Problem("file is not UTF-8 text", file=display, line=line, fix="save the file as UTF-8")
        )
        return None
    try:
        return parse_document(text, display)
    except MmcError as exc:
        out.error(exc)
        return None


def check_bytes(kind: str, raw: bytes, name: str = "item.md", display: str | None = None,
                ) -> list[Problem]:
    """Check one file's bytes as content of ``kind`` (no cross-references), the way the
    loader reads it: for fuzzing, and for importers to check what they are about to write.

    ``name`` is the file name (its stem must be the id); ``display`` (default ``name``)
    names the file in the problems.
    """
    out = Collector()
    model = next(m for k, m in KINDS.values() if k == kind)
    parse_item(kind, model, raw, name, name if display is None else display, out)
    return out.problems
