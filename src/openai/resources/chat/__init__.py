# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.chat` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.chat.chat import (
        Chat as Chat,
        AsyncChat as AsyncChat,
        ChatWithRawResponse as ChatWithRawResponse,
        AsyncChatWithRawResponse as AsyncChatWithRawResponse,
        ChatWithStreamingResponse as ChatWithStreamingResponse,
        AsyncChatWithStreamingResponse as AsyncChatWithStreamingResponse,
    )
    from openai.resources.chat.completions.completions import (
        Completions as Completions,
        AsyncCompletions as AsyncCompletions,
        CompletionsWithRawResponse as CompletionsWithRawResponse,
        AsyncCompletionsWithRawResponse as AsyncCompletionsWithRawResponse,
        CompletionsWithStreamingResponse as CompletionsWithStreamingResponse,
        AsyncCompletionsWithStreamingResponse as AsyncCompletionsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncChat": "openai.resources.chat.chat",
    "AsyncChatWithRawResponse": "openai.resources.chat.chat",
    "AsyncChatWithStreamingResponse": "openai.resources.chat.chat",
    "AsyncCompletions": "openai.resources.chat.completions.completions",
    "AsyncCompletionsWithRawResponse": "openai.resources.chat.completions.completions",
    "AsyncCompletionsWithStreamingResponse": "openai.resources.chat.completions.completions",
    "Chat": "openai.resources.chat.chat",
    "ChatWithRawResponse": "openai.resources.chat.chat",
    "ChatWithStreamingResponse": "openai.resources.chat.chat",
    "Completions": "openai.resources.chat.completions.completions",
    "CompletionsWithRawResponse": "openai.resources.chat.completions.completions",
    "CompletionsWithStreamingResponse": "openai.resources.chat.completions.completions",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "chat",
        "completions",
    )
)

__all__ = [
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "Chat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
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
