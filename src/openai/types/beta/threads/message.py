# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ...._models import BaseModel, PropertyInfo
from .message_content import MessageContent
from ...shared.metadata import Metadata
from ..code_interpreter_tool import CodeInterpreterTool

__all__ = [
    "Message",
    "IncompleteDetails",
    "Attachment",
    "AttachmentToolAssistantToolsFileSearchTypeOnly",
    "AttachmentTool",
]


class IncompleteDetails(BaseModel):
    """On an incomplete message, details about why the message is incomplete."""

    reason: Literal["content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"]
    """The reason the message is incomplete."""


class AttachmentToolAssistantToolsFileSearchTypeOnly(BaseModel):
    type: Literal["file_search"]
    """The type of tool being defined: `file_search`"""


class Attachment(BaseModel):
    file_id: Optional[str] = None
    """The ID of the file to attach to the message."""

    tools: Optional[
        List[
            Annotated[
                Union[CodeInterpreterTool, AttachmentToolAssistantToolsFileSearchTypeOnly],
                PropertyInfo(discriminator="type"),
            ]
        ]
    ] = None
    """The tools to add this file to."""


class Message(BaseModel):
    """Represents a message within a [thread](/docs/api-reference/threads)."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread.message"]
    """The object type, which is always `thread.message`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the message was created."""

    thread_id: str
    """The [thread](/docs/api-reference/threads) ID that this message belongs to."""

    status: Literal["in_progress", "incomplete", "completed"]
    """The status of the message, which can be either `in_progress`, `incomplete`, or `completed`."""

    incomplete_details: Optional[IncompleteDetails] = None
    """On an incomplete message, details about why the message is incomplete."""

    completed_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the message was completed."""

    incomplete_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the message was marked as incomplete."""

    role: Literal["user", "assistant"]
    """The entity that produced the message. One of `user` or `assistant`."""

    content: List[MessageContent]
    """The content of the message in array of text and/or images."""

    assistant_id: Optional[str] = None
    """If applicable, the ID of the [assistant](/docs/api-reference/assistants) that authored this message."""

    run_id: Optional[str] = None
    """
    The ID of the [run](/docs/api-reference/runs) associated with the creation of this message. Value is `null` when
    messages are created manually using the create message or create thread endpoints.
    """

    attachments: Optional[List[Attachment]] = None
    """A list of files attached to the message, and the tools they were added to."""

    metadata: Optional[Metadata] = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """


AttachmentTool: TypeAlias = Annotated[
    Union[CodeInterpreterTool, AttachmentToolAssistantToolsFileSearchTypeOnly], PropertyInfo(discriminator="type")
]
