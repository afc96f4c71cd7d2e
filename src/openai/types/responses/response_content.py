# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .response_output_text import ResponseOutputText
from .response_input_content import ResponseInputContent
from .response_output_refusal import ResponseOutputRefusal

__all__ = ["ResponseContent", "ResponseContentOutputContentTypesReasoningText"]


class ResponseContentOutputContentTypesReasoningText(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""


ResponseContent: TypeAlias = Union[
    ResponseInputContent,
    Annotated[
        Union[ResponseOutputText, ResponseOutputRefusal, ResponseContentOutputContentTypesReasoningText],
        PropertyInfo(discriminator="type"),
    ],
]
