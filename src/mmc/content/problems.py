"""Problems found in content files: the collector every step of the loader reports to, and
pydantic's validation errors translated into problems with a position and a fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from mmc.content.frontmatter import Document
from mmc.errors import InvalidValueError, MmcError, Problem
from mmc.model.common import Frozen, describe_detail, field_path

__all__ = ["BODY_ONLY", "Collector", "Unvalidated", "validation_problems"]

#: Model fields written in the Markdown body, never in the front matter.
BODY_ONLY = frozenset(
    {"setup", "visualise", "mistakes", "notes", "instructions", "description", "body"}
)


@dataclass(slots=True)
class Unvalidated:
    """A file that failed validation: its raw front matter, whose references are still
    checked (so one run reports them with the field errors), and the fields already in error."""

    kind: str
    doc: Document
    bad: set[tuple[str | int, ...]] = field(default_factory=set)


class Collector:
    """Accumulates problems with positions resolved from documents."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.unvalidated: list[Unvalidated] = []

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


def validation_problems(
    out: Collector, doc: Document, model: type[Frozen], exc: InvalidValueError
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
            if name in BODY_ONLY:
                fix = "write it in the Markdown body below the front matter, not as a field"
            else:
                fix += f" (fields: {', '.join(f for f in fields if f not in BODY_ONLY)})"
        out.add(doc, loc, message, fix)
    return bad
