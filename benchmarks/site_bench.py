"""Website benchmarks, side by side in one run (issue 6).

1. ``mmc build`` of a synthetic library of N exercises: cold (empty cache), then after
   editing one exercise file.
2. Hugo rendering the same pages with a comparable template: a page per exercise (its card
   with an inline body-chart SVG and the cues, then set-up, visualisation, mistakes, muscles
   and related exercises), a page per muscle, equipment and movement pattern listing its
   exercises, list pages, printable card sheets per muscle group (48 cards a page, front
   and back) and a JSON search index, as ``mmc build`` writes them. The templates are written
   as a Hugo user would: related exercises come from the ``muscles`` taxonomy
   (``site.Taxonomies.muscles.Get``, a map lookup, not a scan of every page per page), and
   the body map, the same on every page here, is a ``partialCached`` partial. Run with
   ``--metrics`` to print Hugo's own ``--templateMetrics`` for one build.
   In the same alternating runs, the interpreter importing only the libraries a build needs
   (PyYAML, Jinja2, markdown-it-py, pydantic, click) is timed too: the floor of any cold
   build in this stack, reported as a ratio to Hugo's whole build.
3. ``mkdocs build`` with the mmc plugin vs the same pages written as plain Markdown files.

    python benchmarks/site_bench.py 1000 /tmp/mmc-bench
    python benchmarks/site_bench.py 10000 /tmp/mmc-bench --cold-only --runs 3

What "cold" means here: a build on a machine where neither tool has run before, except for
the installed programs themselves (Python's own ``.pyc`` files, mmc's templates precompiled
to Python modules in the package, Hugo's binary). Every cold
``mmc build`` runs with a new, empty ``XDG_CACHE_HOME`` and without the project's
``.mmc-cache``: no rendered page, card, parsed file or compiled template (Jinja's bytecode
cache) from an earlier build, and the per-user cache key is made afresh. Every Hugo build
runs with a new, empty ``HUGO_CACHEDIR``, without ``resources/_gen`` and into an empty
destination (Hugo keeps no rendered pages between runs). The warm timings (after one edit,
nothing changed) share one benchmark-own cache folder, never the user's.

Python runs as an installed program does: with its modules' bytecode (``.pyc``) written once,
as ``pip install`` does, not compiled from source in every process. An environment with
``PYTHONDONTWRITEBYTECODE`` set would otherwise compile every mmc module at every start (about
0.08 s of CPU per process on the development VM); the benchmark writes the bytecode under
ROOT/pycache (``PYTHONPYCACHEPREFIX``), never next to the sources, with one untimed build
before the first timing (Python then reads bytecode only from that folder, so every module a
build imports, the standard library's too, is compiled there once).

Peak memory is the largest resident set of the build's processes (``ru_maxrss`` from
``wait4``, what ``/usr/bin/time -f %M`` prints): the parent or one forked worker, whichever
is larger.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import generate

from mmc.content.loader import load_library


def settle(cwd: Path) -> None:
    """Start every timing from a quiet machine.

    ``mmc build`` deletes the previous site and prunes its cache in detached processes after
    it has finished; wait for those (they would slow whichever build runs next, mmc's or
    Hugo's), then flush written files to disk so that no build pays for another's writes.
    """
    import os

    def helpers() -> bool:  # mmc's detached deleters: "-m mmc.site.cache" or "shutil.rmtree"
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                text = cmdline.read_bytes()
            except OSError:
                continue
            if b"mmc.site.cache" in text or b"shutil.rmtree" in text:
                return True
        return False

    for _ in range(600):
        if not any(cwd.glob(".site.trash-*")) and not helpers():
            break
        time.sleep(0.05)
    os.sync()


#: Peak resident memory (MB) and CPU seconds (user + system) of the last command
#: :func:`timed` ran, its forked workers included.
PEAK_MB: list[float] = [0.0]
CPU_S: list[float] = [0.0]


def timed(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    import os
    import tempfile

    settle(cwd)
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=out, env=env)
        _, status, usage = os.wait4(proc.pid, 0)  # the rusage of it and its workers
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            out.seek(0)
            text = out.read().decode(errors="replace")
            raise SystemExit(f"{' '.join(cmd)} failed:\n{text[-2000:]}")
    PEAK_MB[0] = usage.ru_maxrss / 1024
    CPU_S[0] = usage.ru_utime + usage.ru_stime
    return elapsed


def fresh_env(root: Path, name: str, variable: str) -> dict[str, str]:
    """The environment with ``variable`` pointing at a new, empty folder ``root/name``."""
    import os

    folder = root / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return {**os.environ, variable: str(folder)}


def best(cmd: list[str], cwd: Path, runs: int, before: object = None,
         env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        if callable(before):
            before()
        times.append(timed(cmd, cwd, env))
    print(f"  ... {' '.join(cmd[-2:])} in {cwd.name}: "
          + ", ".join(f"{t:.2f}" for t in times), file=sys.stderr, flush=True)
    return min(times)


def edit(path: Path, counter: list[int]) -> None:
    counter[0] += 1
    text = path.read_text(encoding="utf-8")
    marker = "Set up for movement"
    path.write_text(text.replace(marker, f"{marker} (edit {counter[0]})", 1), encoding="utf-8")


#: What any ``mmc build`` pays before its own code runs: the interpreter and the libraries
#: it builds with (YAML, templates, Markdown, validation, the command line). Timed in the same
#: alternating runs as the builds, it is the floor of a cold build in this stack.
STACK = [sys.executable, "-c", "import yaml, jinja2, markdown_it, pydantic, click"]


# --- Hugo ---------------------------------------------------------------------------------

HUGO_CONFIG = """\
baseURL = "https://example.org/"
title = "mmc cue cards"
disableKinds = ["RSS", "sitemap", "robotsTXT"]
paginate = 48
[pagination]
  pagerSize = 48
[outputs]
  home = ["HTML", "JSON"]
[taxonomies]
  muscle = "muscles"
  equipment = "equipment"
  pattern = "patterns"
  group = "groups"
[markup.goldmark.renderer]
  unsafe = false
"""

BASEOF = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ site.Title }}</title><link rel="stylesheet" href="/assets/site.css"></head>
<body><header class="site-header"><a class="brand" href="/">{{ site.Title }}</a>
<nav><ul><li><a href="/exercises/">Exercises</a></li><li><a href="/muscles/">Muscles</a></li></ul></nav>
<form action="/search/"><input name="q" type="search"></form></header>
<main>{{ block "main" . }}{{ end }}</main><footer class="site-footer">{{ site.Title }}</footer></body></html>
"""

SINGLE = """{{ define "main" }}<article class="exercise"><h1>{{ .Title }}</h1>
<dl class="facts"><dt>Target</dt><dd>{{ range .Params.primary }}<a class="chip" href="/muscles/{{ . | urlize }}/">{{ . }}</a> {{ end }}</dd>
<dt>Helpers</dt><dd>{{ range .Params.secondary }}<a class="chip" href="/muscles/{{ . | urlize }}/">{{ . }}</a> {{ end }}</dd>
<dt>Equipment</dt><dd>{{ range .Params.equipment }}<span class="chip">{{ . }}</span>{{ end }}</dd></dl>
<figure class="card">{{ partialCached "map.svg" . }}<p class="tempo">Tempo {{ .Params.tempo }}</p>
<ul class="cues">{{ range .Params.cues }}<li><b>{{ .phase }}</b> {{ .text }}</li>{{ end }}</ul></figure>
<section class="prose">{{ .Content }}</section>
{{ $first := index .Params.primary 0 }}<section class="related"><h2>Also trains {{ $first }}</h2><ul>
{{ with site.Taxonomies.muscles.Get $first }}{{ range first 6 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}
</ul></section></article>{{ end }}
"""

LIST = """{{ define "main" }}<h1>{{ .Title }}</h1><ul class="tiles">
{{ range .Pages }}<li class="tile"><a href="{{ .RelPermalink }}">{{ .Title }}</a>
<span>{{ delimit (.Params.primary | default slice) ", " }}</span></li>{{ end }}</ul>{{ end }}
"""

TERM = """{{ define "main" }}<h1>{{ .Title }}</h1>{{ partialCached "map.svg" . }}
<ul class="tiles">{{ range .Pages }}<li class="tile"><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
"""

# A muscle group's printable sheet: every card of the group, front and back, 48 a page.
GROUP_TERM = """{{ define "main" }}<h1>Cards: {{ .Title }}</h1>
{{ $pager := .Paginate .Pages }}<div class="sheet">{{ range $pager.Pages }}
<div class="card-pair"><div class="card-front"><h2>{{ .Title }}</h2>{{ partialCached "map.svg" . }}
<p class="tempo">Tempo {{ .Params.tempo }}</p><ul class="cues">{{ range .Params.cues }}<li><b>{{ .phase }}</b> {{ .text }}</li>{{ end }}</ul></div>
<div class="card-back"><h2>{{ .Title }}</h2>{{ .Content }}</div></div>{{ end }}</div>
<nav>{{ with $pager.Prev }}<a href="{{ .URL }}">Previous</a>{{ end }} {{ with $pager.Next }}<a href="{{ .URL }}">Next</a>{{ end }}</nav>{{ end }}
"""

SEARCH = """[{{ range $i, $p := site.RegularPages }}{{ if $i }},{{ end }}{{ dict "title" $p.Title "url" $p.RelPermalink "muscles" $p.Params.muscles "equipment" $p.Params.equipment "pattern" $p.Params.pattern | jsonify }}{{ end }}]
"""


def hugo_site(content: Path, out: Path) -> Path:
    """A Hugo project with the synthetic exercises as pages and muscles as a taxonomy."""
    from mmc.render.musclemap import render_muscle_map

    lib = load_library(content, bundled=False, packs=False)
    if out.exists():
        shutil.rmtree(out)
    (out / "layouts" / "_default").mkdir(parents=True)
    (out / "layouts" / "partials").mkdir(parents=True)
    (out / "content" / "exercises").mkdir(parents=True)
    (out / "static" / "assets").mkdir(parents=True)
    (out / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    (out / "layouts" / "_default" / "baseof.html").write_text(BASEOF, encoding="utf-8")
    (out / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (out / "layouts" / "_default" / "list.html").write_text(LIST, encoding="utf-8")
    (out / "layouts" / "_default" / "term.html").write_text(TERM, encoding="utf-8")
    (out / "layouts" / "groups").mkdir(parents=True)
    (out / "layouts" / "groups" / "term.html").write_text(GROUP_TERM, encoding="utf-8")
    (out / "layouts" / "index.json").write_text(SEARCH, encoding="utf-8")
    svg = render_muscle_map(["latissimus-dorsi"], ["biceps-brachii"], library=lib)
    (out / "layouts" / "partials" / "map.svg").write_text(svg, encoding="utf-8")
    (out / "static" / "assets" / "site.css").write_text("body{font-family:system-ui}", "utf-8")
    for exercise in lib.exercises.values():
        front = {
            "title": exercise.name,
            "primary": exercise.primary,
            "muscles": [*exercise.primary, *exercise.secondary],
            "secondary": exercise.secondary,
            "equipment": list(exercise.equipment),
            "patterns": [exercise.pattern],
            "pattern": exercise.pattern,
            "groups": [lib.muscles[exercise.primary[0]].group],
            "tempo": str(exercise.tempo),
            "cues": [c.model_dump(mode="json") for c in exercise.cues],
        }
        body = (f"## Set up\n\n{exercise.setup}\n\n## Visualise\n\n{exercise.visualise}\n\n"
                f"## Common mistakes\n\n{exercise.mistakes}\n")
        (out / "content" / "exercises" / f"{exercise.id}.md").write_text(
            json.dumps(front, indent=1) + "\n" + body, encoding="utf-8")
    return out


# --- What any warm build pays --------------------------------------------------------------

def warm_floor(site: Path, runs: int) -> dict[str, float]:
    """What a rebuild costs before it renders anything, best of ``runs`` each.

    Starting the interpreter; importing the validating models and the build (content must be
    validated before it is published); and giving the new site its own directory tree, one
    directory and one hard link per page, which the atomic swap needs so that a killed build
    never leaves a half-updated ``site/``.
    """
    import os
    import tempfile

    start = best([sys.executable, "-c", "pass"], site.parent, runs)
    imports = best([sys.executable, "-c", "import mmc.site.build"], site.parent, runs) - start
    # Alternate the two bare imports so that both see the same machine.
    mmc_import, pydantic_import = [], []
    for _ in range(runs):
        mmc_import.append(timed([sys.executable, "-c", "import mmc"], site.parent) - start)
        pydantic_import.append(
            timed([sys.executable, "-c", "import pydantic"], site.parent) - start)
    files = [p for p in site.rglob("*") if p.is_file()]
    folders = sorted({p.parent.relative_to(site) for p in files})
    copies = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(dir=site.parent) as tmp:
            began = time.perf_counter()
            for folder in folders:
                os.makedirs(Path(tmp) / folder, exist_ok=True)
            for path in files:
                os.link(path, Path(tmp) / path.relative_to(site))
            copies.append(time.perf_counter() - began)
    return {
        "python start-up (python -c pass)": start,
        "import mmc.site.build (models, templates)": imports,
        "import mmc (python -c 'import mmc', less start-up)": min(mmc_import),
        "import pydantic (the same way, alternating with import mmc)": min(pydantic_import),
        f"hard-linked copy of site/ ({len(folders)} folders, {len(files)} files)": min(copies),
    }


# --- MkDocs -------------------------------------------------------------------------------

def mkdocs_sites(content: Path, root: Path) -> tuple[Path, Path]:
    """The same pages twice: generated by the plugin, and as plain Markdown files.

    The plain site's files hold exactly the HTML the plugin generates (cut out of a plugin
    build), so both builds publish the same pages and the difference is the plugin's work.
    """
    import re

    plugin, plain = root / "mkdocs-plugin", root / "mkdocs-plain"
    for site in (plugin, plain):
        if site.exists():
            shutil.rmtree(site)
        (site / "docs").mkdir(parents=True)
        (site / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    shutil.copytree(content, plugin / "content")
    (plugin / "mkdocs.yml").write_text(
        "site_name: bench\nplugins:\n  - mmc:\n      content: [content]\n      bundled: false\n",
        encoding="utf-8")
    timed([sys.executable, "-m", "mkdocs", "build", "--quiet"], plugin)
    body = re.compile(r'<div class="mmc">.*?<!-- mmc:end -->', re.S)
    title = re.compile(r"<title>(.*?) - bench</title>", re.S)
    for page in sorted((plugin / "site" / "cues").rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        relative = page.parent.relative_to(plugin / "site")
        parts = relative.parts
        name = ("/".join(parts) + ".md") if len(parts) > 1 else "cues/index.md"
        target = plain / "docs" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        found = title.search(html)
        heading = found.group(1) if found else parts[-1]
        target.write_text(f"---\ntitle: {json.dumps(heading)}\n---\n\n"
                          + body.search(html).group(0) + "\n", encoding="utf-8")  # type: ignore[union-attr]
    (plain / "docs" / "cues" / "assets").mkdir(parents=True, exist_ok=True)
    shutil.copy(plugin / "site" / "cues" / "assets" / "mmc.css",
                plain / "docs" / "cues" / "assets" / "mmc.css")
    (plain / "mkdocs.yml").write_text(
        "site_name: bench\nextra_css: [cues/assets/mmc.css]\nnot_in_nav: |\n"
        "  /cues/exercises/*.md\n  /cues/muscles/*.md\n  /cues/drills/*.md\n",
        encoding="utf-8")
    return plugin, plain


def installed_bytecode(prefix: Path, *trees: Path) -> None:
    """Let every Python process the benchmark starts use bytecode, as an installed program
    does (see the module's docstring): mmc's (and ``trees``') compiled once now, under
    ``prefix``."""
    import os

    import mmc

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(prefix)
    for tree in (Path(mmc.__file__).parent, *trees):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree)], check=True,
                       stdout=subprocess.DEVNULL)


def main() -> None:
    import os

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=1000)
    parser.add_argument("root", type=Path, nargs="?", default=Path("/tmp/mmc-site-bench"))
    parser.add_argument("--runs", type=int, default=3, help="best of N for each timing")
    parser.add_argument("--metrics", action="store_true",
                        help="print Hugo's --templateMetrics for one build, then stop")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="also time `mmc build` from this source tree (an older src/)")
    parser.add_argument("--cold-only", action="store_true",
                        help="only the alternating cold mmc / Hugo pairs (no warm builds, "
                             "start-up floor or MkDocs)")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the content and Hugo project ROOT holds from an earlier run "
                             "with the same COUNT instead of writing them again")
    args = parser.parse_args()
    root: Path = args.root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    project = root / "mmc"
    stamp = root / "generated.txt"
    reuse = args.reuse and stamp.exists() and stamp.read_text() == str(args.count)
    content = project / "content"
    if not reuse:
        stamp.unlink(missing_ok=True)
        generate(args.count, content)
    (project / "mmc.toml").write_text('bundled = false\ncontent = ["content"]\npacks = []\n',
                                      encoding="utf-8")
    mmc = [sys.executable, "-m", "mmc", "build"]
    installed_bytecode(root / "pycache", *([args.baseline] if args.baseline else []))
    print(f"load average at the start: {os.getloadavg()}", file=sys.stderr, flush=True)

    hugo = shutil.which("hugo")
    site = (root / "hugo" if reuse else hugo_site(content, root / "hugo")) if hugo else None
    stamp.write_text(str(args.count))
    if args.metrics:
        if not hugo or site is None:
            raise SystemExit("--metrics needs hugo on PATH")
        report = subprocess.run(
            [hugo, "--templateMetrics", "--templateMetricsHints", "--destination",
             str(root / "hugo-out")], cwd=site, capture_output=True, text=True, check=True)
        print(report.stdout)
        return
    # One untimed build of each tool first (bytecode, the operating system's file cache).
    warm_up = [*mmc, "--out", str(root / "warm-up-site")]
    timed(warm_up, project, fresh_env(root, "xdg-cold", "XDG_CACHE_HOME"))
    if args.baseline:
        timed(warm_up, project, {**fresh_env(root, "xdg-cold", "XDG_CACHE_HOME"),
                                 "PYTHONPATH": str(args.baseline.resolve())})
    shutil.rmtree(project / ".mmc-cache", ignore_errors=True)
    if hugo and site is not None:
        timed([hugo, "--quiet", "--destination", str(root / "hugo-out")], site,
              fresh_env(root, "hugo-cache", "HUGO_CACHEDIR"))
    # Warm builds keep their cache in a folder of the benchmark's own, never the user's.
    warm_env = fresh_env(root, "xdg-warm", "XDG_CACHE_HOME")

    def mmc_rows(label: str, extra: dict[str, str]) -> list[tuple[str, float]]:
        # Cold mmc builds and Hugo builds alternate, so that both see the same machine (a
        # shared VM's speed drifts by tens of percent within minutes).
        colds: list[float] = []
        hugos: list[float] = []
        stack: list[float] = []
        for _ in range(args.runs):
            shutil.rmtree(project / ".mmc-cache", ignore_errors=True)
            cold_env = {**fresh_env(root, "xdg-cold", "XDG_CACHE_HOME"), **extra}
            colds.append(timed(mmc, project, cold_env))
            peaks.setdefault(f"mmc build{label}", []).append(PEAK_MB[0])
            cpus.setdefault(f"mmc build{label}", []).append(CPU_S[0])
            if hugo and site is not None and not label:
                stack.append(timed(STACK, project, cold_env))
                shutil.rmtree(root / "hugo-out", True)
                shutil.rmtree(site / "resources", True)
                hugo_env = fresh_env(root, "hugo-cache", "HUGO_CACHEDIR")
                hugos.append(timed([hugo, "--quiet", "--destination", str(root / "hugo-out")],
                                   site, hugo_env))
                peaks.setdefault("hugo", []).append(PEAK_MB[0])
                cpus.setdefault("hugo", []).append(CPU_S[0])
        print(f"  ... mmc build{label} cold: " + ", ".join(f"{t:.2f}" for t in colds)
              + ("; hugo: " + ", ".join(f"{t:.2f}" for t in hugos) if hugos else ""),
              file=sys.stderr, flush=True)
        out = [(f"mmc build{label}, cold (empty caches)", min(colds))]
        if hugos:
            pairs = sorted(c / h for c, h in zip(colds, hugos, strict=True))
            print("  ... cold pairs mmc / hugo: " + ", ".join(f"{r:.2f}" for r in pairs),
                  file=sys.stderr, flush=True)
            out.append(("hugo, the same pages", min(hugos)))
            ratios.append(pairs[len(pairs) // 2])
            floors = sorted(s / h for s, h in zip(stack, hugos, strict=True))
            out.append(("python importing the libraries a build needs", min(stack)))
            floor_ratios.append(floors[len(floors) // 2])
        if args.cold_only:
            return out
        env = {**warm_env, **extra}
        timed(mmc, project, env)  # fill the cache
        counter = [0]
        target = content / "exercises" / f"synthetic-{args.count // 2:05d}.md"
        warm = best(mmc, project, args.runs, lambda: edit(target, counter), env)
        unchanged = best(mmc, project, args.runs, None, env)
        return [*out, (f"mmc build{label}, after editing one exercise", warm),
                (f"mmc build{label}, nothing changed", unchanged)]

    peaks: dict[str, list[float]] = {}
    cpus: dict[str, list[float]] = {}
    ratios: list[float] = []
    floor_ratios: list[float] = []
    rows: list[tuple[str, float]] = []
    if args.baseline is not None:
        rows += mmc_rows(" (baseline)", {"PYTHONPATH": str(args.baseline.resolve())})
    rows += mmc_rows("", {})
    width = max(len(name) for name, _ in rows)
    print(f"{args.count} synthetic exercises, best of {args.runs} (wall clock, seconds)")
    for name, seconds in rows:
        print(f"  {name:<{width}}  {seconds:7.2f}")
    for name, mbs in peaks.items():
        print(f"  peak memory, {name} cold: {max(mbs):.0f} MB (largest process); CPU "
              f"(user + system, workers included), median: {sorted(cpus[name])[len(mbs) // 2]:.2f} s")
    if ratios:
        print(f"  cold mmc build / hugo, median of {args.runs} alternating pairs: {ratios[-1]:.2f}")
        print(f"  python importing the libraries a build needs / hugo's whole build, median of "
              f"the same {args.runs} runs: {floor_ratios[-1]:.2f}")
    print(f"  load average at the end: {os.getloadavg()}")
    if args.cold_only:
        return
    cold = next(t for name, t in rows if name == "mmc build, cold (empty caches)")
    warm = next(t for name, t in rows if name == "mmc build, after editing one exercise")
    floor = warm_floor(project / "site", args.runs)
    bare = {name: floor.pop(name) for name in list(floor) if name.startswith("import mmc (")
            or name.startswith("import pydantic")}
    more = [(name, seconds) for name, seconds in {**floor, **bare}.items()]

    plugin, plain = mkdocs_sites(content, root)
    mk = [sys.executable, "-m", "mkdocs", "build", "--quiet"]
    plain_time = best(mk, plain, args.runs)
    plugin_colds = []
    for _ in range(args.runs):
        shutil.rmtree(plugin / ".mmc-cache", ignore_errors=True)
        plugin_colds.append(timed(mk, plugin, fresh_env(root, "xdg-cold", "XDG_CACHE_HOME")))
    plugin_cold = min(plugin_colds)
    timed(mk, plugin, warm_env)
    plugin_warm = best(mk, plugin, args.runs, None, warm_env)
    more += [
        ("mkdocs build, plain Markdown pages", plain_time),
        ("mkdocs build, mmc plugin, cold cache", plugin_cold),
        ("mkdocs build, mmc plugin, warm cache", plugin_warm),
    ]
    width = max(len(name) for name, _ in more)
    for name, seconds in more:
        print(f"  {name:<{width}}  {seconds:7.2f}")
    print(f"  warm / cold mmc build: {warm / cold:.3f}")
    print(f"  least a warm build can take (start-up + imports + tree copy): "
          f"{sum(floor.values()):.2f} s, {sum(floor.values()) / cold:.3f} of the cold build")
    print(f"  plugin overhead over plain MkDocs: cold {plugin_cold / plain_time - 1:+.0%}, "
          f"warm {plugin_warm / plain_time - 1:+.0%}")


if __name__ == "__main__":
    main()
