# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .._types import SequenceNotStr
from .create_eval_item_param import CreateEvalItemParam
from .shared_params.metadata import Metadata
from .eval_item_content_param import EvalItemContentParam
from .eval_grader_string_check_param import EvalGraderStringCheckParam
from .shared_params.reasoning_effort import ReasoningEffort
from .responses.easy_input_message_param import EasyInputMessageParam
from .responses.response_input_audio_param import ResponseInputAudioParam
from .responses.response_input_text_content_param import ResponseInputTextContentParam

__all__ = [
    "EvalCreateParams",
    "DataSourceConfig",
    "DataSourceConfigCustom",
    "DataSourceConfigLogs",
    "DataSourceConfigStoredCompletions",
    "TestingCriterion",
    "TestingCriterionLabelModel",
    "TestingCriterionTextSimilarity",
    "TestingCriterionPython",
    "TestingCriterionScoreModel",
    "TestingCriterionScoreModelSamplingParams",
    "TestingCriterionLabelModelInputEvalItem",
    "TestingCriterionLabelModelInput",
    "TestingCriterionLabelModelInputEvalItemContent",
    "TestingCriterionLabelModelInputEvalItemContentOutputText",
    "TestingCriterionLabelModelInputEvalItemContentInputImage",
    "TestingCriterionLabelModelInputSimpleInputMessage",
]


