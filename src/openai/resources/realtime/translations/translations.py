# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.realtime.translations` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai._resource import SyncAPIResource, AsyncAPIResource

if TYPE_CHECKING:
    from openai.resources.realtime.translations.client_secrets import (
        ClientSecrets,
        AsyncClientSecrets,
        ClientSecretsWithRawResponse,
        AsyncClientSecretsWithRawResponse,
        ClientSecretsWithStreamingResponse,
        AsyncClientSecretsWithStreamingResponse,
    )

__all__ = [
    "Translations",
    "AsyncTranslations",
    "TranslationsWithRawResponse",
    "AsyncTranslationsWithRawResponse",
    "TranslationsWithStreamingResponse",
    "AsyncTranslationsWithStreamingResponse",
]


class Translations(SyncAPIResource):
    """Methods of `client.realtime.translations`."""

    @cached_property
    def client_secrets(self) -> ClientSecrets:
        from openai.resources.realtime.translations.client_secrets import ClientSecrets

        return ClientSecrets(self._client)

    @cached_property
    def with_raw_response(self) -> TranslationsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return TranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TranslationsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return TranslationsWithStreamingResponse(self)


class TranslationsWithRawResponse:
    """`Translations` with every method wrapped to return the raw response."""

    def __init__(self, translations: Translations) -> None:
        self._translations = translations

    @cached_property
    def client_secrets(self) -> ClientSecretsWithRawResponse:
        from openai.resources.realtime.translations.client_secrets import ClientSecretsWithRawResponse

        return ClientSecretsWithRawResponse(self._translations.client_secrets)


class TranslationsWithStreamingResponse:
    """`Translations` with every method wrapped to return the streamed response."""

    def __init__(self, translations: Translations) -> None:
        self._translations = translations

    @cached_property
    def client_secrets(self) -> ClientSecretsWithStreamingResponse:
        from openai.resources.realtime.translations.client_secrets import ClientSecretsWithStreamingResponse

        return ClientSecretsWithStreamingResponse(self._translations.client_secrets)


class AsyncTranslations(AsyncAPIResource):
    """Methods of `async_client.realtime.translations`."""

    @cached_property
    def client_secrets(self) -> AsyncClientSecrets:
        from openai.resources.realtime.translations.client_secrets import AsyncClientSecrets

        return AsyncClientSecrets(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncTranslationsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTranslationsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncTranslationsWithStreamingResponse(self)


class AsyncTranslationsWithRawResponse:
    """`AsyncTranslations` with every method wrapped to return the raw response."""

    def __init__(self, translations: AsyncTranslations) -> None:
        self._translations = translations

    @cached_property
    def client_secrets(self) -> AsyncClientSecretsWithRawResponse:
        from openai.resources.realtime.translations.client_secrets import AsyncClientSecretsWithRawResponse

        return AsyncClientSecretsWithRawResponse(self._translations.client_secrets)


class AsyncTranslationsWithStreamingResponse:
    """`AsyncTranslations` with every method wrapped to return the streamed response."""

    def __init__(self, translations: AsyncTranslations) -> None:
        self._translations = translations

    @cached_property
    def client_secrets(self) -> AsyncClientSecretsWithStreamingResponse:
        from openai.resources.realtime.translations.client_secrets import AsyncClientSecretsWithStreamingResponse

        return AsyncClientSecretsWithStreamingResponse(self._translations.client_secrets)
