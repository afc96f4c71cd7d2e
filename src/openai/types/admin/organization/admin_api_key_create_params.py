# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["AdminAPIKeyCreateParams"]


class AdminAPIKeyCreateParams(TypedDict, total=False):
    name: Required[str]

    expires_in_seconds: int
    """The number of seconds until the API key expires. Omit this field for a key that does not expire."""
