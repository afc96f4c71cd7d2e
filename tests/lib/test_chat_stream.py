"""``chat.completions.stream()`` on a mock transport with hand-written SSE bodies, plus the delta rules."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Iterator, Optional, AsyncIterator

import httpx
import pytest
import pydantic

from openai import (
    OpenAI,
    AsyncOpenAI,
    APIConnectionError,
    LengthFinishReasonError,
    ContentFilterFinishReasonError,
)
from openai.lib._tools import pydantic_function_tool
from openai.lib.chat_helpers import ChatCompletionsHelpers, AsyncChatCompletionsHelpers
from openai.lib.streaming.chat import (
    ChunkEvent,
    ContentDoneEvent,
    ContentDeltaEvent,
    ChatCompletionStreamState,
    FunctionToolCallArgumentsDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
)
from openai.lib.streaming._deltas import accumulate_delta
from openai.types.chat.chat_completion_chunk import ChatCompletionChunk

BASE_URL = "http://127.0.0.1:4010/v1"
MESSAGES: List[Any] = [{"role": "user", "content": "hi"}]


class Weather(pydantic.BaseModel):
    city: str
    temperature: int


def _chunk(
    delta: Dict[str, Any], *, finish_reason: Optional[str] = None, index: int = 0, **extra: Any
) -> Dict[str, Any]:
    choice: Dict[str, Any] = {"index": index, "delta": delta, "finish_reason": finish_reason}
    if "logprobs" in extra:
        choice["logprobs"] = extra.pop("logprobs")
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "gpt-4o",
        "choices": [choice],
        **extra,
    }


def _sse(chunks: List[Dict[str, Any]], *, done: bool = True) -> bytes:
    body = "".join(f"data: {json.dumps(chunk)}\n\n" for chunk in chunks)
    if done:
        body += "data: [DONE]\n\n"
    return body.encode()


class SSEServer:
    """Mock transport answering with a fixed SSE body; records requests and the responses it produced."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.requests: List[httpx.Request] = []
        self.responses: List[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = httpx.Response(200, content=self.body, headers={"content-type": "text/event-stream"})
        self.responses.append(response)
        return response


def _chat(server: Any) -> ChatCompletionsHelpers:
    client = OpenAI(api_key="test", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(server)))
    return client.chat.completions


def _async_chat(server: Any) -> AsyncChatCompletionsHelpers:
    client = AsyncOpenAI(
        api_key="test", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(server))
    )
    return client.chat.completions


