"""SSE decoding under hypothesis: any split of the bytes gives the same events, and arbitrary bytes fed to a
stream raise only `openai` exceptions."""

from __future__ import annotations

from typing import Any, List, Tuple, Callable, Iterator

import httpx
from hypothesis import HealthCheck, given, example, settings, strategies as st

import openai
from openai import Stream
from openai._models import BaseModel
from openai._streaming import SSEDecoder, ServerSentEvent
from openai._base_client import make_request_options
from openai._request_options import FinalRequestOptions

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _field(prefix: bytes) -> Callable[[bytes], bytes]:
    def build(value: bytes) -> bytes:
        return prefix + value

    return build


def _joined(pairs: List[Tuple[bytes, bytes]]) -> bytes:
    return b"".join(line + ending for line, ending in pairs)


_utf8 = st.text(max_size=20).map(str.encode)
_line: st.SearchStrategy[bytes] = st.one_of(
    st.sampled_from([b"", b":", b": ping", b"data", b"data:", b"event: message", b"id: 1", b"retry: 10", b"retry: x"]),
    st.binary(max_size=20).map(_field(b"data: ")),
    _utf8.map(_field(b"data: ")),
    _utf8.map(_field(b"event: ")),
    st.binary(max_size=12),
)
_ending = st.sampled_from([b"\n", b"\r", b"\r\n"])
_sse_bytes = st.lists(st.tuples(_line, _ending), max_size=30).map(_joined)


def _decode(chunks: List[bytes]) -> List[ServerSentEvent]:
    return list(SSEDecoder().iter_bytes(chunks))


@SETTINGS
@given(data=_sse_bytes, cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=12))
@example(data=b"data: a\r\n\r\ndata: b\r", cuts=[9, 10])
@example(data=b"\xef\xbb\xbfdata: x\n\n", cuts=[1, 2])
def test_any_split_gives_the_same_events(data: bytes, cuts: List[int]) -> None:
    points = sorted({cut % (len(data) + 1) for cut in cuts})
    bounds = [0, *points, len(data)]
    chunks = [data[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    assert _decode(chunks) == _decode([data])
    assert _decode([data[i : i + 1] for i in range(len(data))]) == _decode([data])


class Item(BaseModel):
    value: Any = None


class _Client:
    _strict_response_validation = False

    def _process_response_data(self, *, data: object, cast_to: Any, response: httpx.Response) -> Any:
        from openai._http import process_response_data

        return process_response_data(data=data, cast_to=cast_to, response=response, strict=False)


def _stream(chunks: List[bytes], path: str) -> Stream[Item]:
    request = httpx.Request("POST", f"https://api.example.com/v1{path}")

    class Body(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield from chunks

    response = httpx.Response(200, stream=Body(), request=request, headers={"content-type": "text/event-stream"})
    options = FinalRequestOptions.build("post", path, make_request_options())
    return Stream(cast_to=Item, response=response, client=_Client(), options=options)


@SETTINGS
@given(
    data=st.one_of(_sse_bytes, st.binary(max_size=300)),
    chunk=st.integers(min_value=1, max_value=64),
    path=st.sampled_from(["/chat/completions", "/responses", "/threads/runs", "/files/x/content"]),
)
def test_arbitrary_bytes_raise_only_openai_exceptions(data: bytes, chunk: int, path: str) -> None:
    chunks = [data[i : i + chunk] for i in range(0, len(data), chunk)]
    stream = _stream(chunks, path)
    try:
        for _ in stream:
            pass
    except openai.OpenAIError:
        pass
    assert stream.response.is_closed


@SETTINGS
@given(events=st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=8), cut=st.integers(0, 10_000))
def test_chat_stream_cut_anywhere_is_complete_or_interrupted(events: List[int], cut: int) -> None:
    body = b"".join(b'data: {"value": %d}\n\n' % value for value in events) + b"data: [DONE]\n\n"
    cut %= len(body) + 1
    received: List[Any] = []
    try:
        for item in _stream([body[:cut]], "/chat/completions"):
            received.append(item.value)
    except openai.APIStreamInterruptedError:
        assert received == events[: len(received)]
    else:
        assert received == events
