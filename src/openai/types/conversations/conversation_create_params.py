# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import TypedDict

from ..shared_params.metadata import Metadata
from ..responses.response_input_item_param import ResponseInputItemParam

__all__ = ["ConversationCreateParams"]


class ConversationCreateParams(TypedDict, total=False):
    metadata: Optional[Metadata]

    items: Optional[Iterable[ResponseInputItemParam]]
    """Initial items to include in the conversation context. You may add up to 20 items at a time."""
