# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

__all__ = ["VersionListParams"]


class VersionListParams(TypedDict, total=False):
    limit: int
    """Number of versions to retrieve."""

    order: Literal["asc", "desc"]
    """Sort order of results by version number."""

    after: str
    """The skill version ID to start after."""
