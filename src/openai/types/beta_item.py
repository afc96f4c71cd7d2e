# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from .._models import BaseModel, PropertyInfo
from .beta.beta_tool import BetaTool
from .beta_encrypted_content import BetaEncryptedContent
from .beta_input_text_content import BetaInputTextContent
from .beta_mcp_list_tools_tool import BetaMCPListToolsTool
from .beta_mcp_tool_call_error import BetaMCPToolCallError
from .beta.beta_local_environment import BetaLocalEnvironment
from .beta.beta_container_reference import BetaContainerReference
from .beta_computer_call_output_item import BetaComputerCallOutputItem
from .beta_function_call_output_item import BetaFunctionCallOutputItem
from .beta.beta_response_output_message import BetaResponseOutputMessage
from .beta.beta_response_reasoning_item import BetaResponseReasoningItem
from .beta.beta_response_custom_tool_call import BetaResponseCustomToolCall
from .beta.beta_response_computer_tool_call import BetaResponseComputerToolCall
from .beta.beta_response_function_tool_call import BetaResponseFunctionToolCall
from .beta.beta_response_function_web_search import BetaResponseFunctionWebSearch
from .beta.beta_response_input_image_content import BetaResponseInputImageContent
from .beta.beta_response_compaction_item_param import BetaResponseCompactionItemParam
from .beta.beta_response_file_search_tool_call import BetaResponseFileSearchToolCall
from .beta.beta_response_custom_tool_call_output import BetaResponseCustomToolCallOutput
from .beta.beta_response_code_interpreter_tool_call import BetaResponseCodeInterpreterToolCall
from .beta.beta_response_input_message_content_list import BetaResponseInputMessageContentList
from .beta.beta_response_tool_search_output_item_param import BetaResponseToolSearchOutputItemParam
from .beta.beta_response_function_shell_call_output_content import BetaResponseFunctionShellCallOutputContent

__all__ = [
    "BetaItemMessage",
    "BetaItemAgentMessage",
    "BetaItemMultiAgentCall",
    "BetaItemMultiAgentCallOutput",
    "BetaItemToolSearchCall",
    "BetaItemAdditionalTools",
    "BetaItemImageGenerationCall",
    "BetaItemLocalShellCall",
    "BetaItemLocalShellCallOutput",
    "BetaItemShellCall",
    "BetaItemShellCallOutput",
    "BetaItemApplyPatchCall",
    "BetaItemApplyPatchCallOutput",
    "BetaItemMcpListTools",
    "BetaItemMcpApprovalRequest",
    "BetaItemMcpApprovalResponse",
    "BetaItemMcpCall",
    "BetaItem",
    "BetaItemMessageAgent",
    "BetaItemAgentMessageAgent",
    "BetaItemMultiAgentCallOutputOutput",
    "BetaItemMultiAgentCallOutputOutputAnnotationFileCitation",
    "BetaItemMultiAgentCallOutputOutputAnnotationUrlCitation",
    "BetaItemMultiAgentCallOutputOutputAnnotationContainerFileCitation",
    "BetaItemLocalShellCallAction",
    "BetaItemShellCallCallerDirect",
    "BetaItemShellCallCallerProgram",
    "BetaItemShellCallAction",
    "BetaItemApplyPatchCallOperationCreateFile",
    "BetaItemApplyPatchCallOperationDeleteFile",
    "BetaItemApplyPatchCallOperationUpdateFile",
]


class BetaItemMessage(BaseModel):
    """
    A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.
    """

    agent: Optional[BetaItemMessageAgent] = None
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


