# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .beta_inline_skill_source import BetaInlineSkillSource

__all__ = ["BetaInlineSkill"]


class BetaInlineSkill(BaseModel):
    type: Literal["inline"]
    """Defines an inline skill for this request."""

    name: str
    """The name of the skill."""

    description: str
    """The description of the skill."""

    source: BetaInlineSkillSource
    """Inline skill payload"""
