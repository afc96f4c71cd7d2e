# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated

from .._models import BaseModel, PropertyInfo
from .beta.beta_image_detail import BetaImageDetail
from .beta.beta_response_input_file import BetaResponseInputFile
from .beta.beta_response_input_text import BetaResponseInputText
from .beta.beta_response_input_image import BetaResponseInputImage
from .beta.beta_response_output_text import BetaResponseOutputText
from .beta.beta_response_output_refusal import BetaResponseOutputRefusal

__all__ = [
    "BetaMessage",
    "Agent",
    "ContentText",
    "ContentSummaryText",
    "ContentReasoningText",
    "ContentComputerScreenshot",
    "ContentComputerScreenshotPromptCacheBreakpoint",
    "ContentEncryptedContent",
]


class Agent(BaseModel):
    agent_name: str
    """The canonical name of the agent that produced this item."""


class ContentText(BaseModel):
    """A text content."""

    type: Literal["text"]

    text: str


class ContentSummaryText(BaseModel):
    """A summary text from the model."""

    type: Literal["summary_text"]
    """The type of the object. Always `summary_text`."""

    text: str
    """A summary of the reasoning output from the model so far."""


class ContentReasoningText(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""


class ContentComputerScreenshotPromptCacheBreakpoint(BaseModel):
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """

    mode: Literal["explicit"]
    """The breakpoint mode. Always `explicit`."""


class ContentComputerScreenshot(BaseModel):
    """A screenshot of a computer."""

    type: Literal["computer_screenshot"]
    """Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`."""

    image_url: Optional[str] = None
    """The URL of the screenshot image."""

    file_id: Optional[str] = None
    """The identifier of an uploaded file that contains the screenshot."""

    detail: BetaImageDetail
    """
    The detail level of the screenshot image to be sent to the model. One of `high`, `low`, `auto`, or `original`.
    Defaults to `auto`.
    """

    prompt_cache_breakpoint: Optional[ContentComputerScreenshotPromptCacheBreakpoint] = None
    """
    Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL from the request's
    `prompt_cache_options.ttl`; the boundary is not rounded to a token block.
    """


class ContentEncryptedContent(BaseModel):
    """Opaque encrypted content that Responses API decrypts inside trusted model execution."""

    type: Literal["encrypted_content"]
    """The type of the input item. Always `encrypted_content`."""

    encrypted_content: str
    """Opaque encrypted content."""


class BetaMessage(BaseModel):
    """A message to or from the model."""

    agent: Optional[Agent] = None
    """The agent that produced this item."""

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

    content: List[
        Annotated[
            Union[
                BetaResponseInputText,
                BetaResponseOutputText,
                ContentText,
                ContentSummaryText,
                ContentReasoningText,
                BetaResponseOutputRefusal,
                BetaResponseInputImage,
                ContentComputerScreenshot,
                BetaResponseInputFile,
                ContentEncryptedContent,
            ],
            PropertyInfo(discriminator="type"),
        ]
    ]
    """The content of the message"""

    phase: Optional[Literal["commentary", "final_answer"]] = None
