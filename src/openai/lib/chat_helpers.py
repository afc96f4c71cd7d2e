"""``chat.completions.parse()`` and ``chat.completions.stream()``: the structured-output and streaming helpers.

The generated ``Completions`` / ``AsyncCompletions`` resources derive from these mixins (see
``codegen/config.yaml``). The helpers call the core's request methods directly rather than the generated
``create()``, so they depend only on the wire format; their parameters mirror ``create()``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Dict, Iterable, Optional, cast

from typing_extensions import Literal

from .._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from .._resource import SyncAPIResource, AsyncAPIResource
from .._streaming import Stream, AsyncStream
from ..types.chat import completion_create_params
from .._base_client import make_request_options
from ._parsing._completions import (
    ResponseFormatT,
    validate_input_tools,
    parse_chat_completion,
    type_to_response_format_param,
)
from ..types.chat.chat_completion import ChatCompletion
from .streaming.chat._completions import ChatCompletionStreamManager, AsyncChatCompletionStreamManager
from ..types.chat.chat_completion_chunk import ChatCompletionChunk

if TYPE_CHECKING:
    from ..types.shared_params.metadata import Metadata
    from ..types.shared_params.chat_model import ChatModel
    from ..types.stop_configuration_param import StopConfigurationParam
    from ..types.chat.parsed_chat_completion import ParsedChatCompletion
    from ..types.shared_params.reasoning_effort import ReasoningEffort
    from ..types.chat.chat_completion_audio_param import ChatCompletionAudioParam
    from ..types.chat.chat_completion_message_param import ChatCompletionMessageParam
    from ..types.chat.chat_completion_tool_union_param import ChatCompletionToolUnionParam
    from ..types.chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
    from ..types.chat.chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
    from ..types.chat.chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam

__all__ = ["AsyncChatCompletionsHelpers", "ChatCompletionsHelpers"]

_HELPER_HEADER = "X-Stainless-Helper-Method"


class ChatCompletionsHelpers(SyncAPIResource):
    """``parse()`` and ``stream()`` for ``client.chat.completions``."""

    def parse(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        response_format: type[ResponseFormatT] | completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        n: Optional[int] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ParsedChatCompletion[ResponseFormatT]:
        """Create a chat completion and parse its content into ``response_format``.

        Takes the arguments of ``create()`` (except ``stream``); ``response_format`` may also be a pydantic model
        class (or pydantic dataclass type), which is sent as a strict JSON schema and used to parse
        ``choices[].message.parsed``. Tools must be strict function tools (see ``openai.pydantic_function_tool``);
        their calls get ``function.parsed_arguments``.

        Raises:
            LengthFinishReasonError: a choice stopped at the token limit.
            ContentFilterFinishReasonError: a choice was stopped by the content filter.
            ValueError: a tool is not a strict function tool.
        """
        checked_tools = validate_input_tools(tools)

        def parser(raw_completion: ChatCompletion) -> ParsedChatCompletion[ResponseFormatT]:
            return cast(
                "ParsedChatCompletion[ResponseFormatT]",
                parse_chat_completion(
                    response_format=response_format, input_tools=checked_tools, chat_completion=raw_completion
                ),
            )

        body: Dict[str, object] = {
            "messages": messages,
            "model": model,
            "audio": audio,
            "frequency_penalty": frequency_penalty,
            "function_call": function_call,
            "functions": functions,
            "logit_bias": logit_bias,
            "logprobs": logprobs,
            "max_completion_tokens": max_completion_tokens,
            "max_tokens": max_tokens,
            "metadata": metadata,
            "modalities": modalities,
            "moderation": moderation,
            "n": n,
            "parallel_tool_calls": parallel_tool_calls,
            "prediction": prediction,
            "presence_penalty": presence_penalty,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning_effort": reasoning_effort,
            "safety_identifier": safety_identifier,
            "seed": seed,
            "service_tier": service_tier,
            "stop": stop,
            "store": store,
            "stream_options": stream_options,
            "temperature": temperature,
            "tool_choice": tool_choice,
            "tools": checked_tools,
            "top_logprobs": top_logprobs,
            "top_p": top_p,
            "user": user,
            "verbosity": verbosity,
            "web_search_options": web_search_options,
            "response_format": type_to_response_format_param(response_format),
        }
        body["stream"] = False
        return self._post(
            "/chat/completions",
            body=body,
            options=make_request_options(
                headers={_HELPER_HEADER: "chat.completions.parse"},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                post_parser=parser,
            ),
            # The post-parser turns the completion into the parsed subclass; the cast reflects that.
            cast_to=cast("type[ParsedChatCompletion[ResponseFormatT]]", ChatCompletion),
            stream=False,
        )

    def stream(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        response_format: type[ResponseFormatT] | completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        n: Optional[int] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ChatCompletionStreamManager[ResponseFormatT]:
        """Stream a chat completion as typed events, accumulating a snapshot of the completion.

        Takes the arguments of ``create()`` (``stream`` is implied); ``response_format`` may be a pydantic model
        class, in which case content events carry partial and final parsed values. Returns a context manager: the
        request is sent on entering it and the connection is closed on leaving it::

            with client.chat.completions.stream(model="gpt-4o", messages=[...]) as stream:
                for event in stream:
                    if event.type == "content.delta":
                        print(event.delta, end="")
        """
        checked_tools: Iterable[ChatCompletionToolUnionParam] | Omit = tools if isinstance(tools, Omit) else list(tools)
        body: Dict[str, object] = {
            "messages": messages,
            "model": model,
            "audio": audio,
            "frequency_penalty": frequency_penalty,
            "function_call": function_call,
            "functions": functions,
            "logit_bias": logit_bias,
            "logprobs": logprobs,
            "max_completion_tokens": max_completion_tokens,
            "max_tokens": max_tokens,
            "metadata": metadata,
            "modalities": modalities,
            "moderation": moderation,
            "n": n,
            "parallel_tool_calls": parallel_tool_calls,
            "prediction": prediction,
            "presence_penalty": presence_penalty,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning_effort": reasoning_effort,
            "safety_identifier": safety_identifier,
            "seed": seed,
            "service_tier": service_tier,
            "stop": stop,
            "store": store,
            "stream_options": stream_options,
            "temperature": temperature,
            "tool_choice": tool_choice,
            "tools": checked_tools,
            "top_logprobs": top_logprobs,
            "top_p": top_p,
            "user": user,
            "verbosity": verbosity,
            "web_search_options": web_search_options,
            "response_format": type_to_response_format_param(response_format),
        }
        body["stream"] = True
        api_request = functools.partial(
            self._post,
            "/chat/completions",
            body=body,
            options=make_request_options(
                headers={_HELPER_HEADER: "chat.completions.stream"},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ChatCompletionChunk,
            stream=True,
            stream_cls=Stream[ChatCompletionChunk],
        )
        return ChatCompletionStreamManager(api_request, response_format=response_format, input_tools=checked_tools)


class AsyncChatCompletionsHelpers(AsyncAPIResource):
    """``parse()`` and ``stream()`` for ``AsyncOpenAI().chat.completions``."""

    async def parse(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        response_format: type[ResponseFormatT] | completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        n: Optional[int] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ParsedChatCompletion[ResponseFormatT]:
        """Create a chat completion and parse its content into ``response_format``.

        Takes the arguments of ``create()`` (except ``stream``); ``response_format`` may also be a pydantic model
        class (or pydantic dataclass type), which is sent as a strict JSON schema and used to parse
        ``choices[].message.parsed``. Tools must be strict function tools (see ``openai.pydantic_function_tool``);
        their calls get ``function.parsed_arguments``.

        Raises:
            LengthFinishReasonError: a choice stopped at the token limit.
            ContentFilterFinishReasonError: a choice was stopped by the content filter.
            ValueError: a tool is not a strict function tool.
        """
        checked_tools = validate_input_tools(tools)

        def parser(raw_completion: ChatCompletion) -> ParsedChatCompletion[ResponseFormatT]:
            return cast(
                "ParsedChatCompletion[ResponseFormatT]",
                parse_chat_completion(
                    response_format=response_format, input_tools=checked_tools, chat_completion=raw_completion
                ),
            )

        body: Dict[str, object] = {
            "messages": messages,
            "model": model,
            "audio": audio,
            "frequency_penalty": frequency_penalty,
            "function_call": function_call,
            "functions": functions,
            "logit_bias": logit_bias,
            "logprobs": logprobs,
            "max_completion_tokens": max_completion_tokens,
            "max_tokens": max_tokens,
            "metadata": metadata,
            "modalities": modalities,
            "moderation": moderation,
            "n": n,
            "parallel_tool_calls": parallel_tool_calls,
            "prediction": prediction,
            "presence_penalty": presence_penalty,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning_effort": reasoning_effort,
            "safety_identifier": safety_identifier,
            "seed": seed,
            "service_tier": service_tier,
            "stop": stop,
            "store": store,
            "stream_options": stream_options,
            "temperature": temperature,
            "tool_choice": tool_choice,
            "tools": checked_tools,
            "top_logprobs": top_logprobs,
            "top_p": top_p,
            "user": user,
            "verbosity": verbosity,
            "web_search_options": web_search_options,
            "response_format": type_to_response_format_param(response_format),
        }
        body["stream"] = False
        return await self._post(
            "/chat/completions",
            body=body,
            options=make_request_options(
                headers={_HELPER_HEADER: "chat.completions.parse"},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                post_parser=parser,
            ),
            # The post-parser turns the completion into the parsed subclass; the cast reflects that.
            cast_to=cast("type[ParsedChatCompletion[ResponseFormatT]]", ChatCompletion),
            stream=False,
        )

    def stream(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel,
        response_format: type[ResponseFormatT] | completion_create_params.ResponseFormat | Omit = omit,
        audio: Optional[ChatCompletionAudioParam] | Omit = omit,
        frequency_penalty: Optional[float] | Omit = omit,
        function_call: completion_create_params.FunctionCall | Omit = omit,
        functions: Iterable[completion_create_params.Function] | Omit = omit,
        logit_bias: Optional[Dict[str, int]] | Omit = omit,
        logprobs: Optional[bool] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_tokens: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        modalities: Optional[Iterable[Literal["text", "audio"]]] | Omit = omit,
        moderation: Optional[completion_create_params.Moderation] | Omit = omit,
        n: Optional[int] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        prediction: Optional[ChatCompletionPredictionContentParam] | Omit = omit,
        presence_penalty: Optional[float] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: completion_create_params.PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        seed: Optional[int] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        stop: Optional[StopConfigurationParam] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[ChatCompletionStreamOptionsParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: ChatCompletionToolChoiceOptionParam | Omit = omit,
        tools: Iterable[ChatCompletionToolUnionParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        web_search_options: completion_create_params.WebSearchOptions | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncChatCompletionStreamManager[ResponseFormatT]:
        """Stream a chat completion as typed events, accumulating a snapshot of the completion.

        Takes the arguments of ``create()`` (``stream`` is implied); ``response_format`` may be a pydantic model
        class, in which case content events carry partial and final parsed values. Returns a context manager: the
        request is sent on entering it and the connection is closed on leaving it::

            async with client.chat.completions.stream(model="gpt-4o", messages=[...]) as stream:
                async for event in stream:
                    if event.type == "content.delta":
                        print(event.delta, end="")
        """
        checked_tools: Iterable[ChatCompletionToolUnionParam] | Omit = tools if isinstance(tools, Omit) else list(tools)
        body: Dict[str, object] = {
            "messages": messages,
            "model": model,
            "audio": audio,
            "frequency_penalty": frequency_penalty,
            "function_call": function_call,
            "functions": functions,
            "logit_bias": logit_bias,
            "logprobs": logprobs,
            "max_completion_tokens": max_completion_tokens,
            "max_tokens": max_tokens,
            "metadata": metadata,
            "modalities": modalities,
            "moderation": moderation,
            "n": n,
            "parallel_tool_calls": parallel_tool_calls,
            "prediction": prediction,
            "presence_penalty": presence_penalty,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning_effort": reasoning_effort,
            "safety_identifier": safety_identifier,
            "seed": seed,
            "service_tier": service_tier,
            "stop": stop,
            "store": store,
            "stream_options": stream_options,
            "temperature": temperature,
            "tool_choice": tool_choice,
            "tools": checked_tools,
            "top_logprobs": top_logprobs,
            "top_p": top_p,
            "user": user,
            "verbosity": verbosity,
            "web_search_options": web_search_options,
            "response_format": type_to_response_format_param(response_format),
        }
        body["stream"] = True
        api_request = self._post(
            "/chat/completions",
            body=body,
            options=make_request_options(
                headers={_HELPER_HEADER: "chat.completions.stream"},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=ChatCompletionChunk,
            stream=True,
            stream_cls=AsyncStream[ChatCompletionChunk],
        )
        return AsyncChatCompletionStreamManager(api_request, response_format=response_format, input_tools=checked_tools)
