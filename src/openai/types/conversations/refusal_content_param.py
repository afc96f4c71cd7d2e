# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["RefusalContentParam"]


class RefusalContentParam(TypedDict, total=False):
    """A refusal from the model."""

    type: Required[Literal["refusal"]]
    """The type of the refusal. Always `refusal`."""

    refusal: Required[str]
    """The refusal explanation from the model."""
