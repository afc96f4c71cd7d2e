# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Optional

from typing_extensions import Literal

from ...._models import BaseModel
from .chat_session_status import ChatSessionStatus
from .chat_session_history import ChatSessionHistory
from .chat_session_file_upload import ChatSessionFileUpload
from .chat_session_rate_limits import ChatSessionRateLimits
from .chat_session_automatic_thread_titling import ChatSessionAutomaticThreadTitling

__all__ = ["ChatSession", "Workflow", "WorkflowTracing", "ChatkitConfiguration"]


class WorkflowTracing(BaseModel):
    """Controls diagnostic tracing during the session."""

    enabled: bool
    """Indicates whether tracing is enabled."""


class Workflow(BaseModel):
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

    tracing: WorkflowTracing
    """Tracing settings applied to the workflow."""


class ChatkitConfiguration(BaseModel):
    """ChatKit configuration for the session."""

    automatic_thread_titling: ChatSessionAutomaticThreadTitling
    """Automatic thread titling preferences."""

    file_upload: ChatSessionFileUpload
    """Upload settings for the session."""

    history: ChatSessionHistory
    """History retention configuration."""


class ChatSession(BaseModel):
    """Represents a ChatKit session and its resolved configuration."""

    id: str
    """Identifier for the ChatKit session."""

    object: Literal["chatkit.session"]
    """Type discriminator that is always `chatkit.session`."""

    expires_at: int
    """Unix timestamp (in seconds) for when the session expires."""

    client_secret: str
    """Ephemeral client secret that authenticates session requests."""

    workflow: Workflow
    """Workflow metadata for the session."""

    user: str
    """User identifier associated with the session."""

    rate_limits: ChatSessionRateLimits
    """Resolved rate limit values."""

    max_requests_per_1_minute: int
    """Convenience copy of the per-minute request limit."""

    status: ChatSessionStatus
    """Current lifecycle state of the session."""

    chatkit_configuration: ChatkitConfiguration
    """Resolved ChatKit feature configuration for the session."""
