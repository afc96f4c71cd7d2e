# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._models import PropertyInfo
from .chat_completion_custom_tool import ChatCompletionCustomTool
from .chat_completion_function_tool import ChatCompletionFunctionTool

__all__ = ["ChatCompletionToolUnion"]


ChatCompletionToolUnion: TypeAlias = Annotated[
    Union[ChatCompletionFunctionTool, ChatCompletionCustomTool], PropertyInfo(discriminator="type")
]
