# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Optional

from ..._models import BaseModel

__all__ = ["ChatKitWorkflow", "Tracing"]


class Tracing(BaseModel):
    """Controls diagnostic tracing during the session."""

    enabled: bool
    """Indicates whether tracing is enabled."""


class ChatKitWorkflow(BaseModel):
    """Workflow metadata and state returned for the session."""

    id: str
    """Identifier of the workflow backing the session."""

    version: Optional[str] = None
    """Specific workflow version used for the session. Defaults to null when using the latest deployment."""

    state_variables: Optional[Dict[str, Union[str, int, bool, float]]] = None
    """
    State variable key-value pairs applied when invoking the workflow. Defaults to null when no overrides were
    provided.
    """

    tracing: Tracing
    """Tracing settings applied to the workflow."""
