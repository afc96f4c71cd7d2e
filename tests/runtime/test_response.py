"""Responses (CONTRACT 4, 5): parsing per target type, request ids, raw/streamed/binary responses, status errors."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple, Union, Optional
from pathlib import Path

import httpx
import httpx2
import pytest
import pydantic

from openai import (
    APIError,
    BaseModel,
    ConflictError,
    NotFoundError,
    APIStatusError,
    RateLimitError,
    BadRequestError,
    AuthenticationError,
    InternalServerError,
    PermissionDeniedError,
    UnprocessableEntityError,
    APIResponseValidationError,
)
from openai._types import Headers, NotGiven, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    APIResponse,
    AsyncAPIResponse,
    StreamedBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_custom_streamed_response_wrapper,
    async_to_custom_streamed_response_wrapper,
)
from openai._exceptions import StreamAlreadyConsumed
from openai._base_client import make_request_options
from openai._legacy_response import LegacyAPIResponse, HttpxBinaryResponseContent

from .conftest import API_KEY, Harness, make_handler, json_response


class Thing(BaseModel):
    id: str
    count: int
    score: Optional[float] = None


def handler_for(response: httpx.Response) -> Any:
    return make_handler(response)


async def get(harness: Harness, cast_to: Any, response: httpx.Response, **client_kwargs: Any) -> Any:
    client = harness.client(handler_for(response), **client_kwargs)
    return await harness.call(client.get("/thing", cast_to=cast_to))


async def test_model_keeps_unknown_fields_and_request_id(harness: Harness) -> None:
    response = json_response({"id": "t1", "count": 2, "new_field": [1]}, headers={"x-request-id": "req_123"})
    thing = await get(harness, Thing, response)
    assert isinstance(thing, Thing)
    assert thing.model_extra == {"new_field": [1]}
    assert getattr(thing, "new_field") == [1]  # noqa: B009 # unknown fields are attributes too
    assert thing._request_id == "req_123"
    assert "req_123" not in repr(thing)
    assert "_request_id" not in thing.to_dict()


async def test_loose_mode_keeps_mistyped_values(harness: Harness) -> None:
    thing = await get(harness, Thing, json_response({"id": "t1", "count": "abc"}))
    assert thing.count == "abc"


async def test_strict_mode_raises_validation_error(harness: Harness) -> None:
    with pytest.raises(APIResponseValidationError) as info:
        await get(harness, Thing, json_response({"id": "t1", "count": "abc"}), _strict_response_validation=True)
    assert str(info.value).startswith("Data returned by API invalid")
    assert info.value.status_code == 200
    assert info.value.body == {"id": "t1", "count": "abc"}


async def test_non_json_body_for_model_is_tried_as_json(harness: Harness) -> None:
    response = httpx.Response(200, content=b'{"id": "t", "count": 1}', headers={"content-type": "text/plain"})
    thing = await get(harness, Thing, response)
    assert isinstance(thing, Thing) and thing.id == "t"


async def test_non_json_text_for_model_raises_validation_error_when_lenient(harness: Harness) -> None:
    response = httpx.Response(200, content=b"plain words", headers={"content-type": "text/plain"})
    with pytest.raises(APIResponseValidationError, match="plain words") as info:
        await get(harness, Thing, response)
    assert info.value.status_code == 200
    assert info.value.body == "plain words"


async def test_html_error_page_with_status_200_raises_validation_error(harness: Harness) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1>" + b"x" * 2000 + b"</body></html>"
    response = httpx.Response(200, content=page, headers={"content-type": "text/html; charset=utf-8"})
    with pytest.raises(APIResponseValidationError, match="text/html") as info:
        await get(harness, Thing, response)
    assert info.value.response.status_code == 200
    assert info.value.response.headers["content-type"].startswith("text/html")
    assert isinstance(info.value.body, str) and info.value.body.startswith("<html>")
    assert len(info.value.body) < 600  # a short excerpt, not the whole page
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value.body)


@pytest.mark.parametrize("content", [b'{"id": "t", "obj', b"", b"\xff\xfe garbage", b"[1, 2]", b"42"])
async def test_json_body_that_does_not_parse_as_the_model_raises_validation_error(
    harness: Harness, content: bytes
) -> None:
    response = httpx.Response(200, content=content, headers={"content-type": "application/json"})
    with pytest.raises(APIResponseValidationError) as info:
        await get(harness, Thing, response)
    assert info.value.status_code == 200
    assert info.value.__cause__ is None or isinstance(info.value.__cause__, ValueError)


async def test_non_json_text_for_model_raises_when_strict(harness: Harness) -> None:
    response = httpx.Response(200, content=b"plain words", headers={"content-type": "text/plain"})
    with pytest.raises(APIResponseValidationError, match="application/json"):
        await get(harness, Thing, response, _strict_response_validation=True)


@pytest.mark.parametrize(
    ("cast_to", "content", "expected"),
    [
        (str, b"hello", "hello"),
        (bytes, b"\x00\x01", b"\x00\x01"),
        (int, b"42", 42),
        (float, b"4.5", 4.5),
        (bool, b"TRUE", True),
        (bool, b"nope", False),
        (type(None), b"", None),
        (object, b'{"a": [1, 2]}', {"a": [1, 2]}),
    ],
    ids=["str", "bytes", "int", "float", "bool-true", "bool-false", "none", "object"],
)
async def test_scalar_targets(harness: Harness, cast_to: Any, content: bytes, expected: object) -> None:
    response = httpx.Response(200, content=content, headers={"content-type": "application/json"})
    assert await get(harness, cast_to, response) == expected


async def test_json_null_gives_none(harness: Harness) -> None:
    response = httpx.Response(200, content=b"null", headers={"content-type": "application/json"})
    assert await get(harness, Thing, response) is None


async def test_typed_containers_and_unions(harness: Harness) -> None:
    data = [{"id": "a", "count": 1}, {"id": "b", "count": 2}]
    things = await get(harness, List[Thing], json_response(data))
    assert [t.id for t in things] == ["a", "b"]
    mapping = await get(harness, Dict[str, int], json_response({"x": 1}))
    assert mapping == {"x": 1}
    value = await get(harness, Union[Thing, str], json_response({"id": "a", "count": 1}))
    assert isinstance(value, Thing)


@pytest.mark.parametrize("target", [httpx.Response, httpx2.Response], ids=["httpx", "httpx2"])
async def test_response_class_target_returns_the_response(harness: Harness, target: Any) -> None:
    # `cast_to=httpx.Response` / `cast_to=httpx2.Response` (either library's class, whichever library the client
    # runs on) returns the response object the HTTP client produced, its body read.
    response = json_response({"a": 1}, headers={"x-request-id": "req_r"})
    result = await get(harness, target, response)
    if harness.library == "httpx":
        assert result is response
    assert isinstance(result, harness.lib.Response)
    assert result.json() == {"a": 1}
    assert result.headers["x-request-id"] == "req_r"


async def test_httpx2_response_target_on_post(harness: Harness) -> None:
    client = harness.client(lambda request: json_response({"echo": request.method}, status=201))
    posted = await harness.call(client.post("/things", cast_to=httpx2.Response, body={"a": 1}))
    assert isinstance(posted, harness.lib.Response)
    assert posted.status_code == 201
    assert posted.json() == {"echo": "POST"}


async def test_httpx_response_subclass_is_rejected(harness: Harness) -> None:
    class MyResponse(httpx.Response):
        pass

    with pytest.raises(ValueError, match="httpx.Response"):
        await get(harness, MyResponse, json_response({}))


async def test_foreign_pydantic_model_is_rejected(harness: Harness) -> None:
    class Foreign(pydantic.BaseModel):
        a: int

    with pytest.raises(TypeError, match="openai.BaseModel"):
        await get(harness, Foreign, json_response({"a": 1}))


async def test_binary_target_wraps_the_response(harness: Harness, tmp_path: Path) -> None:
    response = httpx.Response(200, content=b"\x89PNG...", headers={"content-type": "application/octet-stream"})
    content = await get(harness, HttpxBinaryResponseContent, response)
    assert isinstance(content, HttpxBinaryResponseContent)
    assert content.content == b"\x89PNG..."
    assert content.read() == b"\x89PNG..."
    assert list(content.iter_bytes()) == [b"\x89PNG..."]
    target = tmp_path / "out.bin"
    content.write_to_file(target)
    assert target.read_bytes() == b"\x89PNG..."
    with pytest.warns(DeprecationWarning):
        content.stream_to_file(tmp_path / "again.bin")
    assert (tmp_path / "again.bin").read_bytes() == b"\x89PNG..."


async def test_post_parser_runs_on_the_result(harness: Harness) -> None:
    client = harness.client(handler_for(json_response({"id": "a", "count": 1})))
    options = make_request_options(post_parser=lambda thing: (thing.id, thing.count))
    assert await harness.call(client.get("/thing", cast_to=Thing, options=options)) == ("a", 1)


# -- status errors -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (418, APIStatusError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
    ],
)
async def test_status_maps_to_exception(harness: Harness, status: int, error_cls: type[APIStatusError]) -> None:
    body = {"error": {"message": "bad thing", "code": "c", "param": "p", "type": "t"}}
    response = json_response(body, status=status, headers={"x-request-id": "req_err", "x-should-retry": "false"})
    with pytest.raises(APIStatusError) as info:
        await get(harness, Thing, response)
    error = info.value
    assert type(error) is error_cls
    assert error.status_code == status
    assert error.request_id == "req_err"
    assert error.body == body["error"]
    assert (error.code, error.param, error.type) == ("c", "p", "t")
    assert str(error) == f"Error code: {status} - {body!r}"
    assert error.__suppress_context__


async def test_non_json_error_body_is_the_message(harness: Harness) -> None:
    response = httpx.Response(404, content=b"  nothing here ", headers={"content-type": "text/plain"})
    with pytest.raises(NotFoundError) as info:
        await get(harness, Thing, response)
    assert info.value.message == "nothing here"
    assert info.value.body == "nothing here"


# -- raw and streamed responses ----------------------------------------------------------------------------------


class Things(SyncAPIResource):
    def retrieve(self, *, extra_headers: Headers | None = None) -> Thing:
        return self._get("/thing", cast_to=Thing, options=make_request_options(extra_headers=extra_headers))

    def content(self, *, extra_headers: Headers | None = None) -> HttpxBinaryResponseContent:
        return self._get(
            "/content",
            cast_to=HttpxBinaryResponseContent,
            options=make_request_options(extra_headers={"Accept": "application/binary", **(extra_headers or {})}),
        )


class AsyncThings(AsyncAPIResource):
    async def retrieve(self, *, extra_headers: Headers | None = None) -> Thing:
        return await self._get("/thing", cast_to=Thing, options=make_request_options(extra_headers=extra_headers))

    async def content(self, *, extra_headers: Headers | None = None) -> HttpxBinaryResponseContent:
        return await self._get(
            "/content",
            cast_to=HttpxBinaryResponseContent,
            options=make_request_options(extra_headers={"Accept": "application/binary", **(extra_headers or {})}),
        )


def resource(harness: Harness, client: Any) -> Any:
    return AsyncThings(client) if harness.is_async else Things(client)


def thing_response() -> httpx.Response:
    return json_response({"id": "t1", "count": 3}, headers={"x-request-id": "req_raw"})


async def test_raw_response_wrapper(harness: Harness) -> None:
    client = harness.client(handler_for(thing_response()))
    things = resource(harness, client)
    wrapper = (
        async_to_raw_response_wrapper(things.retrieve) if harness.is_async else to_raw_response_wrapper(things.retrieve)
    )
    raw: LegacyAPIResponse[Thing] = await harness.call(wrapper())
    assert isinstance(raw, LegacyAPIResponse)
    assert harness.requests[0].headers["x-stainless-raw-response"] == "true"
    assert raw.status_code == 200
    assert raw.request_id == "req_raw"
    assert raw.retries_taken == 0
    assert raw.method == "GET"
    assert raw.http_version == "HTTP/1.1"
    assert raw.content == b'{"id":"t1","count":3}'
    assert raw.headers["x-request-id"] == "req_raw"
    thing = raw.parse()  # synchronous for both clients
    assert isinstance(thing, Thing) and thing._request_id == "req_raw"
    assert raw.parse() is thing
    assert raw.parse(to=dict) == {"id": "t1", "count": 3}


async def test_raw_response_counts_retries(harness: Harness) -> None:
    error = json_response({"error": {}}, status=500)
    client = harness.client(make_handler(error, thing_response()))
    things = resource(harness, client)
    wrapper = (
        async_to_raw_response_wrapper(things.retrieve) if harness.is_async else to_raw_response_wrapper(things.retrieve)
    )
    raw = await harness.call(wrapper())
    assert raw.retries_taken == 1


def unread_thing_response() -> httpx.Response:
    # Built from a stream (not `content=`), so the body is still unread when the client receives it.
    return httpx.Response(
        200,
        stream=httpx.ByteStream(b'{"id":"t1","count":3}'),
        headers={"x-request-id": "req_raw", "content-type": "application/json"},
    )


async def test_streamed_response_wrapper(harness: Harness) -> None:
    client = harness.client(handler_for(unread_thing_response()))
    things = resource(harness, client)
    thing: Any
    if harness.is_async:
        async with async_to_streamed_response_wrapper(things.retrieve)() as response:
            assert isinstance(response, AsyncAPIResponse)
            assert not response.is_closed
            thing = await response.parse()
            assert await response.json() == {"id": "t1", "count": 3}
    else:
        with to_streamed_response_wrapper(things.retrieve)() as response:
            assert isinstance(response, APIResponse)
            assert not response.is_closed
            thing = response.parse()
            assert response.json() == {"id": "t1", "count": 3}
    assert harness.requests[0].headers["x-stainless-raw-response"] == "stream"
    assert isinstance(thing, Thing) and thing._request_id == "req_raw"
    assert response.is_closed


async def test_streamed_body_cannot_be_read_twice(harness: Harness) -> None:
    client = harness.client(handler_for(httpx.Response(200, stream=httpx.ByteStream(b"abc"))))
    things = resource(harness, client)
    if harness.is_async:
        async with async_to_streamed_response_wrapper(things.retrieve)() as response:
            assert [chunk async for chunk in response.iter_bytes()] == [b"abc"]
            with pytest.raises(StreamAlreadyConsumed):
                await response.read()
    else:
        with to_streamed_response_wrapper(things.retrieve)() as response:
            assert list(response.iter_bytes()) == [b"abc"]
            with pytest.raises(StreamAlreadyConsumed):
                response.read()


async def test_streamed_binary_response_to_file(harness: Harness, tmp_path: Path) -> None:
    payload = b"0123456789" * 100
    client = harness.client(handler_for(httpx.Response(200, content=payload)))
    things = resource(harness, client)
    target = tmp_path / "speech.mp3"
    if harness.is_async:
        wrapper = async_to_custom_streamed_response_wrapper(things.content, AsyncStreamedBinaryAPIResponse)
        async with wrapper() as response:
            assert isinstance(response, AsyncStreamedBinaryAPIResponse)
            await response.stream_to_file(target, chunk_size=64)
    else:
        with to_custom_streamed_response_wrapper(things.content, StreamedBinaryAPIResponse)() as response:
            assert isinstance(response, StreamedBinaryAPIResponse)
            response.stream_to_file(target, chunk_size=64)
    assert target.read_bytes() == payload
    sent = harness.requests[0].headers
    assert sent["accept"] == "application/binary"
    assert "____stainless_override_cast_to" not in sent


async def test_status_errors_are_raised_by_wrappers_too(harness: Harness) -> None:
    client = harness.client(handler_for(json_response({"error": {"message": "no"}}, status=404)))
    things = resource(harness, client)
    wrapper = (
        async_to_raw_response_wrapper(things.retrieve) if harness.is_async else to_raw_response_wrapper(things.retrieve)
    )
    with pytest.raises(NotFoundError):
        await harness.call(wrapper())


def test_api_error_is_the_base_of_status_errors() -> None:
    assert issubclass(APIStatusError, APIError)
    assert isinstance(not_given, NotGiven)


# -- the request id and headers attached to a parsed model -----------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        [(b"x-request-id", b"req_1")],
        [(b"X-Request-ID", b"req_2"), (b"content-type", b"application/json")],
        [(b"content-type", b"application/json")],
        [(b"x-request-id", b"a"), (b"X-Request-Id", b"b")],  # repeated: httpx joins them
        [(b"x-request-id", "r\u00e9q".encode("utf-8"))],
        [(b"x-request-id", "r\u00e9q".encode("latin-1")), (b"x-other", b"\xff")],
        [(b"x-request-id", b"")],
    ],
)
def test_request_id_and_headers_are_attached_as_an_assignment_would(headers: List[Tuple[bytes, bytes]]) -> None:
    from openai._http import set_request_id
    from openai.types import Embedding

    response = httpx.Response(200, headers=headers)
    ours = Embedding(index=0, embedding=[0.5], object="embedding")
    set_request_id(ours, response)
    theirs = Embedding(index=0, embedding=[0.5], object="embedding")
    theirs._request_id = response.headers.get("x-request-id")
    setattr(theirs, "_response_headers", response.headers)  # noqa: B010
    assert ours._request_id == theirs._request_id == response.headers.get("x-request-id")
    assert vars(ours) == vars(theirs) and ours.__pydantic_private__ == theirs.__pydantic_private__
    assert ours == theirs and getattr(ours, "_response_headers") is response.headers  # noqa: B009


def test_request_id_of_an_httpx2_response() -> None:
    from openai._http import set_request_id
    from openai.types import Embedding

    response: Any = httpx2.Response(200, headers=[(b"X-Request-Id", b"req_2x")])
    model = Embedding(index=0, embedding=[0.5], object="embedding")
    set_request_id(model, response)
    assert model._request_id == "req_2x" and getattr(model, "_response_headers") is response.headers  # noqa: B009
