# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from pydantic import Field as FieldInfo
from typing_extensions import Literal, Annotated, TypeAlias

from .._models import BaseModel, PropertyInfo
from .shared.metadata import Metadata
from .eval_item_content import EvalItemContent
from .eval_grader_label_model import EvalGraderLabelModel
from .eval_grader_string_check import EvalGraderStringCheck
from .create_eval_label_model_grader import CreateEvalLabelModelGrader
from .eval_custom_data_source_config import EvalCustomDataSourceConfig
from .chat.chat_completion_reasoning_effort import ChatCompletionReasoningEffort
from .eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig

__all__ = [
    "DataSourceConfigLogs",
    "DataSourceConfig",
    "TestingCriterionEvalGraderTextSimilarity",
    "TestingCriterionEvalGraderPython",
    "TestingCriterionEvalGraderScoreModelSamplingParams",
    "TestingCriterionEvalGraderScoreModelInput",
    "TestingCriterionEvalGraderScoreModel",
    "EvalUpdateResponse",
    "TestingCriterion",
]


class DataSourceConfigLogs(BaseModel):
    """
    A LogsDataSourceConfig which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    The schema returned by this data source config is used to defined what variables are available in your evals.
    `item` and `sample` are both defined when using this data source config.
    """

    type: Literal["logs"]
    """The type of data source. Always `logs`."""

    metadata: Optional[Metadata] = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    schema_: Dict[str, object] = FieldInfo(alias="schema")
    """
    The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/).
    """


DataSourceConfig: TypeAlias = Annotated[
    Union[EvalCustomDataSourceConfig, DataSourceConfigLogs, EvalStoredCompletionsDataSourceConfig],
    PropertyInfo(discriminator="type"),
]


class TestingCriterionEvalGraderTextSimilarity(BaseModel):
    """A TextSimilarityGrader object which grades text based on similarity metrics."""

    type: Literal["text_similarity"]
    """The type of grader."""

    name: str
    """The name of the grader."""

    input: str
    """The text being graded."""

    reference: str
    """The text being graded against."""

    evaluation_metric: Literal[
        "cosine",
        "fuzzy_match",
        "bleu",
        "gleu",
        "meteor",
        "rouge_1",
        "rouge_2",
        "rouge_3",
        "rouge_4",
        "rouge_5",
        "rouge_l",
    ]
    """
    The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    or `rouge_l`.
    """

    pass_threshold: float
    """The threshold for the score."""


class TestingCriterionEvalGraderPython(BaseModel):
    """A PythonGrader object that runs a python script on the input."""

    type: Literal["python"]
    """The object type, which is always `python`."""

    name: str
    """The name of the grader."""

    source: str
    """The source code of the python script."""

    image_tag: Optional[str] = None
    """The image tag to use for the python script."""

    pass_threshold: Optional[float] = None
    """The threshold for the score."""


class TestingCriterionEvalGraderScoreModelSamplingParams(BaseModel):
    """The sampling parameters for the model."""

    seed: Optional[int] = None
    """A seed value to initialize the randomness, during sampling."""

    top_p: Optional[float] = None
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    temperature: Optional[float] = None
    """A higher temperature increases randomness in the outputs."""

    max_completions_tokens: Optional[int] = None
    """The maximum number of tokens the grader model may generate in its response."""

    reasoning_effort: Optional[ChatCompletionReasoningEffort] = None
    """
    Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """


class TestingCriterionEvalGraderScoreModelInput(BaseModel):
    """
    A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role. Messages with the
    `assistant` role are presumed to have been generated by the model in previous
    interactions.
    """

    role: Literal["user", "assistant", "system", "developer"]
    """
    The role of the message input. One of `user`, `assistant`, `system`, or
    `developer`.
    """

    content: EvalItemContent
    """
    Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio,
    either as a single item or an array of items.
    """

    type: Optional[Literal["message"]] = None
    """The type of the message input. Always `message`."""


class TestingCriterionEvalGraderScoreModel(BaseModel):
    """A ScoreModelGrader object that uses a model to assign a score to the input."""

    type: Literal["score_model"]
    """The object type, which is always `score_model`."""

    name: str
    """The name of the grader."""

    model: str
    """The model to use for the evaluation."""

    sampling_params: Optional[TestingCriterionEvalGraderScoreModelSamplingParams] = None
    """The sampling parameters for the model."""

    input: List[TestingCriterionEvalGraderScoreModelInput]
    """
    The input messages evaluated by the grader. Supports text, output text, input image, and input audio content
    blocks, and may include template strings.
    """

    range: Optional[List[float]] = None
    """The range of the score. Defaults to `[0, 1]`."""

    pass_threshold: Optional[float] = None
    """The threshold for the score."""


class EvalUpdateResponse(BaseModel):
    """
    An Eval object with a data source config and testing criteria.
    An Eval represents a task to be done for your LLM integration.
    Like:
     - Improve the quality of my chatbot
     - See how well my chatbot handles customer support
     - Check if o4-mini is better at my usecase than gpt-4o
    """

    object: Literal["eval"]
    """The object type."""

    id: str
    """Unique identifier for the evaluation."""

    name: str
    """The name of the evaluation."""

    data_source_config: DataSourceConfig
    """Configuration of data sources used in runs of the evaluation."""

    testing_criteria: List[
        Annotated[
            Union[
                EvalGraderLabelModel,
                EvalGraderStringCheck,
                TestingCriterionEvalGraderTextSimilarity,
                TestingCriterionEvalGraderPython,
                TestingCriterionEvalGraderScoreModel,
            ],
            PropertyInfo(discriminator="type"),
        ]
    ]
    """A list of testing criteria."""

    created_at: int
    """The Unix timestamp (in seconds) for when the eval was created."""

    metadata: Optional[Metadata] = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """


TestingCriterion: TypeAlias = Annotated[
    Union[
        CreateEvalLabelModelGrader,
        EvalGraderStringCheck,
        TestingCriterionEvalGraderTextSimilarity,
        TestingCriterionEvalGraderPython,
        TestingCriterionEvalGraderScoreModel,
    ],
    PropertyInfo(discriminator="type"),
]
