# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["TextContentBlockParam"]


class TextContentBlockParam(TypedDict, total=False):
    """The text content that is part of a message."""

    type: Required[Literal["text"]]
    """Always `text`."""

    text: Required[str]
    """Text content to be sent to the model"""
