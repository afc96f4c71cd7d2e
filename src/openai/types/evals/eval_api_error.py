# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel

__all__ = ["EvalAPIError"]


class EvalAPIError(BaseModel):
    """An object representing an error response from the Eval API."""

    code: str
    """The error code."""

    message: str
    """The error message."""
