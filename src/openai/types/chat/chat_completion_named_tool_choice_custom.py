# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ChatCompletionNamedToolChoiceCustom", "Custom"]


class Custom(BaseModel):
    name: str
    """The name of the custom tool to call."""


class ChatCompletionNamedToolChoiceCustom(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific custom tool."""

    type: Literal["custom"]
    """For custom tool calling, the type is always `custom`."""

    custom: Custom
