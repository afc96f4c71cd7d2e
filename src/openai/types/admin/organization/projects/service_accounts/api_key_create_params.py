# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

from ......_types import SequenceNotStr

__all__ = ["APIKeyCreateParams"]


class APIKeyCreateParams(TypedDict, total=False):
    """The service account API key create request payload."""

    project_id: Required[str]
    """The ID of the project."""

    name: str
    """API key name."""

    scopes: SequenceNotStr[str]
    """API key scopes."""
