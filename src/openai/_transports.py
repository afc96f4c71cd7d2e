"""`AsyncPoolTransport`: the async HTTP/1.1 transport behind the SDK's default async client.

httpcore's connection pool rescans every connection whenever a request starts or finishes, which costs milliseconds
of CPU per request once tens of requests are in flight. `_OriginPool` keeps, per origin, a stack of idle httpcore
connections and hands one out in O(1). It honours the `httpx.Limits` it is given (max connections, max keep-alive
connections, keep-alive expiry), the pool timeout, TLS settings built the way httpx builds them, and closes idle
connections on `aclose()`. A request that finds its pooled connection no longer usable (closed by the server while
idle) is sent again on another connection; that only happens before any byte of the request was written.

`AsyncPoolTransport` IS an `httpx.AsyncHTTPTransport`: it only swaps the httpcore pool behind it (`_pool`) and
inherits `handle_async_request`, so the request path is httpx's own. Test tools that patch
`httpx.AsyncHTTPTransport.handle_async_request` (pytest-httpx, vcrpy) or httpcore's `AsyncHTTPConnection` (respx)
see every request exactly as they do with httpx's default transport.

Only HTTP/1.1 over TCP is handled here; proxies are mounted by `httpx.AsyncClient` with its own transports.
"""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, Any, Dict, List, Tuple, Iterable, AsyncIterator, cast
from collections import deque

import anyio
import httpx
import httpcore

from ._constants import DEFAULT_CONNECTION_LIMITS

if TYPE_CHECKING:
    from httpx._types import CertTypes  # pyright: ignore[reportPrivateImportUsage]

__all__ = ["AsyncPoolTransport"]

_OriginKey = Tuple[bytes, bytes, int]

# Nagle-free sockets send every write at once; httpcore writes a request's head and body separately, so a small
# request costs two syscalls and two wake-ups of the server. These wrappers hold writes until the next read (a
# complete HTTP/1.1 request is always written before its response is read), up to a bound that keeps large uploads
# streaming.
_COALESCE_LIMIT = 64 * 1024


class _CoalescingStream(httpcore.AsyncNetworkStream):
    """A network stream whose small writes are sent together, just before the next read."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream
        self._pending: list[bytes] = []
        self._pending_size = 0
        self._write_timeout: float | None = None

    async def _flush(self) -> None:
        if not self._pending:
            return
        data = b"".join(self._pending)
        self._pending.clear()
        self._pending_size = 0
        await self._stream.write(data, self._write_timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        self._pending.append(buffer)
        self._pending_size += len(buffer)
        self._write_timeout = timeout
        if self._pending_size >= _COALESCE_LIMIT:
            await self._flush()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._pending:
            try:
                await self._flush()
            except httpcore.WriteError:
                # As httpcore does when a write fails: the server may have answered (and closed) early, so the
                # response is still read; if there is none, the read reports the failure.
                pass
        return await self._stream.read(max_bytes, timeout)

    async def aclose(self) -> None:
        self._pending.clear()
        self._pending_size = 0
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        await self._flush()
        return _CoalescingStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _CoalescingBackend(httpcore.AsyncNetworkBackend):
    """anyio's network backend (asyncio or trio), with `_CoalescingStream` connections."""

    def __init__(self) -> None:
        # httpcore declares a placeholder `AnyIOBackend` for installs without anyio, which is what type checkers see.
        self._backend = cast(httpcore.AsyncNetworkBackend, httpcore.AnyIOBackend())

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _CoalescingStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_unix_socket(path, timeout, socket_options)
        return _CoalescingStream(stream)

    async def sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)


class _PooledResponseStream:
    """The response body; its connection goes back to the pool only once the body is consumed and closed."""

    def __init__(
        self, pool: _OriginPool, key: _OriginKey, connection: httpcore.AsyncHTTPConnection, stream: Any
    ) -> None:
        self._pool = pool
        self._key = key
        self._connection: httpcore.AsyncHTTPConnection | None = connection
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for part in self._stream:
            yield part

    async def aclose(self) -> None:
        connection = self._connection
        if connection is None:
            return
        self._connection = None
        try:
            with anyio.CancelScope(shield=True):
                await self._stream.aclose()
        finally:
            await self._pool._release(self._key, connection)


