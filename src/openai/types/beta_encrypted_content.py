# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["BetaEncryptedContent"]


class BetaEncryptedContent(BaseModel):
    """Opaque encrypted content that Responses API decrypts inside trusted model execution."""

    type: Literal["encrypted_content"]
    """The type of the input item. Always `encrypted_content`."""

    encrypted_content: str
    """Opaque encrypted content."""
