"""The default clients remember httpx's merge of client and request headers: requests stay exactly httpx's.

`DefaultHttpxClient`, `DefaultAsyncHttpxClient` (and the clients the SDK builds itself) reuse the merged header set
when the same client headers meet the same request headers again. Everything here compares against a plain
`httpx.Client` with the same client headers, the way outside code would build its requests.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import httpx
import pytest

import openai
from openai import DefaultHttpxClient, DefaultAsyncHttpxClient

URL = "http://127.0.0.1:9/v1/embeddings"
CLIENT_HEADERS = {"X-Client": "c", "Accept": "text/plain"}
CASES: List[Dict[str, str]] = [
    {"Content-Type": "application/json", "Authorization": "Bearer k", "X-Stainless-Retry-Count": "0"},
    {"Content-Type": "application/json", "Authorization": "Bearer k", "X-Stainless-Retry-Count": "1"},
    {"accept": "application/json", "x-client": "overridden", "X-New": "n"},  # overrides client headers, any case
    {"X-Stainless-Retry-Count": "0", "Authorization": "Bearer k", "Content-Type": "application/json"},  # reordered
    {},
]


def raw_headers(request: httpx.Request) -> List[Tuple[bytes, bytes]]:
    return list(request.headers.raw)


def built(client: Any, headers: Dict[str, str]) -> httpx.Request:
    return client.build_request("POST", URL, headers=headers, content=b"{}")  # type: ignore[no-any-return]


@pytest.mark.parametrize("client_type", [DefaultHttpxClient, DefaultAsyncHttpxClient])
def test_requests_are_built_exactly_as_httpx_builds_them(client_type: Any) -> None:
    ours = client_type(headers=CLIENT_HEADERS)
    plain = httpx.Client(headers=CLIENT_HEADERS)
    for _ in range(3):  # first builds, then remembered merges
        for headers in CASES:
            mine, theirs = built(ours, headers), built(plain, headers)
            assert raw_headers(mine) == raw_headers(theirs)
            assert mine.url == theirs.url and mine.method == theirs.method and mine.read() == theirs.read()


def test_changed_client_headers_are_seen() -> None:
    client = DefaultHttpxClient(headers=CLIENT_HEADERS)
    plain = httpx.Client(headers=CLIENT_HEADERS)
    headers = CASES[0]
    assert built(client, headers).headers["x-client"] == "c"
    for change in ("set", "delete", "replace"):
        for target in (client, plain):
            if change == "set":
                target.headers["X-Client"] = "changed"
            elif change == "delete":
                del target.headers["X-Client"]
            else:
                target.headers = httpx.Headers({"X-Other": "o"})
        assert raw_headers(built(client, headers)) == raw_headers(built(plain, headers))
    assert built(client, headers).headers["x-other"] == "o" and "x-client" not in built(client, headers).headers


def test_each_request_gets_its_own_headers() -> None:
    client = DefaultHttpxClient()
    first = built(client, CASES[0])
    first.headers["X-Added-Later"] = "1"
    del first.headers["Authorization"]
    second = built(client, CASES[0])
    assert "x-added-later" not in second.headers and second.headers["authorization"] == "Bearer k"


def test_the_remembered_sets_are_bounded() -> None:
    client = DefaultHttpxClient()
    cache: Dict[Any, Any] = client._sdk_merged_headers  # pyright: ignore[reportPrivateUsage]
    for number in range(500):
        assert built(client, {"X-Request": str(number)}).headers["x-request"] == str(number)
        assert len(cache) <= 64


def test_non_dict_headers_are_merged_by_httpx() -> None:
    client = DefaultHttpxClient(headers=CLIENT_HEADERS)
    plain = httpx.Client(headers=CLIENT_HEADERS)
    for headers in ([("X-A", "1"), ("X-A", "2")], httpx.Headers({"X-B": "b"}), None):
        mine = client.build_request("GET", URL, headers=headers)
        theirs = plain.build_request("GET", URL, headers=headers)
        assert raw_headers(mine) == raw_headers(theirs)


def test_sdk_requests_on_the_default_client_carry_the_call_headers() -> None:
    seen: List[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(200, json={"object": "list", "data": []})

    client = openai.OpenAI(
        api_key="sk-test",
        base_url="http://127.0.0.1:9/v1",
        http_client=DefaultHttpxClient(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )
    client.models.list()
    client.models.list(extra_headers={"X-Per-Call": "1"})
    client.with_options(default_headers={"X-Default": "d"}).models.list()
    client.models.list()
    assert ["x-per-call" in headers for headers in seen] == [False, True, False, False]
    assert ["x-default" in headers for headers in seen] == [False, False, True, False]
    assert all(headers["authorization"] == "Bearer sk-test" for headers in seen)
    assert seen[0].raw == seen[3].raw
