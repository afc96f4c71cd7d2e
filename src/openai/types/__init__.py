# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .batch import Batch as Batch
    from .image import Image as Image
    from .model import Model as Model
    from .skill import Skill as Skill
    from .video import Video as Video
    from .upload import Upload as Upload
    from .embedding import Embedding as Embedding
    from .chat_model import ChatModel as ChatModel
    from .completion import Completion as Completion
    from .moderation import Moderation as Moderation
    from .skill_list import SkillList as SkillList
    from .video_size import VideoSize as VideoSize
    from .audio_model import AudioModel as AudioModel
    from .batch_error import BatchError as BatchError
    from .batch_usage import BatchUsage as BatchUsage
    from .file_object import FileObject as FileObject
    from .image_model import ImageModel as ImageModel
    from .video_model import VideoModel as VideoModel
    from .file_content import FileContent as FileContent
    from .file_deleted import FileDeleted as FileDeleted
    from .file_purpose import FilePurpose as FilePurpose
    from .vector_store import VectorStore as VectorStore
    from .deleted_skill import DeletedSkill as DeletedSkill
    from .model_deleted import ModelDeleted as ModelDeleted
    from .video_seconds import VideoSeconds as VideoSeconds
    from .embedding_model import EmbeddingModel as EmbeddingModel
    from .images_response import ImagesResponse as ImagesResponse
    from .shared.metadata import Metadata as Metadata
    from .completion_usage import CompletionUsage as CompletionUsage
    from .moderation_model import ModerationModel as ModerationModel
    from .shared.reasoning import Reasoning as Reasoning
    from .completion_choice import CompletionChoice as CompletionChoice
    from .shared.all_models import AllModels as AllModels
    from .eval_list_response import EvalListResponse as EvalListResponse
    from .video_create_error import VideoCreateError as VideoCreateError
    from .shared.error_object import ErrorObject as ErrorObject
    from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .eval_create_response import EvalCreateResponse as EvalCreateResponse
    from .eval_delete_response import EvalDeleteResponse as EvalDeleteResponse
    from .eval_update_response import EvalUpdateResponse as EvalUpdateResponse
    from .vector_store_deleted import VectorStoreDeleted as VectorStoreDeleted
    from .audio_response_format import AudioResponseFormat as AudioResponseFormat
    from .moderation_text_input import ModerationTextInput as ModerationTextInput
    from .video_delete_response import VideoDeleteResponse as VideoDeleteResponse
    from .eval_retrieve_response import EvalRetrieveResponse as EvalRetrieveResponse
    from .file_chunking_strategy import FileChunkingStrategy as FileChunkingStrategy
    from .image_gen_stream_event import ImageGenStreamEvent as ImageGenStreamEvent
    from .shared.compound_filter import CompoundFilter as CompoundFilter
    from .shared.responses_model import ResponsesModel as ResponsesModel
    from .container_list_response import ContainerListResponse as ContainerListResponse
    from .image_edit_stream_event import ImageEditStreamEvent as ImageEditStreamEvent
    from .shared.oauth_error_code import OAuthErrorCode as OAuthErrorCode
    from .shared.reasoning_effort import ReasoningEffort as ReasoningEffort
    from .content_provenance_check import ContentProvenanceCheck as ContentProvenanceCheck
    from .shared.comparison_filter import ComparisonFilter as ComparisonFilter
    from .container_create_response import ContainerCreateResponse as ContainerCreateResponse
    from .create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
    from .image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
    from .image_edit_completed_event import ImageEditCompletedEvent as ImageEditCompletedEvent
    from .moderation_create_response import ModerationCreateResponse as ModerationCreateResponse
    from .moderation_image_url_input import ModerationImageURLInput as ModerationImageURLInput
    from .shared.function_definition import FunctionDefinition as FunctionDefinition
    from .shared.function_parameters import FunctionParameters as FunctionParameters
    from .container_retrieve_response import ContainerRetrieveResponse as ContainerRetrieveResponse
    from .image_input_reference_param import ImageInputReferenceParam as ImageInputReferenceParam
    from .shared.response_format_text import ResponseFormatText as ResponseFormatText
    from .file_chunking_strategy_param import FileChunkingStrategyParam as FileChunkingStrategyParam
    from .moderation_multi_modal_input import ModerationMultiModalInput as ModerationMultiModalInput
    from .vector_store_search_response import VectorStoreSearchResponse as VectorStoreSearchResponse
    from .video_get_character_response import VideoGetCharacterResponse as VideoGetCharacterResponse
    from .image_gen_partial_image_event import ImageGenPartialImageEvent as ImageGenPartialImageEvent
    from .static_file_chunking_strategy import StaticFileChunkingStrategy as StaticFileChunkingStrategy
    from .eval_custom_data_source_config import EvalCustomDataSourceConfig as EvalCustomDataSourceConfig
    from .image_edit_partial_image_event import ImageEditPartialImageEvent as ImageEditPartialImageEvent
    from .shared.custom_tool_input_format import CustomToolInputFormat as CustomToolInputFormat
    from .video_create_character_response import VideoCreateCharacterResponse as VideoCreateCharacterResponse
    from .auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam as AutoFileChunkingStrategyParam
    from .shared.response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
    from .shared.response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema
    from .shared.response_format_text_python import ResponseFormatTextPython as ResponseFormatTextPython
    from .other_file_chunking_strategy_object import OtherFileChunkingStrategyObject as OtherFileChunkingStrategyObject
    from .shared.response_format_text_grammar import ResponseFormatTextGrammar as ResponseFormatTextGrammar
    from .static_file_chunking_strategy_object import (
        StaticFileChunkingStrategyObject as StaticFileChunkingStrategyObject,
    )
    from .eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
    )
    from .static_file_chunking_strategy_object_param import (
        StaticFileChunkingStrategyObjectParam as StaticFileChunkingStrategyObjectParam,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "AllModels": ".shared.all_models",
    "AudioModel": ".audio_model",
    "AudioResponseFormat": ".audio_response_format",
    "AutoFileChunkingStrategyParam": ".auto_file_chunking_strategy_param",
    "Batch": ".batch",
    "BatchError": ".batch_error",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchUsage": ".batch_usage",
    "ChatModel": ".chat_model",
    "ComparisonFilter": ".shared.comparison_filter",
    "Completion": ".completion",
    "CompletionChoice": ".completion_choice",
    "CompletionUsage": ".completion_usage",
    "CompoundFilter": ".shared.compound_filter",
    "ContainerCreateResponse": ".container_create_response",
    "ContainerListResponse": ".container_list_response",
    "ContainerRetrieveResponse": ".container_retrieve_response",
    "ContentProvenanceCheck": ".content_provenance_check",
    "CreateEmbeddingResponse": ".create_embedding_response",
    "CustomToolInputFormat": ".shared.custom_tool_input_format",
    "DeletedSkill": ".deleted_skill",
    "Embedding": ".embedding",
    "EmbeddingModel": ".embedding_model",
    "ErrorObject": ".shared.error_object",
    "EvalCreateResponse": ".eval_create_response",
    "EvalCustomDataSourceConfig": ".eval_custom_data_source_config",
    "EvalDeleteResponse": ".eval_delete_response",
    "EvalListResponse": ".eval_list_response",
    "EvalRetrieveResponse": ".eval_retrieve_response",
    "EvalStoredCompletionsDataSourceConfig": ".eval_stored_completions_data_source_config",
    "EvalUpdateResponse": ".eval_update_response",
    "FileChunkingStrategy": ".file_chunking_strategy",
    "FileChunkingStrategyParam": ".file_chunking_strategy_param",
    "FileContent": ".file_content",
    "FileDeleted": ".file_deleted",
    "FileObject": ".file_object",
    "FilePurpose": ".file_purpose",
    "FunctionDefinition": ".shared.function_definition",
    "FunctionParameters": ".shared.function_parameters",
    "Image": ".image",
    "ImageEditCompletedEvent": ".image_edit_completed_event",
    "ImageEditPartialImageEvent": ".image_edit_partial_image_event",
    "ImageEditStreamEvent": ".image_edit_stream_event",
    "ImageGenCompletedEvent": ".image_gen_completed_event",
    "ImageGenPartialImageEvent": ".image_gen_partial_image_event",
    "ImageGenStreamEvent": ".image_gen_stream_event",
    "ImageInputReferenceParam": ".image_input_reference_param",
    "ImageModel": ".image_model",
    "ImagesResponse": ".images_response",
    "Metadata": ".shared.metadata",
    "Model": ".model",
    "ModelDeleted": ".model_deleted",
    "Moderation": ".moderation",
    "ModerationCreateResponse": ".moderation_create_response",
    "ModerationImageURLInput": ".moderation_image_url_input",
    "ModerationModel": ".moderation_model",
    "ModerationMultiModalInput": ".moderation_multi_modal_input",
    "ModerationTextInput": ".moderation_text_input",
    "OAuthErrorCode": ".shared.oauth_error_code",
    "OtherFileChunkingStrategyObject": ".other_file_chunking_strategy_object",
    "Reasoning": ".shared.reasoning",
    "ReasoningEffort": ".shared.reasoning_effort",
    "ResponseFormatJSONObject": ".shared.response_format_json_object",
    "ResponseFormatJSONSchema": ".shared.response_format_json_schema",
    "ResponseFormatText": ".shared.response_format_text",
    "ResponseFormatTextGrammar": ".shared.response_format_text_grammar",
    "ResponseFormatTextPython": ".shared.response_format_text_python",
    "ResponsesModel": ".shared.responses_model",
    "Skill": ".skill",
    "SkillList": ".skill_list",
    "StaticFileChunkingStrategy": ".static_file_chunking_strategy",
    "StaticFileChunkingStrategyObject": ".static_file_chunking_strategy_object",
    "StaticFileChunkingStrategyObjectParam": ".static_file_chunking_strategy_object_param",
    "Upload": ".upload",
    "VectorStore": ".vector_store",
    "VectorStoreDeleted": ".vector_store_deleted",
    "VectorStoreSearchResponse": ".vector_store_search_response",
    "Video": ".video",
    "VideoCreateCharacterResponse": ".video_create_character_response",
    "VideoCreateError": ".video_create_error",
    "VideoDeleteResponse": ".video_delete_response",
    "VideoGetCharacterResponse": ".video_get_character_response",
    "VideoModel": ".video_model",
    "VideoSeconds": ".video_seconds",
    "VideoSize": ".video_size",
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
    "AudioModel",
    "AudioResponseFormat",
    "AutoFileChunkingStrategyParam",
    "Batch",
    "BatchError",
    "BatchRequestCounts",
    "BatchUsage",
    "ChatModel",
    "ComparisonFilter",
    "Completion",
    "CompletionChoice",
    "CompletionUsage",
    "CompoundFilter",
    "ContainerCreateResponse",
    "ContainerListResponse",
    "ContainerRetrieveResponse",
    "ContentProvenanceCheck",
    "CreateEmbeddingResponse",
    "CustomToolInputFormat",
    "DeletedSkill",
    "Embedding",
    "EmbeddingModel",
    "ErrorObject",
    "EvalCreateResponse",
    "EvalCustomDataSourceConfig",
    "EvalDeleteResponse",
    "EvalListResponse",
    "EvalRetrieveResponse",
    "EvalStoredCompletionsDataSourceConfig",
    "EvalUpdateResponse",
    "FileChunkingStrategy",
    "FileChunkingStrategyParam",
    "FileContent",
    "FileDeleted",
    "FileObject",
    "FilePurpose",
    "FunctionDefinition",
    "FunctionParameters",
    "Image",
    "ImageEditCompletedEvent",
    "ImageEditPartialImageEvent",
    "ImageEditStreamEvent",
    "ImageGenCompletedEvent",
    "ImageGenPartialImageEvent",
    "ImageGenStreamEvent",
    "ImageInputReferenceParam",
    "ImageModel",
    "ImagesResponse",
    "Metadata",
    "Model",
    "ModelDeleted",
    "Moderation",
    "ModerationCreateResponse",
    "ModerationImageURLInput",
    "ModerationModel",
    "ModerationMultiModalInput",
    "ModerationTextInput",
    "OAuthErrorCode",
    "OtherFileChunkingStrategyObject",
    "Reasoning",
    "ReasoningEffort",
    "ResponseFormatJSONObject",
    "ResponseFormatJSONSchema",
    "ResponseFormatText",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextPython",
    "ResponsesModel",
    "Skill",
    "SkillList",
    "StaticFileChunkingStrategy",
    "StaticFileChunkingStrategyObject",
    "StaticFileChunkingStrategyObjectParam",
    "Upload",
    "VectorStore",
    "VectorStoreDeleted",
    "VectorStoreSearchResponse",
    "Video",
    "VideoCreateCharacterResponse",
    "VideoCreateError",
    "VideoDeleteResponse",
    "VideoGetCharacterResponse",
    "VideoModel",
    "VideoSeconds",
    "VideoSize",
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
