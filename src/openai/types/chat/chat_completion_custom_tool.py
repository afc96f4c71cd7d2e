# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo

__all__ = [
    "ChatCompletionCustomTool",
    "Custom",
    "CustomFormatText",
    "CustomFormatGrammar",
    "CustomFormatGrammarGrammar",
    "CustomFormat",
]


class CustomFormatText(BaseModel):
    """Unconstrained free-form text."""

    type: Literal["text"]
    """Unconstrained text format. Always `text`."""


class CustomFormatGrammarGrammar(BaseModel):
    """Your chosen grammar."""

    definition: str
    """The grammar definition."""

    syntax: Literal["lark", "regex"]
    """The syntax of the grammar definition. One of `lark` or `regex`."""


class CustomFormatGrammar(BaseModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""

    grammar: CustomFormatGrammarGrammar
    """Your chosen grammar."""


CustomFormat: TypeAlias = Annotated[Union[CustomFormatText, CustomFormatGrammar], PropertyInfo(discriminator="type")]


class Custom(BaseModel):
    """Properties of the custom tool."""

    name: str
    """The name of the custom tool, used to identify it in tool calls."""

    description: Optional[str] = None
    """Optional description of the custom tool, used to provide more context."""

    format: Optional[CustomFormat] = None
    """The input format for the custom tool. Default is unconstrained text."""


class ChatCompletionCustomTool(BaseModel):
    """A custom tool that processes input using a specified format."""

    type: Literal["custom"]
    """The type of the custom tool. Always `custom`."""

    custom: Custom
    """Properties of the custom tool."""
