# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from .._models import BaseModel

__all__ = ["StaticFileChunkingStrategy"]


class StaticFileChunkingStrategy(BaseModel):
    max_chunk_size_tokens: int
    """
    The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the
    maximum value is `4096`.
    """

    chunk_overlap_tokens: int
    """
    The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
    """
