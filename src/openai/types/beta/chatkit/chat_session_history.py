# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ...._models import BaseModel

__all__ = ["ChatSessionHistory"]


class ChatSessionHistory(BaseModel):
    """History retention preferences returned for the session."""

    enabled: bool
    """Indicates if chat history is persisted for the session."""

    recent_threads: Optional[int] = None
    """Number of prior threads surfaced in history views. Defaults to null when all history is retained."""