CONTENT_CHUNKS: List[Dict[str, Any]] = [
    _chunk({"role": "assistant", "content": ""}),
    _chunk({"content": '{"city": "Pa'}),
    _chunk({"content": 'ris", "temperature": 2'}),
    _chunk({"content": "1}"}),
    _chunk({}, finish_reason="stop"),
    {**_chunk({}), "choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 9, "total_tokens": 12}},
]


def test_request_has_stream_true_helper_header_and_schema() -> None:
    server = SSEServer(_sse(CONTENT_CHUNKS))
    with _chat(server).stream(model="gpt-4o", messages=MESSAGES, response_format=Weather) as stream:
        stream.until_done()
    body = json.loads(server.requests[0].content)
    assert body["stream"] is True
    assert body["response_format"]["json_schema"]["name"] == "Weather"
    assert server.requests[0].headers["X-Stainless-Helper-Method"] == "chat.completions.stream"


def test_content_events_carry_snapshots_partial_and_final_parsed_values() -> None:
    server = SSEServer(_sse(CONTENT_CHUNKS))
    with _chat(server).stream(model="gpt-4o", messages=MESSAGES, response_format=Weather) as stream:
        events = list(stream)

    assert [event.type for event in events] == [
        "chunk",
        "content.delta",
        "chunk",
        "content.delta",
        "chunk",
        "content.delta",
        "chunk",
        "content.delta",
        "chunk",
        "content.done",
        "chunk",
    ]
    deltas = [event for event in events if isinstance(event, ContentDeltaEvent)]
    assert [event.delta for event in deltas] == ["", '{"city": "Pa', 'ris", "temperature": 2', "1}"]
    assert deltas[1].snapshot == '{"city": "Pa'
    assert deltas[1].parsed == {"city": "Pa"}
    assert deltas[2].parsed == {"city": "Paris", "temperature": 2}
    done = [event for event in events if isinstance(event, ContentDoneEvent)]
    assert len(done) == 1
    assert done[0].parsed == Weather(city="Paris", temperature=21)
    assert done[0].content == '{"city": "Paris", "temperature": 21}'
    chunk_events = [event for event in events if isinstance(event, ChunkEvent)]
    assert chunk_events[0].chunk.choices[0].delta.role == "assistant"


def test_final_completion_is_parsed_and_has_usage() -> None:
    server = SSEServer(_sse(CONTENT_CHUNKS))
    with _chat(server).stream(model="gpt-4o", messages=MESSAGES, response_format=Weather) as stream:
        completion = stream.get_final_completion()
        snapshot = stream.current_completion_snapshot
    assert completion.object == "chat.completion"
    assert completion.choices[0].message.parsed == Weather(city="Paris", temperature=21)
    assert completion.choices[0].finish_reason == "stop"
    assert completion.choices[0].message.role == "assistant"
    assert completion.usage is not None and completion.usage.total_tokens == 12
    assert snapshot.choices[0].message.content == '{"city": "Paris", "temperature": 21}'
    dumped: Any = completion.to_dict()
    assert set(dumped) == {"id", "object", "created", "model", "choices", "usage"}
    assert set(dumped["choices"][0]) == {"index", "finish_reason", "logprobs", "message"}
    assert dumped["choices"][0]["message"]["parsed"] == {"city": "Paris", "temperature": 21}


def test_without_format_content_is_accumulated_but_not_parsed() -> None:
    server = SSEServer(
        _sse([_chunk({"role": "assistant", "content": "Hel"}), _chunk({"content": "lo"}, finish_reason="stop")])
    )
    with _chat(server).stream(model="gpt-4o", messages=MESSAGES) as stream:
        events = list(stream)
        completion = stream.get_final_completion()
    done = [event for event in events if event.type == "content.done"]
    assert len(done) == 1 and isinstance(done[0], ContentDoneEvent)
    assert done[0].content == "Hello" and done[0].parsed is None
    assert completion.choices[0].message.content == "Hello"
    assert completion.choices[0].message.parsed is None


TOOL_CHUNKS: List[Dict[str, Any]] = [
    _chunk({"role": "assistant", "content": None}),
    _chunk(
        {
            "tool_calls": [
                {"index": 0, "id": "call_a", "type": "function", "function": {"name": "Weather", "arguments": ""}}
            ]
        }
    ),
    _chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": "Ro'}}]}),
    _chunk({"tool_calls": [{"index": 0, "function": {"arguments": 'me", "temperature": 30}'}}]}),
    _chunk(
        {
            "tool_calls": [
                {"index": 1, "id": "call_b", "type": "function", "function": {"name": "other", "arguments": "{}"}}
            ]
        }
    ),
    _chunk({}, finish_reason="tool_calls"),
]


def test_tool_call_argument_deltas_carry_partial_json_and_done_events_the_model() -> None:
    server = SSEServer(_sse(TOOL_CHUNKS))
    tools = [pydantic_function_tool(Weather)]
    with _chat(server).stream(model="gpt-4o", messages=MESSAGES, tools=tools) as stream:
        events = [event for event in stream if event.type != "chunk"]
        completion = stream.get_final_completion()

    deltas = [event for event in events if isinstance(event, FunctionToolCallArgumentsDeltaEvent)]
    assert [(event.name, event.index, event.arguments_delta) for event in deltas] == [
        ("Weather", 0, ""),
        ("Weather", 0, '{"city": "Ro'),
        ("Weather", 0, 'me", "temperature": 30}'),
        ("other", 1, "{}"),
    ]
    assert deltas[1].parsed_arguments == {"city": "Ro"}
    assert deltas[1].arguments == '{"city": "Ro'
    assert deltas[3].parsed_arguments is None  # no strict tool called "other"

    done = [event for event in events if isinstance(event, FunctionToolCallArgumentsDoneEvent)]
    # The first call is done when the second starts; the second when the choice finishes.
    assert [(event.name, event.index) for event in done] == [("Weather", 0), ("other", 1)]
    assert done[0].parsed_arguments == Weather(city="Rome", temperature=30)
    # Within one chunk the deltas come first, then the done events that chunk triggers.
    assert events.index(deltas[3]) < events.index(done[0]) < events.index(done[1])

    tool_calls = completion.choices[0].message.tool_calls
    assert tool_calls is not None
    assert [call.id for call in tool_calls] == ["call_a", "call_b"]
    assert tool_calls[0].function.arguments == '{"city": "Rome", "temperature": 30}'
    assert tool_calls[0].function.parsed_arguments == Weather(city="Rome", temperature=30)
    assert tool_calls[1].function.parsed_arguments is None


def test_refusal_events_and_final_refusal() -> None:
    server = SSEServer(
        _sse(
            [
                _chunk({"role": "assistant", "refusal": "I can"}),
                _chunk({"refusal": "not help."}),
                _chunk({}, finish_reason="stop"),
            ]
        )
    )
    with _chat(server).stream(model="gpt-4o", messages=MESSAGES, response_format=Weather) as stream:
        events = [event for event in stream if event.type != "chunk"]
        completion = stream.get_final_completion()
    assert [event.type for event in events] == ["refusal.delta", "refusal.delta", "refusal.done"]
    assert events[1].model_dump()["snapshot"] == "I cannot help."
    assert events[2].model_dump()["refusal"] == "I cannot help."
    assert completion.choices[0].message.refusal == "I cannot help."
    assert completion.choices[0].message.parsed is None


def _logprob(token: str) -> Dict[str, Any]:
    return {"token": token, "logprob": -0.1, "bytes": None, "top_logprobs": []}


def test_logprobs_events_accumulate() -> None:
    server = SSEServer(
        _sse(
            [
                _chunk({"role": "assistant", "content": "Hi"}, logprobs={"content": [_logprob("Hi")], "refusal": None}),
                _chunk({"content": "!"}, logprobs={"content": [_logprob("!")], "refusal": None}),
                _chunk({}, finish_reason="stop"),
            ]
        )
    )
    with _chat(server).stream(model="gpt-4o", messages=MESSAGES, logprobs=True) as stream:
        events = [event for event in stream if event.type.startswith("logprobs")]
        completion = stream.get_final_completion()
    assert [event.type for event in events] == [
        "logprobs.content.delta",
        "logprobs.content.delta",
        "logprobs.content.done",
    ]
    done = events[-1].model_dump()
    assert [item["token"] for item in done["content"]] == ["Hi", "!"]
    logprobs = completion.choices[0].logprobs
    assert logprobs is not None and logprobs.content is not None
    assert [item.token for item in logprobs.content] == ["Hi", "!"]


def test_multiple_choices_are_tracked_separately() -> None:
    server = SSEServer(
        _sse(
            [
                _chunk({"role": "assistant", "content": "A"}, index=0),
                _chunk({"role": "assistant", "content": "B"}, index=1),
                _chunk({"content": "a"}, index=0, finish_reason="stop"),
                _chunk({"content": "b"}, index=1, finish_reason="stop"),
            ]
        )
    )
    with _chat(server).stream(model="gpt-4o", messages=MESSAGES, n=2) as stream:
        completion = stream.get_final_completion()
    assert [choice.message.content for choice in completion.choices] == ["Aa", "Bb"]
    assert [choice.index for choice in completion.choices] == [0, 1]


def test_length_finish_with_a_format_raises_mid_stream() -> None:
    server = SSEServer(
        _sse([_chunk({"role": "assistant", "content": '{"city": '}), _chunk({}, finish_reason="length")])
    )
    seen: List[str] = []
    with pytest.raises(LengthFinishReasonError):
        with _chat(server).stream(model="gpt-4o", messages=MESSAGES, response_format=Weather) as stream:
            for event in stream:
                seen.append(event.type)
    assert seen == ["chunk", "content.delta"]


def test_length_finish_without_parseable_input_streams_normally() -> None:
    server = SSEServer(_sse([_chunk({"role": "assistant", "content": "abc"}), _chunk({}, finish_reason="length")]))
    with _chat(server).stream(model="gpt-4o", messages=MESSAGES) as stream:
        types = [event.type for event in stream]
    assert types[-1] == "content.done"


def test_content_filter_finish_with_strict_tool_raises() -> None:
    server = SSEServer(_sse([_chunk({"role": "assistant", "content": ""}), _chunk({}, finish_reason="content_filter")]))
    with pytest.raises(ContentFilterFinishReasonError):
        with _chat(server).stream(model="gpt-4o", messages=MESSAGES, tools=[pydantic_function_tool(Weather)]) as stream:
            stream.until_done()


class _BrokenStream(httpx.SyncByteStream):
    """Sends some bytes, then fails as a dropped connection does."""

    def __init__(self, first: bytes) -> None:
        self.first = first
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield self.first
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    def close(self) -> None:
        self.closed = True


def test_stream_cut_mid_way_raises_a_connection_error() -> None:
    broken = _BrokenStream(_sse([_chunk({"role": "assistant", "content": "Hel"})], done=False))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=broken, headers={"content-type": "text/event-stream"})

    received: List[str] = []
    with pytest.raises(APIConnectionError) as exc_info:
        with _chat(handler).stream(model="gpt-4o", messages=MESSAGES) as stream:
            for event in stream:
                received.append(event.type)
    assert received == ["chunk", "content.delta"]
    assert isinstance(exc_info.value, httpx.TransportError)
    assert broken.closed


