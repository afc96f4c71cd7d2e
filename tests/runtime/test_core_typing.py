"""Static types of the core's seam: pyright (strict, run on tests) checks every `assert_type` below.

The tests also run, so each expression is exercised against a mock transport as well.
"""

from __future__ import annotations

from typing import Union

import httpx
from typing_extensions import assert_type

from openai import OpenAI, Stream, BaseModel, AsyncOpenAI, AsyncStream
from openai._response import (
    APIResponse,
    AsyncAPIResponse,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai._legacy_response import LegacyAPIResponse


class Item(BaseModel):
    id: str


def handler(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/stream"):
        return httpx.Response(200, content=b'data: {"id": "s"}\n\ndata: [DONE]\n\n')
    if request.url.path.endswith("/items"):
        return httpx.Response(200, json={"data": [{"id": "a"}], "has_more": False})
    return httpx.Response(200, json={"id": "x"})


def sync_client() -> OpenAI:
    return OpenAI(api_key="k", base_url="http://h/v1", http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def async_client() -> AsyncOpenAI:
    transport = httpx.MockTransport(handler)
    return AsyncOpenAI(api_key="k", base_url="http://h/v1", http_client=httpx.AsyncClient(transport=transport))


def test_sync_verbs_are_typed_by_cast_to_and_stream() -> None:
    client = sync_client()
    item = client.get("/item", cast_to=Item)
    assert_type(item, Item)
    stream = client.post("/stream", cast_to=Item, body={}, stream=True, stream_cls=Stream[Item])
    assert_type(stream, Stream[Item])
    flag: bool = False
    either = client.post("/item", cast_to=Item, body={}, stream=flag, stream_cls=Stream[Item])
    assert_type(either, Union[Item, Stream[Item]])
    page = client.get_api_list("/items", page=SyncCursorPage[Item], model=Item)
    assert_type(page, SyncCursorPage[Item])
    assert [i.id for i in page] == ["a"] and item.id == "x" and [s.id for s in stream] == ["s"]


async def test_async_verbs_are_typed_by_cast_to_and_stream() -> None:
    client = async_client()
    item = await client.get("/item", cast_to=Item)
    assert_type(item, Item)
    stream = await client.post("/stream", cast_to=Item, body={}, stream=True, stream_cls=AsyncStream[Item])
    assert_type(stream, AsyncStream[Item])
    paginator = client.get_api_list("/items", page=AsyncCursorPage[Item], model=Item)
    assert_type(paginator, AsyncPaginator[Item, AsyncCursorPage[Item]])
    page = await paginator
    assert_type(page, AsyncCursorPage[Item])
    assert [i.id async for i in page] == ["a"] and [s.id async for s in stream] == ["s"]


def test_wrappers_keep_the_signature() -> None:
    client = sync_client()

    def retrieve(item_id: str, *, extra_headers: dict[str, str] | None = None) -> Item:
        return client.get(f"/items/{item_id}", cast_to=Item, options={"headers": extra_headers or {}})

    raw = to_raw_response_wrapper(retrieve)("a")
    assert_type(raw, LegacyAPIResponse[Item])
    assert raw.parse().id == "x"
    with to_streamed_response_wrapper(retrieve)("a") as response:
        assert_type(response, APIResponse[Item])
        assert response.parse().id == "x"


async def test_async_wrappers_keep_the_signature() -> None:
    client = async_client()

    async def retrieve(item_id: str, *, extra_headers: dict[str, str] | None = None) -> Item:
        return await client.get(f"/items/{item_id}", cast_to=Item, options={"headers": extra_headers or {}})

    raw = await async_to_raw_response_wrapper(retrieve)("a")
    assert_type(raw, LegacyAPIResponse[Item])
    async with async_to_streamed_response_wrapper(retrieve)("a") as response:
        assert_type(response, AsyncAPIResponse[Item])
        assert (await response.parse()).id == "x"
