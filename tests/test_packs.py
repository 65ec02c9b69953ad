"""Content packs: entry point discovery, load order, overrides, clashes, templates, `mmc packs`,
and the example pack installed into a fresh virtual environment."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest
from click.testing import CliRunner

import mmc
from mmc.cli import cli
from mmc.content import packs as packs_module
from mmc.content.packs import Pack, describe_pack, discover_packs, pack_template_dirs

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "mmc-kettlebell-pack"
# seated-cable-row has been bundled since the first commit; tests override and clash with it.
BUNDLED_ID = "seated-cable-row"


def exercise_md(item_id: str, *, name: str = "Test Row", overrides: bool = False,
                cue: str = "Squeeze your shoulder blades together") -> str:
    lines = [
        "---",
        f"id: {item_id}",
        *(["overrides: true"] if overrides else []),
        f"name: {name}",
        "primary: [latissimus-dorsi]",
        "secondary: [biceps-brachii]",
        "equipment: [cable]",
        "mechanic: compound",
        "pattern: horizontal-pull",
        "tempo: 3-1-1-1",
        "starts_with: concentric",
        "cues:",
        f"  - text: {cue}",
        "    phase: peak",
        "    focus: muscle",
        "    muscle: latissimus-dorsi",
        "---",
        "",
    ]
    return "\n".join(lines)


def make_pack(root: Path, module: str, files: dict[str, str], *, subdir: str = "content") -> Path:
    """An importable package ``module`` under ``root`` with content files under ``subdir``."""
    package = root / module
    package.mkdir(parents=True)
    (package / "__init__.py").write_text('CONTENT = "content"\n\ndef folder():\n'
                                         '    return __import__("pathlib").Path(__file__)'
                                         '.parent / "content"\n', encoding="utf-8")
    base = package / subdir if subdir else package
    for rel, text in files.items():
        target = base / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return base


class Installer:
    """Fake entry points of the group ``mmc.packs``; packages go under ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.points: list[EntryPoint] = []

    def __call__(self, name: str, value: str) -> None:
        self.points.append(EntryPoint(name=name, value=value, group="mmc.packs"))


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Installer:
    root = tmp_path / "site"
    root.mkdir()
    monkeypatch.syspath_prepend(str(root))
    installer = Installer(root)
    monkeypatch.setattr(packs_module, "entry_points",
                        lambda group: [p for p in installer.points if p.group == group])
    return installer


def test_pack_adds_content_between_bundled_and_dirs(installed: Installer, tmp_path: Path) -> None:
    make_pack(installed.root, "pack_a", {"exercises/pack-row.md": exercise_md("pack-row")})
    installed("alpha", "pack_a")
    lib = mmc.load_library()
    assert "pack-row" in lib.exercises
    assert BUNDLED_ID in lib.exercises
    assert (lib.source("exercise", "pack-row") or "").endswith("pack_a/content/exercises/pack-row.md")
    # packs=False leaves it out; a directory given later may override the pack's item.
    assert "pack-row" not in mmc.load_library(packs=False).exercises
    local = tmp_path / "local"
    (local / "exercises").mkdir(parents=True)
    (local / "exercises" / "pack-row.md").write_text(
        exercise_md("pack-row", name="Local Row", overrides=True), encoding="utf-8")
    lib = mmc.load_library(local)
    assert lib.exercises["pack-row"].name == "Local Row"
    assert lib.source("exercise", "pack-row") == str(local / "exercises" / "pack-row.md")


def test_pack_overrides_bundled_item_only_when_it_says_so(installed: Installer) -> None:
    make_pack(installed.root, "pack_b", {
        f"exercises/{BUNDLED_ID}.md": exercise_md(BUNDLED_ID, name="Pack Row", overrides=True,
                                                  cue="Pull the handle to your navel")})
    installed("beta", "pack_b")
    lib = mmc.load_library()
    row = lib.exercises[BUNDLED_ID]
    assert row.name == "Pack Row"
    assert [c.text for c in row.cues] == ["Pull the handle to your navel"]
    bundled = mmc.load_library(packs=False).exercises[BUNDLED_ID]
    assert bundled.name != "Pack Row"


