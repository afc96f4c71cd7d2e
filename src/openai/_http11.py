"""`SyncPoolTransport`: the sync HTTP/1.1 transport behind the SDK's default sync client.

httpcore's HTTP/1.1 connection runs every received block through h11's state machine and several generator layers,
which costs far more than the socket reads themselves once a response body is large (an 820 KB default-format
embeddings reply spent most of its transfer time there). `_Connection` speaks HTTP/1.1 on the socket directly: it parses the status
line and headers once, then reads `Content-Length`, chunked and close-delimited bodies straight from the socket,
yielding each block as it arrives (streams stay incremental).

The connections sit in `_ConnectionPool`, a subclass of `httpcore.ConnectionPool` that creates them and hands an
idle kept-alive connection straight to the next request (httpcore's own request handling does everything else),
and `SyncPoolTransport` IS an `httpx.HTTPTransport` with that pool behind it. A request the shortcut serves goes
from the transport to the connection without httpcore's request and response objects; every other request takes
httpx's and httpcore's own path. Test tools see every request: while pytest-httpx (or vcrpy, or a tracing tool)
patches `httpx.HTTPTransport.handle_request`, or respx patches `httpcore.ConnectionPool.handle_request`, every
request goes through the patched method. Failures are raised as httpcore's exceptions (`ConnectError`,
`ReadTimeout`, `RemoteProtocolError`, ...), which httpx converts to its own exactly as for its default transport.

Only HTTP/1.1 over TCP (plain or TLS) is handled here; HTTP/2, proxies, Unix sockets and custom socket options stay
with httpx's default transport.
"""

from __future__ import annotations

import re
import ssl
import time
import select
import socket
import threading
from typing import TYPE_CHECKING, Any, List, Tuple, Callable, Iterable, Iterator, Optional

import httpx
import httpcore
from httpx._transports.default import ResponseStream, map_httpcore_exceptions

from ._constants import DEFAULT_CONNECTION_LIMITS

if TYPE_CHECKING:
    from httpx._types import CertTypes  # pyright: ignore[reportPrivateImportUsage]

__all__ = ["SyncPoolTransport"]

# The largest response head (status line and headers) accepted; h11, httpcore's parser, uses the same bound.
MAX_HEAD_SIZE = 100 * 1024
# How much one socket read asks for; a large body arrives in blocks of up to this size. CPython allocates the full
# size for every read before shrinking it to what arrived: below malloc's mmap threshold (128 KiB) that is a cheap
# heap allocation, above it a map and unmap per read (measured: an 820 KB embeddings call took 20 % longer with
# 256 KiB reads).
READ_SIZE = 64 * 1024
# Request bodies up to this size are sent with the head in one write (one packet for a small call).
_COALESCE_LIMIT = 64 * 1024
# Back-off between connection attempts when `retries` is set (httpcore's schedule: 0, 0.5, 1, 2, ... seconds).
_RETRY_BACKOFF = 0.5

_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_FORBIDDEN_IN_VALUE = re.compile(rb"[\x00\r\n]")
# Header names already checked against `_TOKEN` (a request sends the same dozen names again and again).
_VALID_NAMES: set[bytes] = set()
_STATUS_LINE = re.compile(rb"HTTP/(1\.[01]) ([0-9]{3})(?: (.*))?")
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,16})[ \t]*(?:;.*)?")
# The blank line ending a response head; bare LF line ends are accepted in heads, as h11 accepts them.
_HEAD_END = re.compile(rb"\r?\n\r?\n")

_NEW, _ACTIVE, _IDLE, _CLOSED = "NEW", "ACTIVE", "IDLE", "CLOSED"

Headers = List[Tuple[bytes, bytes]]


def _is_readable(sock: socket.socket) -> bool:
    """Whether an idle socket has something to read: for a kept-alive connection, the server closed it."""
    try:
        if sock.fileno() < 0:
            return True
        if hasattr(select, "poll"):
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            return bool(poller.poll(0))
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable)
    except (OSError, ValueError):
        return True


