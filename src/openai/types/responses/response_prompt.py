# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Optional

from typing_extensions import Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .response_input_file import ResponseInputFile
from .response_input_text import ResponseInputText
from .response_input_image import ResponseInputImage

__all__ = ["ResponsePrompt", "Variables"]


class ResponsePrompt(BaseModel):
    """
    Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    id: str
    """The unique identifier of the prompt template to use."""

    version: Optional[str] = None
    """Optional version of the prompt template."""

    variables: Optional[Dict[str, Union[str, ResponseInputText, ResponseInputImage, ResponseInputFile]]] = None
    """
    Optional map of values to substitute in for variables in your
    prompt. The substitution values can either be strings, or other
    Response input types like images or files.
    """


Variables: TypeAlias = Annotated[
    Union[ResponseInputText, ResponseInputImage, ResponseInputFile], PropertyInfo(discriminator="type")
]
