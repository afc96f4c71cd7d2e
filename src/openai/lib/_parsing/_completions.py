"""Structured-output parsing for chat completions: request conversion and typed results.

Owns the pure (no I/O) half of ``chat.completions.parse`` and ``chat.completions.stream``:

- turning a pydantic model (or dataclass) ``response_format`` into the ``json_schema`` request format;
- checking that tools are strict function tools, which is what makes their arguments parseable;
- turning a ``ChatCompletion`` into a ``ParsedChatCompletion[T]`` (``message.parsed``, tool-call
  ``parsed_arguments``), raising on ``length`` / ``content_filter`` finishes.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Type, Iterable, Optional, cast

import pydantic
from typing_extensions import TypeVar

from .._tools import PydanticFunctionTool
from ._models import rebuild_model
from ..._types import Omit, NotGiven, omit
from .._pydantic import is_basemodel_type, is_dataclass_like_type, to_strict_json_schema_for_type
from ..._exceptions import LengthFinishReasonError, ContentFilterFinishReasonError

__all__ = [
    "ResponseFormatParam",
    "ResponseFormatT",
    "get_input_tool_by_name",
    "has_parseable_input",
    "has_rich_response_format",
    "is_parseable_tool",
    "maybe_parse_content",
    "parse_chat_completion",
    "parse_function_tool_arguments",
    "parse_json_content",
    "solve_response_format_t",
    "type_to_response_format_param",
    "validate_input_tools",
]

ResponseFormatT = TypeVar("ResponseFormatT", default=None)
"""The type a structured response is parsed into (``None`` when no class format was given)."""

_NoneType: type[None] = type(None)


def type_to_response_format_param(
    response_format: type[Any] | ResponseFormatParam | Omit | NotGiven,
) -> ResponseFormatParam | Omit:
    """Return the wire ``response_format`` for a class format; dicts pass through, an omitted value stays omitted.

    Raises:
        TypeError: ``response_format`` is neither a dict nor a pydantic model / dataclass type.
    """
    if isinstance(response_format, (Omit, NotGiven)):
        return omit
    if isinstance(response_format, dict):
        return response_format
    if not (is_basemodel_type(response_format) or is_dataclass_like_type(response_format)):
        raise TypeError(
            f"Unsupported response_format {response_format!r}: pass a pydantic model class, a pydantic dataclass "
            "type, or a response format dict"
        )
    return cast(
        "ResponseFormatParam",
        {
            "type": "json_schema",
            "json_schema": {
                "schema": to_strict_json_schema_for_type(response_format),
                "name": response_format.__name__,
                "strict": True,
            },
        },
    )


def has_rich_response_format(response_format: object) -> bool:
    """Return whether ``response_format`` is a class to parse into (not omitted, not a plain dict)."""
    if isinstance(response_format, (Omit, NotGiven)) or response_format is None:
        return False
    return not isinstance(response_format, dict)


def is_parseable_tool(tool: object) -> bool:
    """Return whether tool calls to ``tool`` get ``parsed_arguments`` (a strict or pydantic function tool)."""
    if not isinstance(tool, dict):
        return False
    tool_dict = cast("Dict[str, object]", tool)
    if tool_dict.get("type") != "function":
        return False
    function = tool_dict.get("function")
    if isinstance(function, PydanticFunctionTool):
        return True
    return isinstance(function, dict) and cast("Dict[str, object]", function).get("strict") is True


def has_parseable_input(
    *,
    response_format: object,
    input_tools: Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven = omit,
) -> bool:
    """Return whether a request has anything to parse: a class format or a strict function tool."""
    if has_rich_response_format(response_format):
        return True
    if isinstance(input_tools, (Omit, NotGiven)):
        return False
    return any(is_parseable_tool(tool) for tool in input_tools)


def validate_input_tools(
    tools: Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven = omit,
) -> List[ChatCompletionFunctionToolParam] | Omit:
    """Check that every tool given to ``parse()`` is a strict function tool and return them as a list.

    The list is returned so that a one-shot iterable can be both validated and sent.

    Raises:
        ValueError: a tool is not a ``function`` tool (the message names its type), or a function tool is not
            ``strict`` (the message names the function).
    """
    if isinstance(tools, (Omit, NotGiven)):
        return omit
    checked: List[ChatCompletionFunctionToolParam] = []
    for tool in tools:
        tool_dict = cast("Dict[str, Any]", tool)
        tool_type = tool_dict.get("type")
        if tool_type != "function":
            raise ValueError(
                f"Only `function` tools can be used with parse(); got a tool of type `{tool_type}`. "
                "Use create() for other tool types."
            )
        function = cast("Dict[str, Any]", tool_dict.get("function") or {})
        if function.get("strict") is not True:
            raise ValueError(
                f"`{function.get('name')}` is not strict: parse() only accepts function tools with "
                "`strict: True` (for example tools made by openai.pydantic_function_tool())."
            )
        checked.append(cast("ChatCompletionFunctionToolParam", tool))
    return checked


def solve_response_format_t(response_format: object) -> type[Any]:
    """Return the type argument for ``ParsedChatCompletion[...]``: the class format, else ``NoneType``."""
    if has_rich_response_format(response_format) and isinstance(response_format, type):
        return response_format
    return _NoneType


def get_input_tool_by_name(
    *,
    input_tools: Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven,
    name: str,
) -> Optional[ChatCompletionFunctionToolParam]:
    """Return the function tool called ``name`` among the request's tools, if any."""
    if isinstance(input_tools, (Omit, NotGiven)):
        return None
    for tool in input_tools:
        tool_dict = cast("Dict[str, Any]", tool)
        if tool_dict.get("type") != "function":
            continue
        function = tool_dict.get("function")
        if isinstance(function, dict) and cast("Dict[str, Any]", function).get("name") == name:
            return cast("ChatCompletionFunctionToolParam", tool)
    return None


