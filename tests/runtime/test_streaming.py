"""SSE decoding (CONTRACT 7.1) and the Stream / AsyncStream iterators (7.2, 7.3) on httpx.MockTransport."""

from __future__ import annotations

import random
import asyncio
from typing import Any, List, Iterator, Optional, AsyncIterator

import httpx
import pytest

from openai._models import BaseModel, parse_data
from openai._streaming import Stream, SSEDecoder, AsyncStream, ServerSentEvent
from openai._exceptions import APIError, APIConnectionError, APIStreamInterruptedError, APIResponseValidationError

# --- decoder --------------------------------------------------------------------------------------------------

CORPUS = (
    b'data: {"a":1}\n\n'
    b": this is a comment\r\n"
    b": ping\n\n"
    b'event: thread.message.delta\r\ndata: {"b":2}\r\n\r\n'
    b"data: line1\rdata: line2\r\r"
    b"id: 42\n\n"
    b"retry: 1500\n\n"
    b"retry: nope\n\n"
    b"data:\n\n"
    b"data\n\n"
    b"data: caf\xc3\xa9 \xe2\x98\x83 \xf0\x9f\x98\x80\n\n"
    b"event: custom\ndata: x\nid: 7\nunknown: field\n\n"
    b"id: bad\x00id\ndata: y\n\n"
    b"data:  two spaces\n\n"
    b"data: a\ndata: b\ndata:\ndata: c\n\n"
    b"\n\n\n"
    b"event:\ndata: unnamed\n\n"
    b"data: trailing event without its blank line"
)

EXPECTED = [
    ServerSentEvent(data='{"a":1}'),
    ServerSentEvent(event="thread.message.delta", data='{"b":2}'),
    ServerSentEvent(data="line1\nline2"),
    ServerSentEvent(id="42"),
    ServerSentEvent(id="42", retry=1500),
    ServerSentEvent(id="42", data=""),
    ServerSentEvent(id="42", data=""),
    ServerSentEvent(id="42", data="café ☃ 😀"),
    ServerSentEvent(event="custom", data="x", id="7"),
    ServerSentEvent(id="7", data="y"),
    ServerSentEvent(id="7", data=" two spaces"),
    ServerSentEvent(id="7", data="a\nb\n\nc"),
    ServerSentEvent(id="7", data="unnamed"),
    # Not dropped at the end of the body: the consumer decides whether the cut-short event is usable.
    ServerSentEvent(id="7", data="trailing event without its blank line"),
]


def _decode(chunks: List[bytes]) -> List[ServerSentEvent]:
    decoder = SSEDecoder()
    return list(decoder.iter_bytes(chunks))


def test_decoder_whole_corpus() -> None:
    assert _decode([CORPUS]) == EXPECTED


def test_decoder_byte_by_byte_matches_whole() -> None:
    assert _decode([CORPUS[i : i + 1] for i in range(len(CORPUS))]) == EXPECTED


def test_decoder_every_two_way_split_matches_whole() -> None:
    for split in range(len(CORPUS) + 1):
        assert _decode([CORPUS[:split], CORPUS[split:]]) == EXPECTED, split


@pytest.mark.parametrize("seed", range(20))
def test_decoder_random_chunking_matches_whole(seed: int) -> None:
    rng = random.Random(seed)
    chunks: List[bytes] = []
    position = 0
    while position < len(CORPUS):
        size = rng.randint(1, 17)
        chunks.append(CORPUS[position : position + size])
        position += size
    assert _decode(chunks) == EXPECTED


def test_event_fields() -> None:
    event = EXPECTED[1]
    assert event.event == "thread.message.delta"
    assert event.data == '{"b":2}'
    assert event.id is None
    assert event.retry is None
    assert event.json() == {"b": 2}
    assert "thread.message.delta" in repr(event)


def test_crlf_split_across_chunks_is_one_line_ending() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"\ndata: b\n\n") == [ServerSentEvent(data="a\nb")]


def test_lone_cr_then_data_is_a_line_ending() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"data: b\r\r") == [ServerSentEvent(data="a\nb")]


def test_no_size_limit_on_lines() -> None:
    payload = b"x" * 1_000_000
    body = b"data: " + payload + b"\n\n"
    events = _decode([body[i : i + 1024] for i in range(0, len(body), 1024)])
    assert len(events) == 1
    assert events[0].data == payload.decode()


def test_end_returns_an_incomplete_event_and_resets_state() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 1\nevent: e\ndata: partial\n") == []
    assert decoder.end() == [ServerSentEvent(id="1", event="e", data="partial")]
    assert decoder.feed(b"data: next\n\n") == [ServerSentEvent(data="next")]


def test_cr_at_chunk_end_dispatches_without_waiting_for_the_next_chunk() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n") == []
    assert decoder.feed(b"\r") == [ServerSentEvent(data="a")]
    # The "\n" that may follow belongs to the same line ending and must not count as another line.
    assert decoder.feed(b"\ndata: b\n\n") == [ServerSentEvent(data="b")]


