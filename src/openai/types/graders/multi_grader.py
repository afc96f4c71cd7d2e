# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .python_grader import PythonGrader
from .label_model_grader import LabelModelGrader
from .score_model_grader import ScoreModelGrader
from .string_check_grader import StringCheckGrader
from .text_similarity_grader import TextSimilarityGrader

__all__ = ["MultiGrader", "Graders"]


Graders: TypeAlias = Annotated[
    Union[StringCheckGrader, TextSimilarityGrader, PythonGrader, ScoreModelGrader, LabelModelGrader],
    PropertyInfo(discriminator="type"),
]


class MultiGrader(BaseModel):
    """A MultiGrader object combines the output of multiple graders to produce a single score."""

    type: Literal["multi"]
    """The object type, which is always `multi`."""

    name: str
    """The name of the grader."""

    graders: Graders

    calculate_output: str
    """A formula to calculate the output based on grader results."""
