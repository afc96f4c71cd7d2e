"""The public `Server`: the fake API on a 127.0.0.1 socket (asyncio streams in a background thread) or in-process.

The socket adapter speaks HTTP/1.1 with keep-alive: request bodies by `Content-Length` or chunked, responses
with `Content-Length` for complete bodies and chunked for streams (close-delimited when a `Fault` asks for it). A request with `Upgrade: websocket` whose
path ends in `/realtime` (or `/realtime/...`) is handed, with its request line and headers already read, to
`openai.testing._realtime.serve`, one whose path ends in `/responses` to `openai.testing._responses_ws.serve`
(the Responses API over a WebSocket); either way the connection leaves HTTP processing.
"""

from __future__ import annotations

import http
import asyncio
import threading
from types import TracebackType
from typing import TYPE_CHECKING, Any, Mapping, Callable, Sequence

import httpx

from ._app import App
from ._wire import Drop, Delay, FakeRequest, FakeResponse, error_body
from ._router import OperationRow
from ._script import Fault, Reply, ToolCall, RecordedRequest
from ._transport import FakeTransport, AsyncFakeTransport

if TYPE_CHECKING:
    from .._client import OpenAI, AsyncOpenAI
    from .profiles import Profile

__all__ = ["Server"]

_MAX_HEADER_BYTES = 1 << 20
_IN_PROCESS_URL = "http://openai-testing.local/v1"


def _reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _is_realtime(target: str, headers: Mapping[str, str]) -> bool:
    if "websocket" not in headers.get("upgrade", "").lower():
        return False
    path = target.partition("?")[0].rstrip("/")
    return path.endswith("/realtime") or "/realtime/" in path


def _is_responses_websocket(target: str, headers: Mapping[str, str]) -> bool:
    if "websocket" not in headers.get("upgrade", "").lower():
        return False
    return target.partition("?")[0].rstrip("/").endswith("/responses")


