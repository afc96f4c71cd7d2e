# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel
from .threads.message import Message
from .threads.message_delta_event import MessageDeltaEvent

__all__ = [
    "MessageStreamEventVariant0",
    "MessageStreamEventVariant1",
    "MessageStreamEventVariant2",
    "MessageStreamEventVariant3",
    "MessageStreamEventVariant4",
    "MessageStreamEvent",
]


class MessageStreamEventVariant0(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is created."""

    event: Literal["thread.message.created"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class MessageStreamEventVariant1(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) moves to an `in_progress` state."""

    event: Literal["thread.message.in_progress"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class MessageStreamEventVariant2(BaseModel):
    """Occurs when parts of a [Message](/docs/api-reference/messages/object) are being streamed."""

    event: Literal["thread.message.delta"]

    data: MessageDeltaEvent
    """Represents a message delta i.e. any changed fields on a message during streaming."""


class MessageStreamEventVariant3(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) is completed."""

    event: Literal["thread.message.completed"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


class MessageStreamEventVariant4(BaseModel):
    """Occurs when a [message](/docs/api-reference/messages/object) ends before it is completed."""

    event: Literal["thread.message.incomplete"]

    data: Message
    """Represents a message within a [thread](/docs/api-reference/threads)."""


MessageStreamEvent: TypeAlias = Union[
    MessageStreamEventVariant0,
    MessageStreamEventVariant1,
    MessageStreamEventVariant2,
    MessageStreamEventVariant3,
    MessageStreamEventVariant4,
]
