# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_response_input_message_content_list import BetaResponseInputMessageContentList

__all__ = ["BetaResponseInputMessageItem", "Agent"]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class BetaResponseInputMessageItem(BaseModel):
    """
    A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.
    """

    agent: Optional[Agent] = None
    """The agent that produced this item."""

    type: Literal["message"]
    """The type of the message input. Always set to `message`."""

    role: Literal["user", "system", "developer"]
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """
    The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """

    content: BetaResponseInputMessageContentList
    """
    A list of one or many input items to the model, containing different content
    types.
    """

    id: str
    """The unique ID of the message input."""