def test_leaving_the_block_early_closes_the_response() -> None:
    server = SSEServer(_sse(CONTENT_CHUNKS))
    with _chat(server).stream(model="gpt-4o", messages=MESSAGES) as stream:
        first = next(iter(stream))
        assert first.type == "chunk"
    assert server.responses[0].is_closed


def test_snapshot_before_any_chunk_is_an_error() -> None:
    state = ChatCompletionStreamState[None]()
    with pytest.raises(RuntimeError, match="No chat completion chunk"):
        state.get_final_completion()


def test_stream_state_used_on_its_own() -> None:
    state = ChatCompletionStreamState(response_format=Weather)
    events: List[str] = []
    for raw in CONTENT_CHUNKS:
        events.extend(event.type for event in state.handle_chunk(ChatCompletionChunk.model_validate(raw)))
    assert "content.done" in events
    completion = state.get_final_completion()
    assert completion.choices[0].message.parsed == Weather(city="Paris", temperature=21)


def test_repeated_role_and_id_are_not_concatenated() -> None:
    state = ChatCompletionStreamState[None]()
    call = {"index": 0, "id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{"}}
    for raw in [
        _chunk({"role": "assistant", "tool_calls": [call]}),
        _chunk({"role": "assistant", "tool_calls": [{**call, "function": {"arguments": "}"}}]}),
        _chunk({}, finish_reason="tool_calls"),
    ]:
        state.handle_chunk(ChatCompletionChunk.model_validate(raw))
    message = state.get_final_completion().choices[0].message
    assert message.role == "assistant"
    assert message.tool_calls is not None
    assert message.tool_calls[0].id == "call_1"
    assert message.tool_calls[0].function.arguments == "{}"


async def test_async_stream_events_and_final_completion() -> None:
    server = SSEServer(_sse(CONTENT_CHUNKS))
    async with _async_chat(server).stream(model="gpt-4o", messages=MESSAGES, response_format=Weather) as stream:
        types = [event.type async for event in stream]
        completion = await stream.get_final_completion()
    assert types.count("content.delta") == 4
    assert completion.choices[0].message.parsed == Weather(city="Paris", temperature=21)
    assert server.responses[0].is_closed


class _AsyncBrokenStream(httpx.AsyncByteStream):
    def __init__(self, first: bytes) -> None:
        self.first = first

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.first
        raise httpx.ReadError("connection reset")


async def test_async_stream_cut_mid_way_raises() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            stream=_AsyncBrokenStream(_sse([_chunk({"role": "assistant", "content": "x"})], done=False)),
            headers={"content-type": "text/event-stream"},
        )

    with pytest.raises(APIConnectionError):
        async with _async_chat(handler).stream(model="gpt-4o", messages=MESSAGES) as stream:
            await stream.until_done()


async def test_async_manager_not_entered_sends_nothing() -> None:
    server = SSEServer(_sse(CONTENT_CHUNKS))
    manager = _async_chat(server).stream(model="gpt-4o", messages=MESSAGES)
    await manager.__aexit__(None, None, None)
    assert server.requests == []


