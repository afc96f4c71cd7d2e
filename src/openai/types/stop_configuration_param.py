# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Optional

from typing_extensions import TypeAlias

from .._types import SequenceNotStr

__all__ = ["StopConfigurationParam"]


StopConfigurationParam: TypeAlias = Optional[Union[str, SequenceNotStr[str]]]
