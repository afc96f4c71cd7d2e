# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from ..conversations.refusal_content import RefusalContent
from ..conversations.output_text_content import OutputTextContent

__all__ = ["ResponseContentPartAddedEvent", "Part", "PartReasoningText"]


class PartReasoningText(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""


Part: TypeAlias = Annotated[
    Union[OutputTextContent, RefusalContent, PartReasoningText], PropertyInfo(discriminator="type")
]


class ResponseContentPartAddedEvent(BaseModel):
    """Emitted when a new content part is added."""

    type: Literal["response.content_part.added"]
    """The type of the event. Always `response.content_part.added`."""

    item_id: str
    """The ID of the output item that the content part was added to."""

    output_index: int
    """The index of the output item that the content part was added to."""

    content_index: int
    """The index of the content part that was added."""

    part: Part
    """The content part that was added."""

    sequence_number: int
    """The sequence number of this event."""
