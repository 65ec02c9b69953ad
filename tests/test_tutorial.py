"""docs/tutorial.md, followed step by step as a coach would, with a non-editable install.

A wheel of this checkout is installed into a fresh virtual environment; every ``$`` command
of the tutorial's console blocks runs in order (``cd`` included) and every file it shows is
written, in a temporary HOME. Then the issue's "done when" list: a broken file fails the
check naming it, an edit reaches the rebuilt site, ``mmc cards MY-ID`` works, and
``mmc build --out`` into each dangerous place is refused with nothing changed there. Last,
the repository itself is a project: after a non-editable install, an edit to (a copy of)
its content/ reaches the site ``mmc build`` makes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.test_output_safety import state

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "tutorial.md"

pytestmark = pytest.mark.slow


def steps(doc: Path) -> list[tuple[str, str, str]]:
    """``("run", command, "")`` and ``("file", path, text)`` in the order the page gives them."""
    text = doc.read_text(encoding="utf-8")
    found: list[tuple[int, tuple[str, str, str]]] = []
    for block in re.finditer(r"```console\n(.*?)```", text, re.S):
        for number, line in enumerate(block.group(1).splitlines()):
            if line.startswith("$ "):
                found.append((block.start() + number, ("run", line[2:], "")))
    for block in re.finditer(r"<!-- file: (\S+) -->\n```markdown\n(.*?)```", text, re.S):
        found.append((block.start(), ("file", block.group(1), block.group(2))))
    return [step for _, step in sorted(found)]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A fresh virtual environment with a wheel of this checkout: (its bin/, the wheel)."""
    wheels = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(wheels), str(ROOT)], check=True)
    [wheel] = wheels.glob("mmc_cues-*.whl")
    env = tmp_path_factory.mktemp("venv")
    venv.create(env, system_site_packages=True, with_pip=True)  # dependencies, offline
    subprocess.run([env / "bin" / "python", "-m", "pip", "install", "-q", "--no-deps",
                    str(wheel)], check=True)
    return env / "bin", wheel


def runner(bindir: Path, home: Path):  # type: ignore[no-untyped-def]
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}",
           "VIRTUAL_ENV": str(bindir.parent), "HOME": str(home), "PIP_NO_INDEX": "1",
           "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PYTHONPATH", None)

    def run(command: str, cwd: Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(command, shell=True, cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=600)
        if ok:
            assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
        assert "Traceback" not in done.stderr, done.stderr
        return done

    return run


def test_the_tutorial_as_a_coach_follows_it(installed: tuple[Path, Path],
                                            tmp_path: Path) -> None:
    bindir, wheel = installed
    home = tmp_path / "home"
    home.mkdir()
    run = runner(bindir, home)
    where = run("python -c 'import mmc; print(mmc.__file__)'", home).stdout
    assert where.startswith(str(bindir.parent)), where  # the installed copy, not this checkout

    cwd = home
    project = home / "my-cues"
    builds = 0
    for kind, what, text in steps(TUTORIAL):
        if kind == "file":
            target = cwd / what
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            continue
        if what.startswith("cd "):
            cwd = (cwd / what[3:]).resolve()
            continue
        if what == "python3 -m pip install ./mmc":  # a checkout of mmc: this one's wheel
            what = f"python3 -m pip install --no-deps {wheel}"
        if what == "mmc build" and builds == 2:  # "after your edits": make one
            exercise = project / "content" / "exercises" / "wall-angel.md"
            exercise.write_text(exercise.read_text(encoding="utf-8").replace(
                "Lower slowly and feel", "Lower for three seconds and feel"), encoding="utf-8")
        done = run(what, cwd)
        if what == "mmc --version":
            assert "mmc, version" in done.stdout
        elif what.startswith("mmc new"):
            assert (project / "mmc.toml").is_file()
        elif what.startswith("mmc check"):
            assert done.stdout.startswith("mmc check: ok:"), done.stdout
            assert "reading the bundled library, content/" in done.stderr
        elif what == "mmc build":
            builds += 1
            assert (project / "site" / "index.html").is_file()
        elif what.startswith("mmc list muscles"):
            assert "trapezius-lower" not in done.stdout  # a back muscle: not in the group
            assert done.stdout.splitlines()[0].split()[0] == "deltoid"
        elif what.startswith("mmc cards"):
            assert "Wall Angel" in (project / "cards.html").read_text(encoding="utf-8")
    assert builds == 3 and cwd == project
    page = (project / "site" / "exercises" / "wall-angel" / "index.html").read_text("utf-8")
    assert "Wall Angel" in page and "Lower for three seconds and feel" in page

    # A broken file fails the check, naming it, as the tutorial shows.
    exercise = project / "content" / "exercises" / "wall-angel.md"
    good = exercise.read_text(encoding="utf-8")
    exercise.write_text(good.replace("pattern: raise\n", "pattern: raises\n"), encoding="utf-8")
    for command in ("mmc check", "mmc check content/exercises",
                    "mmc check content/exercises/wall-angel.md"):
        broken = run(command, project, ok=False)
        assert broken.returncode == 1
        shown = re.search(r"```text\n(content/exercises/wall-angel.md:9:.*?)\n```",
                          TUTORIAL.read_text(encoding="utf-8"), re.S)
        assert shown is not None and shown.group(1) in broken.stderr, broken.stderr
    exercise.write_text(good, encoding="utf-8")

    # mmc build --out into each dangerous place: refused, nothing changed anywhere.
    (home / "notes").mkdir()
    (home / "notes" / "plan.txt").write_text("mine\n", encoding="utf-8")
    elsewhere = tmp_path / "settings"
    elsewhere.mkdir()
    (elsewhere / "mmc.toml").write_text('content = ["../home/my-cues/content"]\n',
                                        encoding="utf-8")
    dangerous = {
        "mmc build --out .": "is the project",
        "mmc build -o content": "is the content directory",
        "mmc build -o content/exercises": "was not written by mmc",
        "mmc build -o ..": "is the home directory",
        f"mmc build -o {home}": "is the home directory",
        f"mmc build -o {tmp_path}": "contains the project",
        "mmc build -o ../notes": "was not written by mmc",
        "mmc build -o mmc.toml": "is not a directory",
        f"mmc build --config {elsewhere / 'mmc.toml'} -o {elsewhere}": "is the project",
    }
    before = state(tmp_path / "home"), state(elsewhere)
    for command, said in dangerous.items():
        refused = run(command, project, ok=False)
        assert refused.returncode == 1, command
        assert said in refused.stderr and "fix:" in refused.stderr, (command, refused.stderr)
        assert (state(tmp_path / "home"), state(elsewhere)) == before, command


def test_the_repository_is_a_project_after_a_non_editable_install(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    bindir, _ = installed
    repo = tmp_path / "repo"  # the parts of this checkout mmc reads, copied: never built here
    repo.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", repo / "pyproject.toml")
    shutil.copytree(ROOT / "content", repo / "content")
    row = repo / "content" / "exercises" / "seated-cable-row.md"
    row.write_text(row.read_text(encoding="utf-8").replace(
        "name: Seated Cable Row", "name: Seated Cable Row, edited"), encoding="utf-8")
    run = runner(bindir, tmp_path)
    done = run("mmc build", repo)
    assert "reading content/" in done.stderr and "bundled" not in done.stderr, done.stderr
    page = repo / "site" / "exercises" / "seated-cable-row" / "index.html"
    assert "Seated Cable Row, edited" in page.read_text(encoding="utf-8")
