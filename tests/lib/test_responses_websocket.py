"""The Responses API over a WebSocket (`client.responses.connect()`, `client.beta.responses.connect()`),
sync and async, against the built-in server's `/v1/responses` WebSocket endpoint."""

from __future__ import annotations

import sys
import json
import time
import asyncio
from typing import Any, List, Iterator, AsyncIterator

import pytest

from openai import (
    OpenAI,
    BaseModel,
    AsyncOpenAI,
    OpenAIError,
    WebSocketQueueFullError,
    WebSocketConnectionClosedError,
)
from openai.testing import Fault, Server
from openai.types.responses import ResponsesClientEvent, ResponsesClientEventParam
from openai.lib.responses_connect import (
    ResponsesConnection,
    ResponseCreateFields,
    BetaResponsesConnection,
    AsyncResponsesConnection,
    BetaResponseCreateFields,
    ResponsesConnectionManager,
    AsyncBetaResponsesConnection,
    BetaResponsesConnectionManager,
)
from openai.types.websocket_reconnection import ReconnectingEvent
from openai.types.beta.beta_responses_server_event import BetaResponseWsCompleted
from openai.types.responses.responses_server_event import ResponseWsError, ResponseWsCompleted
from openai.types.beta.beta_responses_client_event_param import ResponseCreate as BetaResponseCreateParam

MODEL = "gpt-4o-mini"
USER_TEXT = "Tell me about the weather on Mars."


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh(server: Server) -> None:
    server.reset()


@pytest.fixture
def client(server: Server) -> OpenAI:
    return OpenAI(api_key="sk-test", base_url=server.url)


@pytest.fixture
def async_client(server: Server) -> AsyncOpenAI:
    return AsyncOpenAI(api_key="sk-test", base_url=server.url)


def until(events: Iterator[Any], event_type: str) -> List[Any]:
    collected: List[Any] = []
    for event in events:
        collected.append(event)
        if event.type in (event_type, "error"):
            return collected
    raise AssertionError(f"the connection closed before a {event_type!r} event")


async def async_until(events: AsyncIterator[Any], event_type: str) -> List[Any]:
    collected: List[Any] = []
    async for event in events:
        collected.append(event)
        if event.type in (event_type, "error"):
            return collected
    raise AssertionError(f"the connection closed before a {event_type!r} event")


def check_exchange(events: List[Any], text: str = USER_TEXT) -> None:
    """The event sequence of a streamed text response, in order, ending in `response.completed`."""
    types = [event.type for event in events]
    assert types[:2] == ["response.created", "response.in_progress"]
    assert types[-1] == "response.completed", types
    expected = [
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
    ]
    positions = [types.index(name) for name in expected]
    assert positions == sorted(positions), types
    assert [event.sequence_number for event in events] == list(range(len(events)))
    deltas = [event.delta for event in events if event.type == "response.output_text.delta"]
    assert len(deltas) > 1 if " " in text else len(deltas) == 1  # streamed in pieces, not in one go
    assert "".join(deltas) == text
    final = events[-1].response
    assert final.status == "completed"
    assert final.output[0].content[0].text == text
    assert events[0].response.id == final.id


def _wait_closed(websocket: Any) -> None:
    from websockets.protocol import State

    deadline = time.monotonic() + 10
    while websocket.state is not State.CLOSED:
        if time.monotonic() > deadline:
            raise AssertionError("the dropped socket was never noticed")
        time.sleep(0.01)


async def _async_wait_closed(websocket: Any) -> None:
    from websockets.protocol import State

    deadline = time.monotonic() + 10
    while websocket.state is not State.CLOSED:
        if time.monotonic() > deadline:
            raise AssertionError("the dropped socket was never noticed")
        await asyncio.sleep(0.01)


# --- full exchanges: sync / async × GA / beta ----------------------------------------------------------


