# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import completions as completions
    from .chat_completion import ChatCompletion as ChatCompletion
    from .chat_completion_role import ChatCompletionRole as ChatCompletionRole
    from .chat_completion_audio import ChatCompletionAudio as ChatCompletionAudio
    from .chat_completion_chunk import ChatCompletionChunk as ChatCompletionChunk
    from .completion_list_params import CompletionListParams as CompletionListParams
    from .parsed_chat_completion import (
        ParsedChoice as ParsedChoice,
        ParsedChatCompletion as ParsedChatCompletion,
        ParsedChatCompletionMessage as ParsedChatCompletionMessage,
    )
    from .chat_completion_deleted import ChatCompletionDeleted as ChatCompletionDeleted
    from .chat_completion_message import ChatCompletionMessage as ChatCompletionMessage
    from .chat_completion_modality import ChatCompletionModality as ChatCompletionModality
    from .completion_create_params import CompletionCreateParams as CompletionCreateParams
    from .completion_update_params import CompletionUpdateParams as CompletionUpdateParams
    from .parsed_function_tool_call import (
        ParsedFunction as ParsedFunction,
        ParsedFunctionToolCall as ParsedFunctionToolCall,
    )
    from .chat_completion_tool_param import ChatCompletionToolParam as ChatCompletionToolParam
    from .chat_completion_tool_union import ChatCompletionToolUnion as ChatCompletionToolUnion
    from .chat_completion_audio_param import ChatCompletionAudioParam as ChatCompletionAudioParam
    from .chat_completion_custom_tool import ChatCompletionCustomTool as ChatCompletionCustomTool
    from .chat_completion_content_part import ChatCompletionContentPart as ChatCompletionContentPart
    from .chat_completion_allowed_tools import ChatCompletionAllowedTools as ChatCompletionAllowedTools
    from .chat_completion_function_tool import ChatCompletionFunctionTool as ChatCompletionFunctionTool
    from .chat_completion_message_param import ChatCompletionMessageParam as ChatCompletionMessageParam
    from .chat_completion_store_message import ChatCompletionStoreMessage as ChatCompletionStoreMessage
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob as ChatCompletionTokenLogprob
    from .chat_completion_stream_options import ChatCompletionStreamOptions as ChatCompletionStreamOptions
    from .chat_completion_reasoning_effort import ChatCompletionReasoningEffort as ChatCompletionReasoningEffort
    from .chat_completion_tool_union_param import ChatCompletionToolUnionParam as ChatCompletionToolUnionParam
    from .chat_completion_content_part_text import ChatCompletionContentPartText as ChatCompletionContentPartText
    from .chat_completion_custom_tool_param import ChatCompletionCustomToolParam as ChatCompletionCustomToolParam
    from .chat_completion_message_tool_call import (
        ChatCompletionMessageToolCall as ChatCompletionMessageToolCall,
        ChatCompletionMessageToolCallUnion as ChatCompletionMessageToolCallUnion,
    )
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoice
    from .chat_completion_content_part_image import ChatCompletionContentPartImage as ChatCompletionContentPartImage
    from .chat_completion_content_part_param import ChatCompletionContentPartParam as ChatCompletionContentPartParam
    from .chat_completion_prediction_content import ChatCompletionPredictionContent as ChatCompletionPredictionContent
    from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOption as ChatCompletionToolChoiceOption
    from .chat_completion_tool_message_param import ChatCompletionToolMessageParam as ChatCompletionToolMessageParam
    from .chat_completion_user_message_param import ChatCompletionUserMessageParam as ChatCompletionUserMessageParam
    from .chat_completion_allowed_tool_choice import ChatCompletionAllowedToolChoice as ChatCompletionAllowedToolChoice
    from .chat_completion_allowed_tools_param import ChatCompletionAllowedToolsParam as ChatCompletionAllowedToolsParam
    from .chat_completion_function_tool_param import ChatCompletionFunctionToolParam as ChatCompletionFunctionToolParam
    from .chat_completion_content_part_refusal import (
        ChatCompletionContentPartRefusal as ChatCompletionContentPartRefusal,
    )
    from .chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption as ChatCompletionFunctionCallOption,
    )
    from .chat_completion_stream_options_param import (
        ChatCompletionStreamOptionsParam as ChatCompletionStreamOptionsParam,
    )
    from .chat_completion_system_message_param import (
        ChatCompletionSystemMessageParam as ChatCompletionSystemMessageParam,
    )
    from .chat_completion_function_message_param import (
        ChatCompletionFunctionMessageParam as ChatCompletionFunctionMessageParam,
    )
    from .chat_completion_assistant_message_param import (
        ChatCompletionAssistantMessageParam as ChatCompletionAssistantMessageParam,
    )
    from .chat_completion_content_part_text_param import (
        ChatCompletionContentPartTextParam as ChatCompletionContentPartTextParam,
    )
    from .chat_completion_developer_message_param import (
        ChatCompletionDeveloperMessageParam as ChatCompletionDeveloperMessageParam,
    )
    from .chat_completion_message_tool_call_param import (
        ChatCompletionMessageToolCallParam as ChatCompletionMessageToolCallParam,
    )
    from .chat_completion_named_tool_choice_param import (
        ChatCompletionNamedToolChoiceParam as ChatCompletionNamedToolChoiceParam,
    )
    from .chat_completion_content_part_image_param import (
        ChatCompletionContentPartImageParam as ChatCompletionContentPartImageParam,
    )
    from .chat_completion_content_part_input_audio import (
        ChatCompletionContentPartInputAudio as ChatCompletionContentPartInputAudio,
    )
    from .chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall as ChatCompletionMessageCustomToolCall,
    )
    from .chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom as ChatCompletionNamedToolChoiceCustom,
    )
    from .chat_completion_prediction_content_param import (
        ChatCompletionPredictionContentParam as ChatCompletionPredictionContentParam,
    )
    from .chat_completion_tool_choice_option_param import (
        ChatCompletionToolChoiceOptionParam as ChatCompletionToolChoiceOptionParam,
    )
    from .chat_completion_allowed_tool_choice_param import (
        ChatCompletionAllowedToolChoiceParam as ChatCompletionAllowedToolChoiceParam,
    )
    from .chat_completion_content_part_refusal_param import (
        ChatCompletionContentPartRefusalParam as ChatCompletionContentPartRefusalParam,
    )
    from .chat_completion_function_call_option_param import (
        ChatCompletionFunctionCallOptionParam as ChatCompletionFunctionCallOptionParam,
    )
    from .chat_completion_message_function_tool_call import (
        ChatCompletionMessageFunctionToolCall as ChatCompletionMessageFunctionToolCall,
    )
    from .chat_completion_message_tool_call_union_param import (
        ChatCompletionMessageToolCallUnionParam as ChatCompletionMessageToolCallUnionParam,
    )
    from .chat_completion_content_part_input_audio_param import (
        ChatCompletionContentPartInputAudioParam as ChatCompletionContentPartInputAudioParam,
    )
    from .chat_completion_message_custom_tool_call_param import (
        ChatCompletionMessageCustomToolCallParam as ChatCompletionMessageCustomToolCallParam,
    )
    from .chat_completion_named_tool_choice_custom_param import (
        ChatCompletionNamedToolChoiceCustomParam as ChatCompletionNamedToolChoiceCustomParam,
    )
    from .chat_completion_message_function_tool_call_param import (
        ChatCompletionMessageFunctionToolCallParam as ChatCompletionMessageFunctionToolCallParam,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "ChatCompletion": ".chat_completion",
    "ChatCompletionAllowedToolChoice": ".chat_completion_allowed_tool_choice",
    "ChatCompletionAllowedToolChoiceParam": ".chat_completion_allowed_tool_choice_param",
    "ChatCompletionAllowedTools": ".chat_completion_allowed_tools",
    "ChatCompletionAllowedToolsParam": ".chat_completion_allowed_tools_param",
    "ChatCompletionAssistantMessageParam": ".chat_completion_assistant_message_param",
    "ChatCompletionAudio": ".chat_completion_audio",
    "ChatCompletionAudioParam": ".chat_completion_audio_param",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionContentPart": ".chat_completion_content_part",
    "ChatCompletionContentPartImage": ".chat_completion_content_part_image",
    "ChatCompletionContentPartImageParam": ".chat_completion_content_part_image_param",
    "ChatCompletionContentPartInputAudio": ".chat_completion_content_part_input_audio",
    "ChatCompletionContentPartInputAudioParam": ".chat_completion_content_part_input_audio_param",
    "ChatCompletionContentPartParam": ".chat_completion_content_part_param",
    "ChatCompletionContentPartRefusal": ".chat_completion_content_part_refusal",
    "ChatCompletionContentPartRefusalParam": ".chat_completion_content_part_refusal_param",
    "ChatCompletionContentPartText": ".chat_completion_content_part_text",
    "ChatCompletionContentPartTextParam": ".chat_completion_content_part_text_param",
    "ChatCompletionCustomTool": ".chat_completion_custom_tool",
    "ChatCompletionCustomToolParam": ".chat_completion_custom_tool_param",
    "ChatCompletionDeleted": ".chat_completion_deleted",
    "ChatCompletionDeveloperMessageParam": ".chat_completion_developer_message_param",
    "ChatCompletionFunctionCallOption": ".chat_completion_function_call_option",
    "ChatCompletionFunctionCallOptionParam": ".chat_completion_function_call_option_param",
    "ChatCompletionFunctionMessageParam": ".chat_completion_function_message_param",
    "ChatCompletionFunctionTool": ".chat_completion_function_tool",
    "ChatCompletionFunctionToolParam": ".chat_completion_function_tool_param",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionMessageCustomToolCall": ".chat_completion_message_custom_tool_call",
    "ChatCompletionMessageCustomToolCallParam": ".chat_completion_message_custom_tool_call_param",
    "ChatCompletionMessageFunctionToolCall": ".chat_completion_message_function_tool_call",
    "ChatCompletionMessageFunctionToolCallParam": ".chat_completion_message_function_tool_call_param",
    "ChatCompletionMessageParam": ".chat_completion_message_param",
    "ChatCompletionMessageToolCall": ".chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallParam": ".chat_completion_message_tool_call_param",
    "ChatCompletionMessageToolCallUnion": ".chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallUnionParam": ".chat_completion_message_tool_call_union_param",
    "ChatCompletionModality": ".chat_completion_modality",
    "ChatCompletionNamedToolChoice": ".chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceCustom": ".chat_completion_named_tool_choice_custom",
    "ChatCompletionNamedToolChoiceCustomParam": ".chat_completion_named_tool_choice_custom_param",
    "ChatCompletionNamedToolChoiceParam": ".chat_completion_named_tool_choice_param",
    "ChatCompletionPredictionContent": ".chat_completion_prediction_content",
    "ChatCompletionPredictionContentParam": ".chat_completion_prediction_content_param",
    "ChatCompletionReasoningEffort": ".chat_completion_reasoning_effort",
    "ChatCompletionRole": ".chat_completion_role",
    "ChatCompletionStoreMessage": ".chat_completion_store_message",
    "ChatCompletionStreamOptions": ".chat_completion_stream_options",
    "ChatCompletionStreamOptionsParam": ".chat_completion_stream_options_param",
    "ChatCompletionSystemMessageParam": ".chat_completion_system_message_param",
    "ChatCompletionTokenLogprob": ".chat_completion_token_logprob",
    "ChatCompletionToolChoiceOption": ".chat_completion_tool_choice_option",
    "ChatCompletionToolChoiceOptionParam": ".chat_completion_tool_choice_option_param",
    "ChatCompletionToolMessageParam": ".chat_completion_tool_message_param",
    "ChatCompletionToolParam": ".chat_completion_tool_param",
    "ChatCompletionToolUnion": ".chat_completion_tool_union",
    "ChatCompletionToolUnionParam": ".chat_completion_tool_union_param",
    "ChatCompletionUserMessageParam": ".chat_completion_user_message_param",
    "CompletionCreateParams": ".completion_create_params",
    "CompletionListParams": ".completion_list_params",
    "CompletionUpdateParams": ".completion_update_params",
    "ParsedChatCompletion": ".parsed_chat_completion",
    "ParsedChatCompletionMessage": ".parsed_chat_completion",
    "ParsedChoice": ".parsed_chat_completion",
    "ParsedFunction": ".parsed_function_tool_call",
    "ParsedFunctionToolCall": ".parsed_function_tool_call",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "chat_completion",
        "chat_completion_allowed_tool_choice",
        "chat_completion_allowed_tool_choice_param",
        "chat_completion_allowed_tools",
        "chat_completion_allowed_tools_param",
        "chat_completion_assistant_message_param",
        "chat_completion_audio",
        "chat_completion_audio_param",
        "chat_completion_chunk",
        "chat_completion_content_part",
        "chat_completion_content_part_image",
        "chat_completion_content_part_image_param",
        "chat_completion_content_part_input_audio",
        "chat_completion_content_part_input_audio_param",
        "chat_completion_content_part_param",
        "chat_completion_content_part_refusal",
        "chat_completion_content_part_refusal_param",
        "chat_completion_content_part_text",
        "chat_completion_content_part_text_param",
        "chat_completion_custom_tool",
        "chat_completion_custom_tool_param",
        "chat_completion_deleted",
        "chat_completion_developer_message_param",
        "chat_completion_function_call_option",
        "chat_completion_function_call_option_param",
        "chat_completion_function_message_param",
        "chat_completion_function_tool",
        "chat_completion_function_tool_param",
        "chat_completion_message",
        "chat_completion_message_custom_tool_call",
        "chat_completion_message_custom_tool_call_param",
        "chat_completion_message_function_tool_call",
        "chat_completion_message_function_tool_call_param",
        "chat_completion_message_param",
        "chat_completion_message_tool_call",
        "chat_completion_message_tool_call_param",
        "chat_completion_message_tool_call_union_param",
        "chat_completion_modality",
        "chat_completion_named_tool_choice",
        "chat_completion_named_tool_choice_custom",
        "chat_completion_named_tool_choice_custom_param",
        "chat_completion_named_tool_choice_param",
        "chat_completion_prediction_content",
        "chat_completion_prediction_content_param",
        "chat_completion_reasoning_effort",
        "chat_completion_role",
        "chat_completion_store_message",
        "chat_completion_stream_options",
        "chat_completion_stream_options_param",
        "chat_completion_system_message_param",
        "chat_completion_token_logprob",
        "chat_completion_tool_choice_option",
        "chat_completion_tool_choice_option_param",
        "chat_completion_tool_message_param",
        "chat_completion_tool_param",
        "chat_completion_tool_union",
        "chat_completion_tool_union_param",
        "chat_completion_user_message_param",
        "completion_create_params",
        "completion_list_params",
        "completion_update_params",
        "completions",
        "parsed_chat_completion",
        "parsed_function_tool_call",
    )
)

