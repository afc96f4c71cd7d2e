# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from .beta_inline_skill_source_param import BetaInlineSkillSourceParam

__all__ = ["BetaInlineSkillParam"]


class BetaInlineSkillParam(TypedDict, total=False):
    type: Required[Literal["inline"]]
    """Defines an inline skill for this request."""

    name: Required[str]
    """The name of the skill."""

    description: Required[str]
    """The description of the skill."""

    source: Required[BetaInlineSkillSourceParam]
    """Inline skill payload"""
