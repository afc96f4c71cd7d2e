"""Tests of the types half of the generator (`codegen.typesys`, `codegen.naming`) on a small fixture spec.

`fixtures/types/petstore.yaml` + `fixtures/types/config.yaml` exercise every schema shape the generator handles;
their rendered, ruff-formatted output is kept under `fixtures/types/golden/` (one `.golden` file per module, so no
tool mistakes it for source). After an intended change of the output, refresh it with:

    CODEGEN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/codegen/test_typesys.py -k golden

Besides the text, the rendered package is imported from a temporary directory and its models and TypedDicts are
exercised, so the golden files are known to work and not only to look right.
"""

from __future__ import annotations

import os
import sys
import shutil
import importlib
import subprocess
from types import ModuleType
from typing import Any, Iterator, Optional, cast, get_args as typing_get_args
from pathlib import Path

import yaml
import pytest
import pydantic

from codegen.spec import Spec, load_spec
from codegen.naming import singular, snake_case, pascal_case, relative_import, python_identifier
from codegen.typesys import BANNER, TypeExpr, ParamField, TypeRegistry, TypeSystemError

FIXTURES = Path(__file__).parent / "fixtures" / "types"
GOLDEN = FIXTURES / "golden"
RUFF = Path(sys.executable).with_name("ruff")


def _spec() -> Spec:
    return load_spec(FIXTURES / "petstore.yaml")


def _config() -> dict[str, Any]:
    return cast("dict[str, Any]", yaml.safe_load((FIXTURES / "config.yaml").read_text()))


def _operation(spec: Spec, path: str, verb: str) -> dict[str, Any]:
    return cast("dict[str, Any]", spec.raw["paths"][path][verb])


def _body(spec: Spec, path: str, verb: str, media: str = "application/json") -> dict[str, Any]:
    return cast("dict[str, Any]", _operation(spec, path, verb)["requestBody"]["content"][media]["schema"])


class Registered:
    """A registry with the fixture's operations registered the way the resources half does it."""

    def __init__(self) -> None:
        self.spec = _spec()
        self.registry = TypeRegistry(self.spec, _config())
        self.create_fields = self.registry.request_params(
            module="openai.types.pet_create_params",
            class_name="PetCreateParams",
            body_schema=_body(self.spec, "/pets", "post"),
            query_params=[],
            streaming=True,
        )
        self.list_fields = self.registry.request_params(
            module="openai.types.pet_list_params",
            class_name="PetListParams",
            body_schema=None,
            query_params=_operation(self.spec, "/pets", "get")["parameters"],
            streaming=False,
        )
        self.upload_fields = self.registry.request_params(
            module="openai.types.pets.photo_upload_params",
            class_name="PhotoUploadParams",
            body_schema=_body(self.spec, "/pets/{pet_id}/photo", "post", "multipart/form-data"),
            query_params=[],
            streaming=False,
        )
        list_schema = _operation(self.spec, "/pets", "get")["responses"]["200"]["content"]["application/json"]
        self.list_response = self.registry.response_type(
            list_schema["schema"], hint_module="openai.types.pet_list_response", hint_name="PetListResponse"
        )
        self.pet_response = self.registry.response_type(
            {"$ref": "#/components/schemas/Pet"}, hint_module="openai.types.pet", hint_name="Pet"
        )


def render_formatted(registry: TypeRegistry, out: Path) -> dict[str, str]:
    """Render, write under `out` and format with ruff like the driver does; returns path → formatted text."""
    files = registry.render()
    for rel, text in files.items():
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    subprocess.run([str(RUFF), "format", "--quiet", "--line-length", "120", str(out)], check=True)
    subprocess.run(
        [str(RUFF), "check", "--quiet", "--fix", "--select", "I,F401", "--line-length", "120", str(out)],
        check=False,
        capture_output=True,
    )
    return {rel: (out / rel).read_text() for rel in files}


@pytest.fixture(scope="module")
def registered() -> Registered:
    return Registered()


