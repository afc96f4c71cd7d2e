# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.realtime` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai.lib.realtime_connect import (
    RealtimeConnection,
    RealtimeConnectMixin,
    AsyncRealtimeConnection,
    AsyncRealtimeConnectMixin,
    RealtimeConnectionManager,
    AsyncRealtimeConnectionManager,
)

if TYPE_CHECKING:
    from openai.resources.realtime.calls import (
        Calls,
        AsyncCalls,
        CallsWithRawResponse,
        AsyncCallsWithRawResponse,
        CallsWithStreamingResponse,
        AsyncCallsWithStreamingResponse,
    )
    from openai.resources.realtime.client_secrets import (
        ClientSecrets,
        AsyncClientSecrets,
        ClientSecretsWithRawResponse,
        AsyncClientSecretsWithRawResponse,
        ClientSecretsWithStreamingResponse,
        AsyncClientSecretsWithStreamingResponse,
    )
    from openai.resources.realtime.translations.translations import (
        Translations,
        AsyncTranslations,
        TranslationsWithRawResponse,
        AsyncTranslationsWithRawResponse,
        TranslationsWithStreamingResponse,
        AsyncTranslationsWithStreamingResponse,
    )

__all__ = [
    "Realtime",
    "AsyncRealtime",
    "RealtimeWithRawResponse",
    "AsyncRealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "AsyncRealtimeWithStreamingResponse",
    "RealtimeConnection",
    "AsyncRealtimeConnection",
    "RealtimeConnectionManager",
    "AsyncRealtimeConnectionManager",
]


class Realtime(RealtimeConnectMixin):
    """Methods of `client.realtime`."""

    @cached_property
    def client_secrets(self) -> ClientSecrets:
        from openai.resources.realtime.client_secrets import ClientSecrets

        return ClientSecrets(self._client)

    @cached_property
    def calls(self) -> Calls:
        from openai.resources.realtime.calls import Calls

        return Calls(self._client)

    @cached_property
    def translations(self) -> Translations:
        from openai.resources.realtime.translations.translations import Translations

        return Translations(self._client)

    @cached_property
    def with_raw_response(self) -> RealtimeWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return RealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RealtimeWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return RealtimeWithStreamingResponse(self)


class RealtimeWithRawResponse:
    """`Realtime` with every method wrapped to return the raw response."""

    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def client_secrets(self) -> ClientSecretsWithRawResponse:
        from openai.resources.realtime.client_secrets import ClientSecretsWithRawResponse

        return ClientSecretsWithRawResponse(self._realtime.client_secrets)

    @cached_property
    def calls(self) -> CallsWithRawResponse:
        from openai.resources.realtime.calls import CallsWithRawResponse

        return CallsWithRawResponse(self._realtime.calls)

    @cached_property
    def translations(self) -> TranslationsWithRawResponse:
        from openai.resources.realtime.translations.translations import TranslationsWithRawResponse

        return TranslationsWithRawResponse(self._realtime.translations)


class RealtimeWithStreamingResponse:
    """`Realtime` with every method wrapped to return the streamed response."""

    def __init__(self, realtime: Realtime) -> None:
        self._realtime = realtime

    @cached_property
    def client_secrets(self) -> ClientSecretsWithStreamingResponse:
        from openai.resources.realtime.client_secrets import ClientSecretsWithStreamingResponse

        return ClientSecretsWithStreamingResponse(self._realtime.client_secrets)

    @cached_property
    def calls(self) -> CallsWithStreamingResponse:
        from openai.resources.realtime.calls import CallsWithStreamingResponse

        return CallsWithStreamingResponse(self._realtime.calls)

    @cached_property
    def translations(self) -> TranslationsWithStreamingResponse:
        from openai.resources.realtime.translations.translations import TranslationsWithStreamingResponse

        return TranslationsWithStreamingResponse(self._realtime.translations)


class AsyncRealtime(AsyncRealtimeConnectMixin):
    """Methods of `async_client.realtime`."""

    @cached_property
    def client_secrets(self) -> AsyncClientSecrets:
        from openai.resources.realtime.client_secrets import AsyncClientSecrets

        return AsyncClientSecrets(self._client)

    @cached_property
    def calls(self) -> AsyncCalls:
        from openai.resources.realtime.calls import AsyncCalls

        return AsyncCalls(self._client)

    @cached_property
    def translations(self) -> AsyncTranslations:
        from openai.resources.realtime.translations.translations import AsyncTranslations

        return AsyncTranslations(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRealtimeWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncRealtimeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRealtimeWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncRealtimeWithStreamingResponse(self)


class AsyncRealtimeWithRawResponse:
    """`AsyncRealtime` with every method wrapped to return the raw response."""

    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def client_secrets(self) -> AsyncClientSecretsWithRawResponse:
        from openai.resources.realtime.client_secrets import AsyncClientSecretsWithRawResponse

        return AsyncClientSecretsWithRawResponse(self._realtime.client_secrets)

    @cached_property
    def calls(self) -> AsyncCallsWithRawResponse:
        from openai.resources.realtime.calls import AsyncCallsWithRawResponse

        return AsyncCallsWithRawResponse(self._realtime.calls)

    @cached_property
    def translations(self) -> AsyncTranslationsWithRawResponse:
        from openai.resources.realtime.translations.translations import AsyncTranslationsWithRawResponse

        return AsyncTranslationsWithRawResponse(self._realtime.translations)


class AsyncRealtimeWithStreamingResponse:
    """`AsyncRealtime` with every method wrapped to return the streamed response."""

    def __init__(self, realtime: AsyncRealtime) -> None:
        self._realtime = realtime

    @cached_property
    def client_secrets(self) -> AsyncClientSecretsWithStreamingResponse:
        from openai.resources.realtime.client_secrets import AsyncClientSecretsWithStreamingResponse

        return AsyncClientSecretsWithStreamingResponse(self._realtime.client_secrets)

    @cached_property
    def calls(self) -> AsyncCallsWithStreamingResponse:
        from openai.resources.realtime.calls import AsyncCallsWithStreamingResponse

        return AsyncCallsWithStreamingResponse(self._realtime.calls)

    @cached_property
    def translations(self) -> AsyncTranslationsWithStreamingResponse:
        from openai.resources.realtime.translations.translations import AsyncTranslationsWithStreamingResponse

        return AsyncTranslationsWithStreamingResponse(self._realtime.translations)