__all__ = [
    "ChatCompletion",
    "ChatCompletionAllowedToolChoice",
    "ChatCompletionAllowedToolChoiceParam",
    "ChatCompletionAllowedTools",
    "ChatCompletionAllowedToolsParam",
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionAudio",
    "ChatCompletionAudioParam",
    "ChatCompletionChunk",
    "ChatCompletionContentPart",
    "ChatCompletionContentPartImage",
    "ChatCompletionContentPartImageParam",
    "ChatCompletionContentPartInputAudio",
    "ChatCompletionContentPartInputAudioParam",
    "ChatCompletionContentPartParam",
    "ChatCompletionContentPartRefusal",
    "ChatCompletionContentPartRefusalParam",
    "ChatCompletionContentPartText",
    "ChatCompletionContentPartTextParam",
    "ChatCompletionCustomTool",
    "ChatCompletionCustomToolParam",
    "ChatCompletionDeleted",
    "ChatCompletionDeveloperMessageParam",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctionCallOptionParam",
    "ChatCompletionFunctionMessageParam",
    "ChatCompletionFunctionTool",
    "ChatCompletionFunctionToolParam",
    "ChatCompletionMessage",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageCustomToolCallParam",
    "ChatCompletionMessageFunctionToolCall",
    "ChatCompletionMessageFunctionToolCallParam",
    "ChatCompletionMessageParam",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionMessageToolCallUnion",
    "ChatCompletionMessageToolCallUnionParam",
    "ChatCompletionModality",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceCustom",
    "ChatCompletionNamedToolChoiceCustomParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionPredictionContent",
    "ChatCompletionPredictionContentParam",
    "ChatCompletionReasoningEffort",
    "ChatCompletionRole",
    "ChatCompletionStoreMessage",
    "ChatCompletionStreamOptions",
    "ChatCompletionStreamOptionsParam",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionTokenLogprob",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionToolMessageParam",
    "ChatCompletionToolParam",
    "ChatCompletionToolUnion",
    "ChatCompletionToolUnionParam",
    "ChatCompletionUserMessageParam",
    "CompletionCreateParams",
    "CompletionListParams",
    "CompletionUpdateParams",
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
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
