# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .beta_tool import BetaTool
from ..beta_item import BetaItem
from .beta_local_environment import BetaLocalEnvironment
from ..beta_encrypted_content import BetaEncryptedContent
from .beta_easy_input_message import BetaEasyInputMessage
from ..beta_input_text_content import BetaInputTextContent
from .beta_container_reference import BetaContainerReference
from .beta_response_input_file import BetaResponseInputFile
from .beta_response_input_text import BetaResponseInputText
from ..beta_mcp_list_tools_tool import BetaMCPListToolsTool
from ..beta_mcp_tool_call_error import BetaMCPToolCallError
from .beta_response_input_image import BetaResponseInputImage
from .beta_response_input_image_content import BetaResponseInputImageContent
from .beta_response_input_message_content_list import BetaResponseInputMessageContentList
from .beta_response_function_shell_call_output_content import BetaResponseFunctionShellCallOutputContent
from .beta_response_computer_tool_call_output_screenshot import BetaResponseComputerToolCallOutputScreenshot

__all__ = [
    "BetaResponseInputItem",
    "CompactionTrigger",
    "AdditionalToolsAgent",
    "ItemReference",
    "Program",
    "ProgramOutput",
    "AdditionalTools",
    "AgentMessage",
    "AgentMessageContent",
    "AgentMessageAgent",
    "AgentMessageContentEncryptedContent",
    "ApplyPatchCall",
    "ApplyPatchCallCaller",
    "ApplyPatchCallCallerDirect",
    "ApplyPatchCallCallerProgram",
    "ApplyPatchCallOperation",
    "ApplyPatchCallOperationCreateFile",
    "ApplyPatchCallOperationDeleteFile",
    "ApplyPatchCallOperationUpdateFile",
    "ApplyPatchCallAgent",
    "ApplyPatchCallOutput",
    "ApplyPatchCallOutputAgent",
    "ApplyPatchCallOutputCaller",
    "ApplyPatchCallOutputCallerDirect",
    "ApplyPatchCallOutputCallerProgram",
    "CompactionTriggerAgent",
    "ComputerCallOutput",
    "ComputerCallOutputAgent",
    "ComputerCallOutputAcknowledgedSafetyCheck",
    "FunctionCallOutput",
    "FunctionCallOutputAgent",
    "FunctionCallOutputCaller",
    "FunctionCallOutputCallerDirect",
    "FunctionCallOutputCallerProgram",
    "ImageGenerationCall",
    "ImageGenerationCallAgent",
    "ItemReferenceAgent",
    "LocalShellCall",
    "LocalShellCallAction",
    "LocalShellCallAgent",
    "LocalShellCallOutput",
    "LocalShellCallOutputAgent",
    "McpApprovalRequest",
    "McpApprovalRequestAgent",
    "McpApprovalResponse",
    "McpApprovalResponseAgent",
    "McpCall",
    "McpCallAgent",
    "McpListTools",
    "McpListToolsAgent",
    "McpListToolsTool",
    "Message",
    "MessageAgent",
    "MultiAgentCall",
    "MultiAgentCallAgent",
    "MultiAgentCallOutput",
    "MultiAgentCallOutputOutput",
    "MultiAgentCallOutputOutputAnnotation",
    "MultiAgentCallOutputOutputAnnotationFileCitation",
    "MultiAgentCallOutputOutputAnnotationURLCitation",
    "MultiAgentCallOutputOutputAnnotationContainerFileCitation",
    "MultiAgentCallOutputAgent",
    "ProgramAgent",
    "ProgramOutputAgent",
    "ShellCall",
    "ShellCallAction",
    "ShellCallEnvironment",
    "ShellCallAgent",
    "ShellCallCaller",
    "ShellCallCallerDirect",
    "ShellCallCallerProgram",
    "ShellCallOutput",
    "ShellCallOutputAgent",
    "ShellCallOutputCaller",
    "ShellCallOutputCallerDirect",
    "ShellCallOutputCallerProgram",
    "ToolSearchCall",
    "ToolSearchCallAgent",
]


class AdditionalToolsAgent(BaseModel):
    """The agent that produced this item."""

    agent_name: str
    """The canonical name of the agent that produced this item."""


class CompactionTrigger(BaseModel):
    """Compacts the current context. Must be the final input item."""

    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    type: Literal["compaction_trigger"]
    """The type of the item. Always `compaction_trigger`."""


