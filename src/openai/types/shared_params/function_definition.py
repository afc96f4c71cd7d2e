# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

from .function_parameters import FunctionParameters

__all__ = ["FunctionDefinition"]


class FunctionDefinition(TypedDict, total=False):
    description: str
    """A description of what the function does, used by the model to choose when and how to call the function."""

    name: Required[str]
    """
    The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum
    length of 64.
    """

    parameters: FunctionParameters
    """
    The parameters the functions accepts, described as a JSON Schema object. See the
    [guide](/docs/guides/function-calling) for examples, and the [JSON Schema
    reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.

    Omitting `parameters` defines a function with an empty parameter list.
    """

    strict: Optional[bool]
    """
    Whether to enable strict schema adherence when generating the function call. If set to true, the model will
    follow the exact schema defined in the `parameters` field. Only a subset of JSON Schema is supported when
    `strict` is `true`. Learn more about Structured Outputs in the [function calling
    guide](/docs/guides/function-calling).
    """
