# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .beta_response_output_text import BetaResponseOutputText
from .beta_response_output_refusal import BetaResponseOutputRefusal

__all__ = ["BetaResponseContentPartAddedEvent", "Agent", "Part", "PartReasoningText"]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class PartReasoningText(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""


Part: TypeAlias = Annotated[
    Union[BetaResponseOutputText, BetaResponseOutputRefusal, PartReasoningText], PropertyInfo(discriminator="type")
]


class BetaResponseContentPartAddedEvent(BaseModel):
    """Emitted when a new content part is added."""

    agent: Optional[Agent] = None
    """The agent that owns this multi-agent streaming event."""

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
