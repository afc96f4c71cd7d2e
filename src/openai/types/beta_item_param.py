# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .beta.beta_tool_param import BetaToolParam
from .beta_agent_tag_param import BetaAgentTagParam
from .beta_encrypted_content_param import BetaEncryptedContentParam
from .beta_input_text_content_param import BetaInputTextContentParam
from .beta_mcp_list_tools_tool_param import BetaMCPListToolsToolParam
from .beta_mcp_tool_call_error_param import BetaMCPToolCallErrorParam
from .beta.beta_local_environment_param import BetaLocalEnvironmentParam
from .beta.beta_container_reference_param import BetaContainerReferenceParam
from .beta_computer_call_output_item_param import BetaComputerCallOutputItemParam
from .beta_function_call_output_item_param import BetaFunctionCallOutputItemParam
from .beta.beta_response_output_message_param import BetaResponseOutputMessageParam
from .beta.beta_response_reasoning_item_param import BetaResponseReasoningItemParam
from .beta.beta_response_custom_tool_call_param import BetaResponseCustomToolCallParam
from .beta.beta_response_computer_tool_call_param import BetaResponseComputerToolCallParam
from .beta.beta_response_function_tool_call_param import BetaResponseFunctionToolCallParam
from .beta.beta_response_function_web_search_param import BetaResponseFunctionWebSearchParam
from .beta.beta_response_input_image_content_param import BetaResponseInputImageContentParam
from .beta.beta_response_compaction_item_param_param import BetaResponseCompactionItemParamParam
from .beta.beta_response_file_search_tool_call_param import BetaResponseFileSearchToolCallParam
from .beta.beta_response_custom_tool_call_output_param import BetaResponseCustomToolCallOutputParam
from .beta.beta_response_code_interpreter_tool_call_param import BetaResponseCodeInterpreterToolCallParam
from .beta.beta_response_input_message_content_list_param import BetaResponseInputMessageContentListParam
from .beta.beta_response_tool_search_output_item_param_param import BetaResponseToolSearchOutputItemParamParam
from .beta.beta_response_function_shell_call_output_content_param import BetaResponseFunctionShellCallOutputContentParam

__all__ = [
    "BetaItemParamMessage",
    "BetaItemParamAgentMessage",
    "BetaItemParamMultiAgentCall",
    "BetaItemParamMultiAgentCallOutput",
    "BetaItemParamToolSearchCall",
    "BetaItemParamAdditionalTools",
    "BetaItemParamImageGenerationCall",
    "BetaItemParamLocalShellCall",
    "BetaItemParamLocalShellCallOutput",
    "BetaItemParamShellCall",
    "BetaItemParamShellCallOutput",
    "BetaItemParamApplyPatchCall",
    "BetaItemParamApplyPatchCallOutput",
    "BetaItemParamMcpListTools",
    "BetaItemParamMcpApprovalRequest",
    "BetaItemParamMcpApprovalResponse",
    "BetaItemParamMcpCall",
    "BetaItemParam",
    "BetaItemParamAgentMessageAgent",
    "BetaItemParamMultiAgentCallOutputOutput",
    "BetaItemParamMultiAgentCallOutputOutputAnnotationFileCitation",
    "BetaItemParamMultiAgentCallOutputOutputAnnotationUrlCitation",
    "BetaItemParamMultiAgentCallOutputOutputAnnotationContainerFileCitation",
    "BetaItemParamLocalShellCallAction",
    "BetaItemParamShellCallCallerDirect",
    "BetaItemParamShellCallCallerProgram",
    "BetaItemParamShellCallAction",
    "BetaItemParamApplyPatchCallOperationCreateFile",
    "BetaItemParamApplyPatchCallOperationDeleteFile",
    "BetaItemParamApplyPatchCallOperationUpdateFile",
]


class BetaItemParamMessage(TypedDict, total=False):
    """
    A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.
    """

    agent: Optional[BetaAgentTagParam]
    """The agent that produced this item."""

    type: Literal["message"]
    """The type of the message input. Always set to `message`."""

    role: Required[Literal["user", "system", "developer"]]
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Literal["in_progress", "completed", "incomplete"]
    """
    The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """

    content: Required[BetaResponseInputMessageContentListParam]
    """
    A list of one or many input items to the model, containing different content
    types.
    """


