# pyright: reportDeprecated=false
# (calls the deprecated Assistants/Videos APIs on purpose)

"""Polling helpers: runs, vector-store files and batches, videos, ``files.wait_for_processing``.

The interval rules are checked on a mock transport with a recording ``_sleep`` (no real waiting); the
end-to-end flows run against the built-in local server. Everything goes through the client's resources, which
derive from the helper mixins.
"""

from __future__ import annotations

import json
import threading
from typing import Any, Dict, List, Callable, Optional

import httpx
import pytest

from openai import OpenAI, AsyncOpenAI, BadRequestError
from openai.testing import Server
from openai.lib.polling import poll_interval_from_response
from openai.lib.files_helpers import FilesHelpers, AsyncFilesHelpers
from openai.lib.videos_helpers import VideosHelpers, AsyncVideosHelpers
from openai.lib.threads_helpers import RunsHelpers, ThreadsHelpers, AsyncRunsHelpers, AsyncThreadsHelpers
from openai.lib.vector_stores_helpers import (
    FileBatchesHelpers,
    AsyncFileBatchesHelpers,
    VectorStoreFilesHelpers,
    AsyncVectorStoreFilesHelpers,
)

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


def _vs_files(client: OpenAI) -> VectorStoreFilesHelpers:
    return client.vector_stores.files


def _async_vs_files(client: AsyncOpenAI) -> AsyncVectorStoreFilesHelpers:
    return client.vector_stores.files


def _batches(client: OpenAI) -> FileBatchesHelpers:
    return client.vector_stores.file_batches


def _async_batches(client: AsyncOpenAI) -> AsyncFileBatchesHelpers:
    return client.vector_stores.file_batches


def _files(client: OpenAI) -> FilesHelpers:
    return client.files


def _async_files(client: AsyncOpenAI) -> AsyncFilesHelpers:
    return client.files


def _videos(client: OpenAI) -> VideosHelpers:
    return client.videos


def _async_videos(client: AsyncOpenAI) -> AsyncVideosHelpers:
    return client.videos


def _run(status: str, **extra: Any) -> Dict[str, Any]:
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
        **extra,
    }


class RunSequence:
    """Mock transport: run creation answers ``queued``; each retrieve answers the next scripted status/header."""

    def __init__(self, statuses: List[str], poll_after: Optional[List[Optional[str]]] = None) -> None:
        self.statuses = list(statuses)
        self.poll_after = list(poll_after or [None] * len(statuses))
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "POST":
            return httpx.Response(200, json=_run("queued"))
        status = self.statuses.pop(0)
        header = self.poll_after.pop(0)
        headers = {"openai-poll-after-ms": header} if header is not None else {}
        return httpx.Response(200, json=_run(status), headers=headers)


def _mock_client(handler: Callable[[httpx.Request], httpx.Response]) -> OpenAI:
    return OpenAI(
        api_key="test",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def _mock_async_client(handler: Callable[[httpx.Request], httpx.Response]) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key="test",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )


def _recording_sleep(resource: object, monkeypatch: pytest.MonkeyPatch) -> List[float]:
    sleeps: List[float] = []
    monkeypatch.setattr(resource, "_sleep", sleeps.append)
    return sleeps


