# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.beta` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.beta.beta import (
        Beta as Beta,
        AsyncBeta as AsyncBeta,
        BetaWithRawResponse as BetaWithRawResponse,
        AsyncBetaWithRawResponse as AsyncBetaWithRawResponse,
        BetaWithStreamingResponse as BetaWithStreamingResponse,
        AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse,
    )
    from openai.resources.beta.assistants import (
        Assistants as Assistants,
        AsyncAssistants as AsyncAssistants,
        AssistantsWithRawResponse as AssistantsWithRawResponse,
        AsyncAssistantsWithRawResponse as AsyncAssistantsWithRawResponse,
        AssistantsWithStreamingResponse as AssistantsWithStreamingResponse,
        AsyncAssistantsWithStreamingResponse as AsyncAssistantsWithStreamingResponse,
    )
    from openai.resources.beta.chatkit.chatkit import (
        ChatKit as ChatKit,
        AsyncChatKit as AsyncChatKit,
        ChatKitWithRawResponse as ChatKitWithRawResponse,
        AsyncChatKitWithRawResponse as AsyncChatKitWithRawResponse,
        ChatKitWithStreamingResponse as ChatKitWithStreamingResponse,
        AsyncChatKitWithStreamingResponse as AsyncChatKitWithStreamingResponse,
    )
    from openai.resources.beta.threads.threads import (
        Threads as Threads,
        AsyncThreads as AsyncThreads,
        ThreadsWithRawResponse as ThreadsWithRawResponse,
        AsyncThreadsWithRawResponse as AsyncThreadsWithRawResponse,
        ThreadsWithStreamingResponse as ThreadsWithStreamingResponse,
        AsyncThreadsWithStreamingResponse as AsyncThreadsWithStreamingResponse,
    )
    from openai.resources.beta.realtime.realtime import (
        Realtime as Realtime,
        AsyncRealtime as AsyncRealtime,
        RealtimeWithRawResponse as RealtimeWithRawResponse,
        AsyncRealtimeWithRawResponse as AsyncRealtimeWithRawResponse,
        RealtimeWithStreamingResponse as RealtimeWithStreamingResponse,
        AsyncRealtimeWithStreamingResponse as AsyncRealtimeWithStreamingResponse,
    )
    from openai.resources.beta.responses.responses import (
        Responses as Responses,
        AsyncResponses as AsyncResponses,
        ResponsesWithRawResponse as ResponsesWithRawResponse,
        AsyncResponsesWithRawResponse as AsyncResponsesWithRawResponse,
        ResponsesWithStreamingResponse as ResponsesWithStreamingResponse,
        AsyncResponsesWithStreamingResponse as AsyncResponsesWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "Assistants": "openai.resources.beta.assistants",
    "AssistantsWithRawResponse": "openai.resources.beta.assistants",
    "AssistantsWithStreamingResponse": "openai.resources.beta.assistants",
    "AsyncAssistants": "openai.resources.beta.assistants",
    "AsyncAssistantsWithRawResponse": "openai.resources.beta.assistants",
    "AsyncAssistantsWithStreamingResponse": "openai.resources.beta.assistants",
    "AsyncBeta": "openai.resources.beta.beta",
    "AsyncBetaWithRawResponse": "openai.resources.beta.beta",
    "AsyncBetaWithStreamingResponse": "openai.resources.beta.beta",
    "AsyncChatKit": "openai.resources.beta.chatkit.chatkit",
    "AsyncChatKitWithRawResponse": "openai.resources.beta.chatkit.chatkit",
    "AsyncChatKitWithStreamingResponse": "openai.resources.beta.chatkit.chatkit",
    "AsyncRealtime": "openai.resources.beta.realtime.realtime",
    "AsyncRealtimeWithRawResponse": "openai.resources.beta.realtime.realtime",
    "AsyncRealtimeWithStreamingResponse": "openai.resources.beta.realtime.realtime",
    "AsyncResponses": "openai.resources.beta.responses.responses",
    "AsyncResponsesWithRawResponse": "openai.resources.beta.responses.responses",
    "AsyncResponsesWithStreamingResponse": "openai.resources.beta.responses.responses",
    "AsyncThreads": "openai.resources.beta.threads.threads",
    "AsyncThreadsWithRawResponse": "openai.resources.beta.threads.threads",
    "AsyncThreadsWithStreamingResponse": "openai.resources.beta.threads.threads",
    "Beta": "openai.resources.beta.beta",
    "BetaWithRawResponse": "openai.resources.beta.beta",
    "BetaWithStreamingResponse": "openai.resources.beta.beta",
    "ChatKit": "openai.resources.beta.chatkit.chatkit",
    "ChatKitWithRawResponse": "openai.resources.beta.chatkit.chatkit",
    "ChatKitWithStreamingResponse": "openai.resources.beta.chatkit.chatkit",
    "Realtime": "openai.resources.beta.realtime.realtime",
    "RealtimeWithRawResponse": "openai.resources.beta.realtime.realtime",
    "RealtimeWithStreamingResponse": "openai.resources.beta.realtime.realtime",
    "Responses": "openai.resources.beta.responses.responses",
    "ResponsesWithRawResponse": "openai.resources.beta.responses.responses",
    "ResponsesWithStreamingResponse": "openai.resources.beta.responses.responses",
    "Threads": "openai.resources.beta.threads.threads",
    "ThreadsWithRawResponse": "openai.resources.beta.threads.threads",
    "ThreadsWithStreamingResponse": "openai.resources.beta.threads.threads",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "assistants",
        "beta",
        "chatkit",
        "realtime",
        "responses",
        "threads",
    )
)

__all__ = [
    "Assistants",
    "AssistantsWithRawResponse",
    "AssistantsWithStreamingResponse",
    "AsyncAssistants",
    "AsyncAssistantsWithRawResponse",
    "AsyncAssistantsWithStreamingResponse",
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncChatKit",
    "AsyncChatKitWithRawResponse",
    "AsyncChatKitWithStreamingResponse",
    "AsyncRealtime",
    "AsyncRealtimeWithRawResponse",
    "AsyncRealtimeWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "ChatKit",
    "ChatKitWithRawResponse",
    "ChatKitWithStreamingResponse",
    "Realtime",
    "RealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
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
