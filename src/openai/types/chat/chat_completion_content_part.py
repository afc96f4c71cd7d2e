# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._models import PropertyInfo
from .chat_completion_content_part_text import ChatCompletionContentPartText
from .chat_completion_content_part_image import ChatCompletionContentPartImage
from .chat_completion_content_part_input_audio import ChatCompletionContentPartInputAudio
from ..chat_completion_request_message_content_part_file import ChatCompletionRequestMessageContentPartFile

__all__ = ["ChatCompletionContentPart"]


ChatCompletionContentPart: TypeAlias = Annotated[
    Union[
        ChatCompletionContentPartText,
        ChatCompletionContentPartImage,
        ChatCompletionContentPartInputAudio,
        ChatCompletionRequestMessageContentPartFile,
    ],
    PropertyInfo(discriminator="type"),
]
