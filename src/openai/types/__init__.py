# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        beta as beta,
        chat as chat,
        admin as admin,
        audio as audio,
        evals as evals,
        shared as shared,
        skills as skills,
        graders as graders,
        uploads as uploads,
        realtime as realtime,
        webhooks as webhooks,
        responses as responses,
        containers as containers,
        fine_tuning as fine_tuning,
        conversations as conversations,
        shared_params as shared_params,
        vector_stores as vector_stores,
    )
    from .item import Item as Item
    from .batch import Batch as Batch
    from .coord import Coord as Coord
    from .image import Image as Image
    from .input import Input as Input
    from .model import Model as Model
    from .skill import Skill as Skill
    from .video import Video as Video
    from .upload import Upload as Upload
    from .beta_item import BetaItem as BetaItem
    from .embedding import Embedding as Embedding
    from .beta_coord import BetaCoord as BetaCoord
    from .beta_input import BetaInput as BetaInput
    from .chat_model import ChatModel as ChatModel
    from .completion import Completion as Completion
    from .done_event import DoneEvent as DoneEvent
    from .item_field import ItemField as ItemField
    from .item_param import ItemParam as ItemParam
    from .moderation import Moderation as Moderation
    from .skill_list import SkillList as SkillList
    from .video_size import VideoSize as VideoSize
    from .audio_model import AudioModel as AudioModel
    from .batch_error import BatchError as BatchError
    from .batch_usage import BatchUsage as BatchUsage
    from .coord_param import CoordParam as CoordParam
    from .file_object import FileObject as FileObject
    from .image_model import ImageModel as ImageModel
    from .input_param import InputParam as InputParam
    from .video_model import VideoModel as VideoModel
    from .beta_message import BetaMessage as BetaMessage
    from .file_content import FileContent as FileContent
    from .file_deleted import FileDeleted as FileDeleted
    from .file_purpose import FilePurpose as FilePurpose
    from .program_item import ProgramItem as ProgramItem
    from .vector_store import VectorStore as VectorStore
    from .beta_log_prob import BetaLogProb as BetaLogProb
    from .deleted_skill import DeletedSkill as DeletedSkill
    from .model_deleted import ModelDeleted as ModelDeleted
    from .video_seconds import VideoSeconds as VideoSeconds
    from .voice_resource import VoiceResource as VoiceResource
    from .beta_http_error import BetaHTTPError as BetaHTTPError
    from .beta_item_field import BetaItemField as BetaItemField
    from .beta_item_param import BetaItemParam as BetaItemParam
    from .beta_moderation import BetaModeration as BetaModeration
    from .embedding_model import EmbeddingModel as EmbeddingModel
    from .images_response import ImagesResponse as ImagesResponse
    from .shared.metadata import Metadata as Metadata
    from .beta_coord_param import BetaCoordParam as BetaCoordParam
    from .beta_input_param import BetaInputParam as BetaInputParam
    from .completion_usage import CompletionUsage as CompletionUsage
    from .eval_list_params import EvalListParams as EvalListParams
    from .file_list_params import FileListParams as FileListParams
    from .moderation_model import ModerationModel as ModerationModel
    from .shared.reasoning import Reasoning as Reasoning
    from .voice_ids_shared import VoiceIdsShared as VoiceIdsShared
    from .batch_list_params import BatchListParams as BatchListParams
    from .completion_choice import CompletionChoice as CompletionChoice
    from .eval_item_content import EvalItemContent as EvalItemContent
    from .image_edit_params import ImageEditParams as ImageEditParams
    from .shared.all_models import AllModels as AllModels
    from .skill_list_params import SkillListParams as SkillListParams
    from .video_edit_params import VideoEditParams as VideoEditParams
    from .video_list_params import VideoListParams as VideoListParams
    from .video_model_param import VideoModelParam as VideoModelParam
    from .eval_create_params import EvalCreateParams as EvalCreateParams
    from .eval_list_response import EvalListResponse as EvalListResponse
    from .eval_update_params import EvalUpdateParams as EvalUpdateParams
    from .file_create_params import FileCreateParams as FileCreateParams
    from .input_text_content import InputTextContent as InputTextContent
    from .program_item_param import ProgramItemParam as ProgramItemParam
    from .video_create_error import VideoCreateError as VideoCreateError
    from .video_remix_params import VideoRemixParams as VideoRemixParams
    from .batch_create_params import BatchCreateParams as BatchCreateParams
    from .beta_log_prob_param import BetaLogProbParam as BetaLogProbParam
    from .program_output_item import ProgramOutputItem as ProgramOutputItem
    from .reasoning_mode_enum import ReasoningModeEnum as ReasoningModeEnum
    from .shared.error_object import ErrorObject as ErrorObject
    from .skill_create_params import SkillCreateParams as SkillCreateParams
    from .skill_update_params import SkillUpdateParams as SkillUpdateParams
    from .video_create_params import VideoCreateParams as VideoCreateParams
    from .video_extend_params import VideoExtendParams as VideoExtendParams
    from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .beta_agent_tag_param import BetaAgentTagParam as BetaAgentTagParam
    from .beta_ranking_options import BetaRankingOptions as BetaRankingOptions
    from .eval_create_response import EvalCreateResponse as EvalCreateResponse
    from .eval_delete_response import EvalDeleteResponse as EvalDeleteResponse
    from .eval_update_response import EvalUpdateResponse as EvalUpdateResponse
    from .spend_limit_currency import SpendLimitCurrency as SpendLimitCurrency
    from .spend_limit_interval import SpendLimitInterval as SpendLimitInterval
    from .upload_create_params import UploadCreateParams as UploadCreateParams
    from .vector_store_deleted import VectorStoreDeleted as VectorStoreDeleted
    from .audio_response_format import AudioResponseFormat as AudioResponseFormat
    from .beta_http_error_param import BetaHTTPErrorParam as BetaHTTPErrorParam
    from .beta_model_ids_shared import BetaModelIdsShared as BetaModelIdsShared
    from .container_list_params import ContainerListParams as ContainerListParams
    from .image_generate_params import ImageGenerateParams as ImageGenerateParams
    from .moderation_text_input import ModerationTextInput as ModerationTextInput
    from .video_delete_response import VideoDeleteResponse as VideoDeleteResponse
    from .beta_encrypted_content import BetaEncryptedContent as BetaEncryptedContent
    from .create_eval_item_param import CreateEvalItemParam as CreateEvalItemParam
    from .eval_retrieve_response import EvalRetrieveResponse as EvalRetrieveResponse
    from .file_chunking_strategy import FileChunkingStrategy as FileChunkingStrategy
    from .image_gen_stream_event import ImageGenStreamEvent as ImageGenStreamEvent
    from .image_ref_param2_param import ImageRefParam2Param as ImageRefParam2Param
    from .personality_enum_param import PersonalityEnumParam as PersonalityEnumParam
    from .shared.compound_filter import CompoundFilter as CompoundFilter
    from .shared.responses_model import ResponsesModel as ResponsesModel
    from .upload_complete_params import UploadCompleteParams as UploadCompleteParams
    from .voice_consent_resource import VoiceConsentResource as VoiceConsentResource
    from .voice_ids_shared_param import VoiceIdsSharedParam as VoiceIdsSharedParam
    from .websocket_reconnection import (
        ReconnectingEvent as ReconnectingEvent,
        ReconnectingOverrides as ReconnectingOverrides,
    )
    from .beta_input_text_content import BetaInputTextContent as BetaInputTextContent
    from .beta_mcp_protocol_error import BetaMCPProtocolError as BetaMCPProtocolError
    from .container_create_params import ContainerCreateParams as ContainerCreateParams
    from .container_list_response import ContainerListResponse as ContainerListResponse
    from .embedding_create_params import EmbeddingCreateParams as EmbeddingCreateParams
    from .eval_grader_label_model import EvalGraderLabelModel as EvalGraderLabelModel
    from .eval_item_content_param import EvalItemContentParam as EvalItemContentParam
    from .image_edit_stream_event import ImageEditStreamEvent as ImageEditStreamEvent
    from .shared.oauth_error_code import OAuthErrorCode as OAuthErrorCode
    from .shared.reasoning_effort import ReasoningEffort as ReasoningEffort
    from .beta_mcp_list_tools_tool import BetaMCPListToolsTool as BetaMCPListToolsTool
    from .beta_mcp_tool_call_error import BetaMCPToolCallError as BetaMCPToolCallError
    from .beta_model_ids_responses import BetaModelIdsResponses as BetaModelIdsResponses
    from .beta_reasoning_mode_enum import BetaReasoningModeEnum as BetaReasoningModeEnum
    from .completion_create_params import CompletionCreateParams as CompletionCreateParams
    from .content_provenance_check import ContentProvenanceCheck as ContentProvenanceCheck
    from .eval_grader_string_check import EvalGraderStringCheck as EvalGraderStringCheck
    from .input_text_content_param import InputTextContentParam as InputTextContentParam
    from .moderation_create_params import ModerationCreateParams as ModerationCreateParams
    from .shared.comparison_filter import ComparisonFilter as ComparisonFilter
    from .stop_configuration_param import StopConfigurationParam as StopConfigurationParam
    from .vector_store_list_params import VectorStoreListParams as VectorStoreListParams
    from .beta_prompt_cache_options import BetaPromptCacheOptions as BetaPromptCacheOptions
    from .computer_call_output_item import ComputerCallOutputItem as ComputerCallOutputItem
    from .container_create_response import ContainerCreateResponse as ContainerCreateResponse
    from .create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
    from .function_call_output_item import FunctionCallOutputItem as FunctionCallOutputItem
    from .image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
    from .program_output_item_param import ProgramOutputItemParam as ProgramOutputItemParam
    from .reasoning_mode_enum_param import ReasoningModeEnumParam as ReasoningModeEnumParam
    from .approximate_location_param import ApproximateLocationParam as ApproximateLocationParam
    from .beta_ranking_options_param import BetaRankingOptionsParam as BetaRankingOptionsParam
    from .image_edit_completed_event import ImageEditCompletedEvent as ImageEditCompletedEvent
    from .model_ids_compaction_param import ModelIdsCompactionParam as ModelIdsCompactionParam
    from .moderation_create_response import ModerationCreateResponse as ModerationCreateResponse
    from .moderation_image_url_input import ModerationImageURLInput as ModerationImageURLInput
    from .shared.function_definition import FunctionDefinition as FunctionDefinition
    from .shared.function_parameters import FunctionParameters as FunctionParameters
    from .vector_store_create_params import VectorStoreCreateParams as VectorStoreCreateParams
    from .vector_store_search_params import VectorStoreSearchParams as VectorStoreSearchParams
    from .vector_store_update_params import VectorStoreUpdateParams as VectorStoreUpdateParams
    from .beta_model_ids_shared_param import BetaModelIdsSharedParam as BetaModelIdsSharedParam
    from .beta_personality_enum_param import BetaPersonalityEnumParam as BetaPersonalityEnumParam
    from .container_retrieve_response import ContainerRetrieveResponse as ContainerRetrieveResponse
    from .image_input_reference_param import ImageInputReferenceParam as ImageInputReferenceParam
    from .moderation_text_input_param import ModerationTextInputParam as ModerationTextInputParam
    from .shared.response_format_text import ResponseFormatText as ResponseFormatText
    from .audio_transcription_response import AudioTranscriptionResponse as AudioTranscriptionResponse
    from .beta_encrypted_content_param import BetaEncryptedContentParam as BetaEncryptedContentParam
    from .beta_prompt_cache_breakpoint import BetaPromptCacheBreakpoint as BetaPromptCacheBreakpoint
    from .file_chunking_strategy_param import FileChunkingStrategyParam as FileChunkingStrategyParam
    from .moderation_multi_modal_input import ModerationMultiModalInput as ModerationMultiModalInput
    from .vector_store_search_response import VectorStoreSearchResponse as VectorStoreSearchResponse
    from .video_get_character_response import VideoGetCharacterResponse as VideoGetCharacterResponse
    from .websocket_connection_options import (
        WebSocketConnectionOptions as WebSocketConnectionOptions,
        WebsocketConnectionOptions as WebsocketConnectionOptions,
    )
    from .beta_input_text_content_param import BetaInputTextContentParam as BetaInputTextContentParam
    from .beta_mcp_protocol_error_param import BetaMCPProtocolErrorParam as BetaMCPProtocolErrorParam
    from .beta_mcp_tool_execution_error import BetaMCPToolExecutionError as BetaMCPToolExecutionError
    from .image_create_variation_params import ImageCreateVariationParams as ImageCreateVariationParams
    from .image_gen_input_usage_details import ImageGenInputUsageDetails as ImageGenInputUsageDetails
    from .image_gen_partial_image_event import ImageGenPartialImageEvent as ImageGenPartialImageEvent
    from .static_file_chunking_strategy import StaticFileChunkingStrategy as StaticFileChunkingStrategy
    from .video_create_character_params import VideoCreateCharacterParams as VideoCreateCharacterParams
    from .video_download_content_params import VideoDownloadContentParams as VideoDownloadContentParams
    from .beta_computer_call_output_item import BetaComputerCallOutputItem as BetaComputerCallOutputItem
    from .beta_function_call_output_item import BetaFunctionCallOutputItem as BetaFunctionCallOutputItem
    from .beta_mcp_list_tools_tool_param import BetaMCPListToolsToolParam as BetaMCPListToolsToolParam
    from .beta_mcp_tool_call_error_param import BetaMCPToolCallErrorParam as BetaMCPToolCallErrorParam
    from .beta_model_ids_responses_param import BetaModelIdsResponsesParam as BetaModelIdsResponsesParam
    from .beta_reasoning_mode_enum_param import BetaReasoningModeEnumParam as BetaReasoningModeEnumParam
    from .create_eval_label_model_grader import CreateEvalLabelModelGrader as CreateEvalLabelModelGrader
    from .eval_custom_data_source_config import EvalCustomDataSourceConfig as EvalCustomDataSourceConfig
    from .eval_grader_string_check_param import EvalGraderStringCheckParam as EvalGraderStringCheckParam
    from .image_edit_partial_image_event import ImageEditPartialImageEvent as ImageEditPartialImageEvent
    from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig as PromptCacheBreakpointConfig
    from .spend_limit_enforcement_status import SpendLimitEnforcementStatus as SpendLimitEnforcementStatus
    from .voice_consent_deleted_resource import VoiceConsentDeletedResource as VoiceConsentDeletedResource
    from .beta_approximate_location_param import BetaApproximateLocationParam as BetaApproximateLocationParam
    from .beta_model_ids_compaction_param import BetaModelIdsCompactionParam as BetaModelIdsCompactionParam
    from .computer_call_output_item_param import ComputerCallOutputItemParam as ComputerCallOutputItemParam
    from .function_call_output_item_param import FunctionCallOutputItemParam as FunctionCallOutputItemParam
    from .shared.custom_tool_input_format import CustomToolInputFormat as CustomToolInputFormat
    from .video_create_character_response import VideoCreateCharacterResponse as VideoCreateCharacterResponse
    from .moderation_image_url_input_param import ModerationImageURLInputParam as ModerationImageURLInputParam
    from .auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam as AutoFileChunkingStrategyParam
    from .beta_prompt_cache_breakpoint_param import BetaPromptCacheBreakpointParam as BetaPromptCacheBreakpointParam
    from .function_shell_call_output_outcome import FunctionShellCallOutputOutcome as FunctionShellCallOutputOutcome
    from .moderation_multi_modal_input_param import ModerationMultiModalInputParam as ModerationMultiModalInputParam
    from .shared.response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
    from .shared.response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema
    from .shared.response_format_text_python import ResponseFormatTextPython as ResponseFormatTextPython
    from .beta_mcp_tool_execution_error_param import BetaMCPToolExecutionErrorParam as BetaMCPToolExecutionErrorParam
    from .other_file_chunking_strategy_object import OtherFileChunkingStrategyObject as OtherFileChunkingStrategyObject
    from .shared.response_format_text_grammar import ResponseFormatTextGrammar as ResponseFormatTextGrammar
    from .static_file_chunking_strategy_param import StaticFileChunkingStrategyParam as StaticFileChunkingStrategyParam
    from .beta_computer_call_output_item_param import BetaComputerCallOutputItemParam as BetaComputerCallOutputItemParam
    from .beta_function_call_output_item_param import BetaFunctionCallOutputItemParam as BetaFunctionCallOutputItemParam
    from .prompt_cache_breakpoint_config_param import (
        PromptCacheBreakpointConfigParam as PromptCacheBreakpointConfigParam,
    )
    from .static_file_chunking_strategy_object import (
        StaticFileChunkingStrategyObject as StaticFileChunkingStrategyObject,
    )
    from .content_provenance_check_create_params import (
        ContentProvenanceCheckCreateParams as ContentProvenanceCheckCreateParams,
    )
    from .beta_function_shell_call_output_outcome import (
        BetaFunctionShellCallOutputOutcome as BetaFunctionShellCallOutputOutcome,
    )
    from .function_shell_call_output_outcome_param import (
        FunctionShellCallOutputOutcomeParam as FunctionShellCallOutputOutcomeParam,
    )
    from .eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
    )
    from .function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome as FunctionShellCallOutputTimeoutOutcome,
    )
    from .static_file_chunking_strategy_object_param import (
        StaticFileChunkingStrategyObjectParam as StaticFileChunkingStrategyObjectParam,
    )
    from .beta_function_shell_call_output_outcome_param import (
        BetaFunctionShellCallOutputOutcomeParam as BetaFunctionShellCallOutputOutcomeParam,
    )
    from .function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam as FunctionShellCallOutputExitOutcomeParam,
    )
    from .beta_function_shell_call_output_timeout_outcome import (
        BetaFunctionShellCallOutputTimeoutOutcome as BetaFunctionShellCallOutputTimeoutOutcome,
    )
    from .function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam as FunctionShellCallOutputTimeoutOutcomeParam,
    )
    from .chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile as ChatCompletionRequestMessageContentPartFile,
    )
    from .beta_function_shell_call_output_exit_outcome_param import (
        BetaFunctionShellCallOutputExitOutcomeParam as BetaFunctionShellCallOutputExitOutcomeParam,
    )
    from .beta_function_shell_call_output_timeout_outcome_param import (
        BetaFunctionShellCallOutputTimeoutOutcomeParam as BetaFunctionShellCallOutputTimeoutOutcomeParam,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "AllModels": ".shared.all_models",
    "ApproximateLocationParam": ".approximate_location_param",
    "AudioModel": ".audio_model",
    "AudioResponseFormat": ".audio_response_format",
    "AudioTranscriptionResponse": ".audio_transcription_response",
    "AutoFileChunkingStrategyParam": ".auto_file_chunking_strategy_param",
    "Batch": ".batch",
    "BatchCreateParams": ".batch_create_params",
    "BatchError": ".batch_error",
    "BatchListParams": ".batch_list_params",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchUsage": ".batch_usage",
    "BetaAgentTagParam": ".beta_agent_tag_param",
    "BetaApproximateLocationParam": ".beta_approximate_location_param",
    "BetaComputerCallOutputItem": ".beta_computer_call_output_item",
    "BetaComputerCallOutputItemParam": ".beta_computer_call_output_item_param",
    "BetaCoord": ".beta_coord",
    "BetaCoordParam": ".beta_coord_param",
    "BetaEncryptedContent": ".beta_encrypted_content",
    "BetaEncryptedContentParam": ".beta_encrypted_content_param",
    "BetaFunctionCallOutputItem": ".beta_function_call_output_item",
    "BetaFunctionCallOutputItemParam": ".beta_function_call_output_item_param",
    "BetaFunctionShellCallOutputExitOutcomeParam": ".beta_function_shell_call_output_exit_outcome_param",
    "BetaFunctionShellCallOutputOutcome": ".beta_function_shell_call_output_outcome",
    "BetaFunctionShellCallOutputOutcomeParam": ".beta_function_shell_call_output_outcome_param",
    "BetaFunctionShellCallOutputTimeoutOutcome": ".beta_function_shell_call_output_timeout_outcome",
    "BetaFunctionShellCallOutputTimeoutOutcomeParam": ".beta_function_shell_call_output_timeout_outcome_param",
    "BetaHTTPError": ".beta_http_error",
    "BetaHTTPErrorParam": ".beta_http_error_param",
    "BetaInput": ".beta_input",
    "BetaInputParam": ".beta_input_param",
    "BetaInputTextContent": ".beta_input_text_content",
    "BetaInputTextContentParam": ".beta_input_text_content_param",
    "BetaItem": ".beta_item",
    "BetaItemField": ".beta_item_field",
    "BetaItemParam": ".beta_item_param",
    "BetaLogProb": ".beta_log_prob",
    "BetaLogProbParam": ".beta_log_prob_param",
    "BetaMCPListToolsTool": ".beta_mcp_list_tools_tool",
    "BetaMCPListToolsToolParam": ".beta_mcp_list_tools_tool_param",
    "BetaMCPProtocolError": ".beta_mcp_protocol_error",
    "BetaMCPProtocolErrorParam": ".beta_mcp_protocol_error_param",
    "BetaMCPToolCallError": ".beta_mcp_tool_call_error",
    "BetaMCPToolCallErrorParam": ".beta_mcp_tool_call_error_param",
    "BetaMCPToolExecutionError": ".beta_mcp_tool_execution_error",
    "BetaMCPToolExecutionErrorParam": ".beta_mcp_tool_execution_error_param",
    "BetaMessage": ".beta_message",
    "BetaModelIdsCompactionParam": ".beta_model_ids_compaction_param",
    "BetaModelIdsResponses": ".beta_model_ids_responses",
    "BetaModelIdsResponsesParam": ".beta_model_ids_responses_param",
    "BetaModelIdsShared": ".beta_model_ids_shared",
    "BetaModelIdsSharedParam": ".beta_model_ids_shared_param",
    "BetaModeration": ".beta_moderation",
    "BetaPersonalityEnumParam": ".beta_personality_enum_param",
    "BetaPromptCacheBreakpoint": ".beta_prompt_cache_breakpoint",
    "BetaPromptCacheBreakpointParam": ".beta_prompt_cache_breakpoint_param",
    "BetaPromptCacheOptions": ".beta_prompt_cache_options",
    "BetaRankingOptions": ".beta_ranking_options",
    "BetaRankingOptionsParam": ".beta_ranking_options_param",
    "BetaReasoningModeEnum": ".beta_reasoning_mode_enum",
    "BetaReasoningModeEnumParam": ".beta_reasoning_mode_enum_param",
    "ChatCompletionRequestMessageContentPartFile": ".chat_completion_request_message_content_part_file",
    "ChatModel": ".chat_model",
    "ComparisonFilter": ".shared.comparison_filter",
    "Completion": ".completion",
    "CompletionChoice": ".completion_choice",
    "CompletionCreateParams": ".completion_create_params",
    "CompletionUsage": ".completion_usage",
    "CompoundFilter": ".shared.compound_filter",
    "ComputerCallOutputItem": ".computer_call_output_item",
    "ComputerCallOutputItemParam": ".computer_call_output_item_param",
    "ContainerCreateParams": ".container_create_params",
    "ContainerCreateResponse": ".container_create_response",
    "ContainerListParams": ".container_list_params",
    "ContainerListResponse": ".container_list_response",
    "ContainerRetrieveResponse": ".container_retrieve_response",
    "ContentProvenanceCheck": ".content_provenance_check",
    "ContentProvenanceCheckCreateParams": ".content_provenance_check_create_params",
    "Coord": ".coord",
    "CoordParam": ".coord_param",
    "CreateEmbeddingResponse": ".create_embedding_response",
    "CreateEvalItemParam": ".create_eval_item_param",
    "CreateEvalLabelModelGrader": ".create_eval_label_model_grader",
    "CustomToolInputFormat": ".shared.custom_tool_input_format",
    "DeletedSkill": ".deleted_skill",
    "DoneEvent": ".done_event",
    "Embedding": ".embedding",
    "EmbeddingCreateParams": ".embedding_create_params",
    "EmbeddingModel": ".embedding_model",
    "ErrorObject": ".shared.error_object",
    "EvalCreateParams": ".eval_create_params",
    "EvalCreateResponse": ".eval_create_response",
    "EvalCustomDataSourceConfig": ".eval_custom_data_source_config",
    "EvalDeleteResponse": ".eval_delete_response",
    "EvalGraderLabelModel": ".eval_grader_label_model",
    "EvalGraderStringCheck": ".eval_grader_string_check",
    "EvalGraderStringCheckParam": ".eval_grader_string_check_param",
    "EvalItemContent": ".eval_item_content",
    "EvalItemContentParam": ".eval_item_content_param",
    "EvalListParams": ".eval_list_params",
    "EvalListResponse": ".eval_list_response",
    "EvalRetrieveResponse": ".eval_retrieve_response",
    "EvalStoredCompletionsDataSourceConfig": ".eval_stored_completions_data_source_config",
    "EvalUpdateParams": ".eval_update_params",
    "EvalUpdateResponse": ".eval_update_response",
    "FileChunkingStrategy": ".file_chunking_strategy",
    "FileChunkingStrategyParam": ".file_chunking_strategy_param",
    "FileContent": ".file_content",
    "FileCreateParams": ".file_create_params",
    "FileDeleted": ".file_deleted",
    "FileListParams": ".file_list_params",
    "FileObject": ".file_object",
    "FilePurpose": ".file_purpose",
    "FunctionCallOutputItem": ".function_call_output_item",
    "FunctionCallOutputItemParam": ".function_call_output_item_param",
    "FunctionDefinition": ".shared.function_definition",
    "FunctionParameters": ".shared.function_parameters",
    "FunctionShellCallOutputExitOutcomeParam": ".function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputOutcome": ".function_shell_call_output_outcome",
    "FunctionShellCallOutputOutcomeParam": ".function_shell_call_output_outcome_param",
    "FunctionShellCallOutputTimeoutOutcome": ".function_shell_call_output_timeout_outcome",
    "FunctionShellCallOutputTimeoutOutcomeParam": ".function_shell_call_output_timeout_outcome_param",
    "Image": ".image",
    "ImageCreateVariationParams": ".image_create_variation_params",
    "ImageEditCompletedEvent": ".image_edit_completed_event",
    "ImageEditParams": ".image_edit_params",
    "ImageEditPartialImageEvent": ".image_edit_partial_image_event",
    "ImageEditStreamEvent": ".image_edit_stream_event",
    "ImageGenCompletedEvent": ".image_gen_completed_event",
    "ImageGenInputUsageDetails": ".image_gen_input_usage_details",
    "ImageGenPartialImageEvent": ".image_gen_partial_image_event",
    "ImageGenStreamEvent": ".image_gen_stream_event",
    "ImageGenerateParams": ".image_generate_params",
    "ImageInputReferenceParam": ".image_input_reference_param",
    "ImageModel": ".image_model",
    "ImageRefParam2Param": ".image_ref_param2_param",
    "ImagesResponse": ".images_response",
    "Input": ".input",
    "InputParam": ".input_param",
    "InputTextContent": ".input_text_content",
    "InputTextContentParam": ".input_text_content_param",
    "Item": ".item",
    "ItemField": ".item_field",
    "ItemParam": ".item_param",
    "Metadata": ".shared.metadata",
    "Model": ".model",
    "ModelDeleted": ".model_deleted",
    "ModelIdsCompactionParam": ".model_ids_compaction_param",
    "Moderation": ".moderation",
    "ModerationCreateParams": ".moderation_create_params",
    "ModerationCreateResponse": ".moderation_create_response",
    "ModerationImageURLInput": ".moderation_image_url_input",
    "ModerationImageURLInputParam": ".moderation_image_url_input_param",
    "ModerationModel": ".moderation_model",
    "ModerationMultiModalInput": ".moderation_multi_modal_input",
    "ModerationMultiModalInputParam": ".moderation_multi_modal_input_param",
    "ModerationTextInput": ".moderation_text_input",
    "ModerationTextInputParam": ".moderation_text_input_param",
    "OAuthErrorCode": ".shared.oauth_error_code",
    "OtherFileChunkingStrategyObject": ".other_file_chunking_strategy_object",
    "PersonalityEnumParam": ".personality_enum_param",
    "ProgramItem": ".program_item",
    "ProgramItemParam": ".program_item_param",
    "ProgramOutputItem": ".program_output_item",
    "ProgramOutputItemParam": ".program_output_item_param",
    "PromptCacheBreakpointConfig": ".prompt_cache_breakpoint_config",
    "PromptCacheBreakpointConfigParam": ".prompt_cache_breakpoint_config_param",
    "Reasoning": ".shared.reasoning",
    "ReasoningEffort": ".shared.reasoning_effort",
    "ReasoningModeEnum": ".reasoning_mode_enum",
    "ReasoningModeEnumParam": ".reasoning_mode_enum_param",
    "ReconnectingEvent": ".websocket_reconnection",
    "ReconnectingOverrides": ".websocket_reconnection",
    "ResponseFormatJSONObject": ".shared.response_format_json_object",
    "ResponseFormatJSONSchema": ".shared.response_format_json_schema",
    "ResponseFormatText": ".shared.response_format_text",
    "ResponseFormatTextGrammar": ".shared.response_format_text_grammar",
    "ResponseFormatTextPython": ".shared.response_format_text_python",
    "ResponsesModel": ".shared.responses_model",
    "Skill": ".skill",
    "SkillCreateParams": ".skill_create_params",
    "SkillList": ".skill_list",
    "SkillListParams": ".skill_list_params",
    "SkillUpdateParams": ".skill_update_params",
    "SpendLimitCurrency": ".spend_limit_currency",
    "SpendLimitEnforcementStatus": ".spend_limit_enforcement_status",
    "SpendLimitInterval": ".spend_limit_interval",
    "StaticFileChunkingStrategy": ".static_file_chunking_strategy",
    "StaticFileChunkingStrategyObject": ".static_file_chunking_strategy_object",
    "StaticFileChunkingStrategyObjectParam": ".static_file_chunking_strategy_object_param",
    "StaticFileChunkingStrategyParam": ".static_file_chunking_strategy_param",
    "StopConfigurationParam": ".stop_configuration_param",
    "Upload": ".upload",
    "UploadCompleteParams": ".upload_complete_params",
    "UploadCreateParams": ".upload_create_params",
    "VectorStore": ".vector_store",
    "VectorStoreCreateParams": ".vector_store_create_params",
    "VectorStoreDeleted": ".vector_store_deleted",
    "VectorStoreListParams": ".vector_store_list_params",
    "VectorStoreSearchParams": ".vector_store_search_params",
    "VectorStoreSearchResponse": ".vector_store_search_response",
    "VectorStoreUpdateParams": ".vector_store_update_params",
    "Video": ".video",
    "VideoCreateCharacterParams": ".video_create_character_params",
    "VideoCreateCharacterResponse": ".video_create_character_response",
    "VideoCreateError": ".video_create_error",
    "VideoCreateParams": ".video_create_params",
    "VideoDeleteResponse": ".video_delete_response",
    "VideoDownloadContentParams": ".video_download_content_params",
    "VideoEditParams": ".video_edit_params",
    "VideoExtendParams": ".video_extend_params",
    "VideoGetCharacterResponse": ".video_get_character_response",
    "VideoListParams": ".video_list_params",
    "VideoModel": ".video_model",
    "VideoModelParam": ".video_model_param",
    "VideoRemixParams": ".video_remix_params",
    "VideoSeconds": ".video_seconds",
    "VideoSize": ".video_size",
    "VoiceConsentDeletedResource": ".voice_consent_deleted_resource",
    "VoiceConsentResource": ".voice_consent_resource",
    "VoiceIdsShared": ".voice_ids_shared",
    "VoiceIdsSharedParam": ".voice_ids_shared_param",
    "VoiceResource": ".voice_resource",
    "WebSocketConnectionOptions": ".websocket_connection_options",
    "WebsocketConnectionOptions": ".websocket_connection_options",
}
_SUBPACKAGES: frozenset[str] = frozenset(
    (
        "admin",
        "audio",
        "beta",
        "chat",
        "containers",
        "conversations",
        "evals",
        "fine_tuning",
        "graders",
        "realtime",
        "responses",
        "shared",
        "shared_params",
        "skills",
        "uploads",
        "vector_stores",
        "webhooks",
    )
)

