# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .beta_tool import BetaTool
from .beta_image_detail import BetaImageDetail
from .beta_response_input_file import BetaResponseInputFile
from .beta_response_input_text import BetaResponseInputText
from ..beta_mcp_list_tools_tool import BetaMCPListToolsTool
from ..beta_mcp_tool_call_error import BetaMCPToolCallError
from .beta_response_input_image import BetaResponseInputImage
from .beta_response_output_text import BetaResponseOutputText
from .beta_response_output_message import BetaResponseOutputMessage
from .beta_response_output_refusal import BetaResponseOutputRefusal
from .beta_response_reasoning_item import BetaResponseReasoningItem
from .beta_response_compaction_item import BetaResponseCompactionItem
from .beta_response_custom_tool_call import BetaResponseCustomToolCall
from .beta_response_tool_search_call import BetaResponseToolSearchCall
from .beta_response_computer_tool_call import BetaResponseComputerToolCall
from .beta_response_function_tool_call import BetaResponseFunctionToolCall
from .beta_response_function_web_search import BetaResponseFunctionWebSearch
from .beta_response_apply_patch_tool_call import BetaResponseApplyPatchToolCall
from .beta_response_file_search_tool_call import BetaResponseFileSearchToolCall
from .beta_response_tool_search_output_item import BetaResponseToolSearchOutputItem
from .beta_response_function_shell_tool_call import BetaResponseFunctionShellToolCall
from .beta_response_code_interpreter_tool_call import BetaResponseCodeInterpreterToolCall
from .beta_response_apply_patch_tool_call_output import BetaResponseApplyPatchToolCallOutput
from .beta_response_custom_tool_call_output_item import BetaResponseCustomToolCallOutputItem
from .beta_response_computer_tool_call_output_item import BetaResponseComputerToolCallOutputItem
from .beta_response_function_tool_call_output_item import BetaResponseFunctionToolCallOutputItem
from .beta_response_function_shell_tool_call_output import BetaResponseFunctionShellToolCallOutput

__all__ = [
    "BetaResponseOutputItem",
    "AgentMessage",
    "AgentMessageAgent",
    "AgentMessageContent",
    "AgentMessageContentText",
    "AgentMessageContentSummaryText",
    "AgentMessageContentReasoningText",
    "AgentMessageContentComputerScreenshot",
    "AgentMessageContentComputerScreenshotPromptCacheBreakpoint",
    "AgentMessageContentEncryptedContent",
    "MultiAgentCall",
    "MultiAgentCallOutput",
    "Program",
    "ProgramOutput",
    "AdditionalTools",
    "ImageGenerationCall",
    "LocalShellCall",
    "LocalShellCallAction",
    "LocalShellCallOutput",
    "McpCall",
    "McpListTools",
    "McpApprovalRequest",
    "McpApprovalResponse",
    "AdditionalToolsAgent",
    "ImageGenerationCallAgent",
    "LocalShellCallAgent",
    "LocalShellCallOutputAgent",
    "McpApprovalRequestAgent",
    "McpApprovalResponseAgent",
    "McpCallAgent",
    "McpListToolsAgent",
    "McpListToolsTool",
    "MultiAgentCallAgent",
    "MultiAgentCallOutputAgent",
    "ProgramAgent",
    "ProgramOutputAgent",
]


class AgentMessageAgent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class AgentMessageContentText(BaseModel):
    """A text content."""

    type: Literal["text"]

    text: str


class AgentMessageContentSummaryText(BaseModel):
    """A summary text from the model."""

    type: Literal["summary_text"]
    """The type of the object. Always `summary_text`."""

    text: str
    """A summary of the reasoning output from the model so far."""


