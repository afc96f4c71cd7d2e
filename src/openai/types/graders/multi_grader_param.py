# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .python_grader_param import PythonGraderParam
from .label_model_grader_param import LabelModelGraderParam
from .score_model_grader_param import ScoreModelGraderParam
from .string_check_grader_param import StringCheckGraderParam
from .text_similarity_grader_param import TextSimilarityGraderParam

__all__ = ["MultiGraderParam", "Graders"]


class MultiGraderParam(TypedDict, total=False):
    """A MultiGrader object combines the output of multiple graders to produce a single score."""

    type: Required[Literal["multi"]]
    """The object type, which is always `multi`."""

    name: Required[str]
    """The name of the grader."""

    graders: Required[Graders]

    calculate_output: Required[str]
    """A formula to calculate the output based on grader results."""


Graders: TypeAlias = Union[
    StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam, LabelModelGraderParam
]