def test_sync_exchange(client: OpenAI, server: Server) -> None:
    manager = client.responses.connect()
    assert isinstance(manager, ResponsesConnectionManager)
    with manager as connection:
        assert isinstance(connection, ResponsesConnection)
        connection.response.create(model=MODEL, input=USER_TEXT)
        events = until(iter(connection), "response.completed")
        check_exchange(events)
        assert isinstance(events[-1], ResponseWsCompleted)
        # The connection stays open for the next response, which can continue the first.
        connection.response.create(model=MODEL, input="Second turn.", previous_response_id=events[-1].response.id)
        second = until(iter(connection), "response.completed")
        check_exchange(second, "Second turn.")

    (first_request, second_request) = server.requests
    assert first_request.operation == "responses.create"
    assert first_request.body == {"model": MODEL, "input": USER_TEXT, "stream": True}
    assert second_request.body["previous_response_id"] == events[-1].response.id
    # The completed response is stored like one created over HTTP.
    assert client.responses.retrieve(events[-1].response.id).output_text == USER_TEXT


async def test_async_exchange(async_client: AsyncOpenAI) -> None:
    async with async_client.responses.connect() as connection:
        assert isinstance(connection, AsyncResponsesConnection)
        await connection.response.create(model=MODEL, input=USER_TEXT)
        events = await async_until(connection.__aiter__(), "response.completed")
    check_exchange(events)
    assert isinstance(events[-1], ResponseWsCompleted)


def test_sync_beta_exchange(client: OpenAI, server: Server) -> None:
    manager = client.beta.responses.connect()
    assert isinstance(manager, BetaResponsesConnectionManager)
    with manager as connection:
        assert isinstance(connection, BetaResponsesConnection)
        request = connection.websocket.request
        assert request is not None and request.path == "/v1/responses?beta=true"
        connection.response.create(model=MODEL, input=USER_TEXT)
        events = until(iter(connection), "response.completed")
    check_exchange(events)
    assert isinstance(events[-1], BetaResponseWsCompleted)
    assert server.requests[-1].operation == "beta.responses.create"


async def test_async_beta_exchange(async_client: AsyncOpenAI, server: Server) -> None:
    async with async_client.beta.responses.connect() as connection:
        assert isinstance(connection, AsyncBetaResponsesConnection)
        await connection.response.create(model=MODEL, input=USER_TEXT)
        events = await async_until(connection.__aiter__(), "response.completed")
        # Every response is finished before the next event is read: there is nothing to inject into.
        await connection.response.inject(
            response_id=events[-1].response.id,
            input=[{"type": "function_call_output", "call_id": "call_1", "output": "72F"}],
        )
        failed: Any = await connection.recv()
    check_exchange(events)
    assert isinstance(events[-1], BetaResponseWsCompleted)
    assert server.requests[-1].operation == "beta.responses.create"
    assert failed.type == "response.inject.failed"
    assert failed.error.code == "response_already_completed"
    assert failed.input[0].call_id == "call_1"


def test_scripted_replies_apply_over_the_websocket(client: OpenAI, server: Server) -> None:
    server.reply("responses.create", "Scripted words here.", chunk_size=4)
    with client.responses.connect() as connection:
        connection.response.create(model=MODEL, input=USER_TEXT, stream_id="lane-1")
        events = until(iter(connection), "response.completed")
    check_exchange(events, "Scripted words here.")
    assert {event.stream_id for event in events} == {"lane-1"}
    assert server.requests[-1].body == {"model": MODEL, "input": USER_TEXT, "stream": True}


# --- sending ---------------------------------------------------------------------------------------------


def test_send_accepts_a_param_dict_and_a_model(client: OpenAI, server: Server) -> None:
    param: ResponsesClientEventParam = {"type": "response.create", "model": MODEL, "input": "From a dict."}
    model = ResponsesClientEvent(type="response.create", model=MODEL, input="From a model.")
    with client.responses.connect() as connection:
        connection.send(param)
        check_exchange(until(iter(connection), "response.completed"), "From a dict.")
        connection.send(model)
        check_exchange(until(iter(connection), "response.completed"), "From a model.")
    # Unset model fields stay off the wire.
    assert [request.body for request in server.requests] == [
        {"model": MODEL, "input": "From a dict.", "stream": True},
        {"model": MODEL, "input": "From a model.", "stream": True},
    ]


