# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from .tool import Tool
from ..._models import BaseModel, PropertyInfo
from .service_tier import ServiceTier
from .response_error import ResponseError
from .response_usage import ResponseUsage
from .response_prompt import ResponsePrompt
from .tool_choice_mcp import ToolChoiceMcp
from ..shared.metadata import Metadata
from ..shared.reasoning import Reasoning
from .tool_choice_shell import ToolChoiceShell
from .tool_choice_types import ToolChoiceTypes
from .tool_choice_custom import ToolChoiceCustom
from .response_input_item import ResponseInputItem
from .tool_choice_allowed import ToolChoiceAllowed
from .tool_choice_options import ToolChoiceOptions
from .response_text_config import ResponseTextConfig
from .tool_choice_function import ToolChoiceFunction
from ..shared.responses_model import ResponsesModel
from .response_reasoning_item import ResponseReasoningItem
from .tool_choice_apply_patch import ToolChoiceApplyPatch
from .response_compaction_item import ResponseCompactionItem
from .response_custom_tool_call import ResponseCustomToolCall
from .response_tool_search_call import ResponseToolSearchCall
from ..beta.beta_response_status import BetaResponseStatus
from .response_computer_tool_call import ResponseComputerToolCall
from .response_function_web_search import ResponseFunctionWebSearch
from ..beta.beta_mcp_tool_call_error import BetaMcpToolCallError
from ..conversations.refusal_content import RefusalContent
from .response_apply_patch_tool_call import ResponseApplyPatchToolCall
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_tool_search_output_item import ResponseToolSearchOutputItem
from .response_function_shell_tool_call import ResponseFunctionShellToolCall
from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
from .response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
from .response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
from .response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
from .response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput

__all__ = [
    "ParsedResponseOutputText",
    "ParsedContent",
    "ParsedResponseOutputTextAnnotationFileCitation",
    "ParsedResponseOutputTextAnnotationUrlCitation",
    "ParsedResponseOutputTextAnnotationContainerFileCitation",
    "ParsedResponseOutputTextAnnotationFilePath",
    "ParsedResponseOutputTextLogprob",
    "ParsedResponseOutputTextLogprobTopLogprob",
    "ParsedResponse",
    "ToolChoiceProgrammaticToolCalling",
    "IncompleteDetails",
    "ParsedResponseOutputMessage",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputItemProgram",
    "ParsedResponseOutputItemProgramOutput",
    "ParsedResponseOutputItemAdditionalTools",
    "ParsedResponseOutputItemImageGenerationCall",
    "ParsedResponseOutputItemLocalShellCall",
    "ParsedResponseOutputItemLocalShellCallOutput",
    "ParsedResponseOutputItemMcpCall",
    "ParsedResponseOutputItemMcpListTools",
    "ParsedResponseOutputItemMcpApprovalRequest",
    "ParsedResponseOutputItemMcpApprovalResponse",
    "ParsedResponseOutputItem",
    "ParsedResponseFunctionToolCallCallerDirect",
    "ParsedResponseFunctionToolCallCallerProgram",
    "ParsedResponseOutputItemLocalShellCallAction",
    "ParsedResponseOutputItemMcpListToolsTool",
    "PromptCacheOptions",
    "Moderation",
    "ModerationInputModerationResult",
    "ModerationInputError",
    "Conversation",
]


