# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["RunStepInclude"]


RunStepInclude: TypeAlias = Literal["step_details.tool_calls[*].file_search.results[*].content"]