def test_send_raw_and_recv_bytes(client: OpenAI) -> None:
    with client.responses.connect() as connection:
        connection.send_raw(json.dumps({"type": "response.create", "model": MODEL, "input": "Raw bytes."}))
        first = json.loads(connection.recv_bytes())
        assert first["type"] == "response.created"
        assert first["response"]["status"] == "in_progress"
        event = connection.parse_event(connection.recv_bytes())
        assert event.type == "response.in_progress"


def test_create_sender_fields_follow_the_generated_params() -> None:
    ga = set(ResponsesClientEventParam.__annotations__) - {"type"}
    beta = set(BetaResponseCreateParam.__annotations__) - {"type"}
    assert set(ResponseCreateFields.__annotations__) == ga
    assert set(BetaResponseCreateFields.__annotations__) == beta


# --- errors ----------------------------------------------------------------------------------------------


def test_error_event_mid_stream_is_surfaced_and_the_connection_continues(client: OpenAI, server: Server) -> None:
    server.queue("responses.create", Fault(error_after=3, message="The model overheated.", code="overheated"))
    with client.responses.connect() as connection:
        connection.response.create(model=MODEL, input=USER_TEXT)
        events = until(iter(connection), "response.completed")
        assert [event.type for event in events] == [
            "response.created",
            "response.in_progress",
            "response.output_item.added",
            "error",
        ]
        error = events[-1]
        assert isinstance(error, ResponseWsError)
        assert (error.error.message, error.error.code, error.error.type) == (
            "The model overheated.",
            "overheated",
            "server_error",
        )
        connection.response.create(model=MODEL, input="Again.")
        check_exchange(until(iter(connection), "response.completed"), "Again.")


async def test_async_error_response_becomes_an_error_event(async_client: AsyncOpenAI, server: Server) -> None:
    server.queue("responses.create", Fault(status=429))
    async with async_client.responses.connect() as connection:
        await connection.response.create(model=MODEL, input=USER_TEXT, stream_id="a")
        error: Any = await connection.recv()
        # Invalid requests are answered by the same validation as over HTTP.
        await connection.send({"type": "response.create", "model": MODEL, "input": USER_TEXT, "temperature": "hot"})
        invalid: Any = await connection.recv()
        await connection.send_raw("not json")
        garbled: Any = await connection.recv()
    assert isinstance(error, ResponseWsError)
    assert (error.status, error.error.type, error.stream_id) == (429, "rate_limit_exceeded", "a")
    assert (invalid.type, invalid.status, invalid.error.param) == ("error", 400, "temperature")
    assert (garbled.type, garbled.status) == ("error", 400)


def test_dispatch_events_raises_on_an_unhandled_error_event(client: OpenAI, server: Server) -> None:
    server.queue("responses.create", Fault(error_after=0, message="nope"))
    with client.responses.connect() as connection:
        connection.response.create(model=MODEL, input=USER_TEXT)
        with pytest.raises(OpenAIError, match="Responses error event: nope"):
            connection.dispatch_events()


def test_background_is_refused_over_the_websocket(client: OpenAI) -> None:
    with client.responses.connect() as connection:
        connection.response.create(model=MODEL, input=USER_TEXT, background=True)
        event: Any = connection.recv()
    assert (event.type, event.error.param) == ("error", "background")


def test_unknown_server_events_become_plain_models() -> None:
    from openai.lib._realtime._common import parse_server_event
    from openai.types.responses.responses_server_event import ResponsesServerEvent

    event: Any = parse_server_event('{"type": "response.future_thing", "value": 3}', ResponsesServerEvent)
    assert (event.type, event.value) == ("response.future_thing", 3)
    assert type(event) is BaseModel


# --- dropped sockets and reconnection --------------------------------------------------------------------


def test_dropped_socket_without_on_reconnecting_raises(client: OpenAI, server: Server) -> None:
    server.queue("responses.create", Fault(break_after=2))
    with client.responses.connect() as connection:
        connection.response.create(model=MODEL, input=USER_TEXT)
        assert [connection.recv().type, connection.recv().type] == ["response.created", "response.in_progress"]
        with pytest.raises(WebSocketConnectionClosedError, match="dropped") as info:
            connection.recv()
    assert info.value.code == 1006


