# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Optional

from typing_extensions import Required, TypeAlias, TypedDict

from .response_input_file_param import ResponseInputFileParam
from .response_input_text_content_param import ResponseInputTextContentParam
from .response_input_image_content_param import ResponseInputImageContentParam

__all__ = ["ResponsePromptParam", "Variables"]


class ResponsePromptParam(TypedDict, total=False):
    """
    Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    id: Required[str]
    """The unique identifier of the prompt template to use."""

    version: Optional[str]
    """Optional version of the prompt template."""

    variables: Optional[
        Dict[str, Union[str, ResponseInputTextContentParam, ResponseInputImageContentParam, ResponseInputFileParam]]
    ]
    """
    Optional map of values to substitute in for variables in your
    prompt. The substitution values can either be strings, or other
    Response input types like images or files.
    """


Variables: TypeAlias = Union[ResponseInputTextContentParam, ResponseInputImageContentParam, ResponseInputFileParam]
