# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypedDict

from ..._types import FileTypes, SequenceNotStr

__all__ = ["VersionCreateParams"]


class VersionCreateParams(TypedDict, total=False):
    """Uploads a new immutable version of a skill."""

    files: Union[SequenceNotStr[FileTypes], FileTypes]

    default: bool
    """Whether to set this version as the default."""