@pytest.fixture(scope="module")
def rendered(registered: Registered, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return render_formatted(registered.registry, tmp_path_factory.mktemp("render"))


@pytest.fixture(scope="module")
def package(rendered: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The rendered tree as an importable package `fixturepkg`, its core modules borrowed from `openai`."""
    root = tmp_path_factory.mktemp("pkg")
    pkg = root / "fixturepkg"
    for rel, text in rendered.items():
        target = pkg / Path(rel).relative_to("src/openai")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    (pkg / "__init__.py").write_text("")
    (pkg / "_models.py").write_text("from openai._models import BaseModel as BaseModel, PropertyInfo as PropertyInfo\n")
    (pkg / "_types.py").write_text(
        "from openai._types import FileTypes as FileTypes, SequenceNotStr as SequenceNotStr\n"
    )
    sys.path.insert(0, str(root))
    try:
        yield "fixturepkg"
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == "fixturepkg" or m.startswith("fixturepkg.")]:
            del sys.modules[name]
        shutil.rmtree(root, ignore_errors=True)


def _module(package: str, name: str) -> ModuleType:
    return importlib.import_module(f"{package}.types.{name}")


# ---------------------------------------------------------------------------------------------------- golden


def test_golden_output(rendered: dict[str, str]) -> None:
    expected_files = {p.relative_to(GOLDEN).as_posix()[: -len(".golden")] for p in GOLDEN.rglob("*.golden")}
    if os.environ.get("CODEGEN_UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, text in rendered.items():
            target = GOLDEN / f"{rel}.golden"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        expected_files = set(rendered)
    assert sorted(rendered) == sorted(expected_files)
    for rel, text in rendered.items():
        assert text == (GOLDEN / f"{rel}.golden").read_text(), f"{rel} differs from its golden file"


def test_every_file_carries_the_banner_and_compiles(rendered: dict[str, str]) -> None:
    for rel, text in rendered.items():
        assert text.startswith(BANNER + "\n"), rel
        compile(text, rel, "exec")


def test_rendering_is_deterministic(registered: Registered) -> None:
    again = Registered()
    assert again.registry.render() == registered.registry.render()


# ---------------------------------------------------------------------------------------------------- models


def test_model_fields_follow_required_and_nullable(package: str) -> None:
    pet = cast("type[pydantic.BaseModel]", _module(package, "pet").Pet)
    fields = pet.model_fields
    assert fields["id"].is_required()
    assert not fields["name"].is_required(), "required and nullable: Optional defaulting to None"
    assert fields["name"].default is None
    assert not fields["born_at"].is_required() and fields["born_at"].default is None
    assert fields["schema_"].alias == "schema"
    # `allOf: [$ref, {nullable: true}]` is a nullable reference, not a new class
    assert fields["best_friend"].annotation == Optional[pet]
    assert fields["from_"].alias == "from"


def test_model_parses_nested_recursive_and_discriminated_values(package: str) -> None:
    module = _module(package, "pet")
    pet = module.Pet.model_validate(
        {
            "id": "p1",
            "object": "pet",
            "name": None,
            "kind": {"type": "cat", "lives": 9},
            "owner": {"name": "Ann", "address": {"city": "Oslo"}},
            "parent": {"id": "p0", "object": "pet", "name": "Old", "kind": {"type": "dog"}},
            "schema": {"type": "object"},
            "from": "shelter",
            "photos": [{"id": "ph", "created_at": 1, "url": "u", "size": "small"}],
            "brand_new_field": [1, 2],
        }
    )
    assert type(pet.kind).__name__ == "Cat" and pet.kind.lives == 9
    assert type(pet.owner).__name__ == "Owner" and pet.owner.address.city == "Oslo"
    assert type(pet.parent).__name__ == "Pet" and type(pet.parent.kind).__name__ == "Dog"
    assert pet.schema_ == {"type": "object"} and pet.from_ == "shelter"
    assert pet.photos[0].size == "small" and pet.photos[0].created_at == 1
    assert pet.brand_new_field == [1, 2], "unknown fields are kept"
    assert pet.name is None and pet.tags is None


def test_union_alias_carries_the_discriminator(package: str) -> None:
    from openai._models import PropertyInfo, construct_type

    animal = _module(package, "animal").Animal
    assert any(isinstance(m, PropertyInfo) for m in animal.__metadata__)
    dog = construct_type(value={"type": "dog", "good_boy": True}, type_=animal)
    assert type(dog).__name__ == "Dog"


def test_webhook_union_chooses_the_event_by_type(package: str) -> None:
    union = _module(package, "webhooks.unwrap_webhook_event").UnwrapWebhookEvent
    event = pydantic.TypeAdapter(union).validate_python({"type": "pet.lost", "data": {"id": "x"}})
    assert type(event).__name__ == "WebhookPetLost"
    assert type(event.data).__name__ == "Data"


def test_package_init_is_lazy(package: str) -> None:
    # a fresh interpreter, so that no other test has imported the modules yet
    importlib.import_module(package)
    root = Path(sys.modules[package].__path__[0]).parent
    script = f"""
import sys
sys.path.insert(0, {str(root)!r})
import {package}.types as types_pkg
assert not [m for m in sys.modules if m.startswith("{package}.types.")], sorted(sys.modules)
exported = set(types_pkg.__all__)
assert {{"Animal", "AnimalParam", "Pet", "PetStatus"}} <= exported, exported
# besides the configured exports, the type each module is named after (`cat.Cat`, the params classes)
assert {{"Cat", "DogParam", "PetCreateParams", "PetListResponse", "FileContent"}} <= exported, exported
assert "Owner" not in exported
assert "PetStatus" in dir(types_pkg)
from {package}.types.pet_status import PetStatus
assert types_pkg.PetStatus is PetStatus
assert "{package}.types.pet" not in sys.modules
try:
    types_pkg.Nope
except AttributeError as exc:
    assert "has no attribute 'Nope'" in str(exc)
else:
    raise AssertionError("no AttributeError")
assert types_pkg.shared.Photo.__name__ == "Photo"
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------------------------------------------- params


def test_params_typeddicts_have_exact_keys_and_required_sets(package: str) -> None:
    module = _module(package, "pet_create_params")
    base = module.PetCreateParamsBase
    assert base.__required_keys__ == {"name", "kind"}
    assert "labels.v2" in base.__optional_keys__, "keys that are not identifiers keep their wire name"
    # class-syntax TypedDicts keep their annotations as strings (`from __future__ import annotations`), which
    # runtime introspection of `Required` does not look into: check the annotations themselves
    assert _annotations(module.PetCreateParamsStreaming)["stream"] == "Required[Literal[True]]"
    assert _annotations(module.PetCreateParamsNonStreaming)["stream"] == "Optional[Literal[False]]"
    listing = _module(package, "pet_list_params").PetListParams
    assert _annotations(listing) == {"limit": "int", "order": "Required[Literal['asc', 'desc']]"}


def _annotations(typed_dict: Any) -> dict[str, str]:
    own = cast("dict[str, Any]", typed_dict.__dict__.get("__annotations__", {}))
    return {key: getattr(value, "__forward_arg__", value) for key, value in own.items()}


def test_request_params_report_fields_in_spec_order(registered: Registered) -> None:
    names = [f.wire_name for f in registered.create_fields]
    assert names == ["name", "tags", "kind", "photos", "metadata", "labels.v2", "collar", "stream"]
    by_name = {f.wire_name: f for f in registered.create_fields}
    assert by_name["name"] == ParamField(
        name="name",
        wire_name="name",
        type=TypeExpr("str", frozenset()),
        required=True,
        description="The name.",
        deprecated=False,
        is_file=False,
    )
    assert by_name["tags"].type == TypeExpr("SequenceNotStr[str]", frozenset({("openai._types", "SequenceNotStr")}))
    assert by_name["kind"].type == TypeExpr("AnimalParam", frozenset({("openai.types.animal_param", "AnimalParam")}))
    assert by_name["metadata"].type.code == "Optional[Dict[str, str]]"
    assert by_name["labels.v2"].name == "labels_v2"
    photos = by_name["photos"].type
    assert photos.code == "Iterable[Photo]", "the param twin of a shared model lives in shared_params"
    assert ("openai.types.shared_params.photo", "Photo") in photos.imports


def test_query_params_and_files(registered: Registered) -> None:
    limit, order = registered.list_fields
    assert (limit.wire_name, limit.required, limit.description) == ("limit", False, "How many pets to return.")
    assert (order.required, order.type.code) == (True, 'Literal["asc", "desc"]')
    files = {f.wire_name: f.is_file for f in registered.upload_fields}
    assert files == {"file": True, "extra": True, "caption": False}
    assert registered.upload_fields[0].type.code == "FileTypes"
    assert registered.upload_fields[1].type.code == "SequenceNotStr[FileTypes]"


def test_response_types_name_public_models(registered: Registered) -> None:
    assert registered.pet_response == TypeExpr("Pet", frozenset({("openai.types.pet", "Pet")}))
    assert registered.list_response == TypeExpr(
        "PetListResponse", frozenset({("openai.types.pet_list_response", "PetListResponse")})
    )
    event = registered.registry.stream_event_type("#/components/schemas/WebhookPetAdopted")
    assert event == TypeExpr(
        "PetAdoptedWebhookEvent",
        frozenset({("openai.types.webhooks.pet_adopted_webhook_event", "PetAdoptedWebhookEvent")}),
    )


def test_nested_types_of_params_modules_are_referenced_through_their_module(registered: Registered) -> None:
    collar = next(f for f in registered.create_fields if f.wire_name == "collar")
    assert collar.type == TypeExpr("pet_create_params.Collar", frozenset({("openai.types", "pet_create_params")}))


def test_nested_types_of_other_modules_are_defined_again_where_used() -> None:
    # as in the public surface: `pet.Owner` is not imported elsewhere, the schema becomes a local type
    spec = _spec()
    registry = TypeRegistry(spec, _config())
    owner = registry.response_type(
        cast("dict[str, Any]", spec.get("#/components/schemas/Pet/properties/owner")),
        hint_module="openai.types.elsewhere",
        hint_name="Elsewhere",
    )
    assert owner == TypeExpr("Elsewhere", frozenset({("openai.types.elsewhere", "Elsewhere")}))
    assert "class Elsewhere(BaseModel):" in registry.render()["src/openai/types/elsewhere.py"]


# ---------------------------------------------------------------------------------------------------- errors


def test_params_registered_twice_is_an_error(registered: Registered) -> None:
    with pytest.raises(TypeSystemError, match="PetListParams is registered twice"):
        registered.registry.request_params(
            module="openai.types.pet_list_params",
            class_name="PetListParams",
            body_schema=None,
            query_params=[],
            streaming=False,
        )


def test_config_modules_must_live_under_openai_types() -> None:
    with pytest.raises(TypeSystemError, match="'somewhere.else' is not a module under openai.types"):
        TypeRegistry(_spec(), {"types": {"modules": {"somewhere.else": {"X": {"schema": "#/x"}}}}})


def test_exported_name_must_be_defined() -> None:
    registry = TypeRegistry(_spec(), {"types": {"exports": {"openai.types": ["Ghost"]}}})
    with pytest.raises(TypeSystemError, match="openai.types.Ghost: exported by config types.exports"):
        registry.render()


def test_unknown_union_member_is_named() -> None:
    config = {"types": {"modules": {"openai.types.u": {"U": {"members": ["Nobody"]}}}}}
    with pytest.raises(TypeSystemError, match="unknown union member 'Nobody'"):
        TypeRegistry(_spec(), config).render()


# ---------------------------------------------------------------------------------------------------- naming


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("choices", "Choices"),
        ("input_audio.transcription", "InputAudioTranscription"),
        ("api_key.created", "APIKeyCreated"),
        ("fooBar", "FooBar"),
        ("2d", "_2d"),
        ("", "Type"),
    ],
)
def test_pascal_case(text: str, expected: str) -> None:
    assert pascal_case(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ChatCompletion", "chat_completion"),
        ("AdminAPIKey", "admin_api_key"),
        ("ResponseInputItemParam", "response_input_item_param"),
        ("FileObject", "file_object"),
    ],
)
def test_snake_case(name: str, expected: str) -> None:
    assert snake_case(name) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Choices", "Choice"), ("Entries", "Entry"), ("Boxes", "Box"), ("Status", "Status"), ("Data", "Data")],
)
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


