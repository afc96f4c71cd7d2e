# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["BetaPromptCacheOptions"]


class BetaPromptCacheOptions(BaseModel):
    """The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models."""

    ttl: Literal["30m"]
    """The minimum lifetime applied to each cache breakpoint."""

    mode: Literal["implicit", "explicit"]
    """Whether implicit prompt-cache breakpoints were enabled."""
