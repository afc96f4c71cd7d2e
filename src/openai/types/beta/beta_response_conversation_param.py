# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel

__all__ = ["BetaResponseConversationParam"]


class BetaResponseConversationParam(BaseModel):
    """The conversation that this response belongs to."""

    id: str
    """The unique ID of the conversation."""
