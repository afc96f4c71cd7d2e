"""In-process httpx transports that route a client straight to the built-in server's core, without sockets.

They behave like the socket server as seen by httpx: delays are slept (blocking for the sync transport,
`anyio.sleep` for the async one, so asyncio and trio both work), a connection dropped before the response
raises `httpx.RemoteProtocolError` from `handle_request` (the client retries it like a real disconnect), and
one dropped mid-body raises it while the body is read.
"""

from __future__ import annotations

import time
from typing import Iterator, AsyncIterator

import anyio
import httpx

from ._app import App
from ._wire import Drop, Delay, BodyPart, FakeRequest, FakeResponse

__all__ = ["FakeTransport", "AsyncFakeTransport", "to_fake_request"]


def to_fake_request(request: httpx.Request, body: bytes) -> FakeRequest:
    raw_path = request.url.raw_path.decode("ascii")
    path, _, query = raw_path.partition("?")
    headers: dict[str, str] = {}
    for name, value in request.headers.multi_items():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return FakeRequest(request.method, path, query, headers, body)


def _headers(response: FakeResponse) -> list[tuple[str, str]]:
    headers = list(response.headers)
    if isinstance(response.body, bytes):
        headers.append(("content-length", str(len(response.body))))
    return headers


def _dropped(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(
        "peer closed connection without sending complete message body (dropped by openai.testing)", request=request
    )


class _SyncBody(httpx.SyncByteStream):
    def __init__(self, parts: Iterator[BodyPart], request: httpx.Request) -> None:
        self._parts = parts
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for part in self._parts:
            if isinstance(part, Delay):
                time.sleep(part.seconds)
            elif isinstance(part, Drop):
                raise _dropped(self._request)
            elif part:
                yield part


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, parts: Iterator[BodyPart], request: httpx.Request) -> None:
        self._parts = parts
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self._parts:
            if isinstance(part, Delay):
                await anyio.sleep(part.seconds)
            elif isinstance(part, Drop):
                raise _dropped(self._request)
            elif part:
                yield part


def _no_response(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)


class FakeTransport(httpx.BaseTransport):
    """A sync transport serving every request from an `App` (see the module docstring)."""

    def __init__(self, app: App) -> None:
        self.app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.app.handle(to_fake_request(request, request.read()))
        if response.delay:
            time.sleep(response.delay)
        if response.drop_before_headers:
            raise _no_response(request)
        body = response.body
        stream: httpx.SyncByteStream = _SyncBody(iter([body]) if isinstance(body, bytes) else body, request)
        return httpx.Response(response.status, headers=_headers(response), stream=stream, request=request)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """The async twin of `FakeTransport`."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = self.app.handle(to_fake_request(request, await request.aread()))
        if response.delay:
            await anyio.sleep(response.delay)
        if response.drop_before_headers:
            raise _no_response(request)
        body = response.body
        stream: httpx.AsyncByteStream = _AsyncBody(iter([body]) if isinstance(body, bytes) else body, request)
        return httpx.Response(response.status, headers=_headers(response), stream=stream, request=request)
