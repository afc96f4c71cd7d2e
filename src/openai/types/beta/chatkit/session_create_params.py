# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .chat_session_workflow_param import ChatSessionWorkflowParam
from .chat_session_rate_limits_param import ChatSessionRateLimitsParam
from .chat_session_expires_after_param import ChatSessionExpiresAfterParam

__all__ = [
    "SessionCreateParams",
    "ChatkitConfiguration",
    "ChatkitConfigurationAutomaticThreadTitling",
    "ChatkitConfigurationFileUpload",
    "ChatkitConfigurationHistory",
]


class SessionCreateParams(TypedDict, total=False):
    """Parameters for provisioning a new ChatKit session."""

    workflow: Required[ChatSessionWorkflowParam]
    """Workflow that powers the session."""

    user: Required[str]
    """
    A free-form string that identifies your end user; ensures this Session can access other objects that have the
    same `user` scope.
    """

    expires_after: ChatSessionExpiresAfterParam
    """Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes."""

    rate_limits: ChatSessionRateLimitsParam
    """Optional override for per-minute request limits. When omitted, defaults to 10."""

    chatkit_configuration: ChatkitConfiguration
    """Optional overrides for ChatKit runtime configuration features"""


class ChatkitConfiguration(TypedDict, total=False):
    """Optional per-session configuration settings for ChatKit behavior."""

    automatic_thread_titling: ChatkitConfigurationAutomaticThreadTitling
    """Configuration for automatic thread titling. When omitted, automatic thread titling is enabled by default."""

    file_upload: ChatkitConfigurationFileUpload
    """
    Configuration for upload enablement and limits. When omitted, uploads are disabled by default (max_files 10,
    max_file_size 512 MB).
    """

    history: ChatkitConfigurationHistory
    """
    Configuration for chat history retention. When omitted, history is enabled by default with no limit on
    recent_threads (null).
    """


class ChatkitConfigurationAutomaticThreadTitling(TypedDict, total=False):
    """Controls whether ChatKit automatically generates thread titles."""

    enabled: bool
    """Enable automatic thread title generation. Defaults to true."""


class ChatkitConfigurationFileUpload(TypedDict, total=False):
    """Controls whether users can upload files."""

    enabled: bool
    """Enable uploads for this session. Defaults to false."""

    max_file_size: int
    """Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is the maximum allowable size."""

    max_files: int
    """Maximum number of files that can be uploaded to the session. Defaults to 10."""


class ChatkitConfigurationHistory(TypedDict, total=False):
    """Controls how much historical context is retained for the session."""

    enabled: bool
    """Enables chat users to access previous ChatKit threads. Defaults to true."""

    recent_threads: int
    """Number of recent ChatKit threads users have access to. Defaults to unlimited when unset."""