class EvalCreateParams(TypedDict, total=False):
    name: str
    """The name of the evaluation."""

    metadata: Optional[Metadata]
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """

    data_source_config: Required[DataSourceConfig]
    """
    The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the
    evaluation.
    """

    testing_criteria: Required[Iterable[TestingCriterion]]
    """
    A list of graders for all eval runs in this group. Graders can reference variables in the data source using
    double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample`
    namespace (ie, `{{sample.output_text}}`).
    """


class DataSourceConfigCustom(TypedDict, total=False):
    """
    A CustomDataSourceConfig object that defines the schema for the data source used for the evaluation runs.
    This schema is used to define the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run
    """

    type: Required[Literal["custom"]]
    """The type of data source. Always `custom`."""

    item_schema: Required[Dict[str, object]]
    """The json schema for each row in the data source."""

    include_sample_schema: bool
    """
    Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your data
    source)
    """


class DataSourceConfigLogs(TypedDict, total=False):
    """
    A data source config which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    """

    type: Required[Literal["logs"]]
    """The type of data source. Always `logs`."""

    metadata: Dict[str, object]
    """Metadata filters for the logs data source."""


class DataSourceConfigStoredCompletions(TypedDict, total=False):
    """
    Deprecated.

    Deprecated in favor of LogsDataSourceConfig.
    """

    type: Required[Literal["stored_completions"]]
    """The type of data source. Always `stored_completions`."""

    metadata: Dict[str, object]
    """Metadata filters for the stored completions data source."""


DataSourceConfig: TypeAlias = Union[DataSourceConfigCustom, DataSourceConfigLogs, DataSourceConfigStoredCompletions]


class TestingCriterionLabelModel(TypedDict, total=False):
    """
    A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation.
    """

    type: Required[Literal["label_model"]]
    """The object type, which is always `label_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation. Must support structured outputs."""

    input: Required[Iterable[CreateEvalItemParam]]
    """
    A list of chat messages forming the prompt or context. May include variable references to the `item` namespace,
    ie {{item.name}}.
    """

    labels: Required[SequenceNotStr[str]]
    """The labels to classify to each item in the evaluation."""

    passing_labels: Required[SequenceNotStr[str]]
    """The labels that indicate a passing result. Must be a subset of labels."""


class TestingCriterionTextSimilarity(TypedDict, total=False):
    """A TextSimilarityGrader object which grades text based on similarity metrics."""

    type: Required[Literal["text_similarity"]]
    """The type of grader."""

    name: Required[str]
    """The name of the grader."""

    input: Required[str]
    """The text being graded."""

    reference: Required[str]
    """The text being graded against."""

    evaluation_metric: Required[
        Literal[
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
    ]
    """
    The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    or `rouge_l`.
    """

    pass_threshold: Required[float]
    """The threshold for the score."""


class TestingCriterionPython(TypedDict, total=False):
    """A PythonGrader object that runs a python script on the input."""

    type: Required[Literal["python"]]
    """The object type, which is always `python`."""

    name: Required[str]
    """The name of the grader."""

    source: Required[str]
    """The source code of the python script."""

    image_tag: str
    """The image tag to use for the python script."""

    pass_threshold: float
    """The threshold for the score."""


class TestingCriterionScoreModel(TypedDict, total=False):
    """A ScoreModelGrader object that uses a model to assign a score to the input."""

    type: Required[Literal["score_model"]]
    """The object type, which is always `score_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation."""

    sampling_params: TestingCriterionScoreModelSamplingParams
    """The sampling parameters for the model."""

    input: Required[Iterable[TestingCriterionLabelModelInputEvalItem]]
    """
    The input messages evaluated by the grader. Supports text, output text, input image, and input audio content
    blocks, and may include template strings.
    """

    range: Iterable[float]
    """The range of the score. Defaults to `[0, 1]`."""

    pass_threshold: float
    """The threshold for the score."""


TestingCriterion: TypeAlias = Union[
    TestingCriterionLabelModel,
    EvalGraderStringCheckParam,
    TestingCriterionTextSimilarity,
    TestingCriterionPython,
    TestingCriterionScoreModel,
]


class TestingCriterionScoreModelSamplingParams(TypedDict, total=False):
    """The sampling parameters for the model."""

    seed: Optional[int]
    """A seed value to initialize the randomness, during sampling."""

    top_p: Optional[float]
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    temperature: Optional[float]
    """A higher temperature increases randomness in the outputs."""

    max_completions_tokens: Optional[int]
    """The maximum number of tokens the grader model may generate in its response."""

    reasoning_effort: Optional[ReasoningEffort]
    """
    Constrains effort on reasoning for reasoning models. Currently supported
    values are `none`, `minimal`, `low`, `medium`, `high`, `xhigh`, and `max`.
    Reducing reasoning effort can result in faster responses and fewer tokens
    used on reasoning in a response. Not all reasoning models support every
    value. See the
    [reasoning guide](https://platform.openai.com/docs/guides/reasoning)
    for model-specific support.
    """


class TestingCriterionLabelModelInputEvalItem(TypedDict, total=False):
    """
    A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role. Messages with the
    `assistant` role are presumed to have been generated by the model in previous
    interactions.
    """

    role: Required[Literal["user", "assistant", "system", "developer"]]
    """
    The role of the message input. One of `user`, `assistant`, `system`, or
    `developer`.
    """

    content: Required[EvalItemContentParam]
    """
    Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio,
    either as a single item or an array of items.
    """

    type: Literal["message"]
    """The type of the message input. Always `message`."""


TestingCriterionLabelModelInput: TypeAlias = Union[EasyInputMessageParam, TestingCriterionLabelModelInputEvalItem]


class TestingCriterionLabelModelInputEvalItemContentOutputText(TypedDict, total=False):
    """A text output from the model."""

    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""

    text: Required[str]
    """The text output from the model."""


class TestingCriterionLabelModelInputEvalItemContentInputImage(TypedDict, total=False):
    """An image input block used within EvalItem content arrays."""

    type: Required[Literal["input_image"]]
    """The type of the image input. Always `input_image`."""

    image_url: Required[str]
    """The URL of the image input."""

    detail: str
    """The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`."""


TestingCriterionLabelModelInputEvalItemContent: TypeAlias = Union[
    str,
    ResponseInputTextContentParam,
    TestingCriterionLabelModelInputEvalItemContentOutputText,
    TestingCriterionLabelModelInputEvalItemContentInputImage,
    ResponseInputAudioParam,
]


class TestingCriterionLabelModelInputSimpleInputMessage(TypedDict, total=False):
    role: str
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str
    """The content of the message."""
