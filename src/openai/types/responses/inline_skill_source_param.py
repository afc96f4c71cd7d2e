# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["InlineSkillSourceParam"]


class InlineSkillSourceParam(TypedDict, total=False):
    """Inline skill payload"""

    type: Required[Literal["base64"]]
    """The type of the inline skill source. Must be `base64`."""

    media_type: Required[Literal["application/zip"]]
    """The media type of the inline skill payload. Must be `application/zip`."""

    data: Required[str]
    """Base64-encoded skill zip bundle."""
