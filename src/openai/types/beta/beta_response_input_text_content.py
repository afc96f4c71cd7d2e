# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaResponseInputTextContent", "PromptCacheBreakpoint"]


class PromptCacheBreakpoint(BaseModel):
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: Literal["explicit"]
    """The breakpoint mode. Always `explicit`."""


class BetaResponseInputTextContent(BaseModel):
    """A text input to the model."""

    type: Literal["input_text"]
    """The type of the input item. Always `input_text`."""

    text: str
    """The text input to the model."""

    prompt_cache_breakpoint: Optional[PromptCacheBreakpoint] = None
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """
