"""`mmc export json`: the whole library, valid against the published JSON Schemas."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import pytest
from click.testing import CliRunner

import mmc
from mmc.cli import cli
from mmc.content.export import EXPORT_FORMAT, SCHEMA_ID
from mmc.model.schema import FRONT_MATTER_MODELS, json_schema

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("MMC_SHARED_DATA", REPO.parent / "shared" / "data"))
KINDS = {"muscles": "muscle", "exercises": "exercise", "drills": "drill", "pages": "page"}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("imported")
    mmc.import_dataset("everkinetic", DATA / "everkinetic", out)
    mmc.import_dataset("wger", DATA / "wger", out)
    return out


def validator() -> jsonschema.Draft202012Validator:
    schema = mmc.library_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_export_of_bundled_and_imported_content_validates(imported: Path) -> None:
    library = mmc.load_library(imported, packs=False)
    data = json.loads(mmc.export_json(library))
    validator().validate(data)
    assert data["$schema"] == SCHEMA_ID == mmc.library_schema()["$id"]
    assert data["format"] == EXPORT_FORMAT
    assert data["mmc_version"] == mmc.__version__
    for key in KINDS:
        items = getattr(library, key)
        assert [item["id"] for item in data[key]] == sorted(items)
    assert sum(1 for e in data["exercises"] if e["imported"]) > 300
    # Every item also validates against the published front-matter schema of its kind
    # (`mmc schema`), once the Markdown body fields are set aside.
    for key, kind in KINDS.items():
        schema = json_schema(kind)
        check = jsonschema.Draft202012Validator(schema)
        body_fields = FRONT_MATTER_MODELS[kind][1]
        for item in data[key]:
            check.validate({k: v for k, v in item.items() if k not in body_fields})


def test_export_round_trips_to_the_models(imported: Path) -> None:
    library = mmc.load_library(imported, packs=False)
    data = mmc.export_library(library)
    for exercise in data["exercises"]:
        assert mmc.Exercise.model_validate(exercise) == library.exercises[exercise["id"]]
    for muscle in data["muscles"]:
        assert mmc.Muscle.model_validate(muscle) == library.muscles[muscle["id"]]
    imported_one = next(e for e in data["exercises"] if e["provenance"])
    assert imported_one["provenance"]["license"]
    assert imported_one["tempo"] == {"eccentric": 3, "pause_after_eccentric": 1,
                                     "concentric": 1, "pause_after_concentric": 0,
                                     "starts_with": imported_one["starts_with"]}


def test_invalid_export_is_rejected_by_the_schema() -> None:
    data = mmc.export_library(mmc.load_library(packs=False))
    check = validator()
    broken = json.loads(json.dumps(data))
    broken["exercises"][0]["mechanic"] = "wobbly"
    assert not check.is_valid(broken)
    broken = json.loads(json.dumps(data))
    broken["surprise"] = 1
    assert not check.is_valid(broken)
    broken = json.loads(json.dumps(data))
    del broken["muscles"]
    assert not check.is_valid(broken)


def test_cli_export_json_is_deterministic(tmp_path: Path, imported: Path) -> None:
    runner = CliRunner()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for target in (first, second):
        run = runner.invoke(cli, ["export", "json", str(imported), "--out", str(target)])
        assert run.exit_code == 0, run.output
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    validator().validate(data)
    assert first.read_text(encoding="utf-8") == mmc.export_json(mmc.load_library(imported))
    printed = runner.invoke(cli, ["export", "json", "--no-packs"])
    assert printed.exit_code == 0
    bundled = json.loads(printed.stdout)
    assert len(bundled["exercises"]) == len(mmc.load_library(packs=False).exercises)
    missing = runner.invoke(cli, ["export", "json", "--no-bundled", "--no-packs",
                                  str(tmp_path / "nothing")])
    assert missing.exit_code == 1  # a missing directory is an error, not an empty export
    assert "does not exist" in missing.output and '"exercises"' not in missing.output


def test_cli_export_schema(tmp_path: Path) -> None:
    run = CliRunner().invoke(cli, ["export", "schema"])
    assert run.exit_code == 0
    assert json.loads(run.output) == mmc.library_schema()
    target = tmp_path / "schema" / "library.schema.json"
    CliRunner().invoke(cli, ["export", "schema", "--out", str(target)])
    assert json.loads(target.read_text(encoding="utf-8")) == mmc.library_schema()


def test_export_errors_are_located(tmp_path: Path) -> None:
    bad = tmp_path / "bad" / "exercises"
    bad.mkdir(parents=True)
    (bad / "oops.md").write_text("---\nid: oops\nname: Oops\n---\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["export", "json", str(tmp_path / "bad")])
    assert run.exit_code == 1
    assert "oops.md" in run.output and "missing required field" in run.output
    assert "Traceback" not in run.output


def test_public_names() -> None:
    names = {"Pack", "installed_packs", "pack_template_dirs", "import_dataset", "ImportReport",
             "export_json", "export_library", "library_schema"}
    assert names <= set(mmc.__all__)
    assert all(getattr(mmc, name) is not None for name in names)
