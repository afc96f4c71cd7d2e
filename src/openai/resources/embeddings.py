# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.embeddings` resource: 1 method(s)."""

from __future__ import annotations

from typing import Union, Iterable
from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, SequenceNotStr, omit, not_given
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.lib.embeddings_helpers import EmbeddingsHelpers, AsyncEmbeddingsHelpers, prepare_embeddings_request
from openai.types.create_embedding_response import CreateEmbeddingResponse

__all__ = [
    "Embeddings",
    "AsyncEmbeddings",
    "EmbeddingsWithRawResponse",
    "AsyncEmbeddingsWithRawResponse",
    "EmbeddingsWithStreamingResponse",
    "AsyncEmbeddingsWithStreamingResponse",
]


class Embeddings(EmbeddingsHelpers):
    """Methods of `client.embeddings`."""

    @cached_property
    def with_raw_response(self) -> EmbeddingsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return EmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EmbeddingsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return EmbeddingsWithStreamingResponse(self)

    def create(
        self,
        *,
        input: Union[str, SequenceNotStr[str], Iterable[int], Iterable[Iterable[int]]],
        model: Union[str, Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"]],
        encoding_format: Literal["float", "base64"] | Omit = omit,
        dimensions: int | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> CreateEmbeddingResponse:
        """
        Creates an embedding vector representing the input text.

        Args:
          input: Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single
              request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens
              for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be
              2048 dimensions or less. [Example Python
              code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In
              addition to the per-input token limit, all embedding  models enforce a maximum of 300,000 tokens summed
              across all inputs in a  single request.

          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all
              of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          encoding_format: The format to return the embeddings in. Can be either `float` or
              [`base64`](https://pypi.org/project/pybase64/).

          dimensions: The number of dimensions the resulting output embeddings should have. Only supported in
              `text-embedding-3` and later models.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.
              [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        prepared_body, prepared_options, prepared_cast_to = prepare_embeddings_request(
            {
                "input": input,
                "model": model,
                "encoding_format": encoding_format,
                "dimensions": dimensions,
                "user": user,
            },
            make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            CreateEmbeddingResponse,
        )
        return self._post("/embeddings", body=prepared_body, options=prepared_options, cast_to=prepared_cast_to)


class EmbeddingsWithRawResponse:
    """`Embeddings` with every method wrapped to return the raw response."""

    def __init__(self, embeddings: Embeddings) -> None:
        self._embeddings = embeddings
        self.create = to_raw_response_wrapper(embeddings.create)


class EmbeddingsWithStreamingResponse:
    """`Embeddings` with every method wrapped to return the streamed response."""

    def __init__(self, embeddings: Embeddings) -> None:
        self._embeddings = embeddings
        self.create = to_streamed_response_wrapper(embeddings.create)


class AsyncEmbeddings(AsyncEmbeddingsHelpers):
    """Methods of `async_client.embeddings`."""

    @cached_property
    def with_raw_response(self) -> AsyncEmbeddingsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncEmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEmbeddingsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncEmbeddingsWithStreamingResponse(self)

    async def create(
        self,
        *,
        input: Union[str, SequenceNotStr[str], Iterable[int], Iterable[Iterable[int]]],
        model: Union[str, Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"]],
        encoding_format: Literal["float", "base64"] | Omit = omit,
        dimensions: int | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> CreateEmbeddingResponse:
        """
        Creates an embedding vector representing the input text.

        Args:
          input: Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single
              request, pass an array of strings or array of token arrays. The input must not exceed the max input tokens
              for the model (8192 tokens for all embedding models), cannot be an empty string, and any array must be
              2048 dimensions or less. [Example Python
              code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens. In
              addition to the per-input token limit, all embedding  models enforce a maximum of 300,000 tokens summed
              across all inputs in a  single request.

          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all
              of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          encoding_format: The format to return the embeddings in. Can be either `float` or
              [`base64`](https://pypi.org/project/pybase64/).

          dimensions: The number of dimensions the resulting output embeddings should have. Only supported in
              `text-embedding-3` and later models.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.
              [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        prepared_body, prepared_options, prepared_cast_to = prepare_embeddings_request(
            {
                "input": input,
                "model": model,
                "encoding_format": encoding_format,
                "dimensions": dimensions,
                "user": user,
            },
            make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            CreateEmbeddingResponse,
        )
        return await self._post("/embeddings", body=prepared_body, options=prepared_options, cast_to=prepared_cast_to)


class AsyncEmbeddingsWithRawResponse:
    """`AsyncEmbeddings` with every method wrapped to return the raw response."""

    def __init__(self, embeddings: AsyncEmbeddings) -> None:
        self._embeddings = embeddings
        self.create = async_to_raw_response_wrapper(embeddings.create)


class AsyncEmbeddingsWithStreamingResponse:
    """`AsyncEmbeddings` with every method wrapped to return the streamed response."""

    def __init__(self, embeddings: AsyncEmbeddings) -> None:
        self._embeddings = embeddings
        self.create = async_to_streamed_response_wrapper(embeddings.create)
