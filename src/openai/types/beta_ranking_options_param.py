# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaRankingOptionsParam", "HybridSearch"]


class BetaRankingOptionsParam(TypedDict, total=False):
    ranker: Literal["auto", "default-2024-11-15"]
    """The ranker to use for the file search."""

    score_threshold: float
    """
    The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to return
    only the most relevant results, but may return fewer results.
    """

    hybrid_search: HybridSearch
    """
    Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches
    when hybrid search is enabled.
    """


class HybridSearch(TypedDict, total=False):
    embedding_weight: Required[float]
    """The weight of the embedding in the reciprocal ranking fusion."""

    text_weight: Required[float]
    """The weight of the text in the reciprocal ranking fusion."""
