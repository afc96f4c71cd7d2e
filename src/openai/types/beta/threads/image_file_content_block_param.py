# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ImageFileContentBlockParam", "ImageFile"]


class ImageFileContentBlockParam(TypedDict, total=False):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    type: Required[Literal["image_file"]]
    """Always `image_file`."""

    image_file: Required[ImageFile]


class ImageFile(TypedDict, total=False):
    file_id: Required[str]
    """
    The [File](/docs/api-reference/files) ID of the image in the message content. Set `purpose="vision"` when
    uploading the File if you need to later display the file content.
    """

    detail: Literal["auto", "low", "high"]
    """
    Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to high
    resolution using `high`.
    """
