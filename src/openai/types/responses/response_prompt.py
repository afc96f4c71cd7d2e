# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Optional

from typing_extensions import Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from ..conversations.input_file_content import InputFileContent
from ..conversations.input_text_content import InputTextContent
from ..conversations.input_image_content import InputImageContent

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

    variables: Optional[Dict[str, Union[str, InputTextContent, InputImageContent, InputFileContent]]] = None
    """
    Optional map of values to substitute in for variables in your
    prompt. The substitution values can either be strings, or other
    Response input types like images or files.
    """


Variables: TypeAlias = Annotated[
    Union[InputTextContent, InputImageContent, InputFileContent], PropertyInfo(discriminator="type")
]
