# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.skills.versions.content` resource: 1 method(s)."""

from __future__ import annotations

from functools import cached_property

from openai._types import Body, Query, Headers, Timeout, NotGiven, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    StreamedBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    to_raw_response_wrapper,
    async_to_raw_response_wrapper,
    to_custom_streamed_response_wrapper,
    async_to_custom_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai._legacy_response import HttpxBinaryResponseContent

__all__ = [
    "Content",
    "AsyncContent",
    "ContentWithRawResponse",
    "AsyncContentWithRawResponse",
    "ContentWithStreamingResponse",
    "AsyncContentWithStreamingResponse",
]


class Content(SyncAPIResource):
    """Methods of `client.skills.versions.content`."""

    @cached_property
    def with_raw_response(self) -> ContentWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ContentWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ContentWithStreamingResponse(self)

    def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Download a skill version zip bundle.

        Args:
          version: The skill version number.

          skill_id: The identifier of the skill.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}/content",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Accept": "application/binary"},
            ),
            cast_to=HttpxBinaryResponseContent,
        )


class ContentWithRawResponse:
    """`Content` with every method wrapped to return the raw response."""

    def __init__(self, content: Content) -> None:
        self._content = content
        self.retrieve = to_raw_response_wrapper(content.retrieve)


class ContentWithStreamingResponse:
    """`Content` with every method wrapped to return the streamed response."""

    def __init__(self, content: Content) -> None:
        self._content = content
        self.retrieve = to_custom_streamed_response_wrapper(content.retrieve, StreamedBinaryAPIResponse)


class AsyncContent(AsyncAPIResource):
    """Methods of `async_client.skills.versions.content`."""

    @cached_property
    def with_raw_response(self) -> AsyncContentWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncContentWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncContentWithStreamingResponse(self)

    async def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Download a skill version zip bundle.

        Args:
          version: The skill version number.

          skill_id: The identifier of the skill.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}/content",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Accept": "application/binary"},
            ),
            cast_to=HttpxBinaryResponseContent,
        )


class AsyncContentWithRawResponse:
    """`AsyncContent` with every method wrapped to return the raw response."""

    def __init__(self, content: AsyncContent) -> None:
        self._content = content
        self.retrieve = async_to_raw_response_wrapper(content.retrieve)


class AsyncContentWithStreamingResponse:
    """`AsyncContent` with every method wrapped to return the streamed response."""

    def __init__(self, content: AsyncContent) -> None:
        self._content = content
        self.retrieve = async_to_custom_streamed_response_wrapper(content.retrieve, AsyncStreamedBinaryAPIResponse)
