# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.webhooks` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.webhooks.webhooks import (
        Webhooks as Webhooks,
        AsyncWebhooks as AsyncWebhooks,
        WebhooksWithRawResponse as WebhooksWithRawResponse,
        AsyncWebhooksWithRawResponse as AsyncWebhooksWithRawResponse,
        WebhooksWithStreamingResponse as WebhooksWithStreamingResponse,
        AsyncWebhooksWithStreamingResponse as AsyncWebhooksWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncWebhooks": "openai.resources.webhooks.webhooks",
    "AsyncWebhooksWithRawResponse": "openai.resources.webhooks.webhooks",
    "AsyncWebhooksWithStreamingResponse": "openai.resources.webhooks.webhooks",
    "Webhooks": "openai.resources.webhooks.webhooks",
    "WebhooksWithRawResponse": "openai.resources.webhooks.webhooks",
    "WebhooksWithStreamingResponse": "openai.resources.webhooks.webhooks",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(("webhooks",))

__all__ = [
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "AsyncWebhooksWithStreamingResponse",
    "Webhooks",
    "WebhooksWithRawResponse",
    "WebhooksWithStreamingResponse",
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
