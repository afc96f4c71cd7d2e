# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from ..._models import BaseModel

__all__ = ["ChatCompletionTokenLogprob", "TopLogprob"]


class TopLogprob(BaseModel):
    token: str
    """The token."""

    logprob: float
    """
    The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0`
    is used to signify that the token is very unlikely.
    """

    bytes: Optional[List[int]] = None
    """
    A list of integers representing the UTF-8 bytes representation of the token. Useful in instances where characters
    are represented by multiple tokens and their byte representations must be combined to generate the correct text
    representation. Can be `null` if there is no bytes representation for the token.
    """


class ChatCompletionTokenLogprob(BaseModel):
    token: str
    """The token."""

    logprob: float
    """
    The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value `-9999.0`
    is used to signify that the token is very unlikely.
    """

    bytes: Optional[List[int]] = None
    """
    A list of integers representing the UTF-8 bytes representation of the token. Useful in instances where characters
    are represented by multiple tokens and their byte representations must be combined to generate the correct text
    representation. Can be `null` if there is no bytes representation for the token.
    """

    top_logprobs: List[TopLogprob]
    """
    List of the most likely tokens and their log probability, at this token position. The number of entries may be
    fewer than the requested `top_logprobs`.
    """
