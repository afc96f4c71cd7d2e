# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, TypeAlias

__all__ = ["BetaReasoningModeEnum"]


BetaReasoningModeEnum: TypeAlias = Union[str, Literal["standard", "pro"]]
