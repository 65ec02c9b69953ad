"""Fingerprint everything mmc writes, to prove a refactor changed no output byte.

Builds, into a fresh temporary folder, the site of the bundled library and of a seeded
1,000-exercise synthetic library, plus card decks, a session sheet, the exports and the
plans (session, week, block) as JSON and Markdown, and writes one line per output file:
``sha256  relative/path``. Run it before and after a change and compare:

    python scripts/output_digest.py /tmp/before.txt            # on the old commit
    python scripts/output_digest.py /tmp/after.txt             # on the new one
    python scripts/output_digest.py --compare /tmp/before.txt /tmp/after.txt

Uses the ``mmc`` of the running interpreter (``python -m mmc``). Nothing outside the
temporary folder is written, apart from the manifest.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))


def mmc(work: Path, *args: str, cwd: Path | None = None) -> None:
    """Run one mmc command; fail loudly with its output."""
    env = dict(os.environ, MMC_CACHE_DIR=str(work / "cache"), XDG_CACHE_HOME=str(work / "xdg"),
               HOME=str(work / "home"), SOURCE_DATE_EPOCH="0")
    done = subprocess.run([sys.executable, "-m", "mmc", *args], cwd=cwd or work, env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"mmc {' '.join(args)} failed ({done.returncode}):\n"
                         f"{done.stdout}{done.stderr}")


def produce(work: Path) -> Path:
    """Write every output under ``work / 'out'`` and return that folder."""
    from synth import generate  # benchmarks/synth.py

    out = work / "out"
    out.mkdir(parents=True)
    (work / "home").mkdir()
    project = work / "project"
    project.mkdir()
    (project / "content").mkdir()
    mmc(work, "build", "--out", str(out / "site-bundled"), cwd=project)
    synthetic = work / "synthetic"
    generate(1000, synthetic / "content")
    mmc(work, "build", "--no-bundled", "--out", str(out / "site-synthetic"), cwd=synthetic)
    mmc(work, "cards", "--group", "back", "--out", str(out / "cards-back.html"), cwd=project)
    mmc(work, "cards", "--group", "legs", "--size", "a6", "--paper", "letter",
        "--out", str(out / "cards-legs-a6.html"), cwd=project)
    plans = [
        ("plan", "-t", "chest,back", "-e", "barbell,bench,dumbbell,cable", "-m", "60"),
        ("plan", "-t", "glutes", "-e", "dumbbell", "-m", "30", "--goal", "strength"),
        ("plan-week", "-d", "4", "-e", "barbell,bench,dumbbell,cable,machine", "-m", "60"),
        ("plan-week", "-d", "3", "-e", "dumbbell", "--level", "beginner"),
        ("plan-block", "-w", "4", "-d", "3", "-e", "barbell,bench,dumbbell", "--goal", "strength"),
    ]
    for index, plan in enumerate(plans):
        for fmt in ("md", "json"):
            target = out / f"plan-{index}.{fmt}"
            env_args = [*plan, "--format", fmt]
            done = subprocess.run([sys.executable, "-m", "mmc", *env_args], cwd=project,
                                  capture_output=True, text=True, check=False,
                                  env=dict(os.environ, HOME=str(work / "home"),
                                           XDG_CACHE_HOME=str(work / "xdg")))
            if done.returncode:
                raise SystemExit(f"mmc {' '.join(env_args)} failed:\n{done.stdout}{done.stderr}")
            target.write_text(done.stdout, encoding="utf-8")
    mmc(work, "sheet", str(out / "plan-0.json"), "--out", str(out / "sheet.html"), cwd=project)
    mmc(work, "sheet", str(out / "plan-2.json"), "--day", "2", "--paper", "letter",
        "--out", str(out / "sheet-week.html"), cwd=project)
    mmc(work, "export", "json", "--out", str(out / "export.json"), cwd=project)
    mmc(work, "export", "schema", "--out", str(out / "export.schema.json"), cwd=project)
    mmc(work, "schema", "--out", str(out / "schema"), cwd=project)
    return out


def manifest(root: Path) -> list[str]:
    lines = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.relative_to(root).as_posix()}")
    return lines


def compare(before: Path, after: Path) -> int:
    old = dict(reversed(line.split("  ", 1)) for line in before.read_text().splitlines())
    new = dict(reversed(line.split("  ", 1)) for line in after.read_text().splitlines())
    changed = sorted(p for p in old.keys() & new.keys() if old[p] != new[p])
    gone, added = sorted(old.keys() - new.keys()), sorted(new.keys() - old.keys())
    for label, paths in (("changed", changed), ("missing", gone), ("new", added)):
        for path in paths[:40]:
            print(f"{label}: {path}")
        if len(paths) > 40:
            print(f"... and {len(paths) - 40} more {label}")
    print(f"{len(old)} before, {len(new)} after: {len(changed)} changed, "
          f"{len(gone)} missing, {len(added)} new")
    return 1 if changed or gone or added else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("manifest", type=Path, nargs="?", help="where to write the digest list")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--keep", type=Path, help="also copy the outputs here (new folder)")
    args = parser.parse_args()
    if args.compare:
        raise SystemExit(compare(*args.compare))
    if args.manifest is None:
        parser.error("give a manifest path, or --compare BEFORE AFTER")
    with tempfile.TemporaryDirectory(prefix="mmc-digest-") as tmp:
        out = produce(Path(tmp))
        lines = manifest(out)
        if args.keep:
            import shutil
            shutil.copytree(out, args.keep)
    args.manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} files -> {args.manifest}")


if __name__ == "__main__":
    main()
