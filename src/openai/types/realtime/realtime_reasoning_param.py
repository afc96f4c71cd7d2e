# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

__all__ = ["RealtimeReasoningParam"]


class RealtimeReasoningParam(TypedDict, total=False):
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    effort: Literal["minimal", "low", "medium", "high", "xhigh"]
    """
    Constrains effort on reasoning for reasoning-capable Realtime models such as
    `gpt-realtime-2`.
    """
