# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["VoiceConsentUpdateParams"]


class VoiceConsentUpdateParams(TypedDict, total=False):
    name: Required[str]
    """The updated label for this consent recording."""
