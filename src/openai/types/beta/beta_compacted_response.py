# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from ..beta_item_field import BetaItemField
from .beta_response_usage import BetaResponseUsage

__all__ = ["BetaCompactedResponse"]


class BetaCompactedResponse(BaseModel):
    id: str
    """The unique identifier for the compacted response."""

    object: Literal["response.compaction"]
    """The object type. Always `response.compaction`."""

    output: List[BetaItemField]
    """The compacted list of output items."""

    created_at: int
    """Unix timestamp (in seconds) when the compacted conversation was created."""

    usage: BetaResponseUsage
    """Token accounting for the compaction pass, including cached, reasoning, and total tokens."""
