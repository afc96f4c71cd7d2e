"""Response models behave like the official ones for code that builds, subclasses and inspects them.

Application and library tests build models from partial data, check `isinstance` against either public name of
one class, subclass generated models in their own modules, walk `model_fields`, and dump models built with
`model_construct` without ever validating one. Everything here is written the way such outside code is.
"""

from __future__ import annotations

import sys
import pkgutil
import importlib
import subprocess
from types import ModuleType
from typing import Dict, List, Optional

import pydantic

import openai.types
from openai import BaseModel
from openai.types import conversations, eval_create_response
from openai.types.chat import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessage,
    ChatCompletionStoreMessage,
    ChatCompletionMessageToolCall,
    ChatCompletionMessageFunctionToolCall,
)
from openai.types.graders import PythonGrader
from openai.types.responses import (
    Response,
    ResponseInputFile,
    ResponseInputText,
    ResponseInputImage,
    ResponseOutputText,
    ResponseOutputMessage,
    ResponseOutputRefusal,
    ResponseTextDeltaEvent,
    ResponseFunctionToolCall,
    ResponseFunctionToolCallItem,
)
from openai.types.fine_tuning import FineTuningJobIntegration, FineTuningJobWandbIntegrationObject
from openai.types.admin.organization.admin_api_key import AdminAPIKey
from openai.types.responses.responses_server_event import ResponseTextWsDelta
from openai.types.chat.chat_completion_message_tool_call import Function as ToolCallFunction
from openai.types.chat.chat_completion_message_function_tool_call import Function
from openai.types.admin.organization.admin_api_key_create_response import AdminAPIKeyCreateResponse
from openai.types.admin.organization.projects.project_model_permissions import ProjectModelPermissions

# --------------------------------------------------------------------------------------------- partial data


def test_message_from_partial_data_reads_omitted_nullable_fields_as_none() -> None:
    message = ChatCompletionMessage(role="assistant", content="hi")
    assert message.content == "hi"
    assert message.refusal is None
    assert message.tool_calls is None
    assert message.model_fields_set == {"role", "content"}
    assert message.to_dict() == {"role": "assistant", "content": "hi"}


def test_chat_completion_without_nullable_keys_validates() -> None:
    completion = ChatCompletion.model_validate(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1,
            "model": "gpt-4o",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "ok"}}],
        }
    )
    choice = completion.choices[0]
    assert choice.logprobs is None
    assert choice.message.refusal is None
    assert completion.usage is None


def test_chunk_without_finish_reason_validates() -> None:
    chunk = ChatCompletionChunk.model_validate(
        {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": "he"}}],
        }
    )
    assert chunk.choices[0].finish_reason is None
    assert chunk.choices[0].delta.content == "he"


def test_response_from_minimal_data() -> None:
    response = Response.model_validate(
        {
            "id": "resp_1",
            "object": "response",
            "created_at": 1741476543,
            "model": "gpt-4o",
            "output": [],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
        }
    )
    for name in ("error", "incomplete_details", "instructions", "metadata", "temperature", "top_p"):
        assert getattr(response, name) is None, name
    assert response.output_text == ""


def test_model_built_without_validation_reads_omitted_fields_as_defaults() -> None:
    response = Response.model_construct(id="resp_1")
    assert response.created_at is None
    assert response.error is None
    assert response.to_dict() == {"id": "resp_1"}
    try:
        response.not_a_field  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("an unknown attribute must still raise AttributeError")


def test_fields_in_pydantic_namespace_keep_their_wire_name() -> None:
    permissions = ProjectModelPermissions.model_validate(
        {"mode": "allow_list", "model_ids": ["gpt-4o"], "object": "project.model_permissions"}
    )
    assert permissions.api_model_ids == ["gpt-4o"]
    assert permissions.to_dict() == {
        "mode": "allow_list",
        "model_ids": ["gpt-4o"],
        "object": "project.model_permissions",
    }


# --------------------------------------------------------------------------------------------- one object


def test_conversation_content_names_are_the_responses_classes() -> None:
    assert conversations.OutputTextContent is ResponseOutputText
    assert conversations.RefusalContent is ResponseOutputRefusal
    assert conversations.InputTextContent is ResponseInputText
    assert conversations.InputImageContent is ResponseInputImage
    assert conversations.InputFileContent is ResponseInputFile
    from openai.types.responses import ResponseInputFileParam as ResponsesInputFileParam
    from openai.types.conversations.input_file_content_param import InputFileContentParam, ResponseInputFileParam

    assert InputFileContentParam is ResponseInputFileParam is ResponsesInputFileParam


def test_isinstance_across_alias_names() -> None:
    message = ResponseOutputMessage.model_validate(
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "hi", "annotations": []}],
        }
    )
    part = message.content[0]
    assert isinstance(part, conversations.OutputTextContent)
    assert isinstance(part, ResponseOutputText)
    built = ResponseOutputMessage(
        id="msg_2",
        type="message",
        role="assistant",
        status="completed",
        content=[conversations.OutputTextContent(type="output_text", text="x", annotations=[])],
    )
    first = built.content[0]
    assert isinstance(first, ResponseOutputText) and first.text == "x"


def test_tool_call_names_are_one_class() -> None:
    assert ChatCompletionMessageToolCall is ChatCompletionMessageFunctionToolCall
    assert ToolCallFunction is Function
    call = ChatCompletionMessageToolCall(id="call_1", type="function", function=Function(name="f", arguments="{}"))
    assert isinstance(call, ChatCompletionMessageFunctionToolCall)
    assert FineTuningJobIntegration is FineTuningJobWandbIntegrationObject


