# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["VectorStoreFileBatch", "FileCounts"]


class FileCounts(BaseModel):
    in_progress: int
    """The number of files that are currently being processed."""

    completed: int
    """The number of files that have been processed."""

    failed: int
    """The number of files that have failed to process."""

    cancelled: int
    """The number of files that where cancelled."""

    total: int
    """The total number of files."""


class VectorStoreFileBatch(BaseModel):
    """A batch of files attached to a vector store."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["vector_store.files_batch"]
    """The object type, which is always `vector_store.file_batch`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the vector store files batch was created."""

    vector_store_id: str
    """
    The ID of the [vector store](/docs/api-reference/vector-stores/object) that the [File](/docs/api-reference/files)
    is attached to.
    """

    status: Literal["in_progress", "completed", "cancelled", "failed"]
    """
    The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or
    `failed`.
    """

    file_counts: FileCounts
