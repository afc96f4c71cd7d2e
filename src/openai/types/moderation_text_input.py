# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ModerationTextInput"]


class ModerationTextInput(BaseModel):
    """An object describing text to classify."""

    type: Literal["text"]
    """Always `text`."""

    text: str
    """A string of text to classify."""
