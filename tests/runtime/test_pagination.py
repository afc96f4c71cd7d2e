"""Pagination (CONTRACT 6): cursor rules, lazy auto-iteration over pages, and the async paginator."""

from __future__ import annotations

from typing import Any, Dict, Callable

import httpx
import pytest

from openai import BaseModel
from openai.pagination import (
    PageInfo,
    SyncPage,
    AsyncPage,
    AsyncPaginator,
    SyncCursorPage,
    AsyncCursorPage,
    SyncNextCursorPage,
    AsyncNextCursorPage,
    SyncConversationCursorPage,
    AsyncConversationCursorPage,
)
from openai._base_client import make_request_options

from .conftest import Harness, json_response


class Item(BaseModel):
    id: str


def paged(pages: Dict[str, Dict[str, Any]], key: str = "after") -> Callable[[httpx.Request], httpx.Response]:
    """Serve `pages[<cursor>]`, the cursor being the `key` query parameter ("" for the first page)."""

    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(pages[request.url.params.get(key, "")])

    return handler


def page_cls(harness: Harness, sync_cls: Any, async_cls: Any) -> Any:
    return async_cls[Item] if harness.is_async else sync_cls[Item]


async def list_items(harness: Harness, client: Any, page: Any, **kwargs: Any) -> Any:
    """What a generated list method returns: a page (sync) or an un-awaited paginator (async)."""
    return client.get_api_list("/items", page=page, model=Item, **kwargs)


CURSOR_PAGES = {
    "": {"data": [{"id": "a"}, {"id": "b"}], "has_more": True},
    "b": {"data": [{"id": "c"}, {"id": "d"}], "has_more": True},
    "d": {"data": [{"id": "e"}], "has_more": False},
}


async def test_iterating_a_cursor_page_walks_every_page(harness: Harness) -> None:
    client = harness.client(paged(CURSOR_PAGES))
    page = await harness.call(
        await list_items(
            harness,
            client,
            page_cls(harness, SyncCursorPage, AsyncCursorPage),
            options=make_request_options(query={"limit": 2}),
        )
    )
    items = await harness.collect(page)
    assert [item.id for item in items] == ["a", "b", "c", "d", "e"]
    assert all(isinstance(item, Item) for item in items)
    assert [str(r.url) for r in harness.requests] == [
        "http://testserver/v1/items?limit=2",
        "http://testserver/v1/items?limit=2&after=b",
        "http://testserver/v1/items?limit=2&after=d",
    ]


async def test_async_paginator_iterates_items_without_await(monkeypatch: pytest.MonkeyPatch) -> None:
    harness = Harness(True, monkeypatch)  # the paginator only exists for the async client
    client = harness.client(paged(CURSOR_PAGES))
    paginator: AsyncPaginator[Item, AsyncCursorPage[Item]] = client.get_api_list(
        "/items", page=AsyncCursorPage[Item], model=Item
    )
    assert isinstance(paginator, AsyncPaginator)
    assert [item.id async for item in paginator] == ["a", "b", "c", "d", "e"]


async def test_iter_pages_and_get_next_page(harness: Harness) -> None:
    client = harness.client(paged(CURSOR_PAGES))
    first = await harness.call(await list_items(harness, client, page_cls(harness, SyncCursorPage, AsyncCursorPage)))
    assert first.has_next_page()
    assert first.next_page_info() == PageInfo(params={"after": "b"})
    second = await harness.call(first.get_next_page())
    assert [item.id for item in second.data] == ["c", "d"]
    pages = await harness.collect(first.iter_pages())
    assert [[item.id for item in p.data] for p in pages] == [["a", "b"], ["c", "d"], ["e"]]
    assert not pages[-1].has_next_page()
    with pytest.raises(RuntimeError, match="No next page expected"):
        await harness.call(pages[-1].get_next_page())


async def test_missing_has_more_paginates_until_an_empty_page(harness: Harness) -> None:
    pages: Dict[str, Dict[str, Any]] = {
        "": {"data": [{"id": "a"}]},
        "a": {"data": [{"id": "b"}], "has_more": None},
        "b": {"data": []},
    }
    client = harness.client(paged(pages))
    page = await harness.call(await list_items(harness, client, page_cls(harness, SyncCursorPage, AsyncCursorPage)))
    assert [item.id for item in await harness.collect(page)] == ["a", "b"]
    assert len(harness.requests) == 3


