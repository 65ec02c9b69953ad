"""``mmc new DIR``: a coach's own cue-card project, ready to check, build and publish.

It writes ``mmc.toml`` (every setting, commented), a ``content/`` folder with one exercise,
one muscle page that overrides the bundled one and one drill, a ``.gitignore`` and a
``README.md`` on publishing, with a GitHub Pages workflow, and ``content/schema/`` (the JSON
Schema the example files point their editor to). ``from_bundled`` copies the bundled
library in as the coach's own content and sets ``bundled = false``. Nothing is overwritten:
the folder must be new or empty.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mmc.errors import MmcError
from mmc.render.geometry import CARD_SIZE_NAMES

__all__ = ["DISTRIBUTION", "new_project"]

#: The distribution name chosen for mmc on PyPI (``import mmc`` and the ``mmc`` command
#: stay). It is not published yet: the generated README and workflow say so.
DISTRIBUTION = "mmc-cues"

CONFIG = """\
# Settings of this cue-card project, made with mmc (distribution '{dist}').
# Every setting is optional; remove the '#' to change one. Paths are relative to this file.

# The site's title and the line under it.
title = "{title}"
# description = "Feel every rep in the muscle you mean to train."

# Where the site will be published: used for the sitemap and canonical links.
# base_url = "https://your-name.github.io/{name}/"

# Read the library that ships with mmc first (its exercises, with their muscles and
# drills). Your files in content/ are read after it: add items, or replace one by giving
# your file the same id and 'overrides: true'.{bundled_note}
{bundled}

# Your content folders, read after the bundled library and packs (default: content/).
# content = ["content"]

# Installed content packs to read ('mmc packs' lists them; default: all of them).
# packs = []

# Where 'mmc build' writes the site. Only an absent, empty or mmc-built folder is replaced
# ('~' is your home folder).
# out = "site"

# Files copied into the site as they are: a CNAME, a logo, favicons, a downloadable PDF.
# static/CNAME becomes site/CNAME, static/assets/logo.png site/assets/logo.png. Put such
# files here, never straight into the site folder: each build replaces that folder.
# static = "static"

# The build cache (safe to delete).
# cache_dir = ".mmc-cache"

# Card size on exercise pages: {card_sizes}.
# card_size = "a6"

# More names for muscles, by muscle id, used by 'mmc import' to map a dataset's muscle
# names (no need to copy the muscle's file).
# aliases = {{ latissimus-dorsi = ["lat muscle", "wings"] }}

# Sample sessions the site plans and publishes with a printable sheet (default: a built-in
# set). 'mmc list muscles' lists the muscle ids.
# [[sessions]]
# id = "glutes-first"
# title = "Glutes first"
# targets = ["gluteus-maximus", "gluteus-medius"]
# equipment = ["bodyweight", "dumbbell", "bench"]
# minutes = 40
# level = "beginner"
"""

EXERCISE = """\
---
# yaml-language-server: $schema=../schema/exercise.schema.json
id: frog-pump
name: Frog Pump
primary: [gluteus-maximus]
secondary: [gluteus-medius]
equipment: [bodyweight]
mechanic: isolation
pattern: hip-extension
tempo: 1-0-1-2
starts_with: concentric
cues:
  - text: Soles together, knees wide, heels a foot from your bottom
    phase: setup
    focus: body
  - text: Drive your hips up by squeezing your cheeks together, not by pushing with your feet
    phase: concentric
    focus: muscle
    muscle: gluteus-maximus
  - text: Squeeze hard at the top for two seconds; the lower back stays quiet
    phase: peak
    focus: muscle
    muscle: gluteus-maximus
  - text: Lower under control and touch the floor lightly
    phase: eccentric
    focus: body
safety:
  - Sharp pain in the lower back or the hips means stop; shorten the range.
easier: [glute-bridge]
harder: [barbell-hip-thrust]
---

My go-to first glute exercise: with the knees turned out the hamstrings can hardly help, so
most athletes feel their glutes in the first set.

## Set up

