"""Hostile input: any bytes give an item or located problems, never another exception."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mmc import check_content
from mmc.content import frontmatter
from mmc.content.frontmatter import MAX_DEPTH, parse_document
from mmc.content.parsing import check_bytes
from mmc.errors import MmcError
from tests.content_fixtures import DRILL, EXERCISE

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("muscle", "exercise", "drill", "page")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_front_matter_parser_never_crashes(text: str) -> None:
    try:
        doc = parse_document("---\n" + text + "\n---\nbody", "f.md")
    except MmcError as err:
        assert err.file == "f.md" and err.line is not None and err.line >= 1
    else:
        assert isinstance(doc.data, dict)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(KINDS), st.binary(max_size=300))
def test_any_bytes_as_any_kind(kind: str, raw: bytes) -> None:
    for problem in check_bytes(kind, raw):
        assert problem.file and (problem.warning or problem.line)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([EXERCISE, DRILL]), st.integers(0, 600), st.text(max_size=30))
def test_mutated_valid_files(source: str, at: int, insert: str) -> None:
    at = min(at, len(source))
    raw = (source[:at] + insert + source[at:]).encode("utf-8", "surrogatepass")
    kind = "exercise" if source is EXERCISE else "drill"
    for problem in check_bytes(kind, raw):
        assert problem.file and (problem.warning or problem.line)


def test_absurd_inputs_get_clear_errors(tmp_path: Path) -> None:
    cases = {
        "huge": b"---\nid: huge\n---\n" + b"a" * (50 * 1024 * 1024),
        "bomb": (
            b"---\nid: bomb\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
            b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n"
        ),
        "deep": b"---\nid: deep\nv: " + b"[" * 100_000 + b"]" * 100_000 + b"\n---\n",
        "deep-block": b"---\n"
        + b"".join(b"  " * i + b"k%d:\n" % i for i in range(1000))
        + b"---\n",
        "tag": b"---\nid: tag\nname: !!python/object/apply:os.system [ls]\n---\n",
    }
    folder = tmp_path / "muscles"
    folder.mkdir()
    for name, raw in cases.items():
        (folder / f"{name}.md").write_bytes(raw)
    started = time.perf_counter()
    result = check_content(tmp_path, bundled=False)
    assert time.perf_counter() - started < 5
    by_file = {Path(p.file or "").stem: p for p in result.errors}
    assert "larger than the 2 MB limit" in by_file["huge"].message
    assert "aliases are not allowed" in by_file["bomb"].message and by_file["bomb"].line == 4
    assert f"more than {MAX_DEPTH} levels" in by_file["deep"].message
    assert (by_file["deep"].line, by_file["deep"].column) == (3, 3 + MAX_DEPTH)
    assert f"more than {MAX_DEPTH} levels" in by_file["deep-block"].message
    assert "invalid YAML" in by_file["tag"].message


def test_deep_nesting_is_located_when_libyaml_refuses_it_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """libyaml 0.2.6 (PyYAML 6.0.4) stops at 1,000 levels while scanning ahead, before the
    depth check sees level 33: the check still names that level and where it starts."""

    class Refusing(yaml.SafeLoader):
        def get_event(self) -> yaml.Event:
            raise yaml.scanner.ScannerError(None, None, "exceeded maximum nesting depth", None)

    monkeypatch.setattr(frontmatter, "_Loader", Refusing)
    text = "---\nid: deep\nv: " + "[" * 20_000 + "]" * 20_000 + "\n---\n"
    with pytest.raises(MmcError) as caught:
        parse_document(text, "deep.md")
    assert f"more than {MAX_DEPTH} levels" in caught.value.message
    assert (caught.value.line, caught.value.column) == (3, 3 + MAX_DEPTH)


def test_atheris_fuzz_target_runs_clean(tmp_path: Path) -> None:
    """The coverage-guided fuzzer, bounded in time; a crash or an exception fails the test."""
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fuzz" / "corpus", corpus)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "fuzz" / "fuzz_content.py"),
            "-max_total_time=20",
            "-rss_limit_mb=2048",
            "-timeout=10",
            str(corpus),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    runs = [line for line in result.stderr.splitlines() if line.startswith("Done ")]
    assert runs and int(runs[-1].split()[1]) > 1000, runs
