"""`AsyncPoolTransport`, the SDK's default async connection pool, over real loopback sockets.

A small asyncio HTTP/1.1 server written here counts connections and can misbehave on purpose (close a keep-alive
connection after answering, hold a response body open); the built-in `openai.testing.Server` covers the SDK path.
"""

from __future__ import annotations

import ssl
import asyncio
from typing import Any, List, Iterator, AsyncGenerator
from contextlib import asynccontextmanager

import httpx
import pytest
import httpcore

from openai import AsyncOpenAI
from openai.testing import Server
from openai._transports import AsyncPoolTransport, _CoalescingStream
from openai._http_clients import AsyncHttpxClientWrapper, DefaultAsyncHttpxClient, _default_async_transport


class RawServer:
    """HTTP/1.1 server answering every request with `ok`; can drop keep-alive connections after each response."""

    def __init__(self, *, close_after_response: bool = False) -> None:
        self.close_after_response = close_after_response
        self.connections = 0
        self.requests: List[bytes] = []
        self.closed_by_server = asyncio.Event()
        self.release_body = asyncio.Event()
        self.release_body.set()
        self.client_disconnects = 0
        self.client_disconnected = asyncio.Event()
        self._server: asyncio.AbstractServer | None = None
        self.port = 0

    async def start(self) -> RawServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    self.client_disconnects += 1
                    self.client_disconnected.set()
                    return
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                body = await reader.readexactly(length) if length else b""
                self.requests.append(head.split(b"\r\n", 1)[0] + b" " + body)
                if self.release_body.is_set():
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok")
                else:
                    # Headers first; the body only once the test allows it.
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n")
                    await writer.drain()
                    await self.release_body.wait()
                    writer.write(b"ok")
                await writer.drain()
                if self.close_after_response:
                    # No `Connection: close`: the client believes it may keep the connection alive.
                    writer.close()
                    await writer.wait_closed()
                    self.closed_by_server.set()
                    return
        finally:
            writer.close()


@asynccontextmanager
async def serving(**options: Any) -> AsyncGenerator[RawServer, None]:
    # Started inside each test (not in an async fixture) so that it runs on the test's own event loop.
    server = await RawServer(**options).start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture(scope="module")
def sdk_server() -> Iterator[Server]:
    with Server() as running:
        yield running


async def test_sequential_requests_reuse_one_connection() -> None:
    async with serving() as raw_server:
        transport = AsyncPoolTransport()
        async with httpx.AsyncClient(transport=transport, base_url=raw_server.url) as client:
            for _ in range(3):
                response = await client.get("/a")
                assert response.text == "ok"
            assert transport.connection_count == 1
            assert transport.idle_connection_count == 1
        assert raw_server.connections == 1
        assert len(raw_server.requests) == 3


async def test_request_body_and_method_reach_the_server() -> None:
    async with serving() as raw_server:
        async with httpx.AsyncClient(transport=AsyncPoolTransport(), base_url=raw_server.url) as client:
            response = await client.post("/v1/things?x=1", content=b'{"a": 1}')
        assert response.status_code == 200
        assert raw_server.requests == [b'POST /v1/things?x=1 HTTP/1.1 {"a": 1}']


async def test_streamed_response_holds_its_connection_until_closed() -> None:
    async with serving() as raw_server:
        transport = AsyncPoolTransport()
        async with httpx.AsyncClient(transport=transport, base_url=raw_server.url) as client:
            async with client.stream("GET", "/stream") as response:
                assert transport.connection_count == 1
                assert transport.idle_connection_count == 0
                assert await response.aread() == b"ok"
            assert transport.idle_connection_count == 1

            # Closed without reading: the unread body makes the connection unusable, so it is closed, not pooled.
            raw_server.release_body.clear()
            async with client.stream("GET", "/unread"):
                assert transport.idle_connection_count == 0
            raw_server.release_body.set()
            assert transport.connection_count == 0
            assert transport.idle_connection_count == 0