# --------------------------------------------------------------------------------------------- inheritance


def test_items_extend_their_base_models() -> None:
    item = ResponseFunctionToolCallItem.model_validate(
        {"id": "fc_1", "type": "function_call", "call_id": "c", "name": "f", "arguments": "{}", "status": "completed"}
    )
    assert isinstance(item, ResponseFunctionToolCall)
    assert item.arguments == "{}"
    # the subclass declares only what it adds or narrows
    assert "arguments" not in ResponseFunctionToolCallItem.__annotations__
    assert ResponseFunctionToolCallItem.model_fields["id"].is_required()
    assert not ResponseFunctionToolCall.model_fields["id"].is_required()

    key = AdminAPIKeyCreateResponse.model_validate(
        {
            "id": "key_1",
            "object": "organization.admin_api_key",
            "name": "k",
            "redacted_value": "sk-...",
            "created_at": 1,
            "last_used_at": None,
            "owner": {},
            "value": "sk-secret",
        }
    )
    assert isinstance(key, AdminAPIKey)
    assert key.value == "sk-secret"
    assert issubclass(ChatCompletionStoreMessage, ChatCompletionMessage)
    assert issubclass(eval_create_response.TestingCriterionEvalGraderPython, PythonGrader)


def test_websocket_events_extend_the_stream_events() -> None:
    event = ResponseTextWsDelta.model_validate(
        {
            "type": "response.output_text.delta",
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "delta": "he",
            "sequence_number": 1,
            "logprobs": [],
            "stream_id": "lane",
        }
    )
    assert isinstance(event, ResponseTextDeltaEvent)
    assert event.stream_id == "lane"


# --------------------------------------------------------------------------------------------- subclassing


class MyChunk(ChatCompletionChunk):
    extra: int = 0


class TaggedMessage(ChatCompletionMessage):
    tags: List[str] = []
    note: Optional[str] = None


def test_user_subclass_in_another_module_validates() -> None:
    chunk = MyChunk.model_validate(
        {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": "he"}, "finish_reason": None}],
            "extra": 3,
        }
    )
    assert chunk.extra == 3
    assert chunk.choices[0].delta.content == "he"
    message = TaggedMessage(role="assistant", content="hi", tags=["a"])
    assert message.model_dump(exclude_unset=True) == {"role": "assistant", "content": "hi", "tags": ["a"]}


# --------------------------------------------------------------------------------------------- construct + dump

_CONSTRUCT_AND_DUMP = """
import json
from openai.types.chat import ChatCompletion
from openai.types.responses import Response

completion = ChatCompletion.model_construct(
    id="c",
    object="chat.completion",
    created=1,
    model="m",
    choices=[{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}],
)
dumped = completion.model_dump()
assert dumped["choices"][0]["message"]["content"] == "hi", dumped
assert json.loads(completion.model_dump_json())["choices"][0]["message"]["content"] == "hi"
assert completion.choices[0].message.content == "hi"

response = Response.model_construct(
    id="r",
    output=[
        {
            "type": "message",
            "id": "m",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "hi", "annotations": []}],
        }
    ],
)
assert response.output_text == "hi"
assert json.loads(response.model_dump_json(exclude_unset=True))["output"][0]["content"][0]["text"] == "hi"
print("ok")
"""


def test_model_construct_then_dump_without_any_validation() -> None:
    # a fresh interpreter: no model of the process has been validated (and so built) before
    out = subprocess.run([sys.executable, "-c", _CONSTRUCT_AND_DUMP], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# --------------------------------------------------------------------------------------------- complete models


def _models_of(module: ModuleType) -> List[type[pydantic.BaseModel]]:
    found: List[type[pydantic.BaseModel]] = []
    namespace: Dict[str, object] = vars(module)
    for value in namespace.values():
        if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == module.__name__:
            found.append(value)
    return found


def test_every_model_of_openai_types_has_resolved_fields_when_its_module_is_imported() -> None:
    unresolved: Dict[str, str] = {}
    checked = 0
    for info in pkgutil.walk_packages(openai.types.__path__, prefix="openai.types."):
        module = importlib.import_module(info.name)
        for model in _models_of(module):
            checked += 1
            for name, field in model.model_fields.items():
                if "ForwardRef" in repr(field.annotation):
                    unresolved[f"{model.__module__}.{model.__qualname__}.{name}"] = repr(field.annotation)
    assert checked > 2000
    assert unresolved == {}


_FRESH_IMPORT = """
import importlib, sys
bad = []
for name in sys.argv[1:]:
    module = importlib.import_module(name)
    for value in vars(module).values():
        fields = getattr(value, "__pydantic_fields__", None)
        if isinstance(value, type) and value.__module__ == name and fields:
            bad += [f"{name}.{value.__name__}.{f}" for f, info in fields.items() if "ForwardRef" in repr(info.annotation)]
print(bad)
"""


def test_models_resolve_when_their_module_is_the_first_imported() -> None:
    modules = [
        "openai.types.batch_usage",
        "openai.types.chat.chat_completion_chunk",
        "openai.types.responses.response",
        "openai.types.responses.responses_server_event",
        "openai.types.eval_create_response",
    ]
    for name in modules:
        out = subprocess.run([sys.executable, "-c", _FRESH_IMPORT, name], capture_output=True, text=True, check=False)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == "[]", (name, out.stdout)
