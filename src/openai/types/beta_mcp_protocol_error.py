# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["BetaMCPProtocolError"]


class BetaMCPProtocolError(BaseModel):
    type: Literal["mcp_protocol_error"]

    code: int

    message: str
