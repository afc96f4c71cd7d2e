# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .beta_model_ids_responses_param import BetaModelIdsResponsesParam

__all__ = ["BetaModelIdsCompactionParam"]


BetaModelIdsCompactionParam: TypeAlias = Union[BetaModelIdsResponsesParam, str]
