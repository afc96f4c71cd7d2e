# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .thread import Thread as Thread
    from .assistant import Assistant as Assistant
    from .beta_tool import BetaTool as BetaTool
    from .beta_response import BetaResponse as BetaResponse
    from .function_tool import FunctionTool as FunctionTool
    from .assistant_tool import AssistantTool as AssistantTool
    from .thread_deleted import ThreadDeleted as ThreadDeleted
    from .beta_custom_tool import BetaCustomTool as BetaCustomTool
    from .beta_local_skill import BetaLocalSkill as BetaLocalSkill
    from .chatkit_workflow import ChatKitWorkflow as ChatKitWorkflow
    from .file_search_tool import FileSearchTool as FileSearchTool
    from .run_stream_event import RunStreamEvent as RunStreamEvent
    from .assistant_deleted import AssistantDeleted as AssistantDeleted
    from .beta_image_detail import BetaImageDetail as BetaImageDetail
    from .beta_inline_skill import BetaInlineSkill as BetaInlineSkill
    from .beta_service_tier import BetaServiceTier as BetaServiceTier
    from .beta_computer_tool import BetaComputerTool as BetaComputerTool
    from .beta_function_tool import BetaFunctionTool as BetaFunctionTool
    from .beta_response_item import BetaResponseItem as BetaResponseItem
    from .beta_container_auto import BetaContainerAuto as BetaContainerAuto
    from .beta_namespace_tool import BetaNamespaceTool as BetaNamespaceTool
    from .beta_response_error import BetaResponseError as BetaResponseError
    from .beta_response_input import BetaResponseInput as BetaResponseInput
    from .beta_response_usage import BetaResponseUsage as BetaResponseUsage
    from .thread_stream_event import ThreadStreamEvent as ThreadStreamEvent
    from .beta_computer_action import BetaComputerAction as BetaComputerAction
    from .beta_response_prompt import BetaResponsePrompt as BetaResponsePrompt
    from .beta_response_status import BetaResponseStatus as BetaResponseStatus
    from .beta_skill_reference import BetaSkillReference as BetaSkillReference
    from .beta_tool_choice_mcp import BetaToolChoiceMcp as BetaToolChoiceMcp
    from .beta_web_search_tool import BetaWebSearchTool as BetaWebSearchTool
    from .message_stream_event import MessageStreamEvent as MessageStreamEvent
    from .assistant_tool_choice import AssistantToolChoice as AssistantToolChoice
    from .beta_apply_patch_tool import BetaApplyPatchTool as BetaApplyPatchTool
    from .beta_file_search_tool import BetaFileSearchTool as BetaFileSearchTool
    from .beta_response_content import BetaResponseContent as BetaResponseContent
    from .beta_tool_search_tool import BetaToolSearchTool as BetaToolSearchTool
    from .code_interpreter_tool import CodeInterpreterTool as CodeInterpreterTool
    from .run_step_stream_event import RunStepStreamEvent as RunStepStreamEvent
    from .assistant_stream_event import AssistantStreamEvent as AssistantStreamEvent
    from .beta_local_environment import BetaLocalEnvironment as BetaLocalEnvironment
    from .beta_tool_choice_shell import BetaToolChoiceShell as BetaToolChoiceShell
    from .beta_tool_choice_types import BetaToolChoiceTypes as BetaToolChoiceTypes
    from .beta_compacted_response import BetaCompactedResponse as BetaCompactedResponse
    from .beta_easy_input_message import BetaEasyInputMessage as BetaEasyInputMessage
    from .beta_tool_choice_custom import BetaToolChoiceCustom as BetaToolChoiceCustom
    from .beta_container_reference import BetaContainerReference as BetaContainerReference
    from .beta_function_shell_tool import BetaFunctionShellTool as BetaFunctionShellTool
    from .beta_inline_skill_source import BetaInlineSkillSource as BetaInlineSkillSource
    from .beta_mcp_tool_call_error import BetaMcpToolCallError as BetaMcpToolCallError
    from .beta_response_includable import BetaResponseIncludable as BetaResponseIncludable
    from .beta_response_input_file import BetaResponseInputFile as BetaResponseInputFile
    from .beta_response_input_item import BetaResponseInputItem as BetaResponseInputItem
    from .beta_response_input_text import BetaResponseInputText as BetaResponseInputText
    from .beta_tool_choice_allowed import BetaToolChoiceAllowed as BetaToolChoiceAllowed
    from .beta_tool_choice_options import BetaToolChoiceOptions as BetaToolChoiceOptions
    from .beta_computer_action_list import BetaComputerActionList as BetaComputerActionList
    from .beta_response_error_event import BetaResponseErrorEvent as BetaResponseErrorEvent
    from .beta_response_input_audio import BetaResponseInputAudio as BetaResponseInputAudio
    from .beta_response_input_image import BetaResponseInputImage as BetaResponseInputImage
    from .beta_response_output_item import BetaResponseOutputItem as BetaResponseOutputItem
    from .beta_response_output_text import BetaResponseOutputText as BetaResponseOutputText
    from .beta_response_text_config import BetaResponseTextConfig as BetaResponseTextConfig
    from .beta_tool_choice_function import BetaToolChoiceFunction as BetaToolChoiceFunction
    from .beta_response_failed_event import BetaResponseFailedEvent as BetaResponseFailedEvent
    from .beta_response_inject_event import BetaResponseInjectEvent as BetaResponseInjectEvent
    from .beta_response_output_audio import BetaResponseOutputAudio as BetaResponseOutputAudio
    from .beta_response_queued_event import BetaResponseQueuedEvent as BetaResponseQueuedEvent
    from .beta_response_stream_event import BetaResponseStreamEvent as BetaResponseStreamEvent
    from .beta_response_created_event import BetaResponseCreatedEvent as BetaResponseCreatedEvent
    from .beta_response_input_content import BetaResponseInputContent as BetaResponseInputContent
    from .beta_responses_client_event import BetaResponsesClientEvent as BetaResponsesClientEvent
    from .beta_responses_server_event import BetaResponsesServerEvent as BetaResponsesServerEvent
    from .assistant_tool_choice_option import AssistantToolChoiceOption as AssistantToolChoiceOption
    from .beta_response_output_message import BetaResponseOutputMessage as BetaResponseOutputMessage
    from .beta_response_output_refusal import BetaResponseOutputRefusal as BetaResponseOutputRefusal
    from .beta_response_reasoning_item import BetaResponseReasoningItem as BetaResponseReasoningItem
    from .beta_tool_choice_apply_patch import BetaToolChoiceApplyPatch as BetaToolChoiceApplyPatch
    from .beta_web_search_preview_tool import BetaWebSearchPreviewTool as BetaWebSearchPreviewTool
    from .beta_response_compaction_item import BetaResponseCompactionItem as BetaResponseCompactionItem
    from .beta_response_completed_event import BetaResponseCompletedEvent as BetaResponseCompletedEvent
    from .beta_response_text_done_event import BetaResponseTextDoneEvent as BetaResponseTextDoneEvent
    from .assistant_tool_choice_function import AssistantToolChoiceFunction as AssistantToolChoiceFunction
    from .beta_computer_use_preview_tool import BetaComputerUsePreviewTool as BetaComputerUsePreviewTool
    from .beta_response_audio_done_event import BetaResponseAudioDoneEvent as BetaResponseAudioDoneEvent
    from .beta_response_custom_tool_call import BetaResponseCustomToolCall as BetaResponseCustomToolCall
    from .beta_response_incomplete_event import BetaResponseIncompleteEvent as BetaResponseIncompleteEvent
    from .beta_response_text_delta_event import BetaResponseTextDeltaEvent as BetaResponseTextDeltaEvent
    from .beta_response_tool_search_call import BetaResponseToolSearchCall as BetaResponseToolSearchCall
    from .beta_response_audio_delta_event import BetaResponseAudioDeltaEvent as BetaResponseAudioDeltaEvent
    from .beta_response_in_progress_event import BetaResponseInProgressEvent as BetaResponseInProgressEvent
    from .beta_response_local_environment import BetaResponseLocalEnvironment as BetaResponseLocalEnvironment
    from .assistant_response_format_option import AssistantResponseFormatOption as AssistantResponseFormatOption
    from .beta_response_computer_tool_call import BetaResponseComputerToolCall as BetaResponseComputerToolCall
    from .beta_response_conversation_param import BetaResponseConversationParam as BetaResponseConversationParam
    from .beta_response_format_text_config import BetaResponseFormatTextConfig as BetaResponseFormatTextConfig
    from .beta_response_function_tool_call import BetaResponseFunctionToolCall as BetaResponseFunctionToolCall
    from .beta_response_input_file_content import BetaResponseInputFileContent as BetaResponseInputFileContent
    from .beta_response_input_message_item import BetaResponseInputMessageItem as BetaResponseInputMessageItem
    from .beta_response_input_text_content import BetaResponseInputTextContent as BetaResponseInputTextContent
    from .beta_response_refusal_done_event import BetaResponseRefusalDoneEvent as BetaResponseRefusalDoneEvent
    from .beta_response_container_reference import BetaResponseContainerReference as BetaResponseContainerReference
    from .beta_response_function_web_search import BetaResponseFunctionWebSearch as BetaResponseFunctionWebSearch
    from .beta_response_inject_failed_event import BetaResponseInjectFailedEvent as BetaResponseInjectFailedEvent
    from .beta_response_input_image_content import BetaResponseInputImageContent as BetaResponseInputImageContent
    from .beta_response_refusal_delta_event import BetaResponseRefusalDeltaEvent as BetaResponseRefusalDeltaEvent
    from .beta_response_inject_created_event import BetaResponseInjectCreatedEvent as BetaResponseInjectCreatedEvent
    from .beta_response_apply_patch_tool_call import BetaResponseApplyPatchToolCall as BetaResponseApplyPatchToolCall
    from .beta_response_compaction_item_param import BetaResponseCompactionItemParam as BetaResponseCompactionItemParam
    from .beta_response_custom_tool_call_item import BetaResponseCustomToolCallItem as BetaResponseCustomToolCallItem
    from .beta_response_file_search_tool_call import BetaResponseFileSearchToolCall as BetaResponseFileSearchToolCall
    from .beta_response_mcp_call_failed_event import BetaResponseMcpCallFailedEvent as BetaResponseMcpCallFailedEvent
    from .beta_response_output_item_done_event import BetaResponseOutputItemDoneEvent as BetaResponseOutputItemDoneEvent
    from .beta_response_content_part_done_event import (
        BetaResponseContentPartDoneEvent as BetaResponseContentPartDoneEvent,
    )
    from .beta_response_custom_tool_call_output import (
        BetaResponseCustomToolCallOutput as BetaResponseCustomToolCallOutput,
    )
    from .beta_response_function_tool_call_item import (
        BetaResponseFunctionToolCallItem as BetaResponseFunctionToolCallItem,
    )
    from .beta_response_output_item_added_event import (
        BetaResponseOutputItemAddedEvent as BetaResponseOutputItemAddedEvent,
    )
    from .beta_response_tool_search_output_item import (
        BetaResponseToolSearchOutputItem as BetaResponseToolSearchOutputItem,
    )
    from .beta_container_network_policy_disabled import (
        BetaContainerNetworkPolicyDisabled as BetaContainerNetworkPolicyDisabled,
    )
    from .beta_response_content_part_added_event import (
        BetaResponseContentPartAddedEvent as BetaResponseContentPartAddedEvent,
    )
    from .beta_response_function_shell_tool_call import (
        BetaResponseFunctionShellToolCall as BetaResponseFunctionShellToolCall,
    )
    from .beta_response_mcp_call_completed_event import (
        BetaResponseMcpCallCompletedEvent as BetaResponseMcpCallCompletedEvent,
    )
    from .beta_container_network_policy_allowlist import (
        BetaContainerNetworkPolicyAllowlist as BetaContainerNetworkPolicyAllowlist,
    )
    from .beta_response_function_call_output_item import (
        BetaResponseFunctionCallOutputItem as BetaResponseFunctionCallOutputItem,
    )
    from .beta_response_reasoning_text_done_event import (
        BetaResponseReasoningTextDoneEvent as BetaResponseReasoningTextDoneEvent,
    )
    from .beta_response_code_interpreter_tool_call import (
        BetaResponseCodeInterpreterToolCall as BetaResponseCodeInterpreterToolCall,
    )
    from .beta_response_input_message_content_list import (
        BetaResponseInputMessageContentList as BetaResponseInputMessageContentList,
    )
    from .beta_response_mcp_call_in_progress_event import (
        BetaResponseMcpCallInProgressEvent as BetaResponseMcpCallInProgressEvent,
    )
    from .beta_response_reasoning_text_delta_event import (
        BetaResponseReasoningTextDeltaEvent as BetaResponseReasoningTextDeltaEvent,
    )
    from .beta_response_audio_transcript_done_event import (
        BetaResponseAudioTranscriptDoneEvent as BetaResponseAudioTranscriptDoneEvent,
    )
    from .beta_response_mcp_list_tools_failed_event import (
        BetaResponseMcpListToolsFailedEvent as BetaResponseMcpListToolsFailedEvent,
    )
    from .beta_response_apply_patch_tool_call_output import (
        BetaResponseApplyPatchToolCallOutput as BetaResponseApplyPatchToolCallOutput,
    )
    from .beta_response_audio_transcript_delta_event import (
        BetaResponseAudioTranscriptDeltaEvent as BetaResponseAudioTranscriptDeltaEvent,
    )
    from .beta_response_custom_tool_call_output_item import (
        BetaResponseCustomToolCallOutputItem as BetaResponseCustomToolCallOutputItem,
    )
    from .beta_container_network_policy_domain_secret import (
        BetaContainerNetworkPolicyDomainSecret as BetaContainerNetworkPolicyDomainSecret,
    )
    from .beta_response_mcp_call_arguments_done_event import (
        BetaResponseMcpCallArgumentsDoneEvent as BetaResponseMcpCallArgumentsDoneEvent,
    )
    from .beta_response_shell_call_command_done_event import (
        BetaResponseShellCallCommandDoneEvent as BetaResponseShellCallCommandDoneEvent,
    )
    from .beta_response_tool_search_output_item_param import (
        BetaResponseToolSearchOutputItemParam as BetaResponseToolSearchOutputItemParam,
    )
    from .beta_response_computer_tool_call_output_item import (
        BetaResponseComputerToolCallOutputItem as BetaResponseComputerToolCallOutputItem,
    )
    from .beta_response_format_text_json_schema_config import (
        BetaResponseFormatTextJSONSchemaConfig as BetaResponseFormatTextJSONSchemaConfig,
    )
    from .beta_response_function_call_output_item_list import (
        BetaResponseFunctionCallOutputItemList as BetaResponseFunctionCallOutputItemList,
    )
    from .beta_response_function_tool_call_output_item import (
        BetaResponseFunctionToolCallOutputItem as BetaResponseFunctionToolCallOutputItem,
    )
    from .beta_response_image_gen_call_completed_event import (
        BetaResponseImageGenCallCompletedEvent as BetaResponseImageGenCallCompletedEvent,
    )
    from .beta_response_mcp_call_arguments_delta_event import (
        BetaResponseMcpCallArgumentsDeltaEvent as BetaResponseMcpCallArgumentsDeltaEvent,
    )
    from .beta_response_mcp_list_tools_completed_event import (
        BetaResponseMcpListToolsCompletedEvent as BetaResponseMcpListToolsCompletedEvent,
    )
    from .beta_response_shell_call_command_added_event import (
        BetaResponseShellCallCommandAddedEvent as BetaResponseShellCallCommandAddedEvent,
    )
    from .beta_response_shell_call_command_delta_event import (
        BetaResponseShellCallCommandDeltaEvent as BetaResponseShellCallCommandDeltaEvent,
    )
    from .beta_response_function_shell_tool_call_output import (
        BetaResponseFunctionShellToolCallOutput as BetaResponseFunctionShellToolCallOutput,
    )
    from .beta_response_image_gen_call_generating_event import (
        BetaResponseImageGenCallGeneratingEvent as BetaResponseImageGenCallGeneratingEvent,
    )
    from .beta_response_web_search_call_completed_event import (
        BetaResponseWebSearchCallCompletedEvent as BetaResponseWebSearchCallCompletedEvent,
    )
    from .beta_response_web_search_call_searching_event import (
        BetaResponseWebSearchCallSearchingEvent as BetaResponseWebSearchCallSearchingEvent,
    )
    from .beta_response_file_search_call_completed_event import (
        BetaResponseFileSearchCallCompletedEvent as BetaResponseFileSearchCallCompletedEvent,
    )
    from .beta_response_file_search_call_searching_event import (
        BetaResponseFileSearchCallSearchingEvent as BetaResponseFileSearchCallSearchingEvent,
    )
    from .beta_response_image_gen_call_in_progress_event import (
        BetaResponseImageGenCallInProgressEvent as BetaResponseImageGenCallInProgressEvent,
    )
    from .beta_response_mcp_list_tools_in_progress_event import (
        BetaResponseMcpListToolsInProgressEvent as BetaResponseMcpListToolsInProgressEvent,
    )
    from .beta_response_custom_tool_call_input_done_event import (
        BetaResponseCustomToolCallInputDoneEvent as BetaResponseCustomToolCallInputDoneEvent,
    )
    from .beta_response_reasoning_summary_part_done_event import (
        BetaResponseReasoningSummaryPartDoneEvent as BetaResponseReasoningSummaryPartDoneEvent,
    )
    from .beta_response_reasoning_summary_text_done_event import (
        BetaResponseReasoningSummaryTextDoneEvent as BetaResponseReasoningSummaryTextDoneEvent,
    )
    from .beta_response_web_search_call_in_progress_event import (
        BetaResponseWebSearchCallInProgressEvent as BetaResponseWebSearchCallInProgressEvent,
    )
    from .beta_response_custom_tool_call_input_delta_event import (
        BetaResponseCustomToolCallInputDeltaEvent as BetaResponseCustomToolCallInputDeltaEvent,
    )
    from .beta_response_file_search_call_in_progress_event import (
        BetaResponseFileSearchCallInProgressEvent as BetaResponseFileSearchCallInProgressEvent,
    )
    from .beta_response_function_call_arguments_done_event import (
        BetaResponseFunctionCallArgumentsDoneEvent as BetaResponseFunctionCallArgumentsDoneEvent,
    )
    from .beta_response_function_shell_call_output_content import (
        BetaResponseFunctionShellCallOutputContent as BetaResponseFunctionShellCallOutputContent,
    )
    from .beta_response_image_gen_call_partial_image_event import (
        BetaResponseImageGenCallPartialImageEvent as BetaResponseImageGenCallPartialImageEvent,
    )
    from .beta_response_output_text_annotation_added_event import (
        BetaResponseOutputTextAnnotationAddedEvent as BetaResponseOutputTextAnnotationAddedEvent,
    )
    from .beta_response_reasoning_summary_part_added_event import (
        BetaResponseReasoningSummaryPartAddedEvent as BetaResponseReasoningSummaryPartAddedEvent,
    )
    from .beta_response_reasoning_summary_text_delta_event import (
        BetaResponseReasoningSummaryTextDeltaEvent as BetaResponseReasoningSummaryTextDeltaEvent,
    )
    from .beta_response_function_call_arguments_delta_event import (
        BetaResponseFunctionCallArgumentsDeltaEvent as BetaResponseFunctionCallArgumentsDeltaEvent,
    )
    from .beta_response_computer_tool_call_output_screenshot import (
        BetaResponseComputerToolCallOutputScreenshot as BetaResponseComputerToolCallOutputScreenshot,
    )
    from .beta_response_shell_call_output_content_done_event import (
        BetaResponseShellCallOutputContentDoneEvent as BetaResponseShellCallOutputContentDoneEvent,
    )
    from .beta_response_code_interpreter_call_code_done_event import (
        BetaResponseCodeInterpreterCallCodeDoneEvent as BetaResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .beta_response_code_interpreter_call_completed_event import (
        BetaResponseCodeInterpreterCallCompletedEvent as BetaResponseCodeInterpreterCallCompletedEvent,
    )
    from .beta_response_shell_call_output_content_delta_event import (
        BetaResponseShellCallOutputContentDeltaEvent as BetaResponseShellCallOutputContentDeltaEvent,
    )
    from .beta_response_code_interpreter_call_code_delta_event import (
        BetaResponseCodeInterpreterCallCodeDeltaEvent as BetaResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .beta_response_code_interpreter_call_in_progress_event import (
        BetaResponseCodeInterpreterCallInProgressEvent as BetaResponseCodeInterpreterCallInProgressEvent,
    )
    from .beta_response_code_interpreter_call_interpreting_event import (
        BetaResponseCodeInterpreterCallInterpretingEvent as BetaResponseCodeInterpreterCallInterpretingEvent,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "Assistant": ".assistant",
    "AssistantDeleted": ".assistant_deleted",
    "AssistantResponseFormatOption": ".assistant_response_format_option",
    "AssistantStreamEvent": ".assistant_stream_event",
    "AssistantTool": ".assistant_tool",
    "AssistantToolChoice": ".assistant_tool_choice",
    "AssistantToolChoiceFunction": ".assistant_tool_choice_function",
    "AssistantToolChoiceOption": ".assistant_tool_choice_option",
    "BetaApplyPatchTool": ".beta_apply_patch_tool",
    "BetaCompactedResponse": ".beta_compacted_response",
    "BetaComputerAction": ".beta_computer_action",
    "BetaComputerActionList": ".beta_computer_action_list",
    "BetaComputerTool": ".beta_computer_tool",
    "BetaComputerUsePreviewTool": ".beta_computer_use_preview_tool",
    "BetaContainerAuto": ".beta_container_auto",
    "BetaContainerNetworkPolicyAllowlist": ".beta_container_network_policy_allowlist",
    "BetaContainerNetworkPolicyDisabled": ".beta_container_network_policy_disabled",
    "BetaContainerNetworkPolicyDomainSecret": ".beta_container_network_policy_domain_secret",
    "BetaContainerReference": ".beta_container_reference",
    "BetaCustomTool": ".beta_custom_tool",
    "BetaEasyInputMessage": ".beta_easy_input_message",
    "BetaFileSearchTool": ".beta_file_search_tool",
    "BetaFunctionShellTool": ".beta_function_shell_tool",
    "BetaFunctionTool": ".beta_function_tool",
    "BetaImageDetail": ".beta_image_detail",
    "BetaInlineSkill": ".beta_inline_skill",
    "BetaInlineSkillSource": ".beta_inline_skill_source",
    "BetaLocalEnvironment": ".beta_local_environment",
    "BetaLocalSkill": ".beta_local_skill",
    "BetaMcpToolCallError": ".beta_mcp_tool_call_error",
    "BetaNamespaceTool": ".beta_namespace_tool",
    "BetaResponse": ".beta_response",
    "BetaResponseApplyPatchToolCall": ".beta_response_apply_patch_tool_call",
    "BetaResponseApplyPatchToolCallOutput": ".beta_response_apply_patch_tool_call_output",
    "BetaResponseAudioDeltaEvent": ".beta_response_audio_delta_event",
    "BetaResponseAudioDoneEvent": ".beta_response_audio_done_event",
    "BetaResponseAudioTranscriptDeltaEvent": ".beta_response_audio_transcript_delta_event",
    "BetaResponseAudioTranscriptDoneEvent": ".beta_response_audio_transcript_done_event",
    "BetaResponseCodeInterpreterCallCodeDeltaEvent": ".beta_response_code_interpreter_call_code_delta_event",
    "BetaResponseCodeInterpreterCallCodeDoneEvent": ".beta_response_code_interpreter_call_code_done_event",
    "BetaResponseCodeInterpreterCallCompletedEvent": ".beta_response_code_interpreter_call_completed_event",
    "BetaResponseCodeInterpreterCallInProgressEvent": ".beta_response_code_interpreter_call_in_progress_event",
    "BetaResponseCodeInterpreterCallInterpretingEvent": ".beta_response_code_interpreter_call_interpreting_event",
    "BetaResponseCodeInterpreterToolCall": ".beta_response_code_interpreter_tool_call",
    "BetaResponseCompactionItem": ".beta_response_compaction_item",
    "BetaResponseCompactionItemParam": ".beta_response_compaction_item_param",
    "BetaResponseCompletedEvent": ".beta_response_completed_event",
    "BetaResponseComputerToolCall": ".beta_response_computer_tool_call",
    "BetaResponseComputerToolCallOutputItem": ".beta_response_computer_tool_call_output_item",
    "BetaResponseComputerToolCallOutputScreenshot": ".beta_response_computer_tool_call_output_screenshot",
    "BetaResponseContainerReference": ".beta_response_container_reference",
    "BetaResponseContent": ".beta_response_content",
    "BetaResponseContentPartAddedEvent": ".beta_response_content_part_added_event",
    "BetaResponseContentPartDoneEvent": ".beta_response_content_part_done_event",
    "BetaResponseConversationParam": ".beta_response_conversation_param",
    "BetaResponseCreatedEvent": ".beta_response_created_event",
    "BetaResponseCustomToolCall": ".beta_response_custom_tool_call",
    "BetaResponseCustomToolCallInputDeltaEvent": ".beta_response_custom_tool_call_input_delta_event",
    "BetaResponseCustomToolCallInputDoneEvent": ".beta_response_custom_tool_call_input_done_event",
    "BetaResponseCustomToolCallItem": ".beta_response_custom_tool_call_item",
    "BetaResponseCustomToolCallOutput": ".beta_response_custom_tool_call_output",
    "BetaResponseCustomToolCallOutputItem": ".beta_response_custom_tool_call_output_item",
    "BetaResponseError": ".beta_response_error",
    "BetaResponseErrorEvent": ".beta_response_error_event",
    "BetaResponseFailedEvent": ".beta_response_failed_event",
    "BetaResponseFileSearchCallCompletedEvent": ".beta_response_file_search_call_completed_event",
    "BetaResponseFileSearchCallInProgressEvent": ".beta_response_file_search_call_in_progress_event",
    "BetaResponseFileSearchCallSearchingEvent": ".beta_response_file_search_call_searching_event",
    "BetaResponseFileSearchToolCall": ".beta_response_file_search_tool_call",
    "BetaResponseFormatTextConfig": ".beta_response_format_text_config",
    "BetaResponseFormatTextJSONSchemaConfig": ".beta_response_format_text_json_schema_config",
    "BetaResponseFunctionCallArgumentsDeltaEvent": ".beta_response_function_call_arguments_delta_event",
    "BetaResponseFunctionCallArgumentsDoneEvent": ".beta_response_function_call_arguments_done_event",
    "BetaResponseFunctionCallOutputItem": ".beta_response_function_call_output_item",
    "BetaResponseFunctionCallOutputItemList": ".beta_response_function_call_output_item_list",
    "BetaResponseFunctionShellCallOutputContent": ".beta_response_function_shell_call_output_content",
    "BetaResponseFunctionShellToolCall": ".beta_response_function_shell_tool_call",
    "BetaResponseFunctionShellToolCallOutput": ".beta_response_function_shell_tool_call_output",
    "BetaResponseFunctionToolCall": ".beta_response_function_tool_call",
    "BetaResponseFunctionToolCallItem": ".beta_response_function_tool_call_item",
    "BetaResponseFunctionToolCallOutputItem": ".beta_response_function_tool_call_output_item",
    "BetaResponseFunctionWebSearch": ".beta_response_function_web_search",
    "BetaResponseImageGenCallCompletedEvent": ".beta_response_image_gen_call_completed_event",
    "BetaResponseImageGenCallGeneratingEvent": ".beta_response_image_gen_call_generating_event",
    "BetaResponseImageGenCallInProgressEvent": ".beta_response_image_gen_call_in_progress_event",
    "BetaResponseImageGenCallPartialImageEvent": ".beta_response_image_gen_call_partial_image_event",
    "BetaResponseInProgressEvent": ".beta_response_in_progress_event",
    "BetaResponseIncludable": ".beta_response_includable",
    "BetaResponseIncompleteEvent": ".beta_response_incomplete_event",
    "BetaResponseInjectCreatedEvent": ".beta_response_inject_created_event",
    "BetaResponseInjectEvent": ".beta_response_inject_event",
    "BetaResponseInjectFailedEvent": ".beta_response_inject_failed_event",
    "BetaResponseInput": ".beta_response_input",
    "BetaResponseInputAudio": ".beta_response_input_audio",
    "BetaResponseInputContent": ".beta_response_input_content",
    "BetaResponseInputFile": ".beta_response_input_file",
    "BetaResponseInputFileContent": ".beta_response_input_file_content",
    "BetaResponseInputImage": ".beta_response_input_image",
    "BetaResponseInputImageContent": ".beta_response_input_image_content",
    "BetaResponseInputItem": ".beta_response_input_item",
    "BetaResponseInputMessageContentList": ".beta_response_input_message_content_list",
    "BetaResponseInputMessageItem": ".beta_response_input_message_item",
    "BetaResponseInputText": ".beta_response_input_text",
    "BetaResponseInputTextContent": ".beta_response_input_text_content",
    "BetaResponseItem": ".beta_response_item",
    "BetaResponseLocalEnvironment": ".beta_response_local_environment",
    "BetaResponseMcpCallArgumentsDeltaEvent": ".beta_response_mcp_call_arguments_delta_event",
    "BetaResponseMcpCallArgumentsDoneEvent": ".beta_response_mcp_call_arguments_done_event",
    "BetaResponseMcpCallCompletedEvent": ".beta_response_mcp_call_completed_event",
    "BetaResponseMcpCallFailedEvent": ".beta_response_mcp_call_failed_event",
    "BetaResponseMcpCallInProgressEvent": ".beta_response_mcp_call_in_progress_event",
    "BetaResponseMcpListToolsCompletedEvent": ".beta_response_mcp_list_tools_completed_event",
    "BetaResponseMcpListToolsFailedEvent": ".beta_response_mcp_list_tools_failed_event",
    "BetaResponseMcpListToolsInProgressEvent": ".beta_response_mcp_list_tools_in_progress_event",
    "BetaResponseOutputAudio": ".beta_response_output_audio",
    "BetaResponseOutputItem": ".beta_response_output_item",
    "BetaResponseOutputItemAddedEvent": ".beta_response_output_item_added_event",
    "BetaResponseOutputItemDoneEvent": ".beta_response_output_item_done_event",
    "BetaResponseOutputMessage": ".beta_response_output_message",
    "BetaResponseOutputRefusal": ".beta_response_output_refusal",
    "BetaResponseOutputText": ".beta_response_output_text",
    "BetaResponseOutputTextAnnotationAddedEvent": ".beta_response_output_text_annotation_added_event",
    "BetaResponsePrompt": ".beta_response_prompt",
    "BetaResponseQueuedEvent": ".beta_response_queued_event",
    "BetaResponseReasoningItem": ".beta_response_reasoning_item",
    "BetaResponseReasoningSummaryPartAddedEvent": ".beta_response_reasoning_summary_part_added_event",
    "BetaResponseReasoningSummaryPartDoneEvent": ".beta_response_reasoning_summary_part_done_event",
    "BetaResponseReasoningSummaryTextDeltaEvent": ".beta_response_reasoning_summary_text_delta_event",
    "BetaResponseReasoningSummaryTextDoneEvent": ".beta_response_reasoning_summary_text_done_event",
    "BetaResponseReasoningTextDeltaEvent": ".beta_response_reasoning_text_delta_event",
    "BetaResponseReasoningTextDoneEvent": ".beta_response_reasoning_text_done_event",
    "BetaResponseRefusalDeltaEvent": ".beta_response_refusal_delta_event",
    "BetaResponseRefusalDoneEvent": ".beta_response_refusal_done_event",
    "BetaResponseShellCallCommandAddedEvent": ".beta_response_shell_call_command_added_event",
    "BetaResponseShellCallCommandDeltaEvent": ".beta_response_shell_call_command_delta_event",
    "BetaResponseShellCallCommandDoneEvent": ".beta_response_shell_call_command_done_event",
    "BetaResponseShellCallOutputContentDeltaEvent": ".beta_response_shell_call_output_content_delta_event",
    "BetaResponseShellCallOutputContentDoneEvent": ".beta_response_shell_call_output_content_done_event",
    "BetaResponseStatus": ".beta_response_status",
    "BetaResponseStreamEvent": ".beta_response_stream_event",
    "BetaResponseTextConfig": ".beta_response_text_config",
    "BetaResponseTextDeltaEvent": ".beta_response_text_delta_event",
    "BetaResponseTextDoneEvent": ".beta_response_text_done_event",
    "BetaResponseToolSearchCall": ".beta_response_tool_search_call",
    "BetaResponseToolSearchOutputItem": ".beta_response_tool_search_output_item",
    "BetaResponseToolSearchOutputItemParam": ".beta_response_tool_search_output_item_param",
    "BetaResponseUsage": ".beta_response_usage",
    "BetaResponseWebSearchCallCompletedEvent": ".beta_response_web_search_call_completed_event",
    "BetaResponseWebSearchCallInProgressEvent": ".beta_response_web_search_call_in_progress_event",
    "BetaResponseWebSearchCallSearchingEvent": ".beta_response_web_search_call_searching_event",
    "BetaResponsesClientEvent": ".beta_responses_client_event",
    "BetaResponsesServerEvent": ".beta_responses_server_event",
    "BetaServiceTier": ".beta_service_tier",
    "BetaSkillReference": ".beta_skill_reference",
    "BetaTool": ".beta_tool",
    "BetaToolChoiceAllowed": ".beta_tool_choice_allowed",
    "BetaToolChoiceApplyPatch": ".beta_tool_choice_apply_patch",
    "BetaToolChoiceCustom": ".beta_tool_choice_custom",
    "BetaToolChoiceFunction": ".beta_tool_choice_function",
    "BetaToolChoiceMcp": ".beta_tool_choice_mcp",
    "BetaToolChoiceOptions": ".beta_tool_choice_options",
    "BetaToolChoiceShell": ".beta_tool_choice_shell",
    "BetaToolChoiceTypes": ".beta_tool_choice_types",
    "BetaToolSearchTool": ".beta_tool_search_tool",
    "BetaWebSearchPreviewTool": ".beta_web_search_preview_tool",
    "BetaWebSearchTool": ".beta_web_search_tool",
    "ChatKitWorkflow": ".chatkit_workflow",
    "CodeInterpreterTool": ".code_interpreter_tool",
    "FileSearchTool": ".file_search_tool",
    "FunctionTool": ".function_tool",
    "MessageStreamEvent": ".message_stream_event",
    "RunStepStreamEvent": ".run_step_stream_event",
    "RunStreamEvent": ".run_stream_event",
    "Thread": ".thread",
    "ThreadDeleted": ".thread_deleted",
    "ThreadStreamEvent": ".thread_stream_event",
}
_SUBPACKAGES: frozenset[str] = frozenset(
    (
        "chatkit",
        "realtime",
        "responses",
        "threads",
    )
)

__all__ = [
    "Assistant",
    "AssistantDeleted",
    "AssistantResponseFormatOption",
    "AssistantStreamEvent",
    "AssistantTool",
    "AssistantToolChoice",
    "AssistantToolChoiceFunction",
    "AssistantToolChoiceOption",
    "BetaApplyPatchTool",
    "BetaCompactedResponse",
    "BetaComputerAction",
    "BetaComputerActionList",
    "BetaComputerTool",
    "BetaComputerUsePreviewTool",
    "BetaContainerAuto",
    "BetaContainerNetworkPolicyAllowlist",
    "BetaContainerNetworkPolicyDisabled",
    "BetaContainerNetworkPolicyDomainSecret",
    "BetaContainerReference",
    "BetaCustomTool",
    "BetaEasyInputMessage",
    "BetaFileSearchTool",
    "BetaFunctionShellTool",
    "BetaFunctionTool",
    "BetaImageDetail",
    "BetaInlineSkill",
    "BetaInlineSkillSource",
    "BetaLocalEnvironment",
    "BetaLocalSkill",
    "BetaMcpToolCallError",
    "BetaNamespaceTool",
    "BetaResponse",
    "BetaResponseApplyPatchToolCall",
    "BetaResponseApplyPatchToolCallOutput",
    "BetaResponseAudioDeltaEvent",
    "BetaResponseAudioDoneEvent",
    "BetaResponseAudioTranscriptDeltaEvent",
    "BetaResponseAudioTranscriptDoneEvent",
    "BetaResponseCodeInterpreterCallCodeDeltaEvent",
    "BetaResponseCodeInterpreterCallCodeDoneEvent",
    "BetaResponseCodeInterpreterCallCompletedEvent",
    "BetaResponseCodeInterpreterCallInProgressEvent",
    "BetaResponseCodeInterpreterCallInterpretingEvent",
    "BetaResponseCodeInterpreterToolCall",
    "BetaResponseCompactionItem",
    "BetaResponseCompactionItemParam",
    "BetaResponseCompletedEvent",
    "BetaResponseComputerToolCall",
    "BetaResponseComputerToolCallOutputItem",
    "BetaResponseComputerToolCallOutputScreenshot",
    "BetaResponseContainerReference",
    "BetaResponseContent",
    "BetaResponseContentPartAddedEvent",
    "BetaResponseContentPartDoneEvent",
    "BetaResponseConversationParam",
    "BetaResponseCreatedEvent",
    "BetaResponseCustomToolCall",
    "BetaResponseCustomToolCallInputDeltaEvent",
    "BetaResponseCustomToolCallInputDoneEvent",
    "BetaResponseCustomToolCallItem",
    "BetaResponseCustomToolCallOutput",
    "BetaResponseCustomToolCallOutputItem",
    "BetaResponseError",
    "BetaResponseErrorEvent",
    "BetaResponseFailedEvent",
    "BetaResponseFileSearchCallCompletedEvent",
    "BetaResponseFileSearchCallInProgressEvent",
    "BetaResponseFileSearchCallSearchingEvent",
    "BetaResponseFileSearchToolCall",
    "BetaResponseFormatTextConfig",
    "BetaResponseFormatTextJSONSchemaConfig",
    "BetaResponseFunctionCallArgumentsDeltaEvent",
    "BetaResponseFunctionCallArgumentsDoneEvent",
    "BetaResponseFunctionCallOutputItem",
    "BetaResponseFunctionCallOutputItemList",
    "BetaResponseFunctionShellCallOutputContent",
    "BetaResponseFunctionShellToolCall",
    "BetaResponseFunctionShellToolCallOutput",
    "BetaResponseFunctionToolCall",
    "BetaResponseFunctionToolCallItem",
    "BetaResponseFunctionToolCallOutputItem",
    "BetaResponseFunctionWebSearch",
    "BetaResponseImageGenCallCompletedEvent",
    "BetaResponseImageGenCallGeneratingEvent",
    "BetaResponseImageGenCallInProgressEvent",
    "BetaResponseImageGenCallPartialImageEvent",
    "BetaResponseInProgressEvent",
    "BetaResponseIncludable",
    "BetaResponseIncompleteEvent",
    "BetaResponseInjectCreatedEvent",
    "BetaResponseInjectEvent",
    "BetaResponseInjectFailedEvent",
    "BetaResponseInput",
    "BetaResponseInputAudio",
    "BetaResponseInputContent",
    "BetaResponseInputFile",
    "BetaResponseInputFileContent",
    "BetaResponseInputImage",
    "BetaResponseInputImageContent",
    "BetaResponseInputItem",
    "BetaResponseInputMessageContentList",
    "BetaResponseInputMessageItem",
    "BetaResponseInputText",
    "BetaResponseInputTextContent",
    "BetaResponseItem",
    "BetaResponseLocalEnvironment",
    "BetaResponseMcpCallArgumentsDeltaEvent",
    "BetaResponseMcpCallArgumentsDoneEvent",
    "BetaResponseMcpCallCompletedEvent",
    "BetaResponseMcpCallFailedEvent",
    "BetaResponseMcpCallInProgressEvent",
    "BetaResponseMcpListToolsCompletedEvent",
    "BetaResponseMcpListToolsFailedEvent",
    "BetaResponseMcpListToolsInProgressEvent",
    "BetaResponseOutputAudio",
    "BetaResponseOutputItem",
    "BetaResponseOutputItemAddedEvent",
    "BetaResponseOutputItemDoneEvent",
    "BetaResponseOutputMessage",
    "BetaResponseOutputRefusal",
    "BetaResponseOutputText",
    "BetaResponseOutputTextAnnotationAddedEvent",
    "BetaResponsePrompt",
    "BetaResponseQueuedEvent",
    "BetaResponseReasoningItem",
    "BetaResponseReasoningSummaryPartAddedEvent",
    "BetaResponseReasoningSummaryPartDoneEvent",
    "BetaResponseReasoningSummaryTextDeltaEvent",
    "BetaResponseReasoningSummaryTextDoneEvent",
    "BetaResponseReasoningTextDeltaEvent",
    "BetaResponseReasoningTextDoneEvent",
    "BetaResponseRefusalDeltaEvent",
    "BetaResponseRefusalDoneEvent",
    "BetaResponseShellCallCommandAddedEvent",
    "BetaResponseShellCallCommandDeltaEvent",
    "BetaResponseShellCallCommandDoneEvent",
    "BetaResponseShellCallOutputContentDeltaEvent",
    "BetaResponseShellCallOutputContentDoneEvent",
    "BetaResponseStatus",
    "BetaResponseStreamEvent",
    "BetaResponseTextConfig",
    "BetaResponseTextDeltaEvent",
    "BetaResponseTextDoneEvent",
    "BetaResponseToolSearchCall",
    "BetaResponseToolSearchOutputItem",
    "BetaResponseToolSearchOutputItemParam",
    "BetaResponseUsage",
    "BetaResponseWebSearchCallCompletedEvent",
    "BetaResponseWebSearchCallInProgressEvent",
    "BetaResponseWebSearchCallSearchingEvent",
    "BetaResponsesClientEvent",
    "BetaResponsesServerEvent",
    "BetaServiceTier",
    "BetaSkillReference",
    "BetaTool",
    "BetaToolChoiceAllowed",
    "BetaToolChoiceApplyPatch",
    "BetaToolChoiceCustom",
    "BetaToolChoiceFunction",
    "BetaToolChoiceMcp",
    "BetaToolChoiceOptions",
    "BetaToolChoiceShell",
    "BetaToolChoiceTypes",
    "BetaToolSearchTool",
    "BetaWebSearchPreviewTool",
    "BetaWebSearchTool",
    "ChatKitWorkflow",
    "CodeInterpreterTool",
    "FileSearchTool",
    "FunctionTool",
    "MessageStreamEvent",
    "RunStepStreamEvent",
    "RunStreamEvent",
    "Thread",
    "ThreadDeleted",
    "ThreadStreamEvent",
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
