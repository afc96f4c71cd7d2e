"""A small hand-written API surface (models, params TypedDicts and operation rows) for the server's own tests.

It mirrors the shapes of the generated `openai.types` / `openai._operations` closely enough to exercise the
server's machinery (routing, synthesis, validation, the store, generation handlers and streams) without
depending on the generated tree.
"""

from __future__ import annotations

from typing import Any, Dict, List, Union, Iterable, Optional, NamedTuple

import pydantic
from typing_extensions import Literal, Required, Annotated, TypedDict


class Model(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")


# -- files ------------------------------------------------------------------------------------------------------


class FileObject(Model):
    id: str
    bytes: int
    created_at: int
    filename: str
    object: Literal["file"]
    purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data"]
    status: Literal["uploaded", "processed", "error"]
    expires_at: Optional[int] = None


class FileDeleted(Model):
    id: str
    deleted: bool
    object: Literal["file"]


class FileCreateParams(TypedDict, total=False):
    file: Required[Any]
    purpose: Required[Literal["assistants", "batch", "fine-tune", "vision", "user_data"]]


class FileListParams(TypedDict, total=False):
    after: str
    limit: int
    order: Literal["asc", "desc"]
    purpose: str


# -- chat -------------------------------------------------------------------------------------------------------


class Function(Model):
    name: str
    arguments: str


class ChatCompletionMessageToolCall(Model):
    id: str
    type: Literal["function"]
    function: Function


class ChatCompletionMessage(Model):
    role: Literal["assistant"]
    content: Optional[str] = None
    refusal: Optional[str] = None
    tool_calls: Optional[List[ChatCompletionMessageToolCall]] = None


class Choice(Model):
    index: int
    message: ChatCompletionMessage
    finish_reason: Literal["stop", "length", "tool_calls", "content_filter", "function_call"]
    logprobs: Optional[Dict[str, Any]] = None


class CompletionUsage(Model):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ChatCompletion(Model):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: List[Choice]
    usage: Optional[CompletionUsage] = None
    system_fingerprint: Optional[str] = None
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] = None
    metadata: Optional[Dict[str, str]] = None


class ChoiceDeltaToolCallFunction(Model):
    name: Optional[str] = None
    arguments: Optional[str] = None


class ChoiceDeltaToolCall(Model):
    index: int
    id: Optional[str] = None
    type: Optional[Literal["function"]] = None
    function: Optional[ChoiceDeltaToolCallFunction] = None


class ChoiceDelta(Model):
    role: Optional[Literal["assistant", "user", "system", "tool", "developer"]] = None
    content: Optional[str] = None
    refusal: Optional[str] = None
    tool_calls: Optional[List[ChoiceDeltaToolCall]] = None


class ChunkChoice(Model):
    index: int
    delta: ChoiceDelta
    finish_reason: Optional[Literal["stop", "length", "tool_calls", "content_filter", "function_call"]] = None


class ChatCompletionChunk(Model):
    id: str
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    choices: List[ChunkChoice]
    usage: Optional[CompletionUsage] = None


class ChatCompletionStoreMessage(Model):
    id: str
    role: str
    content: Optional[str] = None


class MessageParam(TypedDict, total=False):
    role: Required[Literal["system", "user", "assistant", "tool", "developer"]]
    content: Required[Union[str, Iterable[Dict[str, Any]]]]
    name: str


class ResponseFormatJSONSchema(TypedDict, total=False):
    type: Required[Literal["json_schema"]]
    json_schema: Required[Dict[str, Any]]


class ResponseFormatText(TypedDict, total=False):
    type: Required[Literal["text", "json_object"]]


class StreamOptions(TypedDict, total=False):
    include_usage: bool


class ChatCompletionCreateParams(TypedDict, total=False):
    messages: Required[Iterable[MessageParam]]
    model: Required[str]
    temperature: Optional[float]
    n: Optional[int]
    store: Optional[bool]
    stream: Optional[bool]
    stream_options: Optional[StreamOptions]
    tools: Iterable[Dict[str, Any]]
    response_format: Union[ResponseFormatText, ResponseFormatJSONSchema]
    metadata: Optional[Dict[str, str]]
    max_tokens: Optional[int]


class ChatCompletionListParams(TypedDict, total=False):
    after: str
    limit: int
    order: Literal["asc", "desc"]


