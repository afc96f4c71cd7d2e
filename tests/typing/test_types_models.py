"""Static and runtime expectations of the generated response models (pyright and mypy check the `assert_type`s).

Covers: required, optional and nullable fields; `Literal` enums that accept new values at runtime; narrowing a
discriminated union on its `type` field; recursive and nested models; unknown fields kept.
"""

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, assert_type

from openai.types import Batch, FileObject, CompletionUsage
from openai.types.chat import ChatCompletion, ChatCompletionMessage
from openai.types.shared import ChatModel
from openai.types.webhooks import UnwrapWebhookEvent, BatchFailedWebhookEvent, BatchCompletedWebhookEvent
from openai.types.chat.chat_completion import Choice, ChoiceLogprobs

COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "gpt-5.5",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "Hello", "refusal": None},
        }
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
    "a_field_from_the_future": {"x": 1},
}


def test_chat_completion_fields_have_their_declared_types() -> None:
    completion = ChatCompletion.model_validate(COMPLETION)
    assert_type(completion.id, str)
    assert_type(completion.created, int)
    assert_type(completion.choices, List[Choice])
    choice = completion.choices[0]
    assert_type(choice.message, ChatCompletionMessage)
    assert_type(choice.message.content, Optional[str])
    assert_type(choice.logprobs, Optional[ChoiceLogprobs])
    assert_type(choice.message.role, Literal["assistant"])
    assert_type(completion.usage, Optional[CompletionUsage])
    assert choice.message.content == "Hello"
    assert completion.usage is not None and completion.usage.total_tokens == 4
    assert completion.service_tier is None


def test_unknown_fields_are_kept() -> None:
    completion = ChatCompletion.model_validate(COMPLETION)
    assert completion.model_extra == {"a_field_from_the_future": {"x": 1}}


def test_required_nullable_field_defaults_to_none() -> None:
    # the spec requires the key but allows null: servers omit it, so the field defaults to None
    assert not ChatCompletionMessage.model_fields["content"].is_required()
    assert ChatCompletionMessage.model_fields["content"].default is None
    assert not ChatCompletion.model_fields["usage"].is_required()


def test_model_name_unions_accept_any_string() -> None:
    # both a listed model name and any other string type-check as a `ChatModel`
    models: List[ChatModel] = ["gpt-5.5", "ft:my-own-model"]
    assert models == ["gpt-5.5", "ft:my-own-model"]


def test_webhook_union_narrows_on_type() -> None:
    from pydantic import TypeAdapter

    payload = {"id": "evt", "type": "batch.failed", "created_at": 1, "object": "event", "data": {"id": "batch_1"}}
    adapter: TypeAdapter[UnwrapWebhookEvent] = TypeAdapter(UnwrapWebhookEvent)
    event = adapter.validate_python(payload)
    if event.type == "batch.completed":
        assert_type(event, BatchCompletedWebhookEvent)
        raise AssertionError("parsed as the wrong event")
    elif event.type == "batch.failed":
        assert_type(event, BatchFailedWebhookEvent)
        assert event.data.id == "batch_1"
    else:
        raise AssertionError(f"unexpected event {event!r}")


def test_enum_fields_keep_unknown_values_in_loose_construction() -> None:
    batch = Batch.construct(
        id="b",
        object="batch",
        endpoint="/v1/chat/completions",
        input_file_id="f",
        completion_window="24h",
        status="a_status_added_later",
        created_at=1,
    )
    status: str = batch.status  # the declared Literal does not list the new value; the runtime keeps it
    assert status == "a_status_added_later"


def test_file_object_union_of_literals() -> None:
    file = FileObject.model_validate(
        {
            "id": "file-1",
            "object": "file",
            "bytes": 10,
            "created_at": 1,
            "filename": "a.jsonl",
            "purpose": "batch",
            "status": "processed",
        }
    )
    assert_type(file.bytes, int)
    assert_type(file.object, Literal["file"])
    assert file.purpose == "batch"


def test_union_annotations_are_plain_unions_of_models() -> None:
    value: Union[BatchCompletedWebhookEvent, BatchFailedWebhookEvent]
    value = BatchCompletedWebhookEvent.construct(type="batch.completed")
    assert value.type == "batch.completed"
