"""Errors a user can cause, each naming where it happened and how to fix it.

Every problem in content becomes an :class:`MmcError` carrying the file, line, column, the
field path inside the front matter (``cues[2].phase``) and a suggested fix. A run collects all
of them into one :class:`ContentErrors` so that the CLI can print every problem at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "ContentErrors",
    "InvalidValueError",
    "MmcError",
    "Problem",
    "TempoError",
    "from_os_error",
]


@dataclass(frozen=True, slots=True)
class Problem:
    """One located problem: where it is, what is wrong, how to fix it."""

    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    field: str | None = None
    fix: str | None = None
    warning: bool = False

    def location(self) -> str:
        """``file:line:column`` (the parts that are known)."""
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        kind = "warning" if self.warning else "error"
        where = f" in {self.field}" if self.field else ""
        prefix = f"{self.location()}: " if self.file else ""
        text = f"{prefix}{kind}{where}: {self.message}"
        if self.fix:
            text += f"\n    fix: {self.fix}"
        return text


class MmcError(Exception):
    """Base class of every error a user of mmc can cause.

    Attributes mirror :class:`Problem`; ``str(error)`` is a complete, printable message.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
        fix: str | None = None,
    ) -> None:
        self.problem = Problem(
            message=message,
            file=str(file) if file is not None else None,
            line=line,
            column=column,
            field=field,
            fix=fix,
        )
        super().__init__(str(self.problem))

    @property
    def message(self) -> str:
        return self.problem.message

    @property
    def file(self) -> str | None:
        return self.problem.file

    @property
    def line(self) -> int | None:
        return self.problem.line

    @property
    def column(self) -> int | None:
        return self.problem.column

    @property
    def field(self) -> str | None:
        return self.problem.field

    @property
    def fix(self) -> str | None:
        return self.problem.fix

    @property
    def problems(self) -> Sequence[Problem]:
        """Every problem this error stands for (one, except for :class:`ContentErrors`)."""
        return (self.problem,)


class InvalidValueError(MmcError, ValueError):
    """A value a model refuses, such as ``SetLog(weight=-40)`` or ``RepRange(low=12, high=8)``.

    Raised by every model's constructor and its ``model_validate`` (``model_validate_json``,
    ``model_validate_strings``) in place of pydantic's ``ValidationError``. ``field`` names
    the first field refused; :meth:`errors` returns pydantic's details of every one of them
    (``type``, ``loc``, ``msg``, ``input``, ``ctx``), as ``ValidationError.errors()`` does.
    """

    def __init__(
        self,
        message: str,
        *,
        details: Iterable[Mapping[str, Any]] = (),
        file: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
        fix: str | None = None,
    ) -> None:
        super().__init__(message, file=file, line=line, column=column, field=field, fix=fix)
        self._details = tuple(dict(detail) for detail in details)

    def errors(self) -> list[dict[str, Any]]:
        """Pydantic's details of each refused value (empty when no model was involved)."""
        return [dict(detail) for detail in self._details]


class TempoError(InvalidValueError):
    """A tempo string that cannot be read (rule R6 of the evidence page gives the notation)."""


class ContentErrors(MmcError):
    """All the problems found while loading content, collected in one run."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self._problems = tuple(problems)
        first = self._problems[0] if self._problems else Problem("no problems")
        count = len(self._problems)
        summary = f"{count} problem{'s' if count != 1 else ''} in content"
        super().__init__(
            summary,
            file=first.file,
            line=first.line,
            column=first.column,
            field=first.field,
            fix=first.fix,
        )
        Exception.__init__(self, "\n".join([summary, *(str(p) for p in self._problems)]))

    @property
    def problems(self) -> Sequence[Problem]:
        return self._problems


def from_os_error(exc: OSError, *, doing: str = "writing") -> MmcError:
    """An operating system's refusal (a full disk, a file where a folder must be, no
    permission) as an :class:`MmcError` naming the path and what to do about it."""
    import errno

    path = exc.filename if exc.filename is not None else None
    reason = exc.strerror or str(exc)
    fixes = {
        errno.ENOSPC: "free some space on that disk and run the command again; what was "
        "there before is untouched",
        errno.EDQUOT: "free some space (you are over your disk quota) and run the command again",
        errno.ENOTDIR: "a file stands where a folder is needed: rename or remove it, or "
        "choose another path",
        errno.EEXIST: "a file stands where a folder is needed: rename or remove it, or "
        "choose another path",
        errno.EACCES: "check the permissions of that path, or choose another one",
        errno.EPERM: "check the permissions of that path, or choose another one",
        errno.EROFS: "that file system is read-only: choose a path on another one",
        errno.ENAMETOOLONG: "choose a shorter path",
    }
    return MmcError(
        f"{doing} failed: {reason}",
        file=path,
        fix=fixes.get(exc.errno or 0, "check the path and the disk, then run the command again"),
    )
