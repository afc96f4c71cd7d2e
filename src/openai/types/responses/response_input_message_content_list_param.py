# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import TypeAlias

from ..conversations.input_file_content_param import InputFileContentParam
from ..conversations.input_text_content_param import InputTextContentParam
from ..conversations.input_image_content_param import InputImageContentParam

__all__ = ["ResponseInputMessageContentListParam", "ResponseInputContentParam"]


ResponseInputContentParam: TypeAlias = Union[InputTextContentParam, InputImageContentParam, InputFileContentParam]


ResponseInputMessageContentListParam: TypeAlias = Iterable[ResponseInputContentParam]
