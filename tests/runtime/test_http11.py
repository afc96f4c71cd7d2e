"""`SyncPoolTransport`, the SDK's default sync transport, over real loopback sockets.

The servers here are raw: a thread with a listening socket on 127.0.0.1 that answers each connection with exactly
the bytes a test scripts (so framing, malformed heads and misbehaving peers can be produced on purpose) and records
every byte it receives (so what the transport writes can be checked byte for byte). The built-in
`openai.testing.Server` covers the SDK path end to end. Clients are built the ways outside code builds them:
`httpx.Client(transport=SyncPoolTransport())`, `openai.DefaultHttpxClient()` and `openai.OpenAI(base_url=...)`.
"""

from __future__ import annotations

import ssl
import json
import time
import random
import socket
import hashlib
import threading
from typing import Any, List, Tuple, Union, Callable, Iterator, Optional, cast
from dataclasses import dataclass

import httpx
import respx
import pytest
import trustme
import httpcore
from pytest_httpx import HTTPXMock

import openai
from openai._http11 import SyncPoolTransport
from openai.testing import Server

TIMEOUT = httpx.Timeout(5.0)
RECEIVE_SIZE = 1 << 20


# -- the raw server ----------------------------------------------------------------------------------------------


@dataclass
class Received:
    """One request as the server received it."""

    head: bytes  # request line and header lines, without the blank line
    body: bytes  # the body (reassembled when it was chunked)
    raw: bytes  # the exact bytes of this request on the wire

    @property
    def request_line(self) -> bytes:
        return self.head.split(b"\r\n", 1)[0]

    @property
    def target(self) -> str:
        return self.request_line.split(b" ")[1].decode()

    @property
    def headers(self) -> List[Tuple[bytes, bytes]]:
        pairs: List[Tuple[bytes, bytes]] = []
        for line in self.head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            pairs.append((name, value.strip()))
        return pairs

    def header(self, name: bytes) -> Optional[bytes]:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


class Peer:
    """One accepted connection: reads requests, sends scripted bytes, records what arrived."""

    def __init__(self, sock: socket.socket, server: RawServer) -> None:
        self.sock = sock
        self.server = server
        self.index = 0
        self.reads: List[bytes] = []  # each recv() result, in order
        self.requests: List[Received] = []
        self.eof = threading.Event()  # the client closed its side
        self._buffer = bytearray()

    @property
    def received(self) -> bytes:
        return b"".join(self.reads)

    def _fill(self) -> bool:
        data = self.sock.recv(RECEIVE_SIZE)
        if not data:
            self.eof.set()
            return False
        self.reads.append(data)
        self._buffer += data
        return True

    def _take(self, size: int) -> bytes:
        while len(self._buffer) < size:
            if not self._fill():
                raise ConnectionError("client closed mid-request")
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def _line(self) -> bytes:
        while b"\r\n" not in self._buffer:
            if not self._fill():
                raise ConnectionError("client closed mid-request")
        end = self._buffer.index(b"\r\n")
        line = bytes(self._buffer[:end])
        del self._buffer[: end + 2]
        return line

    def read_head(self) -> Optional[bytes]:
        """The next request head (without its blank line), or None when the client closed the connection."""
        while b"\r\n\r\n" not in self._buffer:
            if not self._fill():
                return None
        end = self._buffer.index(b"\r\n\r\n")
        head = bytes(self._buffer[:end])
        del self._buffer[: end + 4]
        return head

    def read_request(self) -> Optional[Received]:
        """The next whole request, or None when the client closed the connection."""
        head = self.read_head()
        if head is None:
            return None
        probe = Received(head, b"", b"")
        raw = [head + b"\r\n\r\n"]
        encoding = probe.header(b"transfer-encoding")
        if encoding is not None and encoding.lower() == b"chunked":
            parts: List[bytes] = []
            while True:
                size_line = self._line()
                size = int(size_line.split(b";")[0], 16)
                data = self._take(size + 2)
                raw.append(size_line + b"\r\n" + data)
                assert data.endswith(b"\r\n")
                if size == 0:
                    break
                parts.append(data[:-2])
            body = b"".join(parts)
        else:
            length = probe.header(b"content-length")
            body = self._take(int(length)) if length is not None else b""
            raw.append(body)
        request = Received(head, body, b"".join(raw))
        self.requests.append(request)
        with self.server.lock:
            self.server.requests.append(request)
        return request

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def close(self) -> None:
        self.sock.close()

    def wait_for_eof(self, timeout: float = 3.0) -> bool:
        """Read (and record) until the client closes the connection."""
        self.sock.settimeout(timeout)
        try:
            while self._fill():
                pass
        except (TimeoutError, OSError):
            return False
        return True


Handler = Callable[[Peer], None]
Reply = Callable[[Received], bytes]


class RawServer:
    """A listening socket on 127.0.0.1; each accepted connection runs `handler(peer)` on its own thread."""

    def __init__(
        self, handler: Handler, *, tls: Optional[ssl.SSLContext] = None, backlog: int = 64, port: int = 0
    ) -> None:
        self.handler = handler
        self.tls = tls
        self.lock = threading.Lock()
        self.peers: List[Peer] = []
        self.requests: List[Received] = []
        self.errors: List[BaseException] = []
        self.accepted = 0
        self._threads: List[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", port))
        self._listener.listen(backlog)
        self.port: int = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)
        self._acceptor.start()

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def peer(self, index: int, timeout: float = 3.0) -> Peer:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.peers) > index:
                    return self.peers[index]
            time.sleep(0.005)
        raise AssertionError(f"connection #{index} was never accepted")

    def _accept_loop(self) -> None:
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            with self.lock:
                self.accepted += 1
                self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        try:
            if self.tls is not None:
                sock = self.tls.wrap_socket(sock, server_side=True)
            peer = Peer(sock, self)
            with self.lock:
                peer.index = len(self.peers)
                self.peers.append(peer)
            self.handler(peer)
        except OSError:  # the client went away (or a TLS handshake failed): part of what tests provoke
            pass
        except BaseException as exc:  # a failed assertion inside a handler fails the test at `close()`
            self.errors.append(exc)
        finally:
            try:
                sock.close()
            except OSError:
                pass

    def close(self) -> None:
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        except OSError:
            pass
        self._listener.close()
        with self.lock:
            peers = list(self.peers)
            threads = list(self._threads)
        for peer in peers:
            try:
                peer.sock.shutdown(socket.SHUT_RDWR)  # wakes handlers blocked on the socket
            except OSError:
                pass
        self._acceptor.join(3)
        for thread in threads:
            thread.join(3)
        if self.errors:
            raise self.errors[0]


@pytest.fixture
def serve() -> Iterator[Callable[..., RawServer]]:
    servers: List[RawServer] = []

    def start(handler: Handler, **options: Any) -> RawServer:
        server = RawServer(handler, **options)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@dataclass
class Answer:
    """A scripted reply: bytes (or bytes computed from the request), then optionally close the connection."""

    data: Union[bytes, Reply]
    close: bool = False


