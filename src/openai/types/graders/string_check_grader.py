# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["StringCheckGrader"]


class StringCheckGrader(BaseModel):
    """
    A StringCheckGrader object that performs a string comparison between input and reference using a specified
    operation.
    """

    type: Literal["string_check"]
    """The object type, which is always `string_check`."""

    name: str
    """The name of the grader."""

    input: str
    """The input text. This may include template strings."""

    reference: str
    """The reference text. This may include template strings."""

    operation: Literal["eq", "ne", "like", "ilike"]
    """The string check operation to perform. One of `eq`, `ne`, `like`, or `ilike`."""
