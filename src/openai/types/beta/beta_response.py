# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .beta_tool import BetaTool
from ..beta_moderation import BetaModeration
from .beta_service_tier import BetaServiceTier
from .beta_response_error import BetaResponseError
from .beta_response_usage import BetaResponseUsage
from .beta_response_prompt import BetaResponsePrompt
from .beta_tool_choice_mcp import BetaToolChoiceMcp
from .beta_tool_choice_shell import BetaToolChoiceShell
from .beta_tool_choice_types import BetaToolChoiceTypes
from .beta_tool_choice_custom import BetaToolChoiceCustom
from .beta_response_input_item import BetaResponseInputItem
from .beta_tool_choice_allowed import BetaToolChoiceAllowed
from .beta_tool_choice_options import BetaToolChoiceOptions
from ..beta_model_ids_responses import BetaModelIdsResponses
from ..beta_reasoning_mode_enum import BetaReasoningModeEnum
from .beta_response_output_item import BetaResponseOutputItem
from .beta_response_text_config import BetaResponseTextConfig
from .beta_tool_choice_function import BetaToolChoiceFunction
from ..beta_prompt_cache_options import BetaPromptCacheOptions
from .beta_tool_choice_apply_patch import BetaToolChoiceApplyPatch

__all__ = [
    "BetaResponse",
    "ToolChoice",
    "ToolChoiceBetaSpecificProgrammaticToolCallingParam",
    "IncompleteDetails",
    "Reasoning",
    "Conversation",
    "Moderation",
    "ModerationInputModerationResult",
    "ModerationInputError",
    "ModerationInput",
    "ModerationOutput",
    "ModerationOutputError",
    "ModerationOutputModerationResult",
    "PromptCacheOptions",
]


class ToolChoiceBetaSpecificProgrammaticToolCallingParam(BaseModel):
    type: Literal["programmatic_tool_calling"]
    """The tool to call. Always `programmatic_tool_calling`."""


ToolChoice: TypeAlias = Union[
    BetaToolChoiceOptions,
    BetaToolChoiceAllowed,
    BetaToolChoiceTypes,
    BetaToolChoiceFunction,
    BetaToolChoiceMcp,
    BetaToolChoiceCustom,
    ToolChoiceBetaSpecificProgrammaticToolCallingParam,
    BetaToolChoiceApplyPatch,
    BetaToolChoiceShell,
]


class IncompleteDetails(BaseModel):
    """Details about why the response is incomplete."""

    reason: Optional[Literal["max_output_tokens", "content_filter"]] = None
    """The reason why the response is incomplete."""