class BetaItemParamAgentMessage(TypedDict, total=False):
    """A message routed between agents."""

    agent: Optional[BetaItemParamAgentMessageAgent]
    """The agent that produced this item."""

    id: Optional[str]
    """The unique ID of this agent message item."""

    type: Required[Literal["agent_message"]]
    """The item type. Always `agent_message`."""

    author: Required[str]
    """The sending agent identity."""

    recipient: Required[str]
    """The destination agent identity."""

    content: Required[
        Iterable[Union[BetaInputTextContentParam, BetaResponseInputImageContentParam, BetaEncryptedContentParam]]
    ]
    """Plaintext, image, or encrypted content sent between agents."""


class BetaItemParamMultiAgentCall(TypedDict, total=False):
    agent: Optional[BetaItemParamAgentMessageAgent]
    """The agent that produced this item."""

    id: Optional[str]
    """The unique ID of this multi-agent call."""

    call_id: Required[str]
    """The unique ID linking this call to its output."""

    type: Required[Literal["multi_agent_call"]]
    """The item type. Always `multi_agent_call`."""

    action: Required[
        Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    ]
    """The multi-agent action that was executed."""

    arguments: Required[str]
    """The action arguments as a JSON string."""


class BetaItemParamMultiAgentCallOutput(TypedDict, total=False):
    agent: Optional[BetaItemParamAgentMessageAgent]
    """The agent that produced this item."""

    id: Optional[str]
    """The unique ID of this multi-agent call output."""

    call_id: Required[str]
    """The unique ID of the multi-agent call."""

    type: Required[Literal["multi_agent_call_output"]]
    """The item type. Always `multi_agent_call_output`."""

    action: Required[
        Literal["spawn_agent", "interrupt_agent", "list_agents", "send_message", "followup_task", "wait_agent"]
    ]
    """The multi-agent action that produced this result."""

    output: Required[Iterable[BetaItemParamMultiAgentCallOutputOutput]]
    """Text output returned by the multi-agent action."""


class BetaItemParamToolSearchCall(TypedDict, total=False):
    agent: Optional[BetaItemParamAgentMessageAgent]
    """The agent that produced this item."""

    id: Optional[str]
    """The unique ID of this tool search call."""

    call_id: Optional[str]
    """The unique ID of the tool search call generated by the model."""

    type: Required[Literal["tool_search_call"]]
    """The item type. Always `tool_search_call`."""

    execution: Literal["server", "client"]
    """Whether tool search was executed by the server or by the client."""

    arguments: Required[Dict[str, object]]
    """The arguments supplied to the tool search call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class BetaItemParamAdditionalTools(TypedDict, total=False):
    agent: Optional[BetaItemParamAgentMessageAgent]
    """The agent that produced this item."""

    id: Optional[str]
    """The unique ID of this additional tools item."""

    type: Required[Literal["additional_tools"]]
    """The item type. Always `additional_tools`."""

    role: Required[Literal["developer"]]
    """The role that provided the additional tools. Only `developer` is supported."""

    tools: Required[Iterable[BetaToolParam]]
    """A list of additional tools made available at this item."""


class BetaItemParamImageGenerationCall(TypedDict, total=False):
    """An image generation request made by the model."""

    agent: Optional[BetaAgentTagParam]
    """The agent that produced this item."""

    type: Required[Literal["image_generation_call"]]
    """The type of the image generation call. Always `image_generation_call`."""

    id: Required[str]
    """The unique ID of the image generation call."""

    status: Required[Literal["in_progress", "completed", "generating", "failed"]]
    """The status of the image generation call."""

    result: Required[Optional[str]]
    """The generated image encoded in base64."""


class BetaItemParamLocalShellCall(TypedDict, total=False):
    """A tool call to run a command on the local shell."""

    agent: Optional[BetaAgentTagParam]
    """The agent that produced this item."""

    type: Required[Literal["local_shell_call"]]
    """The type of the local shell call. Always `local_shell_call`."""

    id: Required[str]
    """The unique ID of the local shell call."""

    call_id: Required[str]
    """The unique ID of the local shell tool call generated by the model."""

    action: Required[BetaItemParamLocalShellCallAction]
    """Execute a shell command on the server."""

    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of the local shell call."""


