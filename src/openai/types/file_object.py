# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["FileObject"]


class FileObject(BaseModel):
    """The `File` object represents a document that has been uploaded to OpenAI."""

    id: str
    """The file identifier, which can be referenced in the API endpoints."""

    bytes: int
    """The size of the file, in bytes."""

    created_at: int
    """The Unix timestamp (in seconds) for when the file was created."""

    expires_at: Optional[int] = None
    """The Unix timestamp (in seconds) for when the file will expire."""

    filename: str
    """The name of the file."""

    object: Literal["file"]
    """The object type, which is always `file`."""

    purpose: Literal[
        "assistants",
        "assistants_output",
        "batch",
        "batch_output",
        "fine-tune",
        "fine-tune-results",
        "vision",
        "user_data",
    ]
    """
    The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`,
    `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, and `user_data`.
    """

    status: Literal["uploaded", "processed", "error"]
    """
    Deprecated.

    Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`.
    """

    status_details: Optional[str] = None
    """
    Deprecated.

    Deprecated. For details on why a fine-tuning training file failed validation, see the `error` field on
    `fine_tuning.job`.
    """
