# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["CallReferParams"]


class CallReferParams(TypedDict, total=False):
    """
    Parameters required to transfer a SIP call to a new destination using the
    Realtime API.
    """

    target_uri: Required[str]
    """
    URI that should appear in the SIP Refer-To header. Supports values like
    `tel:+14155550123` or `sip:agent@example.com`.
    """
