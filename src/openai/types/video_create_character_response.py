# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["VideoCreateCharacterResponse"]


class VideoCreateCharacterResponse(BaseModel):
    id: Optional[str] = None
    """Identifier for the character creation cameo."""

    name: Optional[str] = None
    """Display name for the character."""

    created_at: int
    """Unix timestamp (in seconds) when the character was created."""
