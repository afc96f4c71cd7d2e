# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Iterable, Optional

from typing_extensions import Literal, Required, Annotated, TypeAlias, TypedDict

from ..._models import PropertyInfo
from .beta_tool_param import BetaToolParam
from ..beta_input_param import BetaInputParam
from .beta_response_prompt_param import BetaResponsePromptParam
from .beta_tool_choice_mcp_param import BetaToolChoiceMcpParam
from .beta_tool_choice_shell_param import BetaToolChoiceShellParam
from .beta_tool_choice_types_param import BetaToolChoiceTypesParam
from .beta_tool_choice_custom_param import BetaToolChoiceCustomParam
from .beta_tool_choice_allowed_param import BetaToolChoiceAllowedParam
from ..beta_model_ids_responses_param import BetaModelIdsResponsesParam
from ..beta_reasoning_mode_enum_param import BetaReasoningModeEnumParam
from .beta_response_text_config_param import BetaResponseTextConfigParam
from .beta_tool_choice_function_param import BetaToolChoiceFunctionParam
from .beta_tool_choice_apply_patch_param import BetaToolChoiceApplyPatchParam
from .beta_response_conversation_param_param import BetaResponseConversationParamParam

__all__ = [
    "ResponseCreateParamsBase",
    "ResponseCreateParamsNonStreaming",
    "ResponseCreateParamsStreaming",
    "ResponseCreateParams",
    "PromptCacheOptions",
    "ToolChoice",
    "ToolChoiceBetaSpecificProgrammaticToolCallingParam",
    "Reasoning",
    "Moderation",
    "ModerationPolicy",
    "ModerationPolicyInput",
    "StreamOptions",
    "Conversation",
    "ContextManagement",
    "MultiAgent",
    "ModerationPolicyOutput",
]