class ParsedResponseOutputText(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""

    annotations: List[
        Annotated[
            Union[
                ParsedResponseOutputTextAnnotationFileCitation,
                ParsedResponseOutputTextAnnotationUrlCitation,
                ParsedResponseOutputTextAnnotationContainerFileCitation,
                ParsedResponseOutputTextAnnotationFilePath,
            ],
            PropertyInfo(discriminator="type"),
        ]
    ]
    """The annotations of the text output."""

    logprobs: List[ParsedResponseOutputTextLogprob]


ParsedContent: TypeAlias = Annotated[
    Union[ParsedResponseOutputText, RefusalContent], PropertyInfo(discriminator="type")
]


class ParsedResponseOutputTextAnnotationFileCitation(BaseModel):
    """A citation to a file."""

    type: Literal["file_citation"]
    """The type of the file citation. Always `file_citation`."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""

    filename: str
    """The filename of the file cited."""


class ParsedResponseOutputTextAnnotationUrlCitation(BaseModel):
    """A citation for a web resource used to generate a model response."""

    type: Literal["url_citation"]
    """The type of the URL citation. Always `url_citation`."""

    url: str
    """The URL of the web resource."""

    start_index: int
    """The index of the first character of the URL citation in the message."""

    end_index: int
    """The index of the last character of the URL citation in the message."""

    title: str
    """The title of the web resource."""


class ParsedResponseOutputTextAnnotationContainerFileCitation(BaseModel):
    """A citation for a container file used to generate a model response."""

    type: Literal["container_file_citation"]
    """The type of the container file citation. Always `container_file_citation`."""

    container_id: str
    """The ID of the container file."""

    file_id: str
    """The ID of the file."""

    start_index: int
    """The index of the first character of the container file citation in the message."""

    end_index: int
    """The index of the last character of the container file citation in the message."""

    filename: str
    """The filename of the container file cited."""


class ParsedResponseOutputTextAnnotationFilePath(BaseModel):
    """A path to a file."""

    type: Literal["file_path"]
    """The type of the file path. Always `file_path`."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""


class ParsedResponseOutputTextLogprob(BaseModel):
    """The log probability of a token."""

    token: str

    logprob: float

    bytes: List[int]

    top_logprobs: List[ParsedResponseOutputTextLogprobTopLogprob]


class ParsedResponseOutputTextLogprobTopLogprob(BaseModel):
    """The top log probability of a token."""

    token: str

    logprob: float

    bytes: List[int]


class ParsedResponse(BaseModel):
    metadata: Optional[Metadata]
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

    temperature: Optional[float]
    """
    What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
    We generally recommend altering this or `top_p` but not both.
    """

    top_p: Optional[float]
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

    This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    safety_identifier: Optional[str] = None
    """
    A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    prompt_cache_key: Optional[str] = None
    """Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching)."""

    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None
    """
    Deprecated.

    Deprecated. Use `prompt_cache_options.ttl` instead.

    The retention policy for the prompt cache. Set to `24h` to enable extended prompt caching, which keeps cached prefixes active for longer, up to a maximum of 24 hours. [Learn more](/docs/guides/prompt-caching#prompt-cache-retention).
    This field expresses a maximum retention policy, while
    `prompt_cache_options.ttl` expresses a minimum cache lifetime. The two
    fields are independent and do not interact.
    For `gpt-5.5`, `gpt-5.5-pro`, and future models, only `24h` is supported.

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

    model: ResponsesModel
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
    """The maximum number of total calls to built-in tools that can be processed in a response. This maximum number applies across all built-in tool calls, not per individual tool. Any further attempts to call a tool by the model will be ignored."""

    text: Optional[ResponseTextConfig] = None
    """
    Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)
    """

    tools: List[Tool]
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

    tool_choice: Union[
        ToolChoiceOptions,
        ToolChoiceAllowed,
        ToolChoiceTypes,
        ToolChoiceFunction,
        ToolChoiceMcp,
        ToolChoiceCustom,
        ToolChoiceProgrammaticToolCalling,
        ToolChoiceApplyPatch,
        ToolChoiceShell,
    ]
    """
    How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
    """

    prompt: Optional[ResponsePrompt] = None
    """
    Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    service_tier: Optional[ServiceTier] = None
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

    status: Optional[BetaResponseStatus] = None
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

    error: Optional[ResponseError]
    """An error object returned when the model fails to generate a Response."""

    incomplete_details: Optional[IncompleteDetails]
    """Details about why the response is incomplete."""

    output: List[ParsedResponseOutputItem]
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

    instructions: Optional[Union[str, List[ResponseInputItem]]]
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

    usage: Optional[ResponseUsage] = None
    """
    Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
    """

    prompt_cache_options: Optional[PromptCacheOptions] = None
    """The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models."""

    moderation: Optional[Moderation] = None
    """Moderation results or errors for the response input and output."""

    parallel_tool_calls: bool
    """Whether to allow the model to run tool calls in parallel."""

    conversation: Optional[Conversation] = None
    """The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation."""

    max_output_tokens: Optional[int] = None
    """An upper bound for the number of tokens that can be generated for a response, including visible output tokens and [reasoning tokens](/docs/guides/reasoning)."""


class ToolChoiceProgrammaticToolCalling(BaseModel):
    type: Literal["programmatic_tool_calling"]
    """The tool to call. Always `programmatic_tool_calling`."""


class IncompleteDetails(BaseModel):
    """Details about why the response is incomplete."""

    reason: Optional[Literal["max_output_tokens", "content_filter"]] = None
    """The reason why the response is incomplete."""


class ParsedResponseOutputMessage(BaseModel):
    """An output message from the model."""

    id: str
    """The unique ID of the output message."""

    type: Literal["message"]
    """The type of the output message. Always `message`."""

    role: Literal["assistant"]
    """The role of the output message. Always `assistant`."""

    content: List[ParsedContent]
    """The content of the output message."""

    phase: Optional[Literal["commentary", "final_answer"]] = None
    """
    Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
    For models like `gpt-5.3-codex` and beyond, when sending follow-up requests, preserve and resend
    phase on all assistant messages — dropping it can degrade performance. Not used for user messages.
    """

    status: Literal["in_progress", "completed", "incomplete"]
    """
    The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """


class ParsedResponseFunctionToolCall(BaseModel):
    """
    A tool call to run a function. See the
    [function calling guide](/docs/guides/function-calling) for more information.
    """

    id: Optional[str] = None
    """The unique ID of the function tool call."""

    type: Literal["function_call"]
    """The type of the function tool call. Always `function_call`."""

    call_id: str
    """The unique ID of the function tool call generated by the model."""

    caller: Optional[
        Annotated[
            Union[ParsedResponseFunctionToolCallCallerDirect, ParsedResponseFunctionToolCallCallerProgram],
            PropertyInfo(discriminator="type"),
        ]
    ] = None
    """The execution context that produced this tool call."""

    namespace: Optional[str] = None
    """The namespace of the function to run."""

    name: str
    """The name of the function to run."""

    arguments: str
    """A JSON string of the arguments to pass to the function."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """
    The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """


class ParsedResponseOutputItemProgram(BaseModel):
    type: Literal["program"]
    """The type of the item. Always `program`."""

    id: str
    """The unique ID of the program item."""

    call_id: str
    """The stable call ID of the program item."""

    code: str
    """The JavaScript source executed by programmatic tool calling."""

    fingerprint: str
    """Opaque program replay fingerprint that must be round-tripped."""


class ParsedResponseOutputItemProgramOutput(BaseModel):
    type: Literal["program_output"]
    """The type of the item. Always `program_output`."""

    id: str
    """The unique ID of the program output item."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: Literal["completed", "incomplete"]
    """The terminal status of the program output item."""


class ParsedResponseOutputItemAdditionalTools(BaseModel):
    type: Literal["additional_tools"]
    """The type of the item. Always `additional_tools`."""

    id: str
    """The unique ID of the additional tools item."""

    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
    """The role that provided the additional tools."""

    tools: List[Tool]
    """The additional tool definitions made available at this item."""


class ParsedResponseOutputItemImageGenerationCall(BaseModel):
    """An image generation request made by the model."""

    type: Literal["image_generation_call"]
    """The type of the image generation call. Always `image_generation_call`."""

    id: str
    """The unique ID of the image generation call."""

    status: Literal["in_progress", "completed", "generating", "failed"]
    """The status of the image generation call."""

    result: Optional[str]
    """The generated image encoded in base64."""


class ParsedResponseOutputItemLocalShellCall(BaseModel):
    """A tool call to run a command on the local shell."""

    type: Literal["local_shell_call"]
    """The type of the local shell call. Always `local_shell_call`."""

    id: str
    """The unique ID of the local shell call."""

    call_id: str
    """The unique ID of the local shell tool call generated by the model."""

    action: ParsedResponseOutputItemLocalShellCallAction
    """Execute a shell command on the server."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the local shell call."""


class ParsedResponseOutputItemLocalShellCallOutput(BaseModel):
    """The output of a local shell tool call."""

    type: Literal["local_shell_call_output"]
    """The type of the local shell tool call output. Always `local_shell_call_output`."""

    id: str
    """The unique ID of the local shell tool call generated by the model."""

    output: str
    """A JSON string of the output of the local shell tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """The status of the item. One of `in_progress`, `completed`, or `incomplete`."""


class ParsedResponseOutputItemMcpCall(BaseModel):
    """An invocation of a tool on an MCP server."""

    type: Literal["mcp_call"]
    """The type of the item. Always `mcp_call`."""

    id: str
    """The unique ID of the tool call."""

    server_label: str
    """The label of the MCP server running the tool."""

    name: str
    """The name of the tool that was run."""

    arguments: str
    """A JSON string of the arguments passed to the tool."""

    output: Optional[str] = None
    """The output from the tool call."""

    error: Optional[BetaMcpToolCallError] = None
    """The error from the tool call, if any."""

    status: Optional[Literal["in_progress", "completed", "incomplete", "calling", "failed"]] = None
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: Optional[str] = None
    """
    Unique identifier for the MCP tool call approval request.
    Include this value in a subsequent `mcp_approval_response` input to approve or reject the corresponding tool call.
    """


class ParsedResponseOutputItemMcpListTools(BaseModel):
    """A list of tools available on an MCP server."""

    type: Literal["mcp_list_tools"]
    """The type of the item. Always `mcp_list_tools`."""

    id: str
    """The unique ID of the list."""

    server_label: str
    """The label of the MCP server."""

    tools: List[ParsedResponseOutputItemMcpListToolsTool]
    """The tools available on the server."""

    error: Optional[str] = None
    """Error message if the server could not list tools."""


class ParsedResponseOutputItemMcpApprovalRequest(BaseModel):
    """A request for human approval of a tool invocation."""

    type: Literal["mcp_approval_request"]
    """The type of the item. Always `mcp_approval_request`."""

    id: str
    """The unique ID of the approval request."""

    server_label: str
    """The label of the MCP server making the request."""

    name: str
    """The name of the tool to run."""

    arguments: str
    """A JSON string of arguments for the tool."""


class ParsedResponseOutputItemMcpApprovalResponse(BaseModel):
    """A response to an MCP approval request."""

    type: Literal["mcp_approval_response"]
    """The type of the item. Always `mcp_approval_response`."""

    id: str
    """The unique ID of the approval response"""

    approval_request_id: str
    """The ID of the approval request being answered."""

    approve: bool
    """Whether the request was approved."""

    reason: Optional[str] = None
    """Optional reason for the decision."""


ParsedResponseOutputItem: TypeAlias = Annotated[
    Union[
        ParsedResponseOutputMessage,
        ResponseFileSearchToolCall,
        ParsedResponseFunctionToolCall,
        ResponseFunctionToolCallOutputItem,
        ResponseFunctionWebSearch,
        ResponseComputerToolCall,
        ResponseComputerToolCallOutputItem,
        ResponseReasoningItem,
        ParsedResponseOutputItemProgram,
        ParsedResponseOutputItemProgramOutput,
        ResponseToolSearchCall,
        ResponseToolSearchOutputItem,
        ParsedResponseOutputItemAdditionalTools,
        ResponseCompactionItem,
        ParsedResponseOutputItemImageGenerationCall,
        ResponseCodeInterpreterToolCall,
        ParsedResponseOutputItemLocalShellCall,
        ParsedResponseOutputItemLocalShellCallOutput,
        ResponseFunctionShellToolCall,
        ResponseFunctionShellToolCallOutput,
        ResponseApplyPatchToolCall,
        ResponseApplyPatchToolCallOutput,
        ParsedResponseOutputItemMcpCall,
        ParsedResponseOutputItemMcpListTools,
        ParsedResponseOutputItemMcpApprovalRequest,
        ParsedResponseOutputItemMcpApprovalResponse,
        ResponseCustomToolCall,
        ResponseCustomToolCallOutputItem,
    ],
    PropertyInfo(discriminator="type"),
]


class ParsedResponseFunctionToolCallCallerDirect(BaseModel):
    type: Literal["direct"]


class ParsedResponseFunctionToolCallCallerProgram(BaseModel):
    type: Literal["program"]

    caller_id: str
    """The call ID of the program item that produced this tool call."""


class ParsedResponseOutputItemLocalShellCallAction(BaseModel):
    """Execute a shell command on the server."""

    type: Literal["exec"]
    """The type of the local shell action. Always `exec`."""

    command: List[str]
    """The command to run."""

    timeout_ms: Optional[int] = None
    """Optional timeout in milliseconds for the command."""

    working_directory: Optional[str] = None
    """Optional working directory to run the command in."""

    env: Dict[str, str]
    """Environment variables to set for the command."""

    user: Optional[str] = None
    """Optional user to run the command as."""


class ParsedResponseOutputItemMcpListToolsTool(BaseModel):
    """A tool available on an MCP server."""

    name: str
    """The name of the tool."""

    description: Optional[str] = None
    """The description of the tool."""

    input_schema: Dict[str, object]
    """The JSON schema describing the tool's input."""

    annotations: Optional[Dict[str, object]] = None
    """Additional annotations about the tool."""


class PromptCacheOptions(BaseModel):
    """The prompt-caching options that were applied to the response. Supported for `gpt-5.6` and later models."""

    ttl: Literal["30m"]
    """The minimum lifetime applied to each cache breakpoint."""

    mode: Literal["implicit", "explicit"]
    """Whether implicit prompt-cache breakpoints were enabled."""


class Moderation(BaseModel):
    """Moderation results or errors for the response input and output."""

    input: Annotated[Union[ModerationInputModerationResult, ModerationInputError], PropertyInfo(discriminator="type")]
    """Moderation for the response input."""

    output: Annotated[Union[ModerationInputModerationResult, ModerationInputError], PropertyInfo(discriminator="type")]
    """Moderation for the response output."""


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


class Conversation(BaseModel):
    """The conversation that this response belonged to. Input items and output items from this response were automatically added to this conversation."""

    id: str
    """The unique ID of the conversation that this response was associated with."""
