# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ..shared_params.function_definition import FunctionDefinition

__all__ = ["ChatCompletionFunctionToolParam"]


class ChatCompletionFunctionToolParam(TypedDict, total=False):
    """A function tool that can be used to generate a response."""

    type: Required[Literal["function"]]
    """The type of the tool. Currently, only `function` is supported."""

    function: Required[FunctionDefinition]
