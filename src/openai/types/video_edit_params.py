# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from .._types import FileTypes

__all__ = ["VideoEditParams", "Video", "VideoVideoReferenceInputParam"]


class VideoEditParams(TypedDict, total=False):
    """Parameters for editing an existing generated video."""

    video: Required[Video]

    prompt: Required[str]
    """Text prompt that describes how to edit the source video."""


class VideoVideoReferenceInputParam(TypedDict, total=False):
    """Reference to the completed video."""

    id: Required[str]
    """The identifier of the completed video."""


Video: TypeAlias = Union[FileTypes, VideoVideoReferenceInputParam]
