# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ...._models import BaseModel, PropertyInfo

__all__ = [
    "ChatKitThreadUserMessageItem",
    "Content",
    "ContentInputText",
    "ContentQuotedText",
    "ChatKitThreadUserMessageItemAttachment",
    "InferenceOptions",
    "InferenceOptionsToolChoice",
]


class ContentInputText(BaseModel):
    """Text block that a user contributed to the thread."""

    type: Literal["input_text"]
    """Type discriminator that is always `input_text`."""

    text: str
    """Plain-text content supplied by the user."""


class ContentQuotedText(BaseModel):
    """Quoted snippet that the user referenced in their message."""

    type: Literal["quoted_text"]
    """Type discriminator that is always `quoted_text`."""

    text: str
    """Quoted text content."""


Content: TypeAlias = Annotated[Union[ContentInputText, ContentQuotedText], PropertyInfo(discriminator="type")]


class ChatKitThreadUserMessageItemAttachment(BaseModel):
    """Attachment metadata included on thread items."""

    type: Literal["image", "file"]
    """Attachment discriminator."""

    id: str
    """Identifier for the attachment."""

    name: str
    """Original display name for the attachment."""

    mime_type: str
    """MIME type of the attachment."""

    preview_url: Optional[str] = None
    """Preview URL for rendering the attachment inline."""


class InferenceOptionsToolChoice(BaseModel):
    """Tool selection that the assistant should honor when executing the item."""

    id: str
    """Identifier of the requested tool."""


class InferenceOptions(BaseModel):
    """Model and tool overrides applied when generating the assistant response."""

    tool_choice: Optional[InferenceOptionsToolChoice] = None
    """Tool selection that the assistant should honor when executing the item."""

    model: Optional[str] = None
    """Model name that generated the response. Defaults to null when using the session default."""


class ChatKitThreadUserMessageItem(BaseModel):
    """User-authored messages within a thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.user_message"]

    content: List[Content]
    """Ordered content elements supplied by the user."""

    attachments: List[ChatKitThreadUserMessageItemAttachment]
    """Attachments associated with the user message. Defaults to an empty list."""

    inference_options: Optional[InferenceOptions] = None
    """Model and tool overrides applied when generating the assistant response."""