class ItemReference(BaseModel):
    """An internal identifier for an item to reference."""

    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    type: Optional[Literal["item_reference"]] = None
    """The type of item to reference. Always `item_reference`."""

    id: str
    """The ID of the item to reference."""


class Program(BaseModel):
    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    id: str
    """The unique ID of this program item."""

    type: Literal["program"]
    """The item type. Always `program`."""

    call_id: str
    """The stable call ID of the program item."""

    code: str
    """The JavaScript source executed by programmatic tool calling."""

    fingerprint: str
    """Opaque program replay fingerprint that must be round-tripped."""


class ProgramOutput(BaseModel):
    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    id: str
    """The unique ID of this program output item."""

    type: Literal["program_output"]
    """The item type. Always `program_output`."""

    call_id: str
    """The call ID of the program item."""

    result: str
    """The result produced by the program item."""

    status: Literal["completed", "incomplete"]
    """The terminal status of the program output."""


BetaResponseInputItem: TypeAlias = Union[
    BetaEasyInputMessage, BetaItem, CompactionTrigger, ItemReference, Program, ProgramOutput
]


class AdditionalTools(BaseModel):
    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of this additional tools item."""

    type: Literal["additional_tools"]
    """The item type. Always `additional_tools`."""

    role: Literal["developer"]
    """The role that provided the additional tools. Only `developer` is supported."""

    tools: List[BetaTool]
    """A list of additional tools made available at this item."""


AgentMessageContent: TypeAlias = Annotated[
    Union[BetaInputTextContent, BetaResponseInputImageContent, BetaEncryptedContent], PropertyInfo(discriminator="type")
]


class AgentMessage(BaseModel):
    """A message routed between agents."""

    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of this agent message item."""

    type: Literal["agent_message"]
    """The item type. Always `agent_message`."""

    author: str
    """The sending agent identity."""

    recipient: str
    """The destination agent identity."""

    content: List[AgentMessageContent]
    """Plaintext, image, or encrypted content sent between agents."""


AgentMessageAgent: TypeAlias = AdditionalToolsAgent


class AgentMessageContentEncryptedContent(BaseModel):
    """Opaque encrypted content that Responses API decrypts inside trusted model execution."""

    type: Literal["encrypted_content"]
    """The type of the input item. Always `encrypted_content`."""

    encrypted_content: str
    """Opaque encrypted content."""


class ApplyPatchCallCallerDirect(BaseModel):
    type: Literal["direct"]
    """The caller type. Always `direct`."""


class ApplyPatchCallCallerProgram(BaseModel):
    type: Literal["program"]
    """The caller type. Always `program`."""

    caller_id: str
    """The call ID of the program item that produced this tool call."""


ApplyPatchCallCaller: TypeAlias = Annotated[
    Union[ApplyPatchCallCallerDirect, ApplyPatchCallCallerProgram], PropertyInfo(discriminator="type")
]


class ApplyPatchCallOperationCreateFile(BaseModel):
    """Instruction for creating a new file via the apply_patch tool."""

    type: Literal["create_file"]
    """The operation type. Always `create_file`."""

    path: str
    """Path of the file to create relative to the workspace root."""

    diff: str
    """Unified diff content to apply when creating the file."""


class ApplyPatchCallOperationDeleteFile(BaseModel):
    """Instruction for deleting an existing file via the apply_patch tool."""

    type: Literal["delete_file"]
    """The operation type. Always `delete_file`."""

    path: str
    """Path of the file to delete relative to the workspace root."""


class ApplyPatchCallOperationUpdateFile(BaseModel):
    """Instruction for updating an existing file via the apply_patch tool."""

    type: Literal["update_file"]
    """The operation type. Always `update_file`."""

    path: str
    """Path of the file to update relative to the workspace root."""

    diff: str
    """Unified diff content to apply to the existing file."""


ApplyPatchCallOperation: TypeAlias = Annotated[
    Union[ApplyPatchCallOperationCreateFile, ApplyPatchCallOperationDeleteFile, ApplyPatchCallOperationUpdateFile],
    PropertyInfo(discriminator="type"),
]