def test_accidental_clash_with_bundled_names_both_files(installed: Installer) -> None:
    pack_dir = make_pack(installed.root, "pack_c", {
        f"exercises/{BUNDLED_ID}.md": exercise_md(BUNDLED_ID, name="Clashing Row")})
    installed("gamma", "pack_c")
    result = mmc.check_content()
    assert result.library is None
    [problem] = [p for p in result.errors if "duplicate" in p.message]
    assert problem.file is not None and problem.file.endswith(
        str(pack_dir / "exercises" / f"{BUNDLED_ID}.md").lstrip("/"))
    bundled_file = mmc.bundled_content_dir() / "exercises" / f"{BUNDLED_ID}.md"
    assert bundled_file.name in problem.message and "(bundled)" in problem.message
    assert problem.fix is not None and "overrides: true" in problem.fix
    with pytest.raises(mmc.ContentErrors):
        mmc.load_library()


def test_two_packs_load_in_entry_point_name_order(installed: Installer) -> None:
    # 'zeta' sorts after 'eta': zeta may override eta's item; the reverse would clash.
    make_pack(installed.root, "pack_z", {
        "exercises/shared-row.md": exercise_md("shared-row", name="Zeta Row", overrides=True)})
    make_pack(installed.root, "pack_e", {"exercises/shared-row.md": exercise_md("shared-row",
                                                                               name="Eta Row")})
    installed("zeta", "pack_z")
    installed("eta", "pack_e")
    assert [p.name for p in discover_packs()[0]] == ["eta", "zeta"]
    lib = mmc.load_library()
    assert lib.exercises["shared-row"].name == "Zeta Row"
    assert "pack_z" in (lib.source("exercise", "shared-row") or "")


def test_clash_between_two_packs_is_an_error(installed: Installer) -> None:
    make_pack(installed.root, "pack_p", {"exercises/twin-row.md": exercise_md("twin-row")})
    make_pack(installed.root, "pack_q", {"exercises/twin-row.md": exercise_md("twin-row")})
    installed("p-pack", "pack_p")
    installed("q-pack", "pack_q")
    result = mmc.check_content()
    [problem] = [p for p in result.errors if "duplicate" in p.message]
    assert "pack_q" in (problem.file or "")
    assert "pack_p" in problem.message and "(pack 'p-pack')" in problem.message


def test_select_packs_by_name(installed: Installer) -> None:
    make_pack(installed.root, "pack_s1", {"exercises/one-row.md": exercise_md("one-row")})
    make_pack(installed.root, "pack_s2", {"exercises/two-row.md": exercise_md("two-row")})
    installed("one", "pack_s1")
    installed("two", "pack_s2")
    lib = mmc.load_library(packs=["two"])
    assert "two-row" in lib.exercises and "one-row" not in lib.exercises
    assert {"one-row", "two-row"} <= set(mmc.load_library(packs=None).exercises)
    result = mmc.check_content(packs=["three"])
    assert any("content pack 'three' is not installed" in p.message for p in result.errors)


def test_entry_point_forms(installed: Installer) -> None:
    # A package without content/: the package directory itself.
    make_pack(installed.root, "flat_pack", {"exercises/flat-row.md": exercise_md("flat-row")},
              subdir="")
    # A relative path attribute, and a callable returning a path.
    make_pack(installed.root, "attr_pack", {"exercises/attr-row.md": exercise_md("attr-row")})
    make_pack(installed.root, "call_pack", {"exercises/call-row.md": exercise_md("call-row")})
    installed("flat", "flat_pack")
    installed("attr", "attr_pack:CONTENT")
    installed("call", "call_pack:folder")
    found, problems = discover_packs()
    assert problems == []
    paths = {p.name: p.path for p in found}
    assert paths["flat"] == (installed.root / "flat_pack").resolve()
    assert paths["attr"] == (installed.root / "attr_pack" / "content").resolve()
    assert paths["call"] == installed.root / "call_pack" / "content"
    assert {"flat-row", "attr-row", "call-row"} <= set(mmc.load_library().exercises)


