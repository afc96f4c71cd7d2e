"""Realtime connections (CONTRACT section 10) against the built-in server, plus its WebSocket endpoint itself."""

from __future__ import annotations

import sys
import json
import socket
import asyncio
import threading
from typing import Any, Dict, List, Tuple, Mapping, Callable, Iterator, Awaitable, AsyncIterator, cast

import httpx
import pytest

from openai import (
    OpenAI,
    BaseModel,
    AsyncOpenAI,
    AzureOpenAI,
    OpenAIError,
    AsyncAzureOpenAI,
    WebSocketQueueFullError,
    WebSocketConnectionClosedError,
)
from openai.lib import realtime_connect
from openai._types import Omit, omit
from openai.testing import Server
from openai.testing._realtime import EMPTY_CONVERSATION_REPLY, RealtimeSession
from openai.testing._websocket import (
    Frame,
    Opcode,
    CloseCode,
    FrameDecoder,
    HandshakeError,
    WebSocketConnection,
    WebSocketProtocolError,
    accept_key,
    encode_frame,
    check_handshake,
    normalize_headers,
    handshake_response,
    decode_close_payload,
    encode_close_payload,
)
from openai.lib._realtime._sync import SyncReconnector
from openai.lib._realtime._async import AsyncReconnector
from openai.lib._realtime._azure import azure_auth_headers, azure_realtime_url, async_azure_auth_headers
from openai.lib.realtime_connect import (
    ReconnectingEvent,
    RealtimeConnection,
    UnsentMessagesError,
    RealtimeConnectMixin,
    ReconnectingOverrides,
    BetaRealtimeConnection,
    AsyncRealtimeConnection,
    AsyncBetaRealtimeConnection,
    is_recoverable_close,
)
from openai.lib._realtime._common import build_realtime_url, build_realtime_headers, serialize_client_event
from openai.lib._realtime._reconnect import ReconnectSettings, reconnect_delay
from openai.types.realtime.response_text_delta_event import ResponseTextDeltaEvent
from openai.types.realtime.conversation_item_delete_event import ConversationItemDeleteEvent

USER_TEXT = "Tell me about the weather on Mars."
BETA_MODEL = "gpt-4o-realtime-preview"
GA_MODEL = "gpt-realtime"


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


@pytest.fixture
def client(server: Server) -> OpenAI:
    return OpenAI(api_key="sk-test", base_url=server.url)


@pytest.fixture
def async_client(server: Server) -> AsyncOpenAI:
    return AsyncOpenAI(api_key="sk-test", base_url=server.url)


def user_message(text: str, item_id: str | None = None) -> Any:
    """A user message item; ``Any`` because the beta and GA item param types differ while the wire shape does not."""
    item: Dict[str, Any] = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}
    if item_id is not None:
        item["id"] = item_id
    return item


def recv(connection: RealtimeConnection | BetaRealtimeConnection) -> Any:
    """The next event, as ``Any``: tests read fields of specific event kinds off the server-event union."""
    return connection.recv()


async def arecv(connection: AsyncRealtimeConnection | AsyncBetaRealtimeConnection) -> Any:
    return await connection.recv()


def until(events: Iterator[Any], event_type: str) -> List[Any]:
    collected: List[Any] = []
    for event in events:
        collected.append(event)
        if event.type == event_type:
            return collected
    raise AssertionError(f"the connection closed before a {event_type!r} event")


async def async_until(events: AsyncIterator[Any], event_type: str) -> List[Any]:
    collected: List[Any] = []
    async for event in events:
        collected.append(event)
        if event.type == event_type:
            return collected
    raise AssertionError(f"the connection closed before a {event_type!r} event")


def response_flow(events: List[Any], *, beta: bool) -> None:
    """Check the text response flow of CONTRACT 10 / the real API, in order, and the echoed reply."""
    prefix = "response.text" if beta else "response.output_text"
    types = [event.type for event in events]
    expected_order = [
        "response.created",
        "response.output_item.added",
        "response.content_part.added",
        f"{prefix}.delta",
        f"{prefix}.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.done",
    ]
    positions = [types.index(name) for name in expected_order]
    assert positions == sorted(positions), types
    deltas = [event.delta for event in events if event.type == f"{prefix}.delta"]
    assert "".join(deltas) == USER_TEXT
    assert len(deltas) > 1
    (done,) = [event for event in events if event.type == f"{prefix}.done"]
    assert done.text == USER_TEXT
    final = events[-1]
    assert final.type == "response.done"
    assert final.response.status == "completed"
    assert final.response.output[0].content[0].text == USER_TEXT
    assert final.response.usage.output_tokens == len(deltas)


# --- text flow: sync / async × beta / GA ----------------------------------------------------------------


def test_sync_beta_text_flow(client: OpenAI) -> None:
    with client.beta.realtime.connect(model=BETA_MODEL) as connection:
        assert isinstance(connection, BetaRealtimeConnection)
        created = recv(connection)
        assert created.type == "session.created"
        assert type(created).__name__ == "SessionCreatedEvent"
        assert created.session.model == BETA_MODEL

        connection.session.update(session={"modalities": ["text"], "instructions": "Be brief."})
        updated = recv(connection)
        assert updated.type == "session.updated"
        assert updated.session.modalities == ["text"]

        connection.conversation.item.create(item=user_message(USER_TEXT))
        item_created = recv(connection)
        assert item_created.type == "conversation.item.created"

        connection.response.create()
        response_flow(until(iter(connection), "response.done"), beta=True)


