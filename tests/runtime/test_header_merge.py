"""The default clients build requests faster than httpx does, and the requests stay exactly httpx's.

`DefaultHttpxClient`, `DefaultAsyncHttpxClient` (and the clients the SDK builds itself) reuse the merged header set
when the same client headers meet the same request headers again, and build the SDK's usual request (bytes body,
`httpx.URL`, dict of headers) from a remembered head. Everything here compares against a plain `httpx.Client` with
the same client headers and timeout, the way outside code would build its requests.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import httpx
import pytest

import openai
from openai import DefaultHttpxClient, DefaultAioHttpClient, DefaultAsyncHttpxClient

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


def remembered(client: object, kind: str) -> Dict[Any, Any]:
    """One of the caches a default client keeps (``merged_headers`` or ``request_heads``)."""
    cache: Dict[Any, Any] = getattr(client, f"_sdk_{kind}")
    return cache


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
    cache: Dict[Any, Any] = remembered(client, "merged_headers")
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


# --- the SDK's usual request, built from a remembered head ----------------------------------------------------

URLS = [
    httpx.URL("http://127.0.0.1:9/v1/embeddings"),
    httpx.URL("https://api.example.com/v1/chat/completions?stream=true"),
    httpx.URL("http://example.com:80/default-port"),
    httpx.URL("https://example.com:8443/other-port"),
]
BODIES = [b"{}", b'{"input":["a","b"],"model":"m"}', b"x" * 70_000]
TIMEOUTS: List[Any] = [httpx.USE_CLIENT_DEFAULT, 5.0, httpx.Timeout(1.0, connect=2.0), None]


def fingerprint(request: httpx.Request) -> Tuple[Any, ...]:
    return (
        request.method,
        str(request.url),
        list(request.headers.raw),
        request.headers.encoding,
        request.read(),
        request.extensions,
        type(request.stream),
    )


def twin_clients(client_type: Any, **kwargs: Any) -> Tuple[Any, httpx.Client]:
    ours = client_type(headers=CLIENT_HEADERS, **kwargs)
    return ours, httpx.Client(headers=CLIENT_HEADERS, timeout=ours.timeout, **kwargs)


@pytest.mark.parametrize("client_type", [DefaultHttpxClient, DefaultAsyncHttpxClient, DefaultAioHttpClient])
def test_usual_requests_are_the_requests_httpx_builds(client_type: Any) -> None:
    ours, plain = twin_clients(client_type)
    for _ in range(2):  # first builds, then remembered heads
        for url in URLS:
            for headers in CASES:
                for body in BODIES:
                    for timeout in TIMEOUTS:
                        for method in ("POST", "put"):
                            mine = ours.build_request(method, url, headers=headers, content=body, timeout=timeout)
                            theirs = plain.build_request(method, url, headers=headers, content=body, timeout=timeout)
                            assert fingerprint(mine) == fingerprint(theirs)
    # The requests above went the remembered way (one head per client headers, request headers and host).
    assert len(remembered(ours, "request_heads")) == len(URLS) * len(CASES)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"headers": {"Host": "elsewhere.example"}},
        {"headers": {"Content-Length": "2"}},
        {"headers": {"Transfer-Encoding": "chunked"}},
        {"headers": [("X-A", "1")]},
        {"content": b""},
        {"content": "text body"},
        {"content": iter([b"streamed"])},
        {"json": {"a": 1}},
        {"data": {"a": "1"}},
        {"params": {"q": "1"}},
        {"cookies": {"c": "1"}},
        {"extensions": {"timeout": {"connect": 1.0, "read": 1.0, "write": 1.0, "pool": 1.0}}},
        {"url": "http://127.0.0.1:9/as-a-string"},
        {"url": httpx.URL("/relative")},
    ],
)
def test_other_requests_are_built_by_httpx(kwargs: Dict[str, Any]) -> None:
    ours, plain = twin_clients(DefaultHttpxClient, base_url="http://127.0.0.1:9/v1/")
    call: Dict[str, Any] = {"url": URLS[0], "headers": dict(CASES[0]), "content": b"{}", **kwargs}
    streamed = not isinstance(call["content"], (bytes, str))
    mine = ours.build_request("POST", **call)
    if streamed:
        call["content"] = iter([b"streamed"])
    theirs = plain.build_request("POST", **call)
    if streamed:  # an iterator body is not readable up front: compare all but the body
        assert fingerprint(mine)[:4] + fingerprint(mine)[5:] == fingerprint(theirs)[:4] + fingerprint(theirs)[5:]
    else:
        assert fingerprint(mine) == fingerprint(theirs)


@pytest.mark.parametrize("setting", ["cookies", "params"])
def test_client_cookies_and_params_are_applied_as_httpx_applies_them(setting: str) -> None:
    ours, plain = twin_clients(DefaultHttpxClient)
    for client in (ours, plain):
        if setting == "cookies":
            client.cookies.set("session", "s", domain="127.0.0.1")
        else:
            client.params = httpx.QueryParams({"api-version": "1"})
    mine = ours.build_request("POST", URLS[0], headers=dict(CASES[0]), content=b"{}")
    theirs = plain.build_request("POST", URLS[0], headers=dict(CASES[0]), content=b"{}")
    assert fingerprint(mine) == fingerprint(theirs)
    assert ("cookie" in mine.headers) == (setting == "cookies") and ("api-version" in str(mine.url)) == (
        setting == "params"
    )


def test_remembered_heads_follow_client_header_changes_and_stay_per_request() -> None:
    ours, plain = twin_clients(DefaultHttpxClient)
    first = ours.build_request("POST", URLS[0], headers=dict(CASES[0]), content=b"{}")
    first.headers["X-Added-Later"] = "1"
    del first.headers["Authorization"]
    for client in (ours, plain):
        client.headers["X-Client"] = "changed"
    mine = ours.build_request("POST", URLS[0], headers=dict(CASES[0]), content=b"{}")
    assert fingerprint(mine) == fingerprint(plain.build_request("POST", URLS[0], headers=dict(CASES[0]), content=b"{}"))
    assert "x-added-later" not in mine.headers and mine.headers["x-client"] == "changed"


def test_remembered_heads_are_bounded() -> None:
    client = DefaultHttpxClient()
    for number in range(300):
        request = client.build_request("POST", URLS[0], headers={"X-Request": str(number)}, content=b"{}")
        assert request.headers["x-request"] == str(number)
        assert len(remembered(client, "request_heads")) <= 64
