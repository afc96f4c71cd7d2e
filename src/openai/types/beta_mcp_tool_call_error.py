# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._models import PropertyInfo
from .beta_http_error import BetaHTTPError
from .beta_mcp_protocol_error import BetaMCPProtocolError
from .beta_mcp_tool_execution_error import BetaMCPToolExecutionError

__all__ = ["BetaMCPToolCallError"]


BetaMCPToolCallError: TypeAlias = Annotated[
    Union[BetaMCPProtocolError, BetaMCPToolExecutionError, BetaHTTPError], PropertyInfo(discriminator="type")
]