def _connection_tokens(headers: Iterable[Tuple[bytes, bytes]]) -> set[bytes]:
    tokens: set[bytes] = set()
    for name, value in headers:
        if name.lower() == b"connection":
            tokens.update(token.strip().lower() for token in value.split(b","))
    return tokens


class _Connection(httpcore.ConnectionInterface):
    """One HTTP/1.1 connection to one origin, serving one request at a time (the httpcore connection interface)."""

    def __init__(
        self,
        origin: httpcore.Origin,
        ssl_context: Callable[[], ssl.SSLContext],
        keepalive_expiry: Optional[float],
        retries: int,
    ) -> None:
        self._origin = origin
        self._ssl_context = ssl_context
        self._keepalive_expiry = keepalive_expiry
        self._retries = retries
        self._sock: Optional[socket.socket] = None
        self._timeout: Optional[float] = -1.0  # what the socket is set to (-1: not set yet)
        self._buffer = b""  # bytes received beyond what the current step consumed
        self._state = _NEW
        self._state_lock = threading.Lock()  # the pool may hand one idle connection to two threads at once
        self._expire_at: Optional[float] = None
        self._requests = 0

    # -- httpcore's ConnectionInterface ------------------------------------------------------------------------

    def can_handle_request(self, origin: httpcore.Origin) -> bool:
        return origin == self._origin

    def is_available(self) -> bool:
        return self._state == _IDLE

    def has_expired(self) -> bool:
        # Under the state lock: a request taking the connection meanwhile would make its socket readable (the
        # response arriving) and have the pool close it in the middle of that response.
        with self._state_lock:
            return self._state == _IDLE and self._expire_if_stale()

    def _expire_if_stale(self) -> bool:
        """Whether this idle connection can no longer be used (kept too long, or the server closed it); then it is
        marked closed, so that a request it was already handed goes to another connection. Under the state lock."""
        sock = self._sock
        if (
            (self._expire_at is not None and time.monotonic() > self._expire_at)
            or sock is None
            or self._buffer
            or _is_readable(sock)
        ):
            self._state = _CLOSED
            return True
        return False

    def is_idle(self) -> bool:
        return self._state == _IDLE

    def is_closed(self) -> bool:
        return self._state == _CLOSED

    def info(self) -> str:
        return f"HTTP/1.1, {self._state}, Request Count: {self._requests}"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self._origin}, {self.info()}]>"

    def close(self) -> None:
        self._state = _CLOSED
        self._buffer = b""
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        if not self.can_handle_request(request.url.origin):
            raise RuntimeError(f"Attempted to send request to {request.url.origin} on connection to {self._origin}")
        with self._state_lock:
            if self._state not in (_NEW, _IDLE):
                raise httpcore.ConnectionNotAvailable()
            self._state = _ACTIVE
            self._expire_at = None
            self._requests += 1
        untyped: Any = request  # httpcore declares its extensions loosely
        status, headers, body, extensions = self._exchange(
            request.method, request.url.target, request.headers, request.stream, untyped.extensions
        )
        return httpcore.Response(status=status, headers=headers, content=body, extensions=extensions)

    def _reserve(self) -> bool:
        """Take this idle connection for a request, unless it has expired (then it is marked closed)."""
        with self._state_lock:
            if self._state != _IDLE or self._expire_if_stale():
                return False
            self._state = _ACTIVE
            self._expire_at = None
            self._requests += 1
            return True

    def _exchange(
        self, method: bytes, target: bytes, request_headers: Headers, stream: Any, extensions: Any
    ) -> Tuple[int, Headers, _Body, dict[str, Any]]:
        """Send a request and read the response head, on this connection already taken for it: the status, the
        headers, the body stream and the response extensions."""
        timeouts: dict[str, Optional[float]] = extensions.get("timeout", {})
        try:
            if self._sock is None:
                self._connect(timeouts.get("connect"), extensions.get("sni_hostname"))
            head_only = method == b"HEAD"
            try:
                self._send(method, target, request_headers, stream, timeouts.get("write"))
            except httpcore.WriteError as exc:
                # The server may have answered early (a 413, say) and closed: read the answer if there is one, and
                # report the failed write if there is none. The connection is not reused either way.
                write_error: Optional[httpcore.WriteError] = exc
            else:
                write_error = None
            read_timeout = timeouts.get("read")
            try:
                status, reason, version, headers = self._receive_head(read_timeout)
            except (httpcore.ReadError, httpcore.RemoteProtocolError):
                if write_error is not None:
                    raise write_error from None
                raise
            reader, delimited = self._body_reader(status, headers, head_only, read_timeout)
        except BaseException:
            self.close()
            raise
        keep_alive = (
            write_error is None
            and not delimited
            and version == b"1.1"
            and b"close" not in _connection_tokens(headers)
            and b"close" not in _connection_tokens(request_headers)
        )
        return (
            status,
            headers,
            _Body(self, reader, keep_alive),
            {"http_version": b"HTTP/" + version, "reason_phrase": reason},
        )

    # -- socket steps ------------------------------------------------------------------------------------------

    def _set_timeout(self, sock: socket.socket, timeout: Optional[float]) -> None:
        if timeout != self._timeout:  # `settimeout` costs two syscalls: only change it when it differs
            sock.settimeout(timeout)
            self._timeout = timeout

    def _connect(self, timeout: Optional[float], sni_hostname: Optional[str]) -> None:
        """Open the TCP connection (and the TLS session for https), retrying failures as httpcore does."""
        attempts = self._retries + 1
        for attempt in range(attempts):
            if attempt:
                time.sleep(_RETRY_BACKOFF * 2 ** (attempt - 2) if attempt > 1 else 0)
            try:
                self._sock = self._open_socket(timeout, sni_hostname)
                self._timeout = timeout
                return
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                if attempt + 1 == attempts:
                    raise

    def _open_socket(self, timeout: Optional[float], sni_hostname: Optional[str]) -> socket.socket:
        host = self._origin.host.decode("ascii")
        try:
            sock = socket.create_connection((host, self._origin.port), timeout)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc) or "timed out") from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self._origin.scheme == b"https":
                sock = self._ssl_context().wrap_socket(sock, server_hostname=sni_hostname or host)
        except TimeoutError as exc:
            sock.close()
            raise httpcore.ConnectTimeout(str(exc) or "timed out") from exc
        except (OSError, ssl.SSLError) as exc:
            sock.close()
            raise httpcore.ConnectError(str(exc)) from exc
        return sock

    def _write(self, data: bytes, timeout: Optional[float]) -> None:
        sock = self._sock
        assert sock is not None
        try:
            self._set_timeout(sock, timeout)
            sock.sendall(data)
        except TimeoutError as exc:
            raise httpcore.WriteTimeout(str(exc) or "timed out") from exc
        except OSError as exc:
            raise httpcore.WriteError(str(exc)) from exc

    def _recv(self, timeout: Optional[float]) -> bytes:
        sock = self._sock
        if sock is None:
            raise httpcore.ReadError("The connection is closed")
        try:
            self._set_timeout(sock, timeout)
            return sock.recv(READ_SIZE)
        except TimeoutError as exc:
            raise httpcore.ReadTimeout(str(exc) or "timed out") from exc
        except OSError as exc:
            raise httpcore.ReadError(str(exc)) from exc

    def _send(self, method: bytes, target: bytes, headers: Headers, stream: Any, timeout: Optional[float]) -> None:
        lines = [method + b" " + target + b" HTTP/1.1"]
        chunked = False
        for name, value in headers:
            if name not in _VALID_NAMES:
                if not _TOKEN.fullmatch(name):
                    raise httpcore.LocalProtocolError(f"Illegal header name {name!r}")
                if len(_VALID_NAMES) < 1024:
                    _VALID_NAMES.add(name)
            if name.lower() == b"transfer-encoding" and value.strip().lower() == b"chunked":
                chunked = True
            lines.append(name + b": " + value)
        head = b"\r\n".join(lines) + b"\r\n\r\n"
        # One scan of the head instead of one per value: only the line ends written above may hold CR or LF.
        if head.count(b"\n") != len(lines) + 1 or head.count(b"\r") != len(lines) + 1 or b"\0" in head:
            for _name, value in headers:
                if _FORBIDDEN_IN_VALUE.search(value):
                    raise httpcore.LocalProtocolError(f"Illegal header value {value!r}")
            raise httpcore.LocalProtocolError("Illegal request line")
        pending = [head]
        size = len(head)
        for part in stream:
            if not part:
                continue
            if chunked:
                part = b"%x\r\n%s\r\n" % (len(part), part)
            pending.append(part)
            size += len(part)
            if size >= _COALESCE_LIMIT:
                self._write(b"".join(pending), timeout)
                pending.clear()
                size = 0
        if chunked:
            pending.append(b"0\r\n\r\n")
        if pending:
            self._write(b"".join(pending), timeout)

    def _receive_head(self, timeout: Optional[float]) -> Tuple[int, bytes, bytes, Headers]:
        while True:
            status, reason, version, headers = self._read_head(timeout)
            # Interim responses (100 Continue, 103 Early Hints) precede the real one; 101 ends HTTP/1.1 here.
            if status < 100 or status >= 200 or status == 101:
                return status, reason, version, headers

    def _read_head(self, timeout: Optional[float]) -> Tuple[int, bytes, bytes, Headers]:
        data = self._buffer
        start = 0
        while True:
            found = _HEAD_END.search(data, start)
            end = found.start() if found is not None else -1
            if end > MAX_HEAD_SIZE or (end < 0 and len(data) > MAX_HEAD_SIZE):
                # Checked on a complete head too: one read may bring a whole head that is over the bound.
                raise httpcore.RemoteProtocolError("Response head is too large")
            if end >= 0:
                break
            start = max(len(data) - 3, 0)
            received = self._recv(timeout)
            if not received:
                if data:
                    raise httpcore.RemoteProtocolError("Server disconnected in the middle of the response head")
                raise httpcore.RemoteProtocolError("Server disconnected without sending a response.")
            data += received
        assert found is not None
        self._buffer = data[found.end() :]
        lines = data[:end].replace(b"\r\n", b"\n").split(b"\n")
        match = _STATUS_LINE.fullmatch(lines[0])
        if match is None:
            raise httpcore.RemoteProtocolError(f"Malformed response status line {lines[0][:100]!r}")
        headers: Headers = []
        for line in lines[1:]:
            if line[:1] in (b" ", b"\t") and headers:
                # A folded continuation line (obsolete but legal): part of the previous header's value.
                name, value = headers[-1]
                headers[-1] = (name, value + b" " + line.strip())
                continue
            name, sep, value = line.partition(b":")
            if not sep or not _TOKEN.fullmatch(name):
                raise httpcore.RemoteProtocolError(f"Malformed response header {line[:100]!r}")
            headers.append((name, value.strip(b" \t")))
        return int(match.group(2)), match.group(3) or b"", match.group(1), headers

    # -- bodies ------------------------------------------------------------------------------------------------

    def _body_reader(
        self, status: int, headers: Headers, head_only: bool, timeout: Optional[float]
    ) -> Tuple[Iterator[bytes], bool]:
        """The body's blocks, and whether the body ends where the connection does (then it is not reused)."""
        if head_only or status in (204, 304) or status < 200:
            return iter(()), status == 101
        length: Optional[int] = None
        chunked = False
        for name, value in headers:
            lowered = name.lower()
            if lowered == b"transfer-encoding":
                chunked = value.strip().lower().endswith(b"chunked")
            elif lowered == b"content-length":
                try:
                    candidate = int(value)
                except ValueError:
                    raise httpcore.RemoteProtocolError(f"Malformed Content-Length {value!r}") from None
                if candidate < 0 or (length is not None and candidate != length):
                    raise httpcore.RemoteProtocolError(f"Malformed Content-Length {value!r}")
                length = candidate
        if chunked:
            return self._read_chunked(timeout), False
        if length is not None:
            return self._read_length(length, timeout), False
        return self._read_until_close(timeout), True

    def _read_length(self, length: int, timeout: Optional[float]) -> Iterator[bytes]:
        remaining = length
        data, self._buffer = self._buffer, b""
        if data:
            if len(data) > remaining:
                data, self._buffer = data[:remaining], data[remaining:]
            remaining -= len(data)
            yield data
        while remaining > 0:
            data = self._recv(timeout)
            if not data:
                raise httpcore.RemoteProtocolError(
                    "peer closed connection without sending complete message body: "
                    f"received {length - remaining} bytes, expected {length}"
                )
            if len(data) > remaining:
                data, self._buffer = data[:remaining], data[remaining:]
            remaining -= len(data)
            yield data

    def _read_until_close(self, timeout: Optional[float]) -> Iterator[bytes]:
        data, self._buffer = self._buffer, b""
        if data:
            yield data
        while True:
            data = self._recv(timeout)
            if not data:
                return
            yield data

    def _read_line(self, timeout: Optional[float]) -> bytes:
        data = self._buffer
        start = 0
        while True:
            end = data.find(b"\r\n", start)
            if end >= 0:
                self._buffer = data[end + 2 :]
                return data[:end]
            if len(data) > MAX_HEAD_SIZE:
                raise httpcore.RemoteProtocolError("Chunked body line is too long")
            start = max(len(data) - 1, 0)
            received = self._recv(timeout)
            if not received:
                raise httpcore.RemoteProtocolError(
                    "peer closed connection without sending complete message body: incomplete chunked read"
                )
            data += received

    def _read_chunked(self, timeout: Optional[float]) -> Iterator[bytes]:
        while True:
            line = self._read_line(timeout)
            match = _CHUNK_SIZE.fullmatch(line)
            if match is None:
                raise httpcore.RemoteProtocolError(f"Malformed chunk size line {line[:100]!r}")
            remaining = int(match.group(1), 16)
            if remaining == 0:
                while self._read_line(timeout):  # trailers, up to the empty line
                    pass
                return
            while remaining > 0:
                data, self._buffer = self._buffer, b""
                if not data:
                    data = self._recv(timeout)
                    if not data:
                        raise httpcore.RemoteProtocolError(
                            "peer closed connection without sending complete message body: incomplete chunked read"
                        )
                if len(data) > remaining:
                    data, self._buffer = data[:remaining], data[remaining:]
                remaining -= len(data)
                yield data
            if self._read_line(timeout):
                raise httpcore.RemoteProtocolError("Chunk data is longer than its announced size")

    def _release(self, complete: bool, keep_alive: bool) -> None:
        """The response is closed: keep the connection for the next request, or close it."""
        if self._state == _ACTIVE and complete and keep_alive and not self._buffer:
            self._state = _IDLE
            if self._keepalive_expiry is not None:
                self._expire_at = time.monotonic() + self._keepalive_expiry
        else:
            self.close()


