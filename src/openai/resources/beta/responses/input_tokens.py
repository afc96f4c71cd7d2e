# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.beta.responses.input_tokens` resource: 1 method(s)."""

from __future__ import annotations

from typing import List, Union, Iterable, Optional
from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._base_client import make_request_options
from openai.types.beta.responses import input_token_count_params
from openai.types.beta.beta_tool_param import BetaToolParam
from openai.types.beta_personality_enum_param import BetaPersonalityEnumParam
from openai.types.beta.beta_response_input_item_param import BetaResponseInputItemParam
from openai.types.beta.responses.input_token_count_response import InputTokenCountResponse

__all__ = [
    "InputTokens",
    "AsyncInputTokens",
    "InputTokensWithRawResponse",
    "AsyncInputTokensWithRawResponse",
    "InputTokensWithStreamingResponse",
    "AsyncInputTokensWithStreamingResponse",
]


class InputTokens(SyncAPIResource):
    """Methods of `client.beta.responses.input_tokens`."""

    @cached_property
    def with_raw_response(self) -> InputTokensWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return InputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InputTokensWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return InputTokensWithStreamingResponse(self)

    def count(
        self,
        *,
        model: Optional[str] | Omit = omit,
        input: Optional[Union[str, Iterable[BetaResponseInputItemParam]]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        tools: Optional[Iterable[BetaToolParam]] | Omit = omit,
        text: Optional[input_token_count_params.Text] | Omit = omit,
        reasoning: Optional[input_token_count_params.Reasoning] | Omit = omit,
        truncation: Literal["auto", "disabled"] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        personality: BetaPersonalityEnumParam | Omit = omit,
        conversation: Optional[input_token_count_params.Conversation] | Omit = omit,
        tool_choice: Optional[input_token_count_params.ToolChoice] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> InputTokenCountResponse:
        """
        Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
              with different capabilities, performance characteristics, and price points. Refer to the [model
              guide](/docs/models) to browse and compare available models.

          input: Text, image, or file inputs to the model, used to generate a response

          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
              conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
              conjunction with `conversation`.

          tools: An array of tools the model may call while generating a response. You can specify which tool to use by
              setting the `tool_choice` parameter.

          text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
              Learn more:
              - [Text inputs and outputs](/docs/guides/text)
              - [Structured Outputs](/docs/guides/structured-outputs)

          reasoning: **gpt-5 and o-series models only**

              Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).

          truncation: Deprecated.

              The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the
              model's context window size, the model will truncate the response to fit the context window by dropping
              items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the
              context window size for a model, the request will fail with a 400 error.

          instructions: A system (or developer) message inserted into the model's context. When used along with
              `previous_response_id`, the instructions from a previous response will not be carried over to the next
              response. This makes it simple to swap out system (or developer) messages in new responses.

          personality: A model-owned style preset to apply to this request. Omit this parameter to use the model's
              default style. Supported values may expand over time. Values must be at most 64 characters.

          conversation: The conversation that this response belongs to. Items from this conversation are prepended to
              `input_items` for this response request. Input items and output items from this response are automatically
              added to this conversation after this response completes.

          tool_choice: How the model should select which tool (or tools) to use when generating a response. See the
              `tools` parameter to see how to specify which tools the model can call.

          parallel_tool_calls: Whether to allow the model to run tool calls in parallel.

          betas: Optional beta features to enable for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        method_headers: dict[str, str] = {}
        if not isinstance(betas, Omit):
            method_headers["openai-beta"] = ",".join(betas)
        return self._post(
            "/responses/input_tokens?beta=true",
            body={
                "model": model,
                "input": input,
                "previous_response_id": previous_response_id,
                "tools": tools,
                "text": text,
                "reasoning": reasoning,
                "truncation": truncation,
                "instructions": instructions,
                "personality": personality,
                "conversation": conversation,
                "tool_choice": tool_choice,
                "parallel_tool_calls": parallel_tool_calls,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=InputTokenCountResponse,
        )


class InputTokensWithRawResponse:
    """`InputTokens` with every method wrapped to return the raw response."""

    def __init__(self, input_tokens: InputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = to_raw_response_wrapper(input_tokens.count)


class InputTokensWithStreamingResponse:
    """`InputTokens` with every method wrapped to return the streamed response."""

    def __init__(self, input_tokens: InputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = to_streamed_response_wrapper(input_tokens.count)


class AsyncInputTokens(AsyncAPIResource):
    """Methods of `async_client.beta.responses.input_tokens`."""

    @cached_property
    def with_raw_response(self) -> AsyncInputTokensWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncInputTokensWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInputTokensWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncInputTokensWithStreamingResponse(self)

    async def count(
        self,
        *,
        model: Optional[str] | Omit = omit,
        input: Optional[Union[str, Iterable[BetaResponseInputItemParam]]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        tools: Optional[Iterable[BetaToolParam]] | Omit = omit,
        text: Optional[input_token_count_params.Text] | Omit = omit,
        reasoning: Optional[input_token_count_params.Reasoning] | Omit = omit,
        truncation: Literal["auto", "disabled"] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        personality: BetaPersonalityEnumParam | Omit = omit,
        conversation: Optional[input_token_count_params.Conversation] | Omit = omit,
        tool_choice: Optional[input_token_count_params.ToolChoice] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> InputTokenCountResponse:
        """
        Returns input token counts of the request.

        Returns an object with `object` set to `response.input_tokens` and an `input_tokens` count.

        Args:
          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
              with different capabilities, performance characteristics, and price points. Refer to the [model
              guide](/docs/models) to browse and compare available models.

          input: Text, image, or file inputs to the model, used to generate a response

          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
              conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
              conjunction with `conversation`.

          tools: An array of tools the model may call while generating a response. You can specify which tool to use by
              setting the `tool_choice` parameter.

          text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
              Learn more:
              - [Text inputs and outputs](/docs/guides/text)
              - [Structured Outputs](/docs/guides/structured-outputs)

          reasoning: **gpt-5 and o-series models only**

              Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).

          truncation: Deprecated.

              The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the
              model's context window size, the model will truncate the response to fit the context window by dropping
              items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the
              context window size for a model, the request will fail with a 400 error.

          instructions: A system (or developer) message inserted into the model's context. When used along with
              `previous_response_id`, the instructions from a previous response will not be carried over to the next
              response. This makes it simple to swap out system (or developer) messages in new responses.

          personality: A model-owned style preset to apply to this request. Omit this parameter to use the model's
              default style. Supported values may expand over time. Values must be at most 64 characters.

          conversation: The conversation that this response belongs to. Items from this conversation are prepended to
              `input_items` for this response request. Input items and output items from this response are automatically
              added to this conversation after this response completes.

          tool_choice: How the model should select which tool (or tools) to use when generating a response. See the
              `tools` parameter to see how to specify which tools the model can call.

          parallel_tool_calls: Whether to allow the model to run tool calls in parallel.

          betas: Optional beta features to enable for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        method_headers: dict[str, str] = {}
        if not isinstance(betas, Omit):
            method_headers["openai-beta"] = ",".join(betas)
        return await self._post(
            "/responses/input_tokens?beta=true",
            body={
                "model": model,
                "input": input,
                "previous_response_id": previous_response_id,
                "tools": tools,
                "text": text,
                "reasoning": reasoning,
                "truncation": truncation,
                "instructions": instructions,
                "personality": personality,
                "conversation": conversation,
                "tool_choice": tool_choice,
                "parallel_tool_calls": parallel_tool_calls,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=InputTokenCountResponse,
        )


class AsyncInputTokensWithRawResponse:
    """`AsyncInputTokens` with every method wrapped to return the raw response."""

    def __init__(self, input_tokens: AsyncInputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = async_to_raw_response_wrapper(input_tokens.count)


class AsyncInputTokensWithStreamingResponse:
    """`AsyncInputTokens` with every method wrapped to return the streamed response."""

    def __init__(self, input_tokens: AsyncInputTokens) -> None:
        self._input_tokens = input_tokens
        self.count = async_to_streamed_response_wrapper(input_tokens.count)
