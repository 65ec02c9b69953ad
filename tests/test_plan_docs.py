"""The worked examples of docs/planner.md run, in order, in one namespace."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "planner.md"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def blocks() -> list[str]:
    return BLOCK.findall(DOC.read_text(encoding="utf-8"))


def test_the_doc_has_examples() -> None:
    assert len(blocks()) >= 8


def test_examples_run() -> None:
    namespace: dict[str, object] = {"__name__": "planner_doc"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for number, code in enumerate(blocks(), start=1):
            try:
                exec(compile(code, f"{DOC.name}[block {number}]", "exec"), namespace)
            except Exception as exc:  # pragma: no cover - the message is the point
                raise AssertionError(f"block {number} of {DOC.name} failed: {exc!r}") from exc
    printed = out.getvalue()
    assert "Mind-muscle hypertrophy: Lats, Rhomboids" in printed
    assert "add-load 42.5" in printed


def test_examples_are_deterministic() -> None:
    runs = []
    for _ in range(2):
        out = io.StringIO()
        namespace: dict[str, object] = {"__name__": "planner_doc"}
        with contextlib.redirect_stdout(out):
            for code in blocks():
                exec(code, namespace)
        runs.append(out.getvalue())
    assert runs[0] == runs[1]
