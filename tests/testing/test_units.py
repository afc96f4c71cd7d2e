"""Unit tests of the server's building blocks on the hand-written surface in `fake_api`: wire codecs,
pagination, payload synthesis, request validation and routing."""

from __future__ import annotations

from typing import Any, List, Union, Optional

import pytest
import pydantic
from typing_extensions import Literal, Required, TypedDict

from openai.testing._fake import IdFactory, Synthesizer, type_adapter
from openai.testing._wire import parse_query, parse_multipart
from openai.testing._store import PaginationError, paginate
from openai.testing._router import Router
from openai.testing._validate import Problem, RequestValidator

from .fake_api import OPERATIONS, Run, FileObject, ChatCompletion, ResponseStreamEvent, AssistantStreamEvent

# These tests exercise APIs the official SDK deprecates (Assistants, Videos): the warning itself is tested in
# tests/lib/test_deprecations.py; here it is expected and silenced so `-W error` runs stay meaningful.
pytestmark = [
    pytest.mark.filterwarnings("ignore:The Assistants API is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:The Videos API is deprecated:DeprecationWarning"),
]

M = "tests.testing.fake_api:"


# -- wire ---------------------------------------------------------------------------------------------------------


def test_parse_query_decodes_brackets_and_nesting() -> None:
    parsed = parse_query("limit=2&include%5B%5D=a&include%5B%5D=b&metadata%5Bk%5D=v&nested%5Bc%5D%5B%5D=true")
    assert parsed == {"limit": "2", "include": ["a", "b"], "metadata": {"k": "v"}, "nested": {"c": ["true"]}}


def test_parse_query_empty() -> None:
    assert parse_query("") == {}


def test_parse_multipart_splits_fields_and_files() -> None:
    body = (
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="purpose"\r\n\r\n'
        b"assistants\r\n"
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="image[]"; filename="a.png"\r\n'
        b"Content-Type: image/png\r\n\r\n"
        b"\x89PNG\r\n"
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="image[]"; filename="b.png"\r\n\r\n'
        b"second\r\n"
        b"--XyZ--\r\n"
    )
    fields, files = parse_multipart("multipart/form-data; boundary=XyZ", body)
    assert fields == {"purpose": "assistants"}
    assert [(f.filename, f.content_type, f.content) for f in files["image"]] == [
        ("a.png", "image/png", b"\x89PNG"),
        ("b.png", None, b"second"),
    ]


def test_parse_multipart_without_boundary_is_an_error() -> None:
    with pytest.raises(ValueError, match="boundary"):
        parse_multipart("multipart/form-data", b"whatever")


# -- pagination -----------------------------------------------------------------------------------------------------


ITEMS = [{"id": f"obj_{index}"} for index in range(5)]


def _ids(page: dict[str, Any]) -> list[str]:
    return [item["id"] for item in page["data"]]


def test_paginate_defaults_to_newest_first() -> None:
    page = paginate(ITEMS, {"limit": "2"}, "cursor")
    assert _ids(page) == ["obj_4", "obj_3"]
    assert page["has_more"] is True
    assert (page["first_id"], page["last_id"]) == ("obj_4", "obj_3")


def test_paginate_after_cursor_continues_in_order() -> None:
    page = paginate(ITEMS, {"limit": "2", "order": "asc", "after": "obj_1"}, "cursor")
    assert _ids(page) == ["obj_2", "obj_3"]
    assert page["has_more"] is True
    last = paginate(ITEMS, {"limit": "2", "order": "asc", "after": "obj_3"}, "cursor")
    assert _ids(last) == ["obj_4"]
    assert last["has_more"] is False


def test_paginate_before_cursor_returns_the_preceding_window() -> None:
    page = paginate(ITEMS, {"limit": "2", "order": "asc", "before": "obj_3"}, "cursor")
    assert _ids(page) == ["obj_1", "obj_2"]


def test_paginate_next_cursor_page_gives_next() -> None:
    page = paginate(ITEMS, {"limit": "3", "order": "asc"}, "next_cursor")
    assert page["next"] == "obj_2"
    assert paginate(ITEMS, {"limit": "5"}, "next_cursor")["next"] is None


def test_paginate_plain_page_returns_everything() -> None:
    assert paginate(ITEMS, {"limit": "1"}, "page") == {"object": "list", "data": ITEMS}


@pytest.mark.parametrize(
    ("query", "param"), [({"limit": "-1"}, "limit"), ({"limit": "x"}, "limit"), ({"order": "up"}, "order")]
)
def test_paginate_rejects_bad_parameters(query: dict[str, str], param: str) -> None:
    with pytest.raises(PaginationError) as info:
        paginate(ITEMS, query, "cursor")
    assert info.value.param == param


