# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from .admin_api_key import AdminAPIKey

__all__ = ["AdminAPIKeyCreateResponse"]


class AdminAPIKeyCreateResponse(AdminAPIKey):
    """The newly created admin API key. The `value` field is only returned once, when the key is created."""

    value: str
    """The value of the API key. Only shown on create."""
