# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = ["FilePathAnnotation", "FilePath"]


class FilePath(BaseModel):
    file_id: str
    """The ID of the file that was generated."""


class FilePathAnnotation(BaseModel):
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    type: Literal["file_path"]
    """Always `file_path`."""

    text: str
    """The text in the message content that needs to be replaced."""

    file_path: FilePath

    start_index: int

    end_index: int
