# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["ChatSessionStatus"]


ChatSessionStatus: TypeAlias = Literal["active", "expired", "cancelled"]
