# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.realtime` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.realtime.calls import (
        Calls as Calls,
        AsyncCalls as AsyncCalls,
        CallsWithRawResponse as CallsWithRawResponse,
        AsyncCallsWithRawResponse as AsyncCallsWithRawResponse,
        CallsWithStreamingResponse as CallsWithStreamingResponse,
        AsyncCallsWithStreamingResponse as AsyncCallsWithStreamingResponse,
    )
    from openai.resources.realtime.realtime import (
        Realtime as Realtime,
        AsyncRealtime as AsyncRealtime,
        RealtimeWithRawResponse as RealtimeWithRawResponse,
        AsyncRealtimeWithRawResponse as AsyncRealtimeWithRawResponse,
        RealtimeWithStreamingResponse as RealtimeWithStreamingResponse,
        AsyncRealtimeWithStreamingResponse as AsyncRealtimeWithStreamingResponse,
    )
    from openai.resources.realtime.client_secrets import (
        ClientSecrets as ClientSecrets,
        AsyncClientSecrets as AsyncClientSecrets,
        ClientSecretsWithRawResponse as ClientSecretsWithRawResponse,
        AsyncClientSecretsWithRawResponse as AsyncClientSecretsWithRawResponse,
        ClientSecretsWithStreamingResponse as ClientSecretsWithStreamingResponse,
        AsyncClientSecretsWithStreamingResponse as AsyncClientSecretsWithStreamingResponse,
    )
    from openai.resources.realtime.translations.translations import (
        Translations as Translations,
        AsyncTranslations as AsyncTranslations,
        TranslationsWithRawResponse as TranslationsWithRawResponse,
        AsyncTranslationsWithRawResponse as AsyncTranslationsWithRawResponse,
        TranslationsWithStreamingResponse as TranslationsWithStreamingResponse,
        AsyncTranslationsWithStreamingResponse as AsyncTranslationsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncCalls": "openai.resources.realtime.calls",
    "AsyncCallsWithRawResponse": "openai.resources.realtime.calls",
    "AsyncCallsWithStreamingResponse": "openai.resources.realtime.calls",
    "AsyncClientSecrets": "openai.resources.realtime.client_secrets",
    "AsyncClientSecretsWithRawResponse": "openai.resources.realtime.client_secrets",
    "AsyncClientSecretsWithStreamingResponse": "openai.resources.realtime.client_secrets",
    "AsyncRealtime": "openai.resources.realtime.realtime",
    "AsyncRealtimeWithRawResponse": "openai.resources.realtime.realtime",
    "AsyncRealtimeWithStreamingResponse": "openai.resources.realtime.realtime",
    "AsyncTranslations": "openai.resources.realtime.translations.translations",
    "AsyncTranslationsWithRawResponse": "openai.resources.realtime.translations.translations",
    "AsyncTranslationsWithStreamingResponse": "openai.resources.realtime.translations.translations",
    "Calls": "openai.resources.realtime.calls",
    "CallsWithRawResponse": "openai.resources.realtime.calls",
    "CallsWithStreamingResponse": "openai.resources.realtime.calls",
    "ClientSecrets": "openai.resources.realtime.client_secrets",
    "ClientSecretsWithRawResponse": "openai.resources.realtime.client_secrets",
    "ClientSecretsWithStreamingResponse": "openai.resources.realtime.client_secrets",
    "Realtime": "openai.resources.realtime.realtime",
    "RealtimeWithRawResponse": "openai.resources.realtime.realtime",
    "RealtimeWithStreamingResponse": "openai.resources.realtime.realtime",
    "Translations": "openai.resources.realtime.translations.translations",
    "TranslationsWithRawResponse": "openai.resources.realtime.translations.translations",
    "TranslationsWithStreamingResponse": "openai.resources.realtime.translations.translations",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "calls",
        "client_secrets",
        "realtime",
        "translations",
    )
)

__all__ = [
    "AsyncCalls",
    "AsyncCallsWithRawResponse",
    "AsyncCallsWithStreamingResponse",
    "AsyncClientSecrets",
    "AsyncClientSecretsWithRawResponse",
    "AsyncClientSecretsWithStreamingResponse",
    "AsyncRealtime",
    "AsyncRealtimeWithRawResponse",
    "AsyncRealtimeWithStreamingResponse",
    "AsyncTranslations",
    "AsyncTranslationsWithRawResponse",
    "AsyncTranslationsWithStreamingResponse",
    "Calls",
    "CallsWithRawResponse",
    "CallsWithStreamingResponse",
    "ClientSecrets",
    "ClientSecretsWithRawResponse",
    "ClientSecretsWithStreamingResponse",
    "Realtime",
    "RealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "Translations",
    "TranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
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
