# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.beta.responses` resource: 5 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Union, Iterable, Optional, overload
from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NoneType, NotGiven, omit, not_given
from openai._utils import path_param
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai._streaming import Stream, AsyncStream
from openai.types.beta import response_create_params, response_compact_params
from openai._base_client import make_request_options
from openai.lib.responses_connect import (
    BetaResponsesConnection as ResponsesConnection,
    BetaResponsesConnectMixin,
    AsyncBetaResponsesConnection as AsyncResponsesConnection,
    AsyncBetaResponsesConnectMixin,
    BetaResponsesConnectionManager as ResponsesConnectionManager,
    AsyncBetaResponsesConnectionManager as AsyncResponsesConnectionManager,
)
from openai.types.beta_input_param import BetaInputParam
from openai.types.beta.beta_response import BetaResponse
from openai.types.beta.beta_tool_param import BetaToolParam
from openai.types.beta.beta_compacted_response import BetaCompactedResponse
from openai.types.beta_model_ids_responses_param import BetaModelIdsResponsesParam
from openai.types.beta.beta_response_prompt_param import BetaResponsePromptParam
from openai.types.beta.beta_response_stream_event import BetaResponseStreamEvent
from openai.types.beta_model_ids_compaction_param import BetaModelIdsCompactionParam
from openai.types.beta.beta_response_input_item_param import BetaResponseInputItemParam
from openai.types.beta.beta_response_text_config_param import BetaResponseTextConfigParam

if TYPE_CHECKING:
    from openai.resources.beta.responses.input_items import (
        InputItems,
        AsyncInputItems,
        InputItemsWithRawResponse,
        AsyncInputItemsWithRawResponse,
        InputItemsWithStreamingResponse,
        AsyncInputItemsWithStreamingResponse,
    )
    from openai.resources.beta.responses.input_tokens import (
        InputTokens,
        AsyncInputTokens,
        InputTokensWithRawResponse,
        AsyncInputTokensWithRawResponse,
        InputTokensWithStreamingResponse,
        AsyncInputTokensWithStreamingResponse,
    )

__all__ = [
    "Responses",
    "AsyncResponses",
    "ResponsesWithRawResponse",
    "AsyncResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
    "AsyncResponsesWithStreamingResponse",
    "ResponsesConnection",
    "AsyncResponsesConnection",
    "ResponsesConnectionManager",
    "AsyncResponsesConnectionManager",
]


