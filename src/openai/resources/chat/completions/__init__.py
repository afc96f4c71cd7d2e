# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.chat.completions` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.chat.completions.messages import (
        Messages as Messages,
        AsyncMessages as AsyncMessages,
        MessagesWithRawResponse as MessagesWithRawResponse,
        AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse,
        MessagesWithStreamingResponse as MessagesWithStreamingResponse,
        AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse,
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
    "AsyncCompletions": "openai.resources.chat.completions.completions",
    "AsyncCompletionsWithRawResponse": "openai.resources.chat.completions.completions",
    "AsyncCompletionsWithStreamingResponse": "openai.resources.chat.completions.completions",
    "AsyncMessages": "openai.resources.chat.completions.messages",
    "AsyncMessagesWithRawResponse": "openai.resources.chat.completions.messages",
    "AsyncMessagesWithStreamingResponse": "openai.resources.chat.completions.messages",
    "Completions": "openai.resources.chat.completions.completions",
    "CompletionsWithRawResponse": "openai.resources.chat.completions.completions",
    "CompletionsWithStreamingResponse": "openai.resources.chat.completions.completions",
    "Messages": "openai.resources.chat.completions.messages",
    "MessagesWithRawResponse": "openai.resources.chat.completions.messages",
    "MessagesWithStreamingResponse": "openai.resources.chat.completions.messages",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "completions",
        "messages",
    )
)

__all__ = [
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
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