@pytest.mark.parametrize(
    ("wire", "reserved", "expected"),
    [
        ("name", frozenset[str](), "name"),
        ("from", frozenset[str](), "from_"),
        ("schema", frozenset({"schema"}), "schema_"),
        ("labels.v2", frozenset[str](), "labels_v2"),
        ("_id", frozenset[str](), "id"),
        ("3d", frozenset[str](), "field_3d"),
    ],
)
def test_python_identifier(wire: str, reserved: frozenset[str], expected: str) -> None:
    assert python_identifier(wire, reserved=reserved) == expected


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("openai.types.chat.chat_completion", "openai.types.shared.chat_model", "..shared.chat_model"),
        ("openai.types.chat.chat_completion", "openai.types.chat.chat_completion_message", ".chat_completion_message"),
        ("openai.types.batch", "openai._models", ".._models"),
        ("openai.types.chat.__init__", "openai.types.chat.chat_completion", ".chat_completion"),
    ],
)
def test_relative_import(source: str, target: str, expected: str) -> None:
    assert relative_import(source, target) == expected


def test_wrap_doc_reflows_paragraphs_and_keeps_markdown_blocks() -> None:
    from codegen.typesys import wrap_doc

    long = " ".join(["word"] * 30)
    doc = f"{long}\n\n- a list item that is long enough {long}\n\n```\ncode  stays\n```\n\nshort"
    wrapped = wrap_doc(doc, 40)
    paragraphs = wrapped.split("\n\n")
    assert all(len(line) <= 40 for line in paragraphs[0].split("\n"))
    assert paragraphs[0].replace("\n", " ") == long
    assert paragraphs[1:] == [f"- a list item that is long enough {long}", "```\ncode  stays\n```", "short"]


