# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["RealtimeMcpProtocolErrorParam"]


class RealtimeMcpProtocolErrorParam(TypedDict, total=False):
    type: Required[Literal["protocol_error"]]

    code: Required[int]

    message: Required[str]
