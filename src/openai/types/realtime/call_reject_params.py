# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["CallRejectParams"]


class CallRejectParams(TypedDict, total=False):
    """Parameters used to decline an incoming SIP call handled by the Realtime API."""

    status_code: int
    """
    SIP response code to send back to the caller. Defaults to `603` (Decline)
    when omitted.
    """