def test_broken_packs_are_reported_not_raised(installed: Installer) -> None:
    installed("missing", "no_such_module_for_mmc")
    make_pack(installed.root, "nodir_pack", {})
    installed("nodir", "nodir_pack:CONTENT")
    packs, problems = discover_packs()
    assert packs == []
    messages = sorted(p.message for p in problems)
    assert any("cannot be loaded" in m and "ModuleNotFoundError" in m for m in messages)
    assert any("does not exist" in m for m in messages)
    assert all("mmc.packs" in (p.file or "") for p in problems)
    result = mmc.check_content()
    assert result.library is None and len(result.errors) == 2
    with pytest.raises(mmc.ContentErrors):
        mmc.installed_packs()
    run = CliRunner().invoke(cli, ["packs"])
    assert run.exit_code == 1
    assert "no_such_module_for_mmc" in run.output


def test_pack_templates_and_describe(installed: Installer) -> None:
    make_pack(installed.root, "tpl_a", {"templates/card.css": "a{}", "exercises/a-row.md":
                                        exercise_md("a-row")})
    make_pack(installed.root, "tpl_b", {"templates/card.css": "b{}",
                                        "templates/partials/x.html": "<p></p>",
                                        f"exercises/{BUNDLED_ID}.md":
                                            exercise_md(BUNDLED_ID, overrides=True)})
    make_pack(installed.root, "tpl_c", {"exercises/c-row.md": exercise_md("c-row")})
    installed("a-pack", "tpl_a")
    installed("b-pack", "tpl_b")
    installed("c-pack", "tpl_c")
    dirs = pack_template_dirs()
    # Highest priority first: b loads after a, so b's card.css wins; c has no templates.
    assert dirs == [installed.root / "tpl_b" / "content" / "templates",
                    installed.root / "tpl_a" / "content" / "templates"]
    assert mmc.pack_template_dirs() == dirs
    [b] = [p for p in discover_packs()[0] if p.name == "b-pack"]
    contents = describe_pack(b)
    assert contents.items == {"exercise": (BUNDLED_ID,)}
    assert contents.overrides == (("exercise", BUNDLED_ID),)
    assert contents.templates == ("card.css", "partials/x.html")
    run = CliRunner().invoke(cli, ["packs"])
    assert run.exit_code == 0, run.output
    assert run.output.index("a-pack") < run.output.index("b-pack") < run.output.index("c-pack")
    assert f"overrides exercise: {BUNDLED_ID}" in run.output
    assert "templates: card.css, partials/x.html" in run.output


def test_no_packs_installed_message(installed: Installer) -> None:
    run = CliRunner().invoke(cli, ["packs"])
    assert run.exit_code == 0
    assert "no content packs installed" in run.output


def test_check_no_bundled_leaves_packs_out(installed: Installer, tmp_path: Path) -> None:
    make_pack(installed.root, "pack_nb", {"exercises/nb-row.md": exercise_md("nb-row")})
    installed("nb", "pack_nb")
    muscles = tmp_path / "alone" / "muscles"
    muscles.mkdir(parents=True)
    (muscles / "lonely.md").write_text(
        "---\nid: lonely\nname: Lonely\nlatin: Musculus solus\ngroup: arms\nside: front\n---\n",
        encoding="utf-8")
    run = CliRunner().invoke(
        cli, ["check", "--no-bundled", "--no-packs", str(tmp_path / "alone")]
    )
    assert run.exit_code == 0, run.output
    assert "1 muscles, 0 exercises" in run.output
    # --no-bundled alone leaves the bundled library out, not the packs: the pack's exercise
    # is read (and names a muscle only the bundled library has).
    run = CliRunner().invoke(cli, ["check", "--no-bundled", str(tmp_path / "alone")])
    assert "pack 'nb'" in run.output
    assert "nb-row" in run.output


def test_pack_dataclass_is_public() -> None:
    assert mmc.Pack is Pack
    assert Pack("x", Path("/nowhere"), "x").templates is None


# --- the example pack, installed into a fresh virtual environment ---------------------------