class ApplyPatchCall(BaseModel):
    """A tool call representing a request to create, delete, or update files using diff patches."""

    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    type: Literal["apply_patch_call"]
    """The type of the item. Always `apply_patch_call`."""

    id: Optional[str] = None
    """The unique ID of the apply patch tool call. Populated when this item is returned via API."""

    call_id: str
    """The unique ID of the apply patch tool call generated by the model."""

    caller: Optional[ApplyPatchCallCaller] = None
    """The execution context that produced this tool call."""

    status: Literal["in_progress", "completed"]
    """The status of the apply patch tool call. One of `in_progress` or `completed`."""

    operation: ApplyPatchCallOperation
    """The specific create, delete, or update instruction for the apply_patch tool call."""


ApplyPatchCallAgent: TypeAlias = AdditionalToolsAgent


class ApplyPatchCallOutput(BaseModel):
    """The streamed output emitted by an apply patch tool call."""

    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    type: Literal["apply_patch_call_output"]
    """The type of the item. Always `apply_patch_call_output`."""

    id: Optional[str] = None
    """The unique ID of the apply patch tool call output. Populated when this item is returned via API."""

    call_id: str
    """The unique ID of the apply patch tool call generated by the model."""

    caller: Optional[ApplyPatchCallCaller] = None
    """The execution context that produced this tool call."""

    status: Literal["completed", "failed"]
    """The status of the apply patch tool call output. One of `completed` or `failed`."""

    output: Optional[str] = None
    """Optional human-readable log text from the apply patch tool (e.g., patch results or errors)."""


ApplyPatchCallOutputAgent: TypeAlias = AdditionalToolsAgent


ApplyPatchCallOutputCaller: TypeAlias = ApplyPatchCallCaller


ApplyPatchCallOutputCallerDirect: TypeAlias = ApplyPatchCallCallerDirect


ApplyPatchCallOutputCallerProgram: TypeAlias = ApplyPatchCallCallerProgram


CompactionTriggerAgent: TypeAlias = AdditionalToolsAgent


class ComputerCallOutputAgent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class ComputerCallOutputAcknowledgedSafetyCheck(BaseModel):
    """A pending safety check for the computer call."""

    id: str
    """The ID of the pending safety check."""

    code: Optional[str] = None
    """The type of the pending safety check."""

    message: Optional[str] = None
    """Details about the pending safety check."""


class ComputerCallOutput(BaseModel):
    """The output of a computer tool call."""

    agent: Optional[ComputerCallOutputAgent] = None
    """The agent that produced this item."""

    type: Literal["computer_call_output"]
    """The type of the computer tool call output. Always `computer_call_output`."""

    id: Optional[str] = None
    """The ID of the computer tool call output."""

    call_id: str
    """The ID of the computer tool call that produced the output."""

    acknowledged_safety_checks: Optional[List[ComputerCallOutputAcknowledgedSafetyCheck]] = None
    """
    The safety checks reported by the API that have been acknowledged by the
    developer.
    """

    output: BetaResponseComputerToolCallOutputScreenshot
    """A computer screenshot image used with the computer use tool."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """
    The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """


class FunctionCallOutput(BaseModel):
    """The output of a function tool call."""

    agent: Optional[ComputerCallOutputAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """
    The unique ID of the function tool call output. Populated when this item
    is returned via API.
    """

    type: Literal["function_call_output"]
    """The type of the function tool call output. Always `function_call_output`."""

    call_id: str
    """The unique ID of the function tool call generated by the model."""

    name: Optional[str] = None
    """The name of the tool that produced the output."""

    namespace: Optional[str] = None
    """The namespace of the tool that produced the output."""

    caller: Optional[ApplyPatchCallCaller] = None
    """The execution context that produced this tool call."""

    output: Union[
        str,
        List[
            Annotated[
                Union[BetaResponseInputText, BetaResponseInputImage, BetaResponseInputFile],
                PropertyInfo(discriminator="type"),
            ]
        ],
    ]
    """
    The output from the function call generated by your code.
    Can be a string or an list of output content.
    """

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """
    The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """


FunctionCallOutputAgent: TypeAlias = ComputerCallOutputAgent


FunctionCallOutputCaller: TypeAlias = ApplyPatchCallCaller


FunctionCallOutputCallerDirect: TypeAlias = ApplyPatchCallCallerDirect


FunctionCallOutputCallerProgram: TypeAlias = ApplyPatchCallCallerProgram


class ImageGenerationCall(BaseModel):
    """An image generation request made by the model."""

    agent: Optional[ComputerCallOutputAgent] = None
    """The agent that produced this item."""

    type: Literal["image_generation_call"]
    """The type of the image generation call. Always `image_generation_call`."""

    id: str
    """The unique ID of the image generation call."""

    status: Literal["in_progress", "completed", "generating", "failed"]
    """The status of the image generation call."""

    result: Optional[str] = None
    """The generated image encoded in base64."""


ImageGenerationCallAgent: TypeAlias = ComputerCallOutputAgent


ItemReferenceAgent: TypeAlias = ComputerCallOutputAgent


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

    agent: Optional[ComputerCallOutputAgent] = None
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


LocalShellCallAgent: TypeAlias = ComputerCallOutputAgent


class LocalShellCallOutput(BaseModel):
    """The output of a local shell tool call."""

    agent: Optional[ComputerCallOutputAgent] = None
    """The agent that produced this item."""

    type: Literal["local_shell_call_output"]
    """The type of the local shell tool call output. Always `local_shell_call_output`."""

    id: str
    """The unique ID of the local shell tool call generated by the model."""

    output: str
    """A JSON string of the output of the local shell tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """The status of the item. One of `in_progress`, `completed`, or `incomplete`."""


