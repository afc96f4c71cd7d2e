# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.webhooks` resource: 0 method(s)."""

from __future__ import annotations

from functools import cached_property

from openai.lib.webhooks import WebhooksMixin, AsyncWebhooksMixin

__all__ = [
    "Webhooks",
    "AsyncWebhooks",
    "WebhooksWithRawResponse",
    "AsyncWebhooksWithRawResponse",
    "WebhooksWithStreamingResponse",
    "AsyncWebhooksWithStreamingResponse",
]


class Webhooks(WebhooksMixin):
    """Methods of `client.webhooks`."""

    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return WebhooksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WebhooksWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return WebhooksWithStreamingResponse(self)


class WebhooksWithRawResponse:
    """`Webhooks` with every method wrapped to return the raw response."""

    def __init__(self, webhooks: Webhooks) -> None:
        self._webhooks = webhooks


class WebhooksWithStreamingResponse:
    """`Webhooks` with every method wrapped to return the streamed response."""

    def __init__(self, webhooks: Webhooks) -> None:
        self._webhooks = webhooks


class AsyncWebhooks(AsyncWebhooksMixin):
    """Methods of `async_client.webhooks`."""

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncWebhooksWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWebhooksWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncWebhooksWithStreamingResponse(self)


class AsyncWebhooksWithRawResponse:
    """`AsyncWebhooks` with every method wrapped to return the raw response."""

    def __init__(self, webhooks: AsyncWebhooks) -> None:
        self._webhooks = webhooks


class AsyncWebhooksWithStreamingResponse:
    """`AsyncWebhooks` with every method wrapped to return the streamed response."""

    def __init__(self, webhooks: AsyncWebhooks) -> None:
        self._webhooks = webhooks
