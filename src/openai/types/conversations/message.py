# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .text_content import TextContent
from .refusal_content import RefusalContent
from .input_file_content import InputFileContent
from .input_text_content import InputTextContent
from .input_image_content import InputImageContent
from .output_text_content import OutputTextContent
from .summary_text_content import SummaryTextContent
from .computer_screenshot_content import ComputerScreenshotContent

__all__ = ["Message", "Content", "ContentReasoningText"]


class ContentReasoningText(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""


Content: TypeAlias = Annotated[
    Union[
        InputTextContent,
        OutputTextContent,
        TextContent,
        SummaryTextContent,
        ContentReasoningText,
        RefusalContent,
        InputImageContent,
        ComputerScreenshotContent,
        InputFileContent,
    ],
    PropertyInfo(discriminator="type"),
]


class Message(BaseModel):
    """A message to or from the model."""

    type: Literal["message"]
    """The type of the message. Always set to `message`."""

    id: str
    """The unique ID of the message."""

    status: Literal["in_progress", "completed", "incomplete"]
    """
    The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated when items are returned via
    API.
    """

    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
    """
    The role of the message. One of `unknown`, `user`, `assistant`, `system`, `critic`, `discriminator`, `developer`,
    or `tool`.
    """

    content: List[Content]
    """The content of the message"""

    phase: Optional[Literal["commentary", "final_answer"]] = None
