# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = ["McpToolCallErrorParam", "McpProtocolError", "McpToolExecutionError", "HTTPError"]


class McpProtocolError(TypedDict, total=False):
    type: Required[Literal["mcp_protocol_error"]]

    code: Required[int]

    message: Required[str]


class McpToolExecutionError(TypedDict, total=False):
    type: Required[Literal["mcp_tool_execution_error"]]

    content: Required[object]


class HTTPError(TypedDict, total=False):
    type: Required[Literal["http_error"]]

    code: Required[int]

    message: Required[str]


McpToolCallErrorParam: TypeAlias = Union[McpProtocolError, McpToolExecutionError, HTTPError]
