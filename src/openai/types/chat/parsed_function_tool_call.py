"""Tool calls of a parsed chat completion: the function call with its arguments parsed.

Hand-written (not produced by the generator): used by ``chat.completions.parse()`` and the chat stream helpers.
"""

from __future__ import annotations

from typing import Optional

from .chat_completion_message_function_tool_call import Function, ChatCompletionMessageFunctionToolCall

__all__ = ["ParsedFunction", "ParsedFunctionToolCall"]


class ParsedFunction(Function):
    parsed_arguments: Optional[object] = None
    """The arguments parsed from ``arguments``.

    A model instance for tools made by ``openai.pydantic_function_tool()``, the decoded JSON for other strict
    function tools, and ``None`` when the request had no strict function tool of this name. While streaming, it
    holds the partial JSON decoded so far.
    """


class ParsedFunctionToolCall(ChatCompletionMessageFunctionToolCall):
    function: ParsedFunction  # pyright: ignore[reportIncompatibleVariableOverride] - narrows the field to the parsed subclass
    """The function the model called, with ``parsed_arguments``."""
