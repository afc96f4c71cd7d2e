"""Responses whose output text and function-call arguments have been parsed into the caller's types.

Hand-written (not produced by the generator): the result type of ``responses.parse()`` and of the Responses stream
helpers' ``get_final_response()``.
"""

from __future__ import annotations

from typing import List, Union, Generic, Optional

from typing_extensions import TypeVar, Annotated, TypeAlias

from .response import Response
from ..._models import PropertyInfo
from .response_output_item import (
    McpCall,
    Program,
    McpListTools,
    ProgramOutput,
    LocalShellCall,
    AdditionalTools,
    McpApprovalRequest,
    ImageGenerationCall,
    McpApprovalResponse,
    LocalShellCallOutput,
)
from .response_output_text import ResponseOutputText
from .response_output_message import ResponseOutputMessage
from .response_output_refusal import ResponseOutputRefusal
from .response_reasoning_item import ResponseReasoningItem
from .response_compaction_item import ResponseCompactionItem
from .response_custom_tool_call import ResponseCustomToolCall
from .response_tool_search_call import ResponseToolSearchCall
from .response_computer_tool_call import ResponseComputerToolCall
from .response_function_tool_call import ResponseFunctionToolCall
from .response_function_web_search import ResponseFunctionWebSearch
from .response_apply_patch_tool_call import ResponseApplyPatchToolCall
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_tool_search_output_item import ResponseToolSearchOutputItem
from .response_function_shell_tool_call import ResponseFunctionShellToolCall
from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
from .response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
from .response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
from .response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
from .response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput

__all__ = [
    "ParsedContent",
    "ParsedResponse",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputItem",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
]

ContentType = TypeVar("ContentType")


class ParsedResponseOutputText(ResponseOutputText, Generic[ContentType]):
    parsed: Optional[ContentType] = None
    """The text parsed into the requested ``text_format``; ``None`` without a class format."""


ParsedContent: TypeAlias = Annotated[
    Union[ParsedResponseOutputText[ContentType], ResponseOutputRefusal],
    PropertyInfo(discriminator="type"),
]


class ParsedResponseOutputMessage(ResponseOutputMessage, Generic[ContentType]):
    # Spelled out rather than ``ParsedContent[ContentType]``: at run time a pydantic generic parametrised with its own
    # type variable is the bare class, so the alias cannot be subscripted when pydantic evaluates the annotation.
    content: List[  # type: ignore[assignment] # pyright: ignore[reportIncompatibleVariableOverride] - narrows to parsed content parts
        Annotated[
            Union[ParsedResponseOutputText[ContentType], ResponseOutputRefusal],
            PropertyInfo(discriminator="type"),
        ]
    ]
    """The message's content parts; ``output_text`` parts carry ``parsed``."""


class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    parsed_arguments: object = None
    """The arguments parsed from ``arguments``.

    A model instance for tools made from pydantic models, the decoded JSON for other strict function tools, and
    ``None`` when the request had no strict function tool of this name.
    """


ParsedResponseOutputItem: TypeAlias = Annotated[
    Union[
        ParsedResponseOutputMessage[ContentType],
        ResponseFileSearchToolCall,
        ParsedResponseFunctionToolCall,
        ResponseFunctionToolCallOutputItem,
        ResponseFunctionWebSearch,
        ResponseComputerToolCall,
        ResponseComputerToolCallOutputItem,
        ResponseReasoningItem,
        Program,
        ProgramOutput,
        ResponseToolSearchCall,
        ResponseToolSearchOutputItem,
        AdditionalTools,
        ResponseCompactionItem,
        ImageGenerationCall,
        ResponseCodeInterpreterToolCall,
        LocalShellCall,
        LocalShellCallOutput,
        ResponseFunctionShellToolCall,
        ResponseFunctionShellToolCallOutput,
        ResponseApplyPatchToolCall,
        ResponseApplyPatchToolCallOutput,
        McpCall,
        McpListTools,
        McpApprovalRequest,
        McpApprovalResponse,
        ResponseCustomToolCall,
        ResponseCustomToolCallOutputItem,
    ],
    PropertyInfo(discriminator="type"),
]
"""An output item of a parsed response: messages and function calls are the parsed variants."""


class ParsedResponse(Response, Generic[ContentType]):
    # Spelled out for the same reason as ``ParsedResponseOutputMessage.content``.
    output: List[  # type: ignore[assignment] # pyright: ignore[reportIncompatibleVariableOverride] - narrows to parsed output items
        Annotated[
            Union[
                ParsedResponseOutputMessage[ContentType],
                ResponseFileSearchToolCall,
                ParsedResponseFunctionToolCall,
                ResponseFunctionToolCallOutputItem,
                ResponseFunctionWebSearch,
                ResponseComputerToolCall,
                ResponseComputerToolCallOutputItem,
                ResponseReasoningItem,
                Program,
                ProgramOutput,
                ResponseToolSearchCall,
                ResponseToolSearchOutputItem,
                AdditionalTools,
                ResponseCompactionItem,
                ImageGenerationCall,
                ResponseCodeInterpreterToolCall,
                LocalShellCall,
                LocalShellCallOutput,
                ResponseFunctionShellToolCall,
                ResponseFunctionShellToolCallOutput,
                ResponseApplyPatchToolCall,
                ResponseApplyPatchToolCallOutput,
                McpCall,
                McpListTools,
                McpApprovalRequest,
                McpApprovalResponse,
                ResponseCustomToolCall,
                ResponseCustomToolCallOutputItem,
            ],
            PropertyInfo(discriminator="type"),
        ]
    ]
    """The output items, with parsed text and function-call arguments."""

    @property
    def output_parsed(self) -> Optional[ContentType]:
        """The first parsed ``output_text`` of the output messages, or ``None``."""
        for output in self.output:
            if output.type != "message":
                continue
            for content in output.content:
                if content.type == "output_text" and content.parsed is not None:
                    return content.parsed
        return None
