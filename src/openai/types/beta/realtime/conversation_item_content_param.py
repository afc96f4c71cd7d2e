# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

__all__ = ["ConversationItemContentParam"]


class ConversationItemContentParam(TypedDict, total=False):
    type: Literal["input_audio", "input_text", "item_reference", "text"]
    """The content type (`input_text`, `input_audio`, `item_reference`, `text`)."""

    text: str
    """The text content, used for `input_text` and `text` content types."""

    id: str
    """
    ID of a previous conversation item to reference (for `item_reference`
    content types in `response.create` events). These can reference both
    client and server created items.
    """

    audio: str
    """Base64-encoded audio bytes, used for `input_audio` content type."""

    transcript: str
    """The transcript of the audio, used for `input_audio` content type."""
