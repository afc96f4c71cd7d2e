# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["FileRetrieveResponse"]


class FileRetrieveResponse(BaseModel):
    id: str
    """Unique identifier for the file."""

    object: Literal["container.file"]
    """The type of this object (`container.file`)."""

    container_id: str
    """The container this file belongs to."""

    created_at: int
    """Unix timestamp (in seconds) when the file was created."""

    bytes: int
    """Size of the file in bytes."""

    path: str
    """Path of the file in the container."""

    source: str
    """Source of the file (e.g., `user`, `assistant`)."""
