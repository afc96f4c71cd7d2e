# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["ImageInputReferenceParam"]


class ImageInputReferenceParam(TypedDict, total=False):
    """
    Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`.
    """

    image_url: str
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str
    """The File API ID of an uploaded image to use as input."""
