# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaHTTPErrorParam"]


class BetaHTTPErrorParam(TypedDict, total=False):
    type: Required[Literal["http_error"]]

    code: Required[int]

    message: Required[str]
