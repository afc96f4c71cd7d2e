# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["VideoRemixParams"]


class VideoRemixParams(TypedDict, total=False):
    """Parameters for remixing an existing generated video."""

    prompt: Required[str]
    """Updated text prompt that directs the remix generation."""
