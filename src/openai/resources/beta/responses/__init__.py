# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.beta.responses` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.beta.responses.responses import (
        Responses as Responses,
        AsyncResponses as AsyncResponses,
        ResponsesWithRawResponse as ResponsesWithRawResponse,
        AsyncResponsesWithRawResponse as AsyncResponsesWithRawResponse,
        ResponsesWithStreamingResponse as ResponsesWithStreamingResponse,
        AsyncResponsesWithStreamingResponse as AsyncResponsesWithStreamingResponse,
    )
    from openai.resources.beta.responses.input_items import (
        InputItems as InputItems,
        AsyncInputItems as AsyncInputItems,
        InputItemsWithRawResponse as InputItemsWithRawResponse,
        AsyncInputItemsWithRawResponse as AsyncInputItemsWithRawResponse,
        InputItemsWithStreamingResponse as InputItemsWithStreamingResponse,
        AsyncInputItemsWithStreamingResponse as AsyncInputItemsWithStreamingResponse,
    )
    from openai.resources.beta.responses.input_tokens import (
        InputTokens as InputTokens,
        AsyncInputTokens as AsyncInputTokens,
        InputTokensWithRawResponse as InputTokensWithRawResponse,
        AsyncInputTokensWithRawResponse as AsyncInputTokensWithRawResponse,
        InputTokensWithStreamingResponse as InputTokensWithStreamingResponse,
        AsyncInputTokensWithStreamingResponse as AsyncInputTokensWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncInputItems": "openai.resources.beta.responses.input_items",
    "AsyncInputItemsWithRawResponse": "openai.resources.beta.responses.input_items",
    "AsyncInputItemsWithStreamingResponse": "openai.resources.beta.responses.input_items",
    "AsyncInputTokens": "openai.resources.beta.responses.input_tokens",
    "AsyncInputTokensWithRawResponse": "openai.resources.beta.responses.input_tokens",
    "AsyncInputTokensWithStreamingResponse": "openai.resources.beta.responses.input_tokens",
    "AsyncResponses": "openai.resources.beta.responses.responses",
    "AsyncResponsesWithRawResponse": "openai.resources.beta.responses.responses",
    "AsyncResponsesWithStreamingResponse": "openai.resources.beta.responses.responses",
    "InputItems": "openai.resources.beta.responses.input_items",
    "InputItemsWithRawResponse": "openai.resources.beta.responses.input_items",
    "InputItemsWithStreamingResponse": "openai.resources.beta.responses.input_items",
    "InputTokens": "openai.resources.beta.responses.input_tokens",
    "InputTokensWithRawResponse": "openai.resources.beta.responses.input_tokens",
    "InputTokensWithStreamingResponse": "openai.resources.beta.responses.input_tokens",
    "Responses": "openai.resources.beta.responses.responses",
    "ResponsesWithRawResponse": "openai.resources.beta.responses.responses",
    "ResponsesWithStreamingResponse": "openai.resources.beta.responses.responses",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "input_items",
        "input_tokens",
        "responses",
    )
)

__all__ = [
    "AsyncInputItems",
    "AsyncInputItemsWithRawResponse",
    "AsyncInputItemsWithStreamingResponse",
    "AsyncInputTokens",
    "AsyncInputTokensWithRawResponse",
    "AsyncInputTokensWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "InputItems",
    "InputItemsWithRawResponse",
    "InputItemsWithStreamingResponse",
    "InputTokens",
    "InputTokensWithRawResponse",
    "InputTokensWithStreamingResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
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