# -- synthesis ------------------------------------------------------------------------------------------------------


def test_synthesizer_fills_required_fields_with_realistic_values() -> None:
    synth = Synthesizer(IdFactory(1), clock=lambda: 1_700_000_000)
    data = synth.build(FileObject)
    assert data["id"].startswith("file-")
    assert data["object"] == "file"
    assert data["created_at"] == 1_700_000_000
    assert "expires_at" not in data
    FileObject.model_validate(data)


def test_synthesizer_completes_partial_overrides_at_depth() -> None:
    synth = Synthesizer(IdFactory(1))
    data = synth.build(ChatCompletion, {"choices": [{"message": {"content": "hi"}}]})
    assert data["id"].startswith("chatcmpl-")
    choice = data["choices"][0]
    assert choice["message"] == {"role": "assistant", "content": "hi"}
    assert choice["finish_reason"] == "stop"
    ChatCompletion.model_validate(data)


def test_synthesizer_picks_the_union_variant_named_by_the_discriminator() -> None:
    synth = Synthesizer(IdFactory(1))
    data = synth.build(ResponseStreamEvent, {"type": "response.output_text.delta", "delta": "x"})
    assert set(data) >= {"type", "sequence_number", "item_id", "output_index", "content_index", "delta"}
    type_adapter(ResponseStreamEvent).validate_python(data)
    wrapped = synth.build(AssistantStreamEvent, {"event": "thread.run.created", "data": {"status": "queued"}})
    assert wrapped["data"]["id"].startswith("run_")


def test_synthesizer_ids_are_deterministic_per_seed() -> None:
    first = [IdFactory(7).new("x_") for _ in range(2)]
    second = IdFactory(7)
    assert first[0] == second.new("x_")
    assert IdFactory(8).new("x_") != first[0]


def test_synthesizer_handles_optional_lists_and_literals() -> None:
    class Thing(pydantic.BaseModel):
        kind: Literal["a", "b"]
        tags: List[str]
        parent_run_id: str
        note: Optional[str] = None

    synth = Synthesizer(IdFactory(1))
    data = synth.build(Thing, {"kind": "b"})
    assert data == {"kind": "b", "tags": [], "parent_run_id": data["parent_run_id"]}
    assert data["parent_run_id"].startswith("run_")
    assert synth.build(Run, {"status": "completed"})["status"] == "completed"


# -- validation -----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator() -> RequestValidator:
    return RequestValidator()


def _chat(**overrides: Any) -> dict[str, Any]:
    return {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], **overrides}


def test_validator_accepts_a_valid_body(validator: RequestValidator) -> None:
    assert validator.validate(M + "ChatCompletionCreateParams", ("messages", "model"), _chat(), strict=True) is None


def test_validator_reports_a_missing_required_parameter(validator: RequestValidator) -> None:
    problem = validator.validate(M + "ChatCompletionCreateParams", (), {"model": "m"}, strict=True)
    assert problem is not None
    assert (problem.param, problem.code) == ("messages", "missing_required_parameter")


def test_validator_reports_wrong_types_with_the_parameter_path(validator: RequestValidator) -> None:
    problem = validator.validate(M + "ChatCompletionCreateParams", (), _chat(temperature="hot"), strict=True)
    assert problem is not None
    assert (problem.param, problem.code) == ("temperature", "invalid_type")
    assert "expected a number, but got a string" in problem.message


def test_validator_reports_unknown_enum_values_inside_lists(validator: RequestValidator) -> None:
    body = _chat(messages=[{"role": "user", "content": "a"}, {"role": "robot", "content": "b"}])
    problem = validator.validate(M + "ChatCompletionCreateParams", (), body, strict=True)
    assert problem is not None
    assert (problem.param, problem.code) == ("messages[1].role", "invalid_value")
    assert "'robot'" in problem.message


def test_validator_lax_mode_accepts_query_strings(validator: RequestValidator) -> None:
    assert validator.validate(M + "FileListParams", (), {"limit": "3", "order": "asc"}, strict=False) is None
    problem = validator.validate(M + "FileListParams", (), {"limit": "many"}, strict=False)
    assert problem is not None and problem.param == "limit"


def test_validator_without_a_params_type_checks_required_keys(validator: RequestValidator) -> None:
    assert validator.validate(None, ("a",), {"a": 1}, strict=True) is None
    problem = validator.validate(None, ("a",), {}, strict=True)
    assert problem is not None and problem.param == "a"


