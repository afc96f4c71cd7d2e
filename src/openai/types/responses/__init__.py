# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tool import Tool as Tool
    from .response import Response as Response
    from .tool_param import ToolParam as ToolParam
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
    from .parsed_response import (
        ParsedContent as ParsedContent,
        ParsedResponse as ParsedResponse,
        ParsedResponseOutputItem as ParsedResponseOutputItem,
        ParsedResponseOutputText as ParsedResponseOutputText,
        ParsedResponseOutputMessage as ParsedResponseOutputMessage,
        ParsedResponseFunctionToolCall as ParsedResponseFunctionToolCall,
    )
    from .response_prompt import ResponsePrompt as ResponsePrompt
    from .response_status import ResponseStatus as ResponseStatus
    from .skill_reference import SkillReference as SkillReference
    from .tool_choice_mcp import ToolChoiceMcp as ToolChoiceMcp
    from .web_search_tool import WebSearchTool as WebSearchTool
    from .apply_patch_tool import ApplyPatchTool as ApplyPatchTool
    from .file_search_tool import FileSearchTool as FileSearchTool
    from .response_content import ResponseContent as ResponseContent
    from .tool_search_tool import ToolSearchTool as ToolSearchTool
    from .custom_tool_param import CustomToolParam as CustomToolParam
    from .local_environment import LocalEnvironment as LocalEnvironment
    from .local_skill_param import LocalSkillParam as LocalSkillParam
    from .tool_choice_shell import ToolChoiceShell as ToolChoiceShell
    from .tool_choice_types import ToolChoiceTypes as ToolChoiceTypes
    from .compacted_response import CompactedResponse as CompactedResponse
    from .easy_input_message import EasyInputMessage as EasyInputMessage
    from .inline_skill_param import InlineSkillParam as InlineSkillParam
    from .response_item_list import ResponseItemList as ResponseItemList
    from .tool_choice_custom import ToolChoiceCustom as ToolChoiceCustom
    from .computer_tool_param import ComputerToolParam as ComputerToolParam
    from .container_reference import ContainerReference as ContainerReference
    from .function_shell_tool import FunctionShellTool as FunctionShellTool
    from .function_tool_param import FunctionToolParam as FunctionToolParam
    from .inline_skill_source import InlineSkillSource as InlineSkillSource
    from .mcp_tool_call_error import McpToolCallError as McpToolCallError
    from .response_includable import ResponseIncludable as ResponseIncludable
    from .response_input_file import ResponseInputFile as ResponseInputFile
    from .response_input_item import ResponseInputItem as ResponseInputItem
    from .response_input_text import ResponseInputText as ResponseInputText
    from .tool_choice_allowed import ToolChoiceAllowed as ToolChoiceAllowed
    from .tool_choice_options import ToolChoiceOptions as ToolChoiceOptions
    from .computer_action_list import ComputerActionList as ComputerActionList
    from .container_auto_param import ContainerAutoParam as ContainerAutoParam
    from .namespace_tool_param import NamespaceToolParam as NamespaceToolParam
    from .response_error_event import ResponseErrorEvent as ResponseErrorEvent
    from .response_input_audio import ResponseInputAudio as ResponseInputAudio
    from .response_input_image import ResponseInputImage as ResponseInputImage
    from .response_input_param import ResponseInputParam as ResponseInputParam
    from .response_output_item import ResponseOutputItem as ResponseOutputItem
    from .response_output_text import ResponseOutputText as ResponseOutputText
    from .response_text_config import ResponseTextConfig as ResponseTextConfig
    from .tool_choice_function import ToolChoiceFunction as ToolChoiceFunction
    from .computer_action_param import ComputerActionParam as ComputerActionParam
    from .response_failed_event import ResponseFailedEvent as ResponseFailedEvent
    from .response_output_audio import ResponseOutputAudio as ResponseOutputAudio
    from .response_prompt_param import ResponsePromptParam as ResponsePromptParam
    from .response_queued_event import ResponseQueuedEvent as ResponseQueuedEvent
    from .response_stream_event import ResponseStreamEvent as ResponseStreamEvent
    from .skill_reference_param import SkillReferenceParam as SkillReferenceParam
    from .tool_choice_mcp_param import ToolChoiceMcpParam as ToolChoiceMcpParam
    from .web_search_tool_param import WebSearchToolParam as WebSearchToolParam
    from .apply_patch_tool_param import ApplyPatchToolParam as ApplyPatchToolParam
    from .file_search_tool_param import FileSearchToolParam as FileSearchToolParam
    from .input_item_list_params import InputItemListParams as InputItemListParams
    from .response_create_params import ResponseCreateParams as ResponseCreateParams
    from .response_created_event import ResponseCreatedEvent as ResponseCreatedEvent
    from .response_input_content import ResponseInputContent as ResponseInputContent
    from .responses_client_event import ResponsesClientEvent as ResponsesClientEvent
    from .responses_server_event import ResponsesServerEvent as ResponsesServerEvent
    from .tool_search_tool_param import ToolSearchToolParam as ToolSearchToolParam
    from .local_environment_param import LocalEnvironmentParam as LocalEnvironmentParam
    from .response_compact_params import ResponseCompactParams as ResponseCompactParams
    from .response_output_message import ResponseOutputMessage as ResponseOutputMessage
    from .response_output_refusal import ResponseOutputRefusal as ResponseOutputRefusal
    from .response_reasoning_item import ResponseReasoningItem as ResponseReasoningItem
    from .tool_choice_apply_patch import ToolChoiceApplyPatch as ToolChoiceApplyPatch
    from .tool_choice_shell_param import ToolChoiceShellParam as ToolChoiceShellParam
    from .tool_choice_types_param import ToolChoiceTypesParam as ToolChoiceTypesParam
    from .web_search_preview_tool import WebSearchPreviewTool as WebSearchPreviewTool
    from .easy_input_message_param import EasyInputMessageParam as EasyInputMessageParam
    from .input_token_count_params import InputTokenCountParams as InputTokenCountParams
    from .response_compaction_item import ResponseCompactionItem as ResponseCompactionItem
    from .response_completed_event import ResponseCompletedEvent as ResponseCompletedEvent
    from .response_retrieve_params import ResponseRetrieveParams as ResponseRetrieveParams
    from .response_text_done_event import ResponseTextDoneEvent as ResponseTextDoneEvent
    from .tool_choice_custom_param import ToolChoiceCustomParam as ToolChoiceCustomParam
    from .computer_use_preview_tool import ComputerUsePreviewTool as ComputerUsePreviewTool
    from .container_reference_param import ContainerReferenceParam as ContainerReferenceParam
    from .function_shell_tool_param import FunctionShellToolParam as FunctionShellToolParam
    from .inline_skill_source_param import InlineSkillSourceParam as InlineSkillSourceParam
    from .mcp_tool_call_error_param import McpToolCallErrorParam as McpToolCallErrorParam
    from .response_audio_done_event import ResponseAudioDoneEvent as ResponseAudioDoneEvent
    from .response_custom_tool_call import ResponseCustomToolCall as ResponseCustomToolCall
    from .response_incomplete_event import ResponseIncompleteEvent as ResponseIncompleteEvent
    from .response_input_file_param import ResponseInputFileParam as ResponseInputFileParam
    from .response_input_item_param import ResponseInputItemParam as ResponseInputItemParam
    from .response_input_text_param import ResponseInputTextParam as ResponseInputTextParam
    from .response_text_delta_event import ResponseTextDeltaEvent as ResponseTextDeltaEvent
    from .response_tool_search_call import ResponseToolSearchCall as ResponseToolSearchCall
    from .tool_choice_allowed_param import ToolChoiceAllowedParam as ToolChoiceAllowedParam
    from .computer_action_list_param import ComputerActionListParam as ComputerActionListParam
    from .input_token_count_response import InputTokenCountResponse as InputTokenCountResponse
    from .response_audio_delta_event import ResponseAudioDeltaEvent as ResponseAudioDeltaEvent
    from .response_in_progress_event import ResponseInProgressEvent as ResponseInProgressEvent
    from .response_input_audio_param import ResponseInputAudioParam as ResponseInputAudioParam
    from .response_input_image_param import ResponseInputImageParam as ResponseInputImageParam
    from .response_local_environment import ResponseLocalEnvironment as ResponseLocalEnvironment
    from .response_output_text_param import ResponseOutputTextParam as ResponseOutputTextParam
    from .response_text_config_param import ResponseTextConfigParam as ResponseTextConfigParam
    from .tool_choice_function_param import ToolChoiceFunctionParam as ToolChoiceFunctionParam
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
    from .response_input_content_param import ResponseInputContentParam as ResponseInputContentParam
    from .response_input_image_content import ResponseInputImageContent as ResponseInputImageContent
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent as ResponseRefusalDeltaEvent
    from .responses_client_event_param import ResponsesClientEventParam as ResponsesClientEventParam
    from .response_output_message_param import ResponseOutputMessageParam as ResponseOutputMessageParam
    from .response_output_refusal_param import ResponseOutputRefusalParam as ResponseOutputRefusalParam
    from .response_reasoning_item_param import ResponseReasoningItemParam as ResponseReasoningItemParam
    from .tool_choice_apply_patch_param import ToolChoiceApplyPatchParam as ToolChoiceApplyPatchParam
    from .web_search_preview_tool_param import WebSearchPreviewToolParam as WebSearchPreviewToolParam
    from .response_apply_patch_tool_call import ResponseApplyPatchToolCall as ResponseApplyPatchToolCall
    from .response_compaction_item_param import ResponseCompactionItemParam as ResponseCompactionItemParam
    from .response_custom_tool_call_item import ResponseCustomToolCallItem as ResponseCustomToolCallItem
    from .response_file_search_tool_call import ResponseFileSearchToolCall as ResponseFileSearchToolCall
    from .response_mcp_call_failed_event import ResponseMcpCallFailedEvent as ResponseMcpCallFailedEvent
    from .computer_use_preview_tool_param import ComputerUsePreviewToolParam as ComputerUsePreviewToolParam
    from .response_custom_tool_call_param import ResponseCustomToolCallParam as ResponseCustomToolCallParam
    from .response_output_item_done_event import ResponseOutputItemDoneEvent as ResponseOutputItemDoneEvent
    from .response_content_part_done_event import ResponseContentPartDoneEvent as ResponseContentPartDoneEvent
    from .response_custom_tool_call_output import ResponseCustomToolCallOutput as ResponseCustomToolCallOutput
    from .response_function_tool_call_item import ResponseFunctionToolCallItem as ResponseFunctionToolCallItem
    from .response_output_item_added_event import ResponseOutputItemAddedEvent as ResponseOutputItemAddedEvent
    from .response_tool_search_output_item import ResponseToolSearchOutputItem as ResponseToolSearchOutputItem
    from .container_network_policy_disabled import ContainerNetworkPolicyDisabled as ContainerNetworkPolicyDisabled
    from .response_computer_tool_call_param import ResponseComputerToolCallParam as ResponseComputerToolCallParam
    from .response_content_part_added_event import ResponseContentPartAddedEvent as ResponseContentPartAddedEvent
    from .response_conversation_param_param import ResponseConversationParamParam as ResponseConversationParamParam
    from .response_format_text_config_param import ResponseFormatTextConfigParam as ResponseFormatTextConfigParam
    from .response_function_shell_tool_call import ResponseFunctionShellToolCall as ResponseFunctionShellToolCall
    from .response_function_tool_call_param import ResponseFunctionToolCallParam as ResponseFunctionToolCallParam
    from .response_input_file_content_param import ResponseInputFileContentParam as ResponseInputFileContentParam
    from .response_input_text_content_param import ResponseInputTextContentParam as ResponseInputTextContentParam
    from .response_mcp_call_completed_event import ResponseMcpCallCompletedEvent as ResponseMcpCallCompletedEvent
    from .container_network_policy_allowlist import ContainerNetworkPolicyAllowlist as ContainerNetworkPolicyAllowlist
    from .response_function_call_output_item import ResponseFunctionCallOutputItem as ResponseFunctionCallOutputItem
    from .response_function_web_search_param import ResponseFunctionWebSearchParam as ResponseFunctionWebSearchParam
    from .response_input_image_content_param import ResponseInputImageContentParam as ResponseInputImageContentParam
    from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent as ResponseReasoningTextDoneEvent
    from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall as ResponseCodeInterpreterToolCall
    from .response_input_message_content_list import ResponseInputMessageContentList as ResponseInputMessageContentList
    from .response_mcp_call_in_progress_event import ResponseMcpCallInProgressEvent as ResponseMcpCallInProgressEvent
    from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent as ResponseReasoningTextDeltaEvent
    from .response_audio_transcript_done_event import (
        ResponseAudioTranscriptDoneEvent as ResponseAudioTranscriptDoneEvent,
    )
    from .response_compaction_item_param_param import (
        ResponseCompactionItemParamParam as ResponseCompactionItemParamParam,
    )
    from .response_file_search_tool_call_param import ResponseFileSearchToolCallParam as ResponseFileSearchToolCallParam
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
    from .response_custom_tool_call_output_param import (
        ResponseCustomToolCallOutputParam as ResponseCustomToolCallOutputParam,
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
    from .container_network_policy_disabled_param import (
        ContainerNetworkPolicyDisabledParam as ContainerNetworkPolicyDisabledParam,
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
    from .container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam as ContainerNetworkPolicyAllowlistParam,
    )
    from .response_function_call_output_item_param import (
        ResponseFunctionCallOutputItemParam as ResponseFunctionCallOutputItemParam,
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
    from .response_code_interpreter_tool_call_param import (
        ResponseCodeInterpreterToolCallParam as ResponseCodeInterpreterToolCallParam,
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
    from .response_input_message_content_list_param import (
        ResponseInputMessageContentListParam as ResponseInputMessageContentListParam,
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
    from .container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam as ContainerNetworkPolicyDomainSecretParam,
    )
    from .response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .response_tool_search_output_item_param_param import (
        ResponseToolSearchOutputItemParamParam as ResponseToolSearchOutputItemParamParam,
    )
    from .response_computer_tool_call_output_screenshot import (
        ResponseComputerToolCallOutputScreenshot as ResponseComputerToolCallOutputScreenshot,
    )
    from .response_format_text_json_schema_config_param import (
        ResponseFormatTextJSONSchemaConfigParam as ResponseFormatTextJSONSchemaConfigParam,
    )
    from .response_function_call_output_item_list_param import (
        ResponseFunctionCallOutputItemListParam as ResponseFunctionCallOutputItemListParam,
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
    from .response_function_shell_call_output_content_param import (
        ResponseFunctionShellCallOutputContentParam as ResponseFunctionShellCallOutputContentParam,
    )
    from .response_computer_tool_call_output_screenshot_param import (
        ResponseComputerToolCallOutputScreenshotParam as ResponseComputerToolCallOutputScreenshotParam,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "ApplyPatchTool": ".apply_patch_tool",
    "ApplyPatchToolParam": ".apply_patch_tool_param",
    "CompactedResponse": ".compacted_response",
    "ComputerAction": ".computer_action",
    "ComputerActionList": ".computer_action_list",
    "ComputerActionListParam": ".computer_action_list_param",
    "ComputerActionParam": ".computer_action_param",
    "ComputerTool": ".computer_tool",
    "ComputerToolParam": ".computer_tool_param",
    "ComputerUsePreviewTool": ".computer_use_preview_tool",
    "ComputerUsePreviewToolParam": ".computer_use_preview_tool_param",
    "ContainerAuto": ".container_auto",
    "ContainerAutoParam": ".container_auto_param",
    "ContainerNetworkPolicyAllowlist": ".container_network_policy_allowlist",
    "ContainerNetworkPolicyAllowlistParam": ".container_network_policy_allowlist_param",
    "ContainerNetworkPolicyDisabled": ".container_network_policy_disabled",
    "ContainerNetworkPolicyDisabledParam": ".container_network_policy_disabled_param",
    "ContainerNetworkPolicyDomainSecret": ".container_network_policy_domain_secret",
    "ContainerNetworkPolicyDomainSecretParam": ".container_network_policy_domain_secret_param",
    "ContainerReference": ".container_reference",
    "ContainerReferenceParam": ".container_reference_param",
    "CustomTool": ".custom_tool",
    "CustomToolParam": ".custom_tool_param",
    "EasyInputMessage": ".easy_input_message",
    "EasyInputMessageParam": ".easy_input_message_param",
    "FileSearchTool": ".file_search_tool",
    "FileSearchToolParam": ".file_search_tool_param",
    "FunctionShellTool": ".function_shell_tool",
    "FunctionShellToolParam": ".function_shell_tool_param",
    "FunctionTool": ".function_tool",
    "FunctionToolParam": ".function_tool_param",
    "ImageDetail": ".image_detail",
    "InlineSkill": ".inline_skill",
    "InlineSkillParam": ".inline_skill_param",
    "InlineSkillSource": ".inline_skill_source",
    "InlineSkillSourceParam": ".inline_skill_source_param",
    "InputItemListParams": ".input_item_list_params",
    "InputTokenCountParams": ".input_token_count_params",
    "InputTokenCountResponse": ".input_token_count_response",
    "LocalEnvironment": ".local_environment",
    "LocalEnvironmentParam": ".local_environment_param",
    "LocalSkill": ".local_skill",
    "LocalSkillParam": ".local_skill_param",
    "McpToolCallError": ".mcp_tool_call_error",
    "McpToolCallErrorParam": ".mcp_tool_call_error_param",
    "NamespaceTool": ".namespace_tool",
    "NamespaceToolParam": ".namespace_tool_param",
    "ParsedContent": ".parsed_response",
    "ParsedResponse": ".parsed_response",
    "ParsedResponseFunctionToolCall": ".parsed_response",
    "ParsedResponseOutputItem": ".parsed_response",
    "ParsedResponseOutputMessage": ".parsed_response",
    "ParsedResponseOutputText": ".parsed_response",
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
    "ResponseCodeInterpreterToolCallParam": ".response_code_interpreter_tool_call_param",
    "ResponseCompactParams": ".response_compact_params",
    "ResponseCompactionItem": ".response_compaction_item",
    "ResponseCompactionItemParam": ".response_compaction_item_param",
    "ResponseCompactionItemParamParam": ".response_compaction_item_param_param",
    "ResponseCompletedEvent": ".response_completed_event",
    "ResponseComputerToolCall": ".response_computer_tool_call",
    "ResponseComputerToolCallOutputItem": ".response_computer_tool_call_output_item",
    "ResponseComputerToolCallOutputScreenshot": ".response_computer_tool_call_output_screenshot",
    "ResponseComputerToolCallOutputScreenshotParam": ".response_computer_tool_call_output_screenshot_param",
    "ResponseComputerToolCallParam": ".response_computer_tool_call_param",
    "ResponseContainerReference": ".response_container_reference",
    "ResponseContent": ".response_content",
    "ResponseContentPartAddedEvent": ".response_content_part_added_event",
    "ResponseContentPartDoneEvent": ".response_content_part_done_event",
    "ResponseConversationParam": ".response_conversation_param",
    "ResponseConversationParamParam": ".response_conversation_param_param",
    "ResponseCreateParams": ".response_create_params",
    "ResponseCreatedEvent": ".response_created_event",
    "ResponseCustomToolCall": ".response_custom_tool_call",
    "ResponseCustomToolCallInputDeltaEvent": ".response_custom_tool_call_input_delta_event",
    "ResponseCustomToolCallInputDoneEvent": ".response_custom_tool_call_input_done_event",
    "ResponseCustomToolCallItem": ".response_custom_tool_call_item",
    "ResponseCustomToolCallOutput": ".response_custom_tool_call_output",
    "ResponseCustomToolCallOutputItem": ".response_custom_tool_call_output_item",
    "ResponseCustomToolCallOutputParam": ".response_custom_tool_call_output_param",
    "ResponseCustomToolCallParam": ".response_custom_tool_call_param",
    "ResponseError": ".response_error",
    "ResponseErrorEvent": ".response_error_event",
    "ResponseFailedEvent": ".response_failed_event",
    "ResponseFileSearchCallCompletedEvent": ".response_file_search_call_completed_event",
    "ResponseFileSearchCallInProgressEvent": ".response_file_search_call_in_progress_event",
    "ResponseFileSearchCallSearchingEvent": ".response_file_search_call_searching_event",
    "ResponseFileSearchToolCall": ".response_file_search_tool_call",
    "ResponseFileSearchToolCallParam": ".response_file_search_tool_call_param",
    "ResponseFormatTextConfig": ".response_format_text_config",
    "ResponseFormatTextConfigParam": ".response_format_text_config_param",
    "ResponseFormatTextJSONSchemaConfig": ".response_format_text_json_schema_config",
    "ResponseFormatTextJSONSchemaConfigParam": ".response_format_text_json_schema_config_param",
    "ResponseFunctionCallArgumentsDeltaEvent": ".response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": ".response_function_call_arguments_done_event",
    "ResponseFunctionCallOutputItem": ".response_function_call_output_item",
    "ResponseFunctionCallOutputItemList": ".response_function_call_output_item_list",
    "ResponseFunctionCallOutputItemListParam": ".response_function_call_output_item_list_param",
    "ResponseFunctionCallOutputItemParam": ".response_function_call_output_item_param",
    "ResponseFunctionShellCallOutputContent": ".response_function_shell_call_output_content",
    "ResponseFunctionShellCallOutputContentParam": ".response_function_shell_call_output_content_param",
    "ResponseFunctionShellToolCall": ".response_function_shell_tool_call",
    "ResponseFunctionShellToolCallOutput": ".response_function_shell_tool_call_output",
    "ResponseFunctionToolCall": ".response_function_tool_call",
    "ResponseFunctionToolCallItem": ".response_function_tool_call_item",
    "ResponseFunctionToolCallOutputItem": ".response_function_tool_call_output_item",
    "ResponseFunctionToolCallParam": ".response_function_tool_call_param",
    "ResponseFunctionWebSearch": ".response_function_web_search",
    "ResponseFunctionWebSearchParam": ".response_function_web_search_param",
    "ResponseImageGenCallCompletedEvent": ".response_image_gen_call_completed_event",
    "ResponseImageGenCallGeneratingEvent": ".response_image_gen_call_generating_event",
    "ResponseImageGenCallInProgressEvent": ".response_image_gen_call_in_progress_event",
    "ResponseImageGenCallPartialImageEvent": ".response_image_gen_call_partial_image_event",
    "ResponseInProgressEvent": ".response_in_progress_event",
    "ResponseIncludable": ".response_includable",
    "ResponseIncompleteEvent": ".response_incomplete_event",
    "ResponseInput": ".response_input",
    "ResponseInputAudio": ".response_input_audio",
    "ResponseInputAudioParam": ".response_input_audio_param",
    "ResponseInputContent": ".response_input_content",
    "ResponseInputContentParam": ".response_input_content_param",
    "ResponseInputFile": ".response_input_file",
    "ResponseInputFileContent": ".response_input_file_content",
    "ResponseInputFileContentParam": ".response_input_file_content_param",
    "ResponseInputFileParam": ".response_input_file_param",
    "ResponseInputImage": ".response_input_image",
    "ResponseInputImageContent": ".response_input_image_content",
    "ResponseInputImageContentParam": ".response_input_image_content_param",
    "ResponseInputImageParam": ".response_input_image_param",
    "ResponseInputItem": ".response_input_item",
    "ResponseInputItemParam": ".response_input_item_param",
    "ResponseInputMessageContentList": ".response_input_message_content_list",
    "ResponseInputMessageContentListParam": ".response_input_message_content_list_param",
    "ResponseInputMessageItem": ".response_input_message_item",
    "ResponseInputParam": ".response_input_param",
    "ResponseInputText": ".response_input_text",
    "ResponseInputTextContent": ".response_input_text_content",
    "ResponseInputTextContentParam": ".response_input_text_content_param",
    "ResponseInputTextParam": ".response_input_text_param",
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
    "ResponseOutputMessageParam": ".response_output_message_param",
    "ResponseOutputRefusal": ".response_output_refusal",
    "ResponseOutputRefusalParam": ".response_output_refusal_param",
    "ResponseOutputText": ".response_output_text",
    "ResponseOutputTextAnnotationAddedEvent": ".response_output_text_annotation_added_event",
    "ResponseOutputTextParam": ".response_output_text_param",
    "ResponsePrompt": ".response_prompt",
    "ResponsePromptParam": ".response_prompt_param",
    "ResponseQueuedEvent": ".response_queued_event",
    "ResponseReasoningItem": ".response_reasoning_item",
    "ResponseReasoningItemParam": ".response_reasoning_item_param",
    "ResponseReasoningSummaryPartAddedEvent": ".response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartDoneEvent": ".response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryTextDeltaEvent": ".response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDoneEvent": ".response_reasoning_summary_text_done_event",
    "ResponseReasoningTextDeltaEvent": ".response_reasoning_text_delta_event",
    "ResponseReasoningTextDoneEvent": ".response_reasoning_text_done_event",
    "ResponseRefusalDeltaEvent": ".response_refusal_delta_event",
    "ResponseRefusalDoneEvent": ".response_refusal_done_event",
    "ResponseRetrieveParams": ".response_retrieve_params",
    "ResponseShellCallCommandAddedEvent": ".response_shell_call_command_added_event",
    "ResponseShellCallCommandDeltaEvent": ".response_shell_call_command_delta_event",
    "ResponseShellCallCommandDoneEvent": ".response_shell_call_command_done_event",
    "ResponseShellCallOutputContentDeltaEvent": ".response_shell_call_output_content_delta_event",
    "ResponseShellCallOutputContentDoneEvent": ".response_shell_call_output_content_done_event",
    "ResponseStatus": ".response_status",
    "ResponseStreamEvent": ".response_stream_event",
    "ResponseTextConfig": ".response_text_config",
    "ResponseTextConfigParam": ".response_text_config_param",
    "ResponseTextDeltaEvent": ".response_text_delta_event",
    "ResponseTextDoneEvent": ".response_text_done_event",
    "ResponseToolSearchCall": ".response_tool_search_call",
    "ResponseToolSearchOutputItem": ".response_tool_search_output_item",
    "ResponseToolSearchOutputItemParam": ".response_tool_search_output_item_param",
    "ResponseToolSearchOutputItemParamParam": ".response_tool_search_output_item_param_param",
    "ResponseUsage": ".response_usage",
    "ResponseWebSearchCallCompletedEvent": ".response_web_search_call_completed_event",
    "ResponseWebSearchCallInProgressEvent": ".response_web_search_call_in_progress_event",
    "ResponseWebSearchCallSearchingEvent": ".response_web_search_call_searching_event",
    "ResponsesClientEvent": ".responses_client_event",
    "ResponsesClientEventParam": ".responses_client_event_param",
    "ResponsesServerEvent": ".responses_server_event",
    "ServiceTier": ".service_tier",
    "SkillReference": ".skill_reference",
    "SkillReferenceParam": ".skill_reference_param",
    "Tool": ".tool",
    "ToolChoiceAllowed": ".tool_choice_allowed",
    "ToolChoiceAllowedParam": ".tool_choice_allowed_param",
    "ToolChoiceApplyPatch": ".tool_choice_apply_patch",
    "ToolChoiceApplyPatchParam": ".tool_choice_apply_patch_param",
    "ToolChoiceCustom": ".tool_choice_custom",
    "ToolChoiceCustomParam": ".tool_choice_custom_param",
    "ToolChoiceFunction": ".tool_choice_function",
    "ToolChoiceFunctionParam": ".tool_choice_function_param",
    "ToolChoiceMcp": ".tool_choice_mcp",
    "ToolChoiceMcpParam": ".tool_choice_mcp_param",
    "ToolChoiceOptions": ".tool_choice_options",
    "ToolChoiceShell": ".tool_choice_shell",
    "ToolChoiceShellParam": ".tool_choice_shell_param",
    "ToolChoiceTypes": ".tool_choice_types",
    "ToolChoiceTypesParam": ".tool_choice_types_param",
    "ToolParam": ".tool_param",
    "ToolSearchTool": ".tool_search_tool",
    "ToolSearchToolParam": ".tool_search_tool_param",
    "WebSearchPreviewTool": ".web_search_preview_tool",
    "WebSearchPreviewToolParam": ".web_search_preview_tool_param",
    "WebSearchTool": ".web_search_tool",
    "WebSearchToolParam": ".web_search_tool_param",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "apply_patch_tool",
        "apply_patch_tool_param",
        "compacted_response",
        "computer_action",
        "computer_action_list",
        "computer_action_list_param",
        "computer_action_param",
        "computer_tool",
        "computer_tool_param",
        "computer_use_preview_tool",
        "computer_use_preview_tool_param",
        "container_auto",
        "container_auto_param",
        "container_network_policy_allowlist",
        "container_network_policy_allowlist_param",
        "container_network_policy_disabled",
        "container_network_policy_disabled_param",
        "container_network_policy_domain_secret",
        "container_network_policy_domain_secret_param",
        "container_reference",
        "container_reference_param",
        "custom_tool",
        "custom_tool_param",
        "easy_input_message",
        "easy_input_message_param",
        "file_search_tool",
        "file_search_tool_param",
        "function_shell_tool",
        "function_shell_tool_param",
        "function_tool",
        "function_tool_param",
        "image_detail",
        "inline_skill",
        "inline_skill_param",
        "inline_skill_source",
        "inline_skill_source_param",
        "input_item_list_params",
        "input_token_count_params",
        "input_token_count_response",
        "local_environment",
        "local_environment_param",
        "local_skill",
        "local_skill_param",
        "mcp_tool_call_error",
        "mcp_tool_call_error_param",
        "namespace_tool",
        "namespace_tool_param",
        "parsed_response",
        "response",
        "response_apply_patch_tool_call",
        "response_apply_patch_tool_call_output",
        "response_audio_delta_event",
        "response_audio_done_event",
        "response_audio_transcript_delta_event",
        "response_audio_transcript_done_event",
        "response_code_interpreter_call_code_delta_event",
        "response_code_interpreter_call_code_done_event",
        "response_code_interpreter_call_completed_event",
        "response_code_interpreter_call_in_progress_event",
        "response_code_interpreter_call_interpreting_event",
        "response_code_interpreter_tool_call",
        "response_code_interpreter_tool_call_param",
        "response_compact_params",
        "response_compaction_item",
        "response_compaction_item_param",
        "response_compaction_item_param_param",
        "response_completed_event",
        "response_computer_tool_call",
        "response_computer_tool_call_output_item",
        "response_computer_tool_call_output_screenshot",
        "response_computer_tool_call_output_screenshot_param",
        "response_computer_tool_call_param",
        "response_container_reference",
        "response_content",
        "response_content_part_added_event",
        "response_content_part_done_event",
        "response_conversation_param",
        "response_conversation_param_param",
        "response_create_params",
        "response_created_event",
        "response_custom_tool_call",
        "response_custom_tool_call_input_delta_event",
        "response_custom_tool_call_input_done_event",
        "response_custom_tool_call_item",
        "response_custom_tool_call_output",
        "response_custom_tool_call_output_item",
        "response_custom_tool_call_output_param",
        "response_custom_tool_call_param",
        "response_error",
        "response_error_event",
        "response_failed_event",
        "response_file_search_call_completed_event",
        "response_file_search_call_in_progress_event",
        "response_file_search_call_searching_event",
        "response_file_search_tool_call",
        "response_file_search_tool_call_param",
        "response_format_text_config",
        "response_format_text_config_param",
        "response_format_text_json_schema_config",
        "response_format_text_json_schema_config_param",
        "response_function_call_arguments_delta_event",
        "response_function_call_arguments_done_event",
        "response_function_call_output_item",
        "response_function_call_output_item_list",
        "response_function_call_output_item_list_param",
        "response_function_call_output_item_param",
        "response_function_shell_call_output_content",
        "response_function_shell_call_output_content_param",
        "response_function_shell_tool_call",
        "response_function_shell_tool_call_output",
        "response_function_tool_call",
        "response_function_tool_call_item",
        "response_function_tool_call_output_item",
        "response_function_tool_call_param",
        "response_function_web_search",
        "response_function_web_search_param",
        "response_image_gen_call_completed_event",
        "response_image_gen_call_generating_event",
        "response_image_gen_call_in_progress_event",
        "response_image_gen_call_partial_image_event",
        "response_in_progress_event",
        "response_includable",
        "response_incomplete_event",
        "response_input",
        "response_input_audio",
        "response_input_audio_param",
        "response_input_content",
        "response_input_content_param",
        "response_input_file",
        "response_input_file_content",
        "response_input_file_content_param",
        "response_input_file_param",
        "response_input_image",
        "response_input_image_content",
        "response_input_image_content_param",
        "response_input_image_param",
        "response_input_item",
        "response_input_item_param",
        "response_input_message_content_list",
        "response_input_message_content_list_param",
        "response_input_message_item",
        "response_input_param",
        "response_input_text",
        "response_input_text_content",
        "response_input_text_content_param",
        "response_input_text_param",
        "response_item",
        "response_item_list",
        "response_local_environment",
        "response_mcp_call_arguments_delta_event",
        "response_mcp_call_arguments_done_event",
        "response_mcp_call_completed_event",
        "response_mcp_call_failed_event",
        "response_mcp_call_in_progress_event",
        "response_mcp_list_tools_completed_event",
        "response_mcp_list_tools_failed_event",
        "response_mcp_list_tools_in_progress_event",
        "response_output_audio",
        "response_output_item",
        "response_output_item_added_event",
        "response_output_item_done_event",
        "response_output_message",
        "response_output_message_param",
        "response_output_refusal",
        "response_output_refusal_param",
        "response_output_text",
        "response_output_text_annotation_added_event",
        "response_output_text_param",
        "response_prompt",
        "response_prompt_param",
        "response_queued_event",
        "response_reasoning_item",
        "response_reasoning_item_param",
        "response_reasoning_summary_part_added_event",
        "response_reasoning_summary_part_done_event",
        "response_reasoning_summary_text_delta_event",
        "response_reasoning_summary_text_done_event",
        "response_reasoning_text_delta_event",
        "response_reasoning_text_done_event",
        "response_refusal_delta_event",
        "response_refusal_done_event",
        "response_retrieve_params",
        "response_shell_call_command_added_event",
        "response_shell_call_command_delta_event",
        "response_shell_call_command_done_event",
        "response_shell_call_output_content_delta_event",
        "response_shell_call_output_content_done_event",
        "response_status",
        "response_stream_event",
        "response_text_config",
        "response_text_config_param",
        "response_text_delta_event",
        "response_text_done_event",
        "response_tool_search_call",
        "response_tool_search_output_item",
        "response_tool_search_output_item_param",
        "response_tool_search_output_item_param_param",
        "response_usage",
        "response_web_search_call_completed_event",
        "response_web_search_call_in_progress_event",
        "response_web_search_call_searching_event",
        "responses_client_event",
        "responses_client_event_param",
        "responses_server_event",
        "service_tier",
        "skill_reference",
        "skill_reference_param",
        "tool",
        "tool_choice_allowed",
        "tool_choice_allowed_param",
        "tool_choice_apply_patch",
        "tool_choice_apply_patch_param",
        "tool_choice_custom",
        "tool_choice_custom_param",
        "tool_choice_function",
        "tool_choice_function_param",
        "tool_choice_mcp",
        "tool_choice_mcp_param",
        "tool_choice_options",
        "tool_choice_shell",
        "tool_choice_shell_param",
        "tool_choice_types",
        "tool_choice_types_param",
        "tool_param",
        "tool_search_tool",
        "tool_search_tool_param",
        "web_search_preview_tool",
        "web_search_preview_tool_param",
        "web_search_tool",
        "web_search_tool_param",
    )
)

__all__ = [
    "ApplyPatchTool",
    "ApplyPatchToolParam",
    "CompactedResponse",
    "ComputerAction",
    "ComputerActionList",
    "ComputerActionListParam",
    "ComputerActionParam",
    "ComputerTool",
    "ComputerToolParam",
    "ComputerUsePreviewTool",
    "ComputerUsePreviewToolParam",
    "ContainerAuto",
    "ContainerAutoParam",
    "ContainerNetworkPolicyAllowlist",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyDisabled",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDomainSecret",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerReference",
    "ContainerReferenceParam",
    "CustomTool",
    "CustomToolParam",
    "EasyInputMessage",
    "EasyInputMessageParam",
    "FileSearchTool",
    "FileSearchToolParam",
    "FunctionShellTool",
    "FunctionShellToolParam",
    "FunctionTool",
    "FunctionToolParam",
    "ImageDetail",
    "InlineSkill",
    "InlineSkillParam",
    "InlineSkillSource",
    "InlineSkillSourceParam",
    "InputItemListParams",
    "InputTokenCountParams",
    "InputTokenCountResponse",
    "LocalEnvironment",
    "LocalEnvironmentParam",
    "LocalSkill",
    "LocalSkillParam",
    "McpToolCallError",
    "McpToolCallErrorParam",
    "NamespaceTool",
    "NamespaceToolParam",
    "ParsedContent",
    "ParsedResponse",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputItem",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
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
    "ResponseCodeInterpreterToolCallParam",
    "ResponseCompactParams",
    "ResponseCompactionItem",
    "ResponseCompactionItemParam",
    "ResponseCompactionItemParamParam",
    "ResponseCompletedEvent",
    "ResponseComputerToolCall",
    "ResponseComputerToolCallOutputItem",
    "ResponseComputerToolCallOutputScreenshot",
    "ResponseComputerToolCallOutputScreenshotParam",
    "ResponseComputerToolCallParam",
    "ResponseContainerReference",
    "ResponseContent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseConversationParam",
    "ResponseConversationParamParam",
    "ResponseCreateParams",
    "ResponseCreatedEvent",
    "ResponseCustomToolCall",
    "ResponseCustomToolCallInputDeltaEvent",
    "ResponseCustomToolCallInputDoneEvent",
    "ResponseCustomToolCallItem",
    "ResponseCustomToolCallOutput",
    "ResponseCustomToolCallOutputItem",
    "ResponseCustomToolCallOutputParam",
    "ResponseCustomToolCallParam",
    "ResponseError",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFileSearchToolCall",
    "ResponseFileSearchToolCallParam",
    "ResponseFormatTextConfig",
    "ResponseFormatTextConfigParam",
    "ResponseFormatTextJSONSchemaConfig",
    "ResponseFormatTextJSONSchemaConfigParam",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseFunctionCallOutputItem",
    "ResponseFunctionCallOutputItemList",
    "ResponseFunctionCallOutputItemListParam",
    "ResponseFunctionCallOutputItemParam",
    "ResponseFunctionShellCallOutputContent",
    "ResponseFunctionShellCallOutputContentParam",
    "ResponseFunctionShellToolCall",
    "ResponseFunctionShellToolCallOutput",
    "ResponseFunctionToolCall",
    "ResponseFunctionToolCallItem",
    "ResponseFunctionToolCallOutputItem",
    "ResponseFunctionToolCallParam",
    "ResponseFunctionWebSearch",
    "ResponseFunctionWebSearchParam",
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseInProgressEvent",
    "ResponseIncludable",
    "ResponseIncompleteEvent",
    "ResponseInput",
    "ResponseInputAudio",
    "ResponseInputAudioParam",
    "ResponseInputContent",
    "ResponseInputContentParam",
    "ResponseInputFile",
    "ResponseInputFileContent",
    "ResponseInputFileContentParam",
    "ResponseInputFileParam",
    "ResponseInputImage",
    "ResponseInputImageContent",
    "ResponseInputImageContentParam",
    "ResponseInputImageParam",
    "ResponseInputItem",
    "ResponseInputItemParam",
    "ResponseInputMessageContentList",
    "ResponseInputMessageContentListParam",
    "ResponseInputMessageItem",
    "ResponseInputParam",
    "ResponseInputText",
    "ResponseInputTextContent",
    "ResponseInputTextContentParam",
    "ResponseInputTextParam",
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
    "ResponseOutputMessageParam",
    "ResponseOutputRefusal",
    "ResponseOutputRefusalParam",
    "ResponseOutputText",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseOutputTextParam",
    "ResponsePrompt",
    "ResponsePromptParam",
    "ResponseQueuedEvent",
    "ResponseReasoningItem",
    "ResponseReasoningItemParam",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseRetrieveParams",
    "ResponseShellCallCommandAddedEvent",
    "ResponseShellCallCommandDeltaEvent",
    "ResponseShellCallCommandDoneEvent",
    "ResponseShellCallOutputContentDeltaEvent",
    "ResponseShellCallOutputContentDoneEvent",
    "ResponseStatus",
    "ResponseStreamEvent",
    "ResponseTextConfig",
    "ResponseTextConfigParam",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseToolSearchCall",
    "ResponseToolSearchOutputItem",
    "ResponseToolSearchOutputItemParam",
    "ResponseToolSearchOutputItemParamParam",
    "ResponseUsage",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "ResponsesClientEvent",
    "ResponsesClientEventParam",
    "ResponsesServerEvent",
    "ServiceTier",
    "SkillReference",
    "SkillReferenceParam",
    "Tool",
    "ToolChoiceAllowed",
    "ToolChoiceAllowedParam",
    "ToolChoiceApplyPatch",
    "ToolChoiceApplyPatchParam",
    "ToolChoiceCustom",
    "ToolChoiceCustomParam",
    "ToolChoiceFunction",
    "ToolChoiceFunctionParam",
    "ToolChoiceMcp",
    "ToolChoiceMcpParam",
    "ToolChoiceOptions",
    "ToolChoiceShell",
    "ToolChoiceShellParam",
    "ToolChoiceTypes",
    "ToolChoiceTypesParam",
    "ToolParam",
    "ToolSearchTool",
    "ToolSearchToolParam",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolParam",
    "WebSearchTool",
    "WebSearchToolParam",
]

if not TYPE_CHECKING:  # type checkers read the imports above and flag names that do not exist

    def __getattr__(name: str) -> object:
        import importlib

        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES})
