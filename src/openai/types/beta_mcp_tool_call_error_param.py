# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .beta_http_error_param import BetaHTTPErrorParam
from .beta_mcp_protocol_error_param import BetaMCPProtocolErrorParam
from .beta_mcp_tool_execution_error_param import BetaMCPToolExecutionErrorParam

__all__ = ["BetaMCPToolCallErrorParam"]


BetaMCPToolCallErrorParam: TypeAlias = Union[
    BetaMCPProtocolErrorParam, BetaMCPToolExecutionErrorParam, BetaHTTPErrorParam
]