class BetaItemParamLocalShellCallOutput(TypedDict, total=False):
    """The output of a local shell tool call."""

    agent: Optional[BetaAgentTagParam]
    """The agent that produced this item."""

    type: Required[Literal["local_shell_call_output"]]
    """The type of the local shell tool call output. Always `local_shell_call_output`."""

    id: Required[str]
    """The unique ID of the local shell tool call generated by the model."""

    output: Required[str]
    """A JSON string of the output of the local shell tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]]
    """The status of the item. One of `in_progress`, `completed`, or `incomplete`."""


class BetaItemParamShellCall(TypedDict, total=False):
    """A tool representing a request to execute one or more shell commands."""

    agent: Optional[BetaItemParamAgentMessageAgent]
    """The agent that produced this item."""

    id: Optional[str]
    """The unique ID of the shell tool call. Populated when this item is returned via API."""

    call_id: Required[str]
    """The unique ID of the shell tool call generated by the model."""

    caller: Optional[Union[BetaItemParamShellCallCallerDirect, BetaItemParamShellCallCallerProgram]]
    """The execution context that produced this tool call."""

    type: Required[Literal["shell_call"]]
    """The type of the item. Always `shell_call`."""

    action: Required[BetaItemParamShellCallAction]
    """The shell commands and limits that describe how to run the tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]]
    """Status values reported for shell tool calls."""

    environment: Optional[Union[BetaLocalEnvironmentParam, BetaContainerReferenceParam]]
    """The environment to execute the shell commands in."""


class BetaItemParamShellCallOutput(TypedDict, total=False):
    """The streamed output items emitted by a shell tool call."""

    agent: Optional[BetaItemParamAgentMessageAgent]
    """The agent that produced this item."""

    id: Optional[str]
    """The unique ID of the shell tool call output. Populated when this item is returned via API."""

    call_id: Required[str]
    """The unique ID of the shell tool call generated by the model."""

    caller: Optional[Union[BetaItemParamShellCallCallerDirect, BetaItemParamShellCallCallerProgram]]
    """The execution context that produced this tool call."""

    type: Required[Literal["shell_call_output"]]
    """The type of the item. Always `shell_call_output`."""

    output: Required[Iterable[BetaResponseFunctionShellCallOutputContentParam]]
    """Captured chunks of stdout and stderr output, along with their associated outcomes."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]]
    """Status values reported for shell tool calls."""

    max_output_length: Optional[int]
    """The maximum number of UTF-8 characters captured for this shell call's combined output."""


class BetaItemParamApplyPatchCall(TypedDict, total=False):
    """A tool call representing a request to create, delete, or update files using diff patches."""

    agent: Optional[BetaItemParamAgentMessageAgent]
    """The agent that produced this item."""

    type: Required[Literal["apply_patch_call"]]
    """The type of the item. Always `apply_patch_call`."""

    id: Optional[str]
    """The unique ID of the apply patch tool call. Populated when this item is returned via API."""

    call_id: Required[str]
    """The unique ID of the apply patch tool call generated by the model."""

    caller: Optional[Union[BetaItemParamShellCallCallerDirect, BetaItemParamShellCallCallerProgram]]
    """The execution context that produced this tool call."""

    status: Required[Literal["in_progress", "completed"]]
    """The status of the apply patch tool call. One of `in_progress` or `completed`."""

    operation: Required[
        Union[
            BetaItemParamApplyPatchCallOperationCreateFile,
            BetaItemParamApplyPatchCallOperationDeleteFile,
            BetaItemParamApplyPatchCallOperationUpdateFile,
        ]
    ]
    """The specific create, delete, or update instruction for the apply_patch tool call."""


class BetaItemParamApplyPatchCallOutput(TypedDict, total=False):
    """The streamed output emitted by an apply patch tool call."""

    agent: Optional[BetaItemParamAgentMessageAgent]
    """The agent that produced this item."""

    type: Required[Literal["apply_patch_call_output"]]
    """The type of the item. Always `apply_patch_call_output`."""

    id: Optional[str]
    """The unique ID of the apply patch tool call output. Populated when this item is returned via API."""

    call_id: Required[str]
    """The unique ID of the apply patch tool call generated by the model."""

    caller: Optional[Union[BetaItemParamShellCallCallerDirect, BetaItemParamShellCallCallerProgram]]
    """The execution context that produced this tool call."""

    status: Required[Literal["completed", "failed"]]
    """The status of the apply patch tool call output. One of `completed` or `failed`."""

    output: Optional[str]
    """Optional human-readable log text from the apply patch tool (e.g., patch results or errors)."""


