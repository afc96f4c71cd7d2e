# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Iterable

from typing_extensions import TypeAlias

from .beta_response_input_file_param import BetaResponseInputFileParam
from .beta_response_input_text_content_param import BetaResponseInputTextContentParam
from .beta_response_input_image_content_param import BetaResponseInputImageContentParam

__all__ = ["BetaResponseInputMessageContentListParam", "BetaResponseInputContentParam"]


BetaResponseInputContentParam: TypeAlias = Union[
    BetaResponseInputTextContentParam, BetaResponseInputImageContentParam, BetaResponseInputFileParam
]


BetaResponseInputMessageContentListParam: TypeAlias = Iterable[BetaResponseInputContentParam]