def test_deprecated_fields_are_flagged_and_documented(rendered: dict[str, str]) -> None:
    spec = _spec()
    registry = TypeRegistry(spec, _config())
    fields = registry.request_params(
        module="openai.types.pet_update_params",
        class_name="PetUpdateParams",
        body_schema={"$ref": "#/components/schemas/Pet"},
        query_params=[],
        streaming=False,
    )
    legacy = next(f for f in fields if f.wire_name == "legacy_code")
    assert legacy.deprecated and legacy.description == "Deprecated.\n\nOld identifier."
    assert not next(f for f in fields if f.wire_name == "id").deprecated
    assert (
        '    legacy_code: Optional[str] = None\n    """\n    Deprecated.\n\n    Old identifier.\n    """'
        in (rendered["src/openai/types/pet.py"])
    )


@pytest.mark.parametrize(
    ("module", "name", "to_param", "expected"),
    [
        ("openai.types.shared.metadata", "Metadata", True, ("openai.types.shared_params.metadata", "Metadata")),
        ("openai.types.shared_params.reasoning", "Reasoning", False, ("openai.types.shared.reasoning", "Reasoning")),
        ("openai.types.batch", "Batch", True, ("openai.types.batch_param", "BatchParam")),
        ("openai.types.batch_param", "BatchParam", False, ("openai.types.batch", "Batch")),
        ("openai.types.x_param", "XParam", True, ("openai.types.x_param", "XParam")),
    ],
)
def test_twin_home(module: str, name: str, to_param: bool, expected: tuple[str, str]) -> None:
    from codegen.naming import twin_home

    assert twin_home(module, name, to_param=to_param) == expected