LocalShellCallOutputAgent: TypeAlias = ComputerCallOutputAgent


class McpApprovalRequest(BaseModel):
    """A request for human approval of a tool invocation."""

    agent: Optional[ComputerCallOutputAgent] = None
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


McpApprovalRequestAgent: TypeAlias = ComputerCallOutputAgent


class McpApprovalResponse(BaseModel):
    """A response to an MCP approval request."""

    agent: Optional[ComputerCallOutputAgent] = None
    """The agent that produced this item."""

    type: Literal["mcp_approval_response"]
    """The type of the item. Always `mcp_approval_response`."""

    id: Optional[str] = None
    """The unique ID of the approval response"""

    approval_request_id: str
    """The ID of the approval request being answered."""

    approve: bool
    """Whether the request was approved."""

    reason: Optional[str] = None
    """Optional reason for the decision."""


McpApprovalResponseAgent: TypeAlias = ComputerCallOutputAgent


class McpCall(BaseModel):
    """An invocation of a tool on an MCP server."""

    agent: Optional[ComputerCallOutputAgent] = None
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


McpCallAgent: TypeAlias = ComputerCallOutputAgent


class McpListTools(BaseModel):
    """A list of tools available on an MCP server."""

    agent: Optional[ComputerCallOutputAgent] = None
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


McpListToolsAgent: TypeAlias = ComputerCallOutputAgent


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


class Message(BaseModel):
    """
    A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.
    """

    agent: Optional[ComputerCallOutputAgent] = None
    """The agent that produced this item."""

    type: Optional[Literal["message"]] = None
    """The type of the message input. Always set to `message`."""

    role: Literal["user", "system", "developer"]
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """
    The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """

    content: BetaResponseInputMessageContentList
    """
    A list of one or many input items to the model, containing different content
    types.
    """


MessageAgent: TypeAlias = ComputerCallOutputAgent


class MultiAgentCall(BaseModel):
    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of this multi-agent call."""

    call_id: str
    """The unique ID linking this call to its output."""

    type: Literal["multi_agent_call"]
    """The item type. Always `multi_agent_call`."""

    action: Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    """The multi-agent action that was executed."""

    arguments: str
    """The action arguments as a JSON string."""


MultiAgentCallAgent: TypeAlias = ComputerCallOutputAgent


class MultiAgentCallOutputOutputAnnotationFileCitation(BaseModel):
    type: Literal["file_citation"]
    """The citation type. Always `file_citation`."""

    index: int
    """The index of the file in the list of files."""

    file_id: str
    """The ID of the file."""

    filename: str
    """The filename of the file cited."""


class MultiAgentCallOutputOutputAnnotationURLCitation(BaseModel):
    type: Literal["url_citation"]
    """The citation type. Always `url_citation`."""

    start_index: int
    """The index of the first character of the citation in the message."""

    end_index: int
    """The index of the last character of the citation in the message."""

    url: str
    """The URL of the cited resource."""

    title: str
    """The title of the cited resource."""


class MultiAgentCallOutputOutputAnnotationContainerFileCitation(BaseModel):
    type: Literal["container_file_citation"]
    """The citation type. Always `container_file_citation`."""

    start_index: int
    """The index of the first character of the citation in the message."""

    end_index: int
    """The index of the last character of the citation in the message."""

    container_id: str
    """The ID of the container."""

    file_id: str
    """The ID of the container file."""

    filename: str
    """The filename of the container file cited."""


MultiAgentCallOutputOutputAnnotation: TypeAlias = Annotated[
    Union[
        MultiAgentCallOutputOutputAnnotationFileCitation,
        MultiAgentCallOutputOutputAnnotationURLCitation,
        MultiAgentCallOutputOutputAnnotationContainerFileCitation,
    ],
    PropertyInfo(discriminator="type"),
]


class MultiAgentCallOutputOutput(BaseModel):
    type: Literal["output_text"]
    """The content type. Always `output_text`."""

    text: str
    """The text content."""

    annotations: Optional[List[MultiAgentCallOutputOutputAnnotation]] = None
    """Citations associated with the text content."""


class MultiAgentCallOutput(BaseModel):
    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of this multi-agent call output."""

    call_id: str
    """The unique ID of the multi-agent call."""

    type: Literal["multi_agent_call_output"]
    """The item type. Always `multi_agent_call_output`."""

    action: Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    """The multi-agent action that produced this result."""

    output: List[MultiAgentCallOutputOutput]
    """Text output returned by the multi-agent action."""