# -- embeddings -------------------------------------------------------------------------------------------------


class Embedding(Model):
    embedding: List[float]
    index: int
    object: Literal["embedding"]


class EmbeddingUsage(Model):
    prompt_tokens: int
    total_tokens: int


class CreateEmbeddingResponse(Model):
    data: List[Embedding]
    model: str
    object: Literal["list"]
    usage: EmbeddingUsage


class EmbeddingCreateParams(TypedDict, total=False):
    input: Required[Union[str, List[str], Iterable[int]]]
    model: Required[str]
    dimensions: int
    encoding_format: Literal["float", "base64"]


# -- responses --------------------------------------------------------------------------------------------------


class ResponseOutputText(Model):
    type: Literal["output_text"]
    text: str
    annotations: List[Dict[str, Any]]


class ResponseOutputRefusal(Model):
    type: Literal["refusal"]
    refusal: str


class ResponseOutputMessage(Model):
    id: str
    type: Literal["message"]
    role: Literal["assistant"]
    status: Literal["in_progress", "completed", "incomplete"]
    content: List[Annotated[Union[ResponseOutputText, ResponseOutputRefusal], pydantic.Field(discriminator="type")]]


class ResponseFunctionToolCall(Model):
    type: Literal["function_call"]
    call_id: str
    name: str
    arguments: str
    id: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


ResponseOutputItem = Annotated[
    Union[ResponseOutputMessage, ResponseFunctionToolCall], pydantic.Field(discriminator="type")
]


class ResponseUsage(Model):
    input_tokens: int
    output_tokens: int
    total_tokens: int