# ---------------------------------------------------------------------------------------------------------------
# Delta accumulation rules (openai.lib.streaming._deltas)


def test_accumulate_delta_concatenates_strings_and_adds_numbers() -> None:
    acc: Dict[str, object] = {"content": "Hel", "count": 1, "score": 0.5}
    accumulate_delta(acc, {"content": "lo", "count": 2, "score": 0.25})
    assert acc == {"content": "Hello", "count": 3, "score": 0.75}


def test_accumulate_delta_overwrites_index_and_type() -> None:
    acc: Dict[str, object] = {"index": 0, "type": "function"}
    accumulate_delta(acc, {"index": 0, "type": "function"})
    assert acc == {"index": 0, "type": "function"}


def test_accumulate_delta_merges_nested_dicts_and_indexed_lists() -> None:
    acc: Dict[str, object] = {
        "tool_calls": [{"index": 0, "id": "call_1", "function": {"name": "get", "arguments": '{"ci'}}]
    }
    accumulate_delta(acc, {"tool_calls": [{"index": 0, "function": {"arguments": 'ty": "Paris"}'}}]})
    accumulate_delta(acc, {"tool_calls": [{"index": 1, "id": "call_2", "function": {"name": "put", "arguments": ""}}]})
    assert acc == {
        "tool_calls": [
            {"index": 0, "id": "call_1", "function": {"name": "get", "arguments": '{"city": "Paris"}'}},
            {"index": 1, "id": "call_2", "function": {"name": "put", "arguments": ""}},
        ]
    }


def test_accumulate_delta_extends_lists_without_index() -> None:
    acc: Dict[str, object] = {"content": [{"token": "a"}], "ids": [1]}
    accumulate_delta(acc, {"content": [{"token": "b"}], "ids": [2, 3]})
    assert acc == {"content": [{"token": "a"}, {"token": "b"}], "ids": [1, 2, 3]}


def test_accumulate_delta_null_keeps_and_replaces() -> None:
    acc: Dict[str, object] = {"content": None, "refusal": "no"}
    accumulate_delta(acc, {"content": "yes", "refusal": None, "new": 1})
    assert acc == {"content": "yes", "refusal": "no", "new": 1}


def test_accumulate_delta_mismatched_types_name_the_key() -> None:
    with pytest.raises(TypeError, match="'content'"):
        accumulate_delta({"content": "text"}, {"content": 3})
    with pytest.raises(TypeError, match="index"):
        accumulate_delta({"items": []}, {"items": [{"index": "zero"}]})