MultiAgentCallOutputAgent: TypeAlias = ComputerCallOutputAgent


ProgramAgent: TypeAlias = ComputerCallOutputAgent


ProgramOutputAgent: TypeAlias = ComputerCallOutputAgent


class ShellCallAction(BaseModel):
    """Commands and limits describing how to run the shell tool call."""

    commands: List[str]
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: Optional[int] = None
    """Maximum wall-clock time in milliseconds to allow the shell commands to run."""

    max_output_length: Optional[int] = None
    """Maximum number of UTF-8 characters to capture from combined stdout and stderr output."""


ShellCallEnvironment: TypeAlias = Annotated[
    Union[BetaLocalEnvironment, BetaContainerReference], PropertyInfo(discriminator="type")
]


class ShellCall(BaseModel):
    """A tool representing a request to execute one or more shell commands."""

    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of the shell tool call. Populated when this item is returned via API."""

    call_id: str
    """The unique ID of the shell tool call generated by the model."""

    caller: Optional[ApplyPatchCallCaller] = None
    """The execution context that produced this tool call."""

    type: Literal["shell_call"]
    """The type of the item. Always `shell_call`."""

    action: ShellCallAction
    """The shell commands and limits that describe how to run the tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """Status values reported for shell tool calls."""

    environment: Optional[ShellCallEnvironment] = None
    """The environment to execute the shell commands in."""


ShellCallAgent: TypeAlias = ComputerCallOutputAgent


ShellCallCaller: TypeAlias = ApplyPatchCallCaller


ShellCallCallerDirect: TypeAlias = ApplyPatchCallCallerDirect


ShellCallCallerProgram: TypeAlias = ApplyPatchCallCallerProgram


class ShellCallOutput(BaseModel):
    """The streamed output items emitted by a shell tool call."""

    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of the shell tool call output. Populated when this item is returned via API."""

    call_id: str
    """The unique ID of the shell tool call generated by the model."""

    caller: Optional[ApplyPatchCallCaller] = None
    """The execution context that produced this tool call."""

    type: Literal["shell_call_output"]
    """The type of the item. Always `shell_call_output`."""

    output: List[BetaResponseFunctionShellCallOutputContent]
    """Captured chunks of stdout and stderr output, along with their associated outcomes."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """Status values reported for shell tool calls."""

    max_output_length: Optional[int] = None
    """The maximum number of UTF-8 characters captured for this shell call's combined output."""


ShellCallOutputAgent: TypeAlias = ComputerCallOutputAgent


ShellCallOutputCaller: TypeAlias = ApplyPatchCallCaller


ShellCallOutputCallerDirect: TypeAlias = ApplyPatchCallCallerDirect


ShellCallOutputCallerProgram: TypeAlias = ApplyPatchCallCallerProgram


class ToolSearchCall(BaseModel):
    agent: Optional[AdditionalToolsAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of this tool search call."""

    call_id: Optional[str] = None
    """The unique ID of the tool search call generated by the model."""

    type: Literal["tool_search_call"]
    """The item type. Always `tool_search_call`."""

    execution: Optional[Literal["server", "client"]] = None
    """Whether tool search was executed by the server or by the client."""

    arguments: Dict[str, object]
    """The arguments supplied to the tool search call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


ToolSearchCallAgent: TypeAlias = ComputerCallOutputAgent