async def test_aiter_bytes_matches_iter_bytes() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for index in range(0, len(CORPUS), 3):
            yield CORPUS[index : index + 3]

    decoder = SSEDecoder()
    assert [event async for event in decoder.aiter_bytes(chunks())] == EXPECTED


def test_leading_byte_order_mark_is_ignored_however_it_is_split() -> None:
    body = b"\xef\xbb\xbfdata: first\n\ndata: \xef\xbb\xbfkept\n\n"
    expected = [ServerSentEvent(data="first"), ServerSentEvent(data="\ufeffkept")]
    assert _decode([body]) == expected
    assert _decode([body[i : i + 1] for i in range(len(body))]) == expected


def test_invalid_utf8_does_not_crash() -> None:
    assert _decode([b"data: \xff\xfe\n\n"]) == [ServerSentEvent(data="\ufffd\ufffd")]


# --- streams --------------------------------------------------------------------------------------------------


class Chunk(BaseModel):
    id: Optional[str] = None
    value: Optional[int] = None


class _Client:
    """The piece of the client a stream uses."""

    def __init__(self) -> None:
        self.calls: List[Any] = []

    def _process_response_data(self, *, data: object, cast_to: Any, response: httpx.Response) -> Any:
        self.calls.append(data)
        return parse_data(data, cast_to, strict=False)


URL = "https://api.example.test/v1/chat/completions"


def _sse(*events: str) -> List[bytes]:
    return [event.encode() + b"\n\n" for event in events]


def _sync_response(chunks: List[bytes], fail_with: Optional[Exception] = None) -> httpx.Response:
    def body() -> Iterator[bytes]:
        yield from chunks
        if fail_with is not None:
            raise fail_with

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body())

    client = httpx.Client(transport=httpx.MockTransport(handler))
    return client.send(client.build_request("POST", URL), stream=True)


async def _async_response(chunks: List[bytes], fail_with: Optional[Exception] = None) -> httpx.Response:
    async def body() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk
        if fail_with is not None:
            raise fail_with

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body())

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return await client.send(client.build_request("POST", URL), stream=True)


def _stream(chunks: List[bytes], cast_to: Any = Chunk, **kwargs: Any) -> Stream[Any]:
    return Stream(
        cast_to=cast_to, response=_sync_response(chunks, kwargs.pop("fail_with", None)), client=_Client(), **kwargs
    )


async def _astream(chunks: List[bytes], cast_to: Any = Chunk, **kwargs: Any) -> AsyncStream[Any]:
    response = await _async_response(chunks, kwargs.pop("fail_with", None))
    return AsyncStream(cast_to=cast_to, response=response, client=_Client(), **kwargs)


def test_stream_yields_models_until_done() -> None:
    stream = _stream(
        _sse('data: {"id":"a","value":1}', 'data: {"id":"b","value":2}', "data: [DONE]", 'data: {"id":"c"}')
    )
    items = list(stream)
    assert [item.id for item in items] == ["a", "b"]
    assert all(isinstance(item, Chunk) for item in items)
    assert stream.response.is_closed


def test_stream_ends_at_end_of_body_without_done() -> None:
    stream = _stream(_sse('data: {"value":1}'))
    assert [item.value for item in stream] == [1]
    assert stream.response.is_closed


def test_stream_next() -> None:
    stream = _stream(_sse('data: {"value":1}', 'data: {"value":2}', "data: [DONE]"))
    assert next(stream).value == 1
    assert next(stream).value == 2
    with pytest.raises(StopIteration):
        next(stream)
    assert stream.response.is_closed


def test_thread_events_are_wrapped_with_their_name() -> None:
    stream = _stream(
        _sse('event: thread.run.created\ndata: {"id":"run_1","error":"not checked"}', 'data: {"plain":true}'),
        cast_to=object,
    )
    assert list(stream) == [
        {"event": "thread.run.created", "data": {"id": "run_1", "error": "not checked"}},
        {"plain": True},
    ]


def test_synthesize_event_and_data_wraps_named_events() -> None:
    stream = _stream(
        _sse('event: response.created\ndata: {"a":1}', 'data: {"b":2}'), cast_to=object, synthesize_event_and_data=True
    )
    assert list(stream) == [{"event": "response.created", "data": {"a": 1}}, {"b": 2}]


def test_error_payload_raises_api_error() -> None:
    stream = _stream(_sse('data: {"value":1}', 'data: {"error":{"message":"overloaded","type":"server_error"}}'))
    iterator = iter(stream)
    assert next(iterator).value == 1
    with pytest.raises(APIError) as info:
        next(iterator)
    error = info.value
    assert type(error) is APIError
    assert error.message == "overloaded"
    assert error.body == {"message": "overloaded", "type": "server_error"}
    assert error.type == "server_error"
    assert error.request is stream.response.request
    assert stream.response.is_closed


@pytest.mark.parametrize("payload", ['{"error":{"code":"x"}}', '{"error":{"message":""}}', '{"error":"text"}'])
def test_error_payload_without_message_uses_the_default_message(payload: str) -> None:
    with pytest.raises(APIError, match="^An error occurred during streaming$"):
        list(_stream(_sse(f"data: {payload}")))


def test_falsy_error_key_is_not_an_error() -> None:
    assert [item.value for item in _stream(_sse('data: {"error":null,"value":3}'))] == [3]


def test_error_event_raises_api_error() -> None:
    with pytest.raises(APIError) as info:
        list(_stream(_sse('event: error\ndata: {"message":"bad","code":"c"}')))
    assert info.value.message == "bad"
    assert info.value.code == "c"


def test_named_event_without_data_raises_validation_error() -> None:
    with pytest.raises(APIResponseValidationError) as info:
        list(_stream(_sse("event: response.created")))
    assert info.value.status_code == 200


def test_id_and_retry_only_events_are_skipped() -> None:
    assert list(_stream(_sse("id: 1", "retry: 100", ": ping", 'data: {"value":1}'))) == [Chunk(value=1)]


def test_early_break_closes_the_response() -> None:
    stream = _stream(_sse('data: {"value":1}', 'data: {"value":2}'))
    for _ in stream:
        break
    assert stream.response.is_closed


def test_close_closes_the_response_and_stops_iteration() -> None:
    stream = _stream(_sse('data: {"value":1}', 'data: {"value":2}'))
    assert next(stream).value == 1
    stream.close()
    assert stream.response.is_closed
    assert list(stream) == []


def test_context_manager_closes_the_response() -> None:
    with _stream(_sse('data: {"value":1}')) as stream:
        assert stream.response.is_closed is False
    assert stream.response.is_closed


@pytest.mark.parametrize(
    "cause",
    [httpx.RemoteProtocolError("peer closed connection"), httpx.ReadError("connection reset by peer")],
)
def test_dropped_connection_raises_stream_interrupted(cause: httpx.TransportError) -> None:
    stream = _stream(_sse('data: {"value":1}'), fail_with=cause)
    received: List[Any] = []
    with pytest.raises(APIStreamInterruptedError) as info:
        for item in stream:
            received.append(item)
    error = info.value
    assert received == [Chunk(value=1)]
    assert isinstance(error, APIConnectionError)
    assert isinstance(error, type(cause))
    assert error.__cause__ is cause
    assert error.request is stream.response.request
    assert stream.response.is_closed


def test_undecodable_event_data_raises_validation_error() -> None:
    with pytest.raises(APIResponseValidationError, match="broken") as info:
        list(_stream(_sse("data: {broken")))
    assert info.value.body == "{broken"


async def test_async_stream_yields_models_until_done() -> None:
    stream = await _astream(_sse('data: {"value":1}', 'data: {"value":2}', "data: [DONE]", 'data: {"value":3}'))
    assert [item.value async for item in stream] == [1, 2]
    assert stream.response.is_closed


async def test_async_stream_anext_and_thread_events() -> None:
    stream = await _astream(_sse('event: thread.created\ndata: {"id":"t"}', "data: [DONE]"), cast_to=object)
    assert await stream.__anext__() == {"event": "thread.created", "data": {"id": "t"}}
    with pytest.raises(StopAsyncIteration):
        await stream.__anext__()
    assert stream.response.is_closed


async def test_async_stream_error_payload() -> None:
    stream = await _astream(_sse('data: {"error":{"message":"nope"}}'))
    with pytest.raises(APIError, match="nope"):
        async for _ in stream:
            pass
    assert stream.response.is_closed


async def test_async_stream_close_and_context_manager() -> None:
    stream = await _astream(_sse('data: {"value":1}', 'data: {"value":2}'))
    async with stream:
        assert (await stream.__anext__()).value == 1
    assert stream.response.is_closed
    assert [item async for item in stream] == []


async def test_async_early_break_closes_the_response() -> None:
    stream = await _astream(_sse('data: {"value":1}', 'data: {"value":2}'))
    async for _ in stream:
        break
    # The abandoned async generator is finalised by the event loop on its next iterations.
    for _ in range(50):
        if stream.response.is_closed:
            break
        await asyncio.sleep(0)
    assert stream.response.is_closed


async def test_async_dropped_connection_raises_stream_interrupted() -> None:
    cause = httpx.RemoteProtocolError("incomplete chunked read")
    stream = await _astream(_sse('data: {"value":1}'), fail_with=cause)
    with pytest.raises(httpx.RemoteProtocolError) as info:
        async for _ in stream:
            pass
    assert isinstance(info.value, APIStreamInterruptedError)
    assert info.value.__cause__ is cause
    assert stream.response.is_closed


def test_decoder_state_is_reset_between_streams() -> None:
    decoder = SSEDecoder()
    assert list(decoder.iter_bytes([b"id: 9\ndata: a\n\n", b"data: unfinished"])) == [
        ServerSentEvent(id="9", data="a"),
        ServerSentEvent(id="9", data="unfinished"),
    ]
    assert list(decoder.iter_bytes([b"data: b\n\n"])) == [ServerSentEvent(data="b")]
