# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .chat_completion import ChatCompletion as ChatCompletion
    from .chat_completion_role import ChatCompletionRole as ChatCompletionRole
    from .chat_completion_audio import ChatCompletionAudio as ChatCompletionAudio
    from .chat_completion_chunk import ChatCompletionChunk as ChatCompletionChunk
    from .chat_completion_deleted import ChatCompletionDeleted as ChatCompletionDeleted
    from .chat_completion_message import ChatCompletionMessage as ChatCompletionMessage
    from .chat_completion_modality import ChatCompletionModality as ChatCompletionModality
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
    from .chat_completion_content_part_text import ChatCompletionContentPartText as ChatCompletionContentPartText
    from .chat_completion_message_tool_call import (
        ChatCompletionMessageToolCallUnion as ChatCompletionMessageToolCallUnion,
    )
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoice
    from .chat_completion_content_part_image import ChatCompletionContentPartImage as ChatCompletionContentPartImage
    from .chat_completion_prediction_content import ChatCompletionPredictionContent as ChatCompletionPredictionContent
    from .chat_completion_tool_choice_option import ChatCompletionToolChoiceOption as ChatCompletionToolChoiceOption
    from .chat_completion_tool_message_param import ChatCompletionToolMessageParam as ChatCompletionToolMessageParam
    from .chat_completion_user_message_param import ChatCompletionUserMessageParam as ChatCompletionUserMessageParam
    from .chat_completion_allowed_tool_choice import ChatCompletionAllowedToolChoice as ChatCompletionAllowedToolChoice
    from .chat_completion_content_part_refusal import (
        ChatCompletionContentPartRefusal as ChatCompletionContentPartRefusal,
    )
    from .chat_completion_function_call_option import (
        ChatCompletionFunctionCallOption as ChatCompletionFunctionCallOption,
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
    from .chat_completion_developer_message_param import (
        ChatCompletionDeveloperMessageParam as ChatCompletionDeveloperMessageParam,
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
    from .chat_completion_message_function_tool_call import (
        ChatCompletionMessageFunctionToolCall as ChatCompletionMessageFunctionToolCall,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "ChatCompletion": ".chat_completion",
    "ChatCompletionAllowedToolChoice": ".chat_completion_allowed_tool_choice",
    "ChatCompletionAllowedTools": ".chat_completion_allowed_tools",
    "ChatCompletionAssistantMessageParam": ".chat_completion_assistant_message_param",
    "ChatCompletionAudio": ".chat_completion_audio",
    "ChatCompletionAudioParam": ".chat_completion_audio_param",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionContentPart": ".chat_completion_content_part",
    "ChatCompletionContentPartImage": ".chat_completion_content_part_image",
    "ChatCompletionContentPartInputAudio": ".chat_completion_content_part_input_audio",
    "ChatCompletionContentPartRefusal": ".chat_completion_content_part_refusal",
    "ChatCompletionContentPartText": ".chat_completion_content_part_text",
    "ChatCompletionCustomTool": ".chat_completion_custom_tool",
    "ChatCompletionDeleted": ".chat_completion_deleted",
    "ChatCompletionDeveloperMessageParam": ".chat_completion_developer_message_param",
    "ChatCompletionFunctionCallOption": ".chat_completion_function_call_option",
    "ChatCompletionFunctionMessageParam": ".chat_completion_function_message_param",
    "ChatCompletionFunctionTool": ".chat_completion_function_tool",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionMessageCustomToolCall": ".chat_completion_message_custom_tool_call",
    "ChatCompletionMessageFunctionToolCall": ".chat_completion_message_function_tool_call",
    "ChatCompletionMessageParam": ".chat_completion_message_param",
    "ChatCompletionMessageToolCallUnion": ".chat_completion_message_tool_call",
    "ChatCompletionModality": ".chat_completion_modality",
    "ChatCompletionNamedToolChoice": ".chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceCustom": ".chat_completion_named_tool_choice_custom",
    "ChatCompletionPredictionContent": ".chat_completion_prediction_content",
    "ChatCompletionReasoningEffort": ".chat_completion_reasoning_effort",
    "ChatCompletionRole": ".chat_completion_role",
    "ChatCompletionStoreMessage": ".chat_completion_store_message",
    "ChatCompletionStreamOptions": ".chat_completion_stream_options",
    "ChatCompletionSystemMessageParam": ".chat_completion_system_message_param",
    "ChatCompletionTokenLogprob": ".chat_completion_token_logprob",
    "ChatCompletionToolChoiceOption": ".chat_completion_tool_choice_option",
    "ChatCompletionToolMessageParam": ".chat_completion_tool_message_param",
    "ChatCompletionToolUnion": ".chat_completion_tool_union",
    "ChatCompletionUserMessageParam": ".chat_completion_user_message_param",
}
_SUBPACKAGES: frozenset[str] = frozenset(("completions",))

__all__ = [
    "ChatCompletion",
    "ChatCompletionAllowedToolChoice",
    "ChatCompletionAllowedTools",
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionAudio",
    "ChatCompletionAudioParam",
    "ChatCompletionChunk",
    "ChatCompletionContentPart",
    "ChatCompletionContentPartImage",
    "ChatCompletionContentPartInputAudio",
    "ChatCompletionContentPartRefusal",
    "ChatCompletionContentPartText",
    "ChatCompletionCustomTool",
    "ChatCompletionDeleted",
    "ChatCompletionDeveloperMessageParam",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctionMessageParam",
    "ChatCompletionFunctionTool",
    "ChatCompletionMessage",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageFunctionToolCall",
    "ChatCompletionMessageParam",
    "ChatCompletionMessageToolCallUnion",
    "ChatCompletionModality",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceCustom",
    "ChatCompletionPredictionContent",
    "ChatCompletionReasoningEffort",
    "ChatCompletionRole",
    "ChatCompletionStoreMessage",
    "ChatCompletionStreamOptions",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionTokenLogprob",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionToolMessageParam",
    "ChatCompletionToolUnion",
    "ChatCompletionUserMessageParam",
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
