"""The SDK on httpx2 (the maintained fork of httpx): an `httpx2` client passed as `http_client` just works.

httpx2 shares httpx's API but not its classes, so these tests drive both clients over `httpx2.MockTransport`
with handlers answering `httpx2.Response` objects.
"""

from __future__ import annotations

import inspect
from typing import Any, Callable

import httpx
import pytest

import openai
from openai import (
    Stream,
    BaseModel,
    AsyncStream,
    NotFoundError,
    APITimeoutError,
    APIConnectionError,
    InternalServerError,
)
from openai.pagination import SyncCursorPage, AsyncCursorPage

httpx2 = pytest.importorskip("httpx2")

# The HTTP library of the SDK's own default clients.
HTTPX_LIBRARIES = [pytest.param(httpx, id="httpx-client"), pytest.param(httpx2, id="httpx2-client")]


class Item(BaseModel):
    id: str


class Library:
    """Builds httpx2-backed clients of one kind (sync or async) and records the requests they send."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async
        self.requests: list[Any] = []
        self.sleeps: list[float] = []

    def client(self, handler: Callable[[Any], Any], **kwargs: Any) -> Any:
        def record(request: Any) -> Any:
            self.requests.append(request)
            return handler(request)

        transport = httpx2.MockTransport(record)
        http_client = httpx2.AsyncClient(transport=transport) if self.is_async else httpx2.Client(transport=transport)
        cls = openai.AsyncOpenAI if self.is_async else openai.OpenAI
        client: Any = cls(api_key="sk-2", base_url="http://h2/v1", http_client=http_client, **kwargs)
        sleeps = self.sleeps

        async def async_sleep(seconds: float) -> None:
            sleeps.append(seconds)

        def sync_sleep(seconds: float) -> None:
            sleeps.append(seconds)

        client._sleep = async_sleep if self.is_async else sync_sleep
        return client

    async def call(self, value: Any) -> Any:
        return await value if inspect.isawaitable(value) else value

    async def collect(self, iterable: Any) -> list[Any]:
        if hasattr(iterable, "__aiter__"):
            return [item async for item in iterable]
        return list(iterable)


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def lib(request: pytest.FixtureRequest) -> Library:
    return Library(bool(request.param))


def replay(*responses: Any) -> Callable[[Any], Any]:
    queue = list(responses)

    def handler(request: Any) -> Any:
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return handler


async def test_plain_call_with_headers_and_timeout(lib: Library) -> None:
    client = lib.client(replay(httpx2.Response(200, json={"ok": True}, headers={"x-request-id": "r2"})))
    assert await lib.call(client.get("/x", cast_to=object, options={"timeout": 12.5})) == {"ok": True}
    request = lib.requests[0]
    assert request.headers["authorization"] == "Bearer sk-2"
    assert request.headers["x-stainless-read-timeout"] == "12.5"
    assert request.extensions["timeout"]["read"] == 12.5


async def test_retries_and_status_errors(lib: Library) -> None:
    client = lib.client(replay(httpx2.Response(500, json={}), httpx2.Response(404, json={"error": {"message": "no"}})))
    with pytest.raises(NotFoundError) as info:
        await lib.call(client.get("/x", cast_to=object))
    assert info.value.body == {"message": "no"}
    assert [r.headers["x-stainless-retry-count"] for r in lib.requests] == ["0", "1"]
    assert lib.sleeps == [0.5]  # jitter is pinned by the runtime conftest


async def test_timeouts_and_connection_errors_map_to_sdk_errors(lib: Library) -> None:
    timeout = httpx2.ReadTimeout("slow")
    client = lib.client(replay(timeout, timeout, timeout))
    with pytest.raises(APITimeoutError) as info:
        await lib.call(client.get("/x", cast_to=object))
    assert info.value.__cause__ is timeout
    failure = httpx2.ConnectError("refused")
    client = lib.client(replay(failure), max_retries=0)
    with pytest.raises(APIConnectionError):
        await lib.call(client.get("/x", cast_to=object))


async def test_server_errors_exhaust_retries(lib: Library) -> None:
    client = lib.client(replay(*(httpx2.Response(503, json={}) for _ in range(3))))
    with pytest.raises(InternalServerError):
        await lib.call(client.get("/x", cast_to=object))
    assert len(lib.requests) == 3


async def test_streaming(lib: Library) -> None:
    body = b'data: {"id": "a"}\n\ndata: {"id": "b"}\n\ndata: [DONE]\n\n'
    response = httpx2.Response(200, stream=httpx2.ByteStream(body), headers={"content-type": "text/event-stream"})
    client = lib.client(replay(response))
    stream_cls = AsyncStream[Item] if lib.is_async else Stream[Item]
    stream = await lib.call(client.post("/s", cast_to=Item, body={}, stream=True, stream_cls=stream_cls))
    assert [item.id for item in await lib.collect(stream)] == ["a", "b"]


async def test_pagination(lib: Library) -> None:
    pages = {"": {"data": [{"id": "a"}], "has_more": True}, "a": {"data": [{"id": "b"}], "has_more": False}}
    client = lib.client(lambda request: httpx2.Response(200, json=pages[request.url.params.get("after", "")]))
    page_cls = AsyncCursorPage[Item] if lib.is_async else SyncCursorPage[Item]
    page = await lib.call(client.get_api_list("/items", page=page_cls, model=Item))
    assert [item.id for item in await lib.collect(page)] == ["a", "b"]


def test_custom_timeout_is_adopted() -> None:
    # The client adopts the httpx2 client's own `Timeout` object, as the official 3.x does.
    client = openai.OpenAI(api_key="k", http_client=httpx2.Client(timeout=42))
    assert client.timeout == httpx2.Timeout(42)
    default = openai.OpenAI(api_key="k", http_client=httpx2.Client())
    assert default.timeout == openai.DEFAULT_TIMEOUT


def test_default_httpx2_clients_are_accepted() -> None:
    sync_client = openai.OpenAI(api_key="k", http_client=openai.DefaultHttpx2Client())
    async_client = openai.AsyncOpenAI(api_key="k", http_client=openai.DefaultAsyncHttpx2Client())
    assert sync_client._uses_httpx2 and async_client._uses_httpx2
    with pytest.raises(TypeError, match="Invalid `http_client` argument"):
        openai.OpenAI(api_key="k", http_client=httpx2.AsyncClient())


def echo_timeout(request: Any) -> Any:
    library: Any = httpx2 if isinstance(request, httpx2.Request) else httpx
    return library.Response(
        200,
        json={"timeout": request.extensions["timeout"], "read_header": request.headers.get("x-stainless-read-timeout")},
    )


def client_on(library: Any, is_async: bool, **kwargs: Any) -> Any:
    transport = library.MockTransport(echo_timeout)
    http_client = library.AsyncClient(transport=transport) if is_async else library.Client(transport=transport)
    cls = openai.AsyncOpenAI if is_async else openai.OpenAI
    return cls(api_key="k", base_url="http://h2/v1", http_client=http_client, **kwargs)


@pytest.mark.parametrize("library", HTTPX_LIBRARIES)
async def test_httpx2_timeout_per_call_on_either_library(lib: Library, library: Any) -> None:
    client = client_on(library, lib.is_async)
    timeout = httpx2.Timeout(7.5, connect=2.0)
    sent = await lib.call(client.get("/x", cast_to=object, options={"timeout": timeout}))
    assert sent == {"timeout": {"connect": 2.0, "read": 7.5, "write": 7.5, "pool": 7.5}, "read_header": "7.5"}
    raw = await lib.call(client.models.with_raw_response.list(timeout=httpx2.Timeout(3)))
    assert raw.http_request.extensions["timeout"] == {"connect": 3, "read": 3, "write": 3, "pool": 3}


@pytest.mark.parametrize("library", HTTPX_LIBRARIES)
async def test_httpx2_timeout_on_the_client_and_with_options(lib: Library, library: Any) -> None:
    client = client_on(library, lib.is_async, timeout=httpx2.Timeout(9))
    assert client.timeout == httpx2.Timeout(9)
    sent = await lib.call(client.get("/x", cast_to=object))
    assert sent["timeout"] == {"connect": 9, "read": 9, "write": 9, "pool": 9}
    assert sent["read_header"] == "9"
    copied = client.with_options(timeout=httpx2.Timeout(4, read=11))
    sent = await lib.call(copied.get("/x", cast_to=object))
    assert sent["timeout"] == {"connect": 4, "read": 11, "write": 4, "pool": 4}


async def test_httpx2_timeout_is_capped_by_the_deadline(lib: Library) -> None:
    client = client_on(httpx2, lib.is_async, timeout=httpx2.Timeout(60), deadline=5)
    sent = await lib.call(client.get("/x", cast_to=object))
    assert all(0 < value <= 5 for value in sent["timeout"].values())


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_httpx2_timeout_on_the_sdk_default_client(is_async: bool) -> None:
    cls = openai.AsyncOpenAI if is_async else openai.OpenAI
    client = cls(api_key="k", timeout=httpx2.Timeout(13))
    assert client.timeout == httpx2.Timeout(13)
    assert client._client.timeout == httpx.Timeout(13)  # the SDK's own httpx client got the same phases


@pytest.mark.parametrize("target", [httpx.Response, httpx2.Response], ids=["httpx.Response", "httpx2.Response"])
async def test_response_class_as_cast_to_returns_the_response(lib: Library, target: Any) -> None:
    client = lib.client(lambda request: httpx2.Response(200, json={"id": "x1"}, headers={"x-request-id": "r9"}))
    response = await lib.call(client.post("/path", cast_to=target, body={"q": 1}))
    assert isinstance(response, httpx2.Response)
    assert response.json() == {"id": "x1"}
    assert response.headers["x-request-id"] == "r9"
    response = await lib.call(client.get("/path", cast_to=target))
    assert response.json()["id"] == "x1"


def test_httpx2_response_subclass_is_rejected_like_httpx_ones() -> None:
    class MyResponse(httpx2.Response):
        pass

    client = openai.OpenAI(
        api_key="k", base_url="http://h2/v1", http_client=httpx2.Client(transport=httpx2.MockTransport(echo_timeout))
    )
    with pytest.raises(ValueError, match="Subclasses"):
        client.get("/x", cast_to=MyResponse)
