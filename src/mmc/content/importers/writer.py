"""Writing an import safely and idempotently: each file rendered, checked the way the loader
will read it, and written atomically only when its bytes differ; files the user edited since
they were imported are left alone; files a dataset no longer yields are removed."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from mmc.content.frontmatter import parse_document
from mmc.content.importers.convert import Converted
from mmc.content.importers.records import ImportReport, Reason
from mmc.content.parsing import check_bytes
from mmc.errors import MmcError

__all__ = [
    "OnDisk",
    "atomic_write",
    "digest",
    "existing_files",
    "previous_digests",
    "remove_gone",
    "remove_stale_temporaries",
    "render",
    "repairable",
    "validate",
    "write_file",
    "write_planned",
]

_TMP = re.compile(r"^\..+\.\d+\.mmc-tmp$")


class _Dumper(yaml.SafeDumper):
    """Never writes YAML anchors/aliases (the content loader refuses them)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _yaml(data: Mapping[str, Any]) -> str:
    return yaml.dump(
        dict(data),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


def render(converted: Converted) -> str:
    """The text of ``exercises/<id>.md``: YAML front matter, then the Markdown body."""
    text = "---\n" + _yaml(converted.front) + "---\n"
    if converted.body:
        text += "\n" + converted.body
    return text


def validate(converted: Converted, data: bytes) -> Reason | None:
    """Read the file back through the loader's own parsing; a record that fails is skipped."""
    problems = [p for p in check_bytes("exercise", data, f"{converted.slug}.md",
                                       f"exercises/{converted.slug}.md") if not p.warning]
    if not problems:
        return None
    return Reason("invalid", "the converted record is not valid content: "
                  + "; ".join(str(p).replace("\n    fix:", "; fix:") for p in problems))


def digest(data: bytes) -> str:
    """How the import report remembers a file it wrote (to recognise the user's edits)."""
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new one, never a
    part: a temporary file next to it, flushed to disk, renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.mmc-tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0),
                     0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # the rename itself, on file systems that allow it
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed import left behind (only names this module makes)."""
    for folder in (out, out / "exercises"):
        if folder.is_dir() and not folder.is_symlink():
            for path in folder.iterdir():
                if _TMP.match(path.name) and path.is_file() and not path.is_symlink():
                    with contextlib.suppress(OSError):
                        path.unlink()


@dataclass(frozen=True, slots=True)
class OnDisk:
    """A file in ``out/exercises``: who wrote it, and its bytes."""

    owner: str | None  # the dataset of the importer that wrote it; None: not an importer
    data: bytes
    readable: bool


def existing_files(out: Path) -> dict[str, OnDisk]:
    """id -> what is in ``out/exercises/<id>.md`` now."""
    found: dict[str, OnDisk] = {}
    folder = out / "exercises"
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.md")):
        if path.is_symlink() or not path.is_file():
            found[path.stem] = OnDisk(None, b"", readable=False)
            continue
        try:
            data = path.read_bytes()
        except OSError:
            found[path.stem] = OnDisk(None, b"", readable=False)
            continue
        try:
            doc = parse_document(data.decode("utf-8"), str(path))
        except (UnicodeDecodeError, MmcError):
            found[path.stem] = OnDisk(None, data, readable=False)
            continue
        provenance = doc.data.get("provenance")
        dataset = provenance.get("dataset") if isinstance(provenance, dict) else None
        imported = doc.data.get("imported") is True
        owner = str(dataset) if imported and dataset else None
        found[path.stem] = OnDisk(owner, data, readable=bool(doc.data))
    return found


def previous_digests(out: Path, dataset: str) -> dict[str, str]:
    """The digests the last complete import recorded (empty if there is no usable report)."""
    path = out / f"import-report-{dataset}.json"
    try:
        files = json.loads(path.read_text(encoding="utf-8")).get("files")
    except (OSError, UnicodeDecodeError, ValueError, AttributeError, RecursionError):
        return {}
    if not isinstance(files, dict):
        return {}
    return {str(k): str(v) for k, v in files.items() if isinstance(v, str)}


def repairable(disk: OnDisk, new: bytes) -> bool:
    """An empty file, or an unreadable start of the file this import writes: what an
    interrupted, non-atomic write leaves (safe to repair: nothing in it is lost)."""
    if not disk.data.strip():
        return True
    return not disk.readable and new.startswith(disk.data)


def write_file(path: Path, data: bytes, out: Path, report: ImportReport) -> None:
    """Write ``data`` to ``path`` unless it holds exactly that; the report says which."""
    shown = path.relative_to(out).as_posix()
    try:
        current = path.read_bytes() if path.is_file() and not path.is_symlink() else None
    except OSError:
        current = None
    if current == data:
        report.unchanged.append(shown)
        return
    (report.updated if path.exists() or path.is_symlink() else report.created).append(shown)
    atomic_write(path, data)


def write_planned(planned: list[tuple[str, bytes]], out: Path, existing: Mapping[str, OnDisk],
                  digests: Mapping[str, str], force: bool, report: ImportReport) -> set[str]:
    """Write the converted exercises; returns their ids. A file the user edited since the
    last import is left alone (``force`` overwrites it); an empty or damaged one is repaired."""
    remove_stale_temporaries(out)
    written = set()
    for slug, data in planned:
        shown = f"exercises/{slug}.md"
        written.add(slug)
        on_disk = existing.get(slug)
        if on_disk is not None and on_disk.data != data and not force:
            before = digests.get(shown)
            if before is not None and digest(on_disk.data) != before and not repairable(
                on_disk, data
            ):
                report.edited.append(shown)
                report.files[shown] = before
                continue
        if on_disk is not None and on_disk.data != data and repairable(on_disk, data):
            report.repaired.append(shown)
        report.files[shown] = digest(data)
        write_file(out / "exercises" / f"{slug}.md", data, out, report)
    return written


def remove_gone(dataset: str, written: set[str], out: Path, existing: Mapping[str, OnDisk],
                digests: Mapping[str, str], force: bool, report: ImportReport) -> None:
    """Remove the files an earlier import of ``dataset`` wrote that it no longer yields,
    unless the user edited them (``force`` removes those too)."""
    for slug, disk in sorted(existing.items()):
        shown = f"exercises/{slug}.md"
        if disk.owner != dataset or slug in written:
            continue
        before = digests.get(shown)
        if before is not None and digest(disk.data) != before and not force:
            report.edited.append(shown)
            report.files[shown] = before
            continue
        (out / "exercises" / f"{slug}.md").unlink()
        report.removed.append(shown)