@pytest.mark.parametrize(
    ("schema", "param", "expected"),
    [
        ("ChatCompletionModeration", False, ("openai.types.chat_completion_moderation", "ChatCompletionModeration")),
        (
            "ChatCompletionModeration",
            True,
            ("openai.types.chat_completion_moderation_param", "ChatCompletionModerationParam"),
        ),
        ("CoordParam", True, ("openai.types.coord_param", "CoordParam")),
        ("CoordParam", False, ("openai.types.coord", "Coord")),
    ],
)
def test_schema_home(schema: str, param: bool, expected: tuple[str, str]) -> None:
    from codegen.naming import schema_home

    assert schema_home(schema, param=param) == expected


def test_variant_name_prefers_tag_then_title_then_position() -> None:
    from codegen.naming import variant_name

    assert variant_name("Event", tag="thread.run.created", title="ignored", index=0) == "EventThreadRunCreated"
    assert variant_name("Voice", tag=None, title="custom voice", index=1) == "VoiceCustomVoice"
    assert variant_name("Voice", tag=None, title=None, index=1) == "VoiceVariant1"


def test_types_section_is_written_into_config_yaml_without_touching_other_keys(tmp_path: Path) -> None:
    from codegen.tools.derive_types import read_types_section, write_types_section

    config = tmp_path / "config.yaml"
    head = "# operations half\nresources:\n  extra:\n  - webhooks\noperations:\n  a.b: {verb: get}\n"
    config.write_text(head)
    write_types_section(config, {"modules": {"openai.types.x": {"X": {"schema": "#/x"}}}})
    write_types_section(config, {"modules": {"openai.types.y": {"Y": {"schema": "#/y"}}}, "exports": {}})
    text = config.read_text()
    assert text.startswith(head)
    loaded = yaml.safe_load(text)
    assert loaded["operations"] == {"a.b": {"verb": "get"}}
    assert read_types_section(config) == {"modules": {"openai.types.y": {"Y": {"schema": "#/y"}}}, "exports": {}}
    config.write_text(text + "later:\n  key: 1\n")
    write_types_section(config, {"modules": {}})
    assert yaml.safe_load(config.read_text())["later"] == {"key": 1}
    assert read_types_section(config) == {"modules": {}}


