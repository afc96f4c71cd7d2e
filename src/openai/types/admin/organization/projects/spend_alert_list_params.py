# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

__all__ = ["SpendAlertListParams"]


class SpendAlertListParams(TypedDict, total=False):
    limit: int
    """A limit on the number of spend alerts to return. Defaults to 20."""

    order: Literal["asc", "desc"]
    """Sort order for the returned spend alerts."""

    after: str
    """Cursor for pagination. Provide the ID of the last spend alert from the previous response to fetch the next page."""

    before: str
    """
    Cursor for pagination. Provide the ID of the first spend alert from the previous response to fetch the previous
    page.
    """