class AgentMessageContentReasoningText(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""


class AgentMessageContentComputerScreenshotPromptCacheBreakpoint(BaseModel):
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: Literal["explicit"]
    """The breakpoint mode. Always `explicit`."""


class AgentMessageContentComputerScreenshot(BaseModel):
    """A screenshot of a computer."""

    type: Literal["computer_screenshot"]
    """Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""

    image_url: Optional[str] = None
    """The URL of the screenshot image."""

    file_id: Optional[str] = None
    """The identifier of an uploaded file that contains the screenshot."""

    detail: BetaImageDetail
    """
    The detail level of the screenshot image to be sent to the model. One of `high`, `low`, `auto`, or `original`.
    Defaults to `auto`.
    """

    prompt_cache_breakpoint: Optional[AgentMessageContentComputerScreenshotPromptCacheBreakpoint] = None
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """


class AgentMessageContentEncryptedContent(BaseModel):
    """Opaque encrypted content that Responses API decrypts inside trusted model execution."""

    type: Literal["encrypted_content"]
    """The type of the input item. Always `encrypted_content`."""

    encrypted_content: str
    """Opaque encrypted content."""


AgentMessageContent: TypeAlias = Annotated[
    Union[
        BetaResponseInputText,
        BetaResponseOutputText,
        AgentMessageContentText,
        AgentMessageContentSummaryText,
        AgentMessageContentReasoningText,
        BetaResponseOutputRefusal,
        BetaResponseInputImage,
        AgentMessageContentComputerScreenshot,
        BetaResponseInputFile,
        AgentMessageContentEncryptedContent,
    ],
    PropertyInfo(discriminator="type"),
]


class AgentMessage(BaseModel):
    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["agent_message"]
    """The type of the item. Always `agent_message`."""

    id: str
    """The unique ID of the agent message."""

    author: str
    """The sending agent identity."""

    recipient: str
    """The destination agent identity."""

    content: List[AgentMessageContent]
    """Encrypted content sent between agents."""


class MultiAgentCall(BaseModel):
    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["multi_agent_call"]
    """The type of the multi-agent call. Always `multi_agent_call`."""

    id: str
    """The unique ID of the multi-agent call item."""

    call_id: str
    """The unique ID linking this call to its output."""

    action: Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    """The multi-agent action to execute."""

    arguments: str
    """The JSON string of arguments generated for the action."""


class MultiAgentCallOutput(BaseModel):
    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["multi_agent_call_output"]
    """The type of the multi-agent result. Always `multi_agent_call_output`."""

    id: str
    """The unique ID of the multi-agent call output item."""

    call_id: str
    """The unique ID of the multi-agent call."""

    action: Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    """The multi-agent action that produced this result."""

    output: List[BetaResponseOutputText]
    """Text output returned by the multi-agent action."""


class Program(BaseModel):
    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

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


class ProgramOutput(BaseModel):
    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

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


class AdditionalTools(BaseModel):
    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["additional_tools"]
    """The type of the item. Always `additional_tools`."""

    id: str
    """The unique ID of the additional tools item."""

    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
    """The role that provided the additional tools."""

    tools: List[BetaTool]
    """The additional tool definitions made available at this item."""


class ImageGenerationCall(BaseModel):
    """An image generation request made by the model."""

    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["image_generation_call"]
    """The type of the image generation call. Always `image_generation_call`."""

    id: str
    """The unique ID of the image generation call."""

    status: Literal["in_progress", "completed", "generating", "failed"]
    """The status of the image generation call."""

    result: Optional[str] = None
    """The generated image encoded in base64."""


class LocalShellCallAction(BaseModel):
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


class LocalShellCall(BaseModel):
    """A tool call to run a command on the local shell."""

    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["local_shell_call"]
    """The type of the local shell call. Always `local_shell_call`."""

    id: str
    """The unique ID of the local shell call."""

    call_id: str
    """The unique ID of the local shell tool call generated by the model."""

    action: LocalShellCallAction
    """Execute a shell command on the server."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the local shell call."""


class LocalShellCallOutput(BaseModel):
    """The output of a local shell tool call."""

    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["local_shell_call_output"]
    """The type of the local shell tool call output. Always `local_shell_call_output`."""

    id: str
    """The unique ID of the local shell tool call generated by the model."""

    output: str
    """A JSON string of the output of the local shell tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """The status of the item. One of `in_progress`, `completed`, or `incomplete`."""


class McpCall(BaseModel):
    """An invocation of a tool on an MCP server."""

    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

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

    error: Optional[BetaMCPToolCallError] = None
    """The error from the tool call, if any."""

    status: Optional[Literal["in_progress", "completed", "incomplete", "calling", "failed"]] = None
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: Optional[str] = None
    """
    Unique identifier for the MCP tool call approval request. Include this value in a subsequent
    `mcp_approval_response` input to approve or reject the corresponding tool call.
    """


class McpListTools(BaseModel):
    """A list of tools available on an MCP server."""

    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["mcp_list_tools"]
    """The type of the item. Always `mcp_list_tools`."""

    id: str
    """The unique ID of the list."""

    server_label: str
    """The label of the MCP server."""

    tools: List[BetaMCPListToolsTool]
    """The tools available on the server."""

    error: Optional[str] = None
    """Error message if the server could not list tools."""


class McpApprovalRequest(BaseModel):
    """A request for human approval of a tool invocation."""

    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

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


class McpApprovalResponse(BaseModel):
    """A response to an MCP approval request."""

    agent: Optional[AgentMessageAgent] = None
    """The agent that produced this item."""

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


BetaResponseOutputItem: TypeAlias = Annotated[
    Union[
        BetaResponseOutputMessage,
        BetaResponseFileSearchToolCall,
        BetaResponseFunctionToolCall,
        BetaResponseFunctionToolCallOutputItem,
        AgentMessage,
        MultiAgentCall,
        MultiAgentCallOutput,
        BetaResponseFunctionWebSearch,
        BetaResponseComputerToolCall,
        BetaResponseComputerToolCallOutputItem,
        BetaResponseReasoningItem,
        Program,
        ProgramOutput,
        BetaResponseToolSearchCall,
        BetaResponseToolSearchOutputItem,
        AdditionalTools,
        BetaResponseCompactionItem,
        ImageGenerationCall,
        BetaResponseCodeInterpreterToolCall,
        LocalShellCall,
        LocalShellCallOutput,
        BetaResponseFunctionShellToolCall,
        BetaResponseFunctionShellToolCallOutput,
        BetaResponseApplyPatchToolCall,
        BetaResponseApplyPatchToolCallOutput,
        McpCall,
        McpListTools,
        McpApprovalRequest,
        McpApprovalResponse,
        BetaResponseCustomToolCall,
        BetaResponseCustomToolCallOutputItem,
    ],
    PropertyInfo(discriminator="type"),
]


AdditionalToolsAgent: TypeAlias = AgentMessageAgent


ImageGenerationCallAgent: TypeAlias = AgentMessageAgent


LocalShellCallAgent: TypeAlias = AgentMessageAgent


LocalShellCallOutputAgent: TypeAlias = AgentMessageAgent


McpApprovalRequestAgent: TypeAlias = AgentMessageAgent


McpApprovalResponseAgent: TypeAlias = AgentMessageAgent


McpCallAgent: TypeAlias = AgentMessageAgent


McpListToolsAgent: TypeAlias = AgentMessageAgent


class McpListToolsTool(BaseModel):
    """A tool available on an MCP server."""

    name: str
    """The name of the tool."""

    description: Optional[str] = None
    """The description of the tool."""

    input_schema: Dict[str, object]
    """The JSON schema describing the tool's input."""

    annotations: Optional[Dict[str, object]] = None
    """Additional annotations about the tool."""


MultiAgentCallAgent: TypeAlias = AgentMessageAgent


MultiAgentCallOutputAgent: TypeAlias = AgentMessageAgent


ProgramAgent: TypeAlias = AgentMessageAgent


ProgramOutputAgent: TypeAlias = AgentMessageAgent
