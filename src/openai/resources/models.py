# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.models` resource: 3 method(s)."""

from __future__ import annotations

from functools import cached_property

from openai._types import Body, Query, Headers, Timeout, NotGiven, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import SyncPage, AsyncPage, AsyncPaginator
from openai.types.model import Model
from openai._base_client import make_request_options
from openai.types.model_deleted import ModelDeleted

__all__ = [
    "Models",
    "AsyncModels",
    "ModelsWithRawResponse",
    "AsyncModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "AsyncModelsWithStreamingResponse",
]


class Models(SyncAPIResource):
    """Methods of `client.models`."""

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ModelsWithStreamingResponse(self)

    def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Model:
        """
        Retrieves a model instance, providing basic information about the model such as the owner and permissioning.

        Args:
          model: The ID of the model to use for this request

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/models/{path_param('model', model)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Model,
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncPage[Model]:
        """
        Lists the currently available models, and provides basic information about each one such as the owner and
        availability.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/models",
            page=SyncPage[Model],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=Model,
        )

    def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ModelDeleted:
        """
        Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.

        Args:
          model: The model to delete

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/models/{path_param('model', model)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ModelDeleted,
        )


class ModelsWithRawResponse:
    """`Models` with every method wrapped to return the raw response."""

    def __init__(self, models: Models) -> None:
        self._models = models
        self.retrieve = to_raw_response_wrapper(models.retrieve)
        self.list = to_raw_response_wrapper(models.list)
        self.delete = to_raw_response_wrapper(models.delete)


class ModelsWithStreamingResponse:
    """`Models` with every method wrapped to return the streamed response."""

    def __init__(self, models: Models) -> None:
        self._models = models
        self.retrieve = to_streamed_response_wrapper(models.retrieve)
        self.list = to_streamed_response_wrapper(models.list)
        self.delete = to_streamed_response_wrapper(models.delete)


class AsyncModels(AsyncAPIResource):
    """Methods of `async_client.models`."""

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncModelsWithStreamingResponse(self)

    async def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Model:
        """
        Retrieves a model instance, providing basic information about the model such as the owner and permissioning.

        Args:
          model: The ID of the model to use for this request

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/models/{path_param('model', model)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Model,
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[Model, AsyncPage[Model]]:
        """
        Lists the currently available models, and provides basic information about each one such as the owner and
        availability.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/models",
            page=AsyncPage[Model],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=Model,
        )

    async def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ModelDeleted:
        """
        Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.

        Args:
          model: The model to delete

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/models/{path_param('model', model)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ModelDeleted,
        )


class AsyncModelsWithRawResponse:
    """`AsyncModels` with every method wrapped to return the raw response."""

    def __init__(self, models: AsyncModels) -> None:
        self._models = models
        self.retrieve = async_to_raw_response_wrapper(models.retrieve)
        self.list = async_to_raw_response_wrapper(models.list)
        self.delete = async_to_raw_response_wrapper(models.delete)


class AsyncModelsWithStreamingResponse:
    """`AsyncModels` with every method wrapped to return the streamed response."""

    def __init__(self, models: AsyncModels) -> None:
        self._models = models
        self.retrieve = async_to_streamed_response_wrapper(models.retrieve)
        self.list = async_to_streamed_response_wrapper(models.list)
        self.delete = async_to_streamed_response_wrapper(models.delete)
