# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union

from typing_extensions import Required, TypeAlias, TypedDict

from ...graders.multi_grader_param import MultiGraderParam
from ...graders.python_grader_param import PythonGraderParam
from ...graders.score_model_grader_param import ScoreModelGraderParam
from ...graders.string_check_grader_param import StringCheckGraderParam
from ...graders.text_similarity_grader_param import TextSimilarityGraderParam

__all__ = ["GraderRunParams", "Grader"]


class GraderRunParams(TypedDict, total=False):
    grader: Required[
        Union[
            StringCheckGraderParam,
            TextSimilarityGraderParam,
            PythonGraderParam,
            ScoreModelGraderParam,
            MultiGraderParam,
        ]
    ]
    """The grader used for the fine-tuning job."""

    item: Dict[str, object]
    """
    The dataset item provided to the grader. This will be used to populate
    the `item` namespace. See [the guide](/docs/guides/graders) for more details.
    """

    model_sample: Required[str]
    """
    The model sample to be evaluated. This value will be used to populate
    the `sample` namespace. See [the guide](/docs/guides/graders) for more details.
    The `output_json` variable will be populated if the model sample is a
    valid JSON string.
    """


Grader: TypeAlias = Union[
    StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam, MultiGraderParam
]
