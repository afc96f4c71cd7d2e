# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel
from .inline_skill_source import InlineSkillSource

__all__ = ["InlineSkill"]


class InlineSkill(BaseModel):
    type: Literal["inline"]
    """Defines an inline skill for this request."""

    name: str
    """The name of the skill."""

    description: str
    """The description of the skill."""

    source: InlineSkillSource
    """Inline skill payload"""
