# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["BetaLocalSkillParam"]


class BetaLocalSkillParam(TypedDict, total=False):
    name: Required[str]
    """The name of the skill."""

    description: Required[str]
    """The description of the skill."""

    path: Required[str]
    """The path to the directory containing the skill."""
