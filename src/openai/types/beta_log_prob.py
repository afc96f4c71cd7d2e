# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List

from .._models import BaseModel

__all__ = ["BetaLogProb", "TopLogprob"]


class TopLogprob(BaseModel):
    """The top log probability of a token."""

    token: str

    logprob: float

    bytes: List[int]


class BetaLogProb(BaseModel):
    """The log probability of a token."""

    token: str

    logprob: float

    bytes: List[int]

    top_logprobs: List[TopLogprob]
