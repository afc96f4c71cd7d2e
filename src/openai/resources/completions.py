# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.completions` resource: 1 method(s)."""

from __future__ import annotations

from typing import Dict, Union, Iterable, Optional, overload
from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, SequenceNotStr, omit, not_given
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._streaming import Stream, AsyncStream
from openai._base_client import make_request_options
from openai.types.completion import Completion
from openai.types.stop_configuration_param import StopConfigurationParam
from openai.types.chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam

__all__ = [
    "Completions",
    "AsyncCompletions",
    "CompletionsWithRawResponse",
    "AsyncCompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "AsyncCompletionsWithStreamingResponse",
]


class Completions(SyncAPIResource):
    """Methods of `client.completions`."""

    @cached_property
    def with_raw_response(self) -> CompletionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return CompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CompletionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return CompletionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        model: Union[str, Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]],
        prompt: Optional[Union[str, SequenceNotStr[str], Iterable[int], Iterable[Iterable[int]]]],
        stream: Literal[False] | Omit = omit,
        best_of: Optional[int] | Omit = omit,
        echo: Optional[bool] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Completion: ...

    @overload
    def create(
        self,
        *,
        model: Union[str, Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]],
        prompt: Optional[Union[str, SequenceNotStr[str], Iterable[int], Iterable[Iterable[int]]]],
        stream: Literal[True],
        best_of: Optional[int] | Omit = omit,
        echo: Optional[bool] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Stream[Completion]: ...

    @overload
    def create(
        self,
        *,
        model: Union[str, Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]],
        prompt: Optional[Union[str, SequenceNotStr[str], Iterable[int], Iterable[Iterable[int]]]],
        stream: bool,
        best_of: Optional[int] | Omit = omit,
        echo: Optional[bool] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Completion | Stream[Completion]: ...

    def create(
        self,
        *,
        model: Union[str, Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]],
        prompt: Optional[Union[str, SequenceNotStr[str], Iterable[int], Iterable[Iterable[int]]]],
        stream: Literal[False] | Literal[True] | Omit = omit,
        best_of: Optional[int] | Omit = omit,
        echo: Optional[bool] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Completion | Stream[Completion]:
        """
        Creates a completion for the provided prompt and parameters.

        Returns a completion object, or a sequence of completion objects if the request is streamed.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all
              of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          prompt: The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or
              array of token arrays.

              Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is
              not specified the model will generate as if from the beginning of a new document.

          best_of: Generates `best_of` completions server-side and returns the "best" (the one with the highest log
              probability per token). Results cannot be streamed.

              When used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to
              return – `best_of` must be greater than `n`.

              **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use
              carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.

          echo: Echo back the prompt in addition to the completion

          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing
              frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.

              [See more information about frequency and presence penalties.](/docs/guides/text-generation)

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

              Accepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated
              bias value from -100 to 100. You can use this [tokenizer tool](/tokenizer?view=bpe) to convert text to
              token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The
              exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of
              selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.

              As an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.

          logprobs: Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen
              tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API
              will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the
              response.

              The maximum value for `logprobs` is 5.

          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the completion.

              The token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python
              code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.

          n: How many completions to generate for each prompt.

              **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use
              carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.

          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they
              appear in the text so far, increasing the model's likelihood to talk about new topics.

              [See more information about frequency and presence penalties.](/docs/guides/text-generation)

          seed: If specified, our system will make a best effort to sample deterministically, such that repeated
              requests with the same `seed` and parameters should return the same result.

              Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to
              monitor changes in the backend.

          stop: Not supported with latest reasoning models `o3` and `o4-mini`.

              Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain
              the stop sequence.

          stream_options: Options for streaming response. Only set this when you set `stream: true`.

          suffix: The suffix that comes after a completion of inserted text.

              This parameter is only supported for `gpt-3.5-turbo-instruct`.

          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output
              more random, while lower values like 0.2 will make it more focused and deterministic.

              We generally recommend altering this or `top_p` but not both.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the
              results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10%
              probability mass are considered.

              We generally recommend altering this or `temperature` but not both.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.
              [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          stream: Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent
              events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format)
              as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python
              code](https://cookbook.openai.com/examples/how_to_stream_completions).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/completions",
            body={
                "model": model,
                "prompt": prompt,
                "best_of": best_of,
                "echo": echo,
                "frequency_penalty": frequency_penalty,
                "logit_bias": logit_bias,
                "logprobs": logprobs,
                "max_tokens": max_tokens,
                "n": n,
                "presence_penalty": presence_penalty,
                "seed": seed,
                "stop": stop,
                "stream_options": stream_options,
                "suffix": suffix,
                "temperature": temperature,
                "top_p": top_p,
                "user": user,
                "stream": stream,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Completion,
            stream=stream or False,
            stream_cls=Stream[Completion],
        )


class CompletionsWithRawResponse:
    """`Completions` with every method wrapped to return the raw response."""

    def __init__(self, completions: Completions) -> None:
        self._completions = completions
        self.create = to_raw_response_wrapper(completions.create)


class CompletionsWithStreamingResponse:
    """`Completions` with every method wrapped to return the streamed response."""

    def __init__(self, completions: Completions) -> None:
        self._completions = completions
        self.create = to_streamed_response_wrapper(completions.create)


class AsyncCompletions(AsyncAPIResource):
    """Methods of `async_client.completions`."""

    @cached_property
    def with_raw_response(self) -> AsyncCompletionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCompletionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncCompletionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        model: Union[str, Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]],
        prompt: Optional[Union[str, SequenceNotStr[str], Iterable[int], Iterable[Iterable[int]]]],
        stream: Literal[False] | Omit = omit,
        best_of: Optional[int] | Omit = omit,
        echo: Optional[bool] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Completion: ...

    @overload
    async def create(
        self,
        *,
        model: Union[str, Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]],
        prompt: Optional[Union[str, SequenceNotStr[str], Iterable[int], Iterable[Iterable[int]]]],
        stream: Literal[True],
        best_of: Optional[int] | Omit = omit,
        echo: Optional[bool] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncStream[Completion]: ...

    @overload
    async def create(
        self,
        *,
        model: Union[str, Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]],
        prompt: Optional[Union[str, SequenceNotStr[str], Iterable[int], Iterable[Iterable[int]]]],
        stream: bool,
        best_of: Optional[int] | Omit = omit,
        echo: Optional[bool] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Completion | AsyncStream[Completion]: ...

    async def create(
        self,
        *,
        model: Union[str, Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]],
        prompt: Optional[Union[str, SequenceNotStr[str], Iterable[int], Iterable[Iterable[int]]]],
        stream: Literal[False] | Literal[True] | Omit = omit,
        best_of: Optional[int] | Omit = omit,
        echo: Optional[bool] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        suffix: Optional[str] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Completion | AsyncStream[Completion]:
        """
        Creates a completion for the provided prompt and parameters.

        Returns a completion object, or a sequence of completion objects if the request is streamed.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all
              of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          prompt: The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or
              array of token arrays.

              Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is
              not specified the model will generate as if from the beginning of a new document.

          best_of: Generates `best_of` completions server-side and returns the "best" (the one with the highest log
              probability per token). Results cannot be streamed.

              When used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to
              return – `best_of` must be greater than `n`.

              **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use
              carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.

          echo: Echo back the prompt in addition to the completion

          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing
              frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.

              [See more information about frequency and presence penalties.](/docs/guides/text-generation)

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

              Accepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated
              bias value from -100 to 100. You can use this [tokenizer tool](/tokenizer?view=bpe) to convert text to
              token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The
              exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of
              selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token.

              As an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.

          logprobs: Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen
              tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API
              will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the
              response.

              The maximum value for `logprobs` is 5.

          max_tokens: The maximum number of [tokens](/tokenizer) that can be generated in the completion.

              The token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python
              code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.

          n: How many completions to generate for each prompt.

              **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use
              carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.

          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they
              appear in the text so far, increasing the model's likelihood to talk about new topics.

              [See more information about frequency and presence penalties.](/docs/guides/text-generation)

          seed: If specified, our system will make a best effort to sample deterministically, such that repeated
              requests with the same `seed` and parameters should return the same result.

              Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to
              monitor changes in the backend.

          stop: Not supported with latest reasoning models `o3` and `o4-mini`.

              Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain
              the stop sequence.

          stream_options: Options for streaming response. Only set this when you set `stream: true`.

          suffix: The suffix that comes after a completion of inserted text.

              This parameter is only supported for `gpt-3.5-turbo-instruct`.

          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output
              more random, while lower values like 0.2 will make it more focused and deterministic.

              We generally recommend altering this or `top_p` but not both.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the
              results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10%
              probability mass are considered.

              We generally recommend altering this or `temperature` but not both.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.
              [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          stream: Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent
              events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format)
              as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python
              code](https://cookbook.openai.com/examples/how_to_stream_completions).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/completions",
            body={
                "model": model,
                "prompt": prompt,
                "best_of": best_of,
                "echo": echo,
                "frequency_penalty": frequency_penalty,
                "logit_bias": logit_bias,
                "logprobs": logprobs,
                "max_tokens": max_tokens,
                "n": n,
                "presence_penalty": presence_penalty,
                "seed": seed,
                "stop": stop,
                "stream_options": stream_options,
                "suffix": suffix,
                "temperature": temperature,
                "top_p": top_p,
                "user": user,
                "stream": stream,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Completion,
            stream=stream or False,
            stream_cls=AsyncStream[Completion],
        )


class AsyncCompletionsWithRawResponse:
    """`AsyncCompletions` with every method wrapped to return the raw response."""

    def __init__(self, completions: AsyncCompletions) -> None:
        self._completions = completions
        self.create = async_to_raw_response_wrapper(completions.create)


class AsyncCompletionsWithStreamingResponse:
    """`AsyncCompletions` with every method wrapped to return the streamed response."""

    def __init__(self, completions: AsyncCompletions) -> None:
        self._completions = completions
        self.create = async_to_streamed_response_wrapper(completions.create)
