# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["BetaEncryptedContentParam"]


class BetaEncryptedContentParam(TypedDict, total=False):
    """Opaque encrypted content that Responses API decrypts inside trusted model execution."""

    type: Required[Literal["encrypted_content"]]
    """The type of the input item. Always `encrypted_content`."""

    encrypted_content: Required[str]
    """Opaque encrypted content."""
