# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ...._models import BaseModel
from ..beta_response_item import BetaResponseItem

__all__ = ["BetaResponseItemList"]


class BetaResponseItemList(BaseModel):
    """A list of Response items."""

    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: List[BetaResponseItem]
    """A list of items used to generate this response."""

    has_more: bool
    """Whether there are more items available."""

    first_id: str
    """The ID of the first item in the list."""

    last_id: str
    """The ID of the last item in the list."""
