# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ..responses.response_output_text import ResponseOutputText

__all__ = ["OutputTextContent"]


OutputTextContent: TypeAlias = ResponseOutputText
