# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["PythonGrader"]


class PythonGrader(BaseModel):
    """A PythonGrader object that runs a python script on the input."""

    type: Literal["python"]
    """The object type, which is always `python`."""

    name: str
    """The name of the grader."""

    source: str
    """The source code of the python script."""

    image_tag: Optional[str] = None
    """The image tag to use for the python script."""
