# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ChatCompletionNamedToolChoice", "Function"]


class Function(BaseModel):
    name: str
    """The name of the function to call."""


class ChatCompletionNamedToolChoice(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific function."""

    type: Literal["function"]
    """For function calling, the type is always `function`."""

    function: Function
