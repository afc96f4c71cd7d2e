# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from .threads.message import Message
from .threads.message_delta_event import MessageDeltaEvent

__all__ = [
    "MessageStreamEvent",
    "MessageStreamEventThreadMessageCreated",
    "MessageStreamEventThreadMessageInProgress",
    "MessageStreamEventThreadMessageDelta",
    "MessageStreamEventThreadMessageCompleted",
    "MessageStreamEventThreadMessageIncomplete",
]


class MessageStreamEventThreadMessageCreated(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is created."""

    event: Literal["thread.message.created"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class MessageStreamEventThreadMessageInProgress(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) moves to an `in_progress` state."""

    event: Literal["thread.message.in_progress"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class MessageStreamEventThreadMessageDelta(BaseModel):
    """Occurs when parts of a [Message](/docs/api-reference/messages/object) are being streamed."""

    event: Literal["thread.message.delta"]

    data: MessageDeltaEvent
    """Represents a message delta i.e. any changed fields on a message during streaming."""


class MessageStreamEventThreadMessageCompleted(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is completed."""

    event: Literal["thread.message.completed"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class MessageStreamEventThreadMessageIncomplete(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) ends before it is completed."""

    event: Literal["thread.message.incomplete"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


MessageStreamEvent: TypeAlias = Union[
    MessageStreamEventThreadMessageCreated,
    MessageStreamEventThreadMessageInProgress,
    MessageStreamEventThreadMessageDelta,
    MessageStreamEventThreadMessageCompleted,
    MessageStreamEventThreadMessageIncomplete,
]
