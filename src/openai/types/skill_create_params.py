# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypedDict

from .._types import FileTypes, SequenceNotStr

__all__ = ["SkillCreateParams"]


class SkillCreateParams(TypedDict, total=False):
    """Uploads a skill either as a directory (multipart `files[]`) or as a single zip file."""

    files: Union[SequenceNotStr[FileTypes], FileTypes]
