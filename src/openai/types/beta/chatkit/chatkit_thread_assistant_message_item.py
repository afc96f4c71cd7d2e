# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal, Annotated

from ...._models import BaseModel, PropertyInfo

__all__ = [
    "ChatKitThreadAssistantMessageItem",
    "ChatKitThreadAssistantMessageItemContent",
    "ChatKitThreadAssistantMessageItemContentAnnotationFile",
    "ChatKitThreadAssistantMessageItemContentAnnotationFileSource",
    "ChatKitThreadAssistantMessageItemContentAnnotationUrl",
    "ChatKitThreadAssistantMessageItemContentAnnotationUrlSource",
]


class ChatKitThreadAssistantMessageItemContentAnnotationFileSource(BaseModel):
    """Attachment source referenced by an annotation."""

    type: Literal["file"]
    """Type discriminator that is always `file`."""

    filename: str
    """Filename referenced by the annotation."""


class ChatKitThreadAssistantMessageItemContentAnnotationFile(BaseModel):
    """Annotation that references an uploaded file."""

    type: Literal["file"]
    """Type discriminator that is always `file` for this annotation."""

    source: ChatKitThreadAssistantMessageItemContentAnnotationFileSource
    """File attachment referenced by the annotation."""


class ChatKitThreadAssistantMessageItemContentAnnotationUrlSource(BaseModel):
    """URL backing an annotation entry."""

    type: Literal["url"]
    """Type discriminator that is always `url`."""

    url: str
    """URL referenced by the annotation."""


class ChatKitThreadAssistantMessageItemContentAnnotationUrl(BaseModel):
    """Annotation that references a URL."""

    type: Literal["url"]
    """Type discriminator that is always `url` for this annotation."""

    source: ChatKitThreadAssistantMessageItemContentAnnotationUrlSource
    """URL referenced by the annotation."""


class ChatKitThreadAssistantMessageItemContent(BaseModel):
    """Assistant response text accompanied by optional annotations."""

    type: Literal["output_text"]
    """Type discriminator that is always `output_text`."""

    text: str
    """Assistant generated text."""

    annotations: List[
        Annotated[
            Union[
                ChatKitThreadAssistantMessageItemContentAnnotationFile,
                ChatKitThreadAssistantMessageItemContentAnnotationUrl,
            ],
            PropertyInfo(discriminator="type"),
        ]
    ]
    """Ordered list of annotations attached to the response text."""


class ChatKitThreadAssistantMessageItem(BaseModel):
    """Assistant-authored message within a thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.assistant_message"]
    """Type discriminator that is always `chatkit.assistant_message`."""

    content: List[ChatKitThreadAssistantMessageItemContent]
    """Ordered assistant response segments."""