def test_sync_ga_text_flow(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        assert isinstance(connection, RealtimeConnection)
        assert recv(connection).type == "session.created"
        connection.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        updated = recv(connection)
        assert updated.type == "session.updated"
        connection.conversation.item.create(item=user_message(USER_TEXT))
        connection.response.create()
        events = until(iter(connection), "response.done")
        response_flow([event for event in events if event.type.startswith("response.")], beta=False)
        deltas = [event for event in events if event.type == "response.output_text.delta"]
        assert all(isinstance(event, ResponseTextDeltaEvent) for event in deltas)


async def test_async_beta_text_flow(async_client: AsyncOpenAI) -> None:
    async with async_client.beta.realtime.connect(model=BETA_MODEL) as connection:
        assert isinstance(connection, AsyncBetaRealtimeConnection)
        assert (await arecv(connection)).type == "session.created"
        await connection.session.update(session={"modalities": ["text"]})
        assert (await arecv(connection)).type == "session.updated"
        await connection.conversation.item.create(item=user_message(USER_TEXT))
        assert (await arecv(connection)).type == "conversation.item.created"
        await connection.response.create()
        response_flow(await async_until(connection.__aiter__(), "response.done"), beta=True)


async def test_async_ga_text_flow(async_client: AsyncOpenAI) -> None:
    async with async_client.realtime.connect(model=GA_MODEL) as connection:
        assert isinstance(connection, AsyncRealtimeConnection)
        assert (await arecv(connection)).type == "session.created"
        await connection.session.update(session={"type": "realtime", "output_modalities": ["text"]})
        await connection.conversation.item.create(item=user_message(USER_TEXT))
        await connection.response.create()
        events = await async_until(connection.__aiter__(), "response.done")
        response_flow([event for event in events if event.type.startswith("response.")], beta=False)


def test_enter_opens_without_a_with_block(client: OpenAI) -> None:
    connection = client.realtime.connect(model=GA_MODEL).enter()
    try:
        assert recv(connection).type == "session.created"
    finally:
        connection.close()


def test_response_without_user_text_uses_the_default_reply(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        connection.response.create(response={"conversation": "none"})
        events = until(iter(connection), "response.done")
        assert events[-1].response.output[0].content[0].text == EMPTY_CONVERSATION_REPLY
        assert events[-1].response.conversation_id is None


def test_ga_session_without_model_accepts_call_id(client: OpenAI) -> None:
    with client.realtime.connect(call_id="rtc_123") as connection:
        created = recv(connection)
        assert created.type == "session.created"
        assert created.session.model == "gpt-realtime"


# --- events: errors, unknown types, models, all senders -------------------------------------------------


def test_error_event_is_delivered_and_the_session_continues(client: OpenAI) -> None:
    with client.beta.realtime.connect(model=BETA_MODEL) as connection:
        recv(connection)
        connection.send_raw("{not json")
        error = recv(connection)
        assert error.type == "error"
        assert type(error).__name__.endswith("ErrorEvent")
        assert error.error.type == "invalid_request_error"
        assert "not valid JSON" in error.error.message

        connection.send({"type": "conversation.item.create", "event_id": "evt_client_1"})
        missing = recv(connection)
        assert missing.type == "error"
        assert missing.error.param == "item"
        assert missing.error.event_id == "evt_client_1"

        connection.send({"type": "no.such.event"})
        unknown = recv(connection)
        assert unknown.error.param == "type"
        assert "no.such.event" in unknown.error.message

        connection.session.update(session={"instructions": "still alive"})
        assert recv(connection).type == "session.updated"


def test_ga_session_update_requires_a_session_type(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        recv(connection)
        connection.session.update(session=cast(Any, {"instructions": "no type"}))
        error = recv(connection)
        assert error.type == "error"
        assert error.error.param == "session.type"


def test_unknown_server_events_become_generic_models(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        event: object = connection.parse_event(json.dumps({"type": "brand.new.event", "value": [1, 2]}))
        assert type(event) is BaseModel
        assert isinstance(event, BaseModel)
        assert event.to_dict() == {"type": "brand.new.event", "value": [1, 2]}


def test_parse_event_tolerates_unexpected_field_values(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        event = connection.parse_event(b'{"type": "response.output_text.delta", "delta": 5, "extra": true}')
        assert isinstance(event, ResponseTextDeltaEvent)
        assert cast(object, event.delta) == 5


def test_recv_bytes_returns_the_raw_message(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        raw = connection.recv_bytes()
        assert isinstance(raw, bytes)
        assert json.loads(raw)["type"] == "session.created"


def test_model_instances_are_sent_with_api_names(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        recv(connection)
        connection.conversation.item.create(item=user_message("hi", "item_fixed"))
        until(iter(connection), "conversation.item.done")
        connection.send(ConversationItemDeleteEvent(type="conversation.item.delete", item_id="item_fixed"))
        deleted = recv(connection)
        assert deleted.type == "conversation.item.deleted"
        assert deleted.item_id == "item_fixed"


def test_every_sender_reaches_the_server(client: OpenAI) -> None:
    with client.beta.realtime.connect(model=BETA_MODEL) as connection:
        recv(connection)
        connection.conversation.item.create(item=user_message("first", "item_a"))
        assert recv(connection).type == "conversation.item.created"
        connection.conversation.item.create(
            item=user_message("zeroth", "item_0"),
            previous_item_id="root",
        )
        assert recv(connection).item.id == "item_0"
        connection.conversation.item.retrieve(item_id="item_a")
        retrieved = recv(connection)
        assert retrieved.type == "conversation.item.retrieved"
        assert retrieved.item.content[0].text == "first"

        connection.response.create(response={"modalities": ["text"]})
        events = until(iter(connection), "response.done")
        assistant_id = events[-1].response.output[0].id
        connection.conversation.item.truncate(item_id=assistant_id, content_index=0, audio_end_ms=150)
        truncated = recv(connection)
        assert (truncated.type, truncated.audio_end_ms) == ("conversation.item.truncated", 150)

        connection.conversation.item.delete(item_id="item_a")
        assert recv(connection).type == "conversation.item.deleted"
        connection.conversation.item.delete(item_id="item_a", event_id="evt_again")
        gone = recv(connection)
        assert (gone.type, gone.error.event_id) == ("error", "evt_again")

        connection.input_audio_buffer.append(audio="AAAAAA==")
        connection.input_audio_buffer.commit()
        committed = recv(connection)
        assert committed.type == "input_audio_buffer.committed"
        assert recv(connection).type == "conversation.item.created"
        connection.input_audio_buffer.commit(event_id="evt_empty")
        empty = recv(connection)
        assert (empty.type, empty.error.event_id) == ("error", "evt_empty")
        connection.input_audio_buffer.append(audio="AAAA")
        connection.input_audio_buffer.clear()
        assert recv(connection).type == "input_audio_buffer.cleared"

        connection.output_audio_buffer.clear()
        assert recv(connection).type == "output_audio_buffer.cleared"
        connection.response.cancel()
        cancelled = recv(connection)
        assert (cancelled.type, cancelled.error.code) == ("error", "response_cancel_not_active")
        connection.transcription_session.update(session={"input_audio_format": "pcm16"})
        assert recv(connection).type == "transcription_session.updated"


def test_transcription_session_update_is_beta_only(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        recv(connection)
        assert not hasattr(connection, "transcription_session")
        connection.send({"type": "transcription_session.update", "session": {}})
        assert recv(connection).type == "error"


# --- event emitter ------------------------------------------------------------------------------------


class _Recorder:
    def __init__(self, into: List[str]) -> None:
        self.into = into

    def record(self, event: Any) -> None:
        self.into.append(event.type)


def test_dispatch_events_calls_handlers_until_closed(client: OpenAI) -> None:
    seen: List[str] = []
    deltas: List[str] = []
    with client.realtime.connect(model=GA_MODEL) as connection:

        @connection.on("response.output_text.delta")
        def on_delta(event: Any) -> None:
            deltas.append(event.delta)

        def on_created(event: Any) -> None:
            seen.append(event.type)
            connection.conversation.item.create(item=user_message(USER_TEXT))
            connection.response.create()

        def on_done(event: Any) -> None:
            seen.append(event.type)
            connection.close()

        connection.once("session.created", on_created)
        connection.on("response.done", on_done)
        recorder = _Recorder(seen)
        connection.on("conversation.item.added", recorder.record)
        connection.on("conversation.item.added", recorder.record)
        connection.off("conversation.item.added", recorder.record)
        connection.dispatch_events()

    assert "".join(deltas) == USER_TEXT
    assert seen == ["session.created", "response.done"]


def test_dispatch_events_raises_on_unhandled_error_events(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        connection.send({"type": "not.a.client.event"})
        with pytest.raises(OpenAIError, match=r"Realtime error event: Invalid value: 'not\.a\.client\.event'"):
            connection.dispatch_events()


async def test_async_dispatch_events_awaits_handlers_and_routes_errors(async_client: AsyncOpenAI) -> None:
    errors: List[str] = []
    async with async_client.beta.realtime.connect(model=BETA_MODEL) as connection:

        async def on_created(event: Any) -> None:
            await connection.send_raw("{broken")

        def on_error(event: Any) -> None:
            errors.append(event.error.code)

        async def on_error_then_close(event: Any) -> None:
            await connection.close()

        connection.on("session.created", on_created)
        connection.on("error", on_error)
        connection.on("error", on_error_then_close)
        await connection.dispatch_events()
    assert errors == ["invalid_json"]


def test_handler_registration_is_validated(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        with pytest.raises(TypeError, match="event type"):
            connection.on("", print)
        with pytest.raises(TypeError, match="callable"):
            connection.on("response.done", cast(Any, "not callable"))


# --- closing and dropped connections --------------------------------------------------------------------


class ScriptedWebSocketServer:
    """A WebSocket server built on the local server's codec: each accepted connection runs the next script.

    ``targets`` records the request target of every handshake, in order.
    """

    def __init__(self, *scripts: Callable[[WebSocketConnection], Awaitable[None]]) -> None:
        self._scripts = list(scripts)
        self.targets: List[str] = []
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.port = 0

    def __enter__(self) -> ScriptedWebSocketServer:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *_: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        server.close()
        self._loop.run_until_complete(server.wait_closed())
        self._loop.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request_line = (await reader.readline()).decode()
        pairs: List[Tuple[str, str]] = []
        while (line := (await reader.readline()).decode().strip()) != "":
            name, _, value = line.partition(":")
            pairs.append((name, value.strip()))
        key = check_handshake(request_line.split()[0], normalize_headers(pairs))
        self.targets.append(request_line.split()[1])
        writer.write(handshake_response(key))
        await self._scripts.pop(0)(WebSocketConnection(reader, writer))


async def _send_then_close(connection: WebSocketConnection) -> None:
    await connection.send(json.dumps({"type": "session.created", "event_id": "e1", "session": {}}))
    await connection.close(CloseCode.NORMAL, "bye")


async def _send_then_drop(connection: WebSocketConnection) -> None:
    await connection.send(json.dumps({"type": "session.created", "event_id": "e1", "session": {}}))
    await connection.abort()


async def _send_then_fail(connection: WebSocketConnection) -> None:
    await connection.send(json.dumps({"type": "session.created", "event_id": "e1", "session": {}}))
    await connection.close(CloseCode.INTERNAL_ERROR, "server exploded")


def test_iteration_ends_when_the_server_closes_normally() -> None:
    with ScriptedWebSocketServer(_send_then_close) as scripted:
        client = OpenAI(api_key="sk-test", base_url=scripted.base_url)
        with client.realtime.connect(model=GA_MODEL) as connection:
            assert [event.type for event in connection] == ["session.created"]
            with pytest.raises(WebSocketConnectionClosedError) as info:
                connection.recv()
            assert info.value.code == 1000
            assert isinstance(info.value, realtime_connect.RealtimeConnectionClosedOK)


def test_dropped_connection_raises_a_clear_error() -> None:
    from websockets.exceptions import ConnectionClosedError

    with ScriptedWebSocketServer(_send_then_drop) as scripted:
        client = OpenAI(api_key="sk-test", base_url=scripted.base_url)
        with client.realtime.connect(model=GA_MODEL) as connection:
            events: Iterator[Any] = iter(connection)
            assert next(events).type == "session.created"
            with pytest.raises(WebSocketConnectionClosedError, match="dropped") as info:
                next(events)
            assert info.value.code == 1006
            assert isinstance(info.value, realtime_connect.RealtimeConnectionClosedError)
            assert isinstance(info.value, ConnectionClosedError)
            assert isinstance(info.value, OpenAIError)
            assert isinstance(info.value.__cause__, ConnectionClosedError)


async def test_async_abnormal_close_code_raises() -> None:
    with ScriptedWebSocketServer(_send_then_fail) as scripted:
        client = AsyncOpenAI(api_key="sk-test", base_url=scripted.base_url)
        async with client.beta.realtime.connect(model=BETA_MODEL) as connection:
            assert (await arecv(connection)).type == "session.created"
            with pytest.raises(WebSocketConnectionClosedError, match="server exploded") as info:
                async for _event in connection:
                    pass
            assert (info.value.code, info.value.reason) == (1011, "server exploded")


def test_send_after_close_raises(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        connection.close()
        with pytest.raises(WebSocketConnectionClosedError):
            connection.response.create()


# --- reconnection (GA) --------------------------------------------------------------------------------


async def _echo_then_close(connection: WebSocketConnection) -> None:
    await connection.send(json.dumps({"type": "session.created", "event_id": "e2", "session": {}}))
    received = await connection.recv()
    await connection.send(json.dumps({"type": "echo", "received": received}))
    await connection.close(CloseCode.NORMAL)


def test_sync_connection_reconnects_after_a_drop() -> None:
    events: List[ReconnectingEvent] = []

    def on_reconnecting(event: ReconnectingEvent) -> ReconnectingOverrides:
        events.append(event)
        return {"extra_query": {**event.extra_query, "resume": "1"}}

    with ScriptedWebSocketServer(_send_then_drop, _echo_then_close) as scripted:
        client = OpenAI(api_key="sk-test", base_url=scripted.base_url)
        manager = client.realtime.connect(
            model=GA_MODEL, extra_query={"tag": "a"}, on_reconnecting=on_reconnecting, initial_delay=0
        )
        with manager as connection:
            first, second = recv(connection), recv(connection)
            assert (first.event_id, second.event_id) == ("e1", "e2")
            connection.send({"type": "ping.test"})
            echo = recv(connection)
            assert json.loads(echo.received) == {"type": "ping.test"}
            assert [event.type for event in connection] == []

    assert scripted.targets == [f"/v1/realtime?model={GA_MODEL}&tag=a", f"/v1/realtime?model={GA_MODEL}&tag=a&resume=1"]
    assert [(e.attempt, e.max_attempts, e.close_code, e.delay) for e in events] == [(1, 5, 1006, 0.0)]
    assert events[0].extra_query == {"tag": "a"}


async def test_async_connection_reconnects_after_a_drop() -> None:
    attempts: List[int] = []

    async def on_reconnecting(event: ReconnectingEvent) -> None:
        attempts.append(event.attempt)

    with ScriptedWebSocketServer(_send_then_drop, _echo_then_close) as scripted:
        client = AsyncOpenAI(api_key="sk-test", base_url=scripted.base_url)
        async with client.realtime.connect(
            model=GA_MODEL, on_reconnecting=on_reconnecting, initial_delay=0
        ) as connection:
            assert (await arecv(connection)).event_id == "e1"
            assert (await arecv(connection)).event_id == "e2"
            await connection.send({"type": "ping.test"})
            assert (await arecv(connection)).type == "echo"
    assert attempts == [1]


def test_without_on_reconnecting_a_drop_still_raises() -> None:
    with ScriptedWebSocketServer(_send_then_drop) as scripted:
        client = OpenAI(api_key="sk-test", base_url=scripted.base_url)
        with client.realtime.connect(model=GA_MODEL) as connection:
            recv(connection)
            with pytest.raises(WebSocketConnectionClosedError):
                recv(connection)


class FakeWebSocket:
    """Stands in for a ``websockets`` connection: scripted incoming messages or close errors, recorded sends."""

    def __init__(self, *incoming: str | BaseException, send_fails: bool = False) -> None:
        self.incoming = list(incoming)
        self.sent: List[str | bytes] = []
        self.send_fails = send_fails
        self.closed = False

    def recv(self, decode: bool = False) -> bytes:
        item = self.incoming.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item.encode()

    def send(self, data: str | bytes) -> None:
        if self.send_fails:
            raise _dropped()
        self.sent.append(data)

    def close(self, code: int = 1000, reason: str = "") -> None:
        self.closed = True


def _dropped() -> BaseException:
    from websockets.exceptions import ConnectionClosedError

    return ConnectionClosedError(None, None)


def _closed_with(code: int) -> BaseException:
    from websockets.frames import Close
    from websockets.exceptions import ConnectionClosedError

    return ConnectionClosedError(Close(code, ""), None, None)


def _reconnecting(
    first: FakeWebSocket,
    replacements: List[FakeWebSocket | BaseException],
    on_reconnecting: Callable[[ReconnectingEvent], ReconnectingOverrides | None],
    **settings: Any,
) -> Tuple[RealtimeConnection, List[Tuple[Dict[str, object], Dict[str, Any]]]]:
    opened: List[Tuple[Dict[str, object], Dict[str, Any]]] = []

    def opener(query: Mapping[str, object], headers: Mapping[str, Any]) -> Any:
        opened.append((dict(query), dict(headers)))
        replacement = replacements.pop(0)
        if isinstance(replacement, BaseException):
            raise replacement
        return replacement

    reconnector = SyncReconnector(
        opener=opener,
        on_reconnecting=on_reconnecting,
        settings=ReconnectSettings(initial_delay=0, **settings),
        extra_query={},
        extra_headers={},
    )
    return RealtimeConnection(cast(Any, first), reconnector=reconnector), opened


def test_messages_sent_while_down_are_queued_and_flushed_in_order() -> None:
    first = FakeWebSocket(_dropped(), send_fails=True)
    second = FakeWebSocket('{"type": "session.created", "event_id": "e2"}')
    connection, opened = _reconnecting(first, [second], lambda event: {"extra_headers": {"X-Attempt": "1"}})
    connection.send({"type": "input_audio_buffer.clear"})
    connection.send_raw("raw")
    assert recv(connection).event_id == "e2"
    assert [json.loads(m) if m != "raw" else m for m in second.sent] == [{"type": "input_audio_buffer.clear"}, "raw"]
    assert opened == [({}, {"X-Attempt": "1"})]


def test_queue_overflow_raises_queue_full() -> None:
    first = FakeWebSocket(send_fails=True)
    connection, _ = _reconnecting(first, [], lambda event: None, max_queue_size=40)
    connection.send_raw("x" * 30)
    with pytest.raises(WebSocketQueueFullError, match="max_queue_size"):
        connection.send_raw("y" * 11)


def test_closing_with_unsent_messages_reports_them() -> None:
    first = FakeWebSocket(send_fails=True)
    connection, _ = _reconnecting(first, [], lambda event: None)
    connection.send_raw("pending")
    with pytest.raises(UnsentMessagesError) as info:
        connection.close()
    assert info.value.unsent_messages == ["pending"]
    assert isinstance(info.value, WebSocketConnectionClosedError)
    assert first.closed


def test_block_errors_are_not_masked_by_unsent_messages() -> None:
    manager = cast(Any, RealtimeConnectMixin(OpenAI(api_key="k")).connect(model=GA_MODEL))
    for block_error in (KeyError("from the block"), None):
        connection, _ = _reconnecting(FakeWebSocket(send_fails=True), [], lambda event: None)
        connection.send_raw("pending")
        manager._connection = connection
        if block_error is not None:
            # Leaving the block with an exception: that exception propagates, not the unsent messages.
            assert manager.__exit__(type(block_error), block_error, None) is None
        else:
            with pytest.raises(UnsentMessagesError):
                manager.__exit__(None, None, None)


def test_callback_can_abort() -> None:
    first = FakeWebSocket(_dropped())
    connection, opened = _reconnecting(first, [FakeWebSocket()], lambda event: {"abort": True})
    with pytest.raises(WebSocketConnectionClosedError, match="dropped"):
        recv(connection)
    assert opened == []


def test_final_close_codes_do_not_reconnect() -> None:
    calls: List[ReconnectingEvent] = []
    first = FakeWebSocket(_closed_with(1008))
    connection, _ = _reconnecting(first, [FakeWebSocket()], lambda event: calls.append(event))
    with pytest.raises(WebSocketConnectionClosedError) as info:
        recv(connection)
    assert info.value.code == 1008
    assert calls == []


def test_every_attempt_failing_gives_up_after_max_retries() -> None:
    attempts: List[int] = []
    first = FakeWebSocket(_closed_with(1012))
    failures: List[FakeWebSocket | BaseException] = [ConnectionRefusedError(), OSError(), ConnectionRefusedError()]
    connection, opened = _reconnecting(first, failures, lambda event: attempts.append(event.attempt), max_retries=3)
    with pytest.raises(WebSocketConnectionClosedError) as info:
        recv(connection)
    assert info.value.code == 1012
    assert attempts == [1, 2, 3]
    assert len(opened) == 3


def test_reconnect_delay_backs_off_with_jitter_and_a_cap() -> None:
    assert reconnect_delay(1, initial_delay=0.5, max_delay=8, random_value=lambda: 0.0) == 0.375
    assert reconnect_delay(1, initial_delay=0.5, max_delay=8, random_value=lambda: 1.0) == 0.5
    assert reconnect_delay(3, initial_delay=0.5, max_delay=8, random_value=lambda: 1.0) == 2.0
    assert reconnect_delay(10, initial_delay=0.5, max_delay=8, random_value=lambda: 0.0) == 6.0
    assert is_recoverable_close(None) and is_recoverable_close(1011)
    assert not is_recoverable_close(1000) and not is_recoverable_close(1008)


@pytest.mark.parametrize(
    ("option", "value"),
    [("max_retries", -1), ("initial_delay", -0.1), ("max_delay", "8"), ("max_queue_size", 0)],
)
def test_reconnect_settings_are_validated(client: OpenAI, option: str, value: object) -> None:
    options: Dict[str, Any] = {option: value}
    with pytest.raises(ValueError, match=option):
        client.realtime.connect(model=GA_MODEL, **options)


class FakeAsyncWebSocket:
    def __init__(self, *incoming: str | BaseException) -> None:
        self.incoming = list(incoming)
        self.sent: List[str | bytes] = []

    async def recv(self, decode: bool = False) -> bytes:
        item = self.incoming.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item.encode()

    async def send(self, data: str | bytes) -> None:
        self.sent.append(data)

    async def close(self, code: int = 1000, reason: str = "") -> None:
        return None


async def test_async_sends_during_a_reconnection_go_out_after_it() -> None:
    first = FakeAsyncWebSocket(_dropped())
    second = FakeAsyncWebSocket('{"type": "session.created", "event_id": "e2"}')
    holder: List[AsyncRealtimeConnection] = []

    async def on_reconnecting(event: ReconnectingEvent) -> ReconnectingOverrides:
        # Another task sending while the connection is being replaced: the message must wait for the new one.
        await holder[0].send({"type": "response.cancel"})
        return {"extra_query": {"attempt": str(event.attempt)}}

    async def opener(query: Mapping[str, object], headers: Mapping[str, Any]) -> Any:
        assert query == {"attempt": "1"}
        return second

    reconnector = AsyncReconnector(
        opener=opener,
        on_reconnecting=on_reconnecting,
        settings=ReconnectSettings(initial_delay=0),
        extra_query={},
        extra_headers={},
    )
    connection = AsyncRealtimeConnection(cast(Any, first), reconnector=reconnector)
    holder.append(connection)
    assert (await arecv(connection)).event_id == "e2"
    assert first.sent == []
    assert [json.loads(message) for message in second.sent] == [{"type": "response.cancel"}]


def test_model_events_leave_out_unset_and_default_fields() -> None:
    event = ConversationItemDeleteEvent(type="conversation.item.delete", item_id="item_1", event_id=None)
    assert json.loads(serialize_client_event(event)) == {"type": "conversation.item.delete", "item_id": "item_1"}


# --- missing dependency ---------------------------------------------------------------------------------


def _hide_websockets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in sys.modules if name == "websockets" or name.startswith("websockets.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "websockets", None)


def test_missing_websockets_names_the_extra(client: OpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    _hide_websockets(monkeypatch)
    manager = client.beta.realtime.connect(model=BETA_MODEL)
    with pytest.raises(OpenAIError, match=r"openai\[realtime\]"):
        manager.__enter__()


async def test_async_missing_websockets_names_the_extra(
    async_client: AsyncOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _hide_websockets(monkeypatch)
    with pytest.raises(OpenAIError, match=r"openai\[realtime\]"):
        async with async_client.realtime.connect(model=GA_MODEL):
            pass


# --- URL and headers ------------------------------------------------------------------------------------


def test_url_turns_http_into_ws_and_appends_realtime() -> None:
    client = OpenAI(api_key="sk-test", base_url="http://127.0.0.1:8000/v1")
    url = build_realtime_url(client, params={"model": "m", "call_id": omit}, extra_query=None)
    assert str(url) == "ws://127.0.0.1:8000/v1/realtime?model=m"


def test_url_turns_https_into_wss_and_merges_query() -> None:
    client = OpenAI(api_key="sk-test", base_url="https://example.com/v1/?tenant=a&x=1")
    url = build_realtime_url(
        client, params={"model": "m", "call_id": "c"}, extra_query={"x": "2", "tenant": omit, "flag": True}
    )
    assert url.scheme == "wss"
    assert url.path == "/v1/realtime"
    assert dict(url.params) == {"model": "m", "call_id": "c", "x": "2", "flag": "true"}


def test_websocket_base_url_wins() -> None:
    client = OpenAI(api_key="sk-test", base_url="https://example.com/v1", websocket_base_url="wss://ws.example.com/rt/")
    url = build_realtime_url(client, params={"model": "m"}, extra_query=None)
    assert str(url) == "wss://ws.example.com/rt/realtime?model=m"


def test_headers_auth_beta_flag_and_overrides() -> None:
    client = OpenAI(api_key="sk-test", base_url="https://example.com/v1")
    beta = build_realtime_headers(client.auth_headers, beta=True, extra_headers={"X-Extra": "1"})
    assert beta == {"Authorization": "Bearer sk-test", "OpenAI-Beta": "realtime=v1", "X-Extra": "1"}
    ga = build_realtime_headers(client.auth_headers, beta=False, extra_headers={"authorization": Omit()})
    assert ga == {}
    replaced = build_realtime_headers(client.auth_headers, beta=True, extra_headers={"openai-beta": "realtime=v2"})
    assert replaced == {"Authorization": "Bearer sk-test", "openai-beta": "realtime=v2"}


def test_handshake_carries_auth_user_agent_and_extra_headers(client: OpenAI) -> None:
    manager = client.beta.realtime.connect(
        model=BETA_MODEL, extra_headers={"X-Trace": "t1"}, extra_query={"debug": "1"}
    )
    with manager as connection:
        request = connection.websocket.request
        assert request is not None
        assert request.headers["Authorization"] == "Bearer sk-test"
        assert request.headers["OpenAI-Beta"] == "realtime=v1"
        assert request.headers["X-Trace"] == "t1"
        assert request.headers["User-Agent"] == client.user_agent
        assert request.path == f"/v1/realtime?model={BETA_MODEL}&debug=1"


def test_callable_api_key_is_resolved_per_connection(server: Server) -> None:
    keys = iter(["sk-first", "sk-second"])
    client = OpenAI(api_key=lambda: next(keys), base_url=server.url)
    for expected in ("Bearer sk-first", "Bearer sk-second"):
        with client.realtime.connect(model=GA_MODEL) as connection:
            request = connection.websocket.request
            assert request is not None
            assert request.headers["Authorization"] == expected


async def test_async_callable_api_key_is_awaited(server: Server) -> None:
    async def key() -> str:
        return "sk-async"

    client = AsyncOpenAI(api_key=key, base_url=server.url)
    async with client.realtime.connect(model=GA_MODEL) as connection:
        request = connection.websocket.request
        assert request is not None
        assert request.headers["Authorization"] == "Bearer sk-async"


def test_ga_handshake_has_no_beta_header(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL) as connection:
        request = connection.websocket.request
        assert request is not None
        assert "OpenAI-Beta" not in request.headers
        assert request.path == f"/v1/realtime?model={GA_MODEL}"


def test_connection_options_are_forwarded(client: OpenAI) -> None:
    with client.realtime.connect(model=GA_MODEL, websocket_connection_options={"max_size": 10}) as connection:
        with pytest.raises(WebSocketConnectionClosedError):
            recv(connection)  # session.created is larger than 10 bytes


def test_beta_connect_requires_a_model(client: OpenAI) -> None:
    with pytest.raises(ValueError, match="model"):
        client.beta.realtime.connect(model="")


def test_ga_connect_rejects_non_string_model(client: OpenAI) -> None:
    with pytest.raises(TypeError, match="model"):
        RealtimeConnectMixin(client).connect(model=cast(Any, 5))


def test_serialize_client_event_strips_sentinels_and_checks_type() -> None:
    assert json.loads(serialize_client_event({"type": "response.create", "response": omit, "event_id": "e"})) == {
        "type": "response.create",
        "event_id": "e",
    }
    with pytest.raises(ValueError, match="type"):
        serialize_client_event({"response": {}})
    with pytest.raises(TypeError, match="dict or a model"):
        serialize_client_event(cast(Any, ["response.create"]))


# --- Azure --------------------------------------------------------------------------------------------


AZURE_VERSION = "2025-04-01-preview"


def test_azure_url_uses_deployment_and_api_version_only() -> None:
    client = AzureOpenAI(api_key="az-key", api_version=AZURE_VERSION, azure_endpoint="https://res.openai.azure.com/")
    url = azure_realtime_url(client, params={"model": "my-deployment"}, extra_query={"trace": "1"})
    assert url.scheme == "wss"
    assert url.path == "/openai/realtime"
    assert dict(url.params) == {"trace": "1", "api-version": AZURE_VERSION, "deployment": "my-deployment"}
    assert azure_auth_headers(client) == {"api-key": "az-key"}


def test_azure_client_deployment_wins_and_websocket_base_url_is_used() -> None:
    client = AzureOpenAI(
        api_key="az-key",
        api_version=AZURE_VERSION,
        azure_endpoint="https://res.openai.azure.com",
        azure_deployment="fixed",
        websocket_base_url="wss://ws.example.com/openai",
    )
    url = azure_realtime_url(client, params={"model": "ignored"}, extra_query={"api-version": "old"})
    assert str(url) == f"wss://ws.example.com/openai/realtime?api-version={AZURE_VERSION}&deployment=fixed"


def test_azure_token_provider_gives_bearer_auth() -> None:
    client = AzureOpenAI(
        api_version=AZURE_VERSION, azure_endpoint="https://res.openai.azure.com", azure_ad_token_provider=lambda: "tok"
    )
    assert azure_auth_headers(client) == {"Authorization": "Bearer tok"}


async def test_async_azure_token_provider_is_awaited() -> None:
    async def provider() -> str:
        return "async-tok"

    client = AsyncAzureOpenAI(
        api_version=AZURE_VERSION, azure_endpoint="https://res.openai.azure.com", azure_ad_token_provider=provider
    )
    assert await async_azure_auth_headers(client) == {"Authorization": "Bearer async-tok"}


def test_azure_requires_a_deployment() -> None:
    client = AzureOpenAI(api_key="az-key", api_version=AZURE_VERSION, azure_endpoint="https://res.openai.azure.com")
    with pytest.raises(OpenAIError, match="deployment"):
        client.realtime.connect().enter()


def test_azure_beta_flow_against_the_local_server(server: Server) -> None:
    client = AzureOpenAI(api_key="az-key", api_version=AZURE_VERSION, base_url=server.url)
    with client.beta.realtime.connect(model="my-deployment") as connection:
        request = connection.websocket.request
        assert request is not None
        assert request.path == f"/v1/realtime?api-version={AZURE_VERSION}&deployment=my-deployment"
        assert request.headers["api-key"] == "az-key"
        assert "Authorization" not in request.headers
        created = recv(connection)
        assert created.session.model == "my-deployment"
        connection.conversation.item.create(item=user_message(USER_TEXT))
        connection.response.create()
        response_flow(until(iter(connection), "response.done"), beta=True)


# --- server endpoint: handshake refusals ----------------------------------------------------------------


def _raw_request(server: Server, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(request)
        chunks: List[bytes] = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def _upgrade(path: str, *extra: str, key: str = "dGhlIHNhbXBsZSBub25jZQ==") -> bytes:
    lines = [
        f"GET {path} HTTP/1.1",
        "Host: 127.0.0.1",
        "Upgrade: websocket",
        "Connection: Upgrade",
        f"Sec-WebSocket-Key: {key}",
        "Sec-WebSocket-Version: 13",
        *extra,
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_server_refuses_upgrade_without_api_key(server: Server) -> None:
    response = _raw_request(server, _upgrade("/v1/realtime?model=m"))
    assert response.startswith(b"HTTP/1.1 401 ")
    body = json.loads(response.split(b"\r\n\r\n", 1)[1])
    assert body["error"]["type"] == "invalid_request_error"


def test_server_refuses_beta_upgrade_without_model(server: Server) -> None:
    response = _raw_request(server, _upgrade("/v1/realtime", "Authorization: Bearer k", "OpenAI-Beta: realtime=v1"))
    assert response.startswith(b"HTTP/1.1 400 ")
    assert json.loads(response.split(b"\r\n\r\n", 1)[1])["error"]["param"] == "model"


def test_server_refuses_invalid_key(server: Server) -> None:
    response = _raw_request(server, _upgrade("/v1/realtime", "Authorization: Bearer k", key="short"))
    assert response.startswith(b"HTTP/1.1 400 ")
    assert b"Sec-WebSocket-Key" in response


def test_server_answers_with_the_rfc_accept_key(server: Server) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(_upgrade("/v1/realtime?model=m", "Authorization: Bearer k"))
        head = b""
        while b"\r\n\r\n" not in head:
            head += sock.recv(1)
        # The sample nonce of RFC 6455 section 1.3 and its documented answer.
        assert b"HTTP/1.1 101 " in head
        assert b"Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=" in head


# --- server endpoint: framing over a raw socket ---------------------------------------------------------


class RawClient:
    """A minimal masking WebSocket client on a plain socket, to drive frames the library client never sends."""

    def __init__(self, server: Server, *, beta: bool = False) -> None:
        self.sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        extra = ["Authorization: Bearer k"] + (["OpenAI-Beta: realtime=v1"] if beta else [])
        self.sock.sendall(_upgrade("/v1/realtime?model=m", *extra))
        buffer = b""
        while b"\r\n\r\n" not in buffer:
            buffer += self.sock.recv(4096)
        head, self.pending = buffer.split(b"\r\n\r\n", 1)
        assert head.startswith(b"HTTP/1.1 101")
        self.decoder = FrameDecoder(require_mask=False)
        self.frames: List[Frame] = []

    def send(self, frame: bytes) -> None:
        self.sock.sendall(frame)

    def frame(self) -> Frame:
        while not self.frames:
            data = self.pending or self.sock.recv(65536)
            self.pending = b""
            if not data:
                raise ConnectionError("closed")
            self.frames.extend(self.decoder.feed(data))
        return self.frames.pop(0)

    def event(self) -> Dict[str, Any]:
        frame = self.frame()
        assert frame.opcode == Opcode.TEXT
        return cast(Dict[str, Any], json.loads(frame.payload))

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def raw(server: Server) -> Iterator[RawClient]:
    connection = RawClient(server)
    assert connection.event()["type"] == "session.created"
    yield connection
    connection.close()


def test_fragmented_text_message_is_reassembled(raw: RawClient) -> None:
    message = json.dumps({"type": "session.update", "session": {"type": "realtime", "instructions": "é" * 300}})
    data = message.encode()
    # Split inside a multi-byte character on purpose: only the whole message must be valid UTF-8.
    raw.send(encode_frame(Opcode.TEXT, data[:101], fin=False, mask=True))
    raw.send(encode_frame(Opcode.PING, b"mid-message", mask=True))
    raw.send(encode_frame(Opcode.CONTINUATION, data[101:400], fin=False, mask=True))
    raw.send(encode_frame(Opcode.CONTINUATION, data[400:], fin=True, mask=True))
    pong = raw.frame()
    assert (pong.opcode, pong.payload) == (Opcode.PONG, b"mid-message")
    updated = raw.event()
    assert updated["type"] == "session.updated"
    assert updated["session"]["instructions"] == "é" * 300


def test_binary_message_gets_an_error_event(raw: RawClient) -> None:
    raw.send(encode_frame(Opcode.BINARY, b"\x00\x01", mask=True))
    error = raw.event()
    assert error["type"] == "error"
    assert error["error"]["type"] == "invalid_request_error"


def test_close_handshake_echoes_the_code(raw: RawClient) -> None:
    raw.send(encode_frame(Opcode.CLOSE, encode_close_payload(1000, "done"), mask=True))
    reply = raw.frame()
    assert reply.opcode == Opcode.CLOSE
    assert decode_close_payload(reply.payload) == (1000, "")


def test_unmasked_client_frame_fails_the_connection(raw: RawClient) -> None:
    raw.send(encode_frame(Opcode.TEXT, b"{}"))
    reply = raw.frame()
    assert reply.opcode == Opcode.CLOSE
    assert decode_close_payload(reply.payload)[0] == CloseCode.PROTOCOL_ERROR


def test_invalid_utf8_fails_the_connection(raw: RawClient) -> None:
    raw.send(encode_frame(Opcode.TEXT, b"\xff\xfe", mask=True))
    reply = raw.frame()
    assert decode_close_payload(reply.payload)[0] == CloseCode.INVALID_PAYLOAD


# --- codec units ----------------------------------------------------------------------------------------


def test_accept_key_matches_rfc_example() -> None:
    assert accept_key("dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="


@pytest.mark.parametrize("size", [0, 5, 125, 126, 65535, 65536, 200_000])
def test_frames_round_trip_byte_by_byte_and_whole(size: int) -> None:
    payload = bytes(range(256)) * (size // 256) + bytes(range(size % 256))
    wire = encode_frame(Opcode.BINARY, payload, mask=b"\x01\x02\x03\x04") + encode_frame(Opcode.PING, b"p", mask=True)
    whole = FrameDecoder().feed(wire)
    assert [(f.opcode, f.payload) for f in whole] == [(Opcode.BINARY, payload), (Opcode.PING, b"p")]
    if size <= 65536:
        decoder = FrameDecoder()
        pieces: List[Frame] = []
        step = 1 if size < 300 else 997
        for start in range(0, len(wire), step):
            pieces.extend(decoder.feed(wire[start : start + step]))
        assert pieces == whole


@pytest.mark.parametrize(
    ("wire", "message"),
    [
        (bytes([0x81 | 0x40, 0x80, 0, 0, 0, 0]), "reserved bits"),
        (bytes([0x83, 0x80, 0, 0, 0, 0]), "unknown opcode"),
        (bytes([0x09, 0x80, 0, 0, 0, 0]), "control frames"),
        (bytes([0x89, 0x80 | 126, 0, 126]), "control frames"),
    ],
)
def test_decoder_rejects_protocol_violations(wire: bytes, message: str) -> None:
    with pytest.raises(WebSocketProtocolError, match=message):
        FrameDecoder().feed(wire)


def test_decoder_enforces_size_limit() -> None:
    with pytest.raises(WebSocketProtocolError) as info:
        FrameDecoder(max_frame_size=10).feed(encode_frame(Opcode.TEXT, b"x" * 11, mask=True))
    assert info.value.close_code == CloseCode.MESSAGE_TOO_BIG


@pytest.mark.parametrize("payload", [b"\x03", b"\x03\xed", b"\x0b\xb8\xff"])
def test_invalid_close_payloads(payload: bytes) -> None:
    with pytest.raises(WebSocketProtocolError):
        decode_close_payload(payload)


def test_handshake_validation_names_the_problem() -> None:
    good = {
        "upgrade": "websocket",
        "connection": "keep-alive, Upgrade",
        "sec-websocket-version": "13",
        "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
    }
    assert check_handshake("GET", good) == good["sec-websocket-key"]
    for method, changes, fragment in [
        ("POST", {}, "GET"),
        ("GET", {"upgrade": "h2c"}, "Upgrade"),
        ("GET", {"connection": "close"}, "Connection"),
        ("GET", {"sec-websocket-version": "8"}, "Version"),
    ]:
        with pytest.raises(HandshakeError, match=fragment):
            check_handshake(method, {**good, **changes})


def test_normalize_headers_accepts_bytes_and_repeats() -> None:
    assert normalize_headers([(b"Connection", b"Upgrade"), (b"connection", b"keep-alive")]) == {
        "connection": "Upgrade, keep-alive"
    }
    assert normalize_headers({"Sec-WebSocket-Key": "k"}) == {"sec-websocket-key": "k"}


# --- session state machine units ------------------------------------------------------------------------


def _events(session: RealtimeSession, *messages: Dict[str, Any]) -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    for message in messages:
        out.extend(session.handle(json.dumps(message)))
    return out


def test_session_items_respect_previous_item_id() -> None:
    session = RealtimeSession(beta=False, model="m")
    _events(
        session,
        {"type": "conversation.item.create", "item": user_message("a", "a")},
        {"type": "conversation.item.create", "item": user_message("c", "c")},
        {"type": "conversation.item.create", "item": user_message("b", "b"), "previous_item_id": "a"},
    )
    assert list(session.items) == ["a", "b", "c"]
    (error,) = _events(session, {"type": "conversation.item.create", "item": user_message("d", "a")})
    assert error["error"]["code"] == "duplicate_item_id"


@pytest.mark.parametrize(
    ("event", "param"),
    [
        ({"type": "conversation.item.create", "item": {"type": "message", "content": []}}, "item.role"),
        ({"type": "conversation.item.create", "item": {"type": "message", "role": "user"}}, "item.content"),
        (
            {"type": "conversation.item.truncate", "item_id": "x", "content_index": -1, "audio_end_ms": 0},
            "content_index",
        ),
        ({"type": "input_audio_buffer.append", "audio": "***"}, "audio"),
        ({"type": "response.create", "response": {"conversation": "other"}}, "response.conversation"),
        ({"type": "session.update", "session": "text"}, "session"),
        ({"type": "session.update", "session": {"temperature": "hot"}}, "session.temperature"),
        ({"type": "session.update", "session": {"tools": {}}}, "session.tools"),
        ({"type": "session.update", "session": {"modalities": ["video"]}}, "session.modalities"),
        ({"event_id": "e"}, "type"),
    ],
)
def test_session_reports_the_offending_parameter(event: Dict[str, Any], param: str) -> None:
    (error,) = _events(RealtimeSession(beta=True, model="m"), event)
    assert error["type"] == "error"
    assert error["error"]["type"] == "invalid_request_error"
    assert error["error"]["param"] == param


def test_assistant_item_follows_the_last_item() -> None:
    session = RealtimeSession(beta=False, model="m")
    _events(session, {"type": "conversation.item.create", "item": user_message("hi", "item_user")})
    events = _events(session, {"type": "response.create"})
    linked = [e for e in events if e["type"] in ("conversation.item.added", "conversation.item.done")]
    assert [e["previous_item_id"] for e in linked] == ["item_user", "item_user"]
    assert list(session.items)[0] == "item_user"
    assert len(session.items) == 2


def test_every_server_event_has_a_unique_event_id() -> None:
    session = RealtimeSession(beta=True, model="m")
    events = session.opening_events() + _events(
        session,
        {"type": "conversation.item.create", "item": user_message("one two three")},
        {"type": "response.create"},
    )
    ids = [event["event_id"] for event in events]
    assert len(set(ids)) == len(ids)


def test_httpx_url_of_client_is_not_modified(client: OpenAI) -> None:
    before = str(client.base_url)
    build_realtime_url(client, params={"model": "m"}, extra_query={"a": "b"})
    assert str(client.base_url) == before
    assert isinstance(client.base_url, httpx.URL)
