# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .shared_params.responses_model import ResponsesModel

__all__ = ["ModelIdsCompactionParam"]


ModelIdsCompactionParam: TypeAlias = Union[ResponsesModel, str]
