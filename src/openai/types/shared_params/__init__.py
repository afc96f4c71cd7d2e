# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .metadata import Metadata as Metadata
    from .reasoning import Reasoning as Reasoning
    from .chat_model import ChatModel as ChatModel
    from .compound_filter import CompoundFilter as CompoundFilter
    from .responses_model import ResponsesModel as ResponsesModel
    from .oauth_error_code import OAuthErrorCode as OAuthErrorCode
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .comparison_filter import ComparisonFilter as ComparisonFilter
    from .function_definition import FunctionDefinition as FunctionDefinition
    from .function_parameters import FunctionParameters as FunctionParameters
    from .response_format_text import ResponseFormatText as ResponseFormatText
    from .custom_tool_input_format import CustomToolInputFormat as CustomToolInputFormat
    from .response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
    from .response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "ChatModel": ".chat_model",
    "ComparisonFilter": ".comparison_filter",
    "CompoundFilter": ".compound_filter",
    "CustomToolInputFormat": ".custom_tool_input_format",
    "FunctionDefinition": ".function_definition",
    "FunctionParameters": ".function_parameters",
    "Metadata": ".metadata",
    "OAuthErrorCode": ".oauth_error_code",
    "Reasoning": ".reasoning",
    "ReasoningEffort": ".reasoning_effort",
    "ResponseFormatJSONObject": ".response_format_json_object",
    "ResponseFormatJSONSchema": ".response_format_json_schema",
    "ResponseFormatText": ".response_format_text",
    "ResponsesModel": ".responses_model",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "chat_model",
        "comparison_filter",
        "compound_filter",
        "custom_tool_input_format",
        "function_definition",
        "function_parameters",
        "metadata",
        "oauth_error_code",
        "reasoning",
        "reasoning_effort",
        "response_format_json_object",
        "response_format_json_schema",
        "response_format_text",
        "responses_model",
    )
)

__all__ = [
    "ChatModel",
    "ComparisonFilter",
    "CompoundFilter",
    "CustomToolInputFormat",
    "FunctionDefinition",
    "FunctionParameters",
    "Metadata",
    "OAuthErrorCode",
    "Reasoning",
    "ReasoningEffort",
    "ResponseFormatJSONObject",
    "ResponseFormatJSONSchema",
    "ResponseFormatText",
    "ResponsesModel",
]

if not TYPE_CHECKING:  # type checkers read the imports above and flag names that do not exist

    def __getattr__(name: str) -> object:
        import importlib

        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES})
