"""Fault suite (issue #17), content: what `mmc check` must refuse with a located error
(parent loops, harder/easier loops, invisible names, non-regular files, numbers too long to
read), in a content folder outside the repository, never a traceback or a hang."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mmc.content.loader import check_content
from mmc.errors import Problem

MUSCLE = """\
---
id: {id}
name: {name}
latin: Musculus {id}
group: back
side: back
{extra}
---
"""

EXERCISE = """\
---
id: {id}
name: {name}
primary: [latissimus-dorsi]
equipment: [cable]
mechanic: compound
pattern: horizontal-pull
tempo: 3-1-1-1
{extra}
---
"""


def _write(root: Path, kind: str, item_id: str, text: str) -> Path:
    folder = root / kind
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{item_id}.md"
    path.write_text(text, encoding="utf-8")
    return path


def _muscle(root: Path, item_id: str, extra: str = "", name: str = "Test muscle") -> Path:
    return _write(root, "muscles", item_id, MUSCLE.format(id=item_id, name=name, extra=extra))


def _exercise(root: Path, item_id: str, extra: str = "", name: str = "Test row") -> Path:
    return _write(root, "exercises", item_id,
                  EXERCISE.format(id=item_id, name=name, extra=extra))


def _errors(root: Path) -> list[Problem]:
    return check_content(root).errors


def test_a_parent_loop_is_an_error_not_a_recursion_error(tmp_path: Path) -> None:
    _muscle(tmp_path, "loop-a", "parent: loop-b")
    _muscle(tmp_path, "loop-b", "parent: loop-c")
    _muscle(tmp_path, "loop-c", "parent: loop-a")
    errors = _errors(tmp_path)
    assert len(errors) == 1, errors
    error = errors[0]
    assert error.file is not None and error.file.endswith("loop-a.md")
    assert error.field == "parent" and error.line == 7
    assert "loop-a -> loop-b -> loop-c -> loop-a" in error.message
    assert error.fix


def test_a_parent_loop_fails_the_build_with_the_same_error(tmp_path: Path) -> None:
    from mmc.errors import ContentErrors
    from mmc.site.build import build_site
    from mmc.site.config import SiteConfig

    content = tmp_path / "content"
    _muscle(content, "loop-a", "parent: loop-b")
    _muscle(content, "loop-b", "parent: loop-a")
    config = SiteConfig(content=[str(content)], root=str(tmp_path))
    with pytest.raises(ContentErrors) as caught:
        build_site(config, cache=False)
    assert "loop of parents" in str(caught.value)
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize(
    ("links", "owner", "field"),
    [
        ({"row-a": "harder: [row-b]", "row-b": "harder: [row-a]"}, "row-a", "harder[0]"),
        ({"row-a": "harder: [row-b, row-c]", "row-b": "easier: [row-a]",
          "row-c": "easier: [row-b]"}, None, None),
        ({"row-a": "harder: [row-b]\neasier: [row-b]", "row-b": ""}, "row-a", None),
        ({"row-a": "harder: [row-b]", "row-b": "harder: [row-c]", "row-c": "harder: [row-a]"},
         "row-a", "harder[0]"),
        ({"row-a": "easier: [row-b]", "row-b": "easier: [row-a]"}, "row-b", "easier[0]"),
    ],
)
def test_harder_easier_loops_are_errors(tmp_path: Path, links: dict[str, str],
                                         owner: str | None, field: str | None) -> None:
    for item_id, extra in links.items():
        _exercise(tmp_path, item_id, extra)
    errors = _errors(tmp_path)
    if owner is None:  # a chain, not a loop: row-a < row-b < row-c, said twice
        assert errors == []
        return
    assert len(errors) == 1, errors
    assert errors[0].file is not None and errors[0].file.endswith(f"{owner}.md")
    assert "loop" in errors[0].message and errors[0].fix
    if field is not None:
        assert errors[0].field == field


@pytest.mark.parametrize("name", ["\u200b", "\u200b\u200d\ufeff", " \u2800 ", "\u3164"])
def test_invisible_names_are_errors(tmp_path: Path, name: str) -> None:
    _muscle(tmp_path, "blank-muscle", name=f'"{name}"')
    _exercise(tmp_path, "blank-row", name=f'"{name}"')
    errors = _errors(tmp_path)
    assert {(Path(e.file or "").name, e.field) for e in errors} == {
        ("blank-muscle.md", "name"), ("blank-row.md", "name")}
    assert all("invisible" in e.message for e in errors)


def test_visible_names_in_any_script_pass(tmp_path: Path) -> None:
    for index, name in enumerate(["Rudern", "Ряд", "划船", "ROW\u200b2", "é", "🏋"]):
        _exercise(tmp_path, f"row-{index}", name=f'"{name}"')
    assert _errors(tmp_path) == []


def test_a_fifo_in_content_is_refused_not_opened(tmp_path: Path) -> None:
    _exercise(tmp_path, "row-a")
    os.mkfifo(tmp_path / "exercises" / "pipe.md")
    (tmp_path / "exercises" / "folder.md").mkdir()
    # In a child process: a regression would block on the FIFO, and the timeout ends it.
    run = subprocess.run([sys.executable, "-m", "mmc", "check", str(tmp_path)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "pipe.md: error: not a regular file (a FIFO)" in run.stderr
    assert "folder.md: error: not a regular file (a folder)" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("value", ["9" * 5000, "!!int " + "9" * 5000, "-" + "1" * 4301])
def test_an_integer_too_long_to_read_is_located(tmp_path: Path, value: str) -> None:
    _write(tmp_path, "pages", "big", f"---\nid: big\ntitle: Big\norder: {value}\n---\nText\n")
    errors = _errors(tmp_path)
    assert len(errors) == 1
    assert errors[0].line == 4 and errors[0].column == 8
    assert "characters" in errors[0].message and errors[0].fix


def test_an_infinite_number_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, "drills", "long", "---\nid: long\nname: Long\nkind: flex\n"
           "targets: [latissimus-dorsi]\nminutes: .inf\nsteps: [Hold]\n---\n")
    errors = _errors(tmp_path)
    assert [e.field for e in errors] == ["minutes"]