class Server:
    """A local fake of the OpenAI API for tests, demos and benchmarks.

    ```python
    with openai.testing.Server() as server:
        client = OpenAI(base_url=server.url, api_key="test")
    ```

    Without `start()` (or the `with` block) no socket is opened, and `transport()` / `client()` still route
    requests to the same fake in-process.

    Args:
        host: interface to listen on; only loopback addresses are accepted.
        port: TCP port; 0 picks a free one.
        operations: the operation table to serve (default: the SDK's generated `openai._operations`).
        require_auth: answer 401 when a request carries no API key, like the API.
        lenient_ids: answer unknown ids of stateful families with a fresh object instead of 404 (the SDK's own
            generated tests use this, since they call `retrieve("file_id")` without creating anything).
        seed: seed of the id generator; the same seed gives the same ids.
        profiles: compatible-server profiles (`openai.testing.profiles`) applied to every response, over TCP and
            in-process alike.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        operations: Sequence[OperationRow] | None = None,
        require_auth: bool = True,
        lenient_ids: bool = False,
        seed: int = 0,
        profiles: Sequence[Profile | str] = (),
    ) -> None:
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError(f"the test server only listens on loopback interfaces, got host={host!r}")
        if not 0 <= port <= 65535:
            raise ValueError(f"port must be between 0 and 65535, got {port!r}")
        self.host = host
        self._requested_port = port
        self._port: int | None = None
        self.app = App(operations, require_auth=require_auth, lenient_ids=lenient_ids, seed=seed, profiles=profiles)
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._startup_error: BaseException | None = None

    # -- lifecycle ----------------------------------------------------------------------------------------------

    def start(self) -> Server:
        """Open the socket and serve in a background thread; returns once it accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the server is already running")
        ready = threading.Event()
        self._startup_error = None
        self._thread = threading.Thread(target=self._run, args=(ready,), name="openai-testing-server", daemon=True)
        self._thread.start()
        ready.wait()
        if self._startup_error is not None:
            self._thread.join()
            self._thread = None
            raise OSError(
                f"could not start the test server on {self.host}:{self._requested_port}: {self._startup_error}"
            )
        return self

    def stop(self) -> None:
        """Close every connection and the listening socket, and wait for the thread to end."""
        thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return
        future = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
        future.result(timeout=10)
        thread.join(timeout=10)
        self._thread = None
        self._loop = None
        self._port = None

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Block until interrupted (Ctrl-C), then stop; used by `python -m openai.testing`."""
        if self._thread is None:
            self.start()
        assert self._thread is not None
        try:
            while self._thread.is_alive():
                self._thread.join(timeout=0.5)
        finally:
            self.stop()

    # -- addresses and clients ---------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the server is not running: call start() or use it as a context manager")
        return self._port

    @property
    def url(self) -> str:
        """Base URL for clients, including `/v1` (`http://127.0.0.1:PORT/v1`); in-process URL when not started."""
        if self._port is None:
            return _IN_PROCESS_URL
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._port}/v1"

    def transport(self) -> httpx.BaseTransport:
        """A sync httpx transport serving requests in-process from this server's state."""
        return FakeTransport(self.app)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async httpx transport serving requests in-process from this server's state."""
        return AsyncFakeTransport(self.app)

    def client(self, *, in_process: bool = True, **options: Any) -> OpenAI:
        """An `OpenAI` client bound to this server (in-process transport unless `in_process=False`)."""
        from .._client import OpenAI

        self._check_reachable(in_process)
        options.setdefault("api_key", "test")
        options.setdefault("base_url", self.url)
        if in_process:
            options.setdefault("http_client", httpx.Client(transport=self.transport(), base_url=self.url))
        return OpenAI(**options)

    def async_client(self, *, in_process: bool = True, **options: Any) -> AsyncOpenAI:
        """An `AsyncOpenAI` client bound to this server (in-process transport unless `in_process=False`)."""
        from .._client import AsyncOpenAI

        self._check_reachable(in_process)
        options.setdefault("api_key", "test")
        options.setdefault("base_url", self.url)
        if in_process:
            options.setdefault("http_client", httpx.AsyncClient(transport=self.async_transport(), base_url=self.url))
        return AsyncOpenAI(**options)

    def _check_reachable(self, in_process: bool) -> None:
        if not in_process and self._port is None:
            raise RuntimeError("a client over HTTP needs a running server: call start() first, or use in_process=True")

    # -- scripting and inspection ----------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far (oldest first)."""
        return self.app.requests

    def reset(self) -> None:
        """Forget all stored objects, scripted replies and logged requests; ids restart from the seed."""
        self.app.reset()

    def queue(self, operation: str, *items: Reply | Fault, times: int | None = 1) -> None:
        """Queue replies/faults for `operation` (client path, operation id, or `"*"` for any).

        Each item answers `times` calls (None: every call from then on) before the next one applies.

        Raises:
            KeyError: `operation` names no operation.
            ValueError: `times` is not positive.
        """
        if not items:
            raise ValueError("queue() needs at least one Reply or Fault")
        for item in items:
            if not isinstance(item, (Reply, Fault)):
                raise TypeError(f"queue() takes Reply or Fault values, got {type(item).__name__}")
            self.app.queue(operation, item, times)

    def reply(
        self,
        operation: str,
        text: str | None = None,
        *,
        tool_calls: Sequence[ToolCall] = (),
        json: object = None,
        times: int | None = 1,
        **options: Any,
    ) -> None:
        """Shorthand for `queue(operation, Reply(text=..., tool_calls=..., json=..., **options))`."""
        self.queue(operation, Reply(text=text, tool_calls=tool_calls, json=json, **options), times=times)

    def inject(self, injector: Callable[[RecordedRequest], Reply | Fault | None] | None) -> None:
        """Decide the reply or fault of every request nothing is queued for with ``injector(request)``.

        The callable receives the request as it is logged (headers, body, matched operation) and returns a
        `Fault`, a `Reply`, or None for the default behaviour; it runs on the server's thread, one request at a
        time. Use it for randomised fault injection keyed on the request (e.g. its `x-stainless-retry-count`).
        `reset()` keeps it; `inject(None)` removes it.
        """
        self.app.injector = injector

    def fail(self, operation: str, status: int = 500, *, times: int | None = 1, **options: Any) -> None:
        """Shorthand for `queue(operation, Fault(status=status, **options))`."""
        self.queue(operation, Fault(status=status, **options), times=times)

    # -- socket adapter ------------------------------------------------------------------------------------------

    def _run(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._server = loop.run_until_complete(
                asyncio.start_server(self._connection, self.host, self._requested_port, limit=_MAX_HEADER_BYTES)
            )
        except OSError as exc:
            self._startup_error = exc
            self._loop = None
            loop.close()
            ready.set()
            return
        self._port = int(self._server.sockets[0].getsockname()[1])
        ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()
        if self._server is not None:
            await self._server.wait_closed()
        loop = asyncio.get_running_loop()
        tasks = [task for task in asyncio.all_tasks(loop) if task is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        loop.call_soon(loop.stop)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while await self._exchange(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.CancelledError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one request on a connection; returns whether the connection stays open."""
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return False
        lines = head.decode("latin-1").split("\r\n")
        request_line = lines[0].split(" ")
        if len(request_line) != 3:
            await self._simple(writer, 400, "Malformed HTTP request line.")
            return False
        method, target, version = request_line
        pairs: list[tuple[str, str]] = []
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if not line:
                continue
            name, colon, value = line.partition(":")
            if not colon:
                await self._simple(writer, 400, "Malformed HTTP header line.")
                return False
            key, value = name.strip().lower(), value.strip()
            pairs.append((key, value))
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        if _is_realtime(target, headers):
            await self._realtime(reader, writer, method, target, pairs)
            return False
        if _is_responses_websocket(target, headers):
            await self._responses_websocket(reader, writer, method, target, pairs)
            return False
        if "chunked" in headers.get("transfer-encoding", "").lower():
            body = await _read_chunked(reader)
        else:
            length = int(headers.get("content-length", "0") or 0)
            body = await reader.readexactly(length) if length else b""
        path, _, query = target.partition("?")
        response = self.app.handle(FakeRequest(method, path, query, headers, body))
        keep_alive = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
        return await self._respond(writer, response, keep_alive, head_only=method.upper() == "HEAD")

    async def _respond(
        self, writer: asyncio.StreamWriter, response: FakeResponse, keep_alive: bool, head_only: bool
    ) -> bool:
        if response.delay:
            await asyncio.sleep(response.delay)
        if response.drop_before_headers:
            writer.transport.abort()
            return False
        lines = [f"HTTP/1.1 {response.status} {_reason(response.status)}"]
        lines.extend(f"{name}: {value}" for name, value in response.headers)
        body = response.body
        if response.close_delimited:
            # No Content-Length, no chunked framing: the end of the body is the end of the connection.
            lines.append("connection: close")
            writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
            for part in [body] if isinstance(body, bytes) else body:
                if isinstance(part, Delay):
                    await writer.drain()
                    await asyncio.sleep(part.seconds)
                elif isinstance(part, Drop):
                    await writer.drain()
                    writer.transport.abort()
                    return False
                elif part and not head_only:
                    writer.write(part)
            await writer.drain()
            return False
        if isinstance(body, bytes):
            lines.append(f"content-length: {len(body)}")
            if not keep_alive:
                lines.append("connection: close")
            writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (b"" if head_only else body))
            await writer.drain()
            return keep_alive
        lines.append("transfer-encoding: chunked")
        if not keep_alive:
            lines.append("connection: close")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        for part in body:
            if isinstance(part, Delay):
                await writer.drain()
                await asyncio.sleep(part.seconds)
            elif isinstance(part, Drop):
                await writer.drain()
                writer.transport.abort()
                return False
            elif part:
                writer.write(b"%x\r\n%s\r\n" % (len(part), part))
        writer.write(b"0\r\n\r\n")
        await writer.drain()
        return keep_alive

    async def _simple(self, writer: asyncio.StreamWriter, status: int, message: str) -> None:
        body = error_body(message)
        head = f"HTTP/1.1 {status} {_reason(status)}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\nconnection: close\r\n\r\n"
        writer.write(head.encode("latin-1") + body)
        await writer.drain()

    async def _realtime(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        method: str,
        target: str,
        headers: list[tuple[str, str]],
    ) -> None:
        try:
            from . import _realtime
        except ImportError:
            await self._simple(
                writer, 501, "Realtime WebSocket sessions are not available in this build of openai.testing."
            )
            return
        await _realtime.serve(reader, writer, method, target, headers, self.app)

    async def _responses_websocket(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        method: str,
        target: str,
        headers: list[tuple[str, str]],
    ) -> None:
        from . import _responses_ws

        await _responses_ws.serve(reader, writer, method, target, headers, self.app)


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    chunks: list[bytes] = []
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            # Trailer section: lines until an empty one.
            while (await reader.readuntil(b"\r\n")) != b"\r\n":
                pass
            return b"".join(chunks)
        chunks.append(await reader.readexactly(size))
        await reader.readexactly(2)
