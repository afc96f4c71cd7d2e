# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..shared_params.metadata import Metadata
from ..shared_params.chat_model import ChatModel
from ..stop_configuration_param import StopConfigurationParam
from .chat_completion_audio_param import ChatCompletionAudioParam
from .chat_completion_message_param import ChatCompletionMessageParam
from ..shared_params.reasoning_effort import ReasoningEffort
from .chat_completion_tool_union_param import ChatCompletionToolUnionParam
from ..shared_params.function_parameters import FunctionParameters
from ..shared_params.response_format_text import ResponseFormatText
from .chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
from .chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
from .chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam
from ..beta.assistant_tool_choice_function_param import AssistantToolChoiceFunctionParam
from ..shared_params.response_format_json_object import ResponseFormatJSONObject
from ..shared_params.response_format_json_schema import ResponseFormatJSONSchema

__all__ = [
    "CompletionCreateParamsBase",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
    "CompletionCreateParams",
    "PromptCacheOptions",
    "WebSearchOptions",
    "WebSearchOptionsUserLocation",
    "WebSearchOptionsUserLocationApproximate",
    "ResponseFormat",
    "Moderation",
    "ModerationPolicy",
    "ModerationPolicyInput",
    "FunctionCall",
    "Function",
    "ModerationPolicyOutput",
]


class CompletionCreateParamsBase(TypedDict, total=False):
    metadata: Optional[Metadata]
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    top_logprobs: Optional[int]
    """
    An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    `logprobs` must be set to `true` if this parameter is used.
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

    messages: Required[Iterable[ChatCompletionMessageParam]]
    """
    A list of messages comprising the conversation so far. Depending on the
    [model](/docs/models) you use, different message types (modalities) are
    supported, like [text](/docs/guides/text-generation),
    [images](/docs/guides/vision), and [audio](/docs/guides/audio).
    """

    model: Required[ChatModel]
    """
    Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """

    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]]
    """
    Specifies the processing type used for serving the request.
      - If set to 'auto', then the request will be processed with the service tier configured in the Project settings. Unless otherwise configured, the Project will use 'default'.
      - If set to 'default', then the request will be processed with the standard pricing and performance for the selected model.
      - If set to '[flex](/docs/guides/flex-processing)', then the request will be processed with the Flex Processing service tier.
      - To opt-in to [Fast mode](/api/docs/guides/fast-mode) at the request level, include the `service_tier=fast` or `service_tier=priority` parameter for Responses or Chat Completions. The response will show `service_tier=priority` regardless of if you specify `service_tier=fast` or `priority` in your request.
      - When not set, the default behavior is 'auto'.

      When the `service_tier` parameter is set, the response body will include the `service_tier` value based on the processing mode actually used to serve the request. This response value may be different from the value set in the parameter.
    """

    modalities: Optional[Iterable[Literal["text", "audio"]]]
    """
    Output types that you would like the model to generate.
    Most models are capable of generating text, which is the default:

    `["text"]`

    The `gpt-4o-audio-preview` model can also be used to
    [generate audio](/docs/guides/audio). To request that this model generate
    both text and audio responses, you can use:

    `["text", "audio"]`
    """

    verbosity: Optional[Literal["low", "medium", "high"]]
    """
    Constrains the verbosity of the model's response. Lower values will result in
    more concise responses, while higher values will result in more verbose responses.
    Currently supported values are `low`, `medium`, and `high`. The default is
    `medium`.
    """

    reasoning_effort: Optional[ReasoningEffort]
    """
    Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """

    max_completion_tokens: Optional[int]
    """
    An upper bound for the number of tokens that can be generated for a completion, including visible output tokens
    and [reasoning tokens](/docs/guides/reasoning).
    """

    frequency_penalty: Optional[float]
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on
    their existing frequency in the text so far, decreasing the model's
    likelihood to repeat the same line verbatim.
    """

    presence_penalty: Optional[float]
    """
    Number between -2.0 and 2.0. Positive values penalize new tokens based on
    whether they appear in the text so far, increasing the model's likelihood
    to talk about new topics.
    """

    web_search_options: WebSearchOptions
    """
    This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).
    """

    response_format: ResponseFormat
    """
    An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
    """

    audio: Optional[ChatCompletionAudioParam]
    """
    Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](/docs/guides/audio).
    """

    store: Optional[bool]
    """
    Whether or not to store the output of this chat completion request for
    use in our [model distillation](/docs/guides/distillation) or
    [evals](/docs/guides/evals) products.

    Supports text and image inputs. Note: image inputs over 8MB will be dropped.
    """

    moderation: Optional[Moderation]
    """Configuration for running moderation on the input and output of this response."""

    stop: Optional[StopConfigurationParam]
    """
    Not supported with latest reasoning models `o3` and `o4-mini`.

    Up to 4 sequences where the API will stop generating further tokens. The
    returned text will not contain the stop sequence.
    """

    logit_bias: Optional[Dict[str, int]]
    """
    Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the
    tokenizer) to an associated bias value from -100 to 100. Mathematically,
    the bias is added to the logits generated by the model prior to sampling.
    The exact effect will vary per model, but values between -1 and 1 should
    decrease or increase likelihood of selection; values like -100 or 100
    should result in a ban or exclusive selection of the relevant token.
    """

    logprobs: Optional[bool]
    """
    Whether to return log probabilities of the output tokens or not. If true,
    returns the log probabilities of each output token returned in the
    `content` of `message`.
    """

    max_tokens: Optional[int]
    """
    Deprecated.

    The maximum number of [tokens](/tokenizer) that can be generated in the
    chat completion. This value can be used to control
    [costs](https://openai.com/api/pricing/) for text generated via API.

    This value is now deprecated in favor of `max_completion_tokens`, and is
    not compatible with [o-series models](/docs/guides/reasoning).
    """

    n: Optional[int]
    """
    How many chat completion choices to generate for each input message. Note that you will be charged based on the
    number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.
    """

    prediction: Optional[ChatCompletionPredictionContentParam]
    """
    Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
    which can greatly improve response times when large parts of the model
    response are known ahead of time. This is most common when you are
    regenerating a file with only minor changes to most of the content.
    """

    seed: Optional[int]
    """
    Deprecated.

    This feature is in Beta. If specified, our system will make a best effort to sample deterministically, such that
    repeated requests with the same `seed` and parameters should return the same result. Determinism is not
    guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the
    backend.
    """

    stream_options: Optional[ChatCompletionStreamOptionsParam]
    """Options for streaming response. Only set this when you set `stream: true`."""

    tools: Iterable[ChatCompletionToolUnionParam]
    """
    A list of tools the model may call. You can provide either
    [custom tools](/docs/guides/function-calling#custom-tools) or
    [function tools](/docs/guides/function-calling).
    """

    tool_choice: ChatCompletionToolChoiceOptionParam
    """
    Controls which (if any) tool is called by the model. `none` means the model will not call any tool and instead
    generates a message. `auto` means the model can pick between generating a message or calling one or more tools.
    `required` means the model must call one or more tools. Specifying a particular tool via `{"type": "function",
    "function": {"name": "my_function"}}` forces the model to call that tool.

    `none` is the default when no tools are present. `auto` is the default if tools are present.
    """

    parallel_tool_calls: bool
    """
    Whether to enable [parallel function
    calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use.
    """

    function_call: FunctionCall
    """
    Deprecated.

    Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.

    `none` means the model will not call a function and instead generates a
    message.

    `auto` means the model can pick between generating a message or calling a
    function.

    Specifying a particular function via `{"name": "my_function"}` forces the
    model to call that function.

    `none` is the default when no functions are present. `auto` is the default
    if functions are present.
    """

    functions: Iterable[Function]
    """
    Deprecated.

    Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for.
    """


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    stream: Optional[Literal[False]]
    """
    If set to true, the model response data will be streamed to the client as it is generated using [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/chat/streaming) for more information, along with the
    [streaming responses](/docs/guides/streaming-responses) guide for more information on how to handle the streaming
    events.
    """


