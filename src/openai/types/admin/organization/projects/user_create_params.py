# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

__all__ = ["UserCreateParams"]


class UserCreateParams(TypedDict, total=False):
    user_id: Optional[str]
    """The ID of the user."""

    email: Optional[str]
    """Email of the user to add."""

    role: Required[str]
    """`owner` or `member`"""
