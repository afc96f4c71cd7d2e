# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ResponseFormatTextGrammar"]


class ResponseFormatTextGrammar(BaseModel):
    """
    A custom grammar for the model to follow when generating text.
    Learn more in the [custom grammars guide](/docs/guides/custom-grammars).
    """

    type: Literal["grammar"]
    """The type of response format being defined. Always `grammar`."""

    grammar: str
    """The custom grammar for the model to follow."""