def test_overlays_correct_the_spec_in_memory(rendered: dict[str, str]) -> None:
    assert (
        '    created_at: int\n    """When the resource was created (from an overlay)."""'
        in (rendered["src/openai/types/shared/resource.py"])
    )
    assert "from an overlay" not in (FIXTURES / "petstore.yaml").read_text()


@pytest.mark.parametrize(
    ("overlays", "message"),
    [
        ({"#/components/schemas/Nope": {"description": "x"}}, "config types.overlays: JSON pointer .* no key 'Nope'"),
        ({"#/components/schemas/Pet": "text"}, "expected a mapping of keys to set"),
        ({"#/openapi": {"description": "x"}}, "the spec has no schema object there"),
    ],
)
def test_bad_overlays_are_reported(overlays: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeSystemError, match=message):
        TypeRegistry(_spec(), {"types": {"overlays": overlays}})


def test_overlay_with_null_removes_a_key() -> None:
    spec = _spec()
    TypeRegistry(spec, {"types": {"overlays": {"#/components/schemas/Pet": {"description": None}}}})
    assert "description" not in cast("dict[str, Any]", spec.get("#/components/schemas/Pet"))


def test_member_unions_are_discriminated_when_every_member_is_tagged() -> None:
    config = _config()
    modules = config["types"]["modules"]
    modules["openai.types.pet_kind"] = {"PetKind": {"members": ["Dog", "Cat"]}}
    modules["openai.types.dog"] = {"Dog": {"schema": "#/components/schemas/Dog"}}
    modules["openai.types.cat"] = {"Cat": {"schema": "#/components/schemas/Cat"}}
    modules["openai.types.pet_or_text"] = {"PetOrText": {"members": ["Dog", "str"]}}
    files = TypeRegistry(_spec(), config).render()
    assert (
        'PetKind: TypeAlias = Annotated[Union[Dog, Cat], PropertyInfo(discriminator="type")]'
        in (files["src/openai/types/pet_kind.py"])
    )
    assert "PetOrText: TypeAlias = Union[Dog, str]" in files["src/openai/types/pet_or_text.py"]


# ---------------------------------------------------------------------------------------------------- model mixins


def test_model_mixins_become_bases_before_base_model() -> None:
    config = _config()
    config["types"]["model_mixins"] = {"openai.types.pet": {"Pet": ["openai.types._pet_extras:PetExtras"]}}
    text = TypeRegistry(_spec(), config).render()["src/openai/types/pet.py"]
    assert "class Pet(PetExtras, BaseModel):" in text
    assert "from ._pet_extras import PetExtras" in text
    # the nested model of the same module keeps its plain base
    assert "class Owner(BaseModel):" in text


