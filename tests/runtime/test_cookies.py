"""Cookies on the SDK's clients behave as on plain httpx clients: set by a response, sent back, replaced, expired."""

from __future__ import annotations

from typing import List

import httpx
import pytest

import openai


class CookieServer:
    """Sets `session=<n>` on every third response and records the Cookie header of each request."""

    def __init__(self) -> None:
        self.seen: List[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.headers.get("cookie", ""))
        n = len(self.seen)
        headers = {"set-cookie": f"session={n}; Path=/"} if n % 3 == 1 else {}
        if n == 7:
            headers = {"set-cookie": "session=gone; Path=/; Max-Age=0"}
        return httpx.Response(200, json={"object": "list", "data": []}, headers=headers)


def test_sync_client_keeps_and_sends_cookies() -> None:
    server = CookieServer()
    client = openai.DefaultHttpxClient(transport=httpx.MockTransport(server))
    for _ in range(8):
        client.get("http://127.0.0.1/v1/models")
    assert server.seen == ["", "session=1", "session=1", "session=1", "session=4", "session=4", "session=4", ""]
    assert dict(client.cookies) == {}


async def test_async_client_keeps_and_sends_cookies() -> None:
    server = CookieServer()
    client = openai.DefaultAsyncHttpxClient(transport=httpx.MockTransport(server))
    for _ in range(5):
        await client.get("http://127.0.0.1/v1/models")
    assert server.seen == ["", "session=1", "session=1", "session=1", "session=4"]
    assert dict(client.cookies) == {"session": "4"}


@pytest.mark.parametrize("header", ["Set-Cookie", "SET-COOKIE"])
def test_sdk_client_sends_back_what_the_api_set(header: str) -> None:
    seen: List[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie", ""))
        return httpx.Response(200, json={"object": "list", "data": []}, headers={header: "__cf_bm=abc; Path=/"})

    client = openai.OpenAI(
        api_key="k",
        base_url="http://127.0.0.1/v1",
        http_client=openai.DefaultHttpxClient(transport=httpx.MockTransport(handler)),
    )
    client.models.list()
    client.models.list()
    assert seen == ["", "__cf_bm=abc"]


def test_cookies_given_to_the_client_are_sent() -> None:
    seen: List[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie", ""))
        return httpx.Response(200, json={})

    client = openai.DefaultHttpxClient(cookies={"a": "1"}, transport=httpx.MockTransport(handler))
    client.get("http://127.0.0.1/x")
    client.cookies = {"b": "2"}  # httpx's setter: still a working jar
    client.get("http://127.0.0.1/x")
    assert seen == ["a=1", "b=2"]