class _Body:
    """The response body stream: yields blocks as they arrive; closing it hands the connection back."""

    def __init__(self, connection: _Connection, reader: Iterator[bytes], keep_alive: bool) -> None:
        self._connection = connection
        self._reader = reader
        self._keep_alive = keep_alive
        self._complete = False
        self._closed = False

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._reader
        except BaseException:
            self._connection.close()
            raise
        self._complete = True

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._connection._release(self._complete, self._keep_alive)


class _ConnectionPool(httpcore.ConnectionPool):
    """httpcore's connection pool (its request handling, limits and locking) creating `_Connection`s."""

    def __init__(
        self,
        verify: ssl.SSLContext | str | bool,
        cert: CertTypes | None,
        trust_env: bool,
        limits: httpx.Limits,
        retries: int,
    ) -> None:
        super().__init__(
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            retries=retries,
        )
        self._verify = verify
        self._cert = cert
        self._trust_env = trust_env
        # With the default settings the context is built on the first https connection (loading the CA bundle is the
        # slow part of constructing a client); explicit settings are checked now, so that bad ones fail here.
        self._lazy_ssl_context: ssl.SSLContext | None = None
        if verify is not True or cert is not None:
            self._get_ssl_context()
        # The shortcut in `handle_request` shares these with httpcore's own request handling (httpcore 1.0's
        # names); with a pool that lacks any of them, every request is httpcore's.
        self._shortcut = all(hasattr(self, name) for name in _SHARED_POOL_STATE)

    def _get_ssl_context(self) -> ssl.SSLContext:
        if self._lazy_ssl_context is None:
            context = httpx.create_ssl_context(verify=self._verify, cert=self._cert, trust_env=self._trust_env)
            # These connections speak HTTP/1.1 only: say so in the TLS handshake, as httpcore does for its own.
            context.set_alpn_protocols(["http/1.1"])
            self._lazy_ssl_context = context
        return self._lazy_ssl_context

    def create_connection(self, origin: httpcore.Origin) -> httpcore.ConnectionInterface:
        return _Connection(
            origin=origin,
            ssl_context=self._get_ssl_context,
            keepalive_expiry=self._keepalive_expiry,
            retries=self._retries,
        )

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        """httpcore's request handling, with a shortcut for the common case: an idle connection to the origin.

        httpcore queues every request, wakes it through a `threading.Event` and scans the pool again when the
        response closes. When nothing is queued and a kept-alive connection to the origin is idle, the same
        outcome (the pool's first usable connection, stale ones closed on the way) is reached directly. Every
        other case (a new connection, waiting for a free one, queued requests) is httpcore's, and so is every
        request while a test tool has patched `httpcore.ConnectionPool.handle_request` (respx does).
        """
        if httpcore.ConnectionPool.handle_request is not _HTTPCORE_HANDLE_REQUEST or not self._shortcut:
            return super().handle_request(request)
        connection = self._take_idle(request.url.origin)
        if connection is None:
            return super().handle_request(request)
        untyped: Any = request  # httpcore declares its extensions loosely
        status, headers, body, extensions = self._exchange_on(
            connection, request.method, request.url.target, request.headers, request.stream, untyped.extensions
        )
        return httpcore.Response(status=status, headers=headers, content=body, extensions=extensions)

    def _exchange_on(
        self, connection: _Connection, method: bytes, target: bytes, headers: Headers, stream: Any, extensions: Any
    ) -> Tuple[int, Headers, _PooledBody, dict[str, Any]]:
        """A request on ``connection``, taken from the pool by `_take_idle`; its body hands the connection back."""
        try:
            status, response_headers, body, response_extensions = connection._exchange(
                method, target, headers, stream, extensions
            )
        except BaseException:
            self._settle()  # the failed connection closed itself: drop it from the pool
            raise
        return status, response_headers, _PooledBody(self, connection, body), response_extensions

    def _take_idle(self, origin: httpcore.Origin) -> Optional[_Connection]:
        """The pool's first idle connection to ``origin``, taken for a request; None to leave it to httpcore.

        The pool is tidied as httpcore tidies it before assigning a request: closed connections are dropped,
        expired idle ones closed, and idle ones closed while the pool holds more than the keep-alive limit.
        """
        closing: List[httpcore.ConnectionInterface] = []
        taken: Optional[_Connection] = None
        with self._optional_thread_lock:
            if self._requests:
                return None  # requests are queued or in flight through httpcore: it assigns them in order
            connections = self._connections
            for connection in list(connections):
                if connection.is_closed():
                    connections.remove(connection)
                elif not connection.is_idle():
                    continue
                elif taken is None and isinstance(connection, _Connection) and connection.can_handle_request(origin):
                    if connection._reserve():
                        taken = connection
                    else:  # stale: `_reserve` marked it closed
                        connections.remove(connection)
                        closing.append(connection)
                elif connection.has_expired() or len(connections) > self._max_keepalive_connections:
                    connections.remove(connection)
                    closing.append(connection)
        self._close_connections(closing)
        return taken

    def _settle(self) -> None:
        """After a shortcut request ends: hand connections to queued requests and tidy up, as httpcore does."""
        with self._optional_thread_lock:
            closing = self._assign_requests_to_connections()
        self._close_connections(closing)


