# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tool import Tool as Tool
    from .response import Response as Response
    from .custom_tool import CustomTool as CustomTool
    from .local_skill import LocalSkill as LocalSkill
    from .image_detail import ImageDetail as ImageDetail
    from .inline_skill import InlineSkill as InlineSkill
    from .service_tier import ServiceTier as ServiceTier
    from .computer_tool import ComputerTool as ComputerTool
    from .function_tool import FunctionTool as FunctionTool
    from .response_item import ResponseItem as ResponseItem
    from .container_auto import ContainerAuto as ContainerAuto
    from .namespace_tool import NamespaceTool as NamespaceTool
    from .response_error import ResponseError as ResponseError
    from .response_input import ResponseInput as ResponseInput
    from .response_usage import ResponseUsage as ResponseUsage
    from .computer_action import ComputerAction as ComputerAction
    from .response_prompt import ResponsePrompt as ResponsePrompt
    from .response_status import ResponseStatus as ResponseStatus
    from .skill_reference import SkillReference as SkillReference
    from .tool_choice_mcp import ToolChoiceMcp as ToolChoiceMcp
    from .web_search_tool import WebSearchTool as WebSearchTool
    from .apply_patch_tool import ApplyPatchTool as ApplyPatchTool
    from .file_search_tool import FileSearchTool as FileSearchTool
    from .response_content import ResponseContent as ResponseContent
    from .tool_search_tool import ToolSearchTool as ToolSearchTool
    from .local_environment import LocalEnvironment as LocalEnvironment
    from .tool_choice_shell import ToolChoiceShell as ToolChoiceShell
    from .tool_choice_types import ToolChoiceTypes as ToolChoiceTypes
    from .compacted_response import CompactedResponse as CompactedResponse
    from .easy_input_message import EasyInputMessage as EasyInputMessage
    from .response_item_list import ResponseItemList as ResponseItemList
    from .tool_choice_custom import ToolChoiceCustom as ToolChoiceCustom
    from .container_reference import ContainerReference as ContainerReference
    from .function_shell_tool import FunctionShellTool as FunctionShellTool
    from .inline_skill_source import InlineSkillSource as InlineSkillSource
    from .mcp_tool_call_error import McpToolCallError as McpToolCallError
    from .response_includable import ResponseIncludable as ResponseIncludable
    from .response_input_file import ResponseInputFile as ResponseInputFile
    from .response_input_item import ResponseInputItem as ResponseInputItem
    from .response_input_text import ResponseInputText as ResponseInputText
    from .tool_choice_allowed import ToolChoiceAllowed as ToolChoiceAllowed
    from .tool_choice_options import ToolChoiceOptions as ToolChoiceOptions
    from .computer_action_list import ComputerActionList as ComputerActionList
    from .response_error_event import ResponseErrorEvent as ResponseErrorEvent
    from .response_input_audio import ResponseInputAudio as ResponseInputAudio
    from .response_input_image import ResponseInputImage as ResponseInputImage
    from .response_output_item import ResponseOutputItem as ResponseOutputItem
    from .response_output_text import ResponseOutputText as ResponseOutputText
    from .response_text_config import ResponseTextConfig as ResponseTextConfig
    from .tool_choice_function import ToolChoiceFunction as ToolChoiceFunction
    from .response_failed_event import ResponseFailedEvent as ResponseFailedEvent
    from .response_output_audio import ResponseOutputAudio as ResponseOutputAudio
    from .response_queued_event import ResponseQueuedEvent as ResponseQueuedEvent
    from .response_stream_event import ResponseStreamEvent as ResponseStreamEvent
    from .response_created_event import ResponseCreatedEvent as ResponseCreatedEvent
    from .response_input_content import ResponseInputContent as ResponseInputContent
    from .responses_client_event import ResponsesClientEvent as ResponsesClientEvent
    from .responses_server_event import ResponsesServerEvent as ResponsesServerEvent
    from .response_output_message import ResponseOutputMessage as ResponseOutputMessage
    from .response_output_refusal import ResponseOutputRefusal as ResponseOutputRefusal
    from .response_reasoning_item import ResponseReasoningItem as ResponseReasoningItem
    from .tool_choice_apply_patch import ToolChoiceApplyPatch as ToolChoiceApplyPatch
    from .web_search_preview_tool import WebSearchPreviewTool as WebSearchPreviewTool
    from .response_compaction_item import ResponseCompactionItem as ResponseCompactionItem
    from .response_completed_event import ResponseCompletedEvent as ResponseCompletedEvent
    from .response_text_done_event import ResponseTextDoneEvent as ResponseTextDoneEvent
    from .computer_use_preview_tool import ComputerUsePreviewTool as ComputerUsePreviewTool
    from .response_audio_done_event import ResponseAudioDoneEvent as ResponseAudioDoneEvent
    from .response_custom_tool_call import ResponseCustomToolCall as ResponseCustomToolCall
    from .response_incomplete_event import ResponseIncompleteEvent as ResponseIncompleteEvent
    from .response_text_delta_event import ResponseTextDeltaEvent as ResponseTextDeltaEvent
    from .response_tool_search_call import ResponseToolSearchCall as ResponseToolSearchCall
    from .input_token_count_response import InputTokenCountResponse as InputTokenCountResponse
    from .response_audio_delta_event import ResponseAudioDeltaEvent as ResponseAudioDeltaEvent
    from .response_in_progress_event import ResponseInProgressEvent as ResponseInProgressEvent
    from .response_local_environment import ResponseLocalEnvironment as ResponseLocalEnvironment
    from .response_computer_tool_call import ResponseComputerToolCall as ResponseComputerToolCall
    from .response_conversation_param import ResponseConversationParam as ResponseConversationParam
    from .response_format_text_config import ResponseFormatTextConfig as ResponseFormatTextConfig
    from .response_function_tool_call import ResponseFunctionToolCall as ResponseFunctionToolCall
    from .response_input_file_content import ResponseInputFileContent as ResponseInputFileContent
    from .response_input_message_item import ResponseInputMessageItem as ResponseInputMessageItem
    from .response_input_text_content import ResponseInputTextContent as ResponseInputTextContent
    from .response_refusal_done_event import ResponseRefusalDoneEvent as ResponseRefusalDoneEvent
    from .response_container_reference import ResponseContainerReference as ResponseContainerReference
    from .response_function_web_search import ResponseFunctionWebSearch as ResponseFunctionWebSearch
    from .response_input_image_content import ResponseInputImageContent as ResponseInputImageContent
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent as ResponseRefusalDeltaEvent
    from .response_apply_patch_tool_call import ResponseApplyPatchToolCall as ResponseApplyPatchToolCall
    from .response_compaction_item_param import ResponseCompactionItemParam as ResponseCompactionItemParam
    from .response_custom_tool_call_item import ResponseCustomToolCallItem as ResponseCustomToolCallItem
    from .response_file_search_tool_call import ResponseFileSearchToolCall as ResponseFileSearchToolCall
    from .response_mcp_call_failed_event import ResponseMcpCallFailedEvent as ResponseMcpCallFailedEvent
    from .response_output_item_done_event import ResponseOutputItemDoneEvent as ResponseOutputItemDoneEvent
    from .response_content_part_done_event import ResponseContentPartDoneEvent as ResponseContentPartDoneEvent
    from .response_custom_tool_call_output import ResponseCustomToolCallOutput as ResponseCustomToolCallOutput
    from .response_function_tool_call_item import ResponseFunctionToolCallItem as ResponseFunctionToolCallItem
    from .response_output_item_added_event import ResponseOutputItemAddedEvent as ResponseOutputItemAddedEvent
    from .response_tool_search_output_item import ResponseToolSearchOutputItem as ResponseToolSearchOutputItem
    from .container_network_policy_disabled import ContainerNetworkPolicyDisabled as ContainerNetworkPolicyDisabled
    from .response_content_part_added_event import ResponseContentPartAddedEvent as ResponseContentPartAddedEvent
    from .response_function_shell_tool_call import ResponseFunctionShellToolCall as ResponseFunctionShellToolCall
    from .response_mcp_call_completed_event import ResponseMcpCallCompletedEvent as ResponseMcpCallCompletedEvent
    from .container_network_policy_allowlist import ContainerNetworkPolicyAllowlist as ContainerNetworkPolicyAllowlist
    from .response_function_call_output_item import ResponseFunctionCallOutputItem as ResponseFunctionCallOutputItem
    from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent as ResponseReasoningTextDoneEvent
    from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall as ResponseCodeInterpreterToolCall
    from .response_input_message_content_list import ResponseInputMessageContentList as ResponseInputMessageContentList
    from .response_mcp_call_in_progress_event import ResponseMcpCallInProgressEvent as ResponseMcpCallInProgressEvent
    from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent as ResponseReasoningTextDeltaEvent
    from .response_audio_transcript_done_event import (
        ResponseAudioTranscriptDoneEvent as ResponseAudioTranscriptDoneEvent,
    )
    from .response_mcp_list_tools_failed_event import ResponseMcpListToolsFailedEvent as ResponseMcpListToolsFailedEvent
    from .response_apply_patch_tool_call_output import (
        ResponseApplyPatchToolCallOutput as ResponseApplyPatchToolCallOutput,
    )
    from .response_audio_transcript_delta_event import (
        ResponseAudioTranscriptDeltaEvent as ResponseAudioTranscriptDeltaEvent,
    )
    from .response_custom_tool_call_output_item import (
        ResponseCustomToolCallOutputItem as ResponseCustomToolCallOutputItem,
    )
    from .container_network_policy_domain_secret import (
        ContainerNetworkPolicyDomainSecret as ContainerNetworkPolicyDomainSecret,
    )
    from .response_mcp_call_arguments_done_event import (
        ResponseMcpCallArgumentsDoneEvent as ResponseMcpCallArgumentsDoneEvent,
    )
    from .response_shell_call_command_done_event import (
        ResponseShellCallCommandDoneEvent as ResponseShellCallCommandDoneEvent,
    )
    from .response_tool_search_output_item_param import (
        ResponseToolSearchOutputItemParam as ResponseToolSearchOutputItemParam,
    )
    from .response_computer_tool_call_output_item import (
        ResponseComputerToolCallOutputItem as ResponseComputerToolCallOutputItem,
    )
    from .response_format_text_json_schema_config import (
        ResponseFormatTextJSONSchemaConfig as ResponseFormatTextJSONSchemaConfig,
    )
    from .response_function_call_output_item_list import (
        ResponseFunctionCallOutputItemList as ResponseFunctionCallOutputItemList,
    )
    from .response_function_tool_call_output_item import (
        ResponseFunctionToolCallOutputItem as ResponseFunctionToolCallOutputItem,
    )
    from .response_image_gen_call_completed_event import (
        ResponseImageGenCallCompletedEvent as ResponseImageGenCallCompletedEvent,
    )
    from .response_mcp_call_arguments_delta_event import (
        ResponseMcpCallArgumentsDeltaEvent as ResponseMcpCallArgumentsDeltaEvent,
    )
    from .response_mcp_list_tools_completed_event import (
        ResponseMcpListToolsCompletedEvent as ResponseMcpListToolsCompletedEvent,
    )
    from .response_shell_call_command_added_event import (
        ResponseShellCallCommandAddedEvent as ResponseShellCallCommandAddedEvent,
    )
    from .response_shell_call_command_delta_event import (
        ResponseShellCallCommandDeltaEvent as ResponseShellCallCommandDeltaEvent,
    )
    from .response_function_shell_tool_call_output import (
        ResponseFunctionShellToolCallOutput as ResponseFunctionShellToolCallOutput,
    )
    from .response_image_gen_call_generating_event import (
        ResponseImageGenCallGeneratingEvent as ResponseImageGenCallGeneratingEvent,
    )
    from .response_web_search_call_completed_event import (
        ResponseWebSearchCallCompletedEvent as ResponseWebSearchCallCompletedEvent,
    )
    from .response_web_search_call_searching_event import (
        ResponseWebSearchCallSearchingEvent as ResponseWebSearchCallSearchingEvent,
    )
    from .response_file_search_call_completed_event import (
        ResponseFileSearchCallCompletedEvent as ResponseFileSearchCallCompletedEvent,
    )
    from .response_file_search_call_searching_event import (
        ResponseFileSearchCallSearchingEvent as ResponseFileSearchCallSearchingEvent,
    )
    from .response_image_gen_call_in_progress_event import (
        ResponseImageGenCallInProgressEvent as ResponseImageGenCallInProgressEvent,
    )
    from .response_mcp_list_tools_in_progress_event import (
        ResponseMcpListToolsInProgressEvent as ResponseMcpListToolsInProgressEvent,
    )
    from .response_custom_tool_call_input_done_event import (
        ResponseCustomToolCallInputDoneEvent as ResponseCustomToolCallInputDoneEvent,
    )
    from .response_reasoning_summary_part_done_event import (
        ResponseReasoningSummaryPartDoneEvent as ResponseReasoningSummaryPartDoneEvent,
    )
    from .response_reasoning_summary_text_done_event import (
        ResponseReasoningSummaryTextDoneEvent as ResponseReasoningSummaryTextDoneEvent,
    )
    from .response_web_search_call_in_progress_event import (
        ResponseWebSearchCallInProgressEvent as ResponseWebSearchCallInProgressEvent,
    )
    from .response_custom_tool_call_input_delta_event import (
        ResponseCustomToolCallInputDeltaEvent as ResponseCustomToolCallInputDeltaEvent,
    )
    from .response_file_search_call_in_progress_event import (
        ResponseFileSearchCallInProgressEvent as ResponseFileSearchCallInProgressEvent,
    )
    from .response_function_call_arguments_done_event import (
        ResponseFunctionCallArgumentsDoneEvent as ResponseFunctionCallArgumentsDoneEvent,
    )
    from .response_function_shell_call_output_content import (
        ResponseFunctionShellCallOutputContent as ResponseFunctionShellCallOutputContent,
    )
    from .response_image_gen_call_partial_image_event import (
        ResponseImageGenCallPartialImageEvent as ResponseImageGenCallPartialImageEvent,
    )
    from .response_output_text_annotation_added_event import (
        ResponseOutputTextAnnotationAddedEvent as ResponseOutputTextAnnotationAddedEvent,
    )
    from .response_reasoning_summary_part_added_event import (
        ResponseReasoningSummaryPartAddedEvent as ResponseReasoningSummaryPartAddedEvent,
    )
    from .response_reasoning_summary_text_delta_event import (
        ResponseReasoningSummaryTextDeltaEvent as ResponseReasoningSummaryTextDeltaEvent,
    )
    from .response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .response_computer_tool_call_output_screenshot import (
        ResponseComputerToolCallOutputScreenshot as ResponseComputerToolCallOutputScreenshot,
    )
    from .response_shell_call_output_content_done_event import (
        ResponseShellCallOutputContentDoneEvent as ResponseShellCallOutputContentDoneEvent,
    )
    from .response_code_interpreter_call_code_done_event import (
        ResponseCodeInterpreterCallCodeDoneEvent as ResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .response_code_interpreter_call_completed_event import (
        ResponseCodeInterpreterCallCompletedEvent as ResponseCodeInterpreterCallCompletedEvent,
    )
    from .response_shell_call_output_content_delta_event import (
        ResponseShellCallOutputContentDeltaEvent as ResponseShellCallOutputContentDeltaEvent,
    )
    from .response_code_interpreter_call_code_delta_event import (
        ResponseCodeInterpreterCallCodeDeltaEvent as ResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .response_code_interpreter_call_in_progress_event import (
        ResponseCodeInterpreterCallInProgressEvent as ResponseCodeInterpreterCallInProgressEvent,
    )
    from .response_code_interpreter_call_interpreting_event import (
        ResponseCodeInterpreterCallInterpretingEvent as ResponseCodeInterpreterCallInterpretingEvent,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "ApplyPatchTool": ".apply_patch_tool",
    "CompactedResponse": ".compacted_response",
    "ComputerAction": ".computer_action",
    "ComputerActionList": ".computer_action_list",
    "ComputerTool": ".computer_tool",
    "ComputerUsePreviewTool": ".computer_use_preview_tool",
    "ContainerAuto": ".container_auto",
    "ContainerNetworkPolicyAllowlist": ".container_network_policy_allowlist",
    "ContainerNetworkPolicyDisabled": ".container_network_policy_disabled",
    "ContainerNetworkPolicyDomainSecret": ".container_network_policy_domain_secret",
    "ContainerReference": ".container_reference",
    "CustomTool": ".custom_tool",
    "EasyInputMessage": ".easy_input_message",
    "FileSearchTool": ".file_search_tool",
    "FunctionShellTool": ".function_shell_tool",
    "FunctionTool": ".function_tool",
    "ImageDetail": ".image_detail",
    "InlineSkill": ".inline_skill",
    "InlineSkillSource": ".inline_skill_source",
    "InputTokenCountResponse": ".input_token_count_response",
    "LocalEnvironment": ".local_environment",
    "LocalSkill": ".local_skill",
    "McpToolCallError": ".mcp_tool_call_error",
    "NamespaceTool": ".namespace_tool",
    "Response": ".response",
    "ResponseApplyPatchToolCall": ".response_apply_patch_tool_call",
    "ResponseApplyPatchToolCallOutput": ".response_apply_patch_tool_call_output",
    "ResponseAudioDeltaEvent": ".response_audio_delta_event",
    "ResponseAudioDoneEvent": ".response_audio_done_event",
    "ResponseAudioTranscriptDeltaEvent": ".response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDoneEvent": ".response_audio_transcript_done_event",
    "ResponseCodeInterpreterCallCodeDeltaEvent": ".response_code_interpreter_call_code_delta_event",
    "ResponseCodeInterpreterCallCodeDoneEvent": ".response_code_interpreter_call_code_done_event",
    "ResponseCodeInterpreterCallCompletedEvent": ".response_code_interpreter_call_completed_event",
    "ResponseCodeInterpreterCallInProgressEvent": ".response_code_interpreter_call_in_progress_event",
    "ResponseCodeInterpreterCallInterpretingEvent": ".response_code_interpreter_call_interpreting_event",
    "ResponseCodeInterpreterToolCall": ".response_code_interpreter_tool_call",
    "ResponseCompactionItem": ".response_compaction_item",
    "ResponseCompactionItemParam": ".response_compaction_item_param",
    "ResponseCompletedEvent": ".response_completed_event",
    "ResponseComputerToolCall": ".response_computer_tool_call",
    "ResponseComputerToolCallOutputItem": ".response_computer_tool_call_output_item",
    "ResponseComputerToolCallOutputScreenshot": ".response_computer_tool_call_output_screenshot",
    "ResponseContainerReference": ".response_container_reference",
    "ResponseContent": ".response_content",
    "ResponseContentPartAddedEvent": ".response_content_part_added_event",
    "ResponseContentPartDoneEvent": ".response_content_part_done_event",
    "ResponseConversationParam": ".response_conversation_param",
    "ResponseCreatedEvent": ".response_created_event",
    "ResponseCustomToolCall": ".response_custom_tool_call",
    "ResponseCustomToolCallInputDeltaEvent": ".response_custom_tool_call_input_delta_event",
    "ResponseCustomToolCallInputDoneEvent": ".response_custom_tool_call_input_done_event",
    "ResponseCustomToolCallItem": ".response_custom_tool_call_item",
    "ResponseCustomToolCallOutput": ".response_custom_tool_call_output",
    "ResponseCustomToolCallOutputItem": ".response_custom_tool_call_output_item",
    "ResponseError": ".response_error",
    "ResponseErrorEvent": ".response_error_event",
    "ResponseFailedEvent": ".response_failed_event",
    "ResponseFileSearchCallCompletedEvent": ".response_file_search_call_completed_event",
    "ResponseFileSearchCallInProgressEvent": ".response_file_search_call_in_progress_event",
    "ResponseFileSearchCallSearchingEvent": ".response_file_search_call_searching_event",
    "ResponseFileSearchToolCall": ".response_file_search_tool_call",
    "ResponseFormatTextConfig": ".response_format_text_config",
    "ResponseFormatTextJSONSchemaConfig": ".response_format_text_json_schema_config",
    "ResponseFunctionCallArgumentsDeltaEvent": ".response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": ".response_function_call_arguments_done_event",
    "ResponseFunctionCallOutputItem": ".response_function_call_output_item",
    "ResponseFunctionCallOutputItemList": ".response_function_call_output_item_list",
    "ResponseFunctionShellCallOutputContent": ".response_function_shell_call_output_content",
    "ResponseFunctionShellToolCall": ".response_function_shell_tool_call",
    "ResponseFunctionShellToolCallOutput": ".response_function_shell_tool_call_output",
    "ResponseFunctionToolCall": ".response_function_tool_call",
    "ResponseFunctionToolCallItem": ".response_function_tool_call_item",
    "ResponseFunctionToolCallOutputItem": ".response_function_tool_call_output_item",
    "ResponseFunctionWebSearch": ".response_function_web_search",
    "ResponseImageGenCallCompletedEvent": ".response_image_gen_call_completed_event",
    "ResponseImageGenCallGeneratingEvent": ".response_image_gen_call_generating_event",
    "ResponseImageGenCallInProgressEvent": ".response_image_gen_call_in_progress_event",
    "ResponseImageGenCallPartialImageEvent": ".response_image_gen_call_partial_image_event",
    "ResponseInProgressEvent": ".response_in_progress_event",
    "ResponseIncludable": ".response_includable",
    "ResponseIncompleteEvent": ".response_incomplete_event",
    "ResponseInput": ".response_input",
    "ResponseInputAudio": ".response_input_audio",
    "ResponseInputContent": ".response_input_content",
    "ResponseInputFile": ".response_input_file",
    "ResponseInputFileContent": ".response_input_file_content",
    "ResponseInputImage": ".response_input_image",
    "ResponseInputImageContent": ".response_input_image_content",
    "ResponseInputItem": ".response_input_item",
    "ResponseInputMessageContentList": ".response_input_message_content_list",
    "ResponseInputMessageItem": ".response_input_message_item",
    "ResponseInputText": ".response_input_text",
    "ResponseInputTextContent": ".response_input_text_content",
    "ResponseItem": ".response_item",
    "ResponseItemList": ".response_item_list",
    "ResponseLocalEnvironment": ".response_local_environment",
    "ResponseMcpCallArgumentsDeltaEvent": ".response_mcp_call_arguments_delta_event",
    "ResponseMcpCallArgumentsDoneEvent": ".response_mcp_call_arguments_done_event",
    "ResponseMcpCallCompletedEvent": ".response_mcp_call_completed_event",
    "ResponseMcpCallFailedEvent": ".response_mcp_call_failed_event",
    "ResponseMcpCallInProgressEvent": ".response_mcp_call_in_progress_event",
    "ResponseMcpListToolsCompletedEvent": ".response_mcp_list_tools_completed_event",
    "ResponseMcpListToolsFailedEvent": ".response_mcp_list_tools_failed_event",
    "ResponseMcpListToolsInProgressEvent": ".response_mcp_list_tools_in_progress_event",
    "ResponseOutputAudio": ".response_output_audio",
    "ResponseOutputItem": ".response_output_item",
    "ResponseOutputItemAddedEvent": ".response_output_item_added_event",
    "ResponseOutputItemDoneEvent": ".response_output_item_done_event",
    "ResponseOutputMessage": ".response_output_message",
    "ResponseOutputRefusal": ".response_output_refusal",
    "ResponseOutputText": ".response_output_text",
    "ResponseOutputTextAnnotationAddedEvent": ".response_output_text_annotation_added_event",
    "ResponsePrompt": ".response_prompt",
    "ResponseQueuedEvent": ".response_queued_event",
    "ResponseReasoningItem": ".response_reasoning_item",
    "ResponseReasoningSummaryPartAddedEvent": ".response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartDoneEvent": ".response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryTextDeltaEvent": ".response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDoneEvent": ".response_reasoning_summary_text_done_event",
    "ResponseReasoningTextDeltaEvent": ".response_reasoning_text_delta_event",
    "ResponseReasoningTextDoneEvent": ".response_reasoning_text_done_event",
    "ResponseRefusalDeltaEvent": ".response_refusal_delta_event",
    "ResponseRefusalDoneEvent": ".response_refusal_done_event",
    "ResponseShellCallCommandAddedEvent": ".response_shell_call_command_added_event",
    "ResponseShellCallCommandDeltaEvent": ".response_shell_call_command_delta_event",
    "ResponseShellCallCommandDoneEvent": ".response_shell_call_command_done_event",
    "ResponseShellCallOutputContentDeltaEvent": ".response_shell_call_output_content_delta_event",
    "ResponseShellCallOutputContentDoneEvent": ".response_shell_call_output_content_done_event",
    "ResponseStatus": ".response_status",
    "ResponseStreamEvent": ".response_stream_event",
    "ResponseTextConfig": ".response_text_config",
    "ResponseTextDeltaEvent": ".response_text_delta_event",
    "ResponseTextDoneEvent": ".response_text_done_event",
    "ResponseToolSearchCall": ".response_tool_search_call",
    "ResponseToolSearchOutputItem": ".response_tool_search_output_item",
    "ResponseToolSearchOutputItemParam": ".response_tool_search_output_item_param",
    "ResponseUsage": ".response_usage",
    "ResponseWebSearchCallCompletedEvent": ".response_web_search_call_completed_event",
    "ResponseWebSearchCallInProgressEvent": ".response_web_search_call_in_progress_event",
    "ResponseWebSearchCallSearchingEvent": ".response_web_search_call_searching_event",
    "ResponsesClientEvent": ".responses_client_event",
    "ResponsesServerEvent": ".responses_server_event",
    "ServiceTier": ".service_tier",
    "SkillReference": ".skill_reference",
    "Tool": ".tool",
    "ToolChoiceAllowed": ".tool_choice_allowed",
    "ToolChoiceApplyPatch": ".tool_choice_apply_patch",
    "ToolChoiceCustom": ".tool_choice_custom",
    "ToolChoiceFunction": ".tool_choice_function",
    "ToolChoiceMcp": ".tool_choice_mcp",
    "ToolChoiceOptions": ".tool_choice_options",
    "ToolChoiceShell": ".tool_choice_shell",
    "ToolChoiceTypes": ".tool_choice_types",
    "ToolSearchTool": ".tool_search_tool",
    "WebSearchPreviewTool": ".web_search_preview_tool",
    "WebSearchTool": ".web_search_tool",
}
_SUBPACKAGES: frozenset[str] = frozenset(())

__all__ = [
    "ApplyPatchTool",
    "CompactedResponse",
    "ComputerAction",
    "ComputerActionList",
    "ComputerTool",
    "ComputerUsePreviewTool",
    "ContainerAuto",
    "ContainerNetworkPolicyAllowlist",
    "ContainerNetworkPolicyDisabled",
    "ContainerNetworkPolicyDomainSecret",
    "ContainerReference",
    "CustomTool",
    "EasyInputMessage",
    "FileSearchTool",
    "FunctionShellTool",
    "FunctionTool",
    "ImageDetail",
    "InlineSkill",
    "InlineSkillSource",
    "InputTokenCountResponse",
    "LocalEnvironment",
    "LocalSkill",
    "McpToolCallError",
    "NamespaceTool",
    "Response",
    "ResponseApplyPatchToolCall",
    "ResponseApplyPatchToolCallOutput",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCodeInterpreterToolCall",
    "ResponseCompactionItem",
    "ResponseCompactionItemParam",
    "ResponseCompletedEvent",
    "ResponseComputerToolCall",
    "ResponseComputerToolCallOutputItem",
    "ResponseComputerToolCallOutputScreenshot",
    "ResponseContainerReference",
    "ResponseContent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseConversationParam",
    "ResponseCreatedEvent",
    "ResponseCustomToolCall",
    "ResponseCustomToolCallInputDeltaEvent",
    "ResponseCustomToolCallInputDoneEvent",
    "ResponseCustomToolCallItem",
    "ResponseCustomToolCallOutput",
    "ResponseCustomToolCallOutputItem",
    "ResponseError",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFileSearchToolCall",
    "ResponseFormatTextConfig",
    "ResponseFormatTextJSONSchemaConfig",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseFunctionCallOutputItem",
    "ResponseFunctionCallOutputItemList",
    "ResponseFunctionShellCallOutputContent",
    "ResponseFunctionShellToolCall",
    "ResponseFunctionShellToolCallOutput",
    "ResponseFunctionToolCall",
    "ResponseFunctionToolCallItem",
    "ResponseFunctionToolCallOutputItem",
    "ResponseFunctionWebSearch",
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseInProgressEvent",
    "ResponseIncludable",
    "ResponseIncompleteEvent",
    "ResponseInput",
    "ResponseInputAudio",
    "ResponseInputContent",
    "ResponseInputFile",
    "ResponseInputFileContent",
    "ResponseInputImage",
    "ResponseInputImageContent",
    "ResponseInputItem",
    "ResponseInputMessageContentList",
    "ResponseInputMessageItem",
    "ResponseInputText",
    "ResponseInputTextContent",
    "ResponseItem",
    "ResponseItemList",
    "ResponseLocalEnvironment",
    "ResponseMcpCallArgumentsDeltaEvent",
    "ResponseMcpCallArgumentsDoneEvent",
    "ResponseMcpCallCompletedEvent",
    "ResponseMcpCallFailedEvent",
    "ResponseMcpCallInProgressEvent",
    "ResponseMcpListToolsCompletedEvent",
    "ResponseMcpListToolsFailedEvent",
    "ResponseMcpListToolsInProgressEvent",
    "ResponseOutputAudio",
    "ResponseOutputItem",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputMessage",
    "ResponseOutputRefusal",
    "ResponseOutputText",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponsePrompt",
    "ResponseQueuedEvent",
    "ResponseReasoningItem",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseShellCallCommandAddedEvent",
    "ResponseShellCallCommandDeltaEvent",
    "ResponseShellCallCommandDoneEvent",
    "ResponseShellCallOutputContentDeltaEvent",
    "ResponseShellCallOutputContentDoneEvent",
    "ResponseStatus",
    "ResponseStreamEvent",
    "ResponseTextConfig",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseToolSearchCall",
    "ResponseToolSearchOutputItem",
    "ResponseToolSearchOutputItemParam",
    "ResponseUsage",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "ResponsesClientEvent",
    "ResponsesServerEvent",
    "ServiceTier",
    "SkillReference",
    "Tool",
    "ToolChoiceAllowed",
    "ToolChoiceApplyPatch",
    "ToolChoiceCustom",
    "ToolChoiceFunction",
    "ToolChoiceMcp",
    "ToolChoiceOptions",
    "ToolChoiceShell",
    "ToolChoiceTypes",
    "ToolSearchTool",
    "WebSearchPreviewTool",
    "WebSearchTool",
]


def __getattr__(name: str) -> object:
    import importlib

    if name in _SUBPACKAGES:
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBPACKAGES})
