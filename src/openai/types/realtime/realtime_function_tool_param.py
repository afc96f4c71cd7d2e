# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict

from typing_extensions import Literal, TypedDict

__all__ = ["RealtimeFunctionToolParam"]


class RealtimeFunctionToolParam(TypedDict, total=False):
    type: Literal["function"]
    """The type of the tool, i.e. `function`."""

    name: str
    """The name of the function."""

    description: str
    """
    The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything).
    """

    parameters: Dict[str, object]
    """Parameters of the function in JSON Schema."""
