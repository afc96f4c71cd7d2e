# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypeAlias

from ..responses.tool_choice_mcp_param import ToolChoiceMcpParam
from ..responses.tool_choice_function_param import ToolChoiceFunctionParam

__all__ = ["RealtimeToolChoiceConfigParam"]


RealtimeToolChoiceConfigParam: TypeAlias = Union[
    Literal["none", "auto", "required"], ToolChoiceFunctionParam, ToolChoiceMcpParam
]