class Responses(BetaResponsesConnectMixin):
    """Methods of `client.beta.responses`."""

    @cached_property
    def input_items(self) -> InputItems:
        from openai.resources.beta.responses.input_items import InputItems

        return InputItems(self._client)

    @cached_property
    def input_tokens(self) -> InputTokens:
        from openai.resources.beta.responses.input_tokens import InputTokens

        return InputTokens(self._client)

    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return ResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return ResponsesWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: BetaModelIdsResponsesParam | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: BetaResponseTextConfigParam | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        reasoning: Optional[response_create_params.Reasoning] | Omit = omit,
        input: BetaInputParam | Omit = omit,
        include: Optional[
            Iterable[
                Literal[
                    "file_search_call.results",
                    "web_search_call.results",
                    "web_search_call.action.sources",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                    "code_interpreter_call.outputs",
                    "reasoning.encrypted_content",
                    "message.output_text.logprobs",
                ]
            ]
        ]
        | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        multi_agent: Optional[response_create_params.MultiAgent] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse: ...

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        metadata: Optional[Dict[str, str]] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: BetaModelIdsResponsesParam | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: BetaResponseTextConfigParam | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        reasoning: Optional[response_create_params.Reasoning] | Omit = omit,
        input: BetaInputParam | Omit = omit,
        include: Optional[
            Iterable[
                Literal[
                    "file_search_call.results",
                    "web_search_call.results",
                    "web_search_call.action.sources",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                    "code_interpreter_call.outputs",
                    "reasoning.encrypted_content",
                    "message.output_text.logprobs",
                ]
            ]
        ]
        | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        multi_agent: Optional[response_create_params.MultiAgent] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Stream[BetaResponseStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        stream: bool,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: BetaModelIdsResponsesParam | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: BetaResponseTextConfigParam | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        reasoning: Optional[response_create_params.Reasoning] | Omit = omit,
        input: BetaInputParam | Omit = omit,
        include: Optional[
            Iterable[
                Literal[
                    "file_search_call.results",
                    "web_search_call.results",
                    "web_search_call.action.sources",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                    "code_interpreter_call.outputs",
                    "reasoning.encrypted_content",
                    "message.output_text.logprobs",
                ]
            ]
        ]
        | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        multi_agent: Optional[response_create_params.MultiAgent] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]: ...

    def create(
        self,
        *,
        stream: Literal[False] | Literal[True] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: BetaModelIdsResponsesParam | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: BetaResponseTextConfigParam | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        reasoning: Optional[response_create_params.Reasoning] | Omit = omit,
        input: BetaInputParam | Omit = omit,
        include: Optional[
            Iterable[
                Literal[
                    "file_search_call.results",
                    "web_search_call.results",
                    "web_search_call.action.sources",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                    "code_interpreter_call.outputs",
                    "reasoning.encrypted_content",
                    "message.output_text.logprobs",
                ]
            ]
        ]
        | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        multi_agent: Optional[response_create_params.MultiAgent] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]:
        """
        Creates a model response. Provide [text](/docs/guides/text) or [image](/docs/guides/images) inputs to generate
        [text](/docs/guides/text) or [JSON](/docs/guides/structured-outputs) outputs. Have the model call your own
        [custom code](/docs/guides/function-calling) or use built-in [tools](/docs/guides/tools) like [web
        search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search) to use your own data as
        input for the model's response.

        Args:
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at
              each token position, each with an associated log probability. In some cases, the number of returned tokens
              may be fewer than requested.

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

          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
              conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
              conjunction with `conversation`.

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
              with different capabilities, performance characteristics, and price points. Refer to the [model
              guide](/docs/models) to browse and compare available models.

          background: Whether to run the model response in the background. [Learn more](/docs/guides/background).

          max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response. This
              maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to
              call a tool by the model will be ignored.

          text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
              Learn more:
              - [Text inputs and outputs](/docs/guides/text)
              - [Structured Outputs](/docs/guides/structured-outputs)

          tools: An array of tools the model may call while generating a response. You can specify which tool to use by
              setting the `tool_choice` parameter.

              We support the following categories of tools:
              - **Built-in tools**: Tools that are provided by OpenAI that extend the
              model's capabilities, like [web search](/docs/guides/tools-web-search) or [file
              search](/docs/guides/tools-file-search). Learn more about [built-in tools](/docs/guides/tools).
              - **MCP Tools**: Integrations with third-party systems via custom MCP servers
              or predefined connectors such as Google Drive and SharePoint. Learn more about [MCP
              Tools](/docs/guides/tools-connectors-mcp).
              - **Function calls (custom tools)**: Functions that are defined by you,
              enabling the model to call your own code with strongly typed arguments and outputs. Learn more about
              [function calling](/docs/guides/function-calling). You can also use custom tools to call your own code.

          tool_choice: How the model should select which tool (or tools) to use when generating a response. See the
              `tools` parameter to see how to specify which tools the model can call.

          prompt: Reference to a prompt template and its variables. [Learn
              more](/docs/guides/text?api-mode=responses#reusable-prompts).

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
                - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                  Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through
                  it will show `service_tier=ultrafast`.
                - When not set, the default behavior is 'auto'.

              When the `service_tier` parameter is set, the response body will include the `service_tier` value based on
              the processing mode actually used to serve the request. This response value may be different from the
              value set in the parameter.

          truncation: Deprecated.

              The truncation strategy to use for the model response.
              - `auto`: If the input to this Response exceeds
              the model's context window size, the model will truncate the response to fit the context window by
              dropping items from the beginning of the conversation.
              - `disabled` (default): If the input size will exceed the context window
              size for a model, the request will fail with a 400 error.

          reasoning: **gpt-5 and o-series models only**

              Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).

          input: Text, image, or file inputs to the model, used to generate a response.

              Learn more:
              - [Text inputs and outputs](/docs/guides/text)
              - [Image inputs](/docs/guides/images)
              - [File inputs](/docs/guides/pdf-files)
              - [Conversation state](/docs/guides/conversation-state)
              - [Function calling](/docs/guides/function-calling)

          include: Specify additional output data to include in the model response. Currently supported values are:
              - `web_search_call.action.sources`: Include the sources of the web search tool call.
              - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool
                call items.
              - `computer_call_output.output.image_url`: Include image urls from the computer call output.
              - `file_search_call.results`: Include the search results of the file search tool call.
              - `message.input_image.image_url`: Include image urls from the input message.
              - `message.output_text.logprobs`: Include logprobs with assistant messages.
              - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
                outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses
                API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled
                in the zero data retention program).

          parallel_tool_calls: Whether to allow the model to run tool calls in parallel.

          store: Whether to store the generated model response for later retrieval via API.

          instructions: A system (or developer) message inserted into the model's context.

              When using along with `previous_response_id`, the instructions from a previous response will not be
              carried over to the next response. This makes it simple to swap out system (or developer) messages in new
              responses.

          moderation: Configuration for running moderation on the input and output of this response.

          stream_options: Options for streaming responses. Only set this when you set `stream: true`.

          conversation: The conversation that this response belongs to. Items from this conversation are prepended to
              `input_items` for this response request. Input items and output items from this response are automatically
              added to this conversation after this response completes.

          context_management: Context management configuration for this request.

          max_output_tokens: An upper bound for the number of tokens that can be generated for a response, including
              visible output tokens and [reasoning tokens](/docs/guides/reasoning).

          multi_agent: Configuration for server-hosted multi-agent execution.

          betas: Optional beta features to enable for this request.

          stream: If set to true, the model response data will be streamed to the client as it is generated using
              [server-sent
              events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
              See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.

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
            "/responses?beta=true",
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
                "previous_response_id": previous_response_id,
                "model": model,
                "background": background,
                "max_tool_calls": max_tool_calls,
                "text": text,
                "tools": tools,
                "tool_choice": tool_choice,
                "prompt": prompt,
                "service_tier": service_tier,
                "truncation": truncation,
                "reasoning": reasoning,
                "input": input,
                "include": include,
                "parallel_tool_calls": parallel_tool_calls,
                "store": store,
                "instructions": instructions,
                "moderation": moderation,
                "stream_options": stream_options,
                "conversation": conversation,
                "context_management": context_management,
                "max_output_tokens": max_output_tokens,
                "multi_agent": multi_agent,
                "stream": stream,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=BetaResponse,
            stream=stream or False,
            stream_cls=Stream[BetaResponseStreamEvent],
        )

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[False] | Omit = omit,
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse: ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[True],
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Stream[BetaResponseStreamEvent]: ...

    @overload
    def retrieve(
        self,
        response_id: str,
        *,
        stream: bool,
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]: ...

    def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[False] | Literal[True] | Omit = omit,
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse | Stream[BetaResponseStreamEvent]:
        """
        Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.

          include: Additional fields to include in the response. See the `include` parameter for Response creation above
              for more information.

          starting_after: The sequence number of the event after which to start streaming.

          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random characters
              to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain
              side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead
              to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the
              network links between your application and the OpenAI API.

          betas: Optional beta features to enable for this request.

          stream: If set to true, the model response data will be streamed to the client as it is generated using
              [server-sent
              events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
              See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.

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
        return self._get(
            f"/responses/{path_param('response_id', response_id)}?beta=true",
            options=make_request_options(
                query={
                    "include": include,
                    "starting_after": starting_after,
                    "include_obfuscation": include_obfuscation,
                    "stream": stream,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=BetaResponse,
            stream=stream or False,
            stream_cls=Stream[BetaResponseStreamEvent],
        )

    def delete(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> None:
        """
        Deletes a model response with the given ID.

        Args:
          response_id: The ID of the response to delete.

          betas: Optional beta features to enable for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        method_headers: dict[str, str] = {"Accept": "*/*"}
        if not isinstance(betas, Omit):
            method_headers["openai-beta"] = ",".join(betas)
        return self._delete(
            f"/responses/{path_param('response_id', response_id)}?beta=true",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=NoneType,
        )

    def cancel(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse:
        """
        Cancels a model response with the given ID. Only responses created with the `background` parameter set to `true`
        can be cancelled. [Learn more](/docs/guides/background).

        Args:
          response_id: The ID of the response to cancel.

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
            f"/responses/{path_param('response_id', response_id)}/cancel?beta=true",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=BetaResponse,
        )

    def compact(
        self,
        *,
        model: Optional[BetaModelIdsCompactionParam],
        input: Optional[Union[str, Iterable[BetaResponseInputItemParam]]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: Optional[response_compact_params.PromptCacheOptions] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "fast", "flex", "priority"]] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaCompactedResponse:
        """
        Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state
        guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see
        [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
          model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with
              different capabilities, performance characteristics, and price points. Refer to the [model
              guide](/docs/models) to browse and compare available models.

          input: Text, image, or file inputs to the model, used to generate a response

          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
              conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
              conjunction with `conversation`.

          instructions: A system (or developer) message inserted into the model's context. When used along with
              `previous_response_id`, the instructions from a previous response will not be carried over to the next
              response. This makes it simple to swap out system (or developer) messages in new responses.

          prompt_cache_key: A key to use when reading from or writing to the prompt cache.

          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI
              automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks
              with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI
              considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set
              `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently
              the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.

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
            "/responses/compact?beta=true",
            body={
                "model": model,
                "input": input,
                "previous_response_id": previous_response_id,
                "instructions": instructions,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_retention": prompt_cache_retention,
                "prompt_cache_options": prompt_cache_options,
                "service_tier": service_tier,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=BetaCompactedResponse,
        )


class ResponsesWithRawResponse:
    """`Responses` with every method wrapped to return the raw response."""

    def __init__(self, responses: Responses) -> None:
        self._responses = responses
        self.create = to_raw_response_wrapper(responses.create)
        self.retrieve = to_raw_response_wrapper(responses.retrieve)
        self.delete = to_raw_response_wrapper(responses.delete)
        self.cancel = to_raw_response_wrapper(responses.cancel)
        self.compact = to_raw_response_wrapper(responses.compact)

    @cached_property
    def input_items(self) -> InputItemsWithRawResponse:
        from openai.resources.beta.responses.input_items import InputItemsWithRawResponse

        return InputItemsWithRawResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> InputTokensWithRawResponse:
        from openai.resources.beta.responses.input_tokens import InputTokensWithRawResponse

        return InputTokensWithRawResponse(self._responses.input_tokens)


class ResponsesWithStreamingResponse:
    """`Responses` with every method wrapped to return the streamed response."""

    def __init__(self, responses: Responses) -> None:
        self._responses = responses
        self.create = to_streamed_response_wrapper(responses.create)
        self.retrieve = to_streamed_response_wrapper(responses.retrieve)
        self.delete = to_streamed_response_wrapper(responses.delete)
        self.cancel = to_streamed_response_wrapper(responses.cancel)
        self.compact = to_streamed_response_wrapper(responses.compact)

    @cached_property
    def input_items(self) -> InputItemsWithStreamingResponse:
        from openai.resources.beta.responses.input_items import InputItemsWithStreamingResponse

        return InputItemsWithStreamingResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> InputTokensWithStreamingResponse:
        from openai.resources.beta.responses.input_tokens import InputTokensWithStreamingResponse

        return InputTokensWithStreamingResponse(self._responses.input_tokens)


class AsyncResponses(AsyncBetaResponsesConnectMixin):
    """Methods of `async_client.beta.responses`."""

    @cached_property
    def input_items(self) -> AsyncInputItems:
        from openai.resources.beta.responses.input_items import AsyncInputItems

        return AsyncInputItems(self._client)

    @cached_property
    def input_tokens(self) -> AsyncInputTokens:
        from openai.resources.beta.responses.input_tokens import AsyncInputTokens

        return AsyncInputTokens(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncResponsesWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: BetaModelIdsResponsesParam | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: BetaResponseTextConfigParam | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        reasoning: Optional[response_create_params.Reasoning] | Omit = omit,
        input: BetaInputParam | Omit = omit,
        include: Optional[
            Iterable[
                Literal[
                    "file_search_call.results",
                    "web_search_call.results",
                    "web_search_call.action.sources",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                    "code_interpreter_call.outputs",
                    "reasoning.encrypted_content",
                    "message.output_text.logprobs",
                ]
            ]
        ]
        | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        multi_agent: Optional[response_create_params.MultiAgent] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse: ...

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        metadata: Optional[Dict[str, str]] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: BetaModelIdsResponsesParam | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: BetaResponseTextConfigParam | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        reasoning: Optional[response_create_params.Reasoning] | Omit = omit,
        input: BetaInputParam | Omit = omit,
        include: Optional[
            Iterable[
                Literal[
                    "file_search_call.results",
                    "web_search_call.results",
                    "web_search_call.action.sources",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                    "code_interpreter_call.outputs",
                    "reasoning.encrypted_content",
                    "message.output_text.logprobs",
                ]
            ]
        ]
        | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        multi_agent: Optional[response_create_params.MultiAgent] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncStream[BetaResponseStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        stream: bool,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: BetaModelIdsResponsesParam | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: BetaResponseTextConfigParam | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        reasoning: Optional[response_create_params.Reasoning] | Omit = omit,
        input: BetaInputParam | Omit = omit,
        include: Optional[
            Iterable[
                Literal[
                    "file_search_call.results",
                    "web_search_call.results",
                    "web_search_call.action.sources",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                    "code_interpreter_call.outputs",
                    "reasoning.encrypted_content",
                    "message.output_text.logprobs",
                ]
            ]
        ]
        | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        multi_agent: Optional[response_create_params.MultiAgent] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]: ...

    async def create(
        self,
        *,
        stream: Literal[False] | Literal[True] | Omit = omit,
        metadata: Optional[Dict[str, str]] | Omit = omit,
        top_logprobs: int | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        user: str | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: response_create_params.PromptCacheOptions | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        model: BetaModelIdsResponsesParam | Omit = omit,
        background: Optional[bool] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        text: BetaResponseTextConfigParam | Omit = omit,
        tools: Iterable[BetaToolParam] | Omit = omit,
        tool_choice: response_create_params.ToolChoice | Omit = omit,
        prompt: Optional[BetaResponsePromptParam] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
        | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        reasoning: Optional[response_create_params.Reasoning] | Omit = omit,
        input: BetaInputParam | Omit = omit,
        include: Optional[
            Iterable[
                Literal[
                    "file_search_call.results",
                    "web_search_call.results",
                    "web_search_call.action.sources",
                    "message.input_image.image_url",
                    "computer_call_output.output.image_url",
                    "code_interpreter_call.outputs",
                    "reasoning.encrypted_content",
                    "message.output_text.logprobs",
                ]
            ]
        ]
        | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        moderation: Optional[response_create_params.Moderation] | Omit = omit,
        stream_options: Optional[response_create_params.StreamOptions] | Omit = omit,
        conversation: Optional[response_create_params.Conversation] | Omit = omit,
        context_management: Optional[Iterable[response_create_params.ContextManagement]] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        multi_agent: Optional[response_create_params.MultiAgent] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]:
        """
        Creates a model response. Provide [text](/docs/guides/text) or [image](/docs/guides/images) inputs to generate
        [text](/docs/guides/text) or [JSON](/docs/guides/structured-outputs) outputs. Have the model call your own
        [custom code](/docs/guides/function-calling) or use built-in [tools](/docs/guides/tools) like [web
        search](/docs/guides/tools-web-search) or [file search](/docs/guides/tools-file-search) to use your own data as
        input for the model's response.

        Args:
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing
              additional information about the object in a structured format, and querying for objects via API or the
              dashboard.

              Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512
              characters.

          top_logprobs: An integer between 0 and 20 specifying the maximum number of most likely tokens to return at
              each token position, each with an associated log probability. In some cases, the number of returned tokens
              may be fewer than requested.

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

          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
              conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
              conjunction with `conversation`.

          model: Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI offers a wide range of models
              with different capabilities, performance characteristics, and price points. Refer to the [model
              guide](/docs/models) to browse and compare available models.

          background: Whether to run the model response in the background. [Learn more](/docs/guides/background).

          max_tool_calls: The maximum number of total calls to built-in tools that can be processed in a response. This
              maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to
              call a tool by the model will be ignored.

          text: Configuration options for a text response from the model. Can be plain text or structured JSON data.
              Learn more:
              - [Text inputs and outputs](/docs/guides/text)
              - [Structured Outputs](/docs/guides/structured-outputs)

          tools: An array of tools the model may call while generating a response. You can specify which tool to use by
              setting the `tool_choice` parameter.

              We support the following categories of tools:
              - **Built-in tools**: Tools that are provided by OpenAI that extend the
              model's capabilities, like [web search](/docs/guides/tools-web-search) or [file
              search](/docs/guides/tools-file-search). Learn more about [built-in tools](/docs/guides/tools).
              - **MCP Tools**: Integrations with third-party systems via custom MCP servers
              or predefined connectors such as Google Drive and SharePoint. Learn more about [MCP
              Tools](/docs/guides/tools-connectors-mcp).
              - **Function calls (custom tools)**: Functions that are defined by you,
              enabling the model to call your own code with strongly typed arguments and outputs. Learn more about
              [function calling](/docs/guides/function-calling). You can also use custom tools to call your own code.

          tool_choice: How the model should select which tool (or tools) to use when generating a response. See the
              `tools` parameter to see how to specify which tools the model can call.

          prompt: Reference to a prompt template and its variables. [Learn
              more](/docs/guides/text?api-mode=responses#reusable-prompts).

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
                - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast
                  Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through
                  it will show `service_tier=ultrafast`.
                - When not set, the default behavior is 'auto'.

              When the `service_tier` parameter is set, the response body will include the `service_tier` value based on
              the processing mode actually used to serve the request. This response value may be different from the
              value set in the parameter.

          truncation: Deprecated.

              The truncation strategy to use for the model response.
              - `auto`: If the input to this Response exceeds
              the model's context window size, the model will truncate the response to fit the context window by
              dropping items from the beginning of the conversation.
              - `disabled` (default): If the input size will exceed the context window
              size for a model, the request will fail with a 400 error.

          reasoning: **gpt-5 and o-series models only**

              Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning).

          input: Text, image, or file inputs to the model, used to generate a response.

              Learn more:
              - [Text inputs and outputs](/docs/guides/text)
              - [Image inputs](/docs/guides/images)
              - [File inputs](/docs/guides/pdf-files)
              - [Conversation state](/docs/guides/conversation-state)
              - [Function calling](/docs/guides/function-calling)

          include: Specify additional output data to include in the model response. Currently supported values are:
              - `web_search_call.action.sources`: Include the sources of the web search tool call.
              - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool
                call items.
              - `computer_call_output.output.image_url`: Include image urls from the computer call output.
              - `file_search_call.results`: Include the search results of the file search tool call.
              - `message.input_image.image_url`: Include image urls from the input message.
              - `message.output_text.logprobs`: Include logprobs with assistant messages.
              - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item
                outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses
                API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled
                in the zero data retention program).

          parallel_tool_calls: Whether to allow the model to run tool calls in parallel.

          store: Whether to store the generated model response for later retrieval via API.

          instructions: A system (or developer) message inserted into the model's context.

              When using along with `previous_response_id`, the instructions from a previous response will not be
              carried over to the next response. This makes it simple to swap out system (or developer) messages in new
              responses.

          moderation: Configuration for running moderation on the input and output of this response.

          stream_options: Options for streaming responses. Only set this when you set `stream: true`.

          conversation: The conversation that this response belongs to. Items from this conversation are prepended to
              `input_items` for this response request. Input items and output items from this response are automatically
              added to this conversation after this response completes.

          context_management: Context management configuration for this request.

          max_output_tokens: An upper bound for the number of tokens that can be generated for a response, including
              visible output tokens and [reasoning tokens](/docs/guides/reasoning).

          multi_agent: Configuration for server-hosted multi-agent execution.

          betas: Optional beta features to enable for this request.

          stream: If set to true, the model response data will be streamed to the client as it is generated using
              [server-sent
              events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
              See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.

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
            "/responses?beta=true",
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
                "previous_response_id": previous_response_id,
                "model": model,
                "background": background,
                "max_tool_calls": max_tool_calls,
                "text": text,
                "tools": tools,
                "tool_choice": tool_choice,
                "prompt": prompt,
                "service_tier": service_tier,
                "truncation": truncation,
                "reasoning": reasoning,
                "input": input,
                "include": include,
                "parallel_tool_calls": parallel_tool_calls,
                "store": store,
                "instructions": instructions,
                "moderation": moderation,
                "stream_options": stream_options,
                "conversation": conversation,
                "context_management": context_management,
                "max_output_tokens": max_output_tokens,
                "multi_agent": multi_agent,
                "stream": stream,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=BetaResponse,
            stream=stream or False,
            stream_cls=AsyncStream[BetaResponseStreamEvent],
        )

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[False] | Omit = omit,
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse: ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[True],
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncStream[BetaResponseStreamEvent]: ...

    @overload
    async def retrieve(
        self,
        response_id: str,
        *,
        stream: bool,
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]: ...

    async def retrieve(
        self,
        response_id: str,
        *,
        stream: Literal[False] | Literal[True] | Omit = omit,
        include: Iterable[
            Literal[
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ]
        ]
        | Omit = omit,
        starting_after: int | Omit = omit,
        include_obfuscation: bool | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse | AsyncStream[BetaResponseStreamEvent]:
        """
        Retrieves a model response with the given ID.

        Args:
          response_id: The ID of the response to retrieve.

          include: Additional fields to include in the response. See the `include` parameter for Response creation above
              for more information.

          starting_after: The sequence number of the event after which to start streaming.

          include_obfuscation: When true, stream obfuscation will be enabled. Stream obfuscation adds random characters
              to an `obfuscation` field on streaming delta events to normalize payload sizes as a mitigation to certain
              side-channel attacks. These obfuscation fields are included by default, but add a small amount of overhead
              to the data stream. You can set `include_obfuscation` to false to optimize for bandwidth if you trust the
              network links between your application and the OpenAI API.

          betas: Optional beta features to enable for this request.

          stream: If set to true, the model response data will be streamed to the client as it is generated using
              [server-sent
              events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
              See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.

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
        return await self._get(
            f"/responses/{path_param('response_id', response_id)}?beta=true",
            options=make_request_options(
                query={
                    "include": include,
                    "starting_after": starting_after,
                    "include_obfuscation": include_obfuscation,
                    "stream": stream,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=BetaResponse,
            stream=stream or False,
            stream_cls=AsyncStream[BetaResponseStreamEvent],
        )

    async def delete(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> None:
        """
        Deletes a model response with the given ID.

        Args:
          response_id: The ID of the response to delete.

          betas: Optional beta features to enable for this request.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        method_headers: dict[str, str] = {"Accept": "*/*"}
        if not isinstance(betas, Omit):
            method_headers["openai-beta"] = ",".join(betas)
        return await self._delete(
            f"/responses/{path_param('response_id', response_id)}?beta=true",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=NoneType,
        )

    async def cancel(
        self,
        response_id: str,
        *,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaResponse:
        """
        Cancels a model response with the given ID. Only responses created with the `background` parameter set to `true`
        can be cancelled. [Learn more](/docs/guides/background).

        Args:
          response_id: The ID of the response to cancel.

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
            f"/responses/{path_param('response_id', response_id)}/cancel?beta=true",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=BetaResponse,
        )

    async def compact(
        self,
        *,
        model: Optional[BetaModelIdsCompactionParam],
        input: Optional[Union[str, Iterable[BetaResponseInputItemParam]]] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        prompt_cache_options: Optional[response_compact_params.PromptCacheOptions] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "fast", "flex", "priority"]] | Omit = omit,
        betas: List[Literal["responses_multi_agent=v1"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> BetaCompactedResponse:
        """
        Compact a conversation. Returns a compacted response object.

        Learn when and how to compact long-running conversations in the [conversation state
        guide](/docs/guides/conversation-state#managing-the-context-window). For ZDR-compatible compaction details, see
        [Compaction (advanced)](/docs/guides/conversation-state#compaction-advanced).

        Args:
          model: Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with
              different capabilities, performance characteristics, and price points. Refer to the [model
              guide](/docs/models) to browse and compare available models.

          input: Text, image, or file inputs to the model, used to generate a response

          previous_response_id: The unique ID of the previous response to the model. Use this to create multi-turn
              conversations. Learn more about [conversation state](/docs/guides/conversation-state). Cannot be used in
              conjunction with `conversation`.

          instructions: A system (or developer) message inserted into the model's context. When used along with
              `previous_response_id`, the instructions from a previous response will not be carried over to the next
              response. This makes it simple to swap out system (or developer) messages in new responses.

          prompt_cache_key: A key to use when reading from or writing to the prompt cache.

          prompt_cache_options: Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI
              automatically chooses one implicit cache breakpoint. You can add explicit breakpoints to content blocks
              with `prompt_cache_breakpoint`. Each request can write up to four breakpoints. For cache matching, OpenAI
              considers up to the latest 80 breakpoints in the conversation, without a content-block lookback limit. Set
              `mode` to `explicit` to disable the implicit breakpoint. The `ttl` defaults to `30m`, which is currently
              the only supported value. See the [prompt caching guide](/docs/guides/prompt-caching) for current details.

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
            "/responses/compact?beta=true",
            body={
                "model": model,
                "input": input,
                "previous_response_id": previous_response_id,
                "instructions": instructions,
                "prompt_cache_key": prompt_cache_key,
                "prompt_cache_retention": prompt_cache_retention,
                "prompt_cache_options": prompt_cache_options,
                "service_tier": service_tier,
            },
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=method_headers,
            ),
            cast_to=BetaCompactedResponse,
        )


class AsyncResponsesWithRawResponse:
    """`AsyncResponses` with every method wrapped to return the raw response."""

    def __init__(self, responses: AsyncResponses) -> None:
        self._responses = responses
        self.create = async_to_raw_response_wrapper(responses.create)
        self.retrieve = async_to_raw_response_wrapper(responses.retrieve)
        self.delete = async_to_raw_response_wrapper(responses.delete)
        self.cancel = async_to_raw_response_wrapper(responses.cancel)
        self.compact = async_to_raw_response_wrapper(responses.compact)

    @cached_property
    def input_items(self) -> AsyncInputItemsWithRawResponse:
        from openai.resources.beta.responses.input_items import AsyncInputItemsWithRawResponse

        return AsyncInputItemsWithRawResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> AsyncInputTokensWithRawResponse:
        from openai.resources.beta.responses.input_tokens import AsyncInputTokensWithRawResponse

        return AsyncInputTokensWithRawResponse(self._responses.input_tokens)


class AsyncResponsesWithStreamingResponse:
    """`AsyncResponses` with every method wrapped to return the streamed response."""

    def __init__(self, responses: AsyncResponses) -> None:
        self._responses = responses
        self.create = async_to_streamed_response_wrapper(responses.create)
        self.retrieve = async_to_streamed_response_wrapper(responses.retrieve)
        self.delete = async_to_streamed_response_wrapper(responses.delete)
        self.cancel = async_to_streamed_response_wrapper(responses.cancel)
        self.compact = async_to_streamed_response_wrapper(responses.compact)

    @cached_property
    def input_items(self) -> AsyncInputItemsWithStreamingResponse:
        from openai.resources.beta.responses.input_items import AsyncInputItemsWithStreamingResponse

        return AsyncInputItemsWithStreamingResponse(self._responses.input_items)

    @cached_property
    def input_tokens(self) -> AsyncInputTokensWithStreamingResponse:
        from openai.resources.beta.responses.input_tokens import AsyncInputTokensWithStreamingResponse

        return AsyncInputTokensWithStreamingResponse(self._responses.input_tokens)
