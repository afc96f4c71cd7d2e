# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import TypeAlias

from .beta_response_input_item import BetaResponseInputItem

__all__ = ["BetaResponseInput"]


BetaResponseInput: TypeAlias = List[BetaResponseInputItem]