class _OriginPool:
    """An httpcore-level connection pool (the interface of `httpcore.AsyncConnectionPool`) with O(1) hand-out.

    It speaks httpcore's request/response types and raises httpcore's exceptions: `httpx.AsyncHTTPTransport`
    converts both, as it does for its own pool.
    """

    def __init__(
        self,
        verify: ssl.SSLContext | str | bool,
        cert: CertTypes | None,
        trust_env: bool,
        limits: httpx.Limits,
        retries: int,
    ) -> None:
        self._verify = verify
        self._cert = cert
        self._trust_env = trust_env
        # With the default settings the context is built on the first https connection (loading the CA bundle is the
        # slow part of constructing a client); explicit settings are checked now, so that bad ones fail here.
        self._ssl_context: ssl.SSLContext | None = None
        if verify is not True or cert is not None:
            self._get_ssl_context()
        self._max_connections = limits.max_connections
        self._max_keepalive_connections = limits.max_keepalive_connections
        self._keepalive_expiry = limits.keepalive_expiry
        self._retries = retries
        self._idle: Dict[_OriginKey, List[httpcore.AsyncHTTPConnection]] = {}
        self._idle_count = 0
        self._total = 0  # idle connections plus those serving a request (or being opened)
        self._waiters: deque[anyio.Event] = deque()
        self._closed = False
        self._network_backend = _CoalescingBackend()

    def _get_ssl_context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = httpx.create_ssl_context(
                verify=self._verify, cert=self._cert, trust_env=self._trust_env
            )
        return self._ssl_context

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        if self._closed:
            raise RuntimeError("Cannot send a request, as the transport has been closed")
        url = request.url
        scheme = url.scheme
        if scheme not in (b"http", b"https"):
            raise httpcore.UnsupportedProtocol(
                f"Request URL has an unsupported protocol '{scheme.decode('ascii', 'replace')}://'"
            )
        host = url.host
        if not host:
            raise httpcore.UnsupportedProtocol("Request URL is missing a host")
        port = url.port or (443 if scheme == b"https" else 80)
        key: _OriginKey = (scheme, host, port)
        # httpcore leaves the value types of `extensions` unknown; httpx puts its timeout mapping here.
        untyped_request: Any = request
        extensions: dict[str, Any] = untyped_request.extensions
        timeouts: dict[str, float | None] = extensions.get("timeout", {})
        while True:
            connection = await self._acquire(key, timeouts.get("pool"))
            try:
                response = await connection.handle_async_request(request)
            except httpcore.ConnectionNotAvailable:
                # The pooled connection was unusable before anything was written on it: try another one.
                await self._discard(connection)
                continue
            except BaseException:
                await self._discard(connection)
                raise
            break
        untyped_response: Any = response
        return httpcore.Response(
            status=response.status,
            headers=response.headers,
            content=_PooledResponseStream(self, key, connection, response.stream),
            extensions=untyped_response.extensions,
        )

    async def _acquire(self, key: _OriginKey, pool_timeout: float | None) -> httpcore.AsyncHTTPConnection:
        connection = await self._take_idle(key)
        if connection is not None:
            return connection
        if self._max_connections is None or self._total < self._max_connections:
            return self._open(key)
        try:
            with anyio.fail_after(pool_timeout):
                return await self._wait_for_slot(key)
        except TimeoutError as exc:
            raise httpcore.PoolTimeout("Timed out waiting for a connection from the pool") from exc

    async def _wait_for_slot(self, key: _OriginKey) -> httpcore.AsyncHTTPConnection:
        assert self._max_connections is not None  # only called when the pool is bounded
        while True:
            event = anyio.Event()
            self._waiters.append(event)
            try:
                await event.wait()
            except BaseException:
                if event.is_set():
                    # Woken and cancelled in the same step: pass the wake-up on so the freed slot is not lost.
                    self._wake_one()
                else:
                    self._waiters.remove(event)
                raise
            if self._closed:
                raise RuntimeError("Cannot send a request, as the transport has been closed")
            connection = await self._take_idle(key)
            if connection is not None:
                return connection
            if self._total < self._max_connections:
                return self._open(key)
            if self._idle_count:
                # The free slot is held by an idle connection to another origin: give it to this request.
                await self._close_one_idle()
                return self._open(key)

    async def _take_idle(self, key: _OriginKey) -> httpcore.AsyncHTTPConnection | None:
        stack = self._idle.get(key)
        while stack:
            connection = stack.pop()
            self._idle_count -= 1
            if connection.is_available() and not connection.has_expired():
                return connection
            # Closed by the server while idle, or idle past the keep-alive expiry.
            await self._discard(connection)
        return None

    def _open(self, key: _OriginKey) -> httpcore.AsyncHTTPConnection:
        scheme, host, port = key
        self._total += 1
        return httpcore.AsyncHTTPConnection(
            origin=httpcore.Origin(scheme, host, port),
            ssl_context=self._get_ssl_context() if scheme == b"https" else None,
            keepalive_expiry=self._keepalive_expiry,
            http1=True,
            http2=False,
            retries=self._retries,
            network_backend=self._network_backend,
        )

    async def _release(self, key: _OriginKey, connection: httpcore.AsyncHTTPConnection) -> None:
        if (
            self._closed
            or not connection.is_available()
            or (self._max_keepalive_connections is not None and self._idle_count >= self._max_keepalive_connections)
        ):
            await self._discard(connection)
            return
        self._idle.setdefault(key, []).append(connection)
        self._idle_count += 1
        self._wake_one()

    async def _discard(self, connection: httpcore.AsyncHTTPConnection) -> None:
        self._total -= 1
        self._wake_one()
        with anyio.CancelScope(shield=True):
            await connection.aclose()

    async def _close_one_idle(self) -> None:
        for stack in self._idle.values():
            if stack:
                connection = stack.pop(0)  # the longest idle
                self._idle_count -= 1
                self._total -= 1
                with anyio.CancelScope(shield=True):
                    await connection.aclose()
                return

    def _wake_one(self) -> None:
        if self._waiters:
            self._waiters.popleft().set()

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        idle = [connection for stack in self._idle.values() for connection in stack]
        self._idle.clear()
        self._total -= len(idle)
        self._idle_count = 0
        while self._waiters:
            self._waiters.popleft().set()
        with anyio.CancelScope(shield=True):
            for connection in idle:
                await connection.aclose()

    async def __aenter__(self) -> _OriginPool:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


