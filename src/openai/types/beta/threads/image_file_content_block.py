# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel
from .image_file import ImageFile

__all__ = ["ImageFileContentBlock"]


class ImageFileContentBlock(BaseModel):
    """References an image [File](/docs/api-reference/files) in the content of a message."""

    type: Literal["image_file"]
    """Always `image_file`."""

    image_file: ImageFile
