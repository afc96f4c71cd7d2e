# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._models import PropertyInfo
from ..beta_input_text_content import BetaInputTextContent
from .beta_response_input_file_content import BetaResponseInputFileContent
from .beta_response_input_image_content import BetaResponseInputImageContent

__all__ = ["BetaResponseFunctionCallOutputItem"]


BetaResponseFunctionCallOutputItem: TypeAlias = Annotated[
    Union[BetaInputTextContent, BetaResponseInputImageContent, BetaResponseInputFileContent],
    PropertyInfo(discriminator="type"),
]
