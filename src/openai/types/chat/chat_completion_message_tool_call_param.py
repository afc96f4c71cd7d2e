# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from .chat_completion_message_function_tool_call_param import Function, ChatCompletionMessageFunctionToolCallParam

__all__ = ["ChatCompletionMessageToolCallParam", "Function"]


ChatCompletionMessageToolCallParam: TypeAlias = ChatCompletionMessageFunctionToolCallParam
