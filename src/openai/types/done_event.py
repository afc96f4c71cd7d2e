# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["DoneEvent"]


class DoneEvent(BaseModel):
    """Occurs when a stream ends."""

    event: Literal["done"]

    data: Literal["[DONE]"]
