# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, TypedDict

__all__ = ["StepListParams"]


StepListParams = TypedDict(
    "StepListParams",
    {
        "limit": int,
        "order": Literal["asc", "desc"],
        "after": str,
        "before": str,
        "include[]": Iterable[Literal["step_details.tool_calls[*].file_search.results[*].content"]],
    },
    total=False,
)
