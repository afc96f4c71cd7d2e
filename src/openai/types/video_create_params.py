# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import FileTypes
from .video_model_param import VideoModelParam
from .image_ref_param2_param import ImageRefParam2Param
from .image_input_reference_param import ImageInputReferenceParam

__all__ = ["VideoCreateParams", "InputReference"]


class VideoCreateParams(TypedDict, total=False):
    """Multipart parameters for creating a new video generation job."""

    model: VideoModelParam
    """The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`."""

    prompt: Required[str]
    """Text prompt that describes the video to generate."""

    input_reference: Union[FileTypes, ImageRefParam2Param]

    seconds: Literal["4", "8", "12"]
    """Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds."""

    size: Literal["720x1280", "1280x720", "1024x1792", "1792x1024"]
    """
    Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024).
    Defaults to 720x1280.
    """


InputReference: TypeAlias = Union[FileTypes, ImageInputReferenceParam]
