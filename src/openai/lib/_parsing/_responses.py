"""Structured-output parsing for the Responses API: request conversion and typed results.

Owns the pure (no I/O) half of ``responses.parse`` and ``responses.stream``:

- turning a pydantic model (or dataclass) ``text_format`` into the ``text.format`` request value;
- converting ``openai.pydantic_function_tool`` tools (chat shape) into Responses function tools;
- turning a ``Response`` into a ``ParsedResponse[T]`` (``output_text`` items get ``parsed``, function calls get
  ``parsed_arguments``). Unlike chat, incomplete or filtered responses do not raise here.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Iterable, Optional, cast

from .._tools import PydanticFunctionTool, ResponsesPydanticFunctionTool
from ._models import rebuild_model
from ..._types import Omit, NotGiven, omit
from .._pydantic import is_basemodel_type, is_dataclass_like_type, to_strict_json_schema_for_type
from ._completions import parse_json_content

if TYPE_CHECKING:
    from ...types.responses.response_text_config_param import ResponseTextConfigParam
    from ...types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam

__all__ = [
    "TextFormatT",
    "check_stream_arguments",
    "get_input_tool_by_name",
    "merge_text_format",
    "make_responses_tools",
    "parse_function_tool_arguments",
    "parse_response",
    "parse_text",
    "type_to_text_format_param",
]


def type_to_text_format_param(type_: type[Any]) -> ResponseFormatTextConfigParam:
    """Return the ``text.format`` value for a class format: a strict ``json_schema`` named after the class.

    Raises:
        TypeError: ``type_`` is not a pydantic model class or dataclass type.
    """
    if not (is_basemodel_type(type_) or is_dataclass_like_type(type_)):
        raise TypeError(f"Unsupported text_format {type_!r}: pass a pydantic model class or a pydantic dataclass type")
    return {
        "type": "json_schema",
        "strict": True,
        "name": type_.__name__,
        "schema": to_strict_json_schema_for_type(type_),
    }


def make_responses_tools(
    tools: Iterable[ToolParam | ChatCompletionFunctionToolParam] | Omit | NotGiven,
) -> List[ToolParam] | Omit:
    """Return the tools to send to the Responses API, converting chat-shaped pydantic function tools.

    ``openai.pydantic_function_tool()`` returns the chat completions shape (``{"type": "function", "function":
    {...}}``); the Responses API takes the function fields at the top level. Such tools are converted and keep
    their model for parsing; Responses-shaped tools pass through unchanged.

    Raises:
        TypeError: a chat-shaped function tool was not made by ``openai.pydantic_function_tool()``.
    """
    if isinstance(tools, (Omit, NotGiven)):
        return omit
    converted: List[ToolParam] = []
    for tool in tools:
        tool_dict = cast("Dict[str, Any]", tool)
        if tool_dict.get("type") != "function" or "function" not in tool_dict:
            converted.append(cast("ToolParam", tool))
            continue
        function = tool_dict["function"]
        if not isinstance(function, PydanticFunctionTool):
            name = cast("Dict[str, object]", function).get("name") if isinstance(function, dict) else None
            raise TypeError(
                f"Function tool {name!r} has the chat completions shape ({{'type': 'function', 'function': {{...}}}}), "
                "which the Responses API does not accept. Build it with openai.pydantic_function_tool(), or pass "
                "{'type': 'function', 'name': ..., 'parameters': ..., 'strict': ...}."
            )
        responses_tool: Dict[str, Any] = {
            "type": "function",
            "name": function["name"],
            "parameters": function["parameters"],
            "strict": bool(function.get("strict", False)),
        }
        if function.get("description") is not None:
            responses_tool["description"] = function["description"]
        converted.append(
            cast("ToolParam", ResponsesPydanticFunctionTool(cast("FunctionToolParam", responses_tool), function.model))
        )
    return converted


def get_input_tool_by_name(
    *, input_tools: Iterable[ToolParam] | Omit | NotGiven, name: str
) -> Optional[FunctionToolParam]:
    """Return the Responses function tool called ``name`` among the request's tools, if any."""
    if isinstance(input_tools, (Omit, NotGiven)):
        return None
    for tool in input_tools:
        tool_dict = cast("Dict[str, Any]", tool)
        if tool_dict.get("type") == "function" and tool_dict.get("name") == name:
            return cast("FunctionToolParam", tool)
    return None


def parse_function_tool_arguments(
    *, input_tools: Iterable[ToolParam] | Omit | NotGiven, name: str, arguments: str
) -> object:
    """Parse a function call's ``arguments``: into the model for pydantic tools, as JSON for other strict tools.

    Returns ``None`` when the request has no function tool of that name or the tool is not strict.
    """
    tool = get_input_tool_by_name(input_tools=input_tools, name=name)
    if tool is None:
        return None
    if isinstance(tool, ResponsesPydanticFunctionTool):
        return tool.model.model_validate_json(arguments)
    if not tool.get("strict"):
        return None
    return json.loads(arguments)


def parse_text(text: str, text_format: object) -> object:
    """Parse an ``output_text`` into ``text_format`` when it is a class; ``None`` otherwise."""
    if isinstance(text_format, (Omit, NotGiven)) or text_format is None or not isinstance(text_format, type):
        return None
    return parse_json_content(cast("type[Any]", text_format), text)


