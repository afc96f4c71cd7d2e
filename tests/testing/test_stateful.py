# pyright: reportDeprecated=false
# (calls the deprecated Assistants/Videos APIs on purpose)

"""Stateful resources of the built-in server: create → retrieve / list / update / delete see the same object,
lists paginate with the API's cursor rules, uploaded bytes come back, and deleted objects answer 404."""

from __future__ import annotations

import pytest

import openai
from openai import OpenAI, AsyncOpenAI
from openai.testing import Server

# These tests exercise APIs the official SDK deprecates (Assistants, Videos): the warning itself is tested in
# tests/lib/test_deprecations.py; here it is expected and silenced so `-W error` runs stay meaningful.
pytestmark = [
    pytest.mark.filterwarnings("ignore:The Assistants API is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:The Videos API is deprecated:DeprecationWarning"),
]


def test_file_upload_retrieve_download_delete(oai: OpenAI) -> None:
    created = oai.files.create(file=("notes.txt", b"hello bytes"), purpose="assistants")
    assert created.id.startswith("file-")
    assert (created.filename, created.bytes, created.purpose) == ("notes.txt", 11, "assistants")
    assert oai.files.retrieve(created.id).filename == "notes.txt"
    assert oai.files.content(created.id).content == b"hello bytes"
    deleted = oai.files.delete(created.id)
    assert (deleted.id, deleted.deleted) == (created.id, True)
    with pytest.raises(openai.NotFoundError) as info:
        oai.files.retrieve(created.id)
    assert info.value.status_code == 404
    assert info.value.type == "invalid_request_error"
    assert created.id in info.value.message