def replying(*answers: Union[bytes, Answer, Reply]) -> Handler:
    """Answer each request, on any connection, with the next answer in order; the last one repeats."""
    script = [answer if isinstance(answer, Answer) else Answer(answer) for answer in answers]
    lock = threading.Lock()
    position = [0]

    def handler(peer: Peer) -> None:
        while True:
            request = peer.read_request()
            if request is None:
                return
            with lock:
                answer = script[min(position[0], len(script) - 1)]
                position[0] += 1
            peer.send(answer.data(request) if callable(answer.data) else answer.data)
            if answer.close:
                peer.close()
                return

    return handler


def response(body: bytes = b"ok", *headers: bytes, status: bytes = b"200 OK", version: bytes = b"HTTP/1.1") -> bytes:
    """A response with a Content-Length body and the given extra header lines."""
    lines = [version + b" " + status, b"Content-Length: %d" % len(body), *headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def chunked(*chunks: bytes) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for chunk in chunks) + b"0\r\n\r\n"


def client_for(server: RawServer, transport: Optional[SyncPoolTransport] = None, **options: Any) -> httpx.Client:
    options.setdefault("timeout", TIMEOUT)
    return httpx.Client(transport=transport or SyncPoolTransport(), base_url=server.url, **options)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def in_threads(count: int, work: Callable[[int], None]) -> List[BaseException]:
    """Run ``work(number)`` on ``count`` threads at once; what they raised (all threads must have finished)."""
    failures: List[BaseException] = []

    def worker(number: int) -> None:
        try:
            work(number)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=worker, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not any(thread.is_alive() for thread in threads)
    return failures


# -- response framing --------------------------------------------------------------------------------------------


def test_content_length_body_status_reason_and_version(serve: Callable[..., RawServer]) -> None:
    server = serve(
        replying(b"HTTP/1.1 201 Created Here\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello world")
    )
    with client_for(server) as client:
        reply = client.get("/thing")
    assert reply.status_code == 201
    assert reply.reason_phrase == "Created Here"
    assert reply.http_version == "HTTP/1.1"
    assert reply.content == b"hello world"
    assert reply.headers["content-type"] == "text/plain"
    assert server.requests[0].request_line == b"GET /thing HTTP/1.1"


def test_status_line_without_reason_phrase(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(b"HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok"))
    with client_for(server) as client:
        reply = client.get("/")
    assert (reply.status_code, reply.reason_phrase, reply.text) == (200, "", "ok")


def test_binary_content_length_body_is_byte_exact(serve: Callable[..., RawServer]) -> None:
    payload = random.Random(1).randbytes(3 * 1024 * 1024 + 17)
    server = serve(replying(response(payload, b"Content-Type: application/octet-stream")))
    with client_for(server) as client:
        assert client.get("/").content == payload
        assert client.get("/again").content == payload
    assert server.accepted == 1


def test_chunked_body_with_extensions_and_trailers_then_reuse(serve: Callable[..., RawServer]) -> None:
    body = (
        b"5;name=value\r\nhello\r\n1 ; ext\r\n \r\nA\r\n0123456789\r\n0;last\r\nX-Trailer: done\r\nX-Other: 1\r\n\r\n"
    )
    server = serve(replying(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body, response(b"second")))
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        first = client.get("/chunked")
        assert first.content == b"hello 0123456789"
        assert "content-length" not in first.headers
        assert client.get("/next").content == b"second"
        assert transport.connection_count == 1
    assert server.accepted == 1


