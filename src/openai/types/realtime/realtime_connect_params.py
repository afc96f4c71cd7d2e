# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["RealtimeConnectParams"]


class RealtimeConnectParams(TypedDict, total=False):
    call_id: str
    """Attach to an existing call (SIP or WebRTC)."""

    model: str
    """The Realtime model to connect to."""
