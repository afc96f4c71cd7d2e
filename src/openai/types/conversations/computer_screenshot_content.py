# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ..responses.image_detail import ImageDetail
from ..prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

__all__ = ["ComputerScreenshotContent", "PromptCacheBreakpoint"]


class ComputerScreenshotContent(BaseModel):
    """A screenshot of a computer."""

    type: Literal["computer_screenshot"]
    """Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""

    image_url: Optional[str] = None
    """The URL of the screenshot image."""

    file_id: Optional[str] = None
    """The identifier of an uploaded file that contains the screenshot."""

    detail: ImageDetail
    """
    The detail level of the screenshot image to be sent to the model. One of `high`, `low`, `auto`, or `original`.
    Defaults to `auto`.
    """

    prompt_cache_breakpoint: Optional[PromptCacheBreakpointConfig] = None
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """


class PromptCacheBreakpoint(BaseModel):
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: Literal["explicit"]
    """The breakpoint mode. Always `explicit`."""
