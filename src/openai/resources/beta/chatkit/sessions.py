# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.beta.chatkit.sessions` resource: 2 method(s)."""

from __future__ import annotations

from functools import cached_property

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.beta.chatkit import session_create_params
from openai.types.beta.chatkit.chat_session import ChatSession
from openai.types.beta.chatkit.chat_session_workflow_param import ChatSessionWorkflowParam
from openai.types.beta.chatkit.chat_session_rate_limits_param import ChatSessionRateLimitsParam
from openai.types.beta.chatkit.chat_session_expires_after_param import ChatSessionExpiresAfterParam

__all__ = [
    "Sessions",
    "AsyncSessions",
    "SessionsWithRawResponse",
    "AsyncSessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "AsyncSessionsWithStreamingResponse",
]


class Sessions(SyncAPIResource):
    """Methods of `client.beta.chatkit.sessions`."""

    @cached_property
    def with_raw_response(self) -> SessionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return SessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SessionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return SessionsWithStreamingResponse(self)

    def create(
        self,
        *,
        workflow: ChatSessionWorkflowParam,
        user: str,
        expires_after: ChatSessionExpiresAfterParam | Omit = omit,
        rate_limits: ChatSessionRateLimitsParam | Omit = omit,
        chatkit_configuration: session_create_params.ChatkitConfiguration | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatSession:
        """
        Create a ChatKit session.

        Args:
          workflow: Workflow that powers the session.

          user: A free-form string that identifies your end user; ensures this Session can access other objects that
              have the same `user` scope.

          expires_after: Optional override for session expiration timing in seconds from creation. Defaults to 10
              minutes.

          rate_limits: Optional override for per-minute request limits. When omitted, defaults to 10.

          chatkit_configuration: Optional overrides for ChatKit runtime configuration features

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/chatkit/sessions",
            body={
                "workflow": workflow,
                "user": user,
                "expires_after": expires_after,
                "rate_limits": rate_limits,
                "chatkit_configuration": chatkit_configuration,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            cast_to=ChatSession,
        )

    def cancel(
        self,
        session_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatSession:
        """
        Cancel an active ChatKit session and return its most recent metadata.

        Cancelling prevents new requests from using the issued client secret.

        Args:
          session_id: Unique identifier for the ChatKit session to cancel.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/chatkit/sessions/{path_param('session_id', session_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            cast_to=ChatSession,
        )


class SessionsWithRawResponse:
    """`Sessions` with every method wrapped to return the raw response."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self.create = to_raw_response_wrapper(sessions.create)
        self.cancel = to_raw_response_wrapper(sessions.cancel)


class SessionsWithStreamingResponse:
    """`Sessions` with every method wrapped to return the streamed response."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self.create = to_streamed_response_wrapper(sessions.create)
        self.cancel = to_streamed_response_wrapper(sessions.cancel)


class AsyncSessions(AsyncAPIResource):
    """Methods of `async_client.beta.chatkit.sessions`."""

    @cached_property
    def with_raw_response(self) -> AsyncSessionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSessionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncSessionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        workflow: ChatSessionWorkflowParam,
        user: str,
        expires_after: ChatSessionExpiresAfterParam | Omit = omit,
        rate_limits: ChatSessionRateLimitsParam | Omit = omit,
        chatkit_configuration: session_create_params.ChatkitConfiguration | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatSession:
        """
        Create a ChatKit session.

        Args:
          workflow: Workflow that powers the session.

          user: A free-form string that identifies your end user; ensures this Session can access other objects that
              have the same `user` scope.

          expires_after: Optional override for session expiration timing in seconds from creation. Defaults to 10
              minutes.

          rate_limits: Optional override for per-minute request limits. When omitted, defaults to 10.

          chatkit_configuration: Optional overrides for ChatKit runtime configuration features

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/chatkit/sessions",
            body={
                "workflow": workflow,
                "user": user,
                "expires_after": expires_after,
                "rate_limits": rate_limits,
                "chatkit_configuration": chatkit_configuration,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            cast_to=ChatSession,
        )

    async def cancel(
        self,
        session_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatSession:
        """
        Cancel an active ChatKit session and return its most recent metadata.

        Cancelling prevents new requests from using the issued client secret.

        Args:
          session_id: Unique identifier for the ChatKit session to cancel.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/chatkit/sessions/{path_param('session_id', session_id)}/cancel",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"OpenAI-Beta": "chatkit_beta=v1"},
            ),
            cast_to=ChatSession,
        )


class AsyncSessionsWithRawResponse:
    """`AsyncSessions` with every method wrapped to return the raw response."""

    def __init__(self, sessions: AsyncSessions) -> None:
        self._sessions = sessions
        self.create = async_to_raw_response_wrapper(sessions.create)
        self.cancel = async_to_raw_response_wrapper(sessions.cancel)


class AsyncSessionsWithStreamingResponse:
    """`AsyncSessions` with every method wrapped to return the streamed response."""

    def __init__(self, sessions: AsyncSessions) -> None:
        self._sessions = sessions
        self.create = async_to_streamed_response_wrapper(sessions.create)
        self.cancel = async_to_streamed_response_wrapper(sessions.cancel)
