# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["RealtimeConnectParams"]


class RealtimeConnectParams(TypedDict, total=False):
    model: Required[str]
    """The Realtime model to connect to."""
