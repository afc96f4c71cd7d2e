"""Events yielded by ``ChatCompletionStream``: the raw chunk plus higher-level content, refusal, tool-call and
log-probability events, each carrying what has been accumulated so far."""

from __future__ import annotations

from typing import List, Union, Generic, Optional

from typing_extensions import Literal

from ._types import ParsedChatCompletionSnapshot
from ...._models import BaseModel
from ..._parsing._completions import ResponseFormatT
from ....types.chat.chat_completion_chunk import ChatCompletionChunk
from ....types.chat.chat_completion_token_logprob import ChatCompletionTokenLogprob

__all__ = [
    "ChatCompletionStreamEvent",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "LogprobsContentDeltaEvent",
    "LogprobsContentDoneEvent",
    "LogprobsRefusalDeltaEvent",
    "LogprobsRefusalDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
]


class ChunkEvent(BaseModel):
    type: Literal["chunk"]
    chunk: ChatCompletionChunk
    """The chunk as the API sent it."""
    snapshot: ParsedChatCompletionSnapshot
    """The completion accumulated so far, this chunk included."""


class ContentDeltaEvent(BaseModel):
    """New text of a choice's message content."""

    type: Literal["content.delta"]
    delta: str
    snapshot: str
    """The whole content so far."""
    parsed: Optional[object] = None
    """With a class ``response_format``: the partial JSON decoded from the content so far."""


class ContentDoneEvent(BaseModel, Generic[ResponseFormatT]):
    """A choice's content is complete."""

    type: Literal["content.done"]
    content: str
    parsed: Optional[ResponseFormatT] = None
    """With a class ``response_format``: the content validated into it."""


class RefusalDeltaEvent(BaseModel):
    type: Literal["refusal.delta"]
    delta: str
    snapshot: str
    """The whole refusal so far."""


class RefusalDoneEvent(BaseModel):
    type: Literal["refusal.done"]
    refusal: str


class FunctionToolCallArgumentsDeltaEvent(BaseModel):
    type: Literal["tool_calls.function.arguments.delta"]
    name: str
    index: int
    arguments: str
    """The arguments received so far (JSON text, possibly incomplete)."""
    parsed_arguments: object = None
    """For strict tools: the partial JSON decoded from ``arguments``."""
    arguments_delta: str
    """The text added by this chunk."""


class FunctionToolCallArgumentsDoneEvent(BaseModel):
    type: Literal["tool_calls.function.arguments.done"]
    name: str
    index: int
    arguments: str
    parsed_arguments: object = None
    """For pydantic tools the model instance, for other strict tools the decoded JSON."""


class LogprobsContentDeltaEvent(BaseModel):
    type: Literal["logprobs.content.delta"]
    content: List[ChatCompletionTokenLogprob]
    snapshot: List[ChatCompletionTokenLogprob]


class LogprobsContentDoneEvent(BaseModel):
    type: Literal["logprobs.content.done"]
    content: List[ChatCompletionTokenLogprob]


class LogprobsRefusalDeltaEvent(BaseModel):
    type: Literal["logprobs.refusal.delta"]
    refusal: List[ChatCompletionTokenLogprob]
    snapshot: List[ChatCompletionTokenLogprob]


class LogprobsRefusalDoneEvent(BaseModel):
    type: Literal["logprobs.refusal.done"]
    refusal: List[ChatCompletionTokenLogprob]


ChatCompletionStreamEvent = Union[
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent[ResponseFormatT],
    RefusalDeltaEvent,
    RefusalDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent,
]
"""Any event of a chat completions stream, parametrised by the ``response_format`` class."""


# Names outside code imports from this module (official spellings).
from ...._models import GenericModel as GenericModel  # noqa: E402