class Reasoning(BaseModel):
    """
    **gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    mode: Optional[BetaReasoningModeEnum] = None
    """
    Controls the reasoning execution mode for the request.

    When returned on a response, this is the effective execution mode.
    """

    effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]] = None
    """
    Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """

    summary: Optional[Literal["auto", "concise", "detailed"]] = None
    """
    A summary of the reasoning performed by the model. This can be
    useful for debugging and understanding the model's reasoning process.
    One of `auto`, `concise`, or `detailed`.

    `concise` is supported for `computer-use-preview` models and all reasoning models after `gpt-5`.
    """

    context: Optional[Literal["auto", "current_turn", "all_turns"]] = None
    """
    Controls which reasoning items are rendered back to the model on later turns.
    If omitted or set to `auto`, the model determines the context mode. The
    `gpt-5.6` model family defaults to `all_turns`; earlier models default to
    `current_turn`.

    When returned on a response, this is the effective reasoning context mode
    used for the response.
    """

    generate_summary: Optional[Literal["auto", "concise", "detailed"]] = None
    """
    **Deprecated:** use `summary` instead.

    A summary of the reasoning performed by the model. This can be
    useful for debugging and understanding the model's reasoning process.
    One of `auto`, `concise`, or `detailed`.
    """


class Conversation(BaseModel):
    """
    The conversation that this response belonged to. Input items and output items from this response were
    automatically added to this conversation.
    """

    id: str
    """The unique ID of the conversation that this response was associated with."""


class BetaResponse(BaseModel):
    metadata: Optional[Dict[str, str]] = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    top_logprobs: Optional[int] = None
    """
    An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    """

    temperature: Optional[float] = None
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while
    lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or
    `top_p` but not both.
    """

    top_p: Optional[float] = None
    """
    An alternative to sampling with temperature, called nucleus sampling,
    where the model considers the results of the tokens with top_p probability
    mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or `temperature` but not both.
    """

    user: Optional[str] = None
    """
    Deprecated.

    This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to
    maintain caching optimizations. A stable identifier for your end-users. Used to boost cache hit rates by better
    bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn
    more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    safety_identifier: Optional[str] = None
    """
    A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We
    recommend hashing their username or email address, in order to avoid sending us any identifying information.
    [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    prompt_cache_key: Optional[str] = None
    """
    Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user`
    field. [Learn more](/docs/guides/prompt-caching).
    """

    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None
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

    previous_response_id: Optional[str] = None
    """
    The unique ID of the previous response to the model. Use this to
    create multi-turn conversations. Learn more about
    [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    """

    model: BetaModelIdsResponses
    """
    Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models.
    """

    background: Optional[bool] = None
    """
    Whether to run the model response in the background.
    [Learn more](/docs/guides/background).
    """

    max_tool_calls: Optional[int] = None
    """
    The maximum number of total calls to built-in tools that can be processed in a response. This maximum number
    applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model
    will be ignored.
    """

    text: Optional[BetaResponseTextConfig] = None
    """
    Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    tools: List[BetaTool]
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

    prompt: Optional[BetaResponsePrompt] = None
    """
    Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    service_tier: Optional[BetaServiceTier] = None
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

    truncation: Optional[Literal["auto", "disabled"]] = None
    """
    The truncation strategy to use for the model response.
    - `auto`: If the input to this Response exceeds
      the model's context window size, the model will truncate the
      response to fit the context window by dropping items from the beginning of the conversation.
    - `disabled` (default): If the input size will exceed the context window
      size for a model, the request will fail with a 400 error.
    """

    id: str
    """Unique identifier for this Response."""

    object: Literal["response"]
    """The object type of this resource - always set to `response`."""

    status: Optional[Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"]] = None
    """
    The status of the response generation. One of `completed`, `failed`,
    `in_progress`, `cancelled`, `queued`, or `incomplete`.
    """

    created_at: float
    """Unix timestamp (in seconds) of when this Response was created."""

    completed_at: Optional[float] = None
    """
    Unix timestamp (in seconds) of when this Response was completed.
    Only present when the status is `completed`.
    """

    error: Optional[BetaResponseError] = None
    """An error object returned when the model fails to generate a Response."""

    incomplete_details: Optional[IncompleteDetails] = None
    """Details about why the response is incomplete."""

    output: List[BetaResponseOutputItem]
    """
    An array of content items generated by the model.

    - The length and order of items in the `output` array is dependent
      on the model's response.
    - Rather than accessing the first item in the `output` array and
      assuming it's an `assistant` message with the content generated by
      the model, you might consider using the `output_text` property where
      supported in SDKs.
    """

    reasoning: Optional[Reasoning] = None
    """
    **gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    instructions: Optional[Union[str, List[BetaResponseInputItem]]] = None
    """
    A system (or developer) message inserted into the model's context.

    When using along with `previous_response_id`, the instructions from a previous
    response will not be carried over to the next response. This makes it simple
    to swap out system (or developer) messages in new responses.
    """

    output_text: Optional[str] = None
    """
    SDK-only convenience property that contains the aggregated text output
    from all `output_text` items in the `output` array, if any are present.
    Supported in the Python and JavaScript SDKs.
    """

    usage: Optional[BetaResponseUsage] = None
    """
    Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
    """

    prompt_cache_options: Optional[BetaPromptCacheOptions] = None
    """The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models."""

    moderation: Optional[BetaModeration] = None
    """Moderation results or errors for the response input and output."""

    parallel_tool_calls: bool
    """Whether to allow the model to run tool calls in parallel."""

    conversation: Optional[Conversation] = None
    """
    The conversation that this response belonged to. Input items and output items from this response were
    automatically added to this conversation.
    """

    max_output_tokens: Optional[int] = None
    """
    An upper bound for the number of tokens that can be generated for a response, including visible output tokens and
    [reasoning tokens](/docs/guides/reasoning).
    """


class ModerationInputModerationResult(BaseModel):
    """A moderation result produced for the response input or output."""

    type: Literal["moderation_result"]
    """The object type, which was always `moderation_result` for successful moderation results."""

    model: str
    """The moderation model that produced this result."""

    flagged: bool
    """A boolean indicating whether the content was flagged by any category."""

    categories: Dict[str, bool]
    """A dictionary of moderation categories to booleans, True if the input is flagged under this category."""

    category_scores: Dict[str, float]
    """A dictionary of moderation categories to scores."""

    category_applied_input_types: Dict[str, List[Literal["text", "image"]]]
    """Which modalities of input are reflected by the score for each category."""


class ModerationInputError(BaseModel):
    """An error produced while attempting moderation for the response input or output."""

    type: Literal["error"]
    """The object type, which was always `error` for moderation failures."""

    code: str
    """The error code."""

    message: str
    """The error message."""


class Moderation(BaseModel):
    """Moderation results or errors for the response input and output."""

    input: Annotated[Union[ModerationInputModerationResult, ModerationInputError], PropertyInfo(discriminator="type")]
    """Moderation for the response input."""

    output: Annotated[Union[ModerationInputModerationResult, ModerationInputError], PropertyInfo(discriminator="type")]
    """Moderation for the response output."""


ModerationInput: TypeAlias = Annotated[
    Union[ModerationInputModerationResult, ModerationInputError], PropertyInfo(discriminator="type")
]


ModerationOutput: TypeAlias = Annotated[
    Union[ModerationInputModerationResult, ModerationInputError], PropertyInfo(discriminator="type")
]


ModerationOutputError: TypeAlias = ModerationInputError


ModerationOutputModerationResult: TypeAlias = ModerationInputModerationResult


class PromptCacheOptions(BaseModel):
    """The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models."""

    ttl: Literal["30m"]
    """The minimum lifetime applied to each cache breakpoint."""

    mode: Literal["implicit", "explicit"]
    """Whether implicit prompt-cache breakpoints were enabled."""
