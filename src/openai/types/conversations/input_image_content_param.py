# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ..responses.response_input_image_param import ResponseInputImageParam

__all__ = ["InputImageContentParam"]


InputImageContentParam: TypeAlias = ResponseInputImageParam
