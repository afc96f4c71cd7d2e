# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["OutputItemListParams"]


class OutputItemListParams(TypedDict, total=False):
    eval_id: Required[str]
    """The ID of the evaluation to retrieve runs for."""

    after: str
    """Identifier for the last output item from the previous pagination request."""

    limit: int
    """Number of output items to retrieve."""

    status: Literal["fail", "pass"]
    """
    Filter output items by status. Use `failed` to filter by failed output
    items or `pass` to filter by passed output items.
    """

    order: Literal["asc", "desc"]
    """
    Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults
    to `asc`.
    """
