# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo

__all__ = ["CustomToolInputFormat", "Text", "Grammar"]


class Text(BaseModel):
    """Unconstrained free-form text."""

    type: Literal["text"]
    """Unconstrained text format. Always `text`."""


class Grammar(BaseModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""

    syntax: Literal["lark", "regex"]
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: str
    """The grammar definition."""


CustomToolInputFormat: TypeAlias = Annotated[Union[Text, Grammar], PropertyInfo(discriminator="type")]