class Response(Model):
    id: str
    object: Literal["response"]
    created_at: float
    model: str
    output: List[ResponseOutputItem]
    parallel_tool_calls: bool
    tool_choice: Any
    tools: List[Dict[str, Any]]
    status: Optional[Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"]] = None
    error: Optional[Dict[str, Any]] = None
    incomplete_details: Optional[Dict[str, Any]] = None
    usage: Optional[ResponseUsage] = None
    instructions: Optional[str] = None
    metadata: Optional[Dict[str, str]] = None
    temperature: Optional[float] = None


class ResponseDeleted(Model):
    id: str
    deleted: bool
    object: Literal["response"]


class ResponseCreatedEvent(Model):
    type: Literal["response.created"]
    sequence_number: int
    response: Response


class ResponseInProgressEvent(Model):
    type: Literal["response.in_progress"]
    sequence_number: int
    response: Response


class ResponseCompletedEvent(Model):
    type: Literal["response.completed"]
    sequence_number: int
    response: Response


class ResponseOutputItemAddedEvent(Model):
    type: Literal["response.output_item.added"]
    sequence_number: int
    output_index: int
    item: ResponseOutputItem


class ResponseOutputItemDoneEvent(Model):
    type: Literal["response.output_item.done"]
    sequence_number: int
    output_index: int
    item: ResponseOutputItem


class ResponseContentPartAddedEvent(Model):
    type: Literal["response.content_part.added"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    part: Union[ResponseOutputText, ResponseOutputRefusal]


class ResponseContentPartDoneEvent(Model):
    type: Literal["response.content_part.done"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    part: Union[ResponseOutputText, ResponseOutputRefusal]


class ResponseTextDeltaEvent(Model):
    type: Literal["response.output_text.delta"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    delta: str


class ResponseTextDoneEvent(Model):
    type: Literal["response.output_text.done"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    text: str


class ResponseFunctionCallArgumentsDeltaEvent(Model):
    type: Literal["response.function_call_arguments.delta"]
    sequence_number: int
    item_id: str
    output_index: int
    delta: str


class ResponseFunctionCallArgumentsDoneEvent(Model):
    type: Literal["response.function_call_arguments.done"]
    sequence_number: int
    item_id: str
    output_index: int
    arguments: str


ResponseStreamEvent = Annotated[
    Union[
        ResponseCreatedEvent,
        ResponseInProgressEvent,
        ResponseCompletedEvent,
        ResponseOutputItemAddedEvent,
        ResponseOutputItemDoneEvent,
        ResponseContentPartAddedEvent,
        ResponseContentPartDoneEvent,
        ResponseTextDeltaEvent,
        ResponseTextDoneEvent,
        ResponseFunctionCallArgumentsDeltaEvent,
        ResponseFunctionCallArgumentsDoneEvent,
    ],
    pydantic.Field(discriminator="type"),
]


class InputMessage(Model):
    id: str
    type: Literal["message"]
    role: Literal["user", "system", "developer", "assistant"]
    content: List[Dict[str, Any]]
    status: Optional[str] = None


class ResponseTextConfig(TypedDict, total=False):
    format: Dict[str, Any]


class ResponseCreateParams(TypedDict, total=False):
    model: str
    input: Union[str, Iterable[Dict[str, Any]]]
    instructions: Optional[str]
    stream: Optional[bool]
    store: Optional[bool]
    background: Optional[bool]
    text: ResponseTextConfig
    tools: Iterable[Dict[str, Any]]
    temperature: Optional[float]
    metadata: Optional[Dict[str, str]]


# -- assistants ---------------------------------------------------------------------------------------------------


class Thread(Model):
    id: str
    created_at: int
    object: Literal["thread"]
    metadata: Optional[Dict[str, str]] = None


class ThreadDeleted(Model):
    id: str
    deleted: bool
    object: Literal["thread.deleted"]


class Text(Model):
    value: str
    annotations: List[Dict[str, Any]]


class TextContentBlock(Model):
    type: Literal["text"]
    text: Text


class Message(Model):
    id: str
    object: Literal["thread.message"]
    created_at: int
    thread_id: str
    role: Literal["user", "assistant"]
    status: Literal["in_progress", "incomplete", "completed"]
    content: List[TextContentBlock]
    run_id: Optional[str] = None
    assistant_id: Optional[str] = None
    metadata: Optional[Dict[str, str]] = None


class MessageDeltaContent(Model):
    index: int
    type: Literal["text"]
    text: Optional[Dict[str, Any]] = None


class MessageDelta(Model):
    content: Optional[List[MessageDeltaContent]] = None


class MessageDeltaEvent(Model):
    id: str
    object: Literal["thread.message.delta"]
    delta: MessageDelta


class RequiredActionFunctionToolCall(Model):
    id: str
    type: Literal["function"]
    function: Function


class RequiredActionSubmitToolOutputs(Model):
    tool_calls: List[RequiredActionFunctionToolCall]


class RequiredAction(Model):
    type: Literal["submit_tool_outputs"]
    submit_tool_outputs: RequiredActionSubmitToolOutputs


class Run(Model):
    id: str
    object: Literal["thread.run"]
    created_at: int
    thread_id: str
    assistant_id: str
    status: Literal[
        "queued", "in_progress", "requires_action", "cancelling", "cancelled", "failed", "completed", "expired"
    ]
    instructions: str
    model: str
    tools: List[Dict[str, Any]]
    parallel_tool_calls: bool
    required_action: Optional[RequiredAction] = None
    usage: Optional[Dict[str, int]] = None
    completed_at: Optional[int] = None
    started_at: Optional[int] = None


class RunStep(Model):
    id: str
    object: Literal["thread.run.step"]
    created_at: int
    run_id: str
    thread_id: str
    assistant_id: str
    type: Literal["message_creation", "tool_calls"]
    status: Literal["in_progress", "cancelled", "failed", "completed", "expired"]
    step_details: Dict[str, Any]


def _event(name: str, data: Any) -> Any:
    return type(
        name.replace(".", "_"),
        (Model,),
        {"__annotations__": {"event": Literal[name], "data": data}},  # type: ignore[valid-type]
    )


_RUN_EVENTS = [
    _event(n, Run)
    for n in (
        "thread.run.created",
        "thread.run.queued",
        "thread.run.in_progress",
        "thread.run.requires_action",
        "thread.run.completed",
        "thread.run.cancelled",
    )
]
_STEP_EVENTS = [
    _event(n, RunStep) for n in ("thread.run.step.created", "thread.run.step.in_progress", "thread.run.step.completed")
]
_MESSAGE_EVENTS = [
    _event(n, Message) for n in ("thread.message.created", "thread.message.in_progress", "thread.message.completed")
]
AssistantStreamEvent = Annotated[
    Union[tuple([*_RUN_EVENTS, *_STEP_EVENTS, *_MESSAGE_EVENTS, _event("thread.message.delta", MessageDeltaEvent)])],  # type: ignore[misc]
    pydantic.Field(discriminator="event"),
]


class ThreadCreateParams(TypedDict, total=False):
    messages: Iterable[Dict[str, Any]]
    metadata: Optional[Dict[str, str]]


class MessageCreateParams(TypedDict, total=False):
    content: Required[Union[str, Iterable[Dict[str, Any]]]]
    role: Required[Literal["user", "assistant"]]
    metadata: Optional[Dict[str, str]]


class RunCreateParams(TypedDict, total=False):
    assistant_id: Required[str]
    additional_messages: Optional[Iterable[Dict[str, Any]]]
    instructions: Optional[str]
    model: Optional[str]
    stream: Optional[bool]


class RunSubmitToolOutputsParams(TypedDict, total=False):
    tool_outputs: Required[Iterable[Dict[str, Any]]]
    stream: Optional[bool]


# -- batches and models --------------------------------------------------------------------------------------------


class Batch(Model):
    id: str
    object: Literal["batch"]
    endpoint: str
    input_file_id: str
    completion_window: str
    status: Literal[
        "validating", "failed", "in_progress", "finalizing", "completed", "expired", "cancelling", "cancelled"
    ]
    created_at: int


class BatchCreateParams(TypedDict, total=False):
    completion_window: Required[Literal["24h"]]
    endpoint: Required[Literal["/v1/responses", "/v1/chat/completions", "/v1/embeddings"]]
    input_file_id: Required[str]


class ModelObject(Model):
    id: str
    created: int
    object: Literal["model"]
    owned_by: str


# -- the operation table ---------------------------------------------------------------------------------------------


class Operation(NamedTuple):
    id: str
    method: str
    path: str
    client_path: str
    params_type: Optional[str]
    response_type: Optional[str]
    page: Optional[str]
    stream_type: Optional[str]
    binary: bool
    multipart: bool
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    body_required: tuple[str, ...]
    security: str


M = "tests.testing.fake_api:"


def _op(
    op_id: str,
    method: str,
    path: str,
    client_path: str,
    params: str | None = None,
    response: str | None = None,
    *,
    page: str | None = None,
    stream: str | None = None,
    binary: bool = False,
    multipart: bool = False,
    query: tuple[str, ...] = (),
    required: tuple[str, ...] = (),
) -> Operation:
    import re

    return Operation(
        op_id,
        method,
        path,
        client_path,
        M + params if params else None,
        M + response if response else None,
        page,
        M + stream if stream else None,
        binary,
        multipart,
        tuple(re.findall(r"\{([^}]+)\}", path)),
        query,
        required,
        "api_key",
    )


OPERATIONS: tuple[Operation, ...] = (
    _op(
        "createFile",
        "POST",
        "/files",
        "files.create",
        "FileCreateParams",
        "FileObject",
        multipart=True,
        required=("file", "purpose"),
    ),
    _op("retrieveFile", "GET", "/files/{file_id}", "files.retrieve", None, "FileObject"),
    _op(
        "listFiles",
        "GET",
        "/files",
        "files.list",
        "FileListParams",
        "FileObject",
        page="cursor",
        query=("after", "limit", "order", "purpose"),
    ),
    _op("deleteFile", "DELETE", "/files/{file_id}", "files.delete", None, "FileDeleted"),
    _op("downloadFile", "GET", "/files/{file_id}/content", "files.content", None, None, binary=True),
    _op(
        "createChatCompletion",
        "POST",
        "/chat/completions",
        "chat.completions.create",
        "ChatCompletionCreateParams",
        "ChatCompletion",
        stream="ChatCompletionChunk",
        required=("messages", "model"),
    ),
    _op(
        "getChatCompletion",
        "GET",
        "/chat/completions/{completion_id}",
        "chat.completions.retrieve",
        None,
        "ChatCompletion",
    ),
    _op(
        "listChatCompletions",
        "GET",
        "/chat/completions",
        "chat.completions.list",
        "ChatCompletionListParams",
        "ChatCompletion",
        page="cursor",
        query=("after", "limit", "order"),
    ),
    _op(
        "deleteChatCompletion",
        "DELETE",
        "/chat/completions/{completion_id}",
        "chat.completions.delete",
        None,
        "FileDeleted",
    ),
    _op(
        "getChatCompletionMessages",
        "GET",
        "/chat/completions/{completion_id}/messages",
        "chat.completions.messages.list",
        "ChatCompletionListParams",
        "ChatCompletionStoreMessage",
        page="cursor",
        query=("after", "limit", "order"),
    ),
    _op(
        "createEmbedding",
        "POST",
        "/embeddings",
        "embeddings.create",
        "EmbeddingCreateParams",
        "CreateEmbeddingResponse",
        required=("input", "model"),
    ),
    _op(
        "createResponse",
        "POST",
        "/responses",
        "responses.create",
        "ResponseCreateParams",
        "Response",
        stream="ResponseStreamEvent",
    ),
    _op("getResponse", "GET", "/responses/{response_id}", "responses.retrieve", None, "Response"),
    _op("deleteResponse", "DELETE", "/responses/{response_id}", "responses.delete", None, None),
    _op("cancelResponse", "POST", "/responses/{response_id}/cancel", "responses.cancel", None, "Response"),
    _op(
        "listInputItems",
        "GET",
        "/responses/{response_id}/input_items",
        "responses.input_items.list",
        "ChatCompletionListParams",
        "InputMessage",
        page="cursor",
        query=("after", "limit", "order"),
    ),
    _op("createThread", "POST", "/threads", "beta.threads.create", "ThreadCreateParams", "Thread"),
    _op("getThread", "GET", "/threads/{thread_id}", "beta.threads.retrieve", None, "Thread"),
    _op("deleteThread", "DELETE", "/threads/{thread_id}", "beta.threads.delete", None, "ThreadDeleted"),
    _op(
        "createMessage",
        "POST",
        "/threads/{thread_id}/messages",
        "beta.threads.messages.create",
        "MessageCreateParams",
        "Message",
        required=("content", "role"),
    ),
    _op(
        "getMessage",
        "GET",
        "/threads/{thread_id}/messages/{message_id}",
        "beta.threads.messages.retrieve",
        None,
        "Message",
    ),
    _op(
        "listMessages",
        "GET",
        "/threads/{thread_id}/messages",
        "beta.threads.messages.list",
        "ChatCompletionListParams",
        "Message",
        page="cursor",
        query=("after", "limit", "order"),
    ),
    _op(
        "createRun",
        "POST",
        "/threads/{thread_id}/runs",
        "beta.threads.runs.create",
        "RunCreateParams",
        "Run",
        stream="AssistantStreamEvent",
        required=("assistant_id",),
    ),
    _op("getRun", "GET", "/threads/{thread_id}/runs/{run_id}", "beta.threads.runs.retrieve", None, "Run"),
    _op(
        "submitToolOuputsToRun",
        "POST",
        "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
        "beta.threads.runs.submit_tool_outputs",
        "RunSubmitToolOutputsParams",
        "Run",
        stream="AssistantStreamEvent",
        required=("tool_outputs",),
    ),
    _op(
        "getRunStep",
        "GET",
        "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
        "beta.threads.runs.steps.retrieve",
        None,
        "RunStep",
    ),
    _op(
        "listRunSteps",
        "GET",
        "/threads/{thread_id}/runs/{run_id}/steps",
        "beta.threads.runs.steps.list",
        "ChatCompletionListParams",
        "RunStep",
        page="cursor",
        query=("after", "limit", "order"),
    ),
    _op(
        "createBatch",
        "POST",
        "/batches",
        "batches.create",
        "BatchCreateParams",
        "Batch",
        required=("completion_window", "endpoint", "input_file_id"),
    ),
    _op("retrieveBatch", "GET", "/batches/{batch_id}", "batches.retrieve", None, "Batch"),
    _op("cancelBatch", "POST", "/batches/{batch_id}/cancel", "batches.cancel", None, "Batch"),
    _op(
        "listBatches",
        "GET",
        "/batches",
        "batches.list",
        "ChatCompletionListParams",
        "Batch",
        page="cursor",
        query=("after", "limit"),
    ),
    _op("listModels", "GET", "/models", "models.list", None, "ModelObject", page="page"),
    _op("retrieveModel", "GET", "/models/{model}", "models.retrieve", None, "ModelObject"),
)
