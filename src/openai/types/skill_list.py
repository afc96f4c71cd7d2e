# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .skill import Skill
from .._models import BaseModel

__all__ = ["SkillList"]


class SkillList(BaseModel):
    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: List[Skill]
    """A list of items"""

    first_id: Optional[str] = None
    """The ID of the first item in the list."""

    last_id: Optional[str] = None
    """The ID of the last item in the list."""

    has_more: bool
    """Whether there are more items available."""
