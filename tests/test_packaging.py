"""The wheel ships the bundled content, py.typed and the console script."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    [built] = out.glob("mmc_cues-*.whl")
    return built


def test_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "mmc/py.typed" in names
    assert "mmc/_content/exercises/seated-cable-row.md" in names
    assert "mmc/_content/schema/exercise.schema.json" in names
    content = {p.relative_to(ROOT / "content").as_posix() for p in (ROOT / "content").rglob("*.md")}
    shipped = {
        n.removeprefix("mmc/_content/")
        for n in names
        if n.startswith("mmc/_content/") and n.endswith(".md")
    }
    assert content == shipped
    # The precompiled templates (scripts/compile_templates.py) ship with the code.
    precompiled = {p.relative_to(ROOT / "src").as_posix()
                   for p in (ROOT / "src" / "mmc" / "_precompiled").rglob("*.py")}
    assert "mmc/_precompiled/site/t_base_html.py" in precompiled
    assert precompiled <= names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "mmc = mmc.cli:script" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_finds_bundled_content(wheel: Path, tmp_path: Path) -> None:
    env = tmp_path / "venv"
    venv.create(env, system_site_packages=True, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
        check=True,
    )
    code = (
        "import mmc, pathlib; lib = mmc.load_library(); "
        "assert 'site-packages' in str(mmc.bundled_content_dir()), mmc.bundled_content_dir(); "
        "assert 'seated-cable-row' in lib.exercises; print(len(lib.muscles))"
    )
    result = subprocess.run([python, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 30
    code = (  # the installed templates are taken from the installed precompiled modules
        "from mmc.render.templates import Templates; "
        "f = Templates(()).environment().get_template('card-front.html')"
        ".root_render_func.__code__.co_filename; "
        "assert 'site-packages' in f and '_precompiled' in f, f"
    )
    result = subprocess.run([python, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    check = subprocess.run(
        [env / "bin" / "mmc", "check"], capture_output=True, text=True, cwd=tmp_path
    )
    assert check.returncode == 0 and "mmc check: ok" in check.stdout, check.stderr
