# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.fine_tuning.alpha` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai._resource import SyncAPIResource, AsyncAPIResource

if TYPE_CHECKING:
    from openai.resources.fine_tuning.alpha.graders import (
        Graders,
        AsyncGraders,
        GradersWithRawResponse,
        AsyncGradersWithRawResponse,
        GradersWithStreamingResponse,
        AsyncGradersWithStreamingResponse,
    )

__all__ = [
    "Alpha",
    "AsyncAlpha",
    "AlphaWithRawResponse",
    "AsyncAlphaWithRawResponse",
    "AlphaWithStreamingResponse",
    "AsyncAlphaWithStreamingResponse",
]


class Alpha(SyncAPIResource):
    """Methods of `client.fine_tuning.alpha`."""

    @cached_property
    def graders(self) -> Graders:
        from openai.resources.fine_tuning.alpha.graders import Graders

        return Graders(self._client)

    @cached_property
    def with_raw_response(self) -> AlphaWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AlphaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AlphaWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AlphaWithStreamingResponse(self)


class AlphaWithRawResponse:
    """`Alpha` with every method wrapped to return the raw response."""

    def __init__(self, alpha: Alpha) -> None:
        self._alpha = alpha

    @cached_property
    def graders(self) -> GradersWithRawResponse:
        from openai.resources.fine_tuning.alpha.graders import GradersWithRawResponse

        return GradersWithRawResponse(self._alpha.graders)


class AlphaWithStreamingResponse:
    """`Alpha` with every method wrapped to return the streamed response."""

    def __init__(self, alpha: Alpha) -> None:
        self._alpha = alpha

    @cached_property
    def graders(self) -> GradersWithStreamingResponse:
        from openai.resources.fine_tuning.alpha.graders import GradersWithStreamingResponse

        return GradersWithStreamingResponse(self._alpha.graders)


class AsyncAlpha(AsyncAPIResource):
    """Methods of `async_client.fine_tuning.alpha`."""

    @cached_property
    def graders(self) -> AsyncGraders:
        from openai.resources.fine_tuning.alpha.graders import AsyncGraders

        return AsyncGraders(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAlphaWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncAlphaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAlphaWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncAlphaWithStreamingResponse(self)


class AsyncAlphaWithRawResponse:
    """`AsyncAlpha` with every method wrapped to return the raw response."""

    def __init__(self, alpha: AsyncAlpha) -> None:
        self._alpha = alpha

    @cached_property
    def graders(self) -> AsyncGradersWithRawResponse:
        from openai.resources.fine_tuning.alpha.graders import AsyncGradersWithRawResponse

        return AsyncGradersWithRawResponse(self._alpha.graders)


class AsyncAlphaWithStreamingResponse:
    """`AsyncAlpha` with every method wrapped to return the streamed response."""

    def __init__(self, alpha: AsyncAlpha) -> None:
        self._alpha = alpha

    @cached_property
    def graders(self) -> AsyncGradersWithStreamingResponse:
        from openai.resources.fine_tuning.alpha.graders import AsyncGradersWithStreamingResponse

        return AsyncGradersWithStreamingResponse(self._alpha.graders)