Lie on your back, put the soles of your feet together and let the knees fall wide. Slide the
heels towards you until they are about a foot from your bottom. Elbows on the floor or hands
on your belly.

## Visualise

Picture both buttocks as fists closing. As the hips rise, see them shorten and pull the
pelvis up; as you lower, see them lengthen again under control.

## Common mistakes

- **Arching the lower back at the top**: the spine lifts instead of the hips. Stop when the
  hips are straight and squeeze there.
- **Going fast and bouncing**: momentum does the work. Squeeze, hold, lower.
- **Knees drifting together**: the frog position is what quiets the hamstrings. Keep them wide.
"""

MUSCLE = """\
---
# yaml-language-server: $schema=../schema/muscle.schema.json
id: gluteus-maximus
overrides: true
name: Gluteus maximus
latin: Musculus gluteus maximus
group: hips
side: back
actions:
  - Extends the hip (drives the thigh back)
  - Turns the thigh outward
flex: >-
  Stand tall, feet under your hips, and screw your feet into the floor as if turning them out
  without moving them. Squeeze both cheeks as hard as you can for ten seconds.
touch: >-
  Put a hand flat on the fleshy middle of the buttock, then push that hip forward: it should
  go hard under your palm before the back of the thigh does.
compensations: [hamstrings, erector-spinae]
# An override replaces the bundled muscle whole: keep its aliases, or imports that name it
# so (everkinetic's 'glutaeus maximus') stop finding it.
aliases: [glutes, glute, glutaeus maximus, gluteus maximus]
---

The muscle my athletes find hardest to feel. We practise the squeeze before every lower-body
session: when they can make it hard on command, their bridges and hip thrusts stop being
hamstring and lower-back exercises.
"""

DRILL = """\
---
# yaml-language-server: $schema=../schema/drill.schema.json
id: glute-wake-up
name: Glute wake-up
kind: flex
targets: [gluteus-maximus, gluteus-medius]
minutes: 3
steps:
  - Stand tall and squeeze both cheeks for ten seconds, then relax. Three times.
  - Lie on your back and do five slow bridges, holding each top for three seconds.
  - On your side, lift the top leg a hand's width and hold it for ten seconds. Both sides.
---

Before every lower-body session. If an athlete cannot feel the squeeze in the first step,
we stay with it until they can, before any load.
"""

GITIGNORE = """\
# Built by 'mmc build': the site, its build cache and lock.
site/
.mmc-cache/
.site.lock
.site.*
# Written by 'mmc cards' and 'mmc sheet' when no --out is given.
cards.html
cards.pdf
session.html
session.pdf
"""

README = """\
# {title}

A cue-card site made with mmc: one Markdown file per exercise, muscle or drill in
`content/`, published as a static website.

## Work on it

