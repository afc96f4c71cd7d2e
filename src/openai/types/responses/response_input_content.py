# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._models import PropertyInfo
from ..conversations.input_file_content import InputFileContent
from ..conversations.input_text_content import InputTextContent
from ..conversations.input_image_content import InputImageContent

__all__ = ["ResponseInputContent"]


ResponseInputContent: TypeAlias = Annotated[
    Union[InputTextContent, InputImageContent, InputFileContent], PropertyInfo(discriminator="type")
]
