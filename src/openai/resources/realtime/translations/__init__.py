# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.realtime.translations` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.realtime.translations.translations import (
        Translations as Translations,
        AsyncTranslations as AsyncTranslations,
        TranslationsWithRawResponse as TranslationsWithRawResponse,
        AsyncTranslationsWithRawResponse as AsyncTranslationsWithRawResponse,
        TranslationsWithStreamingResponse as TranslationsWithStreamingResponse,
        AsyncTranslationsWithStreamingResponse as AsyncTranslationsWithStreamingResponse,
    )
    from openai.resources.realtime.translations.client_secrets import (
        ClientSecrets as ClientSecrets,
        AsyncClientSecrets as AsyncClientSecrets,
        ClientSecretsWithRawResponse as ClientSecretsWithRawResponse,
        AsyncClientSecretsWithRawResponse as AsyncClientSecretsWithRawResponse,
        ClientSecretsWithStreamingResponse as ClientSecretsWithStreamingResponse,
        AsyncClientSecretsWithStreamingResponse as AsyncClientSecretsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncClientSecrets": "openai.resources.realtime.translations.client_secrets",
    "AsyncClientSecretsWithRawResponse": "openai.resources.realtime.translations.client_secrets",
    "AsyncClientSecretsWithStreamingResponse": "openai.resources.realtime.translations.client_secrets",
    "AsyncTranslations": "openai.resources.realtime.translations.translations",
    "AsyncTranslationsWithRawResponse": "openai.resources.realtime.translations.translations",
    "AsyncTranslationsWithStreamingResponse": "openai.resources.realtime.translations.translations",
    "ClientSecrets": "openai.resources.realtime.translations.client_secrets",
    "ClientSecretsWithRawResponse": "openai.resources.realtime.translations.client_secrets",
    "ClientSecretsWithStreamingResponse": "openai.resources.realtime.translations.client_secrets",
    "Translations": "openai.resources.realtime.translations.translations",
    "TranslationsWithRawResponse": "openai.resources.realtime.translations.translations",
    "TranslationsWithStreamingResponse": "openai.resources.realtime.translations.translations",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "client_secrets",
        "translations",
    )
)

__all__ = [
    "AsyncClientSecrets",
    "AsyncClientSecretsWithRawResponse",
    "AsyncClientSecretsWithStreamingResponse",
    "AsyncTranslations",
    "AsyncTranslationsWithRawResponse",
    "AsyncTranslationsWithStreamingResponse",
    "ClientSecrets",
    "ClientSecretsWithRawResponse",
    "ClientSecretsWithStreamingResponse",
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