mmc's distribution name is `{dist}`, but it is **not published on PyPI yet**: until it is,
install mmc from a wheel or a git URL of mmc (`python3 -m pip install mmc_cues-*.whl`, or
`python3 -m pip install 'git+https://...'` with the address of mmc's repository). Then:

```sh
mmc check                 # every problem in content/, with its file, line and fix
mmc build                 # the site, in site/
mmc serve                 # the site on http://127.0.0.1:8000/, rebuilt and reloaded on change
mmc cards frog-pump --pdf   # printable cue cards (PDF: Chromium, or pip install weasyprint)
mmc list muscles            # the muscle ids you can use (also: exercises, drills)
```

`content/` holds your files: `exercises/`, `muscles/`, `drills/` and `pages/`, one item per
file named after its id. They are read after the library that ships with mmc; a file with the
id of a bundled item and `overrides: true` replaces it (see `content/muscles/`). The settings
are in `mmc.toml`, each one explained there. `content/schema/` holds the JSON Schema of each
kind: editors with the YAML language server underline mistakes as you type (the first line of
each example file points to it).

Files that belong in the site as they are (a `CNAME`, a logo, favicons) go in `static/`:
each build copies them into `site/`. Anything put straight into `site/` is lost at the next
build, which replaces the folder.

## Publish it

`site/` is plain HTML, CSS and a little JavaScript: copy it to any static host (a web
server's folder, Netlify, Cloudflare Pages, an S3 bucket). Set `base_url` in `mmc.toml` to
the address it will have.

### GitHub Pages

`.github/workflows/publish.yml` builds the site and publishes it on every push to `main`:

1. edit its marked install line: until `{dist}` is published on PyPI, install mmc from a
   git URL of mmc's repository or a wheel committed to this repository;
2. push this folder to a GitHub repository;
3. in the repository's *Settings > Pages*, set *Source* to *GitHub Actions*;
4. push: the site appears at `https://<you>.github.io/<repository>/`.
"""

WORKFLOW = """\
# Build the cue-card site with mmc and publish it on GitHub Pages.
name: Publish cue cards
on:
  push:
    branches: [main]
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: true
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      # INSTALL MMC: '{dist}' is the name chosen for mmc on PyPI, but it is not published
      # there yet. Until it is, replace '{dist}' on the next line with a git URL of mmc
      # ('git+https://github.com/OWNER/mmc.git') or the path of a wheel committed to this
      # repository ('./mmc_cues-VERSION-py3-none-any.whl').
      - run: python -m pip install {dist}
      - run: mmc check
      - run: mmc build
      - uses: actions/upload-pages-artifact@v3
        with:
          path: site
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"""


def new_project(path: str | Path, *, from_bundled: bool = False,
                title: str | None = None) -> list[Path]:
    """Write a new project into ``path`` (new or empty); return the files written.

    ``from_bundled`` copies the bundled library into ``content/`` as the coach's own, with
    ``bundled = false`` (the example muscle override is then left out: edit the copy).
    """
    from mmc.content.sources import KINDS, bundled_content_dir

    root = Path(path)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise MmcError(
            f"{root} already exists and is not an empty folder",
            file=root,
            fix="choose a new folder name: 'mmc new my-cues'",
        )
    name = root.resolve().name or "cues"
    title = title or name.replace("-", " ").replace("_", " ").strip().title() + " cue cards"
    title = title.replace("\\", "").replace('"', "'")
    written: list[Path] = []

    def write(relative: str, text: str) -> None:
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)

    root.mkdir(parents=True, exist_ok=True)
    if from_bundled:
        bundled = "bundled = false"
        note = ("\n# This project holds its own copy of that library (mmc new --from-bundled), "
                "so it is left out.")
        source = bundled_content_dir()
        for sub in [*KINDS, "schema"]:
            if (source / sub).is_dir():
                shutil.copytree(source / sub, root / "content" / sub)
                written += sorted(f for f in (root / "content" / sub).rglob("*") if f.is_file())
    else:
        bundled = "# bundled = true"
        note = ""
    sizes = ", ".join(CARD_SIZE_NAMES[:-1]) + f" or {CARD_SIZE_NAMES[-1]}"
    write("mmc.toml", CONFIG.format(dist=DISTRIBUTION, title=title, name=name,
                                    bundled=bundled, bundled_note=note, card_sizes=sizes))
    exercise = root / "content" / "exercises" / "frog-pump.md"
    if not exercise.exists():
        write("content/exercises/frog-pump.md", EXERCISE)
    if not from_bundled:
        write("content/muscles/gluteus-maximus.md", MUSCLE)
    if not (root / "content" / "drills" / "glute-wake-up.md").exists():
        write("content/drills/glute-wake-up.md", DRILL)
    if not (root / "content" / "schema").is_dir():  # as 'mmc schema --out content/schema'
        import json

        from mmc.model.schema import SCHEMA_KINDS, json_schema

        for kind in SCHEMA_KINDS:
            write(f"content/schema/{kind}.schema.json",
                  json.dumps(json_schema(kind), indent=2, sort_keys=True) + "\n")
    write(".gitignore", GITIGNORE)
    write("README.md", README.format(title=title, dist=DISTRIBUTION))
    write(".github/workflows/publish.yml", WORKFLOW.format(dist=DISTRIBUTION))
    return written
