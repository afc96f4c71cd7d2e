# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ImageURL"]


class ImageURL(BaseModel):
    url: str
    """The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp."""

    detail: Optional[Literal["auto", "low", "high"]] = None
    """
    Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using `high`.
    Default value is `auto`
    """