async def test_last_item_without_id_ends_pagination(harness: Harness) -> None:
    pages = {"": {"data": [{"id": "a"}, {"name": "no id"}], "has_more": True}}
    client = harness.client(paged(pages))
    page = await harness.call(await list_items(harness, client, page_cls(harness, SyncCursorPage, AsyncCursorPage)))
    assert page.next_page_info() is None
    assert not page.has_next_page()


async def test_single_page_never_has_a_next_page(harness: Harness) -> None:
    pages = {"": {"object": "list", "data": [{"id": "a"}, {"id": "b"}]}}
    client = harness.client(paged(pages))
    page = await harness.call(await list_items(harness, client, page_cls(harness, SyncPage, AsyncPage)))
    assert page.object == "list"
    assert not page.has_next_page()
    assert [item.id for item in await harness.collect(page)] == ["a", "b"]
    assert page.to_dict() == {"object": "list", "data": [{"id": "a"}, {"id": "b"}]}


async def test_conversation_cursor_page_uses_last_id(harness: Harness) -> None:
    pages = {
        "": {"data": [{"id": "a"}], "has_more": True, "last_id": "cursor-1"},
        "cursor-1": {"data": [{"id": "b"}], "has_more": False, "last_id": "cursor-2"},
    }
    client = harness.client(paged(pages))
    cls = page_cls(harness, SyncConversationCursorPage, AsyncConversationCursorPage)
    page = await harness.call(await list_items(harness, client, cls))
    assert [item.id for item in await harness.collect(page)] == ["a", "b"]


async def test_next_cursor_page_uses_next(harness: Harness) -> None:
    pages = {
        "": {"data": [{"id": "a"}], "has_more": True, "next": "n1"},
        "n1": {"data": [{"id": "b"}], "next": None},
    }
    client = harness.client(paged(pages))
    page = await harness.call(
        await list_items(harness, client, page_cls(harness, SyncNextCursorPage, AsyncNextCursorPage))
    )
    assert [item.id for item in await harness.collect(page)] == ["a", "b"]


async def test_post_list_reissues_method_and_body(harness: Harness) -> None:
    client = harness.client(paged(CURSOR_PAGES))
    cls = page_cls(harness, SyncCursorPage, AsyncCursorPage)
    page = await harness.call(client.get_api_list("/search", page=cls, model=Item, body={"q": "x"}, method="post"))
    await harness.collect(page)
    assert [r.method for r in harness.requests] == ["POST", "POST", "POST"]
    assert all(r.content == b'{"q":"x"}' for r in harness.requests)


async def test_page_request_id_and_headers_carry_over_except_raw_marker(harness: Harness) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("after", "")
        return json_response(CURSOR_PAGES[cursor], headers={"x-request-id": f"req-{cursor or 'first'}"})

    client = harness.client(handler)
    cls = page_cls(harness, SyncCursorPage, AsyncCursorPage)
    options = make_request_options(extra_headers={"X-Trace": "t"})
    page = await harness.call(client.get_api_list("/items", page=cls, model=Item, options=options))
    assert page._request_id == "req-first"
    second = await harness.call(page.get_next_page())
    assert second._request_id == "req-b"
    assert all(r.headers["x-trace"] == "t" for r in harness.requests)


async def test_raw_response_of_a_list_parses_to_a_working_page(harness: Harness) -> None:
    client = harness.client(paged(CURSOR_PAGES))
    cls = page_cls(harness, SyncCursorPage, AsyncCursorPage)
    options = make_request_options(extra_headers={"X-Stainless-Raw-Response": "true"})
    raw = await harness.call(client.get_api_list("/items", page=cls, model=Item, options=options))
    page = raw.parse()
    assert isinstance(page, cls)
    second = await harness.call(page.get_next_page())
    assert isinstance(second, cls)
    assert "x-stainless-raw-response" not in harness.requests[1].headers


def test_page_info_repr_and_equality() -> None:
    assert PageInfo(params={"after": "x"}) == PageInfo(params={"after": "x"})
    assert repr(PageInfo(params={"after": "x"})) == "PageInfo(params={'after': 'x'})"
    assert PageInfo(url=httpx.URL("http://h/x")) != PageInfo(params={})