class CompletionCreateParamsStreaming(CompletionCreateParamsBase, total=False):
    stream: Required[Literal[True]]
    """
    If set to true, the model response data will be streamed to the client as it is generated using [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/chat/streaming) for more information, along with the
    [streaming responses](/docs/guides/streaming-responses) guide for more information on how to handle the streaming
    events.
    """


CompletionCreateParams: TypeAlias = Union[CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming]


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


class WebSearchOptions(TypedDict, total=False):
    """
    This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).
    """

    user_location: Optional[WebSearchOptionsUserLocation]
    """Approximate location parameters for the search."""

    search_context_size: Literal["low", "medium", "high"]
    """
    High level guidance for the amount of context window space to use for the
    search. One of `low`, `medium`, or `high`. `medium` is the default.
    """


class WebSearchOptionsUserLocation(TypedDict, total=False):
    """Approximate location parameters for the search."""

    type: Required[Literal["approximate"]]
    """The type of location approximation. Always `approximate`."""

    approximate: Required[WebSearchOptionsUserLocationApproximate]
    """Approximate location parameters for the search."""


class WebSearchOptionsUserLocationApproximate(TypedDict, total=False):
    """Approximate location parameters for the search."""

    country: str
    """
    The two-letter
    [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,
    e.g. `US`.
    """

    region: str
    """Free text input for the region of the user, e.g. `California`."""

    city: str
    """Free text input for the city of the user, e.g. `San Francisco`."""

    timezone: str
    """
    The [IANA timezone](https://timeapi.io/documentation/iana-timezones)
    of the user, e.g. `America/Los_Angeles`.
    """


ResponseFormat: TypeAlias = Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]


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


FunctionCall: TypeAlias = Union[Literal["none", "auto"], AssistantToolChoiceFunctionParam]


class Function(TypedDict, total=False):
    """Deprecated."""

    description: str
    """A description of what the function does, used by the model to choose when and how to call the function."""

    name: Required[str]
    """
    The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum
    length of 64.
    """

    parameters: FunctionParameters
    """
    The parameters the functions accepts, described as a JSON Schema object. See the
    [guide](/docs/guides/function-calling) for examples, and the [JSON Schema
    reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.

    Omitting `parameters` defines a function with an empty parameter list.
    """


ModerationPolicyOutput: TypeAlias = ModerationPolicyInput
