# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ..responses.response_input_text_param import ResponseInputTextParam

__all__ = ["InputTextContentParam"]


InputTextContentParam: TypeAlias = ResponseInputTextParam
