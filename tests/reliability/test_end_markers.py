# pyright: reportDeprecated=false
# (These tests call Assistants API methods, deprecated like the official ones, on purpose.)

"""Every stream kind with an end marker raises `APIStreamInterruptedError` when the body ends cleanly without it,
after yielding what arrived; the whole stream passes."""

from __future__ import annotations

from typing import Any, Dict, List, Callable, Iterator

import httpx
import pytest

import openai
from openai import OpenAI
from openai.testing import Fault, Server


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as server:
        yield server


def _chat(client: OpenAI) -> Any:
    return client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], stream=True
    )


def _completions(client: OpenAI) -> Any:
    return client.completions.create(model="gpt-3.5-turbo-instruct", prompt="hello there", stream=True)


def _responses(client: OpenAI) -> Any:
    return client.responses.create(model="gpt-4o-mini", input="hello there", stream=True)


def _runs(client: OpenAI) -> Any:
    assistant = client.beta.assistants.create(model="gpt-4o-mini")
    return client.beta.threads.create_and_run(assistant_id=assistant.id, stream=True)


# (operation, call, words of the error message, events to keep: a function of the events yielded by a whole stream)
CASES: List[tuple[str, Callable[[OpenAI], Any], str, Callable[[int], int]]] = [
    # Everything but `data: [DONE]` (never yielded).
    ("chat.completions.create", _chat, r"`data: \[DONE\]`", lambda yielded: yielded),
    ("completions.create", _completions, r"`data: \[DONE\]`", lambda yielded: yielded),
    # Everything but `response.completed`.
    ("responses.create", _responses, "response.completed", lambda yielded: yielded - 1),
    # Everything but `thread.run.completed` and `done`.
    ("beta.threads.create_and_run", _runs, r"thread\.run\.\*", lambda yielded: yielded - 1),
]


@pytest.mark.parametrize(("operation", "call", "message", "keep"), CASES, ids=[case[0] for case in CASES])
def test_missing_end_marker_is_an_interruption(
    server: Server, operation: str, call: Callable[[OpenAI], Any], message: str, keep: Callable[[int], int]
) -> None:
    client = server.client(in_process=False, max_retries=0)
    whole = list(call(client))
    kept = keep(len(whole))
    assert 0 < kept <= len(whole)

    # The body ends cleanly (close-delimited) before its end marker, as a proxy dropping the connection leaves it.
    server.queue(operation, Fault(break_after=kept, close_delimited=True))
    received: List[Any] = []
    with pytest.raises(openai.APIStreamInterruptedError, match=message):
        for event in call(client):
            received.append(event)
    assert len(received) == kept
    assert [type(event) for event in received] == [type(event) for event in whole[:kept]]

    # The whole stream, close-delimited, is complete.
    server.queue(operation, Fault(close_delimited=True))
    assert len(list(call(client))) == len(whole)


@pytest.mark.parametrize("path", ["/files/file-1/content", "/some/new/stream"])
def test_a_stream_without_end_marker_in_the_spec_ends_at_eof(path: str) -> None:
    body = b'data: {"value": 1}\n\ndata: {"value": 2}\n\n'
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})
    )
    client = OpenAI(api_key="sk-test", base_url="http://localhost/v1", http_client=httpx.Client(transport=transport))
    stream = client.get(path, cast_to=object, stream=True, stream_cls=openai.Stream[Dict[str, int]])
    assert list(stream) == [{"value": 1}, {"value": 2}]
    # The same events on a path whose stream ends with `[DONE]` are an interruption.
    stream = client.post("/chat/completions", cast_to=object, stream=True, stream_cls=openai.Stream[Dict[str, int]])
    with pytest.raises(openai.APIStreamInterruptedError, match="DONE"):
        list(stream)