@pytest.mark.parametrize("sizes", [[1] * 40, [0x1000, 3, 70_000], [600_000]], ids=["tiny", "mixed", "large"])
def test_chunked_body_is_byte_exact_across_chunk_sizes(serve: Callable[..., RawServer], sizes: List[int]) -> None:
    rng = random.Random(len(sizes))
    parts = [rng.randbytes(size) for size in sizes]
    # Upper-case hex sizes are as valid as lower-case ones.
    wire = b"".join(b"%X\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"
    server = serve(replying(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + wire))
    with client_for(server) as client:
        assert client.get("/").content == b"".join(parts)
        assert client.get("/").content == b"".join(parts)
    assert server.accepted == 1


def test_empty_chunked_body_and_zero_content_length_keep_the_connection(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", response(b"")))
    with client_for(server) as client:
        assert client.get("/a").content == b""
        assert client.get("/b").content == b""
        assert client.get("/c").content == b""
    assert server.accepted == 1
    assert len(server.requests) == 3


def test_close_delimited_body_is_read_to_the_end_and_not_reused(serve: Callable[..., RawServer]) -> None:
    payload = random.Random(2).randbytes(700_000)
    server = serve(
        replying(Answer(b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n" + payload, close=True))
    )
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        assert client.get("/1").content == payload
        assert transport.connection_count == 0
        assert client.get("/2").content == payload
    assert server.accepted == 2


@pytest.mark.parametrize(
    ("method", "status"),
    [("HEAD", b"200 OK"), ("GET", b"204 No Content"), ("GET", b"304 Not Modified")],
    ids=["HEAD", "204", "304"],
)
def test_bodiless_responses_leave_the_connection_reusable(
    serve: Callable[..., RawServer], method: str, status: bytes
) -> None:
    # A Content-Length on these responses describes a body that is never sent.
    bodiless = b"HTTP/1.1 " + status + b'\r\nContent-Length: 1234\r\nETag: "x"\r\n\r\n'
    server = serve(replying(bodiless, response(b"after")))
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        first = client.request(method, "/")
        assert first.content == b""
        assert first.headers["content-length"] == "1234"
        assert transport.idle_connection_count == 1
        assert client.get("/next").content == b"after"
    assert server.accepted == 1
    assert [request.request_line.split(b" ")[0] for request in server.requests] == [method.encode(), b"GET"]


def test_interim_1xx_responses_are_skipped(serve: Callable[..., RawServer]) -> None:
    server = serve(
        replying(
            b"HTTP/1.1 100 Continue\r\n\r\n"
            b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
            b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Final: yes\r\n\r\nfinal"
        )
    )
    with client_for(server) as client:
        reply = client.get("/")
        assert (reply.status_code, reply.content, reply.headers["x-final"]) == (200, b"final", "yes")
        assert "link" not in reply.headers
        assert client.get("/").content == b"final"
    assert server.accepted == 1


def test_folded_headers_are_joined(serve: Callable[..., RawServer]) -> None:
    server = serve(
        replying(b"HTTP/1.1 200 OK\r\nX-Folded: first\r\n  second\r\n\tthird\r\nContent-Length: 2\r\n\r\nok")
    )
    with client_for(server) as client:
        reply = client.get("/")
    assert reply.headers["x-folded"] == "first second third"
    assert reply.text == "ok"


def test_bare_lf_line_ends_in_the_head_are_accepted(serve: Callable[..., RawServer]) -> None:
    # httpx's default transport (h11) reads these too; the body framing itself stays strict.
    server = serve(
        replying(
            b"HTTP/1.1 200 OK\nContent-Length: 5\nX-Lf: one\n\nfirst",
            b"HTTP/1.1 200 OK\r\nX-Mixed: two\nTransfer-Encoding: chunked\n\r\n6\r\nsecond\r\n0\r\n\r\n",
        )
    )
    with client_for(server) as client:
        first = client.get("/")
        second = client.get("/")
    assert (first.content, first.headers["x-lf"]) == (b"first", "one")
    assert (second.content, second.headers["x-mixed"]) == (b"second", "two")
    assert server.accepted == 1


def test_header_case_order_duplicates_and_whitespace_preserved(serve: Callable[..., RawServer]) -> None:
    server = serve(
        replying(
            b"HTTP/1.1 200 OK\r\nX-MiXeD-Case:   padded value \t\r\nset-cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 2\r\n\r\nok"
        )
    )
    with client_for(server) as client:
        reply = client.get("/")
    assert reply.headers.raw == [
        (b"X-MiXeD-Case", b"padded value"),
        (b"set-cookie", b"a=1"),
        (b"Set-Cookie", b"b=2"),
        (b"Content-Length", b"2"),
    ]
    assert reply.headers.get_list("set-cookie") == ["a=1", "b=2"]


def test_http_1_0_response_is_read_and_not_reused(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(response(b"old", b"Connection: keep-alive", version=b"HTTP/1.0")))
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        reply = client.get("/")
        assert (reply.http_version, reply.content) == ("HTTP/1.0", b"old")
        assert transport.connection_count == 0
        assert client.get("/").content == b"old"
    assert server.accepted == 2


def test_bytes_beyond_the_body_make_the_connection_unusable(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(response(b"exact") + b"EXTRA BYTES"))
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        assert client.get("/").content == b"exact"
        assert transport.connection_count == 0
        assert client.get("/").content == b"exact"
    assert server.accepted == 2


# -- streaming ---------------------------------------------------------------------------------------------------


def held_body(first: bytes, rest: bytes, head: bytes, release: threading.Event) -> Handler:
    def handler(peer: Peer) -> None:
        assert peer.read_request() is not None
        peer.send(head + first)
        assert release.wait(3), "the client never saw the first block"
        peer.send(rest)
        peer.wait_for_eof()

    return handler


def test_stream_yields_content_length_blocks_as_they_arrive(serve: Callable[..., RawServer]) -> None:
    release = threading.Event()
    server = serve(held_body(b"first|", b"rest", b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", release))
    with client_for(server) as client, client.stream("GET", "/") as reply:
        blocks = reply.iter_bytes()
        assert next(blocks) == b"first|"
        release.set()
        assert b"".join(blocks) == b"rest"


def test_stream_yields_chunked_blocks_as_they_arrive(serve: Callable[..., RawServer]) -> None:
    release = threading.Event()
    server = serve(
        held_body(
            b"6\r\nfirst|\r\n",
            b"4\r\nrest\r\n0\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
            release,
        )
    )
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        with client.stream("GET", "/") as reply:
            blocks = reply.iter_raw()
            assert next(blocks) == b"first|"
            release.set()
            assert b"".join(blocks) == b"rest"
        assert transport.idle_connection_count == 1


def test_partially_read_stream_closes_its_connection(serve: Callable[..., RawServer]) -> None:
    def handler(peer: Peer) -> None:
        while peer.read_request() is not None:
            if peer.index == 0:
                peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial")
            else:
                peer.send(response(b"fresh"))

    server = serve(handler)
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        with client.stream("GET", "/big") as reply:
            assert next(reply.iter_bytes()) == b"partial"
            assert transport.idle_connection_count == 0
        assert transport.connection_count == 0
        assert server.peer(0).eof.wait(3), "the half-read connection was not closed"
        assert client.get("/small").content == b"fresh"
    assert server.accepted == 2


# -- keep-alive --------------------------------------------------------------------------------------------------


def test_sequential_requests_reuse_one_connection(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(lambda request: response(request.target.encode())))
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        for number in range(5):
            assert client.get(f"/n/{number}").text == f"/n/{number}"
        assert (transport.connection_count, transport.idle_connection_count) == (1, 1)
    assert server.accepted == 1
    assert [request.target for request in server.peer(0).requests] == [f"/n/{number}" for number in range(5)]
    assert server.peer(0).eof.wait(3), "closing the client did not close the pooled connection"


def test_connection_close_from_the_server_is_honoured(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(response(b"bye", b"Connection: Close")))
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        assert client.get("/").text == "bye"
        assert transport.connection_count == 0
        assert client.get("/").text == "bye"
    assert server.accepted == 2


def test_connection_close_from_the_request_is_honoured(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(response(b"ok")))
    with client_for(server) as client:
        assert client.get("/", headers={"Connection": "close"}).text == "ok"
        assert client.get("/").text == "ok"
    assert server.accepted == 2


@pytest.mark.parametrize(
    "goodbye", [b"", b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n"], ids=["fin", "408"]
)
def test_idle_connection_closed_by_the_server_is_replaced(serve: Callable[..., RawServer], goodbye: bytes) -> None:
    pooled = threading.Event()
    closed = threading.Event()

    def handler(peer: Peer) -> None:
        assert peer.read_request() is not None
        peer.send(response(b"served by #%d" % peer.index))
        if peer.index == 0:
            # No `Connection: close`: the client pooled this connection, then the server drops it while idle.
            assert pooled.wait(3)
            peer.send(goodbye)
            peer.close()
            closed.set()
        else:
            peer.wait_for_eof()

    server = serve(handler)
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        assert client.get("/").text == "served by #0"
        assert transport.idle_connection_count == 1
        pooled.set()
        assert closed.wait(3)
        time.sleep(0.02)  # let the FIN reach the client's socket
        assert client.get("/").text == "served by #1"
        assert transport.connection_count == 1
    assert server.accepted == 2
    assert len(server.peer(0).requests) == 1  # nothing was written on the stale connection


def test_keepalive_expiry_is_honoured(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(response(b"ok")))
    limits = httpx.Limits(max_connections=10, max_keepalive_connections=10, keepalive_expiry=0.1)
    transport = SyncPoolTransport(limits=limits)
    assert transport.limits == limits
    with client_for(server, transport) as client:
        client.get("/")
        client.get("/")  # within the expiry: reused
        time.sleep(0.15)
        client.get("/")  # expired: a new connection
        assert transport.connection_count == 1
    assert server.accepted == 2
    assert len(server.peer(0).requests) == 2
    assert server.peer(0).eof.wait(3), "the expired connection was not closed"


def test_closing_the_transport_closes_idle_connections(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(response(b"ok")))
    transport = SyncPoolTransport()
    client = client_for(server, transport)
    client.get("/")
    assert transport.idle_connection_count == 1
    client.close()
    assert transport.connection_count == 0
    assert server.peer(0).eof.wait(3)


def test_pool_limit_queues_then_times_out(serve: Callable[..., RawServer]) -> None:
    release = threading.Event()
    server = serve(held_body(b"first", b"!", b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\n", release))
    transport = SyncPoolTransport(limits=httpx.Limits(max_connections=1))
    with client_for(server, transport) as client, client.stream("GET", "/") as reply:
        with pytest.raises(httpx.PoolTimeout):
            client.get("/", timeout=httpx.Timeout(5.0, pool=0.1))
        release.set()
        assert reply.read() == b"first!"


def pool_of(transport: SyncPoolTransport) -> Any:
    return cast(Any, transport)._pool


def test_reused_connection_is_taken_without_queueing(serve: Callable[..., RawServer]) -> None:
    # An idle kept-alive connection is handed straight to the next request: nothing waits in httpcore's queue
    # while its response is open, and the pool is back to one idle connection when it closes.
    server = serve(replying(lambda request: response(request.target.encode())))
    transport = SyncPoolTransport()
    pool = pool_of(transport)
    with client_for(server, transport) as client:
        assert client.get("/first").text == "/first"
        with client.stream("GET", "/second") as reply:
            assert pool._requests == []
            assert (transport.connection_count, transport.idle_connection_count) == (1, 0)
            assert reply.read() == b"/second"
        assert (transport.connection_count, transport.idle_connection_count) == (1, 1)
    assert server.accepted == 1


def test_pool_without_shared_state_uses_httpcore_for_every_request(serve: Callable[..., RawServer]) -> None:
    # A pool whose httpcore lacks the state the shortcut shares (another httpcore release) is httpcore's alone.
    server = serve(replying(lambda request: response(request.target.encode())))
    transport = SyncPoolTransport()
    pool = pool_of(transport)
    assert pool._shortcut  # this httpcore has it
    pool._shortcut = False
    with client_for(server, transport) as client:
        assert client.get("/first").text == "/first"
        with client.stream("GET", "/second") as reply:
            assert len(pool._requests) == 1  # queued and assigned by httpcore
            assert reply.read() == b"/second"
        assert pool._requests == []
    assert server.accepted == 1


@pytest.mark.parametrize("patched", [httpcore.ConnectionPool, httpx.HTTPTransport], ids=["httpcore-pool", "httpx"])
def test_patched_request_methods_see_every_request(
    serve: Callable[..., RawServer], monkeypatch: pytest.MonkeyPatch, patched: Any
) -> None:
    # Tools that wrap httpcore's pool (respx, tracing) or httpx's transport method (pytest-httpx, tracing) must see
    # requests on reused connections too, although the SDK's transport and pool serve those themselves otherwise.
    server = serve(replying(response(b"ok")))
    original = patched.handle_request
    seen: List[bytes] = []

    def spy(self: Any, request: Any) -> Any:
        seen.append(bytes(request.url.raw_path if isinstance(request, httpx.Request) else request.url.target))
        return original(self, request)

    monkeypatch.setattr(patched, "handle_request", spy)
    with client_for(server) as client:
        for number in range(3):
            assert client.get(f"/{number}").text == "ok"
    assert seen == [b"/0", b"/1", b"/2"]
    assert server.accepted == 1


def test_reused_connection_responses_are_the_responses_httpx_gives(serve: Callable[..., RawServer]) -> None:
    # The second request on a connection is served by the transport's shortcut: everything outside code can see of
    # the response (status, reason, version, headers in order, body, request) is what httpx's transport gives.
    reply = response(b'{"a": 1}', b"X-B: 2", b"x-a: 1", b"Set-Cookie: s=1", b"X-B: 3", status=b"201 Created")
    server = serve(replying(reply))

    def seen(client: httpx.Client) -> List[Any]:
        answers = [client.post("/v1/x?q=1", content=b"body", headers={"X-Call": str(n)}) for n in range(2)]
        return [
            (
                answer.status_code,
                answer.reason_phrase,
                answer.http_version,
                answer.headers.raw,
                answer.content,
                answer.request.url,
                answer.request.headers.raw,
            )
            for answer in answers
        ]

    with client_for(server) as ours, httpx.Client(base_url=server.url, timeout=TIMEOUT) as plain:
        assert seen(ours) == seen(plain)
        assert ours.cookies["s"] == "1"
        # The extensions the SDK's connections give (no `network_stream`) are the same on either path.
        first, second = ours.get("/"), ours.get("/")
        assert first.extensions == second.extensions == {"http_version": b"HTTP/1.1", "reason_phrase": b"Created"}
    assert [request.body for request in server.requests] == [b"body"] * 4 + [b""] * 2
    assert server.accepted == 2  # one connection per client: the second requests were served on reused ones


def test_errors_on_a_reused_connection_are_httpx_errors(serve: Callable[..., RawServer]) -> None:
    # Failures on the shortcut are raised as httpx raises them for its own transport.
    def then_fails(peer: Peer) -> None:
        assert peer.read_request() is not None
        peer.send(response(b"first"))
        assert peer.read_request() is not None
        peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nsome")
        peer.wait_for_eof()

    server = serve(then_fails)
    with client_for(server, timeout=httpx.Timeout(5.0, read=0.2)) as client:
        assert client.get("/").text == "first"
        with pytest.raises(httpx.ReadTimeout):
            client.get("/")
    cut = serve(replying(response(b"first"), Answer(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345", close=True)))
    with client_for(cut) as client:
        assert client.get("/").text == "first"
        with pytest.raises(httpx.RemoteProtocolError, match="received 5 bytes, expected 10"):
            client.get("/")
    assert server.accepted == 1 and cut.accepted == 1  # the failures happened on the reused connections


def test_queued_request_gets_the_connection_a_reused_one_releases(serve: Callable[..., RawServer]) -> None:
    # One connection allowed: a request made while it is busy waits, and runs on it as soon as it is released.
    server = serve(replying(lambda request: response(request.target.encode())))
    transport = SyncPoolTransport(limits=httpx.Limits(max_connections=1))
    pool = pool_of(transport)
    results: List[str] = []
    with client_for(server, transport) as client:
        assert client.get("/warm").text == "/warm"
        with client.stream("GET", "/held") as held:
            waiter = threading.Thread(target=lambda: results.append(client.get("/queued").text))
            waiter.start()
            deadline = time.monotonic() + 3
            while not pool._requests and time.monotonic() < deadline:
                time.sleep(0.005)
            assert len(pool._requests) == 1, "the second request did not queue"
            assert held.read() == b"/held"
        waiter.join(5)
        assert results == ["/queued"]
        assert pool._requests == []
    assert server.accepted == 1


def test_without_keepalive_connections_are_not_reused(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(response(b"ok")))
    transport = SyncPoolTransport(limits=httpx.Limits(max_connections=10, max_keepalive_connections=0))
    with client_for(server, transport) as client:
        for _ in range(3):
            assert client.get("/").text == "ok"
            assert transport.connection_count == 0
    assert server.accepted == 3


def test_reused_connection_failing_mid_request_leaves_the_pool(serve: Callable[..., RawServer]) -> None:
    def handler(peer: Peer) -> None:
        assert peer.read_request() is not None
        peer.send(response(b"first"))
        assert peer.read_request() is not None
        peer.close()  # the second request gets no answer

    server = serve(handler)
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        assert client.get("/").text == "first"
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/")
        assert transport.connection_count == 0
        assert pool_of(transport)._requests == []


@pytest.mark.parametrize(
    "limits",
    [
        httpx.Limits(max_connections=2, max_keepalive_connections=1, keepalive_expiry=0.002),
        httpx.Limits(max_connections=3, max_keepalive_connections=3, keepalive_expiry=None),
        httpx.Limits(max_connections=1, max_keepalive_connections=0),
    ],
    ids=["expiring", "kept", "no-keepalive"],
)
def test_threads_sharing_a_small_pool_leave_it_consistent(
    serve: Callable[..., RawServer], limits: httpx.Limits
) -> None:
    # Reused connections (taken directly) and queued requests (httpcore's path) mixed across threads.
    server = serve(replying(lambda request: response(request.target.encode())))
    transport = SyncPoolTransport(limits=limits)
    pool = pool_of(transport)
    with client_for(server, transport) as client:

        def work(number: int) -> None:
            for call in range(40):
                path = f"/w{number}/{call}"
                assert client.get(path).text == path
                if call % 7 == 0:
                    time.sleep(0.003)  # lets kept-alive connections expire in between

        assert in_threads(6, work) == []
        assert pool._requests == []
        assert transport.connection_count <= (limits.max_connections or 0)
        assert transport.connection_count == transport.idle_connection_count
    assert len(server.requests) == 240


# -- failures ----------------------------------------------------------------------------------------------------


def test_connection_refused_is_connect_error() -> None:
    with httpx.Client(transport=SyncPoolTransport(), timeout=TIMEOUT) as client:
        with pytest.raises(httpx.ConnectError):
            client.get(f"http://127.0.0.1:{free_port()}/")


def test_connect_retries_back_off_then_raise_connect_error() -> None:
    port = free_port()
    with httpx.Client(transport=SyncPoolTransport(retries=2), timeout=TIMEOUT) as client:
        started = time.monotonic()
        with pytest.raises(httpx.ConnectError):
            client.get(f"http://127.0.0.1:{port}/")
        elapsed = time.monotonic() - started
    # httpx's schedule for two retries: no wait, then 0.5 s.
    assert 0.5 <= elapsed < 0.95


def test_connect_retries_reach_a_server_that_starts_late(serve: Callable[..., RawServer]) -> None:
    port = free_port()
    # Attempts at 0 s and 0 s are refused; the one at 0.5 s finds the server listening.
    timer = threading.Timer(0.15, lambda: serve(replying(response(b"late")), port=port))
    timer.start()
    try:
        with httpx.Client(transport=SyncPoolTransport(retries=2), timeout=TIMEOUT) as client:
            started = time.monotonic()
            reply = client.get(f"http://127.0.0.1:{port}/")
            elapsed = time.monotonic() - started
    finally:
        timer.join()
    assert reply.text == "late"
    assert elapsed >= 0.5


def test_connect_timeout(serve: Callable[..., RawServer]) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)  # never accepted: once its queue is full, further connection attempts hang
    port = listener.getsockname()[1]
    fillers: List[socket.socket] = []
    try:
        for _ in range(16):
            filler = socket.socket()
            filler.settimeout(0.2)
            try:
                filler.connect(("127.0.0.1", port))
            except (TimeoutError, OSError):
                filler.close()
                break
            fillers.append(filler)
        else:
            pytest.fail("the listen queue never filled up")
        with httpx.Client(transport=SyncPoolTransport(), timeout=httpx.Timeout(5.0, connect=0.2)) as client:
            with pytest.raises(httpx.ConnectTimeout):
                client.get(f"http://127.0.0.1:{port}/")
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_read_timeout_waiting_for_the_head(serve: Callable[..., RawServer]) -> None:
    def silent(peer: Peer) -> None:
        assert peer.read_request() is not None
        peer.wait_for_eof()

    server = serve(silent)
    with client_for(server, timeout=httpx.Timeout(5.0, read=0.2)) as client:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            client.get("/")
        assert time.monotonic() - started < 2
    assert server.peer(0).eof.wait(3)


def test_read_timeout_in_the_middle_of_the_body(serve: Callable[..., RawServer]) -> None:
    def stalls(peer: Peer) -> None:
        assert peer.read_request() is not None
        peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nsome")
        peer.wait_for_eof()

    server = serve(stalls)
    with client_for(server, timeout=httpx.Timeout(5.0, read=0.2)) as client:
        with client.stream("GET", "/") as reply:
            blocks = reply.iter_bytes()
            assert next(blocks) == b"some"
            with pytest.raises(httpx.ReadTimeout):
                next(blocks)


def test_write_timeout_when_the_server_does_not_read(serve: Callable[..., RawServer]) -> None:
    stop = threading.Event()

    def never_reads(peer: Peer) -> None:
        stop.wait(5)

    server = serve(never_reads)
    try:
        with client_for(server, timeout=httpx.Timeout(5.0, write=0.2)) as client:
            with pytest.raises(httpx.WriteTimeout):
                client.post("/", content=b"x" * (48 * 1024 * 1024))
    finally:
        stop.set()


@pytest.mark.parametrize(
    ("head", "tail", "message"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", b"12345", "received 5 bytes, expected 10"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", b"a\r\n12345", "incomplete chunked read"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", b"5\r\n12345\r\n", "incomplete chunked read"),
    ],
    ids=["content-length", "chunk-data", "chunk-size"],
)
def test_server_closing_mid_body_is_remote_protocol_error(
    serve: Callable[..., RawServer], head: bytes, tail: bytes, message: str
) -> None:
    server = serve(replying(Answer(head + tail, close=True)))
    with client_for(server) as client:
        with pytest.raises(httpx.RemoteProtocolError, match=message):
            client.get("/")
        with client.stream("GET", "/") as reply:
            with pytest.raises(httpx.RemoteProtocolError, match=message):
                reply.read()
    assert server.accepted == 2


@pytest.mark.parametrize(
    ("answer", "message"),
    [(b"", "without sending a response"), (b"HTTP/1.1 200 OK\r\nContent-Le", "middle of the response head")],
    ids=["nothing", "half-head"],
)
def test_server_closing_before_the_head_ends_is_remote_protocol_error(
    serve: Callable[..., RawServer], answer: bytes, message: str
) -> None:
    server = serve(replying(Answer(answer, close=True)))
    with client_for(server) as client:
        with pytest.raises(httpx.RemoteProtocolError, match=message):
            client.get("/")


@pytest.mark.parametrize(
    "head",
    [
        b"garbage\r\n\r\n",
        b"HTTP/1.1 20 OK\r\nContent-Length: 0\r\n\r\n",
        b"HTTP/2 200 OK\r\nContent-Length: 0\r\n\r\n",
        b"HTTP/1.2 200 OK\r\nContent-Length: 0\r\n\r\n",
        b"ICY 200 OK\r\nContent-Length: 0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nBad Name: value\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n: empty name\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n folded-first: line\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n11111111111111111\r\n",
    ],
    ids=[
        "garbage",
        "short-status",
        "no-minor-version",
        "http-1.2",
        "other-protocol",
        "no-colon",
        "space-in-name",
        "empty-name",
        "leading-continuation",
        "non-numeric-length",
        "negative-length",
        "conflicting-lengths",
        "bad-chunk-size",
        "chunk-overrun",
        "huge-chunk-size",
    ],
)
def test_malformed_responses_are_remote_protocol_errors(serve: Callable[..., RawServer], head: bytes) -> None:
    server = serve(replying(head))
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/")
        assert transport.connection_count == 0
    assert server.peer(0).eof.wait(3), "the broken connection was not closed"


def filler_headers(count: int) -> bytes:
    return b"".join(b"X-Filler-%d: %s\r\n" % (number, b"v" * 1000) for number in range(count))


@pytest.mark.parametrize("case", ["terminated", "unterminated", "in-one-read"])
def test_oversized_response_head_is_rejected(serve: Callable[..., RawServer], case: str) -> None:
    if case == "terminated":
        answer = b"HTTP/1.1 200 OK\r\n" + filler_headers(200) + b"Content-Length: 2\r\n\r\nok"
    elif case == "unterminated":
        answer = b"HTTP/1.1 200 OK\r\n" + filler_headers(200)  # and the server waits: the client gives up by itself
    else:
        # Just over the 100 KiB bound, and already complete in the client's socket buffer when it starts reading
        # (the server answers before reading the upload): the bound holds for a head that arrives in one read too.
        answer = b"HTTP/1.1 200 OK\r\n" + filler_headers(110) + b"Content-Length: 2\r\n\r\nok"

    def handler(peer: Peer) -> None:
        head = peer.read_head()
        assert head is not None
        peer.send(answer)
        peer.wait_for_eof()

    server = serve(handler)
    with client_for(server) as client:
        with pytest.raises(httpx.RemoteProtocolError, match="too large"):
            client.post("/", content=b"u" * (4 * 1024 * 1024))


def test_large_head_under_the_limit_is_accepted(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(b"HTTP/1.1 200 OK\r\n" + filler_headers(98) + b"Content-Length: 2\r\n\r\nok"))
    with client_for(server) as client:
        reply = client.get("/")
    assert reply.text == "ok"
    assert reply.headers["x-filler-97"] == "v" * 1000


def test_early_answer_during_a_large_upload_is_returned(serve: Callable[..., RawServer]) -> None:
    def refuses(peer: Peer) -> None:
        head = peer.read_head()
        assert head is not None
        if peer.index == 0:
            assert head.startswith(b"POST /upload ")
            # Answer before reading the body, then drop the connection with the upload still in flight.
            peer.send(response(b"too big", status=b"413 Payload Too Large"))
            peer.close()
        else:
            peer.send(response(b"fine"))
            peer.wait_for_eof()

    server = serve(refuses)
    with client_for(server) as client:
        reply = client.post("/upload", content=b"u" * (16 * 1024 * 1024))
        assert (reply.status_code, reply.content) == (413, b"too big")
        assert client.get("/upload").text == "fine"  # a fresh connection: the broken one was not reused
    assert server.accepted == 2


def test_upload_cut_without_an_answer_is_write_error(serve: Callable[..., RawServer]) -> None:
    def hangs_up(peer: Peer) -> None:
        assert peer.read_head() is not None
        peer.close()  # with the upload still in flight and no answer at all

    server = serve(hangs_up)
    with client_for(server) as client:
        with pytest.raises(httpx.WriteError):
            client.post("/upload", content=b"u" * (16 * 1024 * 1024))


def test_switching_protocols_ends_http_on_the_connection(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"))
    transport = SyncPoolTransport()
    with client_for(server, transport) as client:
        reply = client.get("/socket", headers={"Connection": "Upgrade", "Upgrade": "websocket"})
        assert (reply.status_code, reply.content) == (101, b"")
        assert transport.connection_count == 0
        assert client.get("/socket").status_code == 101
    assert server.accepted == 2


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Injected": "value\r\nX-Evil: 1"},
        {"X-Injected": "line\nfeed"},
        {"X-Injected": "carriage\rreturn"},
        {"X-Injected": "nul\x00byte"},
        {"Bad Name": "value"},
        {"Bad:Name": "value"},
    ],
    ids=["crlf", "lf", "cr", "nul", "name", "colon"],
)
def test_invalid_request_headers_are_rejected_before_sending(
    serve: Callable[..., RawServer], headers: dict[str, str]
) -> None:
    server = serve(replying(response(b"ok")))
    with client_for(server) as client:
        with pytest.raises(httpx.LocalProtocolError):
            client.get("/", headers=headers)
        assert client.get("/valid").text == "ok"
    assert server.peer(0).eof.wait(3)
    assert server.peer(0).received == b""
    assert [request.target for request in server.requests] == ["/valid"]


# -- request writing ---------------------------------------------------------------------------------------------


def test_small_post_is_exact_and_sent_in_one_write(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(response(b"ok")))
    with client_for(server) as client:
        request = client.build_request("POST", "/v1/things?x=1", content=b'{"a": 1}', headers={"X-CaSe": "Kept"})
        client.send(request)
    expected_head = b"POST /v1/things?x=1 HTTP/1.1\r\n" + b"".join(
        name + b": " + value + b"\r\n" for name, value in request.headers.raw
    )
    assert b"X-CaSe: Kept\r\n" in expected_head
    assert server.peer(0).reads[0] == expected_head + b'\r\n{"a": 1}'


def test_get_without_body_sends_the_head_only(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(response(b"ok")))
    with client_for(server) as client:
        client.get("/plain")
    received = server.requests[0]
    assert received.header(b"content-length") is None
    assert received.header(b"transfer-encoding") is None
    assert received.raw.endswith(b"\r\n\r\n") and received.body == b""


def test_generator_body_is_sent_chunked(serve: Callable[..., RawServer]) -> None:
    parts = [b"ab", b"", b"cde", bytes(range(256)) * 300]

    def produce() -> Iterator[bytes]:
        yield from parts

    server = serve(replying(lambda request: response(hashlib.sha256(request.body).hexdigest().encode())))
    with client_for(server) as client:
        reply = client.post("/stream-up", content=produce())
    received = server.requests[0]
    assert received.header(b"transfer-encoding") == b"chunked"
    assert received.header(b"content-length") is None
    assert received.body == b"".join(parts)
    assert reply.text == hashlib.sha256(b"".join(parts)).hexdigest()
    # Empty parts are skipped (an empty chunk would end the body early).
    body_on_wire = received.raw.split(b"\r\n\r\n", 1)[1]
    assert body_on_wire == b"2\r\nab\r\n3\r\ncde\r\n12c00\r\n" + parts[3] + b"\r\n0\r\n\r\n"


def test_explicit_chunked_header_with_bytes_content(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(lambda request: response(request.body)))
    with client_for(server) as client:
        request = client.build_request("PUT", "/", content=b"payload")
        del request.headers["Content-Length"]
        request.headers["Transfer-Encoding"] = "chunked"
        reply = client.send(request)
    assert reply.content == b"payload"
    assert server.requests[0].raw.endswith(b"\r\n\r\n7\r\npayload\r\n0\r\n\r\n")


@pytest.mark.parametrize("streamed", [False, True], ids=["content-length", "chunked"])
def test_five_megabyte_upload_arrives_intact(serve: Callable[..., RawServer], streamed: bool) -> None:
    payload = random.Random(5).randbytes(5 * 1024 * 1024)
    server = serve(replying(lambda request: response(hashlib.sha256(request.body).hexdigest().encode())))

    def pieces() -> Iterator[bytes]:
        for start in range(0, len(payload), 100_000):
            yield payload[start : start + 100_000]

    with client_for(server) as client:
        reply = client.post("/upload", content=pieces() if streamed else payload)
        assert reply.text == hashlib.sha256(payload).hexdigest()
        assert client.get("/after").status_code == 200
    assert server.requests[0].body == payload
    assert server.accepted == 1


# -- the SDK end to end ------------------------------------------------------------------------------------------


def model_json(request: Received) -> bytes:
    name = request.target.rsplit("/", 1)[1]
    body = json.dumps({"id": name, "object": "model", "created": 0, "owned_by": "tests"}).encode()
    return response(body, b"Content-Type: application/json")


def test_transport_arguments_are_checked() -> None:
    with pytest.raises(TypeError, match="httpx.Limits"):
        SyncPoolTransport(limits={"max_connections": 1})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="retries"):
        SyncPoolTransport(retries=-1)
    limits = httpx.Limits(max_connections=7, max_keepalive_connections=3, keepalive_expiry=2.5)
    assert SyncPoolTransport(limits=limits).limits == limits


def test_ssl_context_is_built_lazily_unless_configured(
    serve: Callable[..., RawServer], ca: trustme.CA, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: List[Any] = []
    original = httpx.create_ssl_context

    def counting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        built.append(kwargs.get("verify"))
        return original(*args, **kwargs)

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    plain = serve(replying(response(b"plain")))
    secure = serve(replying(response(b"secure")), tls=tls_server_context(ca, "127.0.0.1"))

    lazy = SyncPoolTransport()
    with httpx.Client(transport=lazy, timeout=TIMEOUT) as client:
        assert client.get(plain.url).text == "plain"
        assert built == []  # plain HTTP never needs the CA bundle
        with pytest.raises(httpx.ConnectError):
            client.get(secure.url)  # built now, with the default CA bundle, which does not know the test CA
        assert built == [True]
        with pytest.raises(httpx.ConnectError):
            client.get(secure.url)
        assert built == [True]  # built once

    context = trusting(ca)
    eager = SyncPoolTransport(verify=context)
    assert built == [True, context]  # explicit settings are applied at construction
    with httpx.Client(transport=eager, timeout=TIMEOUT) as client:
        assert client.get(secure.url).text == "secure"
    assert len(built) == 2


def test_default_clients_use_the_transport() -> None:
    with openai.DefaultHttpxClient() as http_client:
        assert isinstance(http_client._transport, SyncPoolTransport)
    with openai.OpenAI(api_key="sk-test", base_url="http://127.0.0.1:1/v1") as client:
        assert isinstance(client._client._transport, SyncPoolTransport)


def test_default_httpx_client_round_trip(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(lambda request: response(request.body[::-1])))
    with openai.DefaultHttpxClient(base_url=server.url) as client:
        assert client.post("/", content=b"abc").content == b"cba"
        assert client.post("/", content=b"xyz").content == b"zyx"
    assert server.accepted == 1


def test_sdk_retries_a_connection_cut_before_the_response(serve: Callable[..., RawServer]) -> None:
    def handler(peer: Peer) -> None:
        while (request := peer.read_request()) is not None:
            if peer.index == 0:
                peer.close()  # the request arrived; the connection is cut before any answer
                return
            peer.send(model_json(request))

    server = serve(handler)
    with openai.OpenAI(api_key="sk-test", base_url=server.url + "/v1", max_retries=2) as client:
        model = client.models.retrieve("gpt-test")
    assert model.id == "gpt-test"
    assert server.accepted == 2
    assert [request.target for request in server.requests] == ["/v1/models/gpt-test"] * 2
    assert [request.header(b"x-stainless-retry-count") for request in server.requests] == [b"0", b"1"]


def test_sdk_without_retries_reports_the_cut_connection(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(Answer(b"", close=True)))
    with openai.OpenAI(api_key="sk-test", base_url=server.url + "/v1", max_retries=0) as client:
        with pytest.raises(openai.APIConnectionError) as info:
            client.models.retrieve("gpt-test")
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)


def test_sdk_requests_from_many_threads_share_one_client(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(model_json))
    with openai.OpenAI(api_key="sk-test", base_url=server.url + "/v1", max_retries=0) as client:

        def work(number: int) -> None:
            for call in range(20):
                name = f"model-{number}-{call}"
                assert client.models.retrieve(name).id == name

        assert in_threads(8, work) == []
    assert len(server.requests) == 160
    assert 1 <= server.accepted <= 8


def test_threads_respect_the_connection_limit(serve: Callable[..., RawServer]) -> None:
    server = serve(replying(lambda request: response(request.target.encode() * 50)))
    transport = SyncPoolTransport(limits=httpx.Limits(max_connections=2))
    results: List[bool] = []
    with client_for(server, transport) as client:

        def work(number: int) -> None:
            for call in range(10):
                path = f"/t{number}/{call}"
                results.append(client.get(path).content == path.encode() * 50)

        assert in_threads(6, work) == []
    assert results == [True] * 60
    assert server.accepted <= 2


@pytest.fixture(scope="module")
def sdk_server() -> Iterator[Server]:
    with Server() as running:
        yield running


def test_sdk_streaming_chat_completion_over_the_builtin_server(sdk_server: Server) -> None:
    sdk_server.reply("chat.completions.create", "Streamed through the sync transport")
    with openai.OpenAI(api_key="sk-test", base_url=sdk_server.url) as client:
        stream = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], stream=True
        )
        text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
        page = client.models.list()
    assert text == "Streamed through the sync transport"
    assert page.data


def test_sdk_retries_a_dropped_connection_on_the_builtin_server(sdk_server: Server) -> None:
    from openai.testing import Fault

    sdk_server.reset()
    sdk_server.queue("models.list", Fault(drop=True))
    with openai.OpenAI(api_key="sk-test", base_url=sdk_server.url, max_retries=1) as client:
        assert client.models.list().data
    assert [request.path for request in sdk_server.requests] == ["/models", "/models"]


# -- TLS ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def tls_server_context(
    ca: trustme.CA, *hostnames: str, seen_sni: Optional[List[Optional[str]]] = None
) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*hostnames).configure_cert(context)  # pyright: ignore[reportUnknownMemberType]
    if seen_sni is not None:

        def remember(_sock: Any, name: Optional[str], _context: Any) -> None:
            seen_sni.append(name)

        context.sni_callback = remember
    return context


def trusting(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)  # pyright: ignore[reportUnknownMemberType]
    return context


def test_https_request_with_a_trusted_ca(serve: Callable[..., RawServer], ca: trustme.CA) -> None:
    server = serve(
        replying(lambda request: response(b"secure " + request.target.encode())),
        tls=tls_server_context(ca, "127.0.0.1"),
    )
    transport = SyncPoolTransport(verify=trusting(ca))
    with httpx.Client(transport=transport, timeout=TIMEOUT) as client:
        replies = [client.get(f"{server.url}/tls/{number}") for number in range(3)]
    assert [reply.text for reply in replies] == [f"secure /tls/{number}" for number in range(3)]
    assert {reply.http_version for reply in replies} == {"HTTP/1.1"}
    assert server.accepted == 1


def test_tls_handshake_offers_http11_only(serve: Callable[..., RawServer], ca: trustme.CA) -> None:
    selected: List[Optional[str]] = []

    def handler(peer: Peer) -> None:
        tls_sock = cast(ssl.SSLSocket, peer.sock)
        selected.append(tls_sock.selected_alpn_protocol())
        peer.read_request()
        peer.send(response(b"alpn"))

    context = tls_server_context(ca, "127.0.0.1")
    context.set_alpn_protocols(["h2", "http/1.1"])  # a server that would pick HTTP/2 when offered
    server = serve(handler, tls=context)
    with openai.DefaultHttpxClient(verify=trusting(ca)) as client:
        assert client.get(server.url).text == "alpn"
    assert selected == ["http/1.1"]


def test_default_httpx_client_over_https(serve: Callable[..., RawServer], ca: trustme.CA) -> None:
    server = serve(replying(response(b"hello tls")), tls=tls_server_context(ca, "127.0.0.1"))
    with openai.DefaultHttpxClient(verify=trusting(ca)) as client:
        assert client.get(server.url).text == "hello tls"


def test_https_with_an_unknown_ca_is_connect_error(serve: Callable[..., RawServer], ca: trustme.CA) -> None:
    server = serve(replying(response(b"never")), tls=tls_server_context(ca, "127.0.0.1"))
    with httpx.Client(transport=SyncPoolTransport(), timeout=TIMEOUT) as client:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            client.get(server.url)
    assert server.requests == []


def test_failed_tls_handshakes_are_retried_like_failed_connects(
    serve: Callable[..., RawServer], ca: trustme.CA
) -> None:
    server = serve(replying(response(b"never")), tls=tls_server_context(ca, "127.0.0.1"))
    started = time.monotonic()
    with httpx.Client(transport=SyncPoolTransport(retries=2), timeout=TIMEOUT) as client:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            client.get(server.url)
    assert time.monotonic() - started >= 0.5  # httpcore's schedule: at once, then after 0.5 s
    deadline = time.monotonic() + 3
    while server.accepted < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.accepted == 3 and server.requests == []


def test_https_hostname_mismatch_is_connect_error(serve: Callable[..., RawServer], ca: trustme.CA) -> None:
    server = serve(replying(response(b"never")), tls=tls_server_context(ca, "other.example.test"))
    with httpx.Client(transport=SyncPoolTransport(verify=trusting(ca)), timeout=TIMEOUT) as client:
        with pytest.raises(httpx.ConnectError):
            client.get(server.url)


def test_https_without_verification(serve: Callable[..., RawServer], ca: trustme.CA) -> None:
    server = serve(replying(response(b"unverified")), tls=tls_server_context(ca, "other.example.test"))
    with httpx.Client(transport=SyncPoolTransport(verify=False), timeout=TIMEOUT) as client:
        assert client.get(server.url).text == "unverified"


def test_sni_hostname_extension(serve: Callable[..., RawServer], ca: trustme.CA) -> None:
    seen: List[Optional[str]] = []
    server = serve(replying(response(b"by name")), tls=tls_server_context(ca, "api.example.test", seen_sni=seen))
    with httpx.Client(transport=SyncPoolTransport(verify=trusting(ca)), timeout=TIMEOUT) as client:
        reply = client.get(server.url, extensions={"sni_hostname": "api.example.test"})
    assert reply.text == "by name"
    assert seen == ["api.example.test"]
    assert server.requests[0].header(b"host") == f"127.0.0.1:{server.port}".encode()


# -- interception ------------------------------------------------------------------------------------------------


def test_respx_mocks_and_passes_through_the_default_client(sdk_server: Server) -> None:
    sdk_server.reset()
    with respx.mock(assert_all_called=True) as mock:
        mocked = mock.get(f"{sdk_server.url}/models/gpt-mocked").respond(
            json={"id": "gpt-mocked", "object": "model", "created": 0, "owned_by": "respx"}
        )
        passed = mock.route(host="127.0.0.1").pass_through()
        with openai.OpenAI(api_key="sk-test", base_url=sdk_server.url) as client:
            assert client.models.retrieve("gpt-mocked").owned_by == "respx"
            page = client.models.list()  # reaches the real server through the SDK's connection pool
    assert page.data
    assert mocked.call_count == 1 and passed.call_count == 1
    assert [request.path for request in sdk_server.requests] == ["/models"]


def only_gpt_mocked(request: httpx.Request) -> bool:
    return request.url.path.endswith("/gpt-mocked")


@pytest.mark.httpx_mock(should_mock=only_gpt_mocked)
def test_pytest_httpx_mocks_and_lets_others_through_the_default_client(
    httpx_mock: HTTPXMock, sdk_server: Server
) -> None:
    sdk_server.reset()
    httpx_mock.add_response(json={"id": "gpt-mocked", "object": "model", "created": 0, "owned_by": "pytest-httpx"})
    with openai.OpenAI(api_key="sk-test", base_url=sdk_server.url) as client:
        assert client.models.retrieve("gpt-mocked").owned_by == "pytest-httpx"
        assert client.models.list().data
    assert [request.path for request in sdk_server.requests] == ["/models"]


# -- where the transport is (and is not) used -----------------------------------------------------------------------


def test_stock_transport_for_setups_without_http11_and_for_explicit_transports() -> None:
    from openai._http_clients import SyncHttpxClientWrapper, _default_sync_transport

    assert type(_default_sync_transport(http1=False, http2=False)) is httpx.HTTPTransport
    assert type(_default_sync_transport()) is SyncPoolTransport
    mine = httpx.HTTPTransport()
    assert openai.DefaultHttpxClient(transport=mine)._transport is mine
    assert SyncHttpxClientWrapper(transport=mine)._transport is mine


def test_environment_proxies_are_still_mounted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    client = openai.DefaultHttpxClient()
    assert type(client._transport) is SyncPoolTransport
    proxied = client._transport_for_url(httpx.URL("https://api.openai.com/v1/models"))
    assert type(proxied) is httpx.HTTPTransport  # httpx's proxy transport, not the SDK's connections
    untrusting = openai.DefaultHttpxClient(trust_env=False)
    assert untrusting._transport_for_url(httpx.URL("https://api.openai.com/v1/models")) is untrusting._transport


def test_client_after_fork_gets_fresh_sdk_connections(serve: Callable[..., RawServer]) -> None:
    from openai._http_clients import SyncHttpxClientWrapper

    server = serve(replying(response(b"after fork")))
    client = SyncHttpxClientWrapper(base_url=server.url, timeout=TIMEOUT)
    assert client.get("/").text == "after fork"
    parent_transport = client._transport
    client._pid = -1  # as in a forked child: the parent's pool must not be shared
    assert client.get("/").text == "after fork"
    assert type(client._transport) is SyncPoolTransport and client._transport is not parent_transport
    assert server.accepted == 2  # the child opened its own connection
    client.close()
