"""``responses.parse()`` and ``responses.stream()``: the structured-output and streaming helpers of the Responses API.

The generated ``Responses`` / ``AsyncResponses`` resources derive from these mixins (see ``codegen/config.yaml``).
The helpers call the core's request methods directly rather than the generated ``create()``, so they depend only
on the wire format; their parameters mirror ``create()``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Dict, Union, Iterable, Optional, cast

from typing_extensions import Literal, TypeAlias

from .._types import Body, Omit, Query, Headers, Timeout, NotGiven, omit, not_given
from .._utils import path_param
from .._streaming import Stream, AsyncStream
from .._base_client import make_request_options
from ..types.responses import response_create_params
from .responses_connect import ResponsesConnectMixin, AsyncResponsesConnectMixin
from ._parsing._responses import (
    parse_response,
    merge_text_format,
    make_responses_tools,
    check_stream_arguments,
)
from ._parsing._completions import ResponseFormatT as TextFormatT
from ..types.responses.response import Response
from .streaming.responses._responses import ResponseStreamManager, AsyncResponseStreamManager
from ..types.responses.response_stream_event import ResponseStreamEvent as RawResponseStreamEvent

if TYPE_CHECKING:
    from ..types.input_param import InputParam
    from ..types.responses.tool_param import ToolParam
    from ..types.shared_params.metadata import Metadata
    from ..types.shared_params.reasoning import Reasoning
    from ..types.responses.parsed_response import ParsedResponse
    from ..types.responses.response_includable import ResponseIncludable
    from ..types.shared_params.responses_model import ResponsesModel
    from ..types.responses.response_prompt_param import ResponsePromptParam
    from ..types.responses.response_text_config_param import ResponseTextConfigParam
    from ..types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam

__all__ = ["AsyncResponsesHelpers", "ParseableToolParam", "ResponsesHelpers"]

ParseableToolParam: TypeAlias = Union["ToolParam", "ChatCompletionFunctionToolParam"]
"""A Responses tool, or a chat-shaped tool made by ``openai.pydantic_function_tool()`` (converted before sending)."""

_HELPER_HEADER = "X-Stainless-Helper-Method"


class ResponsesHelpers(ResponsesConnectMixin):
    """``parse()`` and ``stream()`` for ``client.responses``."""

    def parse(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        input: InputParam | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ParsedResponse[TextFormatT]:
        """Create a response and parse its output text into ``text_format``.

        Takes the arguments of ``create()`` plus ``text_format``, a pydantic model class (or
        pydantic dataclass type) sent as a strict JSON schema in ``text.format``. Output text items get ``parsed``
        and ``ParsedResponse.output_parsed`` returns the first one; function calls to strict tools (including
        ``openai.pydantic_function_tool()`` tools, converted to the Responses shape) get ``parsed_arguments``.

        ``stream`` is accepted for signature compatibility with ``create()``; only ``False`` (or omitted) works, a
        streamed structured response comes from ``stream(text_format=...)``. ``verbosity`` is sent as the body key
        of that name, as the official SDK sends it (the API also reads ``text.verbosity``).

        Raises:
            TypeError: ``stream=True``; ``text_format`` is combined with ``text.format``, or a chat-shaped tool was not made by
                ``openai.pydantic_function_tool()``.
        """
        if stream is True:
            raise TypeError("responses.parse() does not stream: use responses.stream(text_format=...) instead")
        merged_text = merge_text_format(text, text_format)
        converted_tools = make_responses_tools(tools)

        def parser(raw_response: Response) -> ParsedResponse[TextFormatT]:
            return cast(
                "ParsedResponse[TextFormatT]",
                parse_response(text_format=text_format, input_tools=converted_tools, response=raw_response),
            )

        body: Dict[str, object] = {
            "background": background,
            "context_management": context_management,
            "conversation": conversation,
            "include": include,
            "input": input,
            "instructions": instructions,
            "max_output_tokens": max_output_tokens,
            "max_tool_calls": max_tool_calls,
            "metadata": metadata,
            "model": model,
            "moderation": moderation,
            "parallel_tool_calls": parallel_tool_calls,
            "previous_response_id": previous_response_id,
            "prompt": prompt,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning": reasoning,
            "safety_identifier": safety_identifier,
            "service_tier": service_tier,
            "store": store,
            "stream": stream,
            "stream_options": stream_options,
            "temperature": temperature,
            "text": merged_text,
            "tool_choice": tool_choice,
            "tools": converted_tools,
            "top_logprobs": top_logprobs,
            "top_p": top_p,
            "truncation": truncation,
            "user": user,
            "verbosity": verbosity,
        }
        return self._post(
            "/responses",
            body=body,
            options=make_request_options(
                headers={_HELPER_HEADER: "responses.parse"},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                post_parser=parser,
            ),
            # The post-parser turns the response into the parsed subclass; the cast reflects that.
            cast_to=cast("type[ParsedResponse[TextFormatT]]", Response),
        )

    def stream(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        input: InputParam | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        response_id: str | Omit = omit,
        starting_after: int | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ResponseStreamManager[TextFormatT]:
        """Stream a response as typed events, keeping a snapshot of the response being generated.

        Either creates a response (``input`` and ``model`` are required) or, with ``response_id``, resumes the
        stream of a background response, skipping events up to ``starting_after``. Returns a context manager:
        the request is sent on entering it and the connection is closed on leaving it::

            with client.responses.stream(model="gpt-4o", input="Say hi") as stream:
                for event in stream:
                    if event.type == "response.output_text.delta":
                        print(event.delta, end="")

        Raises:
            ValueError: neither ``input`` and ``model`` nor ``response_id`` were given, or both kinds were.
            TypeError: ``text_format`` is combined with ``text.format``.
        """
        merged_text = merge_text_format(text, text_format)
        converted_tools = make_responses_tools(tools)
        create_args = {
            "background": background,
            "context_management": context_management,
            "conversation": conversation,
            "input": input,
            "instructions": instructions,
            "max_output_tokens": max_output_tokens,
            "max_tool_calls": max_tool_calls,
            "metadata": metadata,
            "model": model,
            "moderation": moderation,
            "parallel_tool_calls": parallel_tool_calls,
            "previous_response_id": previous_response_id,
            "prompt": prompt,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning": reasoning,
            "safety_identifier": safety_identifier,
            "service_tier": service_tier,
            "store": store,
            "stream_options": stream_options,
            "temperature": temperature,
            "tool_choice": tool_choice,
            "top_logprobs": top_logprobs,
            "top_p": top_p,
            "truncation": truncation,
            "user": user,
            "text": text,
        }
        check_stream_arguments(response_id=response_id, starting_after=starting_after, create_args=create_args)
        headers = {_HELPER_HEADER: "responses.stream"}
        if isinstance(response_id, str):
            query: Dict[str, object] = {"stream": True, "include": include}
            api_request = functools.partial(
                self._get,
                f"/responses/{path_param('response_id', response_id)}",
                options=make_request_options(
                    query=query,
                    headers=headers,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    deadline=deadline,
                ),
                cast_to=Response,
                stream=True,
                stream_cls=Stream[RawResponseStreamEvent],
            )
        else:
            body: Dict[str, object] = {
                "background": background,
                "context_management": context_management,
                "conversation": conversation,
                "include": include,
                "input": input,
                "instructions": instructions,
                "max_output_tokens": max_output_tokens,
                "max_tool_calls": max_tool_calls,
                "metadata": metadata,
                "model": model,
                "moderation": moderation,
                "parallel_tool_calls": parallel_tool_calls,
                "previous_response_id": previous_response_id,
                "prompt": prompt,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_options": prompt_cache_options,
                "prompt_cache_retention": prompt_cache_retention,
                "reasoning": reasoning,
                "safety_identifier": safety_identifier,
                "service_tier": service_tier,
                "store": store,
                "stream_options": stream_options,
                "temperature": temperature,
                "text": merged_text,
                "tool_choice": tool_choice,
                "tools": converted_tools,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "truncation": truncation,
                "user": user,
            }
            body["stream"] = True
            api_request = functools.partial(
                self._post,
                "/responses",
                body=body,
                options=make_request_options(
                    headers=headers,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    deadline=deadline,
                ),
                cast_to=Response,
                stream=True,
                stream_cls=Stream[RawResponseStreamEvent],
            )
        return ResponseStreamManager(
            api_request,
            text_format=text_format,
            input_tools=converted_tools,
            starting_after=starting_after if isinstance(starting_after, int) else None,
        )


class AsyncResponsesHelpers(AsyncResponsesConnectMixin):
    """``parse()`` and ``stream()`` for ``AsyncOpenAI().responses``."""

    async def parse(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        input: InputParam | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> ParsedResponse[TextFormatT]:
        """Create a response and parse its output text into ``text_format``.

        Takes the arguments of ``create()`` plus ``text_format``, a pydantic model class (or
        pydantic dataclass type) sent as a strict JSON schema in ``text.format``. Output text items get ``parsed``
        and ``ParsedResponse.output_parsed`` returns the first one; function calls to strict tools (including
        ``openai.pydantic_function_tool()`` tools, converted to the Responses shape) get ``parsed_arguments``.

        ``stream`` is accepted for signature compatibility with ``create()``; only ``False`` (or omitted) works, a
        streamed structured response comes from ``stream(text_format=...)``. ``verbosity`` is sent as the body key
        of that name, as the official SDK sends it (the API also reads ``text.verbosity``).

        Raises:
            TypeError: ``stream=True``; ``text_format`` is combined with ``text.format``, or a chat-shaped tool was not made by
                ``openai.pydantic_function_tool()``.
        """
        if stream is True:
            raise TypeError("responses.parse() does not stream: use responses.stream(text_format=...) instead")
        merged_text = merge_text_format(text, text_format)
        converted_tools = make_responses_tools(tools)

        def parser(raw_response: Response) -> ParsedResponse[TextFormatT]:
            return cast(
                "ParsedResponse[TextFormatT]",
                parse_response(text_format=text_format, input_tools=converted_tools, response=raw_response),
            )

        body: Dict[str, object] = {
            "background": background,
            "context_management": context_management,
            "conversation": conversation,
            "include": include,
            "input": input,
            "instructions": instructions,
            "max_output_tokens": max_output_tokens,
            "max_tool_calls": max_tool_calls,
            "metadata": metadata,
            "model": model,
            "moderation": moderation,
            "parallel_tool_calls": parallel_tool_calls,
            "previous_response_id": previous_response_id,
            "prompt": prompt,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning": reasoning,
            "safety_identifier": safety_identifier,
            "service_tier": service_tier,
            "store": store,
            "stream": stream,
            "stream_options": stream_options,
            "temperature": temperature,
            "text": merged_text,
            "tool_choice": tool_choice,
            "tools": converted_tools,
            "top_logprobs": top_logprobs,
            "top_p": top_p,
            "truncation": truncation,
            "user": user,
            "verbosity": verbosity,
        }
        return await self._post(
            "/responses",
            body=body,
            options=make_request_options(
                headers={_HELPER_HEADER: "responses.parse"},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                post_parser=parser,
            ),
            # The post-parser turns the response into the parsed subclass; the cast reflects that.
            cast_to=cast("type[ParsedResponse[TextFormatT]]", Response),
        )

    def stream(
        self,
        *,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        include: Optional[Iterable[ResponseIncludable]] | Omit = omit,
        input: InputParam | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        top_logprobs: int | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        response_id: str | Omit = omit,
        starting_after: int | Omit = omit,
        # Use the following arguments if you need to pass additional parameters to the API that aren't available via kwargs.
        # The extra values given here take precedence over values defined on the client or passed to this method.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncResponseStreamManager[TextFormatT]:
        """Stream a response as typed events, keeping a snapshot of the response being generated.

        Either creates a response (``input`` and ``model`` are required) or, with ``response_id``, resumes the
        stream of a background response, skipping events up to ``starting_after``. Returns a context manager:
        the request is sent on entering it and the connection is closed on leaving it::

            async with client.responses.stream(model="gpt-4o", input="Say hi") as stream:
                async for event in stream:
                    if event.type == "response.output_text.delta":
                        print(event.delta, end="")

        Raises:
            ValueError: neither ``input`` and ``model`` nor ``response_id`` were given, or both kinds were.
            TypeError: ``text_format`` is combined with ``text.format``.
        """
        merged_text = merge_text_format(text, text_format)
        converted_tools = make_responses_tools(tools)
        create_args = {
            "background": background,
            "context_management": context_management,
            "conversation": conversation,
            "input": input,
            "instructions": instructions,
            "max_output_tokens": max_output_tokens,
            "max_tool_calls": max_tool_calls,
            "metadata": metadata,
            "model": model,
            "moderation": moderation,
            "parallel_tool_calls": parallel_tool_calls,
            "previous_response_id": previous_response_id,
            "prompt": prompt,
            "prompt_cache_key": prompt_cache_key,
            "prompt_cache_options": prompt_cache_options,
            "prompt_cache_retention": prompt_cache_retention,
            "reasoning": reasoning,
            "safety_identifier": safety_identifier,
            "service_tier": service_tier,
            "store": store,
            "stream_options": stream_options,
            "temperature": temperature,
            "tool_choice": tool_choice,
            "top_logprobs": top_logprobs,
            "top_p": top_p,
            "truncation": truncation,
            "user": user,
            "text": text,
        }
        check_stream_arguments(response_id=response_id, starting_after=starting_after, create_args=create_args)
        headers = {_HELPER_HEADER: "responses.stream"}
        if isinstance(response_id, str):
            query: Dict[str, object] = {"stream": True, "include": include}
            api_request = self._get(
                f"/responses/{path_param('response_id', response_id)}",
                options=make_request_options(
                    query=query,
                    headers=headers,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    deadline=deadline,
                ),
                cast_to=Response,
                stream=True,
                stream_cls=AsyncStream[RawResponseStreamEvent],
            )
        else:
            body: Dict[str, object] = {
                "background": background,
                "context_management": context_management,
                "conversation": conversation,
                "include": include,
                "input": input,
                "instructions": instructions,
                "max_output_tokens": max_output_tokens,
                "max_tool_calls": max_tool_calls,
                "metadata": metadata,
                "model": model,
                "moderation": moderation,
                "parallel_tool_calls": parallel_tool_calls,
                "previous_response_id": previous_response_id,
                "prompt": prompt,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_options": prompt_cache_options,
                "prompt_cache_retention": prompt_cache_retention,
                "reasoning": reasoning,
                "safety_identifier": safety_identifier,
                "service_tier": service_tier,
                "store": store,
                "stream_options": stream_options,
                "temperature": temperature,
                "text": merged_text,
                "tool_choice": tool_choice,
                "tools": converted_tools,
                "top_logprobs": top_logprobs,
                "top_p": top_p,
                "truncation": truncation,
                "user": user,
            }
            body["stream"] = True
            api_request = self._post(
                "/responses",
                body=body,
                options=make_request_options(
                    headers=headers,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    deadline=deadline,
                ),
                cast_to=Response,
                stream=True,
                stream_cls=AsyncStream[RawResponseStreamEvent],
            )
        return AsyncResponseStreamManager(
            api_request,
            text_format=text_format,
            input_tools=converted_tools,
            starting_after=starting_after if isinstance(starting_after, int) else None,
        )
