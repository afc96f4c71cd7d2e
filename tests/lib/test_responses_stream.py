"""``responses.stream()`` on a mock transport with hand-written SSE bodies."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Iterator

import httpx
import pytest
import pydantic

import openai
from openai import OpenAI, AsyncOpenAI, APIConnectionError
from openai.lib._tools import pydantic_function_tool
from openai.lib.responses_helpers import ResponsesHelpers, AsyncResponsesHelpers
from openai.lib.streaming.responses import (
    ResponseTextDoneEvent,
    ResponseCompletedEvent,
    ResponseTextDeltaEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
)
from openai.types.responses.parsed_response import ParsedResponseFunctionToolCall

BASE_URL = "http://127.0.0.1:4010/v1"


class Weather(pydantic.BaseModel):
    city: str
    temperature: int


RESPONSE: Dict[str, Any] = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1700000000,
    "model": "gpt-4o",
    "status": "in_progress",
    "output": [],
    "tools": [],
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "metadata": None,
    "temperature": None,
    "top_p": None,
    "error": None,
    "incomplete_details": None,
    "instructions": None,
}
TEXT = '{"city": "Oslo", "temperature": -2}'
MESSAGE: Dict[str, Any] = {
    "type": "message",
    "id": "msg_1",
    "role": "assistant",
    "status": "completed",
    "content": [{"type": "output_text", "text": TEXT, "annotations": [], "logprobs": []}],
}
FUNCTION_CALL: Dict[str, Any] = {
    "type": "function_call",
    "id": "fc_1",
    "call_id": "call_1",
    "name": "Weather",
    "arguments": '{"city": "Rome", "temperature": 30}',
    "status": "completed",
}


def _text_events() -> List[Dict[str, Any]]:
    pieces = ['{"city": "Os', 'lo", "temperature": -2}']
    events: List[Dict[str, Any]] = [
        {"type": "response.created", "response": RESPONSE},
        {"type": "response.in_progress", "response": RESPONSE},
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": {**MESSAGE, "status": "in_progress", "content": []},
        },
        {
            "type": "response.content_part.added",
            "output_index": 0,
            "content_index": 0,
            "item_id": "msg_1",
            "part": {"type": "output_text", "text": "", "annotations": []},
        },
    ]
    for piece in pieces:
        events.append(
            {
                "type": "response.output_text.delta",
                "output_index": 0,
                "content_index": 0,
                "item_id": "msg_1",
                "delta": piece,
                "logprobs": [],
            }
        )
    events += [
        {
            "type": "response.output_text.done",
            "output_index": 0,
            "content_index": 0,
            "item_id": "msg_1",
            "text": TEXT,
            "logprobs": [],
        },
        {"type": "response.output_item.done", "output_index": 0, "item": MESSAGE},
        {"type": "response.completed", "response": {**RESPONSE, "status": "completed", "output": [MESSAGE]}},
    ]
    return events


def _function_events() -> List[Dict[str, Any]]:
    return [
        {"type": "response.created", "response": RESPONSE},
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": {**FUNCTION_CALL, "arguments": "", "status": "in_progress"},
        },
        {"type": "response.function_call_arguments.delta", "output_index": 0, "item_id": "fc_1", "delta": '{"city": '},
        {
            "type": "response.function_call_arguments.delta",
            "output_index": 0,
            "item_id": "fc_1",
            "delta": '"Rome", "temperature": 30}',
        },
        {
            "type": "response.function_call_arguments.done",
            "output_index": 0,
            "item_id": "fc_1",
            "name": "Weather",
            "arguments": FUNCTION_CALL["arguments"],
        },
        {"type": "response.output_item.done", "output_index": 0, "item": FUNCTION_CALL},
        {"type": "response.completed", "response": {**RESPONSE, "status": "completed", "output": [FUNCTION_CALL]}},
    ]


def _sse(events: List[Dict[str, Any]]) -> bytes:
    out: List[str] = []
    for number, event in enumerate(events):
        event = {**event, "sequence_number": number}
        out.append(f"event: {event['type']}\ndata: {json.dumps(event)}\n\n")
    return "".join(out).encode()


class SSEServer:
    def __init__(self, events: List[Dict[str, Any]]) -> None:
        self.body = _sse(events)
        self.requests: List[httpx.Request] = []
        self.responses: List[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = httpx.Response(200, content=self.body, headers={"content-type": "text/event-stream"})
        self.responses.append(response)
        return response


def _responses(server: Any) -> ResponsesHelpers:
    client = OpenAI(api_key="test", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(server)))
    return client.responses


def _async_responses(server: Any) -> AsyncResponsesHelpers:
    client = AsyncOpenAI(
        api_key="test", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(server))
    )
    return client.responses


def test_request_creates_a_streamed_response_with_the_text_format() -> None:
    server = SSEServer(_text_events())
    with _responses(server).stream(model="gpt-4o", input="weather?", text_format=Weather) as stream:
        stream.until_done()
    request = server.requests[0]
    body = json.loads(request.content)
    assert request.method == "POST" and request.url.path == "/v1/responses"
    assert body["stream"] is True
    assert body["text"]["format"]["name"] == "Weather"
    assert request.headers["X-Stainless-Helper-Method"] == "responses.stream"


def test_text_events_carry_snapshots_and_parsed_values() -> None:
    server = SSEServer(_text_events())
    with _responses(server).stream(model="gpt-4o", input="weather?", text_format=Weather) as stream:
        events = list(stream)
        final = stream.get_final_response()

    assert [event.sequence_number for event in events] == list(range(len(_text_events())))
    deltas = [event for event in events if isinstance(event, ResponseTextDeltaEvent)]
    assert [event.snapshot for event in deltas] == ['{"city": "Os', TEXT]
    done = [event for event in events if isinstance(event, ResponseTextDoneEvent)]
    assert len(done) == 1 and done[0].parsed == Weather(city="Oslo", temperature=-2)
    completed = events[-1]
    assert isinstance(completed, ResponseCompletedEvent)
    assert completed.response.output_parsed == Weather(city="Oslo", temperature=-2)
    assert final.output_parsed == Weather(city="Oslo", temperature=-2)
    assert final.status == "completed"


def test_snapshot_tracks_the_response_being_generated() -> None:
    server = SSEServer(_text_events())
    with _responses(server).stream(model="gpt-4o", input="weather?") as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                break
        snapshot = stream.current_snapshot
        message: Any = snapshot.output[0]
        assert message.content[0].text == '{"city": "Os'


def test_without_text_format_nothing_is_parsed() -> None:
    server = SSEServer(_text_events())
    with _responses(server).stream(model="gpt-4o", input="weather?") as stream:
        done = [event for event in stream if isinstance(event, ResponseTextDoneEvent)]
        final = stream.get_final_response()
    assert done[0].parsed is None
    assert final.output_parsed is None


def test_function_call_argument_deltas_and_parsed_arguments() -> None:
    server = SSEServer(_function_events())
    with _responses(server).stream(model="gpt-4o", input="x", tools=[pydantic_function_tool(Weather)]) as stream:
        events = list(stream)
        final = stream.get_final_response()
    deltas = [event for event in events if isinstance(event, ResponseFunctionCallArgumentsDeltaEvent)]
    assert [event.snapshot for event in deltas] == ['{"city": ', FUNCTION_CALL["arguments"]]
    call = final.output[0]
    assert isinstance(call, ParsedResponseFunctionToolCall)
    assert call.parsed_arguments == Weather(city="Rome", temperature=30)
    body = json.loads(server.requests[0].content)
    assert body["tools"][0]["name"] == "Weather" and "function" not in body["tools"][0]


def test_first_event_must_be_response_created() -> None:
    server = SSEServer(_text_events()[2:])
    with pytest.raises(RuntimeError, match="response.created"):
        with _responses(server).stream(model="gpt-4o", input="x") as stream:
            stream.until_done()


def test_stream_ending_without_response_completed_is_interrupted() -> None:
    server = SSEServer(_text_events()[:-1])
    with _responses(server).stream(model="gpt-4o", input="x") as stream:
        with pytest.raises(openai.APIStreamInterruptedError, match="response.completed"):
            stream.get_final_response()


def test_resume_by_response_id_gets_the_stream_and_skips_seen_events() -> None:
    server = SSEServer(_text_events())
    with _responses(server).stream(response_id="resp_1", starting_after=4, text_format=Weather) as stream:
        numbers = [event.sequence_number for event in stream]
        final = stream.get_final_response()
    request = server.requests[0]
    assert request.method == "GET"
    assert request.url.path == "/v1/responses/resp_1"
    assert request.url.params["stream"] == "true"
    assert numbers == list(range(5, len(_text_events())))
    assert final.output_parsed == Weather(city="Oslo", temperature=-2)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "`input` and `model`"),
        ({"input": "x"}, "`model`"),
        ({"model": "gpt-4o", "input": "x", "starting_after": 3}, "starting_after"),
        ({"response_id": "resp_1", "model": "gpt-4o"}, "cannot be combined with .*model"),
    ],
)
def test_stream_argument_errors(kwargs: Dict[str, Any], message: str) -> None:
    server = SSEServer(_text_events())
    with pytest.raises(ValueError, match=message):
        _responses(server).stream(**kwargs)
    assert server.requests == []


def test_text_format_and_text_format_dict_conflict() -> None:
    server = SSEServer(_text_events())
    with pytest.raises(TypeError, match="text.format"):
        _responses(server).stream(model="gpt-4o", input="x", text_format=Weather, text={"format": {"type": "text"}})


class _BrokenStream(httpx.SyncByteStream):
    def __init__(self, first: bytes) -> None:
        self.first = first

    def __iter__(self) -> Iterator[bytes]:
        yield self.first
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


def test_stream_cut_mid_way_raises_a_connection_error() -> None:
    first = _sse(_text_events()[:5])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_BrokenStream(first), headers={"content-type": "text/event-stream"})

    seen: List[str] = []
    with pytest.raises(APIConnectionError):
        with _responses(handler).stream(model="gpt-4o", input="x") as stream:
            for event in stream:
                seen.append(event.type)
    assert seen[-1] == "response.output_text.delta"


def test_leaving_the_block_early_closes_the_response() -> None:
    server = SSEServer(_text_events())
    with _responses(server).stream(model="gpt-4o", input="x") as stream:
        assert next(iter(stream)).type == "response.created"
    assert server.responses[0].is_closed


async def test_async_stream() -> None:
    server = SSEServer(_text_events())
    async with _async_responses(server).stream(model="gpt-4o", input="x", text_format=Weather) as stream:
        types = [event.type async for event in stream]
        final = await stream.get_final_response()
    assert types[0] == "response.created" and types[-1] == "response.completed"
    assert final.output_parsed == Weather(city="Oslo", temperature=-2)
    assert server.responses[0].is_closed


async def test_async_resume() -> None:
    server = SSEServer(_text_events())
    async with _async_responses(server).stream(response_id="resp_1", starting_after=7) as stream:
        numbers = [event.sequence_number async for event in stream]
    assert numbers == [8]
    assert server.requests[0].method == "GET"


# ---------------------------------------------------------------------------------------------------------------
# Against the built-in local server (openai.testing), over a real socket


def test_builtin_server_stream_with_text_format() -> None:
    from openai.testing import Server

    with Server() as server:
        server.reply("responses.create", '{"city": "Riga", "temperature": 4}')
        with OpenAI(base_url=server.url, api_key="test") as client:
            with client.responses.stream(model="gpt-4o-mini", input="x", text_format=Weather) as stream:
                events = list(stream)
                final = stream.get_final_response()
    assert events[0].type == "response.created"
    text = "".join(event.delta for event in events if isinstance(event, ResponseTextDeltaEvent))
    assert text == '{"city": "Riga", "temperature": 4}'
    assert final.output_parsed == Weather(city="Riga", temperature=4)


async def test_builtin_server_async_stream() -> None:
    from openai.testing import Server

    with Server() as server:
        server.reply("responses.create", "Hi!")
        async with AsyncOpenAI(base_url=server.url, api_key="test") as client:
            async with client.responses.stream(model="gpt-4o-mini", input="x") as stream:
                final = await stream.get_final_response()
    assert final.status == "completed"


def test_plain_chat_shaped_tool_is_rejected_before_sending() -> None:
    server = SSEServer(_text_events())
    chat_tool: Any = {"type": "function", "function": {"name": "f", "parameters": {}}}
    with pytest.raises(TypeError, match="pydantic_function_tool"):
        _responses(server).stream(model="gpt-4o", input="x", tools=[chat_tool])
    assert server.requests == []


def test_stream_state_used_on_its_own() -> None:
    from openai._models import construct_type
    from openai.lib.streaming.responses import ResponseStreamState
    from openai.types.responses.response_stream_event import ResponseStreamEvent as RawEvent

    state = ResponseStreamState(input_tools=[], text_format=Weather)
    types: List[str] = []
    for number, raw in enumerate(_text_events()):
        # Loose construction, as the SDK builds streamed events (the fixtures omit fields the API always sends).
        event: Any = construct_type(value={**raw, "sequence_number": number}, type_=RawEvent)
        types.extend(item.type for item in state.handle_event(event))
    assert types[-1] == "response.completed"
    completed = state.completed_response
    assert completed is not None and completed.output_parsed == Weather(city="Oslo", temperature=-2)


def test_response_stream_state_accumulate_event_builds_the_snapshot() -> None:
    from openai._models import construct_type_unchecked
    from openai.types.responses import ResponseStreamEvent as RawEvent
    from openai.lib.streaming.responses import ResponseStreamState

    event_type: Any = RawEvent
    state: ResponseStreamState[Weather] = ResponseStreamState(input_tools=[], text_format=Weather)
    snapshot = None
    for raw in _text_events():
        event = construct_type_unchecked(value=raw, type_=event_type)
        snapshot = state.accumulate_event(event)
    assert snapshot is not None
    message: Any = snapshot.output[0]
    assert message.content[0].text == TEXT
