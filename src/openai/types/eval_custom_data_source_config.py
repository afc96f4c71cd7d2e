# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict

from pydantic import Field as FieldInfo
from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["EvalCustomDataSourceConfig"]


class EvalCustomDataSourceConfig(BaseModel):
    """
    A CustomDataSourceConfig which specifies the schema of your `item` and optionally `sample` namespaces.
    The response schema defines the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run
    """

    type: Literal["custom"]
    """The type of data source. Always `custom`."""

    schema_: Dict[str, object] = FieldInfo(alias="schema")
    """
    The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/).
    """
