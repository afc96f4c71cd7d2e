# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .beta_response_output_text import BetaResponseOutputText
from .beta_response_output_refusal import BetaResponseOutputRefusal

__all__ = ["BetaResponseOutputMessage", "Agent", "Content"]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


Content: TypeAlias = Annotated[
    Union[BetaResponseOutputText, BetaResponseOutputRefusal], PropertyInfo(discriminator="type")
]


class BetaResponseOutputMessage(BaseModel):
    """An output message from the model."""

    agent: Optional[Agent] = None
    """The agent that produced this item."""

    id: str
    """The unique ID of the output message."""

    type: Literal["message"]
    """The type of the output message. Always `message`."""

    role: Literal["assistant"]
    """The role of the output message. Always `assistant`."""

    content: List[Content]
    """The content of the output message."""

    phase: Optional[Literal["commentary", "final_answer"]] = None
    """
    Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
    For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
    phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
    """

    status: Literal["in_progress", "completed", "incomplete"]
    """
    The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """
