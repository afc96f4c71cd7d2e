# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.realtime.translations.client_secrets` resource: 1 method(s)."""

from __future__ import annotations

from functools import cached_property

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.realtime.translations import client_secret_create_params
from openai.types.realtime.realtime_translation_session_create_request_param import (
    RealtimeTranslationSessionCreateRequestParam,
)
from openai.types.realtime.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)

__all__ = [
    "ClientSecrets",
    "AsyncClientSecrets",
    "ClientSecretsWithRawResponse",
    "AsyncClientSecretsWithRawResponse",
    "ClientSecretsWithStreamingResponse",
    "AsyncClientSecretsWithStreamingResponse",
]


class ClientSecrets(SyncAPIResource):
    """Methods of `client.realtime.translations.client_secrets`."""

    @cached_property
    def with_raw_response(self) -> ClientSecretsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ClientSecretsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClientSecretsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ClientSecretsWithStreamingResponse(self)

    def create(
        self,
        *,
        session: RealtimeTranslationSessionCreateRequestParam,
        expires_after: client_secret_create_params.ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """
        Create a Realtime translation client secret with an associated translation session configuration.

        Client secrets are short-lived tokens that can be passed to a client app, such as a web frontend or mobile
        client, which grants access to the Realtime Translation API without leaking your main API key. You can configure
        a custom TTL for each client secret.

        Returns the created client secret and the effective translation session object. The client secret is a string
        that looks like `ek_1234`.

        Args:
          expires_after: Configuration for the client secret expiration. Expiration refers to the time after which a
              client secret will no longer be valid for creating sessions. The session itself may continue after that
              time once started. A secret can be used to create multiple sessions until it expires.

          session: Realtime translation session configuration. Translation sessions stream source audio in and
              translated audio plus transcript deltas out continuously.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/realtime/translations/client_secrets",
            body={"expires_after": expires_after, "session": session},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=RealtimeTranslationClientSecretCreateResponse,
        )


class ClientSecretsWithRawResponse:
    """`ClientSecrets` with every method wrapped to return the raw response."""

    def __init__(self, client_secrets: ClientSecrets) -> None:
        self._client_secrets = client_secrets
        self.create = to_raw_response_wrapper(client_secrets.create)


class ClientSecretsWithStreamingResponse:
    """`ClientSecrets` with every method wrapped to return the streamed response."""

    def __init__(self, client_secrets: ClientSecrets) -> None:
        self._client_secrets = client_secrets
        self.create = to_streamed_response_wrapper(client_secrets.create)


class AsyncClientSecrets(AsyncAPIResource):
    """Methods of `async_client.realtime.translations.client_secrets`."""

    @cached_property
    def with_raw_response(self) -> AsyncClientSecretsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncClientSecretsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClientSecretsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncClientSecretsWithStreamingResponse(self)

    async def create(
        self,
        *,
        session: RealtimeTranslationSessionCreateRequestParam,
        expires_after: client_secret_create_params.ExpiresAfter | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """
        Create a Realtime translation client secret with an associated translation session configuration.

        Client secrets are short-lived tokens that can be passed to a client app, such as a web frontend or mobile
        client, which grants access to the Realtime Translation API without leaking your main API key. You can configure
        a custom TTL for each client secret.

        Returns the created client secret and the effective translation session object. The client secret is a string
        that looks like `ek_1234`.

        Args:
          expires_after: Configuration for the client secret expiration. Expiration refers to the time after which a
              client secret will no longer be valid for creating sessions. The session itself may continue after that
              time once started. A secret can be used to create multiple sessions until it expires.

          session: Realtime translation session configuration. Translation sessions stream source audio in and
              translated audio plus transcript deltas out continuously.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/realtime/translations/client_secrets",
            body={"expires_after": expires_after, "session": session},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=RealtimeTranslationClientSecretCreateResponse,
        )


class AsyncClientSecretsWithRawResponse:
    """`AsyncClientSecrets` with every method wrapped to return the raw response."""

    def __init__(self, client_secrets: AsyncClientSecrets) -> None:
        self._client_secrets = client_secrets
        self.create = async_to_raw_response_wrapper(client_secrets.create)


class AsyncClientSecretsWithStreamingResponse:
    """`AsyncClientSecrets` with every method wrapped to return the streamed response."""

    def __init__(self, client_secrets: AsyncClientSecrets) -> None:
        self._client_secrets = client_secrets
        self.create = async_to_streamed_response_wrapper(client_secrets.create)
