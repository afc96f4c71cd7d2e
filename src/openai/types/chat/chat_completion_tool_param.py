# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ..shared_params.function_definition import FunctionDefinition
from .chat_completion_function_tool_param import ChatCompletionFunctionToolParam

__all__ = ["ChatCompletionToolParam", "FunctionDefinition"]


ChatCompletionToolParam: TypeAlias = ChatCompletionFunctionToolParam
