# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._models import PropertyInfo
from .moderation_text_input import ModerationTextInput
from .moderation_image_url_input import ModerationImageURLInput

__all__ = ["ModerationMultiModalInput"]


ModerationMultiModalInput: TypeAlias = Annotated[
    Union[ModerationImageURLInput, ModerationTextInput], PropertyInfo(discriminator="type")
]
