# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypeAlias

from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
from .chat_completion_allowed_tool_choice import ChatCompletionAllowedToolChoice
from .chat_completion_named_tool_choice_custom import ChatCompletionNamedToolChoiceCustom

__all__ = ["ChatCompletionToolChoiceOption"]


ChatCompletionToolChoiceOption: TypeAlias = Union[
    Literal["none", "auto", "required"],
    ChatCompletionAllowedToolChoice,
    ChatCompletionNamedToolChoice,
    ChatCompletionNamedToolChoiceCustom,
]
