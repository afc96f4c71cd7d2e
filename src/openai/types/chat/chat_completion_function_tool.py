# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from ..shared.function_definition import FunctionDefinition

__all__ = ["ChatCompletionFunctionTool"]


class ChatCompletionFunctionTool(BaseModel):
    """A function tool that can be used to generate a response."""

    type: Literal["function"]
    """The type of the tool. Currently, only `function` is supported."""

    function: FunctionDefinition