# -- routing --------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(OPERATIONS)


def test_router_matches_literal_and_parametrised_paths(router: Router) -> None:
    match = router.match("GET", "/threads/thread_1/runs/run_2/steps/step_3", {})
    assert match is not None
    assert match.route.operation.client_path == "beta.threads.runs.steps.retrieve"
    assert match.params == {"thread_id": "thread_1", "run_id": "run_2", "step_id": "step_3"}
    assert router.match("GET", "/files/file%2Fx", {}) is not None
    assert router.match("PATCH", "/files", {}) is None


def test_router_percent_decodes_path_parameters(router: Router) -> None:
    match = router.match("GET", "/files/a%20b", {})
    assert match is not None and match.params == {"file_id": "a b"}


@pytest.mark.parametrize(
    ("client_path", "role", "collection"),
    [
        ("files.create", "create", "/files"),
        ("files.list", "list", "/files"),
        ("files.retrieve", "retrieve", "/files"),
        ("files.delete", "delete", "/files"),
        ("files.content", "content", "/files"),
        ("batches.cancel", "action", "/batches"),
        ("beta.threads.messages.create", "create", "/threads/{thread_id}/messages"),
        ("embeddings.create", "other", None),
        ("models.list", "list", "/models"),
    ],
)
def test_router_derives_resource_roles(router: Router, client_path: str, role: str, collection: str | None) -> None:
    route = router.lookup(client_path)
    assert (route.role, route.collection) == (role, collection)


def test_router_lookup_by_operation_id_and_unknown_names(router: Router) -> None:
    assert router.lookup("createFile").operation.client_path == "files.create"
    with pytest.raises(KeyError, match="unknown operation 'nope'"):
        router.lookup("nope")


def test_parse_multipart_decodes_fields_sent_as_json() -> None:
    body = (
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="session"\r\n'
        b"Content-Type: application/json\r\n\r\n"
        b'{"type": "realtime", "model": "gpt-realtime"}\r\n'
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="note"\r\n'
        b"Content-Type: application/json\r\n\r\n"
        b"not json\r\n"
        b"--XyZ--\r\n"
    )
    fields, files = parse_multipart("multipart/form-data; boundary=XyZ", body)
    assert fields == {"session": {"type": "realtime", "model": "gpt-realtime"}, "note": "not json"}
    assert files == {}


def test_validator_partial_bodies_check_types_but_require_nothing(validator: RequestValidator) -> None:
    params = M + "ChatCompletionCreateParams"
    assert validator.validate(params, ("messages", "model"), {"model": "m"}, strict=True, partial=True) is None
    problem = validator.validate(params, ("messages", "model"), {"model": 3}, strict=True, partial=True)
    assert problem is not None and problem.param == "model"


class ImagePart(TypedDict, total=False):
    type: Required[Literal["input_image"]]
    image_url: Required[Optional[str]]
    """Required by the schema, but may be null: absent is the same."""

    detail: Required[Literal["low", "high", "auto"]]
    """The detail level. Defaults to `auto`."""

    alt: Required[str]
    """Alternative text."""


class TextPart(TypedDict, total=False):
    type: Required[Literal["input_text"]]
    text: Required[str]


class Message(TypedDict, total=False):
    role: Required[Literal["user", "system"]]
    content: Required[List[Union[TextPart, ImagePart]]]


class MessageParams(TypedDict, total=False):
    messages: Required[List[Message]]


P = "tests.testing.test_units:MessageParams"


def _parts(*parts: object) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": list(parts)}]}


def test_validator_lets_nullable_and_documented_default_keys_be_absent(validator: RequestValidator) -> None:
    assert validator.validate(P, (), _parts({"type": "input_image", "alt": "a cat"}), strict=True) is None
    problem = validator.validate(P, (), _parts({"type": "input_image"}), strict=True)
    assert problem == Problem(
        "Missing required parameter: 'messages[0].content[0].alt'.",
        "messages[0].content[0].alt",
        "missing_required_parameter",
    )


def test_validator_reports_unknown_discriminators_with_every_members_values(validator: RequestValidator) -> None:
    problem = validator.validate(P, (), _parts({"type": "input_video"}), strict=True)
    assert problem == Problem(
        "Invalid value: 'input_video'. Supported values are: 'input_text', 'input_image'.",
        "messages[0].content[0].type",
        "invalid_value",
    )
    problem = validator.validate(P, (), _parts({"type": "input_image", "alt": "x", "detail": "max"}), strict=True)
    assert problem is not None and problem.param == "messages[0].content[0].detail"