def test_unknown_ids_are_404_with_an_openai_error_body(oai: OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        oai.beta.assistants.retrieve("asst_missing")
    assert info.value.param == "assistant_id"


def test_cursor_pagination_across_pages(oai: OpenAI) -> None:
    ids = [oai.files.create(file=(f"{i}.txt", b"x"), purpose="batch").id for i in range(5)]
    first = oai.files.list(limit=2, order="asc")
    assert [f.id for f in first.data] == ids[:2]
    assert first.has_more is True
    second = first.get_next_page()
    assert [f.id for f in second._get_page_items()] == ids[2:4]
    assert [f.id for f in oai.files.list(limit=2, order="asc")] == ids
    assert [f.id for f in oai.files.list()] == list(reversed(ids))


async def test_async_pagination_and_crud(async_oai: AsyncOpenAI) -> None:
    created = [await async_oai.beta.assistants.create(model="gpt-4o", name=f"a{i}") for i in range(3)]
    assert created[0].id.startswith("asst_")
    names = [a.name async for a in async_oai.beta.assistants.list(limit=1, order="asc")]
    assert names == ["a0", "a1", "a2"]
    updated = await async_oai.beta.assistants.update(created[1].id, name="renamed", metadata={"k": "v"})
    assert (updated.name, updated.metadata) == ("renamed", {"k": "v"})
    assert (await async_oai.beta.assistants.retrieve(created[1].id)).name == "renamed"
    assert (await async_oai.beta.assistants.delete(created[1].id)).deleted is True
    with pytest.raises(openai.NotFoundError):
        await async_oai.beta.assistants.retrieve(created[1].id)


def test_vector_store_files_reference_uploaded_files(oai: OpenAI) -> None:
    store = oai.vector_stores.create(name="docs")
    assert store.id.startswith("vs_")
    uploaded = oai.files.create(file=("doc.md", b"# doc"), purpose="assistants")
    attached = oai.vector_stores.files.create(store.id, file_id=uploaded.id)
    assert attached.id == uploaded.id
    assert attached.vector_store_id == store.id
    assert [f.id for f in oai.vector_stores.files.list(store.id)] == [uploaded.id]
    oai.vector_stores.delete(store.id)
    with pytest.raises(openai.NotFoundError):
        oai.vector_stores.files.list(store.id)


def test_threads_messages_and_runs(oai: OpenAI) -> None:
    thread = oai.beta.threads.create(messages=[{"role": "user", "content": "Hello assistant"}])
    assert thread.id.startswith("thread_")
    message = oai.beta.threads.messages.create(thread.id, role="user", content="Second question")
    assert message.thread_id == thread.id
    assert message.content[0].text.value == "Second question"  # type: ignore[union-attr]
    run = oai.beta.threads.runs.create(thread.id, assistant_id="asst_1")
    assert run.status == "queued"
    assert oai.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status == "completed"
    messages = oai.beta.threads.messages.list(thread.id)
    assert messages.data[0].role == "assistant"
    assert messages.data[0].content[0].text.value == "Second question"  # type: ignore[union-attr]
    steps = list(oai.beta.threads.runs.steps.list(run.id, thread_id=thread.id))
    assert [s.type for s in steps] == ["message_creation"]
    with pytest.raises(openai.NotFoundError):
        oai.beta.threads.messages.list("thread_missing")


def test_run_stream_emits_assistant_events(oai: OpenAI, server: Server) -> None:
    thread = oai.beta.threads.create()
    server.reply("beta.threads.runs.create", "Streaming answer")
    events = list(oai.beta.threads.runs.create(thread.id, assistant_id="asst_1", stream=True))
    kinds = [event.event for event in events]
    assert kinds[:3] == ["thread.run.created", "thread.run.queued", "thread.run.in_progress"]
    assert kinds[-1] == "thread.run.completed"
    assert "thread.message.delta" in kinds
    text = "".join(
        e.data.delta.content[0].text.value or ""  # type: ignore[union-attr]
        for e in events
        if e.event == "thread.message.delta"
    )
    assert text == "Streaming answer"


def test_run_requires_action_then_tool_outputs(oai: OpenAI, server: Server) -> None:
    from openai.testing import ToolCall

    thread = oai.beta.threads.create()
    server.reply("beta.threads.runs.create", tool_calls=[ToolCall("lookup", {"q": 1}, id="call_9")])
    run = oai.beta.threads.runs.create(thread.id, assistant_id="asst_1")
    assert run.status == "requires_action"
    assert run.required_action is not None
    assert run.required_action.submit_tool_outputs.tool_calls[0].id == "call_9"
    finished = oai.beta.threads.runs.submit_tool_outputs(
        run.id, thread_id=thread.id, tool_outputs=[{"tool_call_id": "call_9", "output": "sunny"}]
    )
    assert finished.status == "queued"
    assert oai.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status == "completed"
    assert oai.beta.threads.messages.list(thread.id).data[0].content[0].text.value == "sunny"  # type: ignore[union-attr]


def test_batches_progress_and_cancel(oai: OpenAI) -> None:
    batch = oai.batches.create(completion_window="24h", endpoint="/v1/chat/completions", input_file_id="file-1")
    assert batch.id.startswith("batch_")
    assert oai.batches.cancel(batch.id).status in ("cancelling", "cancelled")
    assert oai.batches.retrieve(batch.id).status == "cancelled"


def test_uploads_parts_complete_into_a_file(oai: OpenAI) -> None:
    upload = oai.uploads.create(bytes=6, filename="data.jsonl", mime_type="text/jsonl", purpose="batch")
    assert upload.id.startswith("upload_")
    first = oai.uploads.parts.create(upload.id, data=b"abc")
    second = oai.uploads.parts.create(upload.id, data=b"def")
    completed = oai.uploads.complete(upload.id, part_ids=[first.id, second.id])
    assert completed.status == "completed"
    assert completed.file is not None
    assert oai.files.content(completed.file.id).content == b"abcdef"


def test_uploads_complete_checks_the_byte_count(oai: OpenAI) -> None:
    upload = oai.uploads.create(bytes=10, filename="d", mime_type="text/plain", purpose="batch")
    part = oai.uploads.parts.create(upload.id, data=b"abc")
    with pytest.raises(openai.BadRequestError, match="3 bytes"):
        oai.uploads.complete(upload.id, part_ids=[part.id])


def test_conversations_and_items(oai: OpenAI) -> None:
    conversation = oai.conversations.create(items=[{"type": "message", "role": "user", "content": "hi"}])
    assert conversation.id.startswith("conv_")
    oai.conversations.items.create(conversation.id, items=[{"type": "message", "role": "user", "content": "more"}])
    items = list(oai.conversations.items.list(conversation.id, order="asc"))
    assert len(items) == 2
    first_id = items[0].id
    assert first_id is not None
    assert oai.conversations.items.retrieve(first_id, conversation_id=conversation.id).id == first_id


def test_read_only_families_are_prepopulated(oai: OpenAI) -> None:
    models = oai.models.list()
    assert len(models.data) == 3
    assert models.data[0].object == "model"
    assert oai.models.retrieve(models.data[0].id).id == models.data[0].id


def test_reset_forgets_everything(oai: OpenAI, server: Server) -> None:
    created = oai.files.create(file=b"x", purpose="batch")
    server.reset()
    assert server.requests == []
    with pytest.raises(openai.NotFoundError):
        oai.files.retrieve(created.id)


def test_lenient_ids_materialise_unknown_objects_but_not_deleted_ones() -> None:
    lenient = Server(lenient_ids=True)
    with lenient.client() as client:
        assert client.files.retrieve("file-anything").id == "file-anything"
        assert client.beta.threads.messages.retrieve("msg_1", thread_id="thread_1").thread_id == "thread_1"


def test_container_files_keep_their_bytes(oai: OpenAI) -> None:
    container = oai.containers.create(name="sandbox")
    assert container.id.startswith("cntr_")
    uploaded = oai.containers.files.create(container.id, file=("data.csv", b"a,b\n1,2\n"))
    assert uploaded.container_id == container.id
    content = oai.containers.files.content.retrieve(uploaded.id, container_id=container.id)
    assert content.content == b"a,b\n1,2\n"
    assert [f.id for f in oai.containers.files.list(container.id)] == [uploaded.id]


def test_evals_and_runs(oai: OpenAI) -> None:
    evaluation = oai.evals.create(
        data_source_config={"type": "custom", "item_schema": {"type": "object"}},
        testing_criteria=[
            {"type": "string_check", "name": "eq", "input": "{{item.a}}", "reference": "x", "operation": "eq"}
        ],
    )
    assert evaluation.id.startswith("eval_")
    run = oai.evals.runs.create(
        evaluation.id, data_source={"type": "jsonl", "source": {"type": "file_id", "id": "file-1"}}
    )
    assert run.eval_id == evaluation.id
    assert [r.id for r in oai.evals.runs.list(evaluation.id)] == [run.id]


def test_polling_helpers_finish_quickly(oai: OpenAI) -> None:
    thread = oai.beta.threads.create(messages=[{"role": "user", "content": "poll me"}])
    run = oai.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id="asst_1")
    assert run.status == "completed"
    store = oai.vector_stores.create(name="s")
    uploaded = oai.files.create(file=("f.txt", b"x"), purpose="assistants")
    attached = oai.vector_stores.files.create_and_poll(file_id=uploaded.id, vector_store_id=store.id)
    assert attached.status == "completed"
