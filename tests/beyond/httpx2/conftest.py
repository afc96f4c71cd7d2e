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


def _relay_class() -> Any:
    class Relay(httpx2.SyncByteStream, httpx2.AsyncByteStream):
        """The handler's body as an httpx2 stream: errors translated, and closing it closes the handler's response."""

        def __init__(self, response: httpx.Response, request: Any) -> None:
            self._response = response
            self._request = request
            # In-memory bodies (`json=`, `content=b"..."`) are replayable, as a handler may return one response
            # twice; they are still handed over as a stream, as a network body would be.
            stream = response.stream
            self._memory = b"".join(stream) if isinstance(stream, httpx.ByteStream) else None

        def __iter__(self) -> Iterator[bytes]:
            if self._memory is not None:
                yield self._memory
                return
            try:
                yield from self._response.iter_raw()
            except httpx.HTTPError as err:
                raise _to_httpx2_error(err, self._request) from err

        async def __aiter__(self) -> AsyncIterator[bytes]:
            if self._memory is not None:
                yield self._memory
                return
            try:
                if isinstance(self._response.stream, httpx.AsyncByteStream):
                    async for chunk in self._response.aiter_raw():
                        yield chunk
                else:  # a sync body served to the async client (mock bodies are finite)
                    for chunk in self._response.iter_raw():
                        yield chunk
            except httpx.HTTPError as err:
                raise _to_httpx2_error(err, self._request) from err

        def close(self) -> None:
            self._response.close()

        async def aclose(self) -> None:
            if isinstance(self._response.stream, httpx.AsyncByteStream):
                await self._response.aclose()
            else:
                self._response.close()

    return Relay


_Relay: Any = _relay_class()


def _to_httpx2_response(response: httpx.Response, request: Any) -> Any:
    return httpx2.Response(
        response.status_code,
        headers=list(response.headers.multi_items()),
        stream=_Relay(response, request),
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
                return _to_httpx2_response(answer, request)

            return httpx2.AsyncClient(transport=httpx2.MockTransport(async_handler), **_library_kwargs(kwargs))

        def sync_handler(request: Any) -> Any:
            content = request.read()
            return _to_httpx2_response(harness._answer(handler, request, content), request)

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