class AsyncPoolTransport(httpx.AsyncHTTPTransport):
    """`httpx.AsyncHTTPTransport` on an O(1) per-origin HTTP/1.1 connection pool (see the module docstring).

    `handle_async_request`, `aclose` and the context manager are httpx's own; only the pool behind them differs.
    """

    def __init__(
        self,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
        retries: int = 0,
    ) -> None:
        if not isinstance(limits, httpx.Limits):  # pyright: ignore[reportUnnecessaryIsInstance]  # untyped callers
            raise TypeError(f"limits must be an httpx.Limits instance, got {type(limits).__name__}")
        if retries < 0:
            raise ValueError(f"retries must be >= 0, got {retries}")
        # httpx's initialiser is not called: it would build an httpcore pool (and an SSL context) only to drop them.
        # Everything httpx's methods use is `_pool`, which speaks httpcore's pool interface.
        self._origin_pool = _OriginPool(verify=verify, cert=cert, trust_env=trust_env, limits=limits, retries=retries)
        pool: Any = self._origin_pool
        self._pool = pool

    @property
    def limits(self) -> httpx.Limits:
        """The connection limits this pool enforces."""
        pool = self._origin_pool
        return httpx.Limits(
            max_connections=pool._max_connections,
            max_keepalive_connections=pool._max_keepalive_connections,
            keepalive_expiry=pool._keepalive_expiry,
        )

    @property
    def connection_count(self) -> int:
        """Open connections, idle or in use."""
        return self._origin_pool._total

    @property
    def idle_connection_count(self) -> int:
        """Open connections waiting in the pool for a request."""
        return self._origin_pool._idle_count

    def _get_ssl_context(self) -> ssl.SSLContext:
        return self._origin_pool._get_ssl_context()
