# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.chat.completions` resource: 5 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Iterable, Optional, overload
from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from openai._utils import path_param
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._streaming import Stream, AsyncStream
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai.types.chat import completion_create_params
from openai._base_client import make_request_options
from openai.lib._parsing import type_to_response_format_param as _type_to_response_format
from openai.lib.chat_helpers import ChatCompletionsHelpers, AsyncChatCompletionsHelpers
from openai.types.chat.chat_completion import ChatCompletion
from openai.types.shared_params.metadata import Metadata
from openai.types.shared_params.chat_model import ChatModel
from openai.types.stop_configuration_param import StopConfigurationParam
from openai.types.chat.chat_completion_chunk import ChatCompletionChunk
from openai.types.chat.chat_completion_deleted import ChatCompletionDeleted
from openai.types.shared_params.reasoning_effort import ReasoningEffort
from openai.types.chat.chat_completion_audio_param import ChatCompletionAudioParam
from openai.types.chat.chat_completion_message_param import ChatCompletionMessageParam
from openai.types.chat.chat_completion_tool_union_param import ChatCompletionToolUnionParam
from openai.types.chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
from openai.types.chat.chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
from openai.types.chat.chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam

if TYPE_CHECKING:
    from openai.resources.chat.completions.messages import (
        Messages,
        AsyncMessages,
        MessagesWithRawResponse,
        AsyncMessagesWithRawResponse,
        MessagesWithStreamingResponse,
        AsyncMessagesWithStreamingResponse,
    )

__all__ = [
    "Completions",
    "AsyncCompletions",
    "CompletionsWithRawResponse",
    "AsyncCompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "AsyncCompletionsWithStreamingResponse",
    "_type_to_response_format",
]