# ---------------------------------------------------------------------------------------------------------------
# Against the built-in local server (openai.testing), over a real socket


def test_builtin_server_stream_with_schema() -> None:
    from openai.testing import Server

    with Server() as server:
        with OpenAI(base_url=server.url, api_key="test") as client:
            with client.chat.completions.stream(
                model="gpt-4o-mini", messages=MESSAGES, response_format=Weather
            ) as stream:
                types = [event.type for event in stream]
                completion = stream.get_final_completion()
    assert "content.done" in types
    assert isinstance(completion.choices[0].message.parsed, Weather)


def test_builtin_server_streamed_tool_call_arguments() -> None:
    from openai.testing import Server, ToolCall

    with Server() as server:
        server.reply("chat.completions.create", tool_calls=[ToolCall("Weather", {"city": "Bern", "temperature": 9})])
        with OpenAI(base_url=server.url, api_key="test") as client:
            with client.chat.completions.stream(
                model="gpt-4o-mini", messages=MESSAGES, tools=[pydantic_function_tool(Weather)]
            ) as stream:
                done = [event for event in stream if isinstance(event, FunctionToolCallArgumentsDoneEvent)]
    assert len(done) == 1
    assert done[0].parsed_arguments == Weather(city="Bern", temperature=9)


async def test_builtin_server_async_stream_text() -> None:
    from openai.testing import Server

    with Server() as server:
        server.reply("chat.completions.create", "Hello there, friend.")
        async with AsyncOpenAI(base_url=server.url, api_key="test") as client:
            async with client.chat.completions.stream(model="gpt-4o-mini", messages=MESSAGES) as stream:
                text = "".join([event.delta async for event in stream if isinstance(event, ContentDeltaEvent)])
                completion = await stream.get_final_completion()
    assert text == "Hello there, friend."
    assert completion.choices[0].message.content == "Hello there, friend."


def test_deprecated_function_call_deltas_accumulate() -> None:
    state = ChatCompletionStreamState[None]()
    for raw in [
        _chunk({"role": "assistant", "function_call": {"name": "lookup", "arguments": '{"q": '}}),
        _chunk({"function_call": {"arguments": '"x"}'}}),
        _chunk({}, finish_reason="function_call"),
    ]:
        state.handle_chunk(ChatCompletionChunk.model_validate(raw))
    function_call = state.get_final_completion().choices[0].message.function_call
    assert function_call is not None
    assert (function_call.name, function_call.arguments) == ("lookup", '{"q": "x"}')


def test_custom_tool_name_is_used_to_find_the_model() -> None:
    state = ChatCompletionStreamState[None](input_tools=[pydantic_function_tool(Weather, name="get_weather")])
    call = {"index": 0, "id": "c", "type": "function", "function": {"name": "get_weather", "arguments": ""}}
    events: List[Any] = []
    for raw in [
        _chunk({"role": "assistant", "tool_calls": [call]}),
        _chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": "Ulm", "temperature": 7}'}}]}),
        _chunk({}, finish_reason="tool_calls"),
    ]:
        events.extend(state.handle_chunk(ChatCompletionChunk.model_validate(raw)))
    done = [event for event in events if isinstance(event, FunctionToolCallArgumentsDoneEvent)]
    assert done[0].name == "get_weather"
    assert done[0].parsed_arguments == Weather(city="Ulm", temperature=7)


def test_snapshot_of_a_stream_before_reading_is_an_error() -> None:
    server = SSEServer(_sse(CONTENT_CHUNKS))
    with _chat(server).stream(model="gpt-4o", messages=MESSAGES) as stream:
        with pytest.raises(RuntimeError):
            stream.current_completion_snapshot  # noqa: B018 - the property access is what raises
        assert stream.until_done() is stream
        assert stream.current_completion_snapshot.choices[0].finish_reason == "stop"
        assert list(stream) == []  # already consumed
