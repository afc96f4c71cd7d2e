"""Tests of `python -m codegen --write-spec` (`codegen.prism_spec`): the overlaid spec Prism serves, as JSON."""

from __future__ import annotations

import json
from typing import Any, cast
from pathlib import Path

import pytest

import codegen.__main__ as driver
from codegen.spec import Spec, load_spec
from codegen.resources import ConfigError
from codegen.prism_spec import dump_spec, write_spec, apply_overlays, build_prism_spec

SPEC = """\
openapi: 3.1.0
info: {title: Prism spec fixture, version: 1.0.0}
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - {name: 'include[]', in: query, schema: {type: array, items: {type: string}}}
      responses:
        '200':
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
        label: {type: string, description: Shown to people.}
        released: {type: string}
        parts: {type: array, items: {$ref: '#/components/schemas/Part'}}
      required: [id, label, released, parts]
      example:
        id: thing_1
        released: 2024-10-01
        parts: [{name: a}, {name: b}]
    Part:
      type: object
      properties:
        name: {type: string}
        weight: {type: number}
      required: [name, weight]
      description: Grüße, one part.
"""

CONFIG = """\
types:
  overlays:
    '#/components/schemas/Thing/properties/label':
      description: null
      maxLength: 40
"""

PRISM = """\
prism_overlays:
  '#/components/schemas/Thing/example':
    label: Thing one
  '#/components/schemas/Thing/example/parts/0': &weight
    weight: {grams: 1}
  '#/components/schemas/Thing/example/parts/1': *weight
"""


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A spec and a configuration directory (config.yaml with types.overlays, config.prism.yaml) in `tmp_path`."""
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    (config_dir / "config.yaml").write_text(CONFIG)
    (config_dir / "config.prism.yaml").write_text(PRISM)
    (tmp_path / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    monkeypatch.setattr(driver, "CONFIG_DIR", config_dir)
    return tmp_path


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    return cast("dict[str, Any]", doc["components"]["schemas"])


def test_write_spec_applies_both_overlay_sections_and_writes_json(
    setup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = setup / ".cache" / "openapi.prism.json"
    assert driver.main(["--spec", str(setup / "openapi.yaml"), "--write-spec", str(out), "--root", str(setup)]) == 0
    assert "written" in capsys.readouterr().out
    doc = cast("dict[str, Any]", json.loads(out.read_text(encoding="utf-8")))
    thing = _schemas(doc)["Thing"]
    # types.overlays: a null removes the key, other values are set
    assert thing["properties"]["label"] == {"type": "string", "maxLength": 40}
    # prism_overlays: keys added to the example, through list indices too; YAML's date is the text it was written as
    assert thing["example"] == {
        "id": "thing_1",
        "released": "2024-10-01",
        "parts": [{"name": "a", "weight": {"grams": 1}}, {"name": "b", "weight": {"grams": 1}}],
        "label": "Thing one",
    }
    # the document is otherwise untouched: the bracketed query parameter keeps its spelling, non-ASCII text stays
    assert doc["paths"]["/things"]["get"]["parameters"][0]["name"] == "include[]"
    assert "Grüße" in out.read_text(encoding="utf-8")
    # nothing was generated into the root
    assert not (setup / "src").exists()


def test_write_spec_is_deterministic_and_leaves_an_unchanged_file_alone(
    setup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = setup / "prism.json"
    args = ["--spec", str(setup / "openapi.yaml"), "--write-spec", str(out)]
    assert driver.main(args) == 0
    first = out.read_bytes()
    out.touch()
    mtime = out.stat().st_mtime_ns
    capsys.readouterr()
    assert driver.main(args) == 0
    assert "unchanged" in capsys.readouterr().out
    assert out.read_bytes() == first and out.stat().st_mtime_ns == mtime
    # a stale file is replaced whole, with a regular file's permissions
    out.write_text("{}")
    assert driver.main(args) == 0
    assert out.read_bytes() == first
    assert out.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in setup.iterdir() if p.name.startswith(".prism.json.")] == []


def test_prism_overlays_do_not_reach_code_generation(setup: Path) -> None:
    config = driver.load_config()
    spec = load_spec(setup / "openapi.yaml")
    # the types half applies only `types.overlays`; `prism_overlays` is a separate top-level section
    assert set(config) == {"types", "prism_overlays"}
    assert "prism_overlays" not in config["types"]
    build_prism_spec(spec, {"types": config["types"]})
    assert "label" not in _schemas(spec.raw)["Thing"]["example"]


def test_anchored_patch_values_are_not_shared_between_pointers(setup: Path) -> None:
    spec = build_prism_spec(load_spec(setup / "openapi.yaml"), driver.load_config())
    parts = _schemas(spec.raw)["Thing"]["example"]["parts"]
    assert parts[0]["weight"] == parts[1]["weight"]
    assert parts[0]["weight"] is not parts[1]["weight"]


@pytest.mark.parametrize(
    ("overlays", "message"),
    [
        (["not", "a", "mapping"], r"config prism_overlays must map JSON pointers to mappings, got list"),
        (
            {"#/components/schemas/Thing": "label"},
            r"prism_overlays\['#/components/schemas/Thing'\]: expected a mapping",
        ),
        ({"#/components/schemas/Nope": {"a": 1}}, r"config prism_overlays: JSON pointer .*Nope.*no key 'Nope'"),
        ({"components/schemas/Thing": {"a": 1}}, r"only local JSON pointers"),
        ({"#/components/schemas/Thing/required": {"a": 1}}, r"the spec has a list there, not a mapping"),
        ({"#/components/schemas/Thing/example/parts/7": {"a": 1}}, r"'7' is not an index of a 2-item list"),
        ({1: {"a": 1}}, r"the key 1 is not a JSON pointer string"),
    ],
)
def test_bad_overlays_are_rejected_with_the_pointer(setup: Path, overlays: object, message: str) -> None:
    spec = load_spec(setup / "openapi.yaml")
    with pytest.raises(ConfigError, match=message):
        apply_overlays(spec, overlays, "prism_overlays")


def test_driver_reports_a_bad_overlay_and_writes_nothing(setup: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (setup / "config" / "config.prism.yaml").write_text("prism_overlays:\n  '#/components/schemas/Gone': {a: 1}\n")
    out = setup / "prism.json"
    assert driver.main(["--spec", str(setup / "openapi.yaml"), "--write-spec", str(out)]) == 2
    assert "codegen: error: config prism_overlays: JSON pointer '#/components/schemas/Gone'" in capsys.readouterr().err
    assert not out.exists()


def test_driver_reports_a_missing_spec_and_an_unwritable_target(
    setup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert driver.main(["--spec", str(setup / "missing.yaml"), "--write-spec", str(setup / "o.json")]) == 2
    assert "missing.yaml" in capsys.readouterr().err
    assert driver.main(["--spec", str(setup / "openapi.yaml"), "--write-spec", str(setup)]) == 2
    assert "is a directory, expected a file path" in capsys.readouterr().err


def test_write_spec_cannot_be_combined_with_check(setup: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        driver.main(["--spec", str(setup / "openapi.yaml"), "--write-spec", str(setup / "o.json"), "--check"])
    assert exc.value.code == 2
    assert "--write-spec and --check cannot be combined" in capsys.readouterr().err


def test_load_config_validates_the_prism_file(setup: Path) -> None:
    prism = setup / "config" / "config.prism.yaml"
    prism.write_text("prism_overlays:\n")
    assert driver.load_config()["prism_overlays"] == {}
    prism.write_text("overlays: {}\n")
    with pytest.raises(ConfigError, match="single key `prism_overlays`"):
        driver.load_config()
    prism.write_text("prism_overlays: {}\n")
    (setup / "config" / "config.yaml").write_text(CONFIG + "prism_overlays: {}\n")
    with pytest.raises(ConfigError, match="prism_overlays is set both in"):
        driver.load_config()


def test_dump_spec_names_a_value_json_cannot_hold() -> None:
    spec = Spec(raw={"openapi": "3.1.0", "x-odd": {1, 2}}, sha256="0" * 64)
    with pytest.raises(ConfigError, match="the spec holds a set"):
        dump_spec(spec)
    with pytest.raises(ConfigError, match="the spec holds a set"):
        write_spec(spec, Path("unused.json"))


def test_the_repository_prism_overlays_are_pointer_to_mapping_entries() -> None:
    config = driver.load_config(driver.REPO_ROOT / "codegen")
    overlays = cast("dict[object, object]", config["prism_overlays"])
    assert overlays, "codegen/config.prism.yaml lists no overlays"
    for pointer, patch in overlays.items():
        assert isinstance(pointer, str) and pointer.startswith("#/components/schemas/"), pointer
        assert isinstance(patch, dict) and patch, pointer
