# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["UploadPart"]


class UploadPart(BaseModel):
    """The upload Part represents a chunk of bytes we can add to an Upload object."""

    id: str
    """The upload Part unique identifier, which can be referenced in API endpoints."""

    created_at: int
    """The Unix timestamp (in seconds) for when the Part was created."""

    upload_id: str
    """The ID of the Upload object that this Part was added to."""

    object: Literal["upload.part"]
    """The object type, which is always `upload.part`."""
