# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, TypeAlias

from .._models import BaseModel
from .graders.grader_inputs import GraderInputs
from .responses.response_input_text import ResponseInputText
from .responses.response_input_audio import ResponseInputAudio

__all__ = ["EvalItemContent", "EvalItemContentEvalContentItemOutputText", "EvalItemContentEvalContentItemInputImage"]


class EvalItemContentEvalContentItemOutputText(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""


class EvalItemContentEvalContentItemInputImage(BaseModel):
    """An image input block used within EvalItem content arrays."""

    type: Literal["input_image"]
    """The type of the image input. Always `input_image`."""

    image_url: str
    """The URL of the image input."""

    detail: Optional[str] = None
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""


EvalItemContent: TypeAlias = Union[
    Union[
        str,
        ResponseInputText,
        EvalItemContentEvalContentItemOutputText,
        EvalItemContentEvalContentItemInputImage,
        ResponseInputAudio,
    ],
    GraderInputs,
]