class Completions(ChatCompletionsHelpers):
    """Methods of `client.chat.completions`."""

    @cached_property
    def messages(self) -> Messages:
        from openai.resources.chat.completions.messages import Messages

        return Messages(self._client)

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
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        stream: Literal[False] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        stream: Literal[True],
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        stream: bool,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        stream: Literal[False] | Literal[True] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """
        **Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses) to take advantage of
        the latest OpenAI platform features. Compare [Chat Completions with
        Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the [text
        generation](/docs/guides/text-generation), [vision](/docs/guides/vision), and [audio](/docs/guides/audio)
        guides.

        Parameter support can differ depending on the model used to generate the response, particularly for newer
        reasoning models. Parameters that are only supported for reasoning models are noted below. For the current state
        of unsupported parameters in reasoning models, [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion chunk objects if the request is
        streamed.

        Args:
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at
              each token position, each with an associated log probability. In some cases, the number of returned tokens
              may be fewer than requested. `logprobs` must be set to `true` if this parameter is used.

          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output
              more random, while lower values like 0.2 will make it more focused and deterministic. We generally
              recommend altering this or `top_p` but not both.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the
              results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10%
              probability mass are considered.

              We generally recommend altering this or `temperature` but not both.

          user: Deprecated.

              This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead
              to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates
              by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn
              more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating
              OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a maximum
              length of 64 characters. We recommend hashing their username or email address, in order to avoid sending
              us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates.
              Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          prompt_cache_retention: Deprecated.

              Deprecated. Use `prompt_cache_options.ttl` instead.

              The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
              cached prefixes active for longer, up to a maximum of 24 hours. [Learn
              more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention
              policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are
              independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

              For older models that support both `in_memory` and `24h`, the default depends on your organization's data
              retention policy:
                - Organizations without ZDR enabled default to `24h`.
                - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.

          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI
              automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks
              with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI
              considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set
              `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently
              the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.

          messages: A list of messages comprising the conversation so far. Depending on the [model](/docs/models) you
              use, different message types (modalities) are supported, like [text](/docs/guides/text-generation),
              [images](/docs/guides/vision), and [audio](/docs/guides/audio).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
              with different capabilities, performance characteristics, and price points. Refer to the [model
              guide](/docs/models) to browse and compare available models.

          service_tier: Specifies the processing type used for serving the request.
                - If set to 'auto', then the request will be processed with the service tier configured in the Project
                  settings. Unless otherwise configured, the Project will use 'default'.
                - If set to 'default', then the request will be processed with the standard pricing and performance for
                  the selected model.
                - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                  Processing service tier.
                - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                  `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The
                  response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or
                  `priority` in your request.
                - When not set, the default behavior is 'auto'.

              When the `service_tier` parameter is set, the response body will include the `service_tier` value based on
              the processing mode actually used to serve the request. This response value may be different from the
              value set in the parameter.

          modalities: Output types that you would like the model to generate. Most models are capable of generating
              text, which is the default:

              `["text"]`

              The `gpt-4o-audio-preview` model can also be used to [generate audio](/docs/guides/audio). To request that
              this model generate both text and audio responses, you can use:

              `["text", "audio"]`

          verbosity: Constrains the verbosity of the model's response. Lower values will result in more concise
              responses, while higher values will result in more verbose responses. Currently supported values are
              `low`, `medium`, and `high`. The default is `medium`.

          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`,
              `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster
              responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value.
              See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.

          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion,
              including visible output tokens and [reasoning tokens](/docs/guides/reasoning).

          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing
              frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.

          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they
              appear in the text so far, increasing the model's likelihood to talk about new topics.

          web_search_options: This tool searches the web for relevant results to use in a response. Learn more about the
              [web search tool](/docs/guides/tools-web-search?api-mode=chat).

          response_format: An object specifying the format that the model must output.

              Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the
              model will match your supplied JSON schema. Learn more in the [Structured Outputs
              guide](/docs/guides/structured-outputs).

              Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model
              generates is valid JSON. Using `json_schema` is preferred for models that support it.

          audio: Parameters for audio output. Required when audio output is requested with `modalities: ["audio"]`.
              [Learn more](/docs/guides/audio).

          store: Whether or not to store the output of this chat completion request for use in our [model
              distillation](/docs/guides/distillation) or [evals](/docs/guides/evals) products.

              Supports text and image inputs. Note: image inputs over 8MB will be dropped.

          moderation: Configuration for running moderation on the input and output of this response.

          stop: Not supported with latest reasoning models `o3` and `o4-mini`.

              Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain
              the stop sequence.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

              Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated
              bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior
              to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase
              likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the
              relevant token.

          logprobs: Whether to return log probabilities of the output tokens or not. If true, returns the log
              probabilities of each output token returned in the `content` of `message`.

          max_tokens: Deprecated.

              The maximum number of [tokens](/tokenizer) that can be generated in the chat completion. This value can be
              used to control [costs](https://openai.com/api/pricing/) for text generated via API.

              This value is now deprecated in favor of `max_completion_tokens`, and is not compatible with [o-series
              models](/docs/guides/reasoning).

          n: How many chat completion choices to generate for each input message. Note that you will be charged based
              on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

          prediction: Configuration for a [Predicted Output](/docs/guides/predicted-outputs), which can greatly improve
              response times when large parts of the model response are known ahead of time. This is most common when
              you are regenerating a file with only minor changes to most of the content.

          seed: Deprecated.

              This feature is in Beta. If specified, our system will make a best effort to sample deterministically,
              such that repeated requests with the same `seed` and parameters should return the same result. Determinism
              is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes
              in the backend.

          stream_options: Options for streaming response. Only set this when you set `stream: true`.

          tools: A list of tools the model may call. You can provide either [custom
              tools](/docs/guides/function-calling#custom-tools) or [function tools](/docs/guides/function-calling).

          tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any
              tool and instead generates a message. `auto` means the model can pick between generating a message or
              calling one or more tools. `required` means the model must call one or more tools. Specifying a particular
              tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

              `none` is the default when no tools are present. `auto` is the default if tools are present.

          parallel_tool_calls: Whether to enable [parallel function
              calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.

          function_call: Deprecated.

              Deprecated in favor of `tool_choice`.

              Controls which (if any) function is called by the model.

              `none` means the model will not call a function and instead generates a message.

              `auto` means the model can pick between generating a message or calling a function.

              Specifying a particular function via `{"name": "my_function"}` forces the model to call that function.

              `none` is the default when no functions are present. `auto` is the default if functions are present.

          functions: Deprecated.

              Deprecated in favor of `tools`.

              A list of functions the model may generate JSON inputs for.

          stream: If set to true, the model response data will be streamed to the client as it is generated using
              [server-sent
              events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
              See the [Streaming section below](/docs/api-reference/chat/streaming) for more information, along with the
              [streaming responses](/docs/guides/streaming-responses) guide for more information on how to handle the
              streaming events.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/chat/completions",
            body={
                "metadata": metadata,
                "top_logprobs": top_logprobs,
                "temperature": temperature,
                "top_p": top_p,
                "user": user,
                "safety_identifier": safety_identifier,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_retention": prompt_cache_retention,
                "prompt_cache_options": prompt_cache_options,
                "messages": messages,
                "model": model,
                "service_tier": service_tier,
                "modalities": modalities,
                "verbosity": verbosity,
                "reasoning_effort": reasoning_effort,
                "max_completion_tokens": max_completion_tokens,
                "frequency_penalty": frequency_penalty,
                "presence_penalty": presence_penalty,
                "web_search_options": web_search_options,
                "response_format": response_format,
                "audio": audio,
                "store": store,
                "moderation": moderation,
                "stop": stop,
                "logit_bias": logit_bias,
                "logprobs": logprobs,
                "max_tokens": max_tokens,
                "n": n,
                "prediction": prediction,
                "seed": seed,
                "stream_options": stream_options,
                "tools": tools,
                "tool_choice": tool_choice,
                "parallel_tool_calls": parallel_tool_calls,
                "function_call": function_call,
                "functions": functions,
                "stream": stream,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ChatCompletion,
            stream=stream or False,
            stream_cls=Stream[ChatCompletionChunk],
        )

    def retrieve(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletion:
        """
        Get a stored chat completion. Only Chat Completions that have been created with the `store` parameter set to
        `true` will be returned.

        Args:
          completion_id: The ID of the chat completion to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/chat/completions/{path_param('completion_id', completion_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ChatCompletion,
        )

    def update(
        self,
        completion_id: str,
        *,
        metadata: Optional[Metadata],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletion:
        """
        Modify a stored chat completion. Only Chat Completions that have been created with the `store` parameter set to
        `true` can be modified. Currently, the only supported modification is to update the `metadata` field.

        Args:
          completion_id: The ID of the chat completion to update.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/chat/completions/{path_param('completion_id', completion_id)}",
            body={"metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ChatCompletion,
        )

    def list(
        self,
        *,
        model: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[ChatCompletion]:
        """
        List stored Chat Completions. Only Chat Completions that have been stored with the `store` parameter set to
        `true` will be returned.

        Args:
          model: The model used to generate the Chat Completions.

          metadata: A list of metadata keys to filter the Chat Completions by. Example:

              `metadata[key1]=value1&metadata[key2]=value2`

          after: Identifier for the last chat completion from the previous pagination request.

          limit: Number of Chat Completions to retrieve.

          order: Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending
              order. Defaults to `asc`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/chat/completions",
            page=SyncCursorPage[ChatCompletion],
            options=make_request_options(
                query={"model": model, "metadata": metadata, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=ChatCompletion,
        )

    def delete(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletionDeleted:
        """
        Delete a stored chat completion. Only Chat Completions that have been created with the `store` parameter set to
        `true` can be deleted.

        Args:
          completion_id: The ID of the chat completion to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/chat/completions/{path_param('completion_id', completion_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ChatCompletionDeleted,
        )


class CompletionsWithRawResponse:
    """`Completions` with every method wrapped to return the raw response."""

    def __init__(self, completions: Completions) -> None:
        self._completions = completions
        self.create = to_raw_response_wrapper(completions.create)
        self.retrieve = to_raw_response_wrapper(completions.retrieve)
        self.update = to_raw_response_wrapper(completions.update)
        self.list = to_raw_response_wrapper(completions.list)
        self.delete = to_raw_response_wrapper(completions.delete)
        self.parse = to_raw_response_wrapper(completions.parse)

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        from openai.resources.chat.completions.messages import MessagesWithRawResponse

        return MessagesWithRawResponse(self._completions.messages)


class CompletionsWithStreamingResponse:
    """`Completions` with every method wrapped to return the streamed response."""

    def __init__(self, completions: Completions) -> None:
        self._completions = completions
        self.create = to_streamed_response_wrapper(completions.create)
        self.retrieve = to_streamed_response_wrapper(completions.retrieve)
        self.update = to_streamed_response_wrapper(completions.update)
        self.list = to_streamed_response_wrapper(completions.list)
        self.delete = to_streamed_response_wrapper(completions.delete)
        self.parse = to_streamed_response_wrapper(completions.parse)

    @cached_property
    def messages(self) -> MessagesWithStreamingResponse:
        from openai.resources.chat.completions.messages import MessagesWithStreamingResponse

        return MessagesWithStreamingResponse(self._completions.messages)


class AsyncCompletions(AsyncChatCompletionsHelpers):
    """Methods of `async_client.chat.completions`."""

    @cached_property
    def messages(self) -> AsyncMessages:
        from openai.resources.chat.completions.messages import AsyncMessages

        return AsyncMessages(self._client)

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
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        stream: Literal[False] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        stream: Literal[True],
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        stream: bool,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...

    async def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        stream: Literal[False] | Literal[True] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        response_format: completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        n: Optional[int] | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """
        **Starting a new project?** We recommend trying [Responses](/docs/api-reference/responses) to take advantage of
        the latest OpenAI platform features. Compare [Chat Completions with
        Responses](/docs/guides/responses-vs-chat-completions?api-mode=responses).

        ---

        Creates a model response for the given chat conversation. Learn more in the [text
        generation](/docs/guides/text-generation), [vision](/docs/guides/vision), and [audio](/docs/guides/audio)
        guides.

        Parameter support can differ depending on the model used to generate the response, particularly for newer
        reasoning models. Parameters that are only supported for reasoning models are noted below. For the current state
        of unsupported parameters in reasoning models, [refer to the reasoning guide](/docs/guides/reasoning).

        Returns a chat completion object, or a streamed sequence of chat completion chunk objects if the request is
        streamed.

        Args:
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at
              each token position, each with an associated log probability. In some cases, the number of returned tokens
              may be fewer than requested. `logprobs` must be set to `true` if this parameter is used.

          temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output
              more random, while lower values like 0.2 will make it more focused and deterministic. We generally
              recommend altering this or `top_p` but not both.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the
              results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10%
              probability mass are considered.

              We generally recommend altering this or `temperature` but not both.

          user: Deprecated.

              This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead
              to maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates
              by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn
              more](/docs/guides/safety-best-practices#safety-identifiers).

          safety_identifier: A stable identifier used to help detect users of your application that may be violating
              OpenAI's usage policies. The IDs should be a string that uniquely identifies each user, with a maximum
              length of 64 characters. We recommend hashing their username or email address, in order to avoid sending
              us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).

          prompt_cache_key: Used by OpenAI to cache responses for similar requests to optimize your cache hit rates.
              Replaces the `user` field. [Learn more](/docs/guides/prompt-caching).

          prompt_cache_retention: Deprecated.

              Deprecated. Use `prompt_cache_options.ttl` instead.

              The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps
              cached prefixes active for longer, up to a maximum of 24 hours. [Learn
              more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention
              policy, while `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are
              independent and do not interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

              For older models that support both `in_memory` and `24h`, the default depends on your organization's data
              retention policy:
                - Organizations without ZDR enabled default to `24h`.
                - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.

          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI
              automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks
              with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI
              considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set
              `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently
              the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.

          messages: A list of messages comprising the conversation so far. Depending on the [model](/docs/models) you
              use, different message types (modalities) are supported, like [text](/docs/guides/text-generation),
              [images](/docs/guides/vision), and [audio](/docs/guides/audio).

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
              with different capabilities, performance characteristics, and price points. Refer to the [model
              guide](/docs/models) to browse and compare available models.

          service_tier: Specifies the processing type used for serving the request.
                - If set to 'auto', then the request will be processed with the service tier configured in the Project
                  settings. Unless otherwise configured, the Project will use 'default'.
                - If set to 'default', then the request will be processed with the standard pricing and performance for
                  the selected model.
                - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex
                  Processing service tier.
                - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the
                  `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The
                  response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or
                  `priority` in your request.
                - When not set, the default behavior is 'auto'.

              When the `service_tier` parameter is set, the response body will include the `service_tier` value based on
              the processing mode actually used to serve the request. This response value may be different from the
              value set in the parameter.

          modalities: Output types that you would like the model to generate. Most models are capable of generating
              text, which is the default:

              `["text"]`

              The `gpt-4o-audio-preview` model can also be used to [generate audio](/docs/guides/audio). To request that
              this model generate both text and audio responses, you can use:

              `["text", "audio"]`

          verbosity: Constrains the verbosity of the model's response. Lower values will result in more concise
              responses, while higher values will result in more verbose responses. Currently supported values are
              `low`, `medium`, and `high`. The default is `medium`.

          reasoning_effort: Constrains effort on reasoning for reasoning models. Currently supported values are `none`,
              `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`. Reducing reasoning effort can result in faster
              responses and fewer tokens used on reasoning in a response. Not all reasoning models support every value.
              See the [reasoning guide](https://platform.openai.com/docs/guides/reasoning) for model-specific support.

          max_completion_tokens: An upper bound for the number of tokens that can be generated for a completion,
              including visible output tokens and [reasoning tokens](/docs/guides/reasoning).

          frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing
              frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim.

          presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they
              appear in the text so far, increasing the model's likelihood to talk about new topics.

          web_search_options: This tool searches the web for relevant results to use in a response. Learn more about the
              [web search tool](/docs/guides/tools-web-search?api-mode=chat).

          response_format: An object specifying the format that the model must output.

              Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the
              model will match your supplied JSON schema. Learn more in the [Structured Outputs
              guide](/docs/guides/structured-outputs).

              Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures the message the model
              generates is valid JSON. Using `json_schema` is preferred for models that support it.

          audio: Parameters for audio output. Required when audio output is requested with `modalities: ["audio"]`.
              [Learn more](/docs/guides/audio).

          store: Whether or not to store the output of this chat completion request for use in our [model
              distillation](/docs/guides/distillation) or [evals](/docs/guides/evals) products.

              Supports text and image inputs. Note: image inputs over 8MB will be dropped.

          moderation: Configuration for running moderation on the input and output of this response.

          stop: Not supported with latest reasoning models `o3` and `o4-mini`.

              Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain
              the stop sequence.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

              Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer) to an associated
              bias value from -100 to 100. Mathematically, the bias is added to the logits generated by the model prior
              to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase
              likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the
              relevant token.

          logprobs: Whether to return log probabilities of the output tokens or not. If true, returns the log
              probabilities of each output token returned in the `content` of `message`.

          max_tokens: Deprecated.

              The maximum number of [tokens](/tokenizer) that can be generated in the chat completion. This value can be
              used to control [costs](https://openai.com/api/pricing/) for text generated via API.

              This value is now deprecated in favor of `max_completion_tokens`, and is not compatible with [o-series
              models](/docs/guides/reasoning).

          n: How many chat completion choices to generate for each input message. Note that you will be charged based
              on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

          prediction: Configuration for a [Predicted Output](/docs/guides/predicted-outputs), which can greatly improve
              response times when large parts of the model response are known ahead of time. This is most common when
              you are regenerating a file with only minor changes to most of the content.

          seed: Deprecated.

              This feature is in Beta. If specified, our system will make a best effort to sample deterministically,
              such that repeated requests with the same `seed` and parameters should return the same result. Determinism
              is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes
              in the backend.

          stream_options: Options for streaming response. Only set this when you set `stream: true`.

          tools: A list of tools the model may call. You can provide either [custom
              tools](/docs/guides/function-calling#custom-tools) or [function tools](/docs/guides/function-calling).

          tool_choice: Controls which (if any) tool is called by the model. `none` means the model will not call any
              tool and instead generates a message. `auto` means the model can pick between generating a message or
              calling one or more tools. `required` means the model must call one or more tools. Specifying a particular
              tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to call that tool.

              `none` is the default when no tools are present. `auto` is the default if tools are present.

          parallel_tool_calls: Whether to enable [parallel function
              calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.

          function_call: Deprecated.

              Deprecated in favor of `tool_choice`.

              Controls which (if any) function is called by the model.

              `none` means the model will not call a function and instead generates a message.

              `auto` means the model can pick between generating a message or calling a function.

              Specifying a particular function via `{"name": "my_function"}` forces the model to call that function.

              `none` is the default when no functions are present. `auto` is the default if functions are present.

          functions: Deprecated.

              Deprecated in favor of `tools`.

              A list of functions the model may generate JSON inputs for.

          stream: If set to true, the model response data will be streamed to the client as it is generated using
              [server-sent
              events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
              See the [Streaming section below](/docs/api-reference/chat/streaming) for more information, along with the
              [streaming responses](/docs/guides/streaming-responses) guide for more information on how to handle the
              streaming events.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/chat/completions",
            body={
                "metadata": metadata,
                "top_logprobs": top_logprobs,
                "temperature": temperature,
                "top_p": top_p,
                "user": user,
                "safety_identifier": safety_identifier,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_retention": prompt_cache_retention,
                "prompt_cache_options": prompt_cache_options,
                "messages": messages,
                "model": model,
                "service_tier": service_tier,
                "modalities": modalities,
                "verbosity": verbosity,
                "reasoning_effort": reasoning_effort,
                "max_completion_tokens": max_completion_tokens,
                "frequency_penalty": frequency_penalty,
                "presence_penalty": presence_penalty,
                "web_search_options": web_search_options,
                "response_format": response_format,
                "audio": audio,
                "store": store,
                "moderation": moderation,
                "stop": stop,
                "logit_bias": logit_bias,
                "logprobs": logprobs,
                "max_tokens": max_tokens,
                "n": n,
                "prediction": prediction,
                "seed": seed,
                "stream_options": stream_options,
                "tools": tools,
                "tool_choice": tool_choice,
                "parallel_tool_calls": parallel_tool_calls,
                "function_call": function_call,
                "functions": functions,
                "stream": stream,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ChatCompletion,
            stream=stream or False,
            stream_cls=AsyncStream[ChatCompletionChunk],
        )

    async def retrieve(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletion:
        """
        Get a stored chat completion. Only Chat Completions that have been created with the `store` parameter set to
        `true` will be returned.

        Args:
          completion_id: The ID of the chat completion to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/chat/completions/{path_param('completion_id', completion_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ChatCompletion,
        )

    async def update(
        self,
        completion_id: str,
        *,
        metadata: Optional[Metadata],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletion:
        """
        Modify a stored chat completion. Only Chat Completions that have been created with the `store` parameter set to
        `true` can be modified. Currently, the only supported modification is to update the `metadata` field.

        Args:
          completion_id: The ID of the chat completion to update.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/chat/completions/{path_param('completion_id', completion_id)}",
            body={"metadata": metadata},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ChatCompletion,
        )

    def list(
        self,
        *,
        model: str | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        after: str | Omit = omit,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[ChatCompletion, AsyncCursorPage[ChatCompletion]]:
        """
        List stored Chat Completions. Only Chat Completions that have been stored with the `store` parameter set to
        `true` will be returned.

        Args:
          model: The model used to generate the Chat Completions.

          metadata: A list of metadata keys to filter the Chat Completions by. Example:

              `metadata[key1]=value1&metadata[key2]=value2`

          after: Identifier for the last chat completion from the previous pagination request.

          limit: Number of Chat Completions to retrieve.

          order: Sort order for Chat Completions by timestamp. Use `asc` for ascending order or `desc` for descending
              order. Defaults to `asc`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/chat/completions",
            page=AsyncCursorPage[ChatCompletion],
            options=make_request_options(
                query={"model": model, "metadata": metadata, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=ChatCompletion,
        )

    async def delete(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletionDeleted:
        """
        Delete a stored chat completion. Only Chat Completions that have been created with the `store` parameter set to
        `true` can be deleted.

        Args:
          completion_id: The ID of the chat completion to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/chat/completions/{path_param('completion_id', completion_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ChatCompletionDeleted,
        )


class AsyncCompletionsWithRawResponse:
    """`AsyncCompletions` with every method wrapped to return the raw response."""

    def __init__(self, completions: AsyncCompletions) -> None:
        self._completions = completions
        self.create = async_to_raw_response_wrapper(completions.create)
        self.retrieve = async_to_raw_response_wrapper(completions.retrieve)
        self.update = async_to_raw_response_wrapper(completions.update)
        self.list = async_to_raw_response_wrapper(completions.list)
        self.delete = async_to_raw_response_wrapper(completions.delete)
        self.parse = async_to_raw_response_wrapper(completions.parse)

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        from openai.resources.chat.completions.messages import AsyncMessagesWithRawResponse

        return AsyncMessagesWithRawResponse(self._completions.messages)


class AsyncCompletionsWithStreamingResponse:
    """`AsyncCompletions` with every method wrapped to return the streamed response."""

    def __init__(self, completions: AsyncCompletions) -> None:
        self._completions = completions
        self.create = async_to_streamed_response_wrapper(completions.create)
        self.retrieve = async_to_streamed_response_wrapper(completions.retrieve)
        self.update = async_to_streamed_response_wrapper(completions.update)
        self.list = async_to_streamed_response_wrapper(completions.list)
        self.delete = async_to_streamed_response_wrapper(completions.delete)
        self.parse = async_to_streamed_response_wrapper(completions.parse)

    @cached_property
    def messages(self) -> AsyncMessagesWithStreamingResponse:
        from openai.resources.chat.completions.messages import AsyncMessagesWithStreamingResponse

        return AsyncMessagesWithStreamingResponse(self._completions.messages)
