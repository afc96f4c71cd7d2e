"""Tests of `codegen.spec`: loading the OpenAPI document, JSON pointers and `$ref` resolution."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from codegen.spec import Spec, SpecError, load_spec, parse_pointer

FIXTURE = Path(__file__).parent / "fixtures" / "types" / "petstore.yaml"


def _spec(raw: dict[str, object]) -> Spec:
    return Spec(raw=raw, sha256="0" * 64)


def test_load_spec_parses_the_document_and_hashes_its_bytes() -> None:
    spec = load_spec(FIXTURE)
    assert spec.raw["openapi"] == "3.1.0"
    assert spec.sha256 == hashlib.sha256(FIXTURE.read_bytes()).hexdigest()


def test_load_spec_rejects_a_document_that_is_not_openapi(tmp_path: Path) -> None:
    path = tmp_path / "other.yaml"
    path.write_text("swagger: '2.0'\n")
    with pytest.raises(SpecError, match="not an OpenAPI document"):
        load_spec(path)
    path.write_text("- a list\n")
    with pytest.raises(SpecError, match="the document root must be a mapping, got list"):
        load_spec(path)


@pytest.mark.parametrize(
    ("pointer", "parts"),
    [
        ("#", []),
        ("#/components/schemas/Pet", ["components", "schemas", "Pet"]),
        ("#/paths/~1pets~1{pet_id}~1photo/post", ["paths", "/pets/{pet_id}/photo", "post"]),
        ("#/a~0b", ["a~b"]),
        ("#/a~01", ["a~1"]),
    ],
)
def test_parse_pointer_unescapes_segments(pointer: str, parts: list[str]) -> None:
    assert parse_pointer(pointer) == parts


def test_parse_pointer_rejects_remote_pointers() -> None:
    with pytest.raises(SpecError, match="only local JSON pointers"):
        parse_pointer("other.yaml#/components")


def test_get_follows_mappings_and_lists() -> None:
    spec = load_spec(FIXTURE)
    assert spec.get("#/paths/~1pets/get/parameters/1/name") == "order"
    assert spec.get("#/components/schemas/Animal/oneOf/0") == {"$ref": "#/components/schemas/Dog"}


@pytest.mark.parametrize(
    ("pointer", "message"),
    [
        ("#/components/schemas/Nope", "no key 'Nope'"),
        ("#/paths/~1pets/get/parameters/7", "'7' is not an index of a 2-item list"),
        ("#/paths/~1pets/get/parameters/x", "'x' is not an index"),
        ("#/openapi/deeper", "cannot descend into str at 'deeper'"),
    ],
)
def test_get_names_the_missing_part(pointer: str, message: str) -> None:
    spec = load_spec(FIXTURE)
    with pytest.raises(SpecError, match=message):
        spec.get(pointer)


def test_resolve_follows_reference_chains() -> None:
    spec = _spec({"openapi": "3.1.0", "a": {"$ref": "#/b"}, "b": {"$ref": "#/c"}, "c": {"type": "string"}})
    assert spec.resolve({"$ref": "#/a"}) == {"type": "string"}
    assert spec.resolve({"type": "integer"}) == {"type": "integer"}


def test_resolve_reports_cycles_and_non_mappings() -> None:
    spec = _spec({"openapi": "3.1.0", "a": {"$ref": "#/b"}, "b": {"$ref": "#/a"}, "s": "text"})
    with pytest.raises(SpecError, match="cycle: #/a -> #/b -> #/a"):
        spec.resolve({"$ref": "#/a"})
    with pytest.raises(SpecError, match="expected a mapping, got str"):
        spec.resolve({"$ref": "#/s"})
    with pytest.raises(SpecError, match="must be a string"):
        spec.resolve({"$ref": 3})
