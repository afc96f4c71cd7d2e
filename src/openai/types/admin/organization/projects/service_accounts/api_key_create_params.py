# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

from ......_types import SequenceNotStr

__all__ = ["ApiKeyCreateParams", "APIKeyCreateParams"]


class ApiKeyCreateParams(TypedDict, total=False):
    """The service account API key create request payload."""

    name: str
    """API key name."""

    scopes: SequenceNotStr[str]
    """API key scopes."""


class APIKeyCreateParams(TypedDict, total=False):
    """The service account API key create request payload."""

    name: str
    """API key name."""

    scopes: SequenceNotStr[str]
    """API key scopes."""
