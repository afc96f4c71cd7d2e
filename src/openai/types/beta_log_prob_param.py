# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Required, TypedDict

__all__ = ["BetaLogProbParam", "TopLogprob"]


class BetaLogProbParam(TypedDict, total=False):
    """The log probability of a token."""

    token: Required[str]

    logprob: Required[float]

    bytes: Required[Iterable[int]]

    top_logprobs: Required[Iterable[TopLogprob]]


class TopLogprob(TypedDict, total=False):
    """The top log probability of a token."""

    token: Required[str]

    logprob: Required[float]

    bytes: Required[Iterable[int]]