def _async_recording_sleep(resource: object, monkeypatch: pytest.MonkeyPatch) -> List[float]:
    sleeps: List[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    monkeypatch.setattr(resource, "_sleep", sleep)
    return sleeps


# -- interval rules -------------------------------------------------------------------------------------------


def test_poll_uses_first_poll_after_header_then_keeps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    transport = RunSequence(["in_progress", "in_progress", "completed"], ["250", "900", None])
    runs = _runs(_mock_client(transport))
    sleeps = _recording_sleep(runs, monkeypatch)
    run = runs.poll("run_1", thread_id="thread_1")
    assert run.status == "completed"
    # The interval comes from the first non-terminal response and is not re-read afterwards.
    assert sleeps == [0.25, 0.25]
    retrieve = transport.requests[0]
    assert retrieve.headers["X-Stainless-Poll-Helper"] == "true"
    assert "X-Stainless-Custom-Poll-Interval" not in retrieve.headers
    assert retrieve.headers["OpenAI-Beta"] == "assistants=v2"
    assert retrieve.url.path == "/v1/threads/thread_1/runs/run_1"


def test_poll_defaults_to_one_second_without_header(monkeypatch: pytest.MonkeyPatch) -> None:
    transport = RunSequence(["queued", "in_progress", "failed"])
    runs = _runs(_mock_client(transport))
    sleeps = _recording_sleep(runs, monkeypatch)
    assert runs.poll("run_1", thread_id="thread_1").status == "failed"
    assert sleeps == [1.0, 1.0]


def test_caller_interval_wins_over_header(monkeypatch: pytest.MonkeyPatch) -> None:
    transport = RunSequence(["in_progress", "expired"], ["5000", None])
    runs = _runs(_mock_client(transport))
    sleeps = _recording_sleep(runs, monkeypatch)
    assert runs.poll("run_1", thread_id="thread_1", poll_interval_ms=40).status == "expired"
    assert sleeps == [0.04]
    assert transport.requests[0].headers["X-Stainless-Custom-Poll-Interval"] == "40"


@pytest.mark.parametrize("status", ["requires_action", "cancelled", "completed", "failed", "expired", "incomplete"])
def test_every_terminal_run_status_stops_polling(status: str, monkeypatch: pytest.MonkeyPatch) -> None:
    transport = RunSequence([status])
    runs = _runs(_mock_client(transport))
    sleeps = _recording_sleep(runs, monkeypatch)
    assert runs.poll("run_1", thread_id="thread_1").status == status
    assert sleeps == []


@pytest.mark.parametrize("status", ["queued", "in_progress", "cancelling"])
def test_non_terminal_run_status_keeps_polling(status: str, monkeypatch: pytest.MonkeyPatch) -> None:
    transport = RunSequence([status, "completed"])
    runs = _runs(_mock_client(transport))
    sleeps = _recording_sleep(runs, monkeypatch)
    assert runs.poll("run_1", thread_id="thread_1").status == "completed"
    assert sleeps == [1.0]


def test_create_and_poll_sends_run_body_and_include_query(monkeypatch: pytest.MonkeyPatch) -> None:
    transport = RunSequence(["completed"])
    runs = _runs(_mock_client(transport))
    _recording_sleep(runs, monkeypatch)
    run = runs.create_and_poll(
        thread_id="thread_1",
        assistant_id="asst_1",
        instructions="be brief",
        include=["step_details.tool_calls[*].file_search.results[*].content"],
    )
    assert run.status == "completed"
    create = transport.requests[0]
    assert json.loads(create.content) == {"assistant_id": "asst_1", "instructions": "be brief", "stream": False}
    assert create.url.params.get_list("include[]") == ["step_details.tool_calls[*].file_search.results[*].content"]
    assert "X-Stainless-Poll-Helper" not in create.headers


@pytest.mark.parametrize(("value", "expected"), [("120", 120), (" 7 ", 7), ("soon", 1000), ("-5", 1000), (None, 1000)])
def test_poll_after_header_parsing(value: Optional[str], expected: int) -> None:
    headers = {"openai-poll-after-ms": value} if value is not None else {}
    assert poll_interval_from_response(httpx.Response(200, headers=headers)) == expected


@pytest.mark.parametrize("bad", [-1, True, 1.5])
def test_invalid_poll_interval_is_rejected(bad: Any) -> None:
    runs = _runs(_mock_client(RunSequence(["completed"])))
    with pytest.raises((ValueError, TypeError), match="poll_interval_ms"):
        runs.poll("run_1", thread_id="thread_1", poll_interval_ms=bad)


def test_empty_run_id_is_rejected_before_sending() -> None:
    transport = RunSequence(["completed"])
    with pytest.raises(ValueError, match="run_id"):
        _runs(_mock_client(transport)).poll("", thread_id="thread_1")
    assert transport.requests == []


async def test_async_poll_interval_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    transport = RunSequence(["in_progress", "queued", "requires_action"], ["30", "4000", None])
    runs = _async_runs(_mock_async_client(transport))
    sleeps = _async_recording_sleep(runs, monkeypatch)
    run = await runs.create_and_poll(thread_id="thread_1", assistant_id="asst_1")
    assert run.status == "requires_action"
    assert sleeps == [0.03, 0.03]
    assert transport.requests[1].headers["X-Stainless-Poll-Helper"] == "true"


# -- runs against the built-in server -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Any:
    with Server() as running:
        yield running


def test_run_helpers_on_local_server(server: Server) -> None:
    client = server.client()
    assistant = client.beta.assistants.create(model="gpt-4o")
    thread = client.beta.threads.create()
    run = _runs(client).create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
    assert run.status == "completed"
    assert run.thread_id == thread.id

    run = _threads(client).create_and_run_poll(assistant_id=assistant.id)
    assert run.status == "completed"


def test_submit_tool_outputs_and_poll_on_local_server(server: Server) -> None:
    from openai.testing import ToolCall

    client = server.client()
    assistant = client.beta.assistants.create(model="gpt-4o")
    thread = client.beta.threads.create()
    server.reply("beta.threads.runs.create", tool_calls=[ToolCall("lookup", {"q": "x"})])
    run = _runs(client).create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
    assert run.status == "requires_action"
    assert run.required_action is not None
    call = run.required_action.submit_tool_outputs.tool_calls[0]
    assert call.function.name == "lookup"
    done = _runs(client).submit_tool_outputs_and_poll(
        tool_outputs=[{"tool_call_id": call.id, "output": "42"}], run_id=run.id, thread_id=thread.id
    )
    assert done.status == "completed"


async def test_async_run_helpers_on_local_server(server: Server) -> None:
    client = server.async_client()
    assistant = await client.beta.assistants.create(model="gpt-4o")
    thread = await client.beta.threads.create()
    run = await _async_runs(client).create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
    assert run.status == "completed"
    run = await _async_threads(client).create_and_run_poll(assistant_id=assistant.id)
    assert run.status == "completed"


# -- vector stores ----------------------------------------------------------------------------------------------


def test_vector_store_file_helpers_on_local_server(server: Server) -> None:
    client = server.client()
    store = client.vector_stores.create(name="docs")
    files = _vs_files(client)

    attached = files.upload(vector_store_id=store.id, file=("notes.txt", b"hello"))
    assert server.requests[-1].path == f"/vector_stores/{store.id}/files"
    assert server.requests[-1].body["file_id"] == attached.id
    polled = files.poll(attached.id, vector_store_id=store.id)
    assert polled.status == "completed"

    done = files.upload_and_poll(vector_store_id=store.id, file=("more.txt", b"more"), attributes={"k": "v"})
    assert done.status == "completed"
    uploads = [r for r in server.requests if r.path == "/files" and r.method == "POST"]
    assert uploads[-1].body["purpose"] == "assistants"
    assert uploads[-1].files["file"] == [("more.txt", b"more")]

    uploaded = client.files.create(file=("third.txt", b"3"), purpose="assistants")
    created = files.create_and_poll(uploaded.id, vector_store_id=store.id)
    assert created.status == "completed"
    assert created.id == uploaded.id


def test_file_batch_helpers_on_local_server(server: Server) -> None:
    client = server.client()
    store = client.vector_stores.create(name="batch")
    existing = client.files.create(file=("a.txt", b"a"), purpose="assistants")
    batches = _batches(client)

    batch = batches.create_and_poll(store.id, file_ids=[existing.id])
    assert batch.file_counts.in_progress == 0

    before = len(server.requests)
    batch = batches.upload_and_poll(
        store.id, files=[("b.txt", b"b"), ("c.txt", b"c"), ("d.txt", b"d")], file_ids=[existing.id], max_concurrency=2
    )
    assert batch.file_counts.in_progress == 0
    new = server.requests[before:]
    assert sum(1 for r in new if r.path == "/files") == 3
    create = next(r for r in new if r.path.endswith("/file_batches"))
    assert create.body["file_ids"][0] == existing.id
    assert len(create.body["file_ids"]) == 4


def test_batch_upload_failure_is_raised_and_no_batch_created(server: Server) -> None:
    client = server.client(max_retries=0)
    store = client.vector_stores.create(name="failing")
    before = len(server.requests)
    server.fail("files.create", status=400, message="bad file")
    with pytest.raises(BadRequestError, match="bad file"):
        _batches(client).upload_and_poll(store.id, files=[("a.txt", b"a"), ("b.txt", b"b")], max_concurrency=1)
    assert not any(r.path.endswith("/file_batches") for r in server.requests[before:])


def test_batch_upload_needs_files_and_positive_concurrency(server: Server) -> None:
    batches = _batches(server.client())
    with pytest.raises(ValueError, match="No files provided"):
        batches.upload_and_poll("vs_1", files=[])
    with pytest.raises(ValueError, match="max_concurrency"):
        batches.upload_and_poll("vs_1", files=[("a.txt", b"a")], max_concurrency=0)


def test_batch_upload_concurrency_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    lock = threading.Lock()
    active = 0
    peak = 0
    batch_body: Dict[str, Any] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal active, peak
        if request.url.path == "/v1/files":
            with lock:
                active += 1
                peak = max(peak, active)
            with lock:
                active -= 1
            return httpx.Response(
                200,
                json={
                    "id": f"file-{id(request)}",
                    "object": "file",
                    "bytes": 1,
                    "created_at": 1,
                    "filename": "x",
                    "purpose": "assistants",
                    "status": "processed",
                },
            )
        if request.method == "POST":
            batch_body.update(json.loads(request.content))
        counts = {"in_progress": 0, "completed": 1, "failed": 0, "cancelled": 0, "total": 1}
        return httpx.Response(
            200,
            json={
                "id": "vsfb_1",
                "object": "vector_store.files_batch",
                "created_at": 1,
                "vector_store_id": "vs_1",
                "status": "completed",
                "file_counts": counts,
            },
        )

    batches = _batches(_mock_client(handler))
    batch = batches.upload_and_poll("vs_1", files=[(f"{n}.txt", b"x") for n in range(8)], max_concurrency=3)
    assert batch.status == "completed"
    assert 1 <= peak <= 3
    assert len(batch_body["file_ids"]) == 8


async def test_async_vector_store_helpers_on_local_server(server: Server) -> None:
    client = server.async_client()
    store = await client.vector_stores.create(name="async")
    done = await _async_vs_files(client).upload_and_poll(vector_store_id=store.id, file=("x.txt", b"x"))
    assert done.status == "completed"
    batch = await _async_batches(client).upload_and_poll(
        store.id, files=[("a.txt", b"a"), ("b.txt", b"b"), ("c.txt", b"c")], max_concurrency=2
    )
    assert batch.file_counts.in_progress == 0


async def test_async_batch_upload_failure_is_raised(server: Server) -> None:
    client = server.async_client(max_retries=0)
    store = await client.vector_stores.create(name="async-failing")
    server.fail("files.create", status=400, message="rejected upload")
    with pytest.raises(BadRequestError, match="rejected upload"):
        await _async_batches(client).upload_and_poll(store.id, files=[("a.txt", b"a")], max_concurrency=2)


def test_async_batch_upload_runs_on_trio() -> None:
    # The async helper runs on any anyio backend; here the whole flow runs inside trio.
    import trio

    results: List[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/files":
            return httpx.Response(
                200,
                json={
                    "id": f"file-{len(results)}",
                    "object": "file",
                    "bytes": 1,
                    "created_at": 1,
                    "filename": "x",
                    "purpose": "assistants",
                    "status": "processed",
                },
            )
        counts = {"in_progress": 0, "completed": 2, "failed": 0, "cancelled": 0, "total": 2}
        return httpx.Response(
            200,
            json={
                "id": "vsfb_1",
                "object": "vector_store.files_batch",
                "created_at": 1,
                "vector_store_id": "vs_1",
                "status": "completed",
                "file_counts": counts,
            },
        )

    async def main() -> None:
        batches = _async_batches(_mock_async_client(handler))
        batch = await batches.upload_and_poll("vs_1", files=[("a.txt", b"a"), ("b.txt", b"b")])
        results.append(batch.file_counts.completed)

    trio.run(main)
    assert results == [2]


# -- files, videos ------------------------------------------------------------------------------------------------


def test_wait_for_processing_on_local_server(server: Server) -> None:
    client = server.client()
    uploaded = client.files.create(file=("data.jsonl", b"{}"), purpose="batch")
    done = _files(client).wait_for_processing(uploaded.id, poll_interval=0)
    assert done.status in ("processed", "error", "deleted")


def _file_json(status: str) -> Dict[str, Any]:
    return {
        "id": "file-1",
        "object": "file",
        "bytes": 1,
        "created_at": 1,
        "filename": "x",
        "purpose": "batch",
        "status": status,
    }


def test_wait_for_processing_gives_up_after_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    files = _files(_mock_client(lambda request: httpx.Response(200, json=_file_json("uploaded"))))
    sleeps = _recording_sleep(files, monkeypatch)
    with pytest.raises(RuntimeError, match="file-1.*'uploaded'"):
        files.wait_for_processing("file-1", max_wait_seconds=0)
    assert sleeps == []


def test_wait_for_processing_sleeps_between_retrievals(monkeypatch: pytest.MonkeyPatch) -> None:
    statuses = ["uploaded", "uploaded", "error"]
    files = _files(_mock_client(lambda request: httpx.Response(200, json=_file_json(statuses.pop(0)))))
    sleeps = _recording_sleep(files, monkeypatch)
    assert files.wait_for_processing("file-1", poll_interval=2.5).status == "error"
    assert sleeps == [2.5, 2.5]
    with pytest.raises(ValueError, match="poll_interval"):
        files.wait_for_processing("file-1", poll_interval=-1)


async def test_async_wait_for_processing(monkeypatch: pytest.MonkeyPatch) -> None:
    statuses = ["uploaded", "processed"]
    files = _async_files(_mock_async_client(lambda request: httpx.Response(200, json=_file_json(statuses.pop(0)))))
    sleeps = _async_recording_sleep(files, monkeypatch)
    assert (await files.wait_for_processing("file-1", poll_interval=0.5)).status == "processed"
    assert sleeps == [0.5]


def test_video_helpers_on_local_server(server: Server) -> None:
    client = server.client()
    video = _videos(client).create_and_poll(prompt="a cat on a skateboard", seconds="4")
    assert video.status in ("completed", "failed")
    create = next(r for r in reversed(server.requests) if r.path == "/videos" and r.method == "POST")
    assert create.body["prompt"] == "a cat on a skateboard"
    assert _videos(client).poll(video.id).id == video.id


async def test_async_video_helpers_on_local_server(server: Server) -> None:
    client = server.async_client()
    video = await _async_videos(client).create_and_poll(prompt="waves")
    assert video.status in ("completed", "failed")
    assert (await _async_videos(client).poll(video.id, poll_interval_ms=1)).id == video.id


def test_every_failed_upload_is_reported() -> None:
    # Both uploads are in flight together (the barrier releases them as a pair), and both fail: the first is
    # raised and the second is named in its notes, not lost.
    barrier = threading.Barrier(2)
    created: List[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/files":
            barrier.wait(timeout=30)  # deadlock guard only; both uploads arrive at once
            return httpx.Response(400, json={"error": {"message": "unsupported file", "type": "invalid_request_error"}})
        created.append(request.url.path)
        return httpx.Response(500)

    batches = _batches(_mock_client(handler))
    with pytest.raises(BadRequestError, match="unsupported file") as raised:
        batches.upload_and_poll("vs_1", files=[("a.txt", b"a"), ("b.txt", b"b")], max_concurrency=2)
    notes = getattr(raised.value, "__notes__", [])
    assert len(notes) == 1 and "also failed" in notes[0] and "BadRequestError" in notes[0]
    assert created == []
