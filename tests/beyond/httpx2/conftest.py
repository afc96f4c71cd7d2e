"""The runtime suite rerun on httpx2: a `harness` fixture whose clients run on `httpx2.Client` / `AsyncClient`.

`tests/runtime/` drives both clients through a `harness` fixture built on `httpx.MockTransport`. Modules named
`test_on_httpx2_*.py` in this directory re-export those suites, so every test there runs again with this
directory's `harness`, which builds the same clients on httpx2 instead. The runtime tests keep their handlers as written:
the adapter below converts each `httpx2.Request` to an `httpx.Request` for the handler (and for the recorded
request list the tests inspect), and the handler's `httpx.Response` or `httpx` transport error back to httpx2's
classes. What the SDK sees on the wire is therefore exactly httpx2's.
"""

from __future__ import annotations

import inspect
from typing import Any, Iterator, AsyncIterator, cast

import httpx
import pytest

from tests.runtime.conftest import Handler, Harness

httpx2: Any = pytest.importorskip("httpx2")


def _to_httpx_request(request: Any, content: bytes) -> httpx.Request:
    converted = httpx.Request(
        request.method,
        str(request.url),
        headers=list(request.headers.multi_items()),
        content=content,
        extensions=dict(request.extensions),
    )
    # httpx computes its own Content-Length for `content`; keep the headers exactly as httpx2 sent them.
    converted.headers = httpx.Headers(list(request.headers.multi_items()))
    return converted


def _to_httpx2_error(error: Exception, request: Any) -> Exception:
    """The httpx2 twin of an httpx transport error (same class name), so the SDK sees httpx2's exceptions."""
    if not isinstance(error, httpx.HTTPError):
        return error
    twin: Any = getattr(httpx2, type(error).__name__, None)
    if isinstance(twin, type) and issubclass(twin, Exception):
        factory: Any = twin  # httpx's transport errors take `request=`; a few other classes do not
        try:
            return cast(Exception, factory(str(error), request=request))
        except TypeError:
            return cast(Exception, factory(str(error)))
    return error


async def _async_chunks(chunks: list[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def _to_httpx2_response(response: httpx.Response, request: Any, *, is_async: bool) -> Any:
    stream = response.stream
    content: Any
    if isinstance(stream, httpx.ByteStream):
        # In-memory body (`json=`, `content=b"..."`): replayable, as handlers may return one response twice. It is
        # still handed over as a stream, as a network body would be (httpx2 would otherwise mark it read).
        body = b"".join(stream)
        content = _async_chunks([body]) if is_async else iter([body])
    elif isinstance(stream, httpx.SyncByteStream) and not is_async:

        def sync_body() -> Iterator[bytes]:
            try:
                yield from response.iter_raw()
            except httpx.HTTPError as err:
                raise _to_httpx2_error(err, request) from err

        content = sync_body()
    elif isinstance(stream, httpx.AsyncByteStream):

        async def async_body() -> AsyncIterator[bytes]:
            try:
                async for chunk in response.aiter_raw():
                    yield chunk
            except httpx.HTTPError as err:
                raise _to_httpx2_error(err, request) from err

        content = async_body()
    else:
        # A sync streaming body served to the async client: read it up front (mock bodies are finite).
        content = _async_chunks([response.read()])
    return httpx2.Response(
        response.status_code,
        headers=list(response.headers.multi_items()),
        content=content,
        request=request,
    )


class Httpx2Harness(Harness):
    """The runtime `Harness`, with clients built on httpx2 and handlers still written against httpx."""

    library = "httpx2"

    def _answer(self, handler: Handler, request: Any, content: bytes) -> Any:
        converted = _to_httpx_request(request, content)
        self.requests.append(converted)
        try:
            return handler(converted)
        except Exception as err:
            raise _to_httpx2_error(err, request) from err

    def http_client(self, handler: Handler, **kwargs: Any) -> Any:
        """An `httpx2.Client` or `httpx2.AsyncClient` (matching the harness) on a recording mock transport."""
        harness = self
        if self.is_async:

            async def async_handler(request: Any) -> Any:
                content = await request.aread()
                answer: Any = harness._answer(handler, request, content)
                if inspect.isawaitable(answer):
                    answer = await answer
                return _to_httpx2_response(answer, request, is_async=True)

            return httpx2.AsyncClient(transport=httpx2.MockTransport(async_handler), **_library_kwargs(kwargs))

        def sync_handler(request: Any) -> Any:
            content = request.read()
            return _to_httpx2_response(harness._answer(handler, request, content), request, is_async=False)

        return httpx2.Client(transport=httpx2.MockTransport(sync_handler), **_library_kwargs(kwargs))


def _library_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Client options given as httpx objects (e.g. `timeout=httpx.Timeout(...)`) in httpx2's own classes."""
    converted = dict(kwargs)
    timeout = converted.get("timeout")
    if isinstance(timeout, httpx.Timeout):
        converted["timeout"] = httpx2.Timeout(**timeout.as_dict())
    return converted


@pytest.fixture(params=[False, True], ids=["sync-httpx2", "async-httpx2"])
def harness(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Harness:
    return Httpx2Harness(bool(request.param), monkeypatch)
