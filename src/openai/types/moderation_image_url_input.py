# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ModerationImageURLInput", "ImageUrl"]


class ImageUrl(BaseModel):
    """Contains either an image URL or a data URL for a base64 encoded image."""

    url: str
    """Either a URL of the image or the base64 encoded image data."""


class ModerationImageURLInput(BaseModel):
    """An object describing an image to classify."""

    type: Literal["image_url"]
    """Always `image_url`."""

    image_url: ImageUrl
    """Contains either an image URL or a data URL for a base64 encoded image."""
