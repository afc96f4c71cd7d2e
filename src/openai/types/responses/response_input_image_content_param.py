# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

from ..prompt_cache_breakpoint_config_param import PromptCacheBreakpointConfigParam

__all__ = ["ResponseInputImageContentParam", "PromptCacheBreakpoint"]


class ResponseInputImageContentParam(TypedDict, total=False):
    """An image input to the model. Learn about [image inputs](/docs/guides/vision)."""

    type: Required[Literal["input_image"]]
    """The type of the input item. Always `input_image`."""

    image_url: Optional[str]
    """The URL of the image to be sent to the model. A fully qualified URL or base64 encoded image in a data URL."""

    file_id: Optional[str]
    """The ID of the file to be sent to the model."""

    detail: Required[Literal["low", "high", "auto", "original"]]
    """
    The detail level of the image to be sent to the model. One of `high`, `low`, `auto`, or `original`. Defaults to
    `auto`.
    """

    prompt_cache_breakpoint: PromptCacheBreakpointConfigParam
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """


class PromptCacheBreakpoint(TypedDict, total=False):
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: Required[Literal["explicit"]]
    """The breakpoint mode. Always `explicit`."""
