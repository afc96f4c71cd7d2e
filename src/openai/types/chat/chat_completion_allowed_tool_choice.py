# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .chat_completion_allowed_tools import ChatCompletionAllowedTools

__all__ = ["ChatCompletionAllowedToolChoice"]


class ChatCompletionAllowedToolChoice(BaseModel):
    """Constrains the tools available to the model to a pre-defined set."""

    type: Literal["allowed_tools"]
    """Allowed tool configuration type. Always `allowed_tools`."""

    allowed_tools: ChatCompletionAllowedTools
    """Constrains the tools available to the model to a pre-defined set."""
