"""The Responses WebSocket endpoint of the built-in local server (``/v1/responses`` with ``Upgrade: websocket``).

Each ``response.create`` client event is answered by the very code that answers ``POST /v1/responses`` with
``stream: true``: the event's fields (without ``type`` and ``stream_id``) become the body of an in-memory
request handed to the server's `App`, and the events of its streamed reply are sent as WebSocket messages, one
event per message. Everything the HTTP endpoint does therefore applies here too: the deterministic echo
replies and ids, the stored responses (``previous_response_id``, ``client.responses.retrieve``), request
validation, the request log, and scripted `Reply` / `Fault` values queued for ``"responses.create"``:

- ``Fault(drop=True)`` or ``Fault(break_after=n)``: the socket is dropped (no closing handshake) before the
  response, or after ``n`` of its events;
- ``Fault(error_after=n)``: ``n`` events, then an ``error`` event; the connection stays usable;
- ``Fault(status=...)`` and request errors (a missing ``model``, an invalid field): an ``error`` event with
  ``status`` and the OpenAI error body; the connection stays usable.

``/v1/responses?beta=true`` serves the beta protocol (the beta Responses operation and event types), where
``response.inject`` is answered with ``response.inject.failed``: the fake finishes every response before the
next client event is read, so there is never an active response to add input to.
"""

from __future__ import annotations

import json
import asyncio
from typing import Any, Dict, List, Optional, cast
from urllib.parse import urlsplit, parse_qsl

from ._app import App
from ._wire import Drop, Delay, FakeRequest, FakeResponse
from ._realtime import refuse, error_json
from ._websocket import (
    HeadersInput,
    HandshakeError,
    WebSocketConnection,
    check_handshake,
    normalize_headers,
    handshake_response,
)

__all__ = ["serve", "ResponsesWebSocketSession"]

Event = Dict[str, Any]

# Handshake headers that describe the WebSocket upgrade, not the API request the events stand for.
_HANDSHAKE_ONLY = frozenset(
    {
        "connection",
        "upgrade",
        "host",
        "sec-websocket-key",
        "sec-websocket-version",
        "sec-websocket-extensions",
        "sec-websocket-protocol",
        "content-length",
        "transfer-encoding",
    }
)


class _Dropped(Exception):
    """The scripted fault closes the socket without a closing handshake."""


class ResponsesWebSocketSession:
    """One connection's state: the app answering the events, the protocol flavour and the request headers."""

    def __init__(self, app: App, *, beta: bool, headers: Dict[str, str]) -> None:
        self.app = app
        self.beta = beta
        self.headers = {name: value for name, value in headers.items() if name not in _HANDSHAKE_ONLY}
        self.headers["content-type"] = "application/json"
        self._sequence = 0

    def _error(self, message: str, *, code: str, param: Optional[str] = None, status: int = 400) -> Event:
        return {
            "type": "error",
            "status": status,
            "error": {"type": "invalid_request_error", "code": code, "message": message, "param": param},
        }

    async def handle(self, connection: WebSocketConnection, message: str | bytes) -> None:
        """Answer one client message (raises `_Dropped` when a scripted fault drops the socket)."""
        try:
            event: object = json.loads(message)
        except (ValueError, UnicodeDecodeError):
            await self._send(connection, self._error("The message is not valid JSON.", code="invalid_json"), None)
            return
        if not isinstance(event, dict):
            await self._send(
                connection, self._error("A client event must be a JSON object.", code="invalid_event"), None
            )
            return
        fields: Event = dict(event)  # pyright: ignore[reportUnknownArgumentType] -- decoded JSON object
        stream_id = fields.get("stream_id") if isinstance(fields.get("stream_id"), str) else None
        event_type = fields.get("type")
        if event_type == "response.create":
            await self._create(connection, fields, stream_id)
        elif event_type == "response.inject" and self.beta:
            await self._send(connection, self._inject(fields), stream_id)
        else:
            problem = (
                "Missing required parameter: 'type'."
                if event_type is None
                else f"Invalid value: {event_type!r}. Supported values are: 'response.create'"
                + (" and 'response.inject'." if self.beta else ".")
            )
            await self._send(connection, self._error(problem, code="invalid_value", param="type"), stream_id)

    async def _create(self, connection: WebSocketConnection, fields: Event, stream_id: Optional[str]) -> None:
        body = {key: value for key, value in fields.items() if key not in ("type", "stream_id")}
        if body.get("background") is True:
            await self._send(
                connection,
                self._error(
                    "Background responses are not supported over WebSocket.",
                    code="unsupported_parameter",
                    param="background",
                ),
                stream_id,
            )
            return
        body["stream"] = True  # implicit over the WebSocket
        request = FakeRequest(
            "POST",
            "/v1/responses",
            "beta=true" if self.beta else "",
            dict(self.headers),
            json.dumps(body).encode("utf-8"),
        )
        response = self.app.handle(request)
        await self._relay(connection, response, stream_id)

    async def _relay(self, connection: WebSocketConnection, response: FakeResponse, stream_id: Optional[str]) -> None:
        if response.delay:
            await asyncio.sleep(response.delay)
        if response.drop_before_headers:
            raise _Dropped()
        body = response.body
        if isinstance(body, bytes):
            # Not a stream: an API error (or a fault's error response) becomes an `error` event.
            await self._send(connection, _error_event(response.status, body), stream_id)
            return
        for part in body:
            if isinstance(part, Delay):
                await asyncio.sleep(part.seconds)
            elif isinstance(part, Drop):
                raise _Dropped()
            else:
                event = _sse_event(part)
                if event is not None:
                    await self._send(connection, event, stream_id)

    def _inject(self, fields: Event) -> Event:
        response_id = fields.get("response_id")
        if not isinstance(response_id, str) or not response_id:
            return self._error("Missing required parameter: 'response_id'.", code="missing_required_parameter")
        known = self.app.store.get("/responses", response_id) is not None
        items: object = fields.get("input")
        return {
            "type": "response.inject.failed",
            "response_id": response_id,
            "input": items if isinstance(items, list) else [],
            "error": (
                {"code": "response_already_completed", "message": f"Response '{response_id}' is already completed."}
                if known
                else {"code": "response_not_found", "message": f"No response found with id '{response_id}'."}
            ),
        }

    async def _send(self, connection: WebSocketConnection, event: Event, stream_id: Optional[str]) -> None:
        if "sequence_number" not in event and event.get("type") != "error":
            event["sequence_number"] = self._sequence
        self._sequence += 1
        if stream_id is not None:
            event["stream_id"] = stream_id
        await connection.send(json.dumps(event))


def _sse_event(part: bytes) -> Optional[Event]:
    """The event of one encoded server-sent event (`None` for a keep-alive comment)."""
    data_lines: List[str] = []
    name: Optional[str] = None
    for line in part.decode("utf-8").split("\n"):
        if line.startswith("data:"):
            data_lines.append(line[5:].lstrip(" "))
        elif line.startswith("event:"):
            name = line[6:].strip()
    if not data_lines:
        return None
    data: object = json.loads("\n".join(data_lines))
    if not isinstance(data, dict):
        return None
    event: Event = dict(data)  # pyright: ignore[reportUnknownArgumentType] -- decoded JSON object
    if "type" not in event:
        # A mid-stream error (`Fault(error_after=n)`) is `event: error` with the error body as data.
        event = {"type": name or "error", **event}
    return event


def _error_event(status: int, body: bytes) -> Event:
    try:
        decoded: object = json.loads(body)
    except ValueError:
        decoded = None
    error: object = cast("Dict[str, object]", decoded).get("error") if isinstance(decoded, dict) else None
    if not isinstance(error, dict):
        error = {"type": "server_error", "code": None, "message": body.decode("utf-8", "replace"), "param": None}
    return {"type": "error", "status": status, "error": error}


async def serve(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    method: str,
    target: str,
    headers: HeadersInput,
    app: App,
) -> None:
    """Serve one Responses WebSocket connection whose request line and headers have already been read.

    Returns when the connection is closed, by either side or by a scripted fault.
    """
    header_map = normalize_headers(headers)
    try:
        key = check_handshake(method, header_map)
    except HandshakeError as exc:
        await refuse(writer, exc.status, error_json(str(exc), code="invalid_websocket_handshake"), exc.extra_headers)
        return
    if app.require_auth and not header_map.get("authorization") and not header_map.get("api-key"):
        await refuse(
            writer,
            401,
            error_json(
                "You didn't provide an API key. You need to provide your API key in an Authorization header "
                "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
                code="missing_api_key",
            ),
        )
        return
    query = dict(parse_qsl(urlsplit(target).query, keep_blank_values=True))
    session = ResponsesWebSocketSession(app, beta=query.get("beta") == "true", headers=header_map)

    writer.write(handshake_response(key))
    await writer.drain()
    connection = WebSocketConnection(reader, writer)
    try:
        while True:
            message = await connection.recv()
            if message is None:
                break
            await session.handle(connection, message)
    except _Dropped:
        await connection.abort()
    except (ConnectionError, OSError):
        # The client vanished mid-send; there is nobody left to report to.
        await connection.abort()
