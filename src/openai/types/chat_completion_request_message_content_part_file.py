# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ChatCompletionRequestMessageContentPartFile", "File", "PromptCacheBreakpoint"]


class File(BaseModel):
    filename: Optional[str] = None
    """
    The name of the file, used when passing the file to the model as a
    string.
    """

    file_data: Optional[str] = None
    """
    The base64 encoded file data, used when passing the file to the model
    as a string.
    """

    file_id: Optional[str] = None
    """The ID of an uploaded file to use as input."""


class PromptCacheBreakpoint(BaseModel):
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: Literal["explicit"]
    """The breakpoint mode. Always `explicit`."""


class ChatCompletionRequestMessageContentPartFile(BaseModel):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: Literal["file"]
    """The type of the content part. Always `file`."""

    file: File

    prompt_cache_breakpoint: Optional[PromptCacheBreakpoint] = None
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """
