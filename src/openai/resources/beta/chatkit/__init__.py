# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.beta.chatkit` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.beta.chatkit.chatkit import (
        ChatKit as ChatKit,
        AsyncChatKit as AsyncChatKit,
        ChatKitWithRawResponse as ChatKitWithRawResponse,
        AsyncChatKitWithRawResponse as AsyncChatKitWithRawResponse,
        ChatKitWithStreamingResponse as ChatKitWithStreamingResponse,
        AsyncChatKitWithStreamingResponse as AsyncChatKitWithStreamingResponse,
    )
    from openai.resources.beta.chatkit.threads import (
        Threads as Threads,
        AsyncThreads as AsyncThreads,
        ThreadsWithRawResponse as ThreadsWithRawResponse,
        AsyncThreadsWithRawResponse as AsyncThreadsWithRawResponse,
        ThreadsWithStreamingResponse as ThreadsWithStreamingResponse,
        AsyncThreadsWithStreamingResponse as AsyncThreadsWithStreamingResponse,
    )
    from openai.resources.beta.chatkit.sessions import (
        Sessions as Sessions,
        AsyncSessions as AsyncSessions,
        SessionsWithRawResponse as SessionsWithRawResponse,
        AsyncSessionsWithRawResponse as AsyncSessionsWithRawResponse,
        SessionsWithStreamingResponse as SessionsWithStreamingResponse,
        AsyncSessionsWithStreamingResponse as AsyncSessionsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncChatKit": "openai.resources.beta.chatkit.chatkit",
    "AsyncChatKitWithRawResponse": "openai.resources.beta.chatkit.chatkit",
    "AsyncChatKitWithStreamingResponse": "openai.resources.beta.chatkit.chatkit",
    "AsyncSessions": "openai.resources.beta.chatkit.sessions",
    "AsyncSessionsWithRawResponse": "openai.resources.beta.chatkit.sessions",
    "AsyncSessionsWithStreamingResponse": "openai.resources.beta.chatkit.sessions",
    "AsyncThreads": "openai.resources.beta.chatkit.threads",
    "AsyncThreadsWithRawResponse": "openai.resources.beta.chatkit.threads",
    "AsyncThreadsWithStreamingResponse": "openai.resources.beta.chatkit.threads",
    "ChatKit": "openai.resources.beta.chatkit.chatkit",
    "ChatKitWithRawResponse": "openai.resources.beta.chatkit.chatkit",
    "ChatKitWithStreamingResponse": "openai.resources.beta.chatkit.chatkit",
    "Sessions": "openai.resources.beta.chatkit.sessions",
    "SessionsWithRawResponse": "openai.resources.beta.chatkit.sessions",
    "SessionsWithStreamingResponse": "openai.resources.beta.chatkit.sessions",
    "Threads": "openai.resources.beta.chatkit.threads",
    "ThreadsWithRawResponse": "openai.resources.beta.chatkit.threads",
    "ThreadsWithStreamingResponse": "openai.resources.beta.chatkit.threads",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "chatkit",
        "sessions",
        "threads",
    )
)

__all__ = [
    "AsyncChatKit",
    "AsyncChatKitWithRawResponse",
    "AsyncChatKitWithStreamingResponse",
    "AsyncSessions",
    "AsyncSessionsWithRawResponse",
    "AsyncSessionsWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "ChatKit",
    "ChatKitWithRawResponse",
    "ChatKitWithStreamingResponse",
    "Sessions",
    "SessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
]


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
