# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["VideoDeleteResponse"]


class VideoDeleteResponse(BaseModel):
    """Confirmation payload returned after deleting a video."""

    object: Literal["video.deleted"]
    """The object type that signals the deletion response."""

    deleted: bool
    """Indicates that the video resource was deleted."""

    id: str
    """Identifier of the deleted video."""
