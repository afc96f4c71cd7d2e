"""`AsyncPoolTransport`: the async HTTP/1.1 transport behind the SDK's default async client.

httpcore's connection pool rescans every connection whenever a request starts or finishes, which costs milliseconds
of CPU per request once tens of requests are in flight. This transport keeps, per origin, a stack of idle httpcore
connections and hands one out in O(1). It honours the `httpx.Limits` it is given (max connections, max keep-alive
connections, keep-alive expiry), the pool timeout, TLS settings built the way httpx builds them, and closes idle
connections on `aclose()`. A request that finds its pooled connection no longer usable (closed by the server while
idle) is sent again on another connection; that only happens before any byte of the request was written.

Only HTTP/1.1 over TCP is handled here; proxies are mounted by `httpx.AsyncClient` with its own transports.
"""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, Any, Dict, List, Tuple, Iterable, Generator, AsyncIterator, cast
from contextlib import contextmanager
from collections import deque

import anyio
import httpx
import httpcore

from ._constants import DEFAULT_CONNECTION_LIMITS

if TYPE_CHECKING:
    from httpx._types import CertTypes  # pyright: ignore[reportPrivateImportUsage]

__all__ = ["AsyncPoolTransport"]

_OriginKey = Tuple[bytes, bytes, int]

# httpcore raises its own exception types; httpx users (and the SDK's retry logic) expect httpx's. Ordered from the
# most specific class to the least, because several httpcore exceptions subclass others.
_EXCEPTION_MAP: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextmanager
def _httpx_errors(request: httpx.Request) -> Generator[None, None, None]:
    try:
        yield
    except httpx.HTTPError:
        raise
    except Exception as exc:
        for source, target in _EXCEPTION_MAP:
            if isinstance(exc, source):
                raise target(str(exc), request=request) from exc
        raise


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


class _PooledResponseStream(httpx.AsyncByteStream):
    """The response body; its connection goes back to the pool only once the body is consumed and closed."""

    def __init__(
        self,
        transport: AsyncPoolTransport,
        key: _OriginKey,
        connection: httpcore.AsyncHTTPConnection,
        stream: Any,
        request: httpx.Request,
    ) -> None:
        self._transport = transport
        self._key = key
        self._connection: httpcore.AsyncHTTPConnection | None = connection
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_errors(self._request):
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        connection = self._connection
        if connection is None:
            return
        self._connection = None
        try:
            with anyio.CancelScope(shield=True), _httpx_errors(self._request):
                await self._stream.aclose()
        finally:
            await self._transport._release(self._key, connection)


class AsyncPoolTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 transport with an O(1) per-origin connection pool (see the module docstring)."""

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
        self._verify = verify
        self._cert = cert
        self._trust_env = trust_env
        # With the default settings the context is built on the first https connection (loading the CA bundle is the
        # slow part of constructing a client); explicit settings are checked now, so that bad ones fail here.
        self._ssl_context: ssl.SSLContext | None = None
        if verify is not True or cert is not None:
            self._get_ssl_context()
        self._max_connections = limits.max_connections
        self._max_keepalive = limits.max_keepalive_connections
        self._keepalive_expiry = limits.keepalive_expiry
        self._retries = retries
        self._idle: Dict[_OriginKey, List[httpcore.AsyncHTTPConnection]] = {}
        self._idle_count = 0
        self._total = 0  # idle connections plus those serving a request (or being opened)
        self._waiters: deque[anyio.Event] = deque()
        self._closed = False
        self._network_backend = _CoalescingBackend()

    @property
    def limits(self) -> httpx.Limits:
        """The connection limits this pool enforces."""
        return httpx.Limits(
            max_connections=self._max_connections,
            max_keepalive_connections=self._max_keepalive,
            keepalive_expiry=self._keepalive_expiry,
        )

    @property
    def connection_count(self) -> int:
        """Open connections, idle or in use."""
        return self._total

    @property
    def idle_connection_count(self) -> int:
        """Open connections waiting in the pool for a request."""
        return self._idle_count

    def _get_ssl_context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = httpx.create_ssl_context(
                verify=self._verify, cert=self._cert, trust_env=self._trust_env
            )
        return self._ssl_context

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("Cannot send a request, as the transport has been closed")
        url = request.url
        scheme = url.raw_scheme
        if scheme not in (b"http", b"https"):
            raise httpx.UnsupportedProtocol(
                f"Request URL has an unsupported protocol '{scheme.decode('ascii', 'replace')}://'", request=request
            )
        host = url.raw_host
        if not host:
            raise httpx.UnsupportedProtocol("Request URL is missing a host", request=request)
        port = url.port or (443 if scheme == b"https" else 80)
        key: _OriginKey = (scheme, host, port)
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=scheme, host=host, port=port, target=url.raw_path),
            headers=request.headers.raw,
            content=request.stream,  # type: ignore[arg-type]  # httpx streams are async iterables of bytes
            extensions=request.extensions,
        )
        with _httpx_errors(request):
            while True:
                connection = await self._acquire(key, timeouts.get("pool"))
                try:
                    response = await connection.handle_async_request(core_request)
                except httpcore.ConnectionNotAvailable:
                    # The pooled connection was unusable before anything was written on it: try another one.
                    await self._discard(connection)
                    continue
                except BaseException:
                    await self._discard(connection)
                    raise
                break
        # httpcore annotates `extensions` as a mapping of unknown value types; they are httpx's extension values.
        untyped_response: Any = response
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_PooledResponseStream(self, key, connection, response.stream, request),
            extensions=cast("dict[str, Any]", untyped_response.extensions),
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
            or (self._max_keepalive is not None and self._idle_count >= self._max_keepalive)
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
