# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._models import PropertyInfo
from ..input_text_content import InputTextContent
from .response_input_file_content import ResponseInputFileContent
from .response_input_image_content import ResponseInputImageContent

__all__ = ["ResponseFunctionCallOutputItem"]


ResponseFunctionCallOutputItem: TypeAlias = Annotated[
    Union[InputTextContent, ResponseInputImageContent, ResponseInputFileContent], PropertyInfo(discriminator="type")
]