class BetaItemParamMcpListTools(TypedDict, total=False):
    """A list of tools available on an MCP server."""

    agent: Optional[BetaAgentTagParam]
    """The agent that produced this item."""

    type: Required[Literal["mcp_list_tools"]]
    """The type of the item. Always `mcp_list_tools`."""

    id: Required[str]
    """The unique ID of the list."""

    server_label: Required[str]
    """The label of the MCP server."""

    tools: Required[Iterable[BetaMCPListToolsToolParam]]
    """The tools available on the server."""

    error: Optional[str]
    """Error message if the server could not list tools."""


class BetaItemParamMcpApprovalRequest(TypedDict, total=False):
    """A request for human approval of a tool invocation."""

    agent: Optional[BetaAgentTagParam]
    """The agent that produced this item."""

    type: Required[Literal["mcp_approval_request"]]
    """The type of the item. Always `mcp_approval_request`."""

    id: Required[str]
    """The unique ID of the approval request."""

    server_label: Required[str]
    """The label of the MCP server making the request."""

    name: Required[str]
    """The name of the tool to run."""

    arguments: Required[str]
    """A JSON string of arguments for the tool."""


class BetaItemParamMcpApprovalResponse(TypedDict, total=False):
    """A response to an MCP approval request."""

    agent: Optional[BetaAgentTagParam]
    """The agent that produced this item."""

    type: Required[Literal["mcp_approval_response"]]
    """The type of the item. Always `mcp_approval_response`."""

    id: Optional[str]
    """The unique ID of the approval response"""

    approval_request_id: Required[str]
    """The ID of the approval request being answered."""

    approve: Required[bool]
    """Whether the request was approved."""

    reason: Optional[str]
    """Optional reason for the decision."""


class BetaItemParamMcpCall(TypedDict, total=False):
    """An invocation of a tool on an MCP server."""

    agent: Optional[BetaAgentTagParam]
    """The agent that produced this item."""

    type: Required[Literal["mcp_call"]]
    """The type of the item. Always `mcp_call`."""

    id: Required[str]
    """The unique ID of the tool call."""

    server_label: Required[str]
    """The label of the MCP server running the tool."""

    name: Required[str]
    """The name of the tool that was run."""

    arguments: Required[str]
    """A JSON string of the arguments passed to the tool."""

    output: Optional[str]
    """The output from the tool call."""

    error: Optional[BetaMCPToolCallErrorParam]
    """The error from the tool call, if any."""

    status: Literal["in_progress", "completed", "incomplete", "calling", "failed"]
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: Optional[str]
    """
    Unique identifier for the MCP tool call approval request. Include this value in a subsequent
    `mcp_approval_response` input to approve or reject the corresponding tool call.
    """


BetaItemParam: TypeAlias = Union[
    BetaItemParamMessage,
    BetaResponseOutputMessageParam,
    BetaResponseFileSearchToolCallParam,
    BetaResponseComputerToolCallParam,
    BetaComputerCallOutputItemParam,
    BetaResponseFunctionWebSearchParam,
    BetaResponseFunctionToolCallParam,
    BetaFunctionCallOutputItemParam,
    BetaItemParamAgentMessage,
    BetaItemParamMultiAgentCall,
    BetaItemParamMultiAgentCallOutput,
    BetaItemParamToolSearchCall,
    BetaResponseToolSearchOutputItemParamParam,
    BetaItemParamAdditionalTools,
    BetaResponseReasoningItemParam,
    BetaResponseCompactionItemParamParam,
    BetaItemParamImageGenerationCall,
    BetaResponseCodeInterpreterToolCallParam,
    BetaItemParamLocalShellCall,
    BetaItemParamLocalShellCallOutput,
    BetaItemParamShellCall,
    BetaItemParamShellCallOutput,
    BetaItemParamApplyPatchCall,
    BetaItemParamApplyPatchCallOutput,
    BetaItemParamMcpListTools,
    BetaItemParamMcpApprovalRequest,
    BetaItemParamMcpApprovalResponse,
    BetaItemParamMcpCall,
    BetaResponseCustomToolCallOutputParam,
    BetaResponseCustomToolCallParam,
]


class BetaItemParamAgentMessageAgent(TypedDict, total=False):
    """The agent that produced this item."""

    agent_name: Required[str]
    """The canonical name of the agent that produced this item."""


