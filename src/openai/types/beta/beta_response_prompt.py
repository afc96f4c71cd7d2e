# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Optional

from typing_extensions import Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .beta_response_input_file import BetaResponseInputFile
from .beta_response_input_text import BetaResponseInputText
from .beta_response_input_image import BetaResponseInputImage

__all__ = ["BetaResponsePrompt", "Variables"]


class BetaResponsePrompt(BaseModel):
    """
    Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    id: str
    """The unique identifier of the prompt template to use."""

    version: Optional[str] = None
    """Optional version of the prompt template."""

    variables: Optional[Dict[str, Union[str, BetaResponseInputText, BetaResponseInputImage, BetaResponseInputFile]]] = (
        None
    )
    """
    Optional map of values to substitute in for variables in your
    prompt. The substitution values can either be strings, or other
    Response input types like images or files.
    """


Variables: TypeAlias = Annotated[
    Union[BetaResponseInputText, BetaResponseInputImage, BetaResponseInputFile], PropertyInfo(discriminator="type")
]