async def test_max_connections_makes_requests_wait_then_pool_timeout() -> None:
    async with serving() as raw_server:
        transport = AsyncPoolTransport(limits=httpx.Limits(max_connections=1, max_keepalive_connections=1))
        async with httpx.AsyncClient(transport=transport, base_url=raw_server.url) as client:
            held = await client.send(client.build_request("GET", "/held"), stream=True)
            with pytest.raises(httpx.PoolTimeout, match="pool"):
                await client.get("/waits", timeout=httpx.Timeout(5.0, pool=0.05))
            assert transport.connection_count == 1

            waiting = asyncio.ensure_future(client.get("/waits", timeout=httpx.Timeout(5.0, pool=None)))
            await asyncio.sleep(0)
            assert not waiting.done()
            await held.aread()
            await held.aclose()
            response = await waiting
            assert response.text == "ok"
            assert transport.connection_count == 1
        assert raw_server.connections == 1


async def test_waiting_request_takes_the_slot_of_an_idle_connection_to_another_origin() -> None:
    async with serving() as raw_server:
        other = await RawServer().start()
        try:
            transport = AsyncPoolTransport(limits=httpx.Limits(max_connections=1, max_keepalive_connections=1))
            async with httpx.AsyncClient(transport=transport) as client:
                held = await client.send(client.build_request("GET", f"{raw_server.url}/held"), stream=True)
                waiting = asyncio.ensure_future(client.get(f"{other.url}/next"))
                await asyncio.sleep(0)
                await held.aread()
                await held.aclose()
                assert (await waiting).text == "ok"
                assert transport.connection_count == 1
            assert other.connections == 1
        finally:
            await other.stop()


async def test_keepalive_limit_closes_surplus_connections() -> None:
    async with serving() as raw_server:
        transport = AsyncPoolTransport(limits=httpx.Limits(max_connections=10, max_keepalive_connections=1))
        async with httpx.AsyncClient(transport=transport, base_url=raw_server.url) as client:
            responses = [await client.send(client.build_request("GET", "/x"), stream=True) for _ in range(3)]
            assert transport.connection_count == 3
            for response in responses:
                await response.aread()
                await response.aclose()
            assert transport.connection_count == 1
            assert transport.idle_connection_count == 1


async def test_connection_closed_by_the_server_while_idle_is_replaced() -> None:
    async with serving(close_after_response=True) as server:
        transport = AsyncPoolTransport()
        async with httpx.AsyncClient(transport=transport, base_url=server.url) as client:
            assert (await client.get("/first")).text == "ok"
            await server.closed_by_server.wait()
            # The pooled connection's peer is gone; the request must go out on a new connection, once.
            assert (await client.get("/second")).text == "ok"
        assert server.connections == 2
        assert len(server.requests) == 2


async def test_fifty_concurrent_tasks_through_the_sdk(sdk_server: Server) -> None:
    client = AsyncOpenAI(base_url=sdk_server.url, api_key="k", max_retries=0)
    assert isinstance(client._client, AsyncHttpxClientWrapper)
    transport = client._client._transport
    assert isinstance(transport, AsyncPoolTransport)

    results = await asyncio.gather(*(client.get("/models", cast_to=object) for _ in range(50)))
    assert len(results) == 50
    assert all(result == results[0] for result in results)
    assert 1 <= transport.connection_count <= 50
    assert transport.idle_connection_count == transport.connection_count

    again = await asyncio.gather(*(client.get("/models", cast_to=object) for _ in range(50)))
    assert again == results
    assert transport.connection_count <= 50
    await client.close()
    assert transport.connection_count == 0


async def test_aclose_closes_idle_connections_and_refuses_new_requests() -> None:
    async with serving() as raw_server:
        transport = AsyncPoolTransport()
        client = httpx.AsyncClient(transport=transport, base_url=raw_server.url)
        await client.get("/x")
        assert transport.idle_connection_count == 1
        await transport.aclose()
        assert transport.connection_count == 0
        # The server notices the closed socket on its next read (the bound only keeps a regression from hanging).
        await asyncio.wait_for(raw_server.client_disconnected.wait(), 10)
        assert raw_server.client_disconnects == 1
        with pytest.raises(RuntimeError, match="transport has been closed"):
            await transport.handle_async_request(httpx.Request("GET", raw_server.url))
        await transport.aclose()  # idempotent


