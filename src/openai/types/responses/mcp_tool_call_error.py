# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo

__all__ = ["McpToolCallError", "McpProtocolError", "McpToolExecutionError", "HTTPError"]


class McpProtocolError(BaseModel):
    type: Literal["mcp_protocol_error"]

    code: int

    message: str


class McpToolExecutionError(BaseModel):
    type: Literal["mcp_tool_execution_error"]

    content: object


class HTTPError(BaseModel):
    type: Literal["http_error"]

    code: int

    message: str


McpToolCallError: TypeAlias = Annotated[
    Union[McpProtocolError, McpToolExecutionError, HTTPError], PropertyInfo(discriminator="type")
]