class _PooledBody:
    """The body of a response sent through the pool's shortcut: closing it returns the connection to the pool."""

    def __init__(self, pool: _ConnectionPool, connection: _Connection, stream: _Body) -> None:
        self._pool = pool
        self._connection = connection
        self._stream = stream
        self._closed = False

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._stream.close()
        pool = self._pool
        # The connection is idle (or closed) again. Only when something else needs the pool (a queued request, the
        # connection closed, more connections than the keep-alive limit) does it need httpcore's pass.
        if pool._requests or self._connection.is_closed() or len(pool._connections) > pool._max_keepalive_connections:
            pool._settle()


_HTTPCORE_HANDLE_REQUEST = httpcore.ConnectionPool.handle_request
_HTTPX_HANDLE_REQUEST = httpx.HTTPTransport.handle_request
# The schemes the shortcut serves, with their default ports (as httpcore completes an origin).
_DEFAULT_PORTS = {b"http": 80, b"https": 443}
_SHARED_POOL_STATE = (
    "_requests",
    "_connections",
    "_optional_thread_lock",
    "_max_keepalive_connections",
    "_assign_requests_to_connections",
    "_close_connections",
)


class SyncPoolTransport(httpx.HTTPTransport):
    """`httpx.HTTPTransport` on the SDK's HTTP/1.1 connections (see the module docstring).

    `close` and the context manager are httpx's own, and so is `handle_request` except for requests the pool's
    shortcut serves; the pool behind them is the SDK's.
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
        # Everything httpx's methods use is `_pool`.
        self._connection_pool = _ConnectionPool(
            verify=verify, cert=cert, trust_env=trust_env, limits=limits, retries=retries
        )
        self._pool = self._connection_pool

    @property
    def limits(self) -> httpx.Limits:
        """The connection limits this pool enforces."""
        pool = self._connection_pool
        return httpx.Limits(
            max_connections=pool._max_connections,
            max_keepalive_connections=pool._max_keepalive_connections,
            keepalive_expiry=pool._keepalive_expiry,
        )

    @property
    def connection_count(self) -> int:
        """Open connections, idle or in use."""
        return len(self._connection_pool.connections)

    @property
    def idle_connection_count(self) -> int:
        """Open connections waiting in the pool for a request."""
        return sum(1 for connection in self._connection_pool.connections if connection.is_idle())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """httpx's `handle_request`, with the pool's shortcut taken from here when it applies.

        httpx turns each request into httpcore's request type and each response back, checking every header on
        the way. For a request that the pool's shortcut serves (an idle kept-alive connection to its origin), the
        request's parts go to the connection directly and the response is wrapped as httpx wraps it, errors
        included. While httpx's or httpcore's method is patched (pytest-httpx, respx, tracing tools), and in every
        other case, the request goes through httpx's method.
        """
        pool = self._connection_pool
        if (
            httpx.HTTPTransport.handle_request is not _HTTPX_HANDLE_REQUEST
            or httpcore.ConnectionPool.handle_request is not _HTTPCORE_HANDLE_REQUEST
            or not pool._shortcut
            or not isinstance(request.stream, httpx.SyncByteStream)
        ):
            return super().handle_request(request)
        method, url = request.method, request.url
        scheme = url.raw_scheme
        port = url.port or _DEFAULT_PORTS.get(scheme)
        if port is None or not method.isascii():
            return super().handle_request(request)
        with map_httpcore_exceptions():
            connection = pool._take_idle(httpcore.Origin(scheme, url.raw_host, port))
            if connection is not None:
                parts = (method.encode("ascii"), url.raw_path, request.headers.raw, request.stream, request.extensions)
                status, headers, body, extensions = pool._exchange_on(connection, *parts)
                return httpx.Response(
                    status_code=status, headers=headers, stream=ResponseStream(body), extensions=extensions
                )
        return super().handle_request(request)

    def _get_ssl_context(self) -> ssl.SSLContext:
        return self._connection_pool._get_ssl_context()