class ResponseCreateParamsBase(TypedDict, total=False):
    metadata: Optional[Dict[str, str]]
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    top_logprobs: int
    """
    An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    """

    temperature: Optional[float]
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while
    lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or
    `top_p` but not both.
    """

    top_p: Optional[float]
    """
    An alternative to sampling with temperature, called nucleus sampling,
    where the model considers the results of the tokens with top_p probability
    mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or `temperature` but not both.
    """

    user: str
    """
    Deprecated.

    This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to
    maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better
    bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn
    more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    safety_identifier: Optional[str]
    """
    A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We
    recommend hashing their username or email address, in order to avoid sending us any identifying information.
    [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    prompt_cache_key: Optional[str]
    """
    Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user`
    field. [Learn more](/docs/guides/prompt-caching).
    """

    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    """
    Deprecated.

    Deprecated. Use `prompt_cache_options.ttl` instead.

    The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached
    prefixes active for longer, up to a maximum of 24 hours. [Learn
    more](/docs/guides/prompt-caching#prompt-cache-retention). This field expresses a maximum retention policy, while
    `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two fields are independent and do not
    interact. For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

    For older models that support both `in_memory` and `24h`, the default depends on your organization's data retention policy:
      - Organizations without ZDR enabled default to `24h`.
      - Organizations with ZDR enabled default to `in_memory` when `prompt_cache_retention` is not specified.
    """

    prompt_cache_options: PromptCacheOptions
    """
    Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses
    one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`.
    Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80
    breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the
    implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt
    caching guide](/docs/guides/prompt-caching) for current details.
    """

    previous_response_id: Optional[str]
    """
    The unique ID of the previous response to the model. Use this to
    create multi-turn conversations. Learn more about
    [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    """

    model: BetaModelIdsResponsesParam
    """
    Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """

    background: Optional[bool]
    """
    Whether to run the model response in the background.
    [Learn more](/docs/guides/background).
    """

    max_tool_calls: Optional[int]
    """
    The maximum number of total calls to built-in tools that can be processed in a response. This maximum number
    applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model
    will be ignored.
    """

    text: BetaResponseTextConfigParam
    """
    Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    tools: Iterable[BetaToolParam]
    """
    An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    We support the following categories of tools:
    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **MCP Tools**: Integrations with third-party systems via custom MCP servers
      or predefined connectors such as Google Drive and SharePoint. Learn more about
      [MCP Tools](/docs/guides/tools-connectors-mcp).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code with strongly typed arguments
      and outputs. Learn more about
      [function calling](/docs/guides/function-calling). You can also use
      custom tools to call your own code.
    """

    tool_choice: ToolChoice
    """
    How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
    """

    prompt: Optional[BetaResponsePromptParam]
    """
    Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]]
    """
    Specifies the processing type used for serving the request.
      - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
      - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
      - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
      - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
      - If set to 'ultrafast', then the request will be processed with the access-controlled Ultrafast Processing service tier. This tier is currently available for `gpt-5.6-sol`; a response served through it will show `service_tier=ultrafast`.
      - When not set, the default behavior is 'auto'.

      When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
    """

    truncation: Optional[Literal["auto", "disabled"]]
    """
    Deprecated.

    The truncation strategy to use for the model response.
    - `auto`: If the input to this Response exceeds
      the model's context window size, the model will truncate the
      response to fit the context window by dropping items from the beginning of the conversation.
    - `disabled` (default): If the input size will exceed the context window
      size for a model, the request will fail with a 400 error.
    """

    reasoning: Optional[Reasoning]
    """
    **gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    input: BetaInputParam
    """
    Text, image, or file inputs to the model, used to generate a response.

    Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Image inputs](/docs/guides/images)
    - [File inputs](/docs/guides/pdf-files)
    - [Conversation state](/docs/guides/conversation-state)
    - [Function calling](/docs/guides/function-calling)
    """

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
    """
    Specify additional output data to include in the model response. Currently supported values are:
    - `web_search_call.action.sources`: Include the sources of the web search tool call.
    - `code_interpreter_call.outputs`: Includes the outputs of python code execution in code interpreter tool call items.
    - `computer_call_output.output.image_url`: Include image urls from the computer call output.
    - `file_search_call.results`: Include the search results of the file search tool call.
    - `message.input_image.image_url`: Include image urls from the input message.
    - `message.output_text.logprobs`: Include logprobs with assistant messages.
    - `reasoning.encrypted_content`: Includes an encrypted version of reasoning tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn conversations when using the Responses API statelessly (like when the `store` parameter is set to `false`, or when an organization is enrolled in the zero data retention program).
    """

    parallel_tool_calls: Optional[bool]
    """Whether to allow the model to run tool calls in parallel."""

    store: Optional[bool]
    """
    Whether to store the generated model response for later retrieval via
    API.
    """

    instructions: Optional[str]
    """
    A system (or developer) message inserted into the model's context.

    When using along with `previous_response_id`, the instructions from a previous
    response will not be carried over to the next response. This makes it simple
    to swap out system (or developer) messages in new responses.
    """

    moderation: Optional[Moderation]
    """Configuration for running moderation on the input and output of this response."""

    stream_options: Optional[StreamOptions]
    """Options for streaming responses. Only set this when you set `stream: true`."""

    conversation: Optional[Conversation]
    """
    The conversation that this response belongs to. Items from this conversation are prepended to `input_items` for
    this response request. Input items and output items from this response are automatically added to this
    conversation after this response completes.
    """

    context_management: Optional[Iterable[ContextManagement]]
    """Context management configuration for this request."""

    max_output_tokens: Optional[int]
    """
    An upper bound for the number of tokens that can be generated for a response, including visible output tokens and
    [reasoning tokens](/docs/guides/reasoning).
    """

    multi_agent: Optional[MultiAgent]
    """Configuration for server-hosted multi-agent execution."""

    betas: Annotated[List[Literal["responses_multi_agent=v1"]], PropertyInfo(alias="openai-beta")]
    """Optional beta features to enable for this request."""


class ResponseCreateParamsNonStreaming(ResponseCreateParamsBase, total=False):
    stream: Optional[Literal[False]]
    """
    If set to true, the model response data will be streamed to the client as it is generated using [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
    """


class ResponseCreateParamsStreaming(ResponseCreateParamsBase, total=False):
    stream: Required[Literal[True]]
    """
    If set to true, the model response data will be streamed to the client as it is generated using [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/responses-streaming) for more information.
    """


ResponseCreateParams: TypeAlias = Union[ResponseCreateParamsNonStreaming, ResponseCreateParamsStreaming]


class PromptCacheOptions(TypedDict, total=False):
    """
    Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses
    one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`.
    Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80
    breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the
    implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt
    caching guide](/docs/guides/prompt-caching) for current details.
    """

    ttl: Literal["30m"]
    """
    The minimum lifetime applied to every implicit and explicit cache breakpoint written by the request. Defaults to
    `30m`, which is currently the only supported value. The backend may retain cache entries for longer.
    """

    mode: Literal["implicit", "explicit"]
    """
    Controls whether OpenAI automatically creates an implicit cache breakpoint. Defaults to `implicit`. With
    `implicit`, OpenAI creates one implicit breakpoint and writes up to the latest three explicit breakpoints in the
    request. With `explicit`, OpenAI does not create an implicit breakpoint and writes up to the latest four explicit
    breakpoints. If there are no explicit breakpoints, the request does not use prompt caching.
    """


class ToolChoiceBetaSpecificProgrammaticToolCallingParam(TypedDict, total=False):
    type: Required[Literal["programmatic_tool_calling"]]
    """The tool to call. Always `programmatic_tool_calling`."""


ToolChoice: TypeAlias = Union[
    Literal["none", "auto", "required"],
    BetaToolChoiceAllowedParam,
    BetaToolChoiceTypesParam,
    BetaToolChoiceFunctionParam,
    BetaToolChoiceMcpParam,
    BetaToolChoiceCustomParam,
    ToolChoiceBetaSpecificProgrammaticToolCallingParam,
    BetaToolChoiceApplyPatchParam,
    BetaToolChoiceShellParam,
]


class Reasoning(TypedDict, total=False):
    """
    **gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    mode: BetaReasoningModeEnumParam
    """
    Controls the reasoning execution mode for the request.

    When returned on a response, this is the effective execution mode.
    """

    effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]]
    """
    Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """

    summary: Optional[Literal["auto", "concise", "detailed"]]
    """
    A summary of the reasoning performed by the model. This can be
    useful for debugging and understanding the model's reasoning process.
    One of `auto`, `concise`, or `detailed`.

    `concise` is supported for `computer-use-preview` models and all reasoning models after `gpt-5`.
    """

    context: Optional[Literal["auto", "current_turn", "all_turns"]]
    """
    Controls which reasoning items are rendered back to the model on later turns.
    If omitted or set to `auto`, the model determines the context mode. The
    `gpt-5.6` model family defaults to `all_turns`; earlier models default to
    `current_turn`.

    When returned on a response, this is the effective reasoning context mode
    used for the response.
    """

    generate_summary: Optional[Literal["auto", "concise", "detailed"]]
    """
    **Deprecated:** use `summary` instead.

    A summary of the reasoning performed by the model. This can be
    useful for debugging and understanding the model's reasoning process.
    One of `auto`, `concise`, or `detailed`.
    """