async def test_response_released_after_aclose_is_closed_not_pooled() -> None:
    async with serving() as raw_server:
        transport = AsyncPoolTransport()
        async with httpx.AsyncClient(transport=transport, base_url=raw_server.url) as client:
            response = await client.send(client.build_request("GET", "/x"), stream=True)
            await transport.aclose()
            await response.aread()
            await response.aclose()
        assert transport.connection_count == 0


async def test_connect_failure_is_an_httpx_error_and_frees_the_slot() -> None:
    server = await RawServer().start()
    url = server.url
    await server.stop()  # nothing listens on this port any more
    transport = AsyncPoolTransport()
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(url)
    assert transport.connection_count == 0


async def test_unsupported_scheme_and_bad_arguments() -> None:
    transport = AsyncPoolTransport()
    with pytest.raises(httpx.UnsupportedProtocol, match="ftp"):
        await transport.handle_async_request(httpx.Request("GET", "ftp://example.com/"))
    with pytest.raises(TypeError, match="limits must be an httpx.Limits"):
        AsyncPoolTransport(limits=100)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]  # bad on purpose
    with pytest.raises(ValueError, match="retries must be >= 0"):
        AsyncPoolTransport(retries=-1)


def test_default_async_client_uses_the_pool_with_the_sdk_limits() -> None:
    client = DefaultAsyncHttpxClient()
    transport: Any = client._transport
    assert isinstance(transport, AsyncPoolTransport)
    assert transport.limits == httpx.Limits(max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0)
    custom = DefaultAsyncHttpxClient(limits=httpx.Limits(max_connections=7))
    assert isinstance(custom._transport, AsyncPoolTransport)
    assert custom._transport.limits.max_connections == 7


async def test_the_pool_is_behind_httpx_own_request_path(monkeypatch: pytest.MonkeyPatch) -> None:
    # Mocking and recording tools patch `httpx.AsyncHTTPTransport.handle_async_request`; the pool transport inherits
    # it (and `aclose`) instead of defining its own, so a patch on httpx's class sees every request it sends.
    assert issubclass(AsyncPoolTransport, httpx.AsyncHTTPTransport)
    assert "handle_async_request" not in vars(AsyncPoolTransport)
    assert "aclose" not in vars(AsyncPoolTransport)
    seen: list[httpx.Request] = []

    async def intercept(transport: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"intercepted": True})

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", intercept)
    async with DefaultAsyncHttpxClient() as client:
        response = await client.get("https://api.openai.com/v1/models")
    assert response.json() == {"intercepted": True}
    assert [str(request.url) for request in seen] == ["https://api.openai.com/v1/models"]


def test_http2_and_explicit_transports_keep_httpx_behaviour() -> None:
    assert isinstance(_default_async_transport(http1=False, http2=False), httpx.AsyncHTTPTransport)
    mine = httpx.AsyncHTTPTransport()
    assert DefaultAsyncHttpxClient(transport=mine)._transport is mine
    assert AsyncHttpxClientWrapper(transport=mine)._transport is mine


def test_environment_proxies_are_still_mounted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    client = DefaultAsyncHttpxClient()
    assert isinstance(client._transport, AsyncPoolTransport)
    proxied = client._transport_for_url(httpx.URL("https://api.openai.com/v1/models"))
    assert isinstance(proxied, httpx.AsyncHTTPTransport)
    untrusting = DefaultAsyncHttpxClient(trust_env=False)
    assert untrusting._transport_for_url(httpx.URL("https://api.openai.com/v1/models")) is untrusting._transport


def test_wrapper_rebuilds_the_pool_for_a_new_event_loop(sdk_server: Server) -> None:
    client = AsyncOpenAI(base_url=sdk_server.url, api_key="k", max_retries=0)
    seen: list[object] = []

    async def call() -> None:
        await client.get("/models", cast_to=object)
        seen.append(client._client._transport)

    asyncio.run(call())
    asyncio.run(call())
    assert all(isinstance(transport, AsyncPoolTransport) for transport in seen)
    assert seen[0] is not seen[1]


class RecordingStream(httpcore.AsyncNetworkStream):
    """An in-memory network stream recording what is written to it; writes can be made to fail."""

    def __init__(self, *, fail_writes: bool = False) -> None:
        self.writes: List[bytes] = []
        self.fail_writes = fail_writes
        self.closed = False

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return b"reply"

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self.fail_writes:
            raise httpcore.WriteError("peer went away")
        self.writes.append(buffer)

    async def aclose(self) -> None:
        self.closed = True

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        return RecordingStream()

    def get_extra_info(self, info: str) -> Any:
        return f"info:{info}"