class BetaItemAgentMessage(BaseModel):
    """A message routed between agents."""

    agent: Optional[BetaItemAgentMessageAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of this agent message item."""

    type: Literal["agent_message"]
    """The item type. Always `agent_message`."""

    author: str
    """The sending agent identity."""

    recipient: str
    """The destination agent identity."""

    content: List[
        Annotated[
            Union[BetaInputTextContent, BetaResponseInputImageContent, BetaEncryptedContent],
            PropertyInfo(discriminator="type"),
        ]
    ]
    """Plaintext, image, or encrypted content sent between agents."""


class BetaItemMultiAgentCall(BaseModel):
    agent: Optional[BetaItemAgentMessageAgent] = None
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


class BetaItemMultiAgentCallOutput(BaseModel):
    agent: Optional[BetaItemAgentMessageAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of this multi-agent call output."""

    call_id: str
    """The unique ID of the multi-agent call."""

    type: Literal["multi_agent_call_output"]
    """The item type. Always `multi_agent_call_output`."""

    action: Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    """The multi-agent action that produced this result."""

    output: List[BetaItemMultiAgentCallOutputOutput]
    """Text output returned by the multi-agent action."""


class BetaItemToolSearchCall(BaseModel):
    agent: Optional[BetaItemAgentMessageAgent] = None
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


class BetaItemAdditionalTools(BaseModel):
    agent: Optional[BetaItemAgentMessageAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of this additional tools item."""

    type: Literal["additional_tools"]
    """The item type. Always `additional_tools`."""

    role: Literal["developer"]
    """The role that provided the additional tools. Only `developer` is supported."""

    tools: List[BetaTool]
    """A list of additional tools made available at this item."""


class BetaItemImageGenerationCall(BaseModel):
    """An image generation request made by the model."""

    agent: Optional[BetaItemMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["image_generation_call"]
    """The type of the image generation call. Always `image_generation_call`."""

    id: str
    """The unique ID of the image generation call."""

    status: Literal["in_progress", "completed", "generating", "failed"]
    """The status of the image generation call."""

    result: Optional[str]
    """The generated image encoded in base64."""


class BetaItemLocalShellCall(BaseModel):
    """A tool call to run a command on the local shell."""

    agent: Optional[BetaItemMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["local_shell_call"]
    """The type of the local shell call. Always `local_shell_call`."""

    id: str
    """The unique ID of the local shell call."""

    call_id: str
    """The unique ID of the local shell tool call generated by the model."""

    action: BetaItemLocalShellCallAction
    """Execute a shell command on the server."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the local shell call."""


class BetaItemLocalShellCallOutput(BaseModel):
    """The output of a local shell tool call."""

    agent: Optional[BetaItemMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["local_shell_call_output"]
    """The type of the local shell tool call output. Always `local_shell_call_output`."""

    id: str
    """The unique ID of the local shell tool call generated by the model."""

    output: str
    """A JSON string of the output of the local shell tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """The status of the item. One of `in_progress`, `completed`, or `incomplete`."""


class BetaItemShellCall(BaseModel):
    """A tool representing a request to execute one or more shell commands."""

    agent: Optional[BetaItemAgentMessageAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of the shell tool call. Populated when this item is returned via API."""

    call_id: str
    """The unique ID of the shell tool call generated by the model."""

    caller: Optional[
        Annotated[
            Union[BetaItemShellCallCallerDirect, BetaItemShellCallCallerProgram], PropertyInfo(discriminator="type")
        ]
    ] = None
    """The execution context that produced this tool call."""

    type: Literal["shell_call"]
    """The type of the item. Always `shell_call`."""

    action: BetaItemShellCallAction
    """The shell commands and limits that describe how to run the tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """Status values reported for shell tool calls."""

    environment: Optional[
        Annotated[Union[BetaLocalEnvironment, BetaContainerReference], PropertyInfo(discriminator="type")]
    ] = None
    """The environment to execute the shell commands in."""


class BetaItemShellCallOutput(BaseModel):
    """The streamed output items emitted by a shell tool call."""

    agent: Optional[BetaItemAgentMessageAgent] = None
    """The agent that produced this item."""

    id: Optional[str] = None
    """The unique ID of the shell tool call output. Populated when this item is returned via API."""

    call_id: str
    """The unique ID of the shell tool call generated by the model."""

    caller: Optional[
        Annotated[
            Union[BetaItemShellCallCallerDirect, BetaItemShellCallCallerProgram], PropertyInfo(discriminator="type")
        ]
    ] = None
    """The execution context that produced this tool call."""

    type: Literal["shell_call_output"]
    """The type of the item. Always `shell_call_output`."""

    output: List[BetaResponseFunctionShellCallOutputContent]
    """Captured chunks of stdout and stderr output, along with their associated outcomes."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    """Status values reported for shell tool calls."""

    max_output_length: Optional[int] = None
    """The maximum number of UTF-8 characters captured for this shell call's combined output."""


class BetaItemApplyPatchCall(BaseModel):
    """A tool call representing a request to create, delete, or update files using diff patches."""

    agent: Optional[BetaItemAgentMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["apply_patch_call"]
    """The type of the item. Always `apply_patch_call`."""

    id: Optional[str] = None
    """The unique ID of the apply patch tool call. Populated when this item is returned via API."""

    call_id: str
    """The unique ID of the apply patch tool call generated by the model."""

    caller: Optional[
        Annotated[
            Union[BetaItemShellCallCallerDirect, BetaItemShellCallCallerProgram], PropertyInfo(discriminator="type")
        ]
    ] = None
    """The execution context that produced this tool call."""

    status: Literal["in_progress", "completed"]
    """The status of the apply patch tool call. One of `in_progress` or `completed`."""

    operation: Annotated[
        Union[
            BetaItemApplyPatchCallOperationCreateFile,
            BetaItemApplyPatchCallOperationDeleteFile,
            BetaItemApplyPatchCallOperationUpdateFile,
        ],
        PropertyInfo(discriminator="type"),
    ]
    """The specific create, delete, or update instruction for the apply_patch tool call."""


class BetaItemApplyPatchCallOutput(BaseModel):
    """The streamed output emitted by an apply patch tool call."""

    agent: Optional[BetaItemAgentMessageAgent] = None
    """The agent that produced this item."""

    type: Literal["apply_patch_call_output"]
    """The type of the item. Always `apply_patch_call_output`."""

    id: Optional[str] = None
    """The unique ID of the apply patch tool call output. Populated when this item is returned via API."""

    call_id: str
    """The unique ID of the apply patch tool call generated by the model."""

    caller: Optional[
        Annotated[
            Union[BetaItemShellCallCallerDirect, BetaItemShellCallCallerProgram], PropertyInfo(discriminator="type")
        ]
    ] = None
    """The execution context that produced this tool call."""

    status: Literal["completed", "failed"]
    """The status of the apply patch tool call output. One of `completed` or `failed`."""

    output: Optional[str] = None
    """Optional human-readable log text from the apply patch tool (e.g., patch results or errors)."""


class BetaItemMcpListTools(BaseModel):
    """A list of tools available on an MCP server."""

    agent: Optional[BetaItemMessageAgent] = None
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


class BetaItemMcpApprovalRequest(BaseModel):
    """A request for human approval of a tool invocation."""

    agent: Optional[BetaItemMessageAgent] = None
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


class BetaItemMcpApprovalResponse(BaseModel):
    """A response to an MCP approval request."""

    agent: Optional[BetaItemMessageAgent] = None
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


class BetaItemMcpCall(BaseModel):
    """An invocation of a tool on an MCP server."""

    agent: Optional[BetaItemMessageAgent] = None
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


BetaItem: TypeAlias = Union[
    BetaItemMessage,
    BetaResponseOutputMessage,
    BetaResponseFileSearchToolCall,
    BetaResponseComputerToolCall,
    BetaComputerCallOutputItem,
    BetaResponseFunctionWebSearch,
    BetaResponseFunctionToolCall,
    BetaFunctionCallOutputItem,
    BetaItemAgentMessage,
    BetaItemMultiAgentCall,
    BetaItemMultiAgentCallOutput,
    BetaItemToolSearchCall,
    BetaResponseToolSearchOutputItemParam,
    BetaItemAdditionalTools,
    BetaResponseReasoningItem,
    BetaResponseCompactionItemParam,
    BetaItemImageGenerationCall,
    BetaResponseCodeInterpreterToolCall,
    BetaItemLocalShellCall,
    BetaItemLocalShellCallOutput,
    BetaItemShellCall,
    BetaItemShellCallOutput,
    BetaItemApplyPatchCall,
    BetaItemApplyPatchCallOutput,
    BetaItemMcpListTools,
    BetaItemMcpApprovalRequest,
    BetaItemMcpApprovalResponse,
    BetaItemMcpCall,
    BetaResponseCustomToolCallOutput,
    BetaResponseCustomToolCall,
]


class BetaItemMessageAgent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class BetaItemAgentMessageAgent(BaseModel):
    """The agent that produced this item."""

    agent_name: str
    """The canonical name of the agent that produced this item."""


class BetaItemMultiAgentCallOutputOutput(BaseModel):
    type: Literal["output_text"]
    """The content type. Always `output_text`."""

    text: str
    """The text content."""

    annotations: Optional[
        List[
            Annotated[
                Union[
                    BetaItemMultiAgentCallOutputOutputAnnotationFileCitation,
                    BetaItemMultiAgentCallOutputOutputAnnotationUrlCitation,
                    BetaItemMultiAgentCallOutputOutputAnnotationContainerFileCitation,
                ],
                PropertyInfo(discriminator="type"),
            ]
        ]
    ] = None
    """Citations associated with the text content."""


class BetaItemMultiAgentCallOutputOutputAnnotationFileCitation(BaseModel):
    type: Literal["file_citation"]
    """The citation type. Always `file_citation`."""

    index: int
    """The index of the file in the list of files."""

    file_id: str
    """The ID of the file."""

    filename: str
    """The filename of the file cited."""


class BetaItemMultiAgentCallOutputOutputAnnotationUrlCitation(BaseModel):
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


class BetaItemMultiAgentCallOutputOutputAnnotationContainerFileCitation(BaseModel):
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


class BetaItemLocalShellCallAction(BaseModel):
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


class BetaItemShellCallCallerDirect(BaseModel):
    type: Literal["direct"]
    """The caller type. Always `direct`."""


class BetaItemShellCallCallerProgram(BaseModel):
    type: Literal["program"]
    """The caller type. Always `program`."""

    caller_id: str
    """The call ID of the program item that produced this tool call."""


class BetaItemShellCallAction(BaseModel):
    """Commands and limits describing how to run the shell tool call."""

    commands: List[str]
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: Optional[int] = None
    """Maximum wall-clock time in milliseconds to allow the shell commands to run."""

    max_output_length: Optional[int] = None
    """Maximum number of UTF-8 characters to capture from combined stdout and stderr output."""


class BetaItemApplyPatchCallOperationCreateFile(BaseModel):
    """Instruction for creating a new file via the apply_patch tool."""

    type: Literal["create_file"]
    """The operation type. Always `create_file`."""

    path: str
    """Path of the file to create relative to the workspace root."""

    diff: str
    """Unified diff content to apply when creating the file."""


class BetaItemApplyPatchCallOperationDeleteFile(BaseModel):
    """Instruction for deleting an existing file via the apply_patch tool."""

    type: Literal["delete_file"]
    """The operation type. Always `delete_file`."""

    path: str
    """Path of the file to delete relative to the workspace root."""


class BetaItemApplyPatchCallOperationUpdateFile(BaseModel):
    """Instruction for updating an existing file via the apply_patch tool."""

    type: Literal["update_file"]
    """The operation type. Always `update_file`."""

    path: str
    """Path of the file to update relative to the workspace root."""

    diff: str
    """Unified diff content to apply to the existing file."""