__all__ = [
    "AllModels",
    "ApproximateLocationParam",
    "AudioModel",
    "AudioResponseFormat",
    "AudioTranscriptionResponse",
    "AutoFileChunkingStrategyParam",
    "Batch",
    "BatchCreateParams",
    "BatchError",
    "BatchListParams",
    "BatchRequestCounts",
    "BatchUsage",
    "BetaAgentTagParam",
    "BetaApproximateLocationParam",
    "BetaComputerCallOutputItem",
    "BetaComputerCallOutputItemParam",
    "BetaCoord",
    "BetaCoordParam",
    "BetaEncryptedContent",
    "BetaEncryptedContentParam",
    "BetaFunctionCallOutputItem",
    "BetaFunctionCallOutputItemParam",
    "BetaFunctionShellCallOutputExitOutcomeParam",
    "BetaFunctionShellCallOutputOutcome",
    "BetaFunctionShellCallOutputOutcomeParam",
    "BetaFunctionShellCallOutputTimeoutOutcome",
    "BetaFunctionShellCallOutputTimeoutOutcomeParam",
    "BetaHTTPError",
    "BetaHTTPErrorParam",
    "BetaInput",
    "BetaInputParam",
    "BetaInputTextContent",
    "BetaInputTextContentParam",
    "BetaItem",
    "BetaItemField",
    "BetaItemParam",
    "BetaLogProb",
    "BetaLogProbParam",
    "BetaMCPListToolsTool",
    "BetaMCPListToolsToolParam",
    "BetaMCPProtocolError",
    "BetaMCPProtocolErrorParam",
    "BetaMCPToolCallError",
    "BetaMCPToolCallErrorParam",
    "BetaMCPToolExecutionError",
    "BetaMCPToolExecutionErrorParam",
    "BetaMessage",
    "BetaModelIdsCompactionParam",
    "BetaModelIdsResponses",
    "BetaModelIdsResponsesParam",
    "BetaModelIdsShared",
    "BetaModelIdsSharedParam",
    "BetaModeration",
    "BetaPersonalityEnumParam",
    "BetaPromptCacheBreakpoint",
    "BetaPromptCacheBreakpointParam",
    "BetaPromptCacheOptions",
    "BetaRankingOptions",
    "BetaRankingOptionsParam",
    "BetaReasoningModeEnum",
    "BetaReasoningModeEnumParam",
    "ChatCompletionRequestMessageContentPartFile",
    "ChatModel",
    "ComparisonFilter",
    "Completion",
    "CompletionChoice",
    "CompletionCreateParams",
    "CompletionUsage",
    "CompoundFilter",
    "ComputerCallOutputItem",
    "ComputerCallOutputItemParam",
    "ContainerCreateParams",
    "ContainerCreateResponse",
    "ContainerListParams",
    "ContainerListResponse",
    "ContainerRetrieveResponse",
    "ContentProvenanceCheck",
    "ContentProvenanceCheckCreateParams",
    "Coord",
    "CoordParam",
    "CreateEmbeddingResponse",
    "CreateEvalItemParam",
    "CreateEvalLabelModelGrader",
    "CustomToolInputFormat",
    "DeletedSkill",
    "DoneEvent",
    "Embedding",
    "EmbeddingCreateParams",
    "EmbeddingModel",
    "ErrorObject",
    "EvalCreateParams",
    "EvalCreateResponse",
    "EvalCustomDataSourceConfig",
    "EvalDeleteResponse",
    "EvalGraderLabelModel",
    "EvalGraderStringCheck",
    "EvalGraderStringCheckParam",
    "EvalItemContent",
    "EvalItemContentParam",
    "EvalListParams",
    "EvalListResponse",
    "EvalRetrieveResponse",
    "EvalStoredCompletionsDataSourceConfig",
    "EvalUpdateParams",
    "EvalUpdateResponse",
    "FileChunkingStrategy",
    "FileChunkingStrategyParam",
    "FileContent",
    "FileCreateParams",
    "FileDeleted",
    "FileListParams",
    "FileObject",
    "FilePurpose",
    "FunctionCallOutputItem",
    "FunctionCallOutputItemParam",
    "FunctionDefinition",
    "FunctionParameters",
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputOutcome",
    "FunctionShellCallOutputOutcomeParam",
    "FunctionShellCallOutputTimeoutOutcome",
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "Image",
    "ImageCreateVariationParams",
    "ImageEditCompletedEvent",
    "ImageEditParams",
    "ImageEditPartialImageEvent",
    "ImageEditStreamEvent",
    "ImageGenCompletedEvent",
    "ImageGenInputUsageDetails",
    "ImageGenPartialImageEvent",
    "ImageGenStreamEvent",
    "ImageGenerateParams",
    "ImageInputReferenceParam",
    "ImageModel",
    "ImageRefParam2Param",
    "ImagesResponse",
    "Input",
    "InputParam",
    "InputTextContent",
    "InputTextContentParam",
    "Item",
    "ItemField",
    "ItemParam",
    "Metadata",
    "Model",
    "ModelDeleted",
    "ModelIdsCompactionParam",
    "Moderation",
    "ModerationCreateParams",
    "ModerationCreateResponse",
    "ModerationImageURLInput",
    "ModerationImageURLInputParam",
    "ModerationModel",
    "ModerationMultiModalInput",
    "ModerationMultiModalInputParam",
    "ModerationTextInput",
    "ModerationTextInputParam",
    "OAuthErrorCode",
    "OtherFileChunkingStrategyObject",
    "PersonalityEnumParam",
    "ProgramItem",
    "ProgramItemParam",
    "ProgramOutputItem",
    "ProgramOutputItemParam",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigParam",
    "Reasoning",
    "ReasoningEffort",
    "ReasoningModeEnum",
    "ReasoningModeEnumParam",
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "ResponseFormatJSONObject",
    "ResponseFormatJSONSchema",
    "ResponseFormatText",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextPython",
    "ResponsesModel",
    "Skill",
    "SkillCreateParams",
    "SkillList",
    "SkillListParams",
    "SkillUpdateParams",
    "SpendLimitCurrency",
    "SpendLimitEnforcementStatus",
    "SpendLimitInterval",
    "StaticFileChunkingStrategy",
    "StaticFileChunkingStrategyObject",
    "StaticFileChunkingStrategyObjectParam",
    "StaticFileChunkingStrategyParam",
    "StopConfigurationParam",
    "Upload",
    "UploadCompleteParams",
    "UploadCreateParams",
    "VectorStore",
    "VectorStoreCreateParams",
    "VectorStoreDeleted",
    "VectorStoreListParams",
    "VectorStoreSearchParams",
    "VectorStoreSearchResponse",
    "VectorStoreUpdateParams",
    "Video",
    "VideoCreateCharacterParams",
    "VideoCreateCharacterResponse",
    "VideoCreateError",
    "VideoCreateParams",
    "VideoDeleteResponse",
    "VideoDownloadContentParams",
    "VideoEditParams",
    "VideoExtendParams",
    "VideoGetCharacterResponse",
    "VideoListParams",
    "VideoModel",
    "VideoModelParam",
    "VideoRemixParams",
    "VideoSeconds",
    "VideoSize",
    "VoiceConsentDeletedResource",
    "VoiceConsentResource",
    "VoiceIdsShared",
    "VoiceIdsSharedParam",
    "VoiceResource",
    "WebSocketConnectionOptions",
    "WebsocketConnectionOptions",
]

if not TYPE_CHECKING:  # type checkers read the imports above and flag names that do not exist

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