class Moderation(TypedDict, total=False):
    """Configuration for running moderation on the input and output of this response."""

    model: Required[str]
    """The moderation model to use for moderated completions, e.g. 'omni-moderation-latest'."""

    policy: Optional[ModerationPolicy]
    """The policy to apply to moderated response input and output."""


class ModerationPolicy(TypedDict, total=False):
    """The policy to apply to moderated response input and output."""

    input: Optional[ModerationPolicyInput]
    """The moderation policy for the response input."""

    output: Optional[ModerationPolicyInput]
    """The moderation policy for the response input."""


class ModerationPolicyInput(TypedDict, total=False):
    """The moderation policy for the response input."""

    mode: Required[Literal["score", "block"]]


class StreamOptions(TypedDict, total=False):
    """Options for streaming responses. Only set this when you set `stream: true`."""

    include_obfuscation: bool
    """
    When true, stream obfuscation will be enabled. Stream obfuscation adds
    random characters to an `obfuscation` field on streaming delta events to
    normalize payload sizes as a mitigation to certain side-channel attacks.
    These obfuscation fields are included by default, but add a small amount
    of overhead to the data stream. You can set `include_obfuscation` to
    false to optimize for bandwidth if you trust the network links between
    your application and the OpenAI API.
    """


Conversation: TypeAlias = Union[str, BetaResponseConversationParamParam]


class ContextManagement(TypedDict, total=False):
    type: Required[str]
    """The context management entry type. Currently only 'compaction' is supported."""

    compact_threshold: Optional[int]
    """Token threshold at which compaction should be triggered for this entry."""


class MultiAgent(TypedDict, total=False):
    """Configuration for server-hosted multi-agent execution."""

    enabled: Required[bool]
    """Whether to enable server-hosted multi-agent execution for this response."""

    max_concurrent_subagents: int
    """
    `max_concurrent_subagents` sets the maximum number of subagents that can be active simultaneously across the
    entire agent tree. It includes all descendants—children, grandchildren, and deeper subagents—but excludes the
    root agent. The API does not impose a fixed upper bound on this setting. The default is `3`, which is recommended
    for most workloads. Multi-agent runs also have no fixed limit on tree depth or the total number of subagents
    created during a run.
    """


ModerationPolicyOutput: TypeAlias = ModerationPolicyInput