@pytest.mark.parametrize(
    ("mixins", "message"),
    [
        ("openai.types.x:Y", "expected a list of 'module:Class'"),
        (["openai.lib.helpers:Y"], "'openai.lib.helpers:Y' is not 'module:Class' with the module under openai.types"),
        (["openai.types.x"], "is not 'module:Class'"),
    ],
)
def test_bad_model_mixins_are_reported(mixins: object, message: str) -> None:
    config = _config()
    config["types"]["model_mixins"] = {"openai.types.pet": {"Pet": mixins}}
    with pytest.raises(TypeSystemError, match=message):
        TypeRegistry(_spec(), config).render()


def test_model_mixins_apply_only_to_models() -> None:
    config = _config()
    config["types"]["model_mixins"] = {"openai.types.animal_param": {"AnimalParam": ["openai.types.x:Y"]}}
    with pytest.raises(TypeSystemError, match="only response models take mixins"):
        TypeRegistry(_spec(), config).render()


# ---------------------------------------------------------------------------------------------------- hand-written exports


def test_hand_written_exports_are_lazy_names_of_the_package() -> None:
    config = _config()
    config["types"]["hand_written_modules"] = {"openai.types.parsed_pet": ["ParsedPet", "Internal"]}
    config["types"]["hand_written_exports"] = {"openai.types": ["ParsedPet"]}
    text = TypeRegistry(_spec(), config).render()["src/openai/types/__init__.py"]
    assert "from .parsed_pet import ParsedPet as ParsedPet" in text
    assert '"ParsedPet": ".parsed_pet",' in text
    assert "Internal" not in text


def test_hand_written_export_must_name_a_hand_written_module() -> None:
    config = _config()
    config["types"]["hand_written_exports"] = {"openai.types": ["ParsedPet"]}
    with pytest.raises(TypeSystemError, match="'ParsedPet' is not listed in types.hand_written_modules"):
        TypeRegistry(_spec(), config).render()


@pytest.mark.parametrize(
    ("module", "names"),
    [
        (
            "openai.types.chat.parsed_chat_completion",
            ["ParsedChatCompletion", "ParsedChoice", "ParsedChatCompletionMessage"],
        ),
        ("openai.types.chat.parsed_function_tool_call", ["ParsedFunction", "ParsedFunctionToolCall"]),
        (
            "openai.types.responses.parsed_response",
            [
                "ParsedContent",
                "ParsedResponse",
                "ParsedResponseFunctionToolCall",
                "ParsedResponseOutputItem",
                "ParsedResponseOutputMessage",
                "ParsedResponseOutputText",
            ],
        ),
    ],
)
def test_packages_reexport_the_parsed_types(module: str, names: list[str]) -> None:
    package = importlib.import_module(module.rsplit(".", 1)[0])
    defining = importlib.import_module(module)
    for name in names:
        assert getattr(package, name) is getattr(defining, name)
        assert name in package.__all__


# ---------------------------------------------------------------------------------------------------- query names


def _with_query_param(spec: Spec, param: dict[str, Any]) -> None:
    operation = _operation(spec, "/pets", "get")
    operation["parameters"] = [*operation["parameters"], param]


def test_array_query_parameters_lose_the_brackets_of_their_spec_name() -> None:
    spec = _spec()
    _with_query_param(spec, {"name": "tags[]", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}})
    _with_query_param(spec, {"name": "after[]", "in": "query", "schema": {"type": "string"}})
    registry = TypeRegistry(spec, _config())
    params = _operation(spec, "/pets", "get")["parameters"]
    fields = registry.request_params(
        module="openai.types.pet_list_params",
        class_name="PetListParams",
        body_schema=None,
        query_params=params,
        streaming=False,
    )
    by_wire = {f.wire_name: f.name for f in fields}
    # arrays: the query encoder adds `[]` itself (`tags[]=a&tags[]=b`), so the name is the bare word
    assert by_wire["tags"] == "tags"
    assert "tags[]" not in by_wire
    # brackets on a scalar are part of its name: kept on the wire, made an identifier in Python
    assert by_wire["after[]"] == "after__"
    text = registry.render()["src/openai/types/pet_list_params.py"]
    assert '"tags": SequenceNotStr[str]' in text
    assert '"after[]": str' in text


