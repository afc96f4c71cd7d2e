# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ChatCompletionNamedToolChoiceParam", "Function"]


class ChatCompletionNamedToolChoiceParam(TypedDict, total=False):
    """Specifies a tool the model should use. Use to force the model to call a specific function."""

    type: Required[Literal["function"]]
    """For function calling, the type is always `function`."""

    function: Required[Function]


class Function(TypedDict, total=False):
    name: Required[str]
    """The name of the function to call."""
