# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["ChatKitAttachment"]


class ChatKitAttachment(BaseModel):
    """Attachment metadata included on thread items."""

    type: Literal["image", "file"]
    """Attachment discriminator."""

    id: str
    """Identifier for the attachment."""

    name: str
    """Original display name for the attachment."""

    mime_type: str
    """MIME type of the attachment."""

    preview_url: Optional[str] = None
    """Preview URL for rendering the attachment inline."""
