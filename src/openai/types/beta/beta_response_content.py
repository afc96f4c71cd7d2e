# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .beta_response_output_text import BetaResponseOutputText
from .beta_response_input_content import BetaResponseInputContent
from .beta_response_output_refusal import BetaResponseOutputRefusal

__all__ = ["BetaResponseContent", "BetaResponseContentOutputContentTypesReasoningText"]


class BetaResponseContentOutputContentTypesReasoningText(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""


BetaResponseContent: TypeAlias = Union[
    BetaResponseInputContent,
    Annotated[
        Union[BetaResponseOutputText, BetaResponseOutputRefusal, BetaResponseContentOutputContentTypesReasoningText],
        PropertyInfo(discriminator="type"),
    ],
]
