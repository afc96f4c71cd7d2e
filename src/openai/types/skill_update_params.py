# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["SkillUpdateParams"]


class SkillUpdateParams(TypedDict, total=False):
    """Updates the default version pointer for a skill."""

    default_version: Required[str]
    """The skill version number to set as default."""
