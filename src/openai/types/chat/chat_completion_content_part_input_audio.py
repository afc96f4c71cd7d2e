# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ChatCompletionContentPartInputAudio", "InputAudio", "PromptCacheBreakpoint"]


class InputAudio(BaseModel):
    data: str
    """Base64 encoded audio data."""

    format: Literal["wav", "mp3"]
    """The format of the encoded audio data. Currently supports "wav" and "mp3"."""


class PromptCacheBreakpoint(BaseModel):
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: Literal["explicit"]
    """The breakpoint mode. Always `explicit`."""


class ChatCompletionContentPartInputAudio(BaseModel):
    """Learn about [audio inputs](/docs/guides/audio)."""

    type: Literal["input_audio"]
    """The type of the content part. Always `input_audio`."""

    input_audio: InputAudio

    prompt_cache_breakpoint: Optional[PromptCacheBreakpoint] = None
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """
