# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .chat_completion_content_part_text_param import ChatCompletionContentPartTextParam
from .chat_completion_content_part_image_param import ChatCompletionContentPartImageParam
from .chat_completion_content_part_input_audio_param import ChatCompletionContentPartInputAudioParam

__all__ = ["ChatCompletionContentPartParam", "File", "FileFile", "FilePromptCacheBreakpoint"]


class File(TypedDict, total=False):
    """Learn about [file inputs](/docs/guides/text) for text generation."""

    type: Required[Literal["file"]]
    """The type of the content part. Always `file`."""

    file: Required[FileFile]

    prompt_cache_breakpoint: FilePromptCacheBreakpoint
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """


ChatCompletionContentPartParam: TypeAlias = Union[
    ChatCompletionContentPartTextParam,
    ChatCompletionContentPartImageParam,
    ChatCompletionContentPartInputAudioParam,
    File,
]


class FileFile(TypedDict, total=False):
    filename: str
    """
    The name of the file, used when passing the file to the model as a
    string.
    """

    file_data: str
    """
    The base64 encoded file data, used when passing the file to the model
    as a string.
    """

    file_id: str
    """The ID of an uploaded file to use as input."""


class FilePromptCacheBreakpoint(TypedDict, total=False):
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: Required[Literal["explicit"]]
    """The breakpoint mode. Always `explicit`."""
