# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ..responses.response_output_refusal_param import ResponseOutputRefusalParam

__all__ = ["RefusalContentParam"]


RefusalContentParam: TypeAlias = ResponseOutputRefusalParam
