"""Fixtures for the runtime-core tests: one harness that drives either client over `httpx.MockTransport`.

Each test that takes `harness` runs twice, once with `OpenAI` and once with `AsyncOpenAI`. Tests are written as
`async def` and call `await harness.call(client.post(...))`, which awaits only when the client is async, so one
test body covers both shells. Sleeping between retries is recorded instead of performed, and the backoff
jitter source is pinned, so retry tests are exact and instant.
"""

from __future__ import annotations

import inspect
from typing import Any, Union, Callable, Iterator, Awaitable

import httpx
import pytest

import openai._retry
from openai import OpenAI, AsyncOpenAI

Handler = Callable[[httpx.Request], httpx.Response]
AnyClient = Union[OpenAI, AsyncOpenAI]

API_KEY = "sk-test-0123456789"
BASE_URL = "http://testserver/v1"


class Harness:
    """Builds clients of one kind (sync or async) around a request handler, and records requests and sleeps."""

    library = "httpx"  # the HTTP library of the clients (`tests/beyond/httpx2` reruns the suite on "httpx2")

    def __init__(self, is_async: bool, monkeypatch: pytest.MonkeyPatch) -> None:
        self.is_async = is_async
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        self._monkeypatch = monkeypatch

    @property
    def lib(self) -> Any:
        """The module of the HTTP library the clients run on (`httpx`, or `httpx2` in the httpx2 rerun)."""
        import importlib

        return importlib.import_module(self.library)

    @property
    def client_cls(self) -> type[OpenAI] | type[AsyncOpenAI]:
        return AsyncOpenAI if self.is_async else OpenAI

    def transport(self, handler: Handler) -> httpx.MockTransport:
        def record(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return handler(request)

        return httpx.MockTransport(record)

    def http_client(self, handler: Handler, **kwargs: Any) -> Any:
        """An `httpx.Client` or `httpx.AsyncClient` (matching the harness) on a recording mock transport."""
        if self.is_async:
            return httpx.AsyncClient(transport=self.transport(handler), **kwargs)
        return httpx.Client(transport=self.transport(handler), **kwargs)

    def client(self, handler: Handler, **kwargs: Any) -> Any:
        """A client of this harness's kind; sleeping is recorded, not performed."""
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", BASE_URL)
        kwargs.setdefault("http_client", self.http_client(handler))
        client: Any = self.client_cls(**kwargs)
        self.patch_sleep(client)
        return client

    def patch_sleep(self, client: Any) -> None:
        sleeps = self.sleeps
        if self.is_async:

            async def async_sleep(seconds: float) -> None:
                sleeps.append(seconds)

            client._sleep = async_sleep
        else:

            def sync_sleep(seconds: float) -> None:
                sleeps.append(seconds)

            client._sleep = sync_sleep

    async def call(self, value: Any) -> Any:
        """Await `value` if the client is async (coroutines and paginators alike)."""
        if inspect.isawaitable(value):
            return await value
        return value

    async def close(self, client: Any) -> None:
        result = client.close()
        if inspect.isawaitable(result):
            await result

    async def collect(self, iterable: Any) -> list[Any]:
        """Items of a sync or async iterable."""
        if hasattr(iterable, "__aiter__"):
            return [item async for item in iterable]
        return list(iterable)


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def harness(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Harness:
    return Harness(bool(request.param), monkeypatch)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests never see the developer's credentials or settings, and jitter is deterministic (no reduction)."""
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_ADMIN_KEY",
        "OPENAI_ORG_ID",
        "OPENAI_PROJECT_ID",
        "OPENAI_BASE_URL",
        "OPENAI_WEBHOOK_SECRET",
        "OPENAI_CUSTOM_HEADERS",
        "OPENAI_API_TYPE",
        "OPENAI_API_VERSION",
        "AZURE_OPENAI_API_KEY",
        "AZURE_OPENAI_AD_TOKEN",
        "AZURE_OPENAI_ENDPOINT",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(openai._retry, "random", lambda: 0.0)
    yield


def json_response(body: object, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def make_handler(*responses: httpx.Response | Exception) -> Handler:
    """A handler replaying `responses` in order (an exception is raised instead of answering)."""
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        if not queue:
            raise AssertionError(f"unexpected extra request {request.method} {request.url}")
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return handler


AwaitableOr = Union[Awaitable[Any], Any]
