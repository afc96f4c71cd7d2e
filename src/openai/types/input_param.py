# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .responses.response_input_param import ResponseInputParam

__all__ = ["InputParam"]


InputParam: TypeAlias = Union[str, ResponseInputParam]
