# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..responses.response_input_audio_param import ResponseInputAudioParam
from ..responses.response_input_text_content_param import ResponseInputTextContentParam

__all__ = [
    "GraderInputsParam",
    "GraderInputsParamItem",
    "GraderInputsParamItemOutputText",
    "GraderInputsParamItemInputImage",
]


class GraderInputsParamItemOutputText(TypedDict, total=False):
    """A text output from the model."""

    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""

    text: Required[str]
    """The text output from the model."""


class GraderInputsParamItemInputImage(TypedDict, total=False):
    """An image input block used within EvalItem content arrays."""

    type: Required[Literal["input_image"]]
    """The type of the image input. Always `input_image`."""

    image_url: Required[str]
    """The URL of the image input."""

    detail: str
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""


GraderInputsParamItem: TypeAlias = Union[
    str,
    ResponseInputTextContentParam,
    GraderInputsParamItemOutputText,
    GraderInputsParamItemInputImage,
    ResponseInputAudioParam,
]


GraderInputsParam: TypeAlias = Iterable[GraderInputsParamItem]