async def test_small_writes_go_out_together_before_the_next_read() -> None:
    inner = RecordingStream()
    stream = _CoalescingStream(inner)
    await stream.write(b"POST / HTTP/1.1\r\n\r\n")
    await stream.write(b"")
    await stream.write(b"body")
    assert inner.writes == []
    assert await stream.read(10) == b"reply"
    assert inner.writes == [b"POST / HTTP/1.1\r\n\r\nbody"]
    assert stream.get_extra_info("is_readable") == "info:is_readable"
    await stream.aclose()
    assert inner.closed


async def test_large_uploads_are_not_held_in_memory() -> None:
    inner = RecordingStream()
    stream = _CoalescingStream(inner)
    chunk = b"x" * (40 * 1024)
    await stream.write(chunk)
    assert inner.writes == []
    await stream.write(chunk)  # past the bound: sent now, not at the next read
    assert inner.writes == [chunk + chunk]


async def test_failed_flush_still_reads_the_response_like_httpcore() -> None:
    stream = _CoalescingStream(RecordingStream(fail_writes=True))
    await stream.write(b"GET / HTTP/1.1\r\n\r\n")
    # The server may have answered before closing; the response is read, as httpcore does after a write error.
    assert await stream.read(10) == b"reply"


async def test_start_tls_flushes_and_wraps_the_tls_stream() -> None:
    inner = RecordingStream()
    stream = _CoalescingStream(inner)
    await stream.write(b"CONNECT")
    tls = await stream.start_tls(ssl.create_default_context(), "example.com")
    assert inner.writes == [b"CONNECT"]
    assert isinstance(tls, _CoalescingStream)


async def test_large_request_body_arrives_intact() -> None:
    async with serving() as raw_server:
        body = bytes(range(256)) * 1024  # 256 KiB, several flushes
        async with httpx.AsyncClient(transport=AsyncPoolTransport(), base_url=raw_server.url) as client:
            response = await client.post("/upload", content=body)
        assert response.text == "ok"
        assert raw_server.requests == [b"POST /upload HTTP/1.1 " + body]


def test_pool_works_under_trio(sdk_server: Server) -> None:
    import trio

    transport = AsyncPoolTransport()

    async def main() -> List[int]:
        async with httpx.AsyncClient(transport=transport, base_url=sdk_server.url) as client:
            statuses = [(await client.get("/models", headers={"Authorization": "Bearer k"})).status_code]
            statuses.append((await client.get("/models", headers={"Authorization": "Bearer k"})).status_code)
            assert transport.connection_count == 1
            return statuses

    assert trio.run(main) == [200, 200]
    assert transport.connection_count == 0


async def test_cancelled_waiter_leaves_the_queue_and_others_still_get_the_slot() -> None:
    async with serving() as raw_server:
        transport = AsyncPoolTransport(limits=httpx.Limits(max_connections=1, max_keepalive_connections=1))
        async with httpx.AsyncClient(transport=transport, base_url=raw_server.url) as client:
            held = await client.send(client.build_request("GET", "/held"), stream=True)
            cancelled = asyncio.ensure_future(client.get("/cancelled"))
            waiting = asyncio.ensure_future(client.get("/waiting"))
            await asyncio.sleep(0)
            cancelled.cancel()
            await held.aread()
            await held.aclose()
            assert (await waiting).text == "ok"
            with pytest.raises(asyncio.CancelledError):
                await cancelled
            assert transport.connection_count == 1
        assert [line.split(b" ")[1] for line in raw_server.requests] == [b"/held", b"/waiting"]


def test_explicit_tls_settings_are_checked_when_the_transport_is_built(tmp_path: Any) -> None:
    # httpx deprecates `verify=<path>` but still honours it, as the SDK's users may rely on.
    with pytest.raises(IOError), pytest.warns(DeprecationWarning, match="verify"):
        AsyncPoolTransport(verify=str(tmp_path / "missing-ca-bundle.pem"))
    context = ssl.create_default_context()
    assert AsyncPoolTransport(verify=context)._get_ssl_context() is context
