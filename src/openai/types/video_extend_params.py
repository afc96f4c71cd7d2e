# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import FileTypes

__all__ = ["VideoExtendParams", "VideoVideoReferenceInputParam", "Video"]


class VideoExtendParams(TypedDict, total=False):
    """Multipart parameters for extending an existing generated video."""

    video: Required[Union[VideoVideoReferenceInputParam, FileTypes]]

    prompt: Required[str]
    """Updated text prompt that directs the extension generation."""

    seconds: Required[Literal["4", "8", "12"]]
    """Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20)."""


class VideoVideoReferenceInputParam(TypedDict, total=False):
    """Reference to the completed video."""

    id: Required[str]
    """The identifier of the completed video."""


Video: TypeAlias = Union[FileTypes, VideoVideoReferenceInputParam]
