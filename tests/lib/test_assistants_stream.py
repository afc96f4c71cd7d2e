# pyright: reportDeprecated=false
# (calls the deprecated Assistants/Videos APIs on purpose)

"""Assistants streaming: event handler callbacks, snapshots and managers (mock transport and local server)."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple, Callable, Iterator, AsyncIterator

import httpx
import pytest

from openai import OpenAI, APIError, AsyncOpenAI
from openai.testing import Fault, Server, ToolCall
from openai._exceptions import APIStreamInterruptedError
from openai.lib.streaming import (
    AssistantEventHandler,
    AssistantStreamManager,
    AsyncAssistantEventHandler,
)
from openai.lib.threads_helpers import RunsHelpers, ThreadsHelpers, AsyncRunsHelpers, AsyncThreadsHelpers
from openai.types.beta.threads.run import Run
from openai.types.beta.threads.text import Text
from openai.types.beta.threads.message import Message
from openai.types.beta.threads.image_file import ImageFile
from openai.types.beta.threads.text_delta import TextDelta
from openai.types.beta.threads.message_delta import MessageDelta
from openai.types.beta.threads.runs.run_step import RunStep
from openai.types.beta.assistant_stream_event import AssistantStreamEvent
from openai.types.beta.threads.runs.tool_call import ToolCall as RunToolCall
from openai.types.beta.threads.runs.run_step_delta import RunStepDelta
from openai.types.beta.threads.runs.tool_call_delta import ToolCallDelta

# These tests exercise APIs the official SDK deprecates (Assistants, Videos): the warning itself is tested in
# tests/lib/test_deprecations.py; here it is expected and silenced so `-W error` runs stay meaningful.
pytestmark = [
    pytest.mark.filterwarnings("ignore:The Assistants API is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:The Videos API is deprecated:DeprecationWarning"),
]

BASE_URL = "http://127.0.0.1:4010/v1"


def _runs(client: OpenAI) -> RunsHelpers:
    return client.beta.threads.runs


def _async_runs(client: AsyncOpenAI) -> AsyncRunsHelpers:
    return client.beta.threads.runs


def _threads(client: OpenAI) -> ThreadsHelpers:
    return client.beta.threads


def _async_threads(client: AsyncOpenAI) -> AsyncThreadsHelpers:
    return client.beta.threads


# -- scripted SSE bodies ------------------------------------------------------------------------------------------


def _run(status: str) -> Dict[str, Any]:
    return {
        "id": "run_1",
        "object": "thread.run",
        "created_at": 1,
        "thread_id": "thread_1",
        "assistant_id": "asst_1",
        "status": status,
        "model": "gpt-4o",
        "instructions": "",
        "tools": [],
    }


def _step(status: str, step_type: str, details: Dict[str, Any], step_id: str = "step_1") -> Dict[str, Any]:
    return {
        "id": step_id,
        "object": "thread.run.step",
        "created_at": 1,
        "assistant_id": "asst_1",
        "thread_id": "thread_1",
        "run_id": "run_1",
        "type": step_type,
        "status": status,
        "step_details": details,
        "last_error": None,
        "expired_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": None,
        "metadata": None,
        "usage": None,
    }


def _message(status: str, content: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {
        "id": "msg_1",
        "object": "thread.message",
        "created_at": 1,
        "thread_id": "thread_1",
        "status": status,
        "incomplete_details": None,
        "completed_at": None,
        "incomplete_at": None,
        "role": "assistant",
        "content": content,
        "assistant_id": "asst_1",
        "run_id": "run_1",
        "attachments": [],
        "metadata": {},
    }


def _text_delta(index: int, value: str) -> Dict[str, Any]:
    return {
        "id": "msg_1",
        "object": "thread.message.delta",
        "delta": {"content": [{"index": index, "type": "text", "text": {"value": value}}]},
    }


def _tool_delta(index: int, **function: Any) -> Dict[str, Any]:
    call: Dict[str, Any] = {"index": index, "type": "function", "function": function}
    if "name" in function:
        call["id"] = f"call_{index}"
    return {
        "id": "step_2",
        "object": "thread.run.step.delta",
        "delta": {"step_details": {"type": "tool_calls", "tool_calls": [call]}},
    }


def _final_text(value: str) -> Dict[str, Any]:
    return {"type": "text", "text": {"value": value, "annotations": []}}


MESSAGE_DETAILS: Dict[str, Any] = {"type": "message_creation", "message_creation": {"message_id": "msg_1"}}

TEXT_EVENTS: List[Tuple[str, Dict[str, Any]]] = [
    ("thread.run.created", _run("queued")),
    ("thread.run.in_progress", _run("in_progress")),
    ("thread.run.step.created", _step("in_progress", "message_creation", MESSAGE_DETAILS)),
    ("thread.message.created", _message("in_progress", [])),
    ("thread.message.delta", _text_delta(0, "Hello")),
    ("thread.message.delta", _text_delta(0, " world")),
    (
        "thread.message.delta",
        {
            "id": "msg_1",
            "object": "thread.message.delta",
            "delta": {"content": [{"index": 1, "type": "image_file", "image_file": {"file_id": "file-img"}}]},
        },
    ),
    (
        "thread.message.completed",
        _message(
            "completed", [_final_text("Hello world"), {"type": "image_file", "image_file": {"file_id": "file-img"}}]
        ),
    ),
    ("thread.run.step.completed", _step("completed", "message_creation", MESSAGE_DETAILS)),
    ("thread.run.completed", _run("completed")),
]

TOOL_EVENTS: List[Tuple[str, Dict[str, Any]]] = [
    ("thread.run.created", _run("queued")),
    ("thread.run.step.created", _step("in_progress", "tool_calls", {"type": "tool_calls", "tool_calls": []}, "step_2")),
    ("thread.run.step.delta", _tool_delta(0, name="lookup", arguments="")),
    ("thread.run.step.delta", _tool_delta(0, arguments='{"q": ')),
    ("thread.run.step.delta", _tool_delta(0, arguments='"paris"}')),
    ("thread.run.step.delta", _tool_delta(1, name="weather", arguments='{"c": 1}')),
    ("thread.run.requires_action", _run("requires_action")),
]


def _sse(events: List[Tuple[str, Dict[str, Any]]], *, done: bool = True) -> bytes:
    body = "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events)
    if done:
        body += "event: done\ndata: [DONE]\n\n"
    return body.encode()


class SSETransport:
    """Answers every request with ``body`` as an event stream; records the requests."""

    def __init__(self, body: bytes, *, fail_with: Exception | None = None) -> None:
        self.body = body
        self.fail_with = fail_with
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, stream=_Body(self.body, self.fail_with)
        )


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The scripted body, then ``fail_with`` raised as if the connection broke (sync and async clients)."""

    def __init__(self, body: bytes, fail_with: Exception | None) -> None:
        self._body = body
        self._fail_with = fail_with

    def __iter__(self) -> Iterator[bytes]:
        yield self._body
        if self._fail_with is not None:
            raise self._fail_with

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._body
        if self._fail_with is not None:
            raise self._fail_with