def parse_function_tool_arguments(
    *,
    input_tools: Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven,
    name: str,
    arguments: str,
) -> object:
    """Parse a tool call's ``arguments``: into the model for pydantic tools, as JSON for other strict tools.

    Returns ``None`` when the request has no function tool of that name or the tool is not strict.
    """
    input_tool = get_input_tool_by_name(input_tools=input_tools, name=name)
    if input_tool is None:
        return None
    function = cast("Dict[str, Any]", input_tool["function"])
    if isinstance(function, PydanticFunctionTool):
        return function.model.model_validate_json(arguments)
    if function.get("strict") is not True:
        return None
    return json.loads(arguments)


_ADAPTERS: Dict[type[Any], pydantic.TypeAdapter[Any]] = {}


def _type_adapter(type_: type[Any]) -> pydantic.TypeAdapter[Any]:
    # Building an adapter compiles a validator; formats are reused call after call, so keep one per type.
    adapter = _ADAPTERS.get(type_)
    if adapter is None:
        adapter = _ADAPTERS[type_] = pydantic.TypeAdapter(type_)
    return adapter


def parse_json_content(response_format: type[ResponseFormatT], content: str | bytes) -> ResponseFormatT:
    """Validate JSON ``content`` into ``response_format`` (a pydantic model class or dataclass type).

    Raises:
        TypeError: ``response_format`` is not a type this helper can parse into.
        pydantic.ValidationError: the content does not match the model.
    """
    if is_basemodel_type(response_format):
        return cast(ResponseFormatT, response_format.model_validate_json(content))
    if is_dataclass_like_type(response_format):
        return cast(ResponseFormatT, _type_adapter(response_format).validate_json(content))
    raise TypeError(f"Cannot parse content into {response_format!r}: expected a pydantic model class or dataclass")


def maybe_parse_content(*, response_format: object, message: ChatCompletionMessage) -> object:
    """Return the parsed content of ``message`` for a class format, or ``None`` (no format, no content, refusal)."""
    if not has_rich_response_format(response_format) or not isinstance(response_format, type):
        return None
    if message.content and not message.refusal:
        return parse_json_content(cast("Type[Any]", response_format), message.content)
    return None