def _console_commands(doc: Path) -> list[str]:
    """The ``$ `` lines of the ```console blocks of a Markdown file."""
    blocks = re.findall(r"```console\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)
    return [line[2:] for block in blocks for line in block.splitlines() if line.startswith("$ ")]


@pytest.mark.slow
def test_example_pack_in_a_fresh_venv(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)],
                   check=True)
    bindir = venv / "bin"
    python = bindir / "python"
    env = {
        **os.environ,
        "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}",
        "VIRTUAL_ENV": str(venv),
        # Offline: build with the hatchling already installed, and fetch nothing.
        "PIP_NO_BUILD_ISOLATION": "0",
        "PIP_NO_INDEX": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    env.pop("PYTHONPATH", None)

    def run(command: list[str] | str, cwd: Path = REPO) -> str:
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                              shell=isinstance(command, str))
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
        return done.stdout

    # mmc itself, not the editable checkout of the outer environment.
    run([str(python), "-m", "pip", "install", "-q", str(REPO)])
    where = run([str(python), "-c", "import mmc; print(mmc.__file__)"])
    assert where.strip().startswith(str(venv)), where
    assert "no content packs installed" in run(["mmc", "packs"])

    # docs/packs.md: every command of its console blocks, as written, from the repository.
    commands = _console_commands(REPO / "docs" / "packs.md")
    assert commands[0] == "pip install examples/mmc-kettlebell-pack"
    outputs = [run(command) for command in commands]
    listing = outputs[1]
    assert listing.startswith("kettlebell (mmc-kettlebell-pack 0.1.0)\n"), listing
    assert str(venv) in listing
    assert "items: 4 exercises" in listing
    assert "overrides exercise: goblet-squat" in listing
    assert "templates: card.extra.css" in listing
    assert outputs[-1].strip() == "Kettlebell Swing"

    probe = textwrap.dedent(
        """\
        import json, mmc
        lib = mmc.load_library()
        bare = mmc.load_library(packs=False)
        print(json.dumps({
            "pack": [p.name for p in mmc.installed_packs()],
            "ids": sorted(set(lib.exercises) - set(bare.exercises)),
            "goblet": [c.text for c in lib.exercises["goblet-squat"].cues],
            "bare_goblet": [c.text for c in bare.exercises["goblet-squat"].cues],
            "source": lib.source("exercise", "goblet-squat"),
            "templates": [str(p) for p in mmc.pack_template_dirs()],
        }))
        """
    )
    import json

    seen = json.loads(run([str(python), "-c", probe]))
    assert seen["pack"] == ["kettlebell"]
    assert seen["ids"] == ["kettlebell-floor-press", "kettlebell-gorilla-row", "kettlebell-swing"]
    assert seen["goblet"][0] == "Hold the bell upside down by the horns, close to your chin"
    assert seen["goblet"] != seen["bare_goblet"]
    assert "mmc_kettlebell_pack" in seen["source"]
    assert seen["templates"] == [seen["source"].split("/exercises/")[0] + "/templates"]

    # The built site shows the pack's exercises and its cue set.
    site = tmp_path / "site"
    run(["mmc", "build", "--out", str(site)], cwd=tmp_path)
    pages = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert "Kettlebell Swing" in pages
    assert "Kettlebell Gorilla Row" in pages
    assert "Sit down between your heels for four counts" in pages
    # ... and its card styles, added after (not instead of) mmc's card stylesheet.
    [cards_css] = list(site.rglob("cards.css"))
    css = cards_css.read_text(encoding="utf-8")
    assert "mmc-kettlebell-pack" in css
    assert css.index(".mmc-card") < css.index("mmc-kettlebell-pack")


def test_mmc_serve_watches_pack_content_and_templates(installed: Installer,
                                                      tmp_path: Path) -> None:
    from mmc.site.config import load_config
    from mmc.site.serve import Watcher, watched_paths

    make_pack(installed.root, "pack_watch", {
        "exercises/watch-row.md": exercise_md("watch-row"),
        "templates/card.extra.css": ".card { color: teal }\n",
    })
    installed("watch", "pack_watch")
    project = tmp_path / "project"
    project.mkdir()
    config = load_config(cwd=project)
    pack_content = installed.root / "pack_watch" / "content"
    paths = watched_paths(config)
    assert pack_content in paths and pack_content / "templates" in paths
    seen: list[int] = []
    watcher = Watcher(paths, lambda: seen.append(1), interval=0.01)
    for changed in (pack_content / "exercises" / "watch-row.md",
                    pack_content / "templates" / "card.extra.css"):
        changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        assert watcher.check() is True and watcher.changed == [str(changed)]
    assert len(seen) == 2