def test_member_unions_sharing_a_tag_value_carry_no_discriminator() -> None:
    config = _config()
    modules = config["types"]["modules"]
    modules["openai.types.dog"] = {"Dog": {"schema": "#/components/schemas/Dog"}}
    modules["openai.types.pet_twins"] = {"PetTwins": {"members": ["Dog", "Dog2"]}}
    modules["openai.types.dog2"] = {"Dog2": {"schema": "#/components/schemas/Dog"}}
    files = TypeRegistry(_spec(), config).render()
    # both members answer to the same `type`: a discriminator would always pick the first
    assert "PetTwins: TypeAlias = Union[Dog, Dog2]" in files["src/openai/types/pet_twins.py"]


def test_spec_quirk_overlays_give_the_published_types() -> None:
    from openai.types.beta.chatkit_workflow import ChatKitWorkflow
    from openai.types.responses.response_output_text import ResponseOutputText
    from openai.types.containers.file_create_response import FileCreateResponse

    # optional in the published types: the API may omit them
    assert not ResponseOutputText.model_fields["logprobs"].is_required()
    assert not ChatKitWorkflow.model_fields["state_variables"].is_required()
    assert not ChatKitWorkflow.model_fields["version"].is_required()
    # required or constant in the published types: kept
    assert ChatKitWorkflow.model_fields["tracing"].is_required()
    good = {"id": "f", "object": "container.file", "bytes": 1, "container_id": "c", "created_at": 1, "path": "/a"}
    good["source"] = "user"
    assert FileCreateResponse.model_validate(good).object == "container.file"
    with pytest.raises(pydantic.ValidationError, match="object"):
        FileCreateResponse.model_validate({**good, "object": "string"})


# ---------------------------------------------------------------------------------------------------- object graph


def test_configured_base_model_is_extended_with_only_the_added_fields(package: str) -> None:
    resource = cast("type[pydantic.BaseModel]", _module(package, "shared.resource").Resource)
    photo = cast("type[pydantic.BaseModel]", _module(package, "shared.photo").Photo)
    assert issubclass(photo, resource)
    assert set(photo.__annotations__) == {"url", "size"}
    assert list(photo.model_fields) == ["id", "created_at", "url", "size"]
    parsed = photo.model_validate({"id": "p", "created_at": 1, "url": "u"})
    assert isinstance(parsed, resource)


def test_same_object_names_are_aliases_of_one_class(package: str) -> None:
    dog = _module(package, "dog").Dog
    assert _module(package, "doggo").Doggo is dog
    # references to the schema elsewhere use the defining name
    animal_args = typing_get_args(_module(package, "animal").Animal)
    assert dog in typing_get_args(animal_args[0])


def test_fields_in_pydantic_namespace_are_renamed_with_the_wire_alias(package: str) -> None:
    dog = cast("type[pydantic.BaseModel]", _module(package, "dog").Dog)
    fields = dog.model_fields
    assert fields["breed_model_name"].alias == "model_name"
    assert fields["api_model_version"].alias == "model_version"
    parsed = dog.model_validate({"type": "dog", "model_name": "m", "model_version": "v"})
    assert parsed.model_dump(by_alias=True, exclude_unset=True) == {
        "type": "dog",
        "model_name": "m",
        "model_version": "v",
    }


def test_models_are_emitted_after_the_nested_models_they_use(rendered: dict[str, str]) -> None:
    text = rendered["src/openai/types/pet.py"]
    assert text.index("class Owner(") < text.index("class Pet(")


def test_nested_model_fields_are_resolved_at_import(package: str) -> None:
    pet = cast("type[pydantic.BaseModel]", _module(package, "pet").Pet)
    assert not any("ForwardRef" in repr(f.annotation) for f in pet.model_fields.values())
