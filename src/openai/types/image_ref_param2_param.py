# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["ImageRefParam2Param"]


class ImageRefParam2Param(TypedDict, total=False):
    image_url: str
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str
