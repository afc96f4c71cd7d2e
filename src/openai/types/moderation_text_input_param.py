# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ModerationTextInputParam"]


class ModerationTextInputParam(TypedDict, total=False):
    """An object describing text to classify."""

    type: Required[Literal["text"]]
    """Always `text`."""

    text: Required[str]
    """A string of text to classify."""