def test_sync_reconnects_after_a_drop_and_delivers_queued_events(client: OpenAI, server: Server) -> None:
    server.queue("responses.create", Fault(break_after=3))
    seen: List[ReconnectingEvent] = []

    def on_reconnecting(event: ReconnectingEvent) -> Any:
        seen.append(event)
        return {"extra_headers": {**event.extra_headers, "X-Resumed": "1"}}

    manager = client.responses.connect(
        extra_query={"lane": "a"}, extra_headers={"X-Trace": "t1"}, on_reconnecting=on_reconnecting, initial_delay=0
    )
    with manager as connection:
        connection.response.create(model=MODEL, input="Lost halfway.")
        assert [connection.recv().type for _ in range(3)][-1] == "response.output_item.added"
        _wait_closed(connection.websocket)
        # Sent while the connection is down: queued, then sent once it is back.
        connection.response.create(model=MODEL, input=USER_TEXT)
        events = until(iter(connection), "response.completed")
        request = connection.websocket.request
        assert request is not None
        assert request.path == "/v1/responses?lane=a"
        assert (request.headers["X-Trace"], request.headers["X-Resumed"]) == ("t1", "1")

    check_exchange(events)
    assert [(event.attempt, event.max_attempts, event.close_code) for event in seen] == [(1, 5, 1006)]
    assert [request.body["input"] for request in server.requests] == ["Lost halfway.", USER_TEXT]


async def test_async_reconnects_after_a_drop_and_delivers_queued_events(
    async_client: AsyncOpenAI, server: Server
) -> None:
    server.queue("beta.responses.create", Fault(break_after=2))
    attempts: List[int] = []

    async def on_reconnecting(event: ReconnectingEvent) -> None:
        attempts.append(event.attempt)

    async with async_client.beta.responses.connect(on_reconnecting=on_reconnecting, initial_delay=0) as connection:
        await connection.response.create(model=MODEL, input="Lost halfway.")
        assert (await connection.recv()).type == "response.created"
        assert (await connection.recv()).type == "response.in_progress"
        await _async_wait_closed(connection.websocket)
        await connection.response.create(model=MODEL, input=USER_TEXT)
        events = await async_until(connection.__aiter__(), "response.completed")
    check_exchange(events)
    assert attempts == [1]
    assert [request.operation for request in server.requests] == ["beta.responses.create"] * 2


def test_queue_overflow_while_down_raises(client: OpenAI, server: Server) -> None:
    server.queue("responses.create", Fault(drop=True))
    manager = client.responses.connect(on_reconnecting=lambda event: None, max_queue_size=64, initial_delay=0)
    with manager as connection:
        connection.response.create(model=MODEL, input="x")
        _wait_closed(connection.websocket)
        with pytest.raises(WebSocketQueueFullError, match="max_queue_size"):
            connection.response.create(model=MODEL, input="a message longer than sixty-four bytes once encoded")
        # Reconnecting afterwards still works.
        connection.response.create(model=MODEL, input="short")
        check_exchange(until(iter(connection), "response.completed"), "short")


# --- handshake -------------------------------------------------------------------------------------------


def test_handshake_url_and_headers(server: Server) -> None:
    client = OpenAI(
        api_key="sk-test",
        websocket_base_url=server.url.replace("http://", "ws://") + "?tenant=t1",
        organization="org-1",
        project="proj-1",
        default_headers={"X-Custom": "c"},
    )
    with client.responses.connect(extra_query={"debug": "1"}, extra_headers={"X-Trace": "t1"}) as connection:
        request = connection.websocket.request
    assert request is not None
    assert request.path == "/v1/responses?tenant=t1&debug=1"
    headers = request.headers
    assert headers["Authorization"] == "Bearer sk-test"
    assert headers["User-Agent"] == client.user_agent
    assert headers["X-Stainless-Lang"] == "python"
    assert (headers["OpenAI-Organization"], headers["OpenAI-Project"]) == ("org-1", "proj-1")
    assert (headers["X-Custom"], headers["X-Trace"]) == ("c", "t1")
    assert "OpenAI-Beta" not in headers