def parse_chat_completion(
    *,
    response_format: object,
    input_tools: Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven,
    chat_completion: ChatCompletion | ParsedChatCompletion[Any],
) -> ParsedChatCompletion[Any]:
    """Turn a completion into a ``ParsedChatCompletion``, parsing every choice's content and tool calls.

    Raises:
        LengthFinishReasonError: a choice stopped at the token limit (its JSON would be truncated).
        ContentFilterFinishReasonError: a choice was stopped by the content filter.
    """
    from ...types.chat.parsed_chat_completion import (
        ParsedChoice,
        ParsedChatCompletion,
        ParsedChatCompletionMessage,
    )
    from ...types.chat.parsed_function_tool_call import ParsedFunction, ParsedFunctionToolCall

    type_arg = solve_response_format_t(response_format)
    choices: List[ParsedChoice[Any]] = []
    for choice in chat_completion.choices:
        if choice.finish_reason == "length":
            raise LengthFinishReasonError(completion=chat_completion)
        if choice.finish_reason == "content_filter":
            raise ContentFilterFinishReasonError()

        message = choice.message
        overrides: Dict[str, object] = {"parsed": maybe_parse_content(response_format=response_format, message=message)}
        if message.tool_calls is not None:
            tool_calls: List[object] = []
            for tool_call in message.tool_calls:
                function = getattr(tool_call, "function", None)
                if getattr(tool_call, "type", None) != "function" or function is None:
                    # Only function tools can be parsed (parse() rejects the others up front); anything else the
                    # API sends is kept as received.
                    tool_calls.append(tool_call)
                    continue
                parsed_function = rebuild_model(
                    ParsedFunction,
                    function,
                    parsed_arguments=parse_function_tool_arguments(
                        input_tools=input_tools, name=function.name, arguments=function.arguments
                    ),
                )
                tool_calls.append(rebuild_model(ParsedFunctionToolCall, tool_call, function=parsed_function))
            overrides["tool_calls"] = tool_calls

        parsed_message = rebuild_model(ParsedChatCompletionMessage[type_arg], message, **overrides)  # type: ignore[valid-type] # runtime parametrisation with the caller's format class
        choices.append(rebuild_model(ParsedChoice[type_arg], choice, message=parsed_message))  # type: ignore[valid-type] # same

    return rebuild_model(ParsedChatCompletion[type_arg], chat_completion, choices=choices)  # type: ignore[valid-type] # same


# --- names outside code imports from `openai.lib._parsing._completions` (official spellings) --------------------

import logging  # noqa: E402
from typing import TYPE_CHECKING as TYPE_CHECKING  # noqa: E402

from typing_extensions import TypeGuard as TypeGuard, assert_never as assert_never  # noqa: E402

from ..._types import is_given as is_given  # noqa: E402
from ..._utils import is_dict as is_dict  # noqa: E402
from ..._compat import PYDANTIC_V1 as PYDANTIC_V1, model_parse_json as model_parse_json  # noqa: E402
from ..._models import construct_type_unchecked as construct_type_unchecked  # noqa: E402
from .._pydantic import to_strict_json_schema as to_strict_json_schema  # noqa: E402
from ...types.chat.chat_completion import ChatCompletion as ChatCompletion  # noqa: E402
from ...types.chat.parsed_chat_completion import (  # noqa: E402
    ParsedChoice as ParsedChoice,
    ParsedChatCompletion as ParsedChatCompletion,
    ParsedChatCompletionMessage as ParsedChatCompletionMessage,
)
from ...types.chat.chat_completion_message import ChatCompletionMessage as ChatCompletionMessage  # noqa: E402
from ...types.chat.completion_create_params import ResponseFormat as ResponseFormatParam  # noqa: E402
from ...types.chat.parsed_function_tool_call import (  # noqa: E402
    ParsedFunction as ParsedFunction,
    ParsedFunctionToolCall as ParsedFunctionToolCall,
)
from ...types.shared_params.function_definition import FunctionDefinition as FunctionDefinition  # noqa: E402
from ...types.chat.chat_completion_tool_union_param import (  # noqa: E402
    ChatCompletionToolUnionParam as ChatCompletionToolUnionParam,
)
from ...types.chat.chat_completion_function_tool_param import (  # noqa: E402
    ChatCompletionFunctionToolParam as ChatCompletionFunctionToolParam,
)
from ...types.chat.chat_completion_message_function_tool_call import Function as Function  # noqa: E402

log: logging.Logger = logging.getLogger("openai.lib.parsing")


def is_strict_chat_completion_tool_param(
    tool: ChatCompletionToolUnionParam,
) -> TypeGuard[ChatCompletionFunctionToolParam]:
    """Whether ``tool`` is a function tool with ``strict: True``."""
    tool_dict = cast("Dict[str, Any]", tool)
    if tool_dict.get("type") != "function":
        return False
    function = tool_dict.get("function")
    return isinstance(function, dict) and cast("Dict[str, Any]", function).get("strict") is True


def select_strict_chat_completion_tools(
    tools: Iterable[ChatCompletionToolUnionParam] | Omit | NotGiven = omit,
) -> Iterable[ChatCompletionFunctionToolParam] | Omit | NotGiven:
    """The strict function tools among ``tools`` (an omitted value is returned as is)."""
    if isinstance(tools, (Omit, NotGiven)):
        return tools
    return [tool for tool in tools if is_strict_chat_completion_tool_param(tool)]


def is_response_format_param(response_format: object) -> TypeGuard[ResponseFormatParam]:
    """Whether ``response_format`` is a wire response-format dict (as opposed to a class to parse into)."""
    return is_dict(response_format)
