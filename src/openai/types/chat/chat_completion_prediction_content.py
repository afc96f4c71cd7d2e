# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Literal

from ..._models import BaseModel
from .chat_completion_content_part_text import ChatCompletionContentPartText

__all__ = ["ChatCompletionPredictionContent"]


class ChatCompletionPredictionContent(BaseModel):
    """
    Static predicted output content, such as the content of a text file that is
    being regenerated.
    """

    type: Literal["content"]
    """
    The type of the predicted content you want to provide. This type is
    currently always `content`.
    """

    content: Union[str, List[ChatCompletionContentPartText]]
    """
    The content that should be matched when generating a model response.
    If generated tokens would match this content, the entire model response
    can be returned much more quickly.
    """