def test_url_uses_websocket_base_url_or_wss_for_https() -> None:
    from openai.lib._realtime._common import build_realtime_url

    https = OpenAI(api_key="sk-test", base_url="https://api.example.com/v1")
    assert str(build_realtime_url(https, params={}, extra_query={"region": "eu"}, path="responses")) == (
        "wss://api.example.com/v1/responses?region=eu"
    )
    custom = OpenAI(api_key="sk-test", websocket_base_url="wss://ws.example.com/base")
    assert str(build_realtime_url(custom, params={"beta": "true"}, extra_query=None, path="responses")) == (
        "wss://ws.example.com/base/responses?beta=true"
    )


def test_handshake_without_credentials_is_refused(server: Server) -> None:
    from websockets.exceptions import InvalidStatus

    client = OpenAI(api_key="sk-test", base_url=server.url)
    with pytest.raises(InvalidStatus) as info:
        with client.responses.connect(extra_headers={"Authorization": ""}):
            pass
    assert info.value.response.status_code == 401


def test_connect_validates_the_reconnection_settings(client: OpenAI) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        client.responses.connect(max_retries=-1)
    with pytest.raises(ValueError, match="max_queue_size"):
        client.beta.responses.connect(max_queue_size=0)


# --- missing dependency ----------------------------------------------------------------------------------


def _hide_websockets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in sys.modules if name == "websockets" or name.startswith("websockets.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "websockets", None)


def test_missing_websockets_gives_the_install_hint(client: OpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    _hide_websockets(monkeypatch)
    manager = client.responses.connect()  # no I/O yet: the dependency is needed when the connection opens
    with pytest.raises(OpenAIError, match=r"pip install 'openai\[realtime\]'.*") as info:
        manager.__enter__()
    assert "Responses WebSocket connections" in str(info.value)


async def test_async_missing_websockets_gives_the_install_hint(
    async_client: AsyncOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _hide_websockets(monkeypatch)
    with pytest.raises(OpenAIError, match=r"openai\[realtime\]"):
        async with async_client.beta.responses.connect():
            pass


# --- public names ----------------------------------------------------------------------------------------


def test_connection_classes_are_importable_from_the_resource_modules() -> None:
    from openai.resources.responses import responses as ga
    from openai.resources.beta.responses import responses as beta

    assert ga.ResponsesConnection is ResponsesConnection
    assert ga.ResponsesConnectionManager is ResponsesConnectionManager
    assert beta.ResponsesConnection is BetaResponsesConnection
    assert beta.AsyncResponsesConnection is AsyncBetaResponsesConnection
    assert beta.ResponsesConnectionManager is BetaResponsesConnectionManager
    assert ga.AsyncResponsesConnection is AsyncResponsesConnection


# --- the server endpoint's answers to unexpected client events -------------------------------------------


def test_unknown_client_events_get_an_error_event(client: OpenAI) -> None:
    with client.responses.connect() as connection:
        connection.send({"type": "response.inject", "response_id": "resp_1", "input": []})
        not_ga: Any = connection.recv()
        connection.send_raw(json.dumps({"input": "no type"}))  # `send()` itself refuses an event without a type
        untyped: Any = connection.recv()
        connection.send_raw("[1, 2]")
        not_an_object: Any = connection.recv()
    assert (not_ga.type, not_ga.error.param, not_ga.status) == ("error", "type", 400)
    assert "response.inject" in not_ga.error.message
    assert (untyped.type, untyped.error.param) == ("error", "type")
    assert (not_an_object.type, not_an_object.status) == ("error", 400)


def test_drop_before_any_event(client: OpenAI, server: Server) -> None:
    server.queue("responses.create", Fault(drop=True))
    with client.responses.connect() as connection:
        connection.response.create(model=MODEL, input=USER_TEXT)
        with pytest.raises(WebSocketConnectionClosedError) as info:
            connection.recv()
    assert info.value.code == 1006
