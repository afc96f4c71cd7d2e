# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .beta.beta_response_input import BetaResponseInput

__all__ = ["BetaInput"]


BetaInput: TypeAlias = Union[str, BetaResponseInput]
