# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import TypeAlias

from .response_input_file_param import ResponseInputFileParam
from .response_input_text_content_param import ResponseInputTextContentParam
from .response_input_image_content_param import ResponseInputImageContentParam

__all__ = ["ResponseInputMessageContentListParam", "ResponseInputContentParam"]


ResponseInputContentParam: TypeAlias = Union[
    ResponseInputTextContentParam, ResponseInputImageContentParam, ResponseInputFileParam
]


ResponseInputMessageContentListParam: TypeAlias = Iterable[ResponseInputContentParam]