def _client(transport: Callable[[httpx.Request], httpx.Response]) -> OpenAI:
    return OpenAI(
        api_key="test",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(transport)),
    )


def _async_client(transport: Callable[[httpx.Request], httpx.Response]) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key="test",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(transport)),
    )


class Recorder(AssistantEventHandler):
    """Records every callback as (name, summary)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: List[Tuple[str, Any]] = []

    def on_event(self, event: AssistantStreamEvent) -> None:
        self.calls.append(("event", event.event))

    def on_run_step_created(self, run_step: RunStep) -> None:
        self.calls.append(("run_step_created", run_step.id))

    def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStep) -> None:
        self.calls.append(("run_step_delta", snapshot.id))

    def on_run_step_done(self, run_step: RunStep) -> None:
        self.calls.append(("run_step_done", run_step.status))

    def on_tool_call_created(self, tool_call: RunToolCall) -> None:
        self.calls.append(("tool_call_created", getattr(tool_call, "id", None)))

    def on_tool_call_delta(self, delta: ToolCallDelta, snapshot: RunToolCall) -> None:
        function = getattr(snapshot, "function", None)
        self.calls.append(("tool_call_delta", getattr(function, "arguments", None)))

    def on_tool_call_done(self, tool_call: RunToolCall) -> None:
        function = getattr(tool_call, "function", None)
        self.calls.append(("tool_call_done", (getattr(function, "name", None), getattr(function, "arguments", None))))

    def on_message_created(self, message: Message) -> None:
        self.calls.append(("message_created", message.id))

    def on_message_delta(self, delta: MessageDelta, snapshot: Message) -> None:
        self.calls.append(("message_delta", len(snapshot.content)))

    def on_message_done(self, message: Message) -> None:
        self.calls.append(("message_done", message.status))

    def on_text_created(self, text: Text) -> None:
        self.calls.append(("text_created", text.value))

    def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        self.calls.append(("text_delta", (delta.value, snapshot.value)))

    def on_text_done(self, text: Text) -> None:
        self.calls.append(("text_done", text.value))

    def on_image_file_done(self, image_file: ImageFile) -> None:
        self.calls.append(("image_file_done", image_file.file_id))

    def on_timeout(self) -> None:
        self.calls.append(("timeout", None))

    def on_exception(self, exception: Exception) -> None:
        self.calls.append(("exception", type(exception).__name__))

    def on_end(self) -> None:
        self.calls.append(("end", None))


def _named(calls: List[Tuple[str, Any]]) -> List[Tuple[str, Any]]:
    return [call for call in calls if call[0] not in ("event", "message_delta", "run_step_delta")]


# -- text, images, snapshots ------------------------------------------------------------------------------------


def test_text_and_image_callbacks_in_order() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS))
    handler = Recorder()
    with _runs(_client(transport)).stream(thread_id="thread_1", assistant_id="asst_1", event_handler=handler) as h:
        assert h is handler
        h.until_done()
    assert _named(handler.calls) == [
        ("run_step_created", "step_1"),
        ("message_created", "msg_1"),
        ("text_created", "Hello"),
        ("text_delta", ("Hello", "Hello")),
        ("text_delta", (" world", "Hello world")),
        ("text_done", "Hello world"),
        ("image_file_done", "file-img"),
        ("message_done", "completed"),
        ("run_step_done", "completed"),
        ("end", None),
    ]
    assert [c[1] for c in handler.calls if c[0] == "event"] == [name for name, _ in TEXT_EVENTS]
    assert ("message_delta", 2) in handler.calls


def test_request_body_and_helper_headers() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS))
    with _runs(_client(transport)).stream(thread_id="thread_1", assistant_id="asst_1", temperature=0.5) as handler:
        handler.until_done()
    request = transport.requests[0]
    assert request.url.path == "/v1/threads/thread_1/runs"
    assert json.loads(request.content) == {"assistant_id": "asst_1", "temperature": 0.5, "stream": True}
    assert request.headers["X-Stainless-Stream-Helper"] == "threads.runs.create_and_stream"
    assert request.headers["X-Stainless-Custom-Event-Handler"] == "false"
    assert request.headers["OpenAI-Beta"] == "assistants=v2"

    transport = SSETransport(_sse(TEXT_EVENTS))
    with _runs(_client(transport)).create_and_stream(
        thread_id="thread_1", assistant_id="asst_1", event_handler=Recorder()
    ) as handler:
        handler.until_done()
    assert transport.requests[0].headers["X-Stainless-Custom-Event-Handler"] == "true"


def test_final_results_and_snapshots() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS))
    with _runs(_client(transport)).stream(thread_id="thread_1", assistant_id="asst_1") as handler:
        assert isinstance(handler, AssistantEventHandler)
        first = next(handler)
        assert first.event == "thread.run.created"
        assert handler.current_event is first
        assert handler.current_run is not None and handler.current_run.status == "queued"
        run = handler.get_final_run()
        assert run.status == "completed"
        messages = handler.get_final_messages()
        steps = handler.get_final_run_steps()
    assert [m.id for m in messages] == ["msg_1"]
    assert messages[0].status == "completed"
    assert [s.status for s in steps] == ["completed"]
    assert handler.current_message_snapshot is not None
    assert handler.current_run_step_snapshot is not None
    assert handler.current_run_step_snapshot.id == "step_1"


def test_message_snapshot_accumulates_text_between_events() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS))
    seen: List[str] = []
    with _runs(_client(transport)).stream(thread_id="thread_1", assistant_id="asst_1") as handler:
        for event in handler:
            if event.event == "thread.message.delta":
                snapshot = handler.current_message_snapshot
                assert snapshot is not None
                first = snapshot.content[0]
                assert first.type == "text"
                seen.append(first.text.value)
    assert seen == ["Hello", "Hello world", "Hello world"]


def test_text_deltas_iterates_fragments() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS))
    with _runs(_client(transport)).stream(thread_id="thread_1", assistant_id="asst_1") as handler:
        assert list(handler.text_deltas) == ["Hello", " world"]


# -- tool calls -------------------------------------------------------------------------------------------------


def test_tool_call_deltas_accumulate_arguments() -> None:
    transport = SSETransport(_sse(TOOL_EVENTS))
    handler = Recorder()
    with _runs(_client(transport)).stream(thread_id="thread_1", assistant_id="asst_1", event_handler=handler) as h:
        run = h.get_final_run()
    assert run.status == "requires_action"
    assert _named(handler.calls) == [
        ("run_step_created", "step_2"),
        ("tool_call_created", "call_0"),
        ("tool_call_delta", ""),
        ("tool_call_delta", '{"q": '),
        ("tool_call_delta", '{"q": "paris"}'),
        ("tool_call_done", ("lookup", '{"q": "paris"}')),
        ("tool_call_created", "call_1"),
        ("tool_call_delta", '{"c": 1}'),
        # The run stopping for tool outputs ends the tool call that was streaming.
        ("tool_call_done", ("weather", '{"c": 1}')),
        ("end", None),
    ]
    snapshot = h.current_run_step_snapshot
    assert snapshot is not None
    calls = getattr(snapshot.step_details, "tool_calls", [])
    assert [c.function.arguments for c in calls] == ['{"q": "paris"}', '{"c": 1}']


def test_submit_tool_outputs_stream_request() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS))
    with _runs(_client(transport)).submit_tool_outputs_stream(
        tool_outputs=[{"tool_call_id": "call_0", "output": "sunny"}], run_id="run_1", thread_id="thread_1"
    ) as handler:
        handler.until_done()
    request = transport.requests[0]
    assert request.url.path == "/v1/threads/thread_1/runs/run_1/submit_tool_outputs"
    assert json.loads(request.content) == {
        "tool_outputs": [{"tool_call_id": "call_0", "output": "sunny"}],
        "stream": True,
    }
    assert request.headers["X-Stainless-Stream-Helper"] == "threads.runs.submit_tool_outputs_stream"


def test_create_and_run_stream_request() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS))
    with _threads(_client(transport)).create_and_run_stream(
        assistant_id="asst_1", thread={"messages": [{"role": "user", "content": "hi"}]}
    ) as handler:
        assert handler.get_final_run().status == "completed"
    request = transport.requests[0]
    assert request.url.path == "/v1/threads/runs"
    body = json.loads(request.content)
    assert body["stream"] is True and body["thread"]["messages"][0]["content"] == "hi"
    assert request.headers["X-Stainless-Stream-Helper"] == "threads.create_and_run_stream"


# -- errors -----------------------------------------------------------------------------------------------------


def test_stream_cut_mid_way_reports_exception_and_end() -> None:
    transport = SSETransport(
        _sse(TEXT_EVENTS[:5], done=False), fail_with=httpx.RemoteProtocolError("peer closed connection")
    )
    handler = Recorder()
    with pytest.raises(httpx.RemoteProtocolError):
        with _runs(_client(transport)).stream(thread_id="t", assistant_id="a", event_handler=handler) as h:
            h.until_done()
    names = [name for name, _ in handler.calls]
    assert names[-2:] == ["exception", "end"]
    assert "timeout" not in names


def test_read_timeout_fires_on_timeout_then_on_exception() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS[:3], done=False), fail_with=httpx.ReadTimeout("slow"))
    handler = Recorder()
    with pytest.raises(httpx.ReadTimeout):
        with _runs(_client(transport)).stream(thread_id="t", assistant_id="a", event_handler=handler) as h:
            h.until_done()
    names = [name for name, _ in handler.calls]
    assert names[-3:] == ["timeout", "exception", "end"]


def test_final_run_without_run_events_raises() -> None:
    transport = SSETransport(_sse([("thread.message.created", _message("in_progress", []))]))
    with _runs(_client(transport)).stream(thread_id="t", assistant_id="a") as handler:
        with pytest.raises(RuntimeError, match="no final run"):
            handler.get_final_run()
        with pytest.raises(RuntimeError, match="no final run steps"):
            handler.get_final_run_steps()
        assert [m.id for m in handler.get_final_messages()] == ["msg_1"]


def test_handler_cannot_be_reused_for_a_second_stream() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS))
    runs = _runs(_client(transport))
    handler = AssistantEventHandler()
    with runs.stream(thread_id="t", assistant_id="a", event_handler=handler) as h:
        h.until_done()
    with pytest.raises(RuntimeError, match="exactly one stream"):
        with runs.stream(thread_id="t", assistant_id="a", event_handler=handler):
            pass
    assert len(transport.requests) == 1  # the reused handler never opened a second connection


def test_unattached_handler_cannot_iterate() -> None:
    with pytest.raises(RuntimeError, match="not attached"):
        AssistantEventHandler().until_done()


def test_manager_closes_the_response_on_exit() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS))
    manager = _runs(_client(transport)).stream(thread_id="t", assistant_id="a")
    assert isinstance(manager, AssistantStreamManager)
    assert transport.requests == []  # nothing sent before entering
    with manager as handler:
        next(handler)
        stream = handler._stream
    assert stream is not None and stream.response.is_closed


# -- async ------------------------------------------------------------------------------------------------------


class AsyncRecorder(AsyncAssistantEventHandler):
    def __init__(self) -> None:
        super().__init__()
        self.calls: List[Tuple[str, Any]] = []

    async def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        self.calls.append(("text_delta", snapshot.value))

    async def on_text_done(self, text: Text) -> None:
        self.calls.append(("text_done", text.value))

    async def on_tool_call_done(self, tool_call: RunToolCall) -> None:
        self.calls.append(("tool_call_done", getattr(getattr(tool_call, "function", None), "arguments", None)))

    async def on_timeout(self) -> None:
        self.calls.append(("timeout", None))

    async def on_exception(self, exception: Exception) -> None:
        self.calls.append(("exception", type(exception).__name__))

    async def on_end(self) -> None:
        self.calls.append(("end", None))


async def test_async_text_stream() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS))
    handler = AsyncRecorder()
    manager = _async_runs(_async_client(transport)).stream(thread_id="t", assistant_id="a", event_handler=handler)
    async with manager as h:
        run: Run = await h.get_final_run()
        messages = await h.get_final_messages()
    assert run.status == "completed"
    assert messages[0].status == "completed"
    assert handler.calls == [
        ("text_delta", "Hello"),
        ("text_delta", "Hello world"),
        ("text_done", "Hello world"),
        ("end", None),
    ]
    assert transport.requests[0].headers["X-Stainless-Custom-Event-Handler"] == "true"


async def test_async_text_deltas_and_tool_calls() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS))
    async with _async_runs(_async_client(transport)).create_and_stream(thread_id="t", assistant_id="a") as handler:
        assert [fragment async for fragment in handler.text_deltas] == ["Hello", " world"]

    transport = SSETransport(_sse(TOOL_EVENTS))
    recorder = AsyncRecorder()
    async with _async_runs(_async_client(transport)).submit_tool_outputs_stream(
        tool_outputs=[], run_id="run_1", thread_id="t", event_handler=recorder
    ) as handler:
        await handler.until_done()
    assert [c for c in recorder.calls if c[0] == "tool_call_done"] == [
        ("tool_call_done", '{"q": "paris"}'),
        ("tool_call_done", '{"c": 1}'),
    ]


async def test_async_stream_timeout_and_reuse() -> None:
    transport = SSETransport(_sse(TEXT_EVENTS[:2], done=False), fail_with=httpx.ReadTimeout("slow"))
    handler = AsyncRecorder()
    threads = _async_threads(_async_client(transport))
    with pytest.raises(httpx.ReadTimeout):
        async with threads.create_and_run_stream(assistant_id="a", event_handler=handler) as h:
            await h.until_done()
    assert [name for name, _ in handler.calls] == ["timeout", "exception", "end"]
    with pytest.raises(RuntimeError, match="exactly one stream"):
        async with threads.create_and_run_stream(assistant_id="a", event_handler=handler):
            pass


# -- local server -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


def test_tool_call_round_trip_on_local_server(server: Server) -> None:
    client = server.client()
    assistant = client.beta.assistants.create(model="gpt-4o")
    thread = client.beta.threads.create()
    server.reply("beta.threads.runs.create", tool_calls=[ToolCall("get_weather", {"city": "Paris"})])
    runs = _runs(client)
    with runs.stream(thread_id=thread.id, assistant_id=assistant.id) as handler:
        run = handler.get_final_run()
    assert run.status == "requires_action" and run.required_action is not None
    call = run.required_action.submit_tool_outputs.tool_calls[0]
    assert json.loads(call.function.arguments) == {"city": "Paris"}

    with runs.submit_tool_outputs_stream(
        tool_outputs=[{"tool_call_id": call.id, "output": "sunny"}], run_id=run.id, thread_id=thread.id
    ) as handler:
        text = "".join(handler.text_deltas)
        final = handler.get_final_run()
    assert text
    assert final.status == "completed"


async def test_async_create_and_run_stream_on_local_server(server: Server) -> None:
    client = server.async_client()
    assistant = await client.beta.assistants.create(model="gpt-4o")
    async with _async_threads(client).create_and_run_stream(assistant_id=assistant.id) as handler:
        messages = await handler.get_final_messages()
    assert messages and messages[0].role == "assistant"


@pytest.mark.parametrize(
    ("fault", "error"),
    [(Fault(error_after=3), APIError), (Fault(break_after=3), APIStreamInterruptedError)],
    ids=["error-event", "connection-cut"],
)
def test_failing_stream_on_local_server(server: Server, fault: Fault, error: type[Exception]) -> None:
    client = server.client(max_retries=0)
    assistant = client.beta.assistants.create(model="gpt-4o")
    thread = client.beta.threads.create()
    server.queue("beta.threads.runs.create", fault)
    handler = Recorder()
    with pytest.raises(error):
        with client.beta.threads.runs.stream(
            thread_id=thread.id, assistant_id=assistant.id, event_handler=handler
        ) as h:
            h.until_done()
    events = [value for name, value in handler.calls if name == "event"]
    assert len(events) == 3
    assert [name for name, _ in handler.calls][-2:] == ["exception", "end"]