def parse_response(
    *,
    text_format: object,
    input_tools: Iterable[ToolParam] | Omit | NotGiven,
    response: Response | ParsedResponse[Any],
) -> ParsedResponse[Any]:
    """Turn a response into a ``ParsedResponse``, parsing output text and function-call arguments."""
    from ...types.responses.parsed_response import (
        ParsedResponse,
        ParsedResponseOutputText,
        ParsedResponseOutputMessage,
        ParsedResponseFunctionToolCall,
    )

    type_arg: type[Any] = text_format if isinstance(text_format, type) else type(None)
    output: List[object] = []
    for item in response.output:
        if item.type == "message":
            content: List[object] = []
            for part in item.content:
                if part.type == "output_text":
                    content.append(
                        rebuild_model(
                            ParsedResponseOutputText[type_arg],  # type: ignore[valid-type] # runtime parametrisation with the caller's format class
                            part,
                            parsed=parse_text(part.text, text_format),
                        )
                    )
                else:
                    content.append(part)
            output.append(rebuild_model(ParsedResponseOutputMessage[type_arg], item, content=content))  # type: ignore[valid-type] # same
        elif item.type == "function_call":
            output.append(
                rebuild_model(
                    ParsedResponseFunctionToolCall,
                    item,
                    parsed_arguments=parse_function_tool_arguments(
                        input_tools=input_tools, name=item.name, arguments=item.arguments
                    ),
                )
            )
        else:
            output.append(item)
    return rebuild_model(ParsedResponse[type_arg], response, output=output)  # type: ignore[valid-type] # same


def merge_text_format(
    text: ResponseTextConfigParam | Omit | NotGiven, text_format: type[Any] | Omit | NotGiven
) -> ResponseTextConfigParam | Omit:
    """Return the ``text`` request value with ``text_format`` converted into its ``format``.

    Raises:
        TypeError: ``text_format`` is given while ``text`` already has a ``format``.
    """
    if isinstance(text_format, (Omit, NotGiven)):
        return omit if isinstance(text, NotGiven) else text
    if isinstance(text, (Omit, NotGiven)):
        return {"format": type_to_text_format_param(text_format)}
    if "format" in text:
        raise TypeError(
            "Cannot combine `text_format` with `text.format`: give the class as `text_format`, or the raw format as "
            "`text.format`, not both"
        )
    return {**text, "format": type_to_text_format_param(text_format)}


def check_stream_arguments(
    *,
    response_id: str | Omit | NotGiven,
    starting_after: int | Omit | NotGiven,
    create_args: Mapping[str, object],
) -> None:
    """Check that ``responses.stream()`` either creates a response or resumes one, not both.

    Raises:
        ValueError: ``response_id`` is combined with arguments that create a response, ``starting_after`` is given
            without ``response_id``, or ``input``/``model`` are missing when creating a response.
    """
    given = [name for name, value in create_args.items() if not isinstance(value, (Omit, NotGiven))]
    if not isinstance(response_id, (Omit, NotGiven)):
        if given:
            raise ValueError(
                "`response_id` resumes the stream of an existing response and cannot be combined with arguments "
                f"that create a new one: {', '.join(given)}"
            )
        return
    if not isinstance(starting_after, (Omit, NotGiven)):
        raise ValueError("`starting_after` can only be used together with `response_id`")
    missing = [name for name in ("input", "model") if name not in given]
    if missing:
        raise ValueError(
            f"responses.stream() needs {' and '.join(f'`{name}`' for name in missing)} to create a response "
            "(or `response_id` to resume the stream of an existing one)"
        )


# --- names outside code imports from `openai.lib._parsing._responses` (official spellings) ----------------------

from typing_extensions import TypeVar as TypeVar, assert_never as assert_never  # noqa: E402

from ..._types import is_given as is_given  # noqa: E402
from ..._compat import PYDANTIC_V1 as PYDANTIC_V1, model_parse_json as model_parse_json  # noqa: E402
from ..._models import construct_type_unchecked as construct_type_unchecked  # noqa: E402
from ._completions import (  # noqa: E402
    ResponseFormatT as TextFormatT,
    type_to_response_format_param as type_to_response_format_param,
)
from ...types.responses.response import Response as Response  # noqa: E402
from ...types.responses.tool_param import ToolParam as ToolParam  # noqa: E402
from ...types.responses.parsed_response import (  # noqa: E402
    ParsedContent as ParsedContent,
    ParsedResponse as ParsedResponse,
    ParsedResponseOutputItem as ParsedResponseOutputItem,
    ParsedResponseOutputText as ParsedResponseOutputText,
    ParsedResponseOutputMessage as ParsedResponseOutputMessage,
    ParsedResponseFunctionToolCall as ParsedResponseFunctionToolCall,
)
from ...types.chat.completion_create_params import ResponseFormat as ResponseFormat  # noqa: E402
from ...types.responses.function_tool_param import FunctionToolParam as FunctionToolParam  # noqa: E402
from ...types.responses.response_function_tool_call import (  # noqa: E402
    ResponseFunctionToolCall as ResponseFunctionToolCall,
)
from ...types.responses.response_format_text_config_param import (  # noqa: E402
    ResponseFormatTextConfigParam as ResponseFormatTextConfigParam,
)
