"""Function tools built from pydantic models: ``openai.pydantic_function_tool`` and the dicts it returns.

A tool made here is an ordinary request dict (it is sent exactly as the API expects), but its function definition
is a ``dict`` subclass that remembers the pydantic model it was built from. The parse and stream helpers look for
that marker to turn the model's tool-call arguments back into an instance of the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, cast

import pydantic

from ._pydantic import to_strict_json_schema

if TYPE_CHECKING:
    from ..types.responses.function_tool_param import FunctionToolParam
    from ..types.shared_params.function_definition import FunctionDefinition
    from ..types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam

__all__ = [
    "PydanticFunctionTool",
    "ResponsesFunctionToolParam",
    "ResponsesPydanticFunctionTool",
    "pydantic_function_tool",
]


class PydanticFunctionTool(Dict[str, Any]):
    """The ``function`` part of a chat completions tool, remembering the pydantic model that defines its parameters.

    It behaves as the plain ``FunctionDefinition`` dict on the wire; ``model`` is used to parse tool-call arguments.
    """

    model: type[pydantic.BaseModel]

    def __init__(self, defn: FunctionDefinition, model: type[pydantic.BaseModel]) -> None:
        super().__init__(defn)
        self.model = model

    def cast(self) -> FunctionDefinition:
        """Return ``self`` typed as the request dict it is."""
        return cast("FunctionDefinition", self)


class ResponsesPydanticFunctionTool(Dict[str, Any]):
    """A Responses API function tool (``{"type": "function", "name": ...}``) remembering its pydantic model."""

    model: type[pydantic.BaseModel]

    def __init__(self, tool: FunctionToolParam, model: type[pydantic.BaseModel]) -> None:
        super().__init__(tool)
        self.model = model

    def cast(self) -> FunctionToolParam:
        """Return ``self`` typed as the request dict it is."""
        return cast("FunctionToolParam", self)


def pydantic_function_tool(
    model: type[pydantic.BaseModel],
    *,
    name: str | None = None,
    description: str | None = None,
) -> ChatCompletionFunctionToolParam:
    """Build a strict chat completions function tool whose parameters are the strict JSON schema of ``model``.

    Args:
        model: the pydantic model describing the arguments; tool calls to this tool are parsed into it.
        name: the function name; defaults to the model's class name.
        description: the function description; defaults to the model's docstring (omitted when it has none).

    Raises:
        TypeError: ``model`` is not a pydantic model class.
        ValueError: the model cannot be expressed as a strict schema (the message names the field).
    """
    if not (isinstance(model, type) and issubclass(model, pydantic.BaseModel)):
        raise TypeError(f"pydantic_function_tool() expects a pydantic model class, got {model!r}")
    if description is None:
        # __doc__ is not inherited by classes, so a model without its own docstring gives None here.
        description = model.__doc__

    definition: Dict[str, Any] = {
        "name": name or model.__name__,
        "strict": True,
        "parameters": to_strict_json_schema(model),
    }
    if description is not None:
        definition["description"] = description

    function = PydanticFunctionTool(cast("FunctionDefinition", definition), model)
    return cast("ChatCompletionFunctionToolParam", {"type": "function", "function": function})


# Names outside code imports from `openai.lib._tools` (official spellings).
from ..types.responses.function_tool_param import FunctionToolParam as ResponsesFunctionToolParam  # noqa: E402
from ..types.shared_params.function_definition import FunctionDefinition as FunctionDefinition  # noqa: E402
from ..types.chat.chat_completion_function_tool_param import (  # noqa: E402
    ChatCompletionFunctionToolParam as ChatCompletionFunctionToolParam,
)
