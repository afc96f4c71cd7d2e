# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._models import PropertyInfo
from .chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
from .chat_completion_message_function_tool_call import Function, ChatCompletionMessageFunctionToolCall

__all__ = ["ChatCompletionMessageToolCall", "Function", "ChatCompletionMessageToolCallUnion"]


ChatCompletionMessageToolCall: TypeAlias = ChatCompletionMessageFunctionToolCall


ChatCompletionMessageToolCallUnion: TypeAlias = Annotated[
    Union[ChatCompletionMessageFunctionToolCall, ChatCompletionMessageCustomToolCall],
    PropertyInfo(discriminator="type"),
]