class BetaItemParamMultiAgentCallOutputOutput(TypedDict, total=False):
    type: Required[Literal["output_text"]]
    """The content type. Always `output_text`."""

    text: Required[str]
    """The text content."""

    annotations: Iterable[
        Union[
            BetaItemParamMultiAgentCallOutputOutputAnnotationFileCitation,
            BetaItemParamMultiAgentCallOutputOutputAnnotationUrlCitation,
            BetaItemParamMultiAgentCallOutputOutputAnnotationContainerFileCitation,
        ]
    ]
    """Citations associated with the text content."""


class BetaItemParamMultiAgentCallOutputOutputAnnotationFileCitation(TypedDict, total=False):
    type: Required[Literal["file_citation"]]
    """The citation type. Always `file_citation`."""

    index: Required[int]
    """The index of the file in the list of files."""

    file_id: Required[str]
    """The ID of the file."""

    filename: Required[str]
    """The filename of the file cited."""


class BetaItemParamMultiAgentCallOutputOutputAnnotationUrlCitation(TypedDict, total=False):
    type: Required[Literal["url_citation"]]
    """The citation type. Always `url_citation`."""

    start_index: Required[int]
    """The index of the first character of the citation in the message."""

    end_index: Required[int]
    """The index of the last character of the citation in the message."""

    url: Required[str]
    """The URL of the cited resource."""

    title: Required[str]
    """The title of the cited resource."""


class BetaItemParamMultiAgentCallOutputOutputAnnotationContainerFileCitation(TypedDict, total=False):
    type: Required[Literal["container_file_citation"]]
    """The citation type. Always `container_file_citation`."""

    start_index: Required[int]
    """The index of the first character of the citation in the message."""

    end_index: Required[int]
    """The index of the last character of the citation in the message."""

    container_id: Required[str]
    """The ID of the container."""

    file_id: Required[str]
    """The ID of the container file."""

    filename: Required[str]
    """The filename of the container file cited."""


class BetaItemParamLocalShellCallAction(TypedDict, total=False):
    """Execute a shell command on the server."""

    type: Required[Literal["exec"]]
    """The type of the local shell action. Always `exec`."""

    command: Required[SequenceNotStr[str]]
    """The command to run."""

    timeout_ms: Optional[int]
    """Optional timeout in milliseconds for the command."""

    working_directory: Optional[str]
    """Optional working directory to run the command in."""

    env: Required[Dict[str, str]]
    """Environment variables to set for the command."""

    user: Optional[str]
    """Optional user to run the command as."""


class BetaItemParamShellCallCallerDirect(TypedDict, total=False):
    type: Required[Literal["direct"]]
    """The caller type. Always `direct`."""


class BetaItemParamShellCallCallerProgram(TypedDict, total=False):
    type: Required[Literal["program"]]
    """The caller type. Always `program`."""

    caller_id: Required[str]
    """The call ID of the program item that produced this tool call."""


class BetaItemParamShellCallAction(TypedDict, total=False):
    """Commands and limits describing how to run the shell tool call."""

    commands: Required[SequenceNotStr[str]]
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: Optional[int]
    """Maximum wall-clock time in milliseconds to allow the shell commands to run."""

    max_output_length: Optional[int]
    """Maximum number of UTF-8 characters to capture from combined stdout and stderr output."""


class BetaItemParamApplyPatchCallOperationCreateFile(TypedDict, total=False):
    """Instruction for creating a new file via the apply_patch tool."""

    type: Required[Literal["create_file"]]
    """The operation type. Always `create_file`."""

    path: Required[str]
    """Path of the file to create relative to the workspace root."""

    diff: Required[str]
    """Unified diff content to apply when creating the file."""


class BetaItemParamApplyPatchCallOperationDeleteFile(TypedDict, total=False):
    """Instruction for deleting an existing file via the apply_patch tool."""

    type: Required[Literal["delete_file"]]
    """The operation type. Always `delete_file`."""

    path: Required[str]
    """Path of the file to delete relative to the workspace root."""


class BetaItemParamApplyPatchCallOperationUpdateFile(TypedDict, total=False):
    """Instruction for updating an existing file via the apply_patch tool."""

    type: Required[Literal["update_file"]]
    """The operation type. Always `update_file`."""

    path: Required[str]
    """Path of the file to update relative to the workspace root."""

    diff: Required[str]
    """Unified diff content to apply to the existing file."""
