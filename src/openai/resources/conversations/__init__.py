# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.conversations` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.conversations.items import (
        Items as Items,
        AsyncItems as AsyncItems,
        ItemsWithRawResponse as ItemsWithRawResponse,
        AsyncItemsWithRawResponse as AsyncItemsWithRawResponse,
        ItemsWithStreamingResponse as ItemsWithStreamingResponse,
        AsyncItemsWithStreamingResponse as AsyncItemsWithStreamingResponse,
    )
    from openai.resources.conversations.conversations import (
        Conversations as Conversations,
        AsyncConversations as AsyncConversations,
        ConversationsWithRawResponse as ConversationsWithRawResponse,
        AsyncConversationsWithRawResponse as AsyncConversationsWithRawResponse,
        ConversationsWithStreamingResponse as ConversationsWithStreamingResponse,
        AsyncConversationsWithStreamingResponse as AsyncConversationsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncConversations": "openai.resources.conversations.conversations",
    "AsyncConversationsWithRawResponse": "openai.resources.conversations.conversations",
    "AsyncConversationsWithStreamingResponse": "openai.resources.conversations.conversations",
    "AsyncItems": "openai.resources.conversations.items",
    "AsyncItemsWithRawResponse": "openai.resources.conversations.items",
    "AsyncItemsWithStreamingResponse": "openai.resources.conversations.items",
    "Conversations": "openai.resources.conversations.conversations",
    "ConversationsWithRawResponse": "openai.resources.conversations.conversations",
    "ConversationsWithStreamingResponse": "openai.resources.conversations.conversations",
    "Items": "openai.resources.conversations.items",
    "ItemsWithRawResponse": "openai.resources.conversations.items",
    "ItemsWithStreamingResponse": "openai.resources.conversations.items",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "conversations",
        "items",
    )
)

__all__ = [
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "AsyncConversationsWithStreamingResponse",
    "AsyncItems",
    "AsyncItemsWithRawResponse",
    "AsyncItemsWithStreamingResponse",
    "Conversations",
    "ConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "Items",
    "ItemsWithRawResponse",
    "ItemsWithStreamingResponse",
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
